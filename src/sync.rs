//! Sharing one lead file through a synced folder (Dropbox, Syncthing, OneDrive, a
//! network share) without ever opening the shared file for writing.
//!
//! Sync clients copy files whole, at any moment, and make "conflicted copies" when
//! two machines wrote at once; a database written in place there gets corrupted or
//! loses writes. So each machine works on its own file, and a sync:
//! 1. merges the shared file into it, and every conflicted copy beside it (which then
//!    moves to an archive folder, never deleted);
//! 2. publishes the result by writing a new file beside the shared one and renaming
//!    it over: the folder only ever holds a whole file, and no -wal, -shm or -journal.

use crate::store::safety::verify_copy;
use crate::store::{Conflict, MergeReport, Store, StoreError};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// The folder, beside the shared file, where merged conflicted copies and damaged
/// files are moved. Nothing a sync touches is ever deleted.
pub const ARCHIVE: &str = "Leadometer archive";

/// What one sync did.
#[derive(Debug, Default, Serialize)]
pub struct SyncReport {
    pub shared: PathBuf,
    /// Each file merged in: the shared file and conflicted copies.
    pub merged: Vec<MergedFile>,
    /// Files that looked like ours but could not be merged, and where they went.
    pub set_aside: Vec<SetAside>,
    /// Whether this file was written to the shared path.
    pub published: bool,
    pub contacts_added: usize,
    pub contacts_updated: usize,
    pub interactions_added: usize,
    pub conflicts: Vec<Conflict>,
}

