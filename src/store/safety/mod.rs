//! The safety net: consistent backups through SQLite's backup API, each verified
//! before it counts; restoring one (data only, never its schema). Where backups
//! live and which are kept is in `backups`; `check` is in `check`; how a copy is
//! made and proved sound is in file/copies.rs, which merges use too.

use crate::store::file::copies::copy_whole;
use crate::store::file::inspect;
use crate::store::file::inspect::open_untrusted;
use crate::store::file::schema;
use crate::store::file::schema_guard::{self, ForeignObject};
use crate::store::{Result, Store, StoreError};
use backups::{Kind, PARTIAL_SUFFIX};
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

pub mod backups;
mod check;

pub use crate::store::file::copies::verify_copy;
pub use crate::store::sync::{database_id_of, version_vector_of};
pub use backups::{AUTOMATIC_BACKUPS_KEPT, backups_folder, backups_of};
pub use check::check_untrusted;

impl Store {
    /// A consistent copy of the whole file at `dest`, readable by its owner only.
    /// It is written under a temporary name of ours beside `dest`, verified, synced
    /// and renamed, so a backup is either whole and sound or absent, even if the
    /// machine stops halfway. A damaged file is refused, and nothing is written.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let folder = folder_of(dest);
        std::fs::create_dir_all(&folder).map_err(|e| StoreError::from_io(&folder, e))?;
        let partial = self.write_verified_copy(&folder)?;
        std::fs::rename(&partial, dest).map_err(|e| {
            remove_partial(&partial);
            StoreError::from_io(dest, e)
        })
    }

    /// A new backup in this file's own backups folder, under a name no other backup
    /// has (see `backups::backup_name`); returns where it went.
    pub fn backup_into_folder(&self, at: DateTime<Utc>, kind: Kind) -> Result<PathBuf> {
        let root = backups::backups_root(self.path());
        backups::prepare(&root).map_err(|e| StoreError::from_io(&root, e))?;
        self.backup_into(&backups_folder(self.path()), at, kind)
    }

    /// A new backup in `folder` (made private, and swept of what killed runs left).
    pub fn backup_into(&self, folder: &Path, at: DateTime<Utc>, kind: Kind) -> Result<PathBuf> {
        backups::prepare(folder).map_err(|e| StoreError::from_io(folder, e))?;
        let partial = self.write_verified_copy(folder)?;
        backups::publish(&partial, folder, self.path(), at, kind).map_err(|e| {
            remove_partial(&partial);
            StoreError::from_io(folder, e)
        })
    }

    /// Copies the file into a new partial file of ours in `folder`, then proves the
    /// copy sound: `quick_check`, our application id, a version we wrote. The copy
    /// is the source's pages byte for byte, so a damaged page of the source shows in
    /// it; only then is the source itself checked, to say which one is damaged.
    /// Checking the copy alone keeps a sound backup at one full read. On any
    /// failure the partial file is removed and nothing counts as a backup.
    fn write_verified_copy(&self, folder: &Path) -> Result<PathBuf> {
        let partial = folder.join(format!(
            "{}-{}-{}{PARTIAL_SUFFIX}",
            backups::stem(self.path()),
            std::process::id(),
            uuid::Uuid::new_v4().simple()
        ));
        let made = (|| -> Result<()> {
            let mut copy =
                Connection::open(&partial).map_err(|e| StoreError::from_sqlite(&partial, e))?;
            restrict_to_owner(&partial)?;
            copy_whole(self.conn(), &mut copy).map_err(|e| e.at(&partial))?;
            // The copy is a plain file: no -wal beside it to lose.
            copy.pragma_update(None, "journal_mode", "DELETE")
                .map_err(|e| StoreError::from_sqlite(&partial, e))?;
            drop(copy);
            if let Err(copy_fails) = verify_copy(&partial) {
                inspect::quick_check(self.conn(), self.path())?;
                return Err(StoreError::Damaged {
                    path: partial.clone(),
                    detail: format!("the backup came out damaged, so it was deleted: {copy_fails}"),
                });
            }
            let file =
                std::fs::File::open(&partial).map_err(|e| StoreError::from_io(&partial, e))?;
            file.sync_all()
                .map_err(|e| StoreError::from_io(&partial, e))?;
            Ok(())
        })();
        match made {
            Ok(()) => Ok(partial),
            Err(e) => {
                remove_partial(&partial);
                Err(e)
            }
        }
    }

    /// Replaces everything in this file with `backup`'s data, never its schema: a
    /// private copy of the backup is made beside this file, the objects in it that
    /// are not ours are dropped unrun (one of ours changed or missing refuses the
    /// backup, naming it), it is brought to this version's layout and checked, and
    /// only then copied in. Returns the objects left out. The caller keeps the
    /// current content aside first.
    pub fn restore_from(&mut self, backup: &Path) -> Result<Vec<ForeignObject>> {
        verify_copy(backup)?;
        let private = PrivateCopy::beside(self.path())?;
        let left_out = {
            let source = open_untrusted(backup)?;
            let mut copy = Connection::open(&private.path)
                .map_err(|e| StoreError::from_sqlite(&private.path, e))?;
            restrict_to_owner(&private.path)?;
            copy.pragma_update(None, "trusted_schema", "OFF")?;
            copy_whole(&source, &mut copy).map_err(|e| e.at(&private.path))?;
            let left_out = schema_guard::strip_foreign(&copy, backup)?;
            schema::migrate(&mut copy, backup, &self.config).map_err(|e| e.at(&private.path))?;
            schema_guard::refuse_foreign(&copy, "main", backup)?;
            inspect::quick_check(&copy, &private.path)?;
            copy_whole(&copy, &mut self.conn).map_err(|e| e.at(self.path()))?;
            left_out
        };
        drop(private);
        Ok(left_out)
    }
}

