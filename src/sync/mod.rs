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
//!
//! Only a damaged file (or one that is no database) is set aside and replaced. A
//! shared file another program or a newer Leadometer wrote stops the sync before it
//! merges or publishes anything; such a conflicted copy stays where it is. The file
//! this sync runs on, and any file with a -wal or -journal beside it, is never taken
//! for a conflicted copy. A publish counts once the shared file is seen to hold it
//! after the rename; a file another machine published meanwhile is merged first.

mod copies;
mod incoming;
mod publish;
#[cfg(test)]
mod race_tests;

pub use copies::conflicted_copies;

use crate::progress::{InTurn, Progress};
use crate::store::safety::verify_copy;
use crate::store::{Conflict, MergeReport, NotTaken, Store, StoreError};
use chrono::{DateTime, Utc};
use copies::archive;
use incoming::Incoming;
use publish::{Moment, Published, identity};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// The folder, beside the shared file, where merged conflicted copies and damaged
/// files are moved. Nothing a sync finds in the shared folder is ever deleted; it
/// removes only the half-written files its own publishes leave when killed.
pub const ARCHIVE: &str = "Leadometer archive";

/// What one sync did.
#[derive(Debug, Default, Serialize, schemars::JsonSchema)]
pub struct SyncReport {
    pub shared: PathBuf,
    /// Each file merged in: the shared file and conflicted copies.
    pub merged: Vec<MergedFile>,
    /// Files that looked like ours but could not be merged, and where they went:
    /// damaged ones to the archive; another program's, another office's or a newer
    /// version's nowhere (`moved_to` is none).
    pub set_aside: Vec<SetAside>,
    /// Whether the shared file, looked at after this sync's rename, holds all of this
    /// one (false when another machine's publish kept taking its place: the changes
    /// wait for the next sync).
    pub published: bool,
    pub contacts_added: usize,
    pub contacts_updated: usize,
    pub interactions_added: usize,
    pub conflicts: Vec<Conflict>,
    /// What the merges did not take as it was: schema objects not copied, rows
    /// kept aside, clocks not believed, text cleaned.
    #[serde(flatten)]
    pub not_taken: NotTaken,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct MergedFile {
    pub path: PathBuf,
    /// Where a conflicted copy went once merged; none for the shared file itself.
    pub archived_to: Option<PathBuf>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
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
    #[error("{0}; nothing was merged and nothing published")]
    SharedRefused(StoreError),
    #[error(
        "{0} is this desk's own file as well as the shared one; a desk works on a file of its own, outside the shared folder or under another name, and sync publishes it to the shared path"
    )]
    SharedIsThisFile(PathBuf),
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
/// The copies the last sync left where they were (another office's, a newer
/// version's), as `left_as_it_was` names them.
const LEFT_KEY: &str = "sync_left_in_place";
use crate::store::LAST_OWN_CHANGE;

/// How many times a sync merges again when another machine published meanwhile.
const ATTEMPTS: usize = 5;

/// Merges the shared file and its conflicted copies into `store`, then publishes.
pub fn run(store: &mut Store, now: DateTime<Utc>, shared: &Path) -> Result<SyncReport> {
    run_with(store, now, shared, &mut crate::progress::Unseen)
}

/// `run`, telling `progress` how far it got: each file's merge step by step, then
/// the publish, as one job whose total grows as files are found.
pub fn run_with(
    store: &mut Store,
    now: DateTime<Utc>,
    shared: &Path,
    progress: &mut dyn Progress,
) -> Result<SyncReport> {
    tracing::debug!(shared = %shared.display(), "sync with the shared folder");
    let outcome = run_racing(store, now, shared, &mut |_| {}, progress);
    // Debug, not info: the desk syncs after every change and logs only when how
    // syncing stands changes (tui/syncing.rs); the command line logs its own result.
    match &outcome {
        Ok(report) => tracing::debug!(
            merged = report.merged.len(),
            set_aside = report.set_aside.len(),
            published = report.published,
            contacts_added = report.contacts_added,
            contacts_updated = report.contacts_updated,
            "synced with the shared folder"
        ),
        Err(e) => tracing::debug!("sync with the shared folder failed: {e}"),
    }
    outcome
}