#[derive(Debug, Serialize)]
pub struct MergedFile {
    pub path: PathBuf,
    /// Where a conflicted copy went once merged; none for the shared file itself.
    pub archived_to: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
pub struct SetAside {
    pub path: PathBuf,
    pub reason: String,
    pub moved_to: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(
        "no shared file is set; add for example shared = \"~/Dropbox/office/leads.db\" to your config"
    )]
    NotConfigured,
    #[error(
        "the shared folder {0} does not exist (is the sync client running, the share mounted?)"
    )]
    NoFolder(PathBuf),
    #[error(
        "{shared} belongs to another office's lead file than the one this file syncs with; nothing was merged. To combine them once, run: leadometer merge {shared}"
    )]
    OtherDatabase { shared: PathBuf },
    #[error("{path}: {message}")]
    Io { path: PathBuf, message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

type Result<T> = std::result::Result<T, SyncError>;

/// The meta keys a sync keeps in the local file.
const SEEN_KEY: &str = "sync_shared_seen";
const JOINED_KEY: &str = "sync_joined";
const SYNCED_AT_KEY: &str = "sync_last_at";
const PUBLISHED_CLOCK_KEY: &str = "sync_published_clock";
const CONFLICTS_KEY: &str = "sync_last_conflicts";
use crate::store::LAST_OWN_CHANGE;

/// How many times a sync merges again when another machine published meanwhile.
const ATTEMPTS: usize = 3;

/// Merges the shared file and its conflicted copies into `store`, then publishes.
pub fn run(store: &mut Store, now: DateTime<Utc>, shared: &Path) -> Result<SyncReport> {
    let shared = crate::config::expand_home(shared);
    let folder = folder_of(&shared).to_path_buf();
    if !folder.is_dir() {
        return Err(SyncError::NoFolder(folder));
    }
    let mut report = SyncReport {
        shared: shared.clone(),
        ..SyncReport::default()
    };
    for _ in 0..ATTEMPTS {
        let seen = identity(&shared);
        if let Some(version) = &seen
            && store.meta(SEEN_KEY)?.as_ref() != Some(version)
        {
            merge_shared(store, now, &shared, &mut report)?;
            store.set_meta(SEEN_KEY, version)?;
        }
        for copy in conflicted_copies(&shared) {
            merge_copy(store, now, &shared, &copy, &mut report)?;
        }
        if identity(&shared) != seen {
            continue; // another machine published while we merged: merge that too
        }
        // Only when the shared file lacks something of this one: two machines that
        // published after every merge would take turns at it forever.
        let behind = match seen {
            None => true,
            Some(_) => {
                crate::store::safety::version_vector_of(&shared).ok()
                    != Some(store.version_vector()?)
            }
        };
        if behind {
            publish(store, &shared)?;
            report.published = true;
        }
        break;
    }
    if store.meta(JOINED_KEY)?.is_none() {
        // The first to publish gives the office's file its identity: this file's.
        store.set_meta(JOINED_KEY, &now.to_rfc3339())?;
    }
    store.set_meta(SYNCED_AT_KEY, &now.to_rfc3339())?;
    store.set_meta(CONFLICTS_KEY, &report.conflicts.len().to_string())?;
    Ok(report)
}

fn merge_shared(
    store: &mut Store,
    now: DateTime<Utc>,
    shared: &Path,
    report: &mut SyncReport,
) -> Result<()> {
    if let Err(problem) = verify_copy(shared) {
        // Publishing ours afterwards puts a sound file back in its place.
        set_aside(shared, &problem.to_string(), report);
        return Ok(());
    }
    let theirs = crate::store::safety::database_id_of(shared)?;
    if store.meta(JOINED_KEY)?.is_none() {
        // The first sync joins this file to the office's: it takes the shared
        // file's identity, so conflicted copies of it are recognised as ours.
        if let Some(id) = &theirs {
            store.set_meta("database_id", id)?;
        }
        store.set_meta(JOINED_KEY, &now.to_rfc3339())?;
    } else if theirs != store.meta("database_id")? {
        return Err(SyncError::OtherDatabase {
            shared: shared.to_path_buf(),
        });
    }
    absorb(report, store.merge_verified(now, shared, false)?);
    report.merged.push(MergedFile {
        path: shared.to_path_buf(),
        archived_to: None,
    });
    Ok(())
}

fn merge_copy(
    store: &mut Store,
    now: DateTime<Utc>,
    shared: &Path,
    copy: &Path,
    report: &mut SyncReport,
) -> Result<()> {
    if let Err(problem) = verify_copy(copy) {
        set_aside(copy, &problem.to_string(), report);
        return Ok(());
    }
    let ours = store.meta("database_id")?;
    if crate::store::safety::database_id_of(copy)? != ours {
        // Named like a conflicted copy but another office's file: not ours to move.
        report.set_aside.push(SetAside {
            path: copy.to_path_buf(),
            reason: "another lead file than the shared one; left where it is".into(),
            moved_to: None,
        });
        return Ok(());
    }
    absorb(report, store.merge_verified(now, copy, false)?);
    let archived_to = archive(shared, copy)?;
    report.merged.push(MergedFile {
        path: copy.to_path_buf(),
        archived_to: Some(archived_to),
    });
    Ok(())
}

fn absorb(report: &mut SyncReport, merged: MergeReport) {
    report.contacts_added += merged.contacts_added;
    report.contacts_updated += merged.contacts_updated;
    report.interactions_added += merged.interactions_added;
    report.conflicts.extend(merged.conflicts);
}

fn set_aside(path: &Path, reason: &str, report: &mut SyncReport) {
    let moved_to = archive(path, path).ok();
    report.set_aside.push(SetAside {
        path: path.to_path_buf(),
        reason: reason.to_string(),
        moved_to,
    });
}

/// Moves `file` into the archive folder beside `shared`, under a name not yet taken.
fn archive(shared: &Path, file: &Path) -> Result<PathBuf> {
    let folder = folder_of(shared).join(ARCHIVE);
    std::fs::create_dir_all(&folder).map_err(|e| io(&folder, e))?;
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    let mut dest = folder.join(&*name);
    let mut n = 1;
    while dest.exists() {
        n += 1;
        dest = folder.join(format!("{n} {name}"));
    }
    std::fs::rename(file, &dest).map_err(|e| io(file, e))?;
    Ok(dest)
}

/// Writes this file to the shared path as one whole file: a consistent snapshot is
/// made on this machine, copied beside the shared file under a temporary name,
/// flushed to disk, and renamed over it.
fn publish(store: &mut Store, shared: &Path) -> Result<()> {
    let local = tempfile::Builder::new()
        .prefix("leadometer-publish-")
        .suffix(".db")
        .tempfile()
        .map_err(|e| io(shared, e))?;
    store.backup_to(local.path())?;
    let folder = folder_of(shared);
    let partial = folder.join(format!(
        ".{}.{}.partial",
        shared.file_name().unwrap_or_default().to_string_lossy(),
        store.device()
    ));
    let written = (|| -> std::io::Result<()> {
        std::fs::copy(local.path(), &partial)?;
        std::fs::File::open(&partial)?.sync_all()?;
        std::fs::rename(&partial, shared)?;
        #[cfg(unix)]
        std::fs::File::open(folder)?.sync_all()?;
        Ok(())
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(io(shared, e));
    }
    let clock = store.meta(LAST_OWN_CHANGE)?.unwrap_or_default();
    store.set_meta(PUBLISHED_CLOCK_KEY, &clock)?;
    if let Some(seen) = identity(shared) {
        store.set_meta(SEEN_KEY, &seen)?;
    }
    Ok(())
}

/// Whether something was changed here since this file was last published.
fn has_unpublished_changes(store: &Store) -> Result<bool> {
    Ok(store.meta(LAST_OWN_CHANGE)? != store.meta(PUBLISHED_CLOCK_KEY)?)
}

/// What tells one version of the shared file from the next: its size and the time
/// it was written, as the sync client left them.
fn identity(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!("{}:{}", meta.len(), modified.as_nanos()))
}

/// The copies sync clients leave beside `shared` when two machines wrote it at once:
/// Dropbox's "leads (Dana's conflicted copy 2026-11-22).db", Syncthing's
/// "leads.sync-conflict-20261122-101010-ABCDEFG.db", OneDrive's "leads-DANA-PC.db"
/// and Google Drive's "leads (1).db". Whether one is really ours is checked later,
/// by its content.
pub fn conflicted_copies(shared: &Path) -> Vec<PathBuf> {
    let folder = folder_of(shared);
    let (Some(stem), extension) = (
        shared.file_stem().map(|s| s.to_string_lossy().to_string()),
        shared
            .extension()
            .map(|e| e.to_string_lossy().to_string())
            .unwrap_or_default(),
    ) else {
        return Vec::new();
    };
    let mut copies: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.as_path() != shared)
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            is_conflicted_copy(&stem, &extension, &name)
        })
        .collect();
    copies.sort();
    copies
}

