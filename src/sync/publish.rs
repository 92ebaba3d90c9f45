//! Publishing: this file, whole, renamed over the shared one, and then looked at
//! again. Nothing in a synced folder stops another machine renaming its own file
//! over the shared one at the same moment (a lock file there is itself only synced
//! later), so a publish counts only once the shared file is seen to hold it.

use super::copies::partial_path;
use super::{LAST_OWN_CHANGE, PUBLISHED_CLOCK_KEY, Result, SEEN_KEY, folder_of, io};
use crate::domain::hlc::Hlc;
use crate::store::Store;
use std::collections::BTreeMap;
use std::path::Path;

/// How a publish ended.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Published {
    /// The shared file holds everything this one does.
    Yes,
    /// Another machine's file took the shared path first or right after: it has to
    /// be merged, and this one published again.
    Raced,
}

/// The moments of a publish another machine's can fall between; the tests put one
/// there, a sync puts nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Moment {
    BeforeRename,
    AfterRename,
}

/// Writes this file to the shared path as one whole file: a consistent snapshot is
/// written straight beside the shared file under a name of ours, flushed to disk,
/// and renamed over it, unless the shared file is no longer `seen`, the version
/// this sync merged.
pub(super) fn publish(
    store: &mut Store,
    shared: &Path,
    seen: Option<&str>,
    race: &mut dyn FnMut(Moment),
) -> Result<Published> {
    let partial = partial_path(shared, store.device());
    // Beside the shared file, not in the system's temp folder: a sync killed
    // halfway leaves at most this one file, which the next sync removes.
    if let Err(e) = store
        .backup_to(&partial)
        .and_then(|()| mark_published(&partial, store.device()))
    {
        let _ = std::fs::remove_file(&partial);
        return Err(e.into());
    }
    race(Moment::BeforeRename);
    // Writing the snapshot took a while: a file another machine published
    // meanwhile would be thrown away unmerged by the rename.
    if identity(shared).as_deref() != seen {
        let _ = std::fs::remove_file(&partial);
        return Ok(Published::Raced);
    }
    let ours = identity(&partial);
    let renamed = (|| -> std::io::Result<()> {
        std::fs::rename(&partial, shared)?;
        #[cfg(unix)]
        std::fs::File::open(folder_of(shared))?.sync_all()?;
        Ok(())
    })();
    if let Err(e) = renamed {
        let _ = std::fs::remove_file(&partial);
        return Err(io(shared, e));
    }
    race(Moment::AfterRename);
    // Size and time alone may not tell two versions apart (two files of one size
    // written in the same clock tick); what each has seen of every device does.
    let published = store.version_vector()?;
    let holds = crate::store::safety::version_vector_of(shared)
        .is_ok_and(|there| covers(&there, &published));
    if !holds {
        return Ok(Published::Raced);
    }
    let clock = store.meta(LAST_OWN_CHANGE)?.unwrap_or_default();
    store.set_meta(PUBLISHED_CLOCK_KEY, &clock)?;
    let now_there = identity(shared);
    if now_there.is_some() && now_there == ours {
        store.set_meta(SEEN_KEY, ours.as_deref().unwrap_or_default())?;
    }
    // Otherwise another machine's file replaced ours having merged it: it holds all
    // of this one and maybe more, which the next sync brings in.
    Ok(Published::Yes)
}

/// Whether a file that has seen `there` holds every change of one that has seen
/// `here`.
pub(super) fn covers(there: &BTreeMap<String, Hlc>, here: &BTreeMap<String, Hlc>) -> bool {
    here.iter()
        .all(|(device, clock)| there.get(device).is_some_and(|seen| seen >= clock))
}

/// What tells one version of the shared file from the next: which file it is
/// (device and inode: a publish renames a new file over the old one), its size and
/// the time it was written, as the sync client left them.
pub(super) fn identity(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    #[cfg(unix)]
    let (device, inode) = {
        use std::os::unix::fs::MetadataExt;
        (meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let (device, inode) = (0, 0);
    Some(format!(
        "{device}:{inode}:{}:{}",
        meta.len(),
        modified.as_nanos()
    ))
}

/// The meta key a published file carries: which device published it. A conflicted
/// copy is a copy of a published file and carries it too; a machine's working file
/// never does, so another machine never takes one (`leads-laptop.db` kept in the
/// shared folder) for a conflicted copy to archive.
pub(super) const PUBLISHED_BY_KEY: &str = "sync_published_by";

fn mark_published(partial: &Path, device: &str) -> crate::store::Result<()> {
    let conn = rusqlite::Connection::open(partial)?;
    crate::store::write_meta(&conn, PUBLISHED_BY_KEY, device)
}

/// Whether a file (a private copy of one found in the shared folder, already
/// verified) was published by a sync: see `PUBLISHED_BY_KEY`.
pub(super) fn was_published(copy: &Path) -> bool {
    let Ok(conn) =
        rusqlite::Connection::open_with_flags(copy, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
    else {
        return false;
    };
    conn.query_row(
        "SELECT 1 FROM meta WHERE key = ?1",
        [PUBLISHED_BY_KEY],
        |_| Ok(()),
    )
    .is_ok()
}