/// `run`, with `race` called at the moments another machine's publish can fall
/// between (see `publish::Moment`).
pub(crate) fn run_racing(
    store: &mut Store,
    now: DateTime<Utc>,
    shared: &Path,
    race: &mut dyn FnMut(Moment),
    progress: &mut dyn Progress,
) -> Result<SyncReport> {
    let mut told = InTurn::new(progress);
    if shared.as_os_str().is_empty() {
        return Err(SyncError::NotConfigured);
    }
    let shared = crate::config::expand_home(shared);
    let folder = folder_of(&shared).to_path_buf();
    if !folder.is_dir() {
        return Err(SyncError::NoFolder(folder));
    }
    incoming::refuse_special(&shared)?;
    if !store.is_in_memory() && same_file(store.path(), &shared) {
        // Publishing renames a file over the shared one: this file, while open.
        return Err(SyncError::SharedIsThisFile(shared));
    }
    copies::sweep_partials(&shared, store.device());
    let mut report = SyncReport {
        shared: shared.clone(),
        ..SyncReport::default()
    };
    for _ in 0..ATTEMPTS {
        let seen = identity(&shared);
        if let Some(version) = &seen
            && store.meta(SEEN_KEY)?.as_ref() != Some(version)
            && merge_shared(store, now, &shared, &mut report, &mut told)?
        {
            store.set_meta(SEEN_KEY, version)?;
        }
        told.next_part();
        for copy in conflicted_copies(&shared, store.path()) {
            merge_copy(store, now, &shared, &copy, &mut report, &mut told)?;
            told.next_part();
        }
        if identity(&shared) != seen {
            continue; // another machine published while we merged: merge that too
        }
        // Only when the shared file lacks something of this one: two machines that
        // published after every merge would take turns at it forever.
        let here = store.version_vector()?;
        let behind = seen.is_none()
            || !crate::store::safety::version_vector_of(&shared)
                .is_ok_and(|there| publish::covers(&there, &here));
        if !behind {
            // The shared file holds everything of this one (another machine merged
            // it): nothing waits to be published.
            let clock = store.meta(LAST_OWN_CHANGE)?.unwrap_or_default();
            store.set_meta(PUBLISHED_CLOCK_KEY, &clock)?;
            break;
        }
        told.reached(0, 1);
        let published = publish::publish(store, &shared, seen.as_deref(), race)?;
        told.reached(1, 1);
        told.next_part();
        if published == Published::Yes {
            report.published = true;
            break;
        }
        // Another machine's file took the path: merge it, then publish again. After
        // the last attempt the changes wait for the next sync, and the report says so.
    }
    if store.meta(JOINED_KEY)?.is_none() {
        // The first to publish gives the office's file its identity: this file's.
        store.set_meta(JOINED_KEY, &now.to_rfc3339())?;
    }
    store.set_meta(SYNCED_AT_KEY, &now.to_rfc3339())?;
    store.set_meta(CONFLICTS_KEY, &report.conflicts.len().to_string())?;
    let left: Vec<String> = report
        .set_aside
        .iter()
        .filter(|aside| aside.moved_to.is_none())
        .filter_map(|aside| left_as_it_was(&aside.path))
        .collect();
    store.set_meta(LEFT_KEY, &serde_json::to_string(&left).unwrap_or_default())?;
    told.all_done();
    Ok(report)
}

/// What a sync does with a file that fails `verify_copy`.
enum Refusal {
    /// Damaged, or no database at all: set aside, a sound file takes its place.
    Damaged(String),
    /// Another program's file, or one a newer Leadometer wrote: not ours to move,
    /// merge or replace.
    NotOurs(StoreError),
    /// Gone: another machine's sync merged and archived it a moment ago.
    Vanished,
}

/// Verifies a file found in the shared folder, and says what to do if it fails.
fn verified(path: &Path) -> std::result::Result<(), Refusal> {
    // A file that cannot even be opened (no permission) says nothing of its content.
    if let Err(e) = std::fs::File::open(path) {
        return Err(match e.kind() {
            std::io::ErrorKind::NotFound => Refusal::Vanished,
            _ => Refusal::NotOurs(StoreError::Open {
                path: path.to_path_buf(),
                message: e.to_string(),
            }),
        });
    }
    if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Err(Refusal::Damaged("an empty file".into()));
    }
    match verify_copy(path) {
        Ok(()) => Ok(()),
        // Its own message would say "left untouched": it is about to be set aside.
        Err(StoreError::NotADatabase { .. }) => Err(Refusal::Damaged(
            "not an SQLite database, or a damaged one".into(),
        )),
        Err(StoreError::Damaged { detail, .. }) => {
            Err(Refusal::Damaged(format!("damaged: {detail}")))
        }
        Err(StoreError::Open { .. }) if !path.exists() => Err(Refusal::Vanished),
        Err(e) => Err(Refusal::NotOurs(e)),
    }
}

/// Merges the shared file, or sets it aside when damaged; false when it was gone
/// by the time it was read.
fn merge_shared(
    store: &mut Store,
    now: DateTime<Utc>,
    shared: &Path,
    report: &mut SyncReport,
    progress: &mut dyn Progress,
) -> Result<bool> {
    // Replaced at this very moment: the sync looks again.
    let Some(incoming) = Incoming::copy(shared, store.path())? else {
        return Ok(false);
    };
    match verified(incoming.path()) {
        Ok(()) => {}
        Err(Refusal::Damaged(problem)) => {
            // Publishing ours afterwards puts a sound file back in its place; a file
            // that could not be moved aside is not replaced.
            if let Err(e) = set_aside(shared, &problem, report) {
                return Err(SyncError::Io {
                    path: shared.to_path_buf(),
                    message: format!(
                        "{problem}, and it could not be moved to the archive ({e}); nothing was published, so it stays as it was"
                    ),
                });
            }
            return Ok(true);
        }
        Err(Refusal::Vanished) => return Ok(false),
        // Publishing over it would throw away what another version of Leadometer,
        // or another program, keeps there.
        Err(Refusal::NotOurs(problem)) => {
            return Err(SyncError::SharedRefused(incoming.as_found(problem)));
        }
    }
    let theirs = crate::store::safety::database_id_of(incoming.path())?;
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
    let merged = store
        .merge_verified_as(now, incoming.path(), shared, false, progress)
        .map_err(|e| incoming.as_found(e))?;
    absorb(report, merged);
    report.merged.push(MergedFile {
        path: shared.to_path_buf(),
        archived_to: None,
    });
    Ok(true)
}