fn is_conflicted_copy(stem: &str, extension: &str, name: &str) -> bool {
    let Some(base) = name
        .strip_suffix(extension)
        .and_then(|n| n.strip_suffix('.'))
        .filter(|_| !extension.is_empty())
        .or_else(|| extension.is_empty().then_some(name))
    else {
        return false;
    };
    let Some(rest) = base.strip_prefix(stem) else {
        return false;
    };
    let bracketed = rest.strip_prefix(" (").and_then(|r| r.strip_suffix(')'));
    let dropbox = bracketed.is_some_and(|inside| inside.contains("conflicted copy"));
    let google = bracketed.is_some_and(|inside| inside.chars().all(|c| c.is_ascii_digit()));
    let syncthing = rest.starts_with(".sync-conflict-");
    let onedrive = rest.strip_prefix('-').is_some_and(|machine| {
        !machine.is_empty()
            && machine
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    });
    dropbox || google || syncthing || onedrive
}

/// The folder the shared file is in: "." for a bare file name, whose parent is the
/// empty path (which cannot be listed or opened).
fn folder_of(shared: &Path) -> &Path {
    shared
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn io(path: &Path, e: std::io::Error) -> SyncError {
    SyncError::Io {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

/// What the desk shows of sharing: when this file last synced, whether it holds
/// changes not yet published, and how many conflicts the last sync merged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncStatus {
    pub last_synced_at: Option<DateTime<Utc>>,
    pub unpublished: bool,
    pub conflicts_merged: usize,
}

pub fn status(store: &Store) -> Result<SyncStatus> {
    Ok(SyncStatus {
        last_synced_at: store
            .meta(SYNCED_AT_KEY)?
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc)),
        unpublished: has_unpublished_changes(store)?,
        conflicts_merged: store
            .meta(CONFLICTS_KEY)?
            .and_then(|n| n.parse().ok())
            .unwrap_or(0),
    })
}

/// Whether the shared file changed since this file last merged or published it:
/// a stat, cheap enough for the desk to ask every few seconds.
pub fn shared_changed(store: &Store, shared: &Path) -> bool {
    let shared = crate::config::expand_home(shared);
    let seen = store.meta(SEEN_KEY).ok().flatten();
    identity(&shared).is_some_and(|now| Some(now) != seen) || !conflicted_copies(&shared).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflicted_copies_are_known_by_the_names_sync_clients_give_them() {
        for name in [
            "leads (Dana's conflicted copy 2026-11-22).db",
            "leads (Avi Cohen's conflicted copy 2026-11-22 (1)).db",
            "leads.sync-conflict-20261122-101010-ABCDEFG.db",
            "leads-DANA-PC.db",
            "leads (1).db",
        ] {
            assert!(is_conflicted_copy("leads", "db", name), "{name}");
        }
        for name in [
            "leads.db",
            "leads.db-journal",
            "leads.db-wal",
            "other.db",
            "leads (notes).db",
            "leads-copy.csv",
            ".leads.db.abc.partial",
        ] {
            assert!(!is_conflicted_copy("leads", "db", name), "{name}");
        }
    }
}
