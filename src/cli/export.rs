//! `export`: every contact out, for Excel, for scripts, or for an address book.

use super::Context;
use super::output::{json_text, print_json};
use super::progress_bar::{Bar, Job};
use crate::domain::text::clean_line;
use anyhow::{Context as _, Result};
use std::io::{Read as _, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One row per contact; Excel opens it, `import` reads it back.
    Csv,
    /// Everything: each contact with its accounts, deals, tasks and whole timeline.
    Json,
    /// vCard (4.0, or 3.0 with --vcard-version 3), for a phone's or a mail program's
    /// address book.
    Vcard,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// What to write.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Write here instead of to standard output (a new file, owner-only, never
    /// half-written; never a database, its journal, or a symbolic link).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace FILE if it already exists.
    #[arg(long, requires = "out")]
    pub force: bool,
    /// The vCard version: 4 (RFC 6350), or 3 for address books that read no other.
    #[arg(long, value_enum, default_value_t = VcardVersionArg::V4, value_name = "VERSION")]
    pub vcard_version: VcardVersionArg,
}

/// `--vcard-version`'s values; 3.0 and 4.0 are accepted as written in the cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum VcardVersionArg {
    /// vCard 3.0 (RFC 2426).
    #[value(name = "3", alias = "3.0")]
    V3,
    /// vCard 4.0 (RFC 6350).
    #[value(name = "4", alias = "4.0")]
    V4,
}

impl From<VcardVersionArg> for crate::io::export::VcardVersion {
    fn from(version: VcardVersionArg) -> Self {
        match version {
            VcardVersionArg::V3 => Self::V3,
            VcardVersionArg::V4 => Self::V4,
        }
    }
}

/// From how many contacts an export shows a bar: fewer take less than a moment.
const LARGE_EXPORT: usize = 10_000;

pub fn export(ctx: &Context, args: ExportArgs) -> Result<()> {
    // Checked before anything is read, so a refused target costs nothing.
    if let Some(out) = &args.out {
        check_target(out, ctx.store.path(), args.force)?;
    }
    let contacts = ctx.store.all_contacts()?;
    let mut bar = match contacts.len() > LARGE_EXPORT {
        true => Bar::new(ctx.json, Job::Export),
        false => Bar::none(),
    };
    let bytes = match args.format {
        ExportFormat::Csv => {
            crate::io::export::to_csv_with(&contacts, &mut bar).map_err(anyhow::Error::msg)?
        }
        ExportFormat::Vcard => {
            crate::io::export::to_vcard_with(&contacts, args.vcard_version.into(), &mut bar)
                .into_bytes()
        }
        ExportFormat::Json => {
            let whole = contacts
                .iter()
                .enumerate()
                .map(|(index, c)| {
                    crate::progress::now_and_then(&mut bar, index, contacts.len());
                    super::show::whole_contact(ctx, c)
                })
                .collect::<Result<Vec<_>>>()?;
            crate::progress::all_done(&mut bar, contacts.len());
            let mut text = json_text(&super::json::contacts::ExportJson { contacts: whole });
            text.push('\n');
            text.into_bytes()
        }
    };
    bar.done();
    let Some(out) = &args.out else {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(&bytes)
            .with_context(|| crate::t!("cli-export-cannot-write"))?;
        return Ok(stdout.flush()?);
    };
    write_whole(out, &bytes)?;
    if ctx.json {
        print_json(&super::json::contacts::ExportedJson {
            path: out.clone(),
            contacts: contacts.len(),
        });
    } else {
        let line = crate::t!("cli-exported", count = contacts.len(), file = shown(out));
        println!("{}", super::output::shown(&line));
    }
    Ok(())
}