fn merge_copy(
    store: &mut Store,
    now: DateTime<Utc>,
    shared: &Path,
    copy: &Path,
    report: &mut SyncReport,
    progress: &mut dyn Progress,
) -> Result<()> {
    let Some(incoming) = Incoming::copy(copy, store.path())? else {
        return Ok(()); // another machine's sync archived it a moment ago
    };
    match verified(incoming.path()) {
        Ok(()) => {}
        Err(Refusal::Damaged(problem)) => {
            // One that cannot be moved stays where it is, and is said so.
            let _ = set_aside(copy, &problem, report);
            return Ok(());
        }
        Err(Refusal::Vanished) => return Ok(()),
        Err(Refusal::NotOurs(problem)) => {
            let problem = incoming.as_found(problem);
            // Another program's and a newer version's files already say they were
            // left untouched.
            let reason = match problem {
                StoreError::Foreign { .. } | StoreError::TooNew { .. } => problem.to_string(),
                other => format!("{other}; left where it is"),
            };
            report.set_aside.push(SetAside {
                path: copy.to_path_buf(),
                reason,
                moved_to: None,
            });
            return Ok(());
        }
    }
    let ours = store.meta("database_id")?;
    if crate::store::safety::database_id_of(incoming.path())? != ours {
        // Named like a conflicted copy but another office's file: not ours to move.
        report.set_aside.push(SetAside {
            path: copy.to_path_buf(),
            reason: "another lead file than the shared one; left where it is".into(),
            moved_to: None,
        });
        return Ok(());
    }
    let merged = store
        .merge_verified_as(now, incoming.path(), copy, false, progress)
        .map_err(|e| incoming.as_found(e))?;
    absorb(report, merged);
    if !publish::was_published(incoming.path()) {
        // Named like a conflicted copy, but a machine's working file kept in the
        // shared folder: taking it away would leave that machine an empty file.
        report.set_aside.push(SetAside {
            path: copy.to_path_buf(),
            reason: "merged; a machine's working file, never published, so not a conflicted copy: left where it is (keep working files outside the shared folder)".into(),
            moved_to: None,
        });
        return Ok(());
    }
    // Another machine's sync may have merged and archived it meanwhile.
    let archived_to = match archive(shared, copy) {
        Ok(to) => Some(to),
        Err(_) if !copy.exists() => None,
        Err(e) => return Err(e),
    };
    report.merged.push(MergedFile {
        path: copy.to_path_buf(),
        archived_to,
    });
    Ok(())
}

fn absorb(report: &mut SyncReport, merged: MergeReport) {
    report.contacts_added += merged.contacts_added;
    report.contacts_updated += merged.contacts_updated;
    report.interactions_added += merged.interactions_added;
    report.conflicts.extend(merged.conflicts);
    report.not_taken.absorb(merged.not_taken);
}

/// Moves a damaged file to the archive and reports it; the error says why it could
/// not be moved (it is then reported as left where it is).
fn set_aside(path: &Path, reason: &str, report: &mut SyncReport) -> Result<()> {
    let moved = archive(path, path);
    report.set_aside.push(SetAside {
        path: path.to_path_buf(),
        reason: reason.to_string(),
        moved_to: moved.as_ref().ok().cloned(),
    });
    moved.map(|_| ())
}

/// Whether two paths name one file: by device and inode where there are such,
/// else by their canonical paths.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return (a.dev(), a.ino()) == (b.dev(), b.ino());
        }
    }
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

/// Whether something was changed here since this file was last published.
fn has_unpublished_changes(store: &Store) -> Result<bool> {
    Ok(store.meta(LAST_OWN_CHANGE)? != store.meta(PUBLISHED_CLOCK_KEY)?)
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
/// A copy the sync left where it was counts only once it changes: the desk would
/// sync again every few seconds for it.
pub fn shared_changed(store: &Store, shared: &Path) -> bool {
    let shared = crate::config::expand_home(shared);
    let seen = store.meta(SEEN_KEY).ok().flatten();
    let left: Vec<String> = store
        .meta(LEFT_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    identity(&shared).is_some_and(|now| Some(now) != seen)
        || conflicted_copies(&shared, store.path())
            .iter()
            .any(|copy| left_as_it_was(copy).is_none_or(|named| !left.contains(&named)))
}

/// A copy left in place, named so that the same file unchanged has the same name.
fn left_as_it_was(copy: &Path) -> Option<String> {
    Some(format!("{}\u{0}{}", copy.display(), identity(copy)?))
}