/// A restore's private copy of the backup, beside the database so that it is on
/// the same disk and as private: `leads.db.restore.leadometer-partial`. It is
/// created new (a second restore of the same file at once is refused rather than
/// sharing it), and removed when dropped; a killed restore's copy is swept by the
/// next open of the file (`sweep_restore_leftovers`).
struct PrivateCopy {
    path: PathBuf,
}

impl PrivateCopy {
    fn beside(db: &Path) -> Result<PrivateCopy> {
        let path = restore_partial_path(db);
        backups::remove_if_stale(&path, std::time::SystemTime::now());
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(_) => Ok(PrivateCopy { path }),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(StoreError::Open {
                path: db.to_path_buf(),
                message: format!(
                    "another restore of it is under way ({} exists); try again once it is done",
                    path.display()
                ),
            }),
            Err(e) => Err(StoreError::from_io(&path, e)),
        }
    }
}

impl Drop for PrivateCopy {
    fn drop(&mut self) {
        remove_partial(&self.path);
    }
}

fn restore_partial_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(format!(".restore{PARTIAL_SUFFIX}"));
    PathBuf::from(name)
}

/// Removes what a restore killed halfway left beside `db`, once it is old enough
/// that no restore is still writing it. Two file lookups: cheap enough for every open.
pub(crate) fn sweep_restore_leftovers(db: &Path) {
    let partial = restore_partial_path(db);
    let mut journal = partial.as_os_str().to_owned();
    journal.push("-journal");
    let now = std::time::SystemTime::now();
    backups::remove_if_stale(&PathBuf::from(journal), now);
    backups::remove_if_stale(&partial, now);
}

/// Removes a partial file of ours and the journal SQLite may have left beside it.
fn remove_partial(partial: &Path) {
    let _ = std::fs::remove_file(partial);
    let mut journal = partial.as_os_str().to_owned();
    journal.push("-journal");
    let _ = std::fs::remove_file(PathBuf::from(journal));
}

fn folder_of(path: &Path) -> PathBuf {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// A backup of `db` now, then the oldest automatic ones beyond the kept number
/// removed: what the desk does on start and every few hours. The new backup is
/// verified first (a damaged file gives no backup and an error), and rotation
/// counts only backups that pass `verify_copy`, so good ones are never pushed out
/// by damaged ones.
pub fn automatic_backup(
    db: &Path,
    config: &crate::config::Config,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    let root = backups::backups_root(db);
    backups::prepare(&root).map_err(|e| StoreError::from_io(&root, e))?;
    automatic_backup_into(&backups_folder(db), db, config, now)
}

/// `automatic_backup`, into `folder`.
pub fn automatic_backup_into(
    folder: &Path,
    db: &Path,
    config: &crate::config::Config,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    let dest = Store::open(db, config)?.backup_into(folder, now, Kind::Automatic)?;
    backups::rotate(folder, db, AUTOMATIC_BACKUPS_KEPT, |backup| {
        backup == dest.as_path() || verify_copy(backup).is_ok()
    });
    Ok(dest)
}

/// The newest backup of `db` that passes `verify_copy` and is a copy of this file:
/// one carrying the file's `database_id` wherever it lies, or one in its own folder
/// that carries no id or whose file is too damaged to tell its own; never one
/// carrying another file's id.
pub fn newest_verified_backup(db: &Path) -> Option<PathBuf> {
    let own_id = database_id_of(db).ok().flatten();
    backups_of(db).into_iter().find(|backup| {
        // Where the file's id can be read, a backup carrying another id is another
        // file's, even in this file's folder under a newer name; one carrying none (made
        // before ids were kept) counts by its folder, as does every backup when this
        // file is too damaged to tell its id.
        let same_file = match (&own_id, database_id_of(backup).ok().flatten()) {
            (Some(own), Some(theirs)) => *own == theirs,
            _ => backups::is_own_backup(db, backup),
        };
        same_file && verify_copy(backup).is_ok()
    })
}

/// The file and what SQLite makes beside it are for their owner's eyes only: they
/// hold a business's customers.
pub(crate) fn restrict_to_owner(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| StoreError::from_io(path, e))?;
    }
    let _ = path;
    Ok(())
}

/// An existing file of ours opened again is brought to owner-only as well, with
/// the -wal and -shm beside it: a file copied in with 0644, or made by an older
/// version, would otherwise stay readable by everyone on the machine. Only files
/// this user owns are changed (another user's file is theirs to set), and only
/// plain files. Best effort: where the mode cannot be changed (a read-only disk)
/// the file is still opened, and what fails there is said by the open itself.
pub(crate) fn tighten_if_ours(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        for suffix in ["", "-wal", "-shm"] {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            let file = Path::new(&name);
            let Ok(meta) = std::fs::metadata(file) else {
                continue;
            };
            if meta.is_file() && meta.uid() == me && meta.mode() & 0o077 != 0 {
                let owner_only = meta.mode() & 0o700;
                let _ = std::fs::set_permissions(file, std::fs::Permissions::from_mode(owner_only));
            }
        }
    }
    let _ = path;
}

#[cfg(test)]
mod tests;
