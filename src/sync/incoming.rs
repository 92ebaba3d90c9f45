//! A file found in the shared folder is read from a private copy, never in place.
//! Opening an SQLite file in WAL mode, even read-only, makes SQLite create `-wal`
//! and `-shm` files beside it: in the shared folder those would be uploaded to every
//! machine, and left behind when the file is archived they would make a later copy
//! of the same name look in use, so that it was never merged. Sync clients replace
//! files whole, so a plain copy is the file as it was at one moment.

use super::{Result, SyncError, io};
use crate::store::StoreError;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Offsets 18 and 19 of an SQLite header: the file format's write and read
/// versions, 2 for WAL, 1 for a rollback journal.
const FORMAT_VERSIONS_AT: u64 = 18;

/// A private copy beside the local database, removed with whatever SQLite made
/// beside it when dropped. Its name is a merge snapshot's (`.leads.db.merge-<pid>-…
/// .partial`), so a copy left by a killed sync goes with the next start's sweep.
pub(super) struct Incoming {
    file: tempfile::NamedTempFile,
    original: PathBuf,
}

impl Incoming {
    /// Copies `original` beside `local_db`. A file that vanished meanwhile (another
    /// machine archived it) is `Ok(None)`.
    pub(super) fn copy(original: &Path, local_db: &Path) -> Result<Option<Incoming>> {
        let folder = local_db
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = local_db
            .file_name()
            .map_or_else(|| "leads.db".into(), |n| n.to_string_lossy().to_string());
        let mut file = tempfile::Builder::new()
            .prefix(&format!(".{name}.merge-{}-in-", std::process::id()))
            .suffix(".partial")
            .tempfile_in(folder)
            .map_err(|e| io(folder, e))?;
        let mut source = match std::fs::File::open(original) {
            Ok(source) => source,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io(original, e)),
        };
        std::io::copy(&mut source, file.as_file_mut()).map_err(|e| io(original, e))?;
        as_rollback_journal(file.as_file_mut()).map_err(|e| io(file.path(), e))?;
        Ok(Some(Incoming {
            file,
            original: original.to_path_buf(),
        }))
    }

    pub(super) fn path(&self) -> &Path {
        self.file.path()
    }

    /// An error about the copy, told about the file in the shared folder it came
    /// from: the user never saw the copy.
    pub(super) fn as_found(&self, error: StoreError) -> StoreError {
        let copy = self.file.path().display().to_string();
        let found = self.original.display().to_string();
        match error {
            StoreError::Foreign { .. } => StoreError::Foreign {
                path: self.original.clone(),
            },
            StoreError::NotADatabase { .. } => StoreError::NotADatabase {
                path: self.original.clone(),
            },
            StoreError::TooNew {
                found: version,
                supported,
                ..
            } => StoreError::TooNew {
                path: self.original.clone(),
                found: version,
                supported,
            },
            StoreError::Damaged { detail, .. } => StoreError::Damaged {
                path: self.original.clone(),
                detail: detail.replace(&copy, &found),
            },
            StoreError::ForeignObjects { objects, .. } => StoreError::ForeignObjects {
                path: self.original.clone(),
                objects,
            },
            StoreError::Open { message, .. } => StoreError::Open {
                path: self.original.clone(),
                message: message.replace(&copy, &found),
            },
            other => other,
        }
    }
}

impl Drop for Incoming {
    fn drop(&mut self) {
        for sidecar in ["-journal", "-wal", "-shm"] {
            let mut name = self.file.path().as_os_str().to_owned();
            name.push(sidecar);
            let _ = std::fs::remove_file(PathBuf::from(name));
        }
    }
}

/// Marks a copy of an SQLite file as using a rollback journal, so that reading it
/// makes no `-wal` or `-shm`. A copy that came without its `-wal` holds only what
/// was checkpointed, which is all a whole file copied by a sync client is. Anything
/// that is not an SQLite file is left as it is, for the check to name.
fn as_rollback_journal(file: &mut std::fs::File) -> std::io::Result<()> {
    let mut header = [0u8; 20];
    file.seek(SeekFrom::Start(0))?;
    if file.read_exact(&mut header).is_err() || &header[..16] != b"SQLite format 3\0" {
        return Ok(());
    }
    if header[18] == 2 || header[19] == 2 {
        file.seek(SeekFrom::Start(FORMAT_VERSIONS_AT))?;
        file.write_all(&[1, 1])?;
    }
    file.flush()
}

/// A shared path that exists but is not a regular file (a device such as
/// /dev/null, a pipe, a folder) is refused before anything reads, moves or
/// replaces it: publishing would put a file in its place.
pub(super) fn refuse_special(shared: &Path) -> Result<()> {
    match std::fs::metadata(shared) {
        Ok(meta) if !meta.is_file() => Err(SyncError::Io {
            path: shared.to_path_buf(),
            message: format!(
                "the shared path is {}, not a lead file; nothing was merged and nothing published",
                if meta.is_dir() {
                    "a folder"
                } else {
                    "a device, pipe or socket"
                }
            ),
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_of_a_wal_file_reads_without_making_a_wal_or_shm_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let original = dir.path().join("shared.db");
        {
            let conn = rusqlite::Connection::open(&original).unwrap();
            conn.pragma_update(None, "journal_mode", "WAL").unwrap();
            conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
                .unwrap();
        }
        let local = dir.path().join("local").join("leads.db");
        std::fs::create_dir(local.parent().unwrap()).unwrap();
        let incoming = Incoming::copy(&original, &local).unwrap().unwrap();
        let conn = rusqlite::Connection::open_with_flags(
            incoming.path(),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .unwrap();
        let x: i64 = conn.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(x, 1);
        drop(conn);
        let beside = |path: &Path| {
            std::fs::read_dir(path.parent().unwrap())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
                .collect::<Vec<_>>()
        };
        assert!(
            beside(incoming.path())
                .iter()
                .all(|n| !n.ends_with("-wal") && !n.ends_with("-shm")),
            "{:?}",
            beside(incoming.path())
        );
        let copy = incoming.path().to_path_buf();
        drop(incoming);
        assert!(!copy.exists());
        assert_eq!(
            beside(&local),
            Vec::<String>::new(),
            "nothing left beside the database"
        );
    }

    #[test]
    fn a_vanished_file_is_none_and_a_special_shared_path_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let local = dir.path().join("leads.db");
        assert!(
            Incoming::copy(&dir.path().join("gone.db"), &local)
                .unwrap()
                .is_none()
        );
        let refused = refuse_special(dir.path()).unwrap_err().to_string();
        assert!(refused.contains("a folder"), "{refused}");
        #[cfg(unix)]
        {
            let refused = refuse_special(Path::new("/dev/null"))
                .unwrap_err()
                .to_string();
            assert!(refused.contains("a device"), "{refused}");
        }
        assert!(refuse_special(&dir.path().join("not-yet.db")).is_ok());
    }
}
