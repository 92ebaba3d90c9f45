//! The private copy of the other file that a merge works on. It lives beside the
//! local database, under a name of ours that carries the process id, so that a merge
//! killed halfway leaves nothing in the system temp folder, and the next start can
//! tell its leftovers from a merge still running and remove them.

use crate::store::{Result, StoreError};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Past this age a leftover goes whatever its process id says: ids are reused.
const ALWAYS_STALE_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// A snapshot file, removed (with any journal SQLite left beside it) when dropped.
pub(super) struct Snapshot {
    file: tempfile::NamedTempFile,
}

impl Snapshot {
    /// A new empty snapshot file in the local database's folder.
    pub(super) fn beside(db_path: &Path) -> Result<Snapshot> {
        let folder = folder_of(db_path);
        let file = tempfile::Builder::new()
            .prefix(&format!("{}{}-", prefix_for(db_path), std::process::id()))
            .suffix(".partial")
            .tempfile_in(&folder)
            .map_err(|e| StoreError::Open {
                path: db_path.to_path_buf(),
                message: format!(
                    "cannot make the merge's working copy in {}: {e}",
                    folder.display()
                ),
            })?;
        Ok(Snapshot { file })
    }

    pub(super) fn path(&self) -> &Path {
        self.file.path()
    }
}

impl Drop for Snapshot {
    fn drop(&mut self) {
        for sidecar in ["-journal", "-wal", "-shm"] {
            let mut name = self.file.path().as_os_str().to_owned();
            name.push(sidecar);
            let _ = std::fs::remove_file(PathBuf::from(name));
        }
    }
}

/// Removes the snapshots that merges into `db_path` left behind when they were
/// killed: ours by name, and either older than a day or made by a process that is
/// no longer running. Returns how many files went. Never touches anything else, and
/// a file it cannot remove is left for next time.
pub(crate) fn sweep_leftovers(db_path: &Path) -> usize {
    let prefix = prefix_for(db_path);
    let Ok(entries) = std::fs::read_dir(folder_of(db_path)) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let Some(pid) = leftover_pid(&name, &prefix) else {
            continue;
        };
        let age = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|at| SystemTime::now().duration_since(at).ok())
            .unwrap_or_default();
        let stale = age > ALWAYS_STALE_AFTER || (pid != std::process::id() && !is_running(pid));
        if stale && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// `.leads.db.merge-`: what every snapshot name for this database starts with.
fn prefix_for(db_path: &Path) -> String {
    let name = db_path
        .file_name()
        .map_or_else(|| "leads.db".into(), |n| n.to_string_lossy().to_string());
    format!(".{name}.merge-")
}

/// The process id in one of our snapshot names (or its journal's), if it is one.
fn leftover_pid(name: &str, prefix: &str) -> Option<u32> {
    let rest = name.strip_prefix(prefix)?;
    let (pid, rest) = rest.split_once('-')?;
    let ours = rest.ends_with(".partial")
        || ["-journal", "-wal", "-shm"]
            .iter()
            .any(|sidecar| rest.ends_with(&format!(".partial{sidecar}")));
    ours.then(|| pid.parse().ok()).flatten()
}

fn folder_of(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

#[cfg(unix)]
fn is_running(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // Signal 0 asks only whether the process exists; EPERM means it does, as another user's.
    // SAFETY: kill with signal 0 sends nothing and touches no memory.
    let answer = unsafe { libc::kill(pid, 0) };
    answer == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn is_running(_pid: u32) -> bool {
    // No cheap way to ask: only the age rule applies.
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_lives_beside_the_database_and_goes_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("leads.db");
        let snapshot = Snapshot::beside(&db).unwrap();
        let path = snapshot.path().to_path_buf();
        assert_eq!(path.parent(), Some(dir.path()));
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        assert_eq!(
            leftover_pid(&name, ".leads.db.merge-"),
            Some(std::process::id())
        );
        drop(snapshot);
        assert!(!path.exists());
    }

    #[test]
    fn sweeping_removes_a_dead_merges_leftovers_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("leads.db");
        let keep = [
            "leads.db",
            "leads.db-wal",
            ".other.db.merge-1-abc.partial",
            ".leads.db.merge-x-abc.partial",
            "notes.partial",
        ];
        // A process id no system hands out (above Linux's 2^22 limit).
        let dead = 4_194_305;
        let gone = [
            format!(".leads.db.merge-{dead}-abc.partial"),
            format!(".leads.db.merge-{dead}-abc.partial-journal"),
            format!(".leads.db.merge-{dead}-abc.partial-wal"),
        ];
        let running = Snapshot::beside(&db).unwrap();
        for name in keep.iter().map(|n| n.to_string()).chain(gone.clone()) {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        assert_eq!(sweep_leftovers(&db), gone.len());
        for name in keep {
            assert!(dir.path().join(name).exists(), "{name}");
        }
        assert!(
            running.path().exists(),
            "a merge still running keeps its copy"
        );
    }
}
