//! `restore`: a backup put back over the file, what it held kept aside first.

use super::output::{print_json, shown};
use crate::config::Config;
use crate::store::backups::{self, Kind};
use crate::store::safety::{database_id_of, newest_verified_backup, verify_copy};
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
    /// Restore a backup of another Leadometer file (another database id) over this
    /// one: its leads replace this file's, and the file becomes that other file.
    #[arg(long)]
    pub other_file: bool,
}

/// Restores a backup over `db`. Runs before the file is opened as usual, because
/// the file being restored may be the damaged one. What it held is kept aside
/// first, in the file's backups folder.
pub fn restore(
    db: &Path,
    config: &Config,
    now: DateTime<Utc>,
    json: bool,
    args: &RestoreArgs,
) -> Result<()> {
    let backup = &args.backup;
    verify_copy(backup)
        .with_context(|| crate::t!("cli-restore-cannot", backup = backup.display().to_string()))?;
    refuse_another_files_backup(db, backup, args.other_file)?;
    if !args.yes && !confirmed(db, backup)? {
        bail!(crate::t!("cli-restore-nothing"));
    }
    let (mut store, aside) = keep_current_aside(db, config, now)?;
    let left_out = store.restore_from(backup)?;
    let left_out: Vec<String> = left_out.iter().map(ToString::to_string).collect();
    if json {
        print_json(&super::json::file::RestoredJson {
            restored: backup.to_path_buf(),
            kept_aside: aside.clone(),
            left_out,
        });
    } else {
        let line = crate::t!(
            "cli-restored",
            file = db.display().to_string(),
            backup = backup.display().to_string(),
            aside = aside.display().to_string()
        );
        println!("{}", shown(&line));
        for object in &left_out {
            let line = crate::t!("cli-restore-left-out", object = object.as_str());
            println!("{}", shown(&line));
        }
    }
    Ok(())
}

/// A backup carries the `database_id` of the file it copies: one of another file
/// (another office's, or a second file of the same name elsewhere) is refused
/// unless asked for by name. A file too damaged to tell its id cannot be confused
/// with another, and is restored.
fn refuse_another_files_backup(db: &Path, backup: &Path, other_file: bool) -> Result<()> {
    let ours = db
        .is_file()
        .then(|| database_id_of(db).ok().flatten())
        .flatten();
    let theirs = database_id_of(backup)?;
    match (ours, theirs) {
        (Some(ours), Some(theirs)) if ours != theirs && !other_file => {
            Err(crate::failure::refused(crate::t!(
                "cli-restore-another-file",
                backup = backup.display().to_string(),
                theirs = theirs,
                file = db.display().to_string(),
                ours = ours
            )))
        }
        _ => Ok(()),
    }
}

/// Keeps what `db` holds in its backups folder (`leads-before-restore-….db`) and
/// returns the store to restore into. A file that cannot be opened for what it
/// holds (damage, objects not ours) is moved aside whole, as it is, and a fresh
/// one takes its place.
fn keep_current_aside(db: &Path, config: &Config, now: DateTime<Utc>) -> Result<(Store, PathBuf)> {
    let refused = match Store::open(db, config) {
        Ok(store) => match store.backup_into_folder(now, Kind::BeforeRestore) {
            Ok(aside) => return Ok((store, aside)),
            Err(e) if e.is_damage() => e,
            Err(e) => return Err(e.into()),
        },
        Err(e) if e.is_damage() || matches!(e, StoreError::ForeignObjects { .. }) => e,
        Err(e) => return Err(e.into()),
    };
    let folder = backups::prepare_folder(db)
        .with_context(|| crate::t!("cli-restore-no-folder", file = db.display().to_string()))?;
    let aside = move_aside_whole(db, &folder, now).with_context(|| {
        crate::t!(
            "cli-restore-cannot-move-aside",
            refused = refused.to_string()
        )
    })?;
    Ok((Store::open(db, config)?, aside))
}

/// Renames `db` into its backups folder under the first free `before-restore` name
/// (never over another file), and its `-wal` beside it so that nothing of it is
/// lost; its `-shm` is only an index of the `-wal` and goes.
fn move_aside_whole(db: &Path, folder: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    let aside = (1..10_000)
        .map(|sequence| folder.join(backups::backup_name(db, now, Kind::BeforeRestore, sequence)))
        .find(|path| !path.exists())
        .with_context(|| crate::t!("cli-restore-no-free-name"))?;
    std::fs::rename(db, &aside)?;
    let side = |path: &Path, suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    if side(db, "-wal").exists() {
        std::fs::rename(side(db, "-wal"), side(&aside, "-wal"))?;
    }
    let _ = std::fs::remove_file(side(db, "-shm"));
    Ok(aside)
}

fn confirmed(db: &Path, backup: &Path) -> Result<bool> {
    if !std::io::stdin().is_terminal() {
        crate::refuse!("cli-restore-needs-yes", file = db.display().to_string());
    }
    let question = crate::t!(
        "cli-restore-confirm",
        file = db.display().to_string(),
        backup = backup.display().to_string()
    );
    eprint!("{} ", super::output::shown_error(&question));
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(is_yes(&answer))
}

/// Whether a typed answer says yes: `y` or `yes` in any language (a keyboard
/// may be left in English), or the user's own language's words for it.
fn is_yes(answer: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    let own = crate::t!("cli-answer-yes");
    ["y", "yes"].contains(&answer.as_str())
        || own
            .split(',')
            .any(|word| word.trim() == answer && !answer.is_empty())
}

/// A hint for a damaged file: its newest sound backup, and how to restore it.
pub fn newest_backup_hint(db: &Path) -> Option<String> {
    let newest = newest_verified_backup(db)?;
    Some(crate::t!(
        "cli-restore-hint",
        backup = newest.display().to_string(),
        file = db.display().to_string()
    ))
}

#[cfg(test)]
mod tests {
    use super::is_yes;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn yes_is_y_or_yes_everywhere_and_the_language_s_own_word() {
        let _speaking = scoped(Lang::Hu);
        for answer in ["y", "Y", "yes", " igen\n", "I"] {
            assert!(is_yes(answer), "{answer:?}");
        }
        for answer in ["", "n", "nem", "כן", "yess"] {
            assert!(!is_yes(answer), "{answer:?}");
        }
        let _speaking = scoped(Lang::He);
        assert!(is_yes("כן\n") && is_yes("כ") && !is_yes("igen"));
    }
}
