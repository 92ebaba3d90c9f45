//! `backup`, `restore` and `check`: the safety net from the command line.

use super::Context;
use super::output::print_json;
use crate::config::Config;
use crate::store::safety::{backup_path, backups_folder, backups_of, kept_aside_path, verify_copy};
use crate::store::{Store, StoreError};
use anyhow::{Context as _, Result, bail};
use chrono::{DateTime, Utc};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The backup to restore (see `leadometer backup`; they live in the data
    /// directory's backups folder).
    pub backup: PathBuf,
    /// Restore without asking first.
    #[arg(long)]
    pub yes: bool,
}

pub fn backup(ctx: &Context) -> Result<()> {
    let dest = backup_path(
        &backups_folder(ctx.store.path()),
        ctx.store.path(),
        ctx.now,
        false,
    );
    ctx.store.backup_to(&dest)?;
    if ctx.json {
        print_json(&serde_json::json!({ "path": dest }));
    } else {
        println!(
            "Backed up {} to {}.",
            ctx.store.path().display(),
            dest.display()
        );
    }
    Ok(())
}

pub fn check(ctx: &Context) -> Result<()> {
    let problems = ctx.store.check()?;
    if ctx.json {
        print_json(&serde_json::json!({ "ok": problems.is_empty(), "problems": problems }));
    } else if problems.is_empty() {
        println!("{}: no problems found.", ctx.store.path().display());
    } else {
        for problem in &problems {
            eprintln!("{}: {problem}", ctx.store.path().display());
        }
    }
    if !problems.is_empty() {
        bail!(
            "{}: {} problem{} found",
            ctx.store.path().display(),
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

/// Restores a backup over `db`. Runs before the file is opened as usual, because
/// the file being restored may be the damaged one. What it held is kept aside
/// first, in the backups folder.
pub fn restore(
    db: &Path,
    config: &Config,
    now: DateTime<Utc>,
    json: bool,
    args: &RestoreArgs,
) -> Result<()> {
    let backup = &args.backup;
    verify_copy(backup).with_context(|| format!("{} cannot be restored", backup.display()))?;
    if !args.yes && !confirmed(db, backup)? {
        bail!("nothing was restored");
    }
    let folder = backups_folder(db);
    let aside = kept_aside_path(&folder, db, now);
    let mut store = match Store::open(db, config) {
        Ok(store) => {
            store.backup_to(&aside)?;
            store
        }
        // A damaged file is moved aside whole, as it is, and a fresh one takes its place.
        Err(StoreError::NotADatabase { .. } | StoreError::Damaged { .. }) => {
            std::fs::create_dir_all(&folder)?;
            std::fs::rename(db, &aside)
                .with_context(|| format!("cannot move {} aside", db.display()))?;
            for side in ["-wal", "-shm"] {
                let mut name = db.as_os_str().to_owned();
                name.push(side);
                let _ = std::fs::remove_file(PathBuf::from(name));
            }
            Store::open(db, config)?
        }
        Err(e) => return Err(e.into()),
    };
    store.restore_from(backup)?;
    if json {
        print_json(&serde_json::json!({ "restored": backup, "kept_aside": aside }));
    } else {
        println!(
            "Restored {} from {}. What it held before is kept in {}.",
            db.display(),
            backup.display(),
            aside.display()
        );
    }
    Ok(())
}

fn confirmed(db: &Path, backup: &Path) -> Result<bool> {
    if !std::io::stdin().is_terminal() {
        bail!(
            "restoring replaces everything in {}; pass --yes to do it without asking",
            db.display()
        );
    }
    eprint!(
        "Replace everything in {} with {}? What it holds now is kept aside first. [y/N] ",
        db.display(),
        backup.display()
    );
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

/// A hint for a file that cannot be opened: the newest backup, and how to restore it.
pub fn newest_backup_hint(db: &Path) -> Option<String> {
    let newest = backups_of(&backups_folder(db), db).into_iter().next()?;
    Some(format!(
        "the newest backup is {}; restore it with: leadometer --db {} restore {}",
        newest.display(),
        db.display(),
        newest.display()
    ))
}
