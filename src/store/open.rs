//! Opening the file: refusing what is not ours untouched, making what is new private,
//! and bringing the schema up to date.

use super::file::inspect::inspect_existing;
use super::rows::open_reader;
use super::{Result, Store, StoreError, busy, file, read_meta, safety};
use crate::config::Config;
use rusqlite::Connection;
use std::path::Path;

/// What tells one file from another at the same path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FileIdentity {
    device: u64,
    inode: u64,
    created: Option<std::time::SystemTime>,
}

impl FileIdentity {
    fn of(path: &Path) -> Option<FileIdentity> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let (device, inode) = {
            use std::os::unix::fs::MetadataExt;
            (meta.dev(), meta.ino())
        };
        #[cfg(not(unix))]
        let (device, inode) = (0, 0);
        Some(FileIdentity {
            device,
            inode,
            created: meta.created().ok(),
        })
    }
}

impl Store {
    /// Opens (creating if needed) a database file and brings its schema up to date.
    /// A file that is foreign, damaged or from a newer version is refused untouched.
    pub fn open(path: &Path, config: &Config) -> Result<Store> {
        Store::open_checked(path, config).map_err(|e| e.at(path))
    }

    fn open_checked(path: &Path, config: &Config) -> Result<Store> {
        inspect_existing(path)?;
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            // A folder we make is private; an existing one only when it is the data
            // folder: the folder a `--db` file sits in is the user's.
            let tighten = crate::config::is_data_dir(parent);
            crate::config::create_private_dir(parent, tighten).map_err(|e| {
                let message = format!("cannot create the folder {}: {e}", parent.display());
                match StoreError::from_io(parent, e) {
                    StoreError::Open { .. } => StoreError::Open {
                        path: path.to_path_buf(),
                        message,
                    },
                    said => said,
                }
            })?;
        }
        safety::sweep_restore_leftovers(path);
        Store::sweep_merge_leftovers(path);
        let new_file = !path.exists();
        if !new_file {
            // Before SQLite opens it: the -wal and -shm it makes take the file's mode.
            safety::tighten_if_ours(path);
        }
        let mut conn = Connection::open(path).map_err(|e| StoreError::from_sqlite(path, e))?;
        if new_file {
            // SQLite gives its -wal and -shm files the same permissions.
            safety::restrict_to_owner(path)?;
        }
        let patience = busy::wait_for_writers(&mut conn, path)?;
        let held = |e| busy::name_lock(e, path, &patience);
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| held(e.into()))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        let mut store = Store::finish_open(conn, path, config).map_err(held)?;
        store.patience = patience;
        Ok(store)
    }

    /// A private database in memory, for tests and benchmarks.
    pub fn open_in_memory(config: &Config) -> Result<Store> {
        Store::finish_open(Connection::open_in_memory()?, Path::new(":memory:"), config)
    }

    fn finish_open(mut conn: Connection, path: &Path, config: &Config) -> Result<Store> {
        // An import or a rescore goes through more distinct statements than the
        // default 16: past that, every row would parse its SQL again.
        conn.set_prepared_statement_cache_capacity(128);
        // Without the planner's stability guarantee, a statement whose plan looked at a
        // bound value is re-parsed each time the cache hands it out again (rusqlite
        // clears bindings, which expires it): half of an import's time went there.
        // Our plans never depend on a value; the indexes' own tests pin them.
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // 64 MiB of page cache: the default 2 MiB thrashes on a million interactions.
        conn.pragma_update(None, "cache_size", -65_536)?;
        // A statement's undo journal in memory: in a file, each row of an import
        // wrote its pages there first.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        file::schema::migrate(&mut conn, path, config)?;
        crate::store::rows::templates::add_from_config(&mut conn, &config.templates).or_else(
            |e| match e {
                // A file that cannot be written now (read-only, held by an import)
                // gets the config's templates the next time it is opened.
                StoreError::Sqlite(rusqlite::Error::SqliteFailure(failure, _))
                    if matches!(
                        failure.code,
                        rusqlite::ErrorCode::ReadOnly
                            | rusqlite::ErrorCode::DatabaseBusy
                            | rusqlite::ErrorCode::DatabaseLocked
                    ) =>
                {
                    Ok(())
                }
                other => Err(other),
            },
        )?;
        super::sync::outbox::install(&conn)?;
        let device = read_meta(&conn, "device_id")?.unwrap_or_default();
        Ok(Store {
            opened: FileIdentity::of(path),
            conn,
            path: path.to_path_buf(),
            device,
            user: crate::domain::text::clean_line(&config.user),
            config: config.clone(),
            search_index: std::cell::RefCell::new(None),
            reader: std::cell::RefCell::new(None),
            patience: busy::Patience::default(),
        })
    }

    /// The second connection (opened on first use; none for a database in memory).
    /// The caller gives it back with `return_reader` when done.
    pub(crate) fn take_reader(&self) -> Option<Connection> {
        if let Some(reader) = self.reader.borrow_mut().take() {
            return Some(reader);
        }
        if self.is_in_memory() {
            return None;
        }
        open_reader(&self.path).ok()
    }

    /// Whether the path now holds another file than the one opened, or none: it was
    /// replaced underneath (see `reopen`).
    pub fn replaced_on_disk(&self) -> bool {
        !self.is_in_memory() && FileIdentity::of(&self.path) != self.opened
    }

    /// Opens the path again after it was replaced. The old file is closed first, so
    /// its -wal can never be read as the new file's.
    pub fn reopen(self) -> Result<Store> {
        let (path, config) = (self.path.clone(), self.config.clone());
        drop(self);
        Store::open(&path, &config)
    }

    /// A private database in memory (`open_in_memory`): no file to read twice or back up.
    pub fn is_in_memory(&self) -> bool {
        self.path.as_os_str() == ":memory:"
    }

    pub(crate) fn return_reader(&self, reader: Connection) {
        *self.reader.borrow_mut() = Some(reader);
    }
}