/// What SQLite writes first in every database file, Leadometer's included.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The files SQLite keeps beside a database while it is in use.
const SIDECAR_SUFFIXES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Refuses a target that an export must never replace: a symbolic link (the rename
/// would not follow it, but someone meant the file behind it), anything but a plain
/// file, the open database or its journals under any name, any other SQLite file or
/// its journals, and, without `--force`, any file that already exists.
fn check_target(out: &Path, database: &Path, force: bool) -> Result<()> {
    let exists = match std::fs::symlink_metadata(out) {
        Ok(meta) if meta.file_type().is_symlink() => {
            crate::refuse!("cli-export-out-link", file = shown(out));
        }
        Ok(meta) if !meta.is_file() => {
            crate::refuse!("cli-export-out-not-file", file = shown(out));
        }
        Ok(_) => true,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => {
            return Err(e).with_context(|| crate::t!("cli-export-cannot-look", file = shown(out)));
        }
    };
    if is_database_or_sidecar(out, database) {
        crate::refuse!("cli-export-out-is-open-database", file = shown(out));
    }
    if exists && holds_sqlite(out) {
        crate::refuse!("cli-export-out-is-database", file = shown(out));
    }
    if let Some(base) = sidecar_base(out).filter(|base| holds_sqlite(base)) {
        crate::refuse!(
            "cli-export-out-is-journal",
            file = shown(out),
            database = shown(&base)
        );
    }
    if exists && !force {
        crate::refuse!("cli-export-out-exists", file = shown(out));
    }
    Ok(())
}

/// True when `out` is the open database, or its -wal/-shm/-journal, whatever it is
/// called: ./x.db, x.db, an absolute path, a symlinked folder, or a hard link.
fn is_database_or_sidecar(out: &Path, database: &Path) -> bool {
    let out_place = resolved(out);
    std::iter::once(database.to_path_buf())
        .chain(SIDECAR_SUFFIXES.iter().map(|suffix| {
            let mut name = database.as_os_str().to_os_string();
            name.push(suffix);
            PathBuf::from(name)
        }))
        .any(|guarded| {
            same_file(out, &guarded)
                || (out_place.is_some()
                    && out_place == std::fs::canonicalize(&guarded).ok().or(resolved(&guarded)))
        })
}

/// Where `path` would be: its folder with every link resolved, then its own name; the
/// file itself need not exist yet.
fn resolved(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let folder = std::fs::canonicalize(folder.unwrap_or(Path::new("."))).ok()?;
    Some(folder.join(name))
}

/// The same file on disk, so that a hard link to the database counts as the database.
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &Path, _: &Path) -> bool {
    false
}

/// The database a `-wal`, `-shm` or `-journal` name belongs to.
fn sidecar_base(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    SIDECAR_SUFFIXES.iter().find_map(|suffix| {
        let base = name.strip_suffix(suffix).filter(|base| !base.is_empty())?;
        Some(path.with_file_name(base))
    })
}

/// True when `path` is a plain file that starts as every SQLite database does.
fn holds_sqlite(path: &Path) -> bool {
    // Only a plain file is opened: opening a pipe could wait for ever.
    if !std::fs::metadata(path).is_ok_and(|meta| meta.is_file()) {
        return false;
    }
    let mut start = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut start))
        .is_ok_and(|()| &start == SQLITE_HEADER)
}

/// A path as a message may show it: typed or not, it is text from outside.
fn shown(path: &Path) -> String {
    clean_line(&path.display().to_string())
}

/// Writes a new owner-only temporary file beside `path`, flushes it to disk, then
/// renames it over `path`: a full disk or a killed process leaves the old file (or
/// nothing), never half a new one, and the export is as private as the database.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().to_string());
    // tempfile creates the file new (never through an existing name or link), with
    // mode 0600, and removes it if anything below fails.
    let written = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .and_then(|mut temp| {
            temp.write_all(bytes)?;
            temp.as_file().sync_all()?;
            temp.persist(path).map_err(|e| e.error)?;
            Ok(())
        });
    written.with_context(|| crate::t!("cli-cannot-write", file = shown(path)))?;
    // The rename is durable only once the folder is; failing that, the file is whole.
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}
