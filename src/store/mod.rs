//! Everything SQLite: opening a file safely, migrations, and one module per table family.
//!
//! Every user action is one `BEGIN IMMEDIATE` transaction through [`Store::write`], which
//! also advances the hybrid logical clock that stamps each changed field.

mod accounts;
pub mod backups;
mod bulk;
mod busy;
mod chat_import;
mod check;
mod contact_merge;
mod contacts;
#[cfg(test)]
mod cost_tests;
mod deals;
pub mod demo;
mod engine;
mod import;
mod inbox;
pub mod inspect;
mod leads;
mod merge;

mod interactions;
mod phone_repair;
mod rescore;
mod rows;
pub mod safety;
mod schema;
pub mod schema_guard;
mod search;
mod search_chunks;
mod search_rank;

pub use bulk::BulkWriter;
pub use busy::silence_notes;
pub use chat_import::ChatMessage;
pub use engine::{Decision, RescoreSummary};
pub use import::ImportCounts;
pub use inbox::{Inbox, InboxEntry, InboxItem, Label, NOTHING_WAITS, NextTask};
pub use leads::ContactMatch;
pub use merge::{ClockDistrusted, Conflict, MergeReport, NotTaken, SetAside as RowSetAside};

pub use search::{MatchedOn, SearchHit};

pub(crate) use inspect::{inspect_existing, read_header};

use crate::config::Config;
use crate::domain::hlc::Hlc;
use chrono::{DateTime, Utc};
use phonenumber::country::Id as Region;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Marks our files, so a foreign SQLite file is recognised before anything is written.
pub const APPLICATION_ID: i32 = 0x4C45_4144; // "LEAD"

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "{path} is not a Leadometer database (it belongs to another program); it was left untouched"
    )]
    Foreign { path: PathBuf },
    #[error("{path} is not an SQLite database, or it is damaged; it was left untouched")]
    NotADatabase { path: PathBuf },
    #[error(
        "{path} was written by a newer Leadometer (schema version {found}; this version reads up to {supported}); upgrade Leadometer to open it. The file was left untouched"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error(
        "{path} holds schema objects Leadometer did not create, which it will neither run nor copy: {}; it was left untouched",
        objects.join("; ")
    )]
    ForeignObjects { path: PathBuf, objects: Vec<String> },
    #[error("{path} is damaged ({}); it was left untouched", one_line(detail))]
    Damaged { path: PathBuf, detail: String },
    #[error("cannot open {path}: {message}")]
    Open { path: PathBuf, message: String },
    #[error(
        "{path}: the disk is full, or the file may grow no larger ({detail}); nothing was written. Free some space and try again: the file is not damaged"
    )]
    DiskFull { path: PathBuf, detail: String },
    #[error(
        "{path}: permission denied ({detail}); check that you may read and write it and its folder {}. Nothing was changed",
        folder_of(path).display()
    )]
    NotPermitted { path: PathBuf, detail: String },
    #[error(
        "{path}: the disk refused to read or write it ({detail}); the disk may be full, removed or failing. Nothing was changed"
    )]
    Io { path: PathBuf, detail: String },
    #[error("no {what} matches \"{query}\"{hint}")]
    NotFound {
        what: &'static str,
        query: String,
        hint: String,
    },
    #[error("\"{query}\" matches {} contacts; say which one by id, phone or email:\n{}", candidates.len(), candidates.join("\n"))]
    Ambiguous {
        query: String,
        candidates: Vec<String>,
    },
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("{path} stayed locked by another program for {waited}; nothing was written")]
    Locked { path: PathBuf, waited: String },
    #[error("stopped before the end; nothing was written")]
    Cancelled,
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// SQLite's check reports come as several lines ("*** in database main ***\nTree 11
/// page 3…"); a message stays on one line, its parts joined with "; ".
fn one_line(detail: &str) -> String {
    detail
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Whether this process may create files in `folder`: its permissions and a
/// read-only mount both count (`access(2)` checks both, for root too).
fn may_write_in(folder: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let Ok(name) = std::ffi::CString::new(folder.as_os_str().as_bytes()) else {
            return true;
        };
        // SAFETY: `name` is a valid NUL-terminated string that outlives the call.
        unsafe { libc::access(name.as_ptr(), libc::W_OK) == 0 }
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        true
    }
}

/// The folder a file is in, as a person would name it ("." for a bare file name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
}

impl StoreError {
    /// An SQLite failure on `path`, said for what it is: a full disk, a permission,
    /// the disk, or damage. Only damage may lead to restoring a backup; the others
    /// are fixed where they are.
    pub fn from_sqlite(path: &Path, e: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode;
        let path = path.to_path_buf();
        let detail = e.to_string();
        // SQLITE_READONLY_DBMOVED: the file was renamed or deleted while open.
        const MOVED_WHILE_OPEN: i32 = 1032;
        let extended = match &e {
            rusqlite::Error::SqliteFailure(failure, _) => failure.extended_code,
            _ => 0,
        };
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull { path, detail },
            Some(ErrorCode::ReadOnly) if extended == MOVED_WHILE_OPEN => StoreError::Open {
                path,
                message: "it was moved or deleted while open; nothing more was written to it"
                    .into(),
            },
            // A new file in a folder that cannot be written (a read-only disk, or
            // another's folder) says CANTOPEN too: the folder is what to fix.
            Some(ErrorCode::CannotOpen)
                if !path.exists()
                    && folder_of(&path).is_dir()
                    && !may_write_in(folder_of(&path)) =>
            {
                let folder = folder_of(&path).display().to_string();
                StoreError::NotPermitted {
                    path,
                    detail: format!(
                        "the folder {folder} cannot be written (read-only, or not yours), so no new database can be made in it"
                    ),
                }
            }
            // Opening read-only a file that is not there says CANTOPEN too.
            Some(ErrorCode::CannotOpen) if !path.exists() && folder_of(&path).is_dir() => {
                StoreError::Open {
                    path,
                    message: "no such file".into(),
                }
            }
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
                StoreError::NotPermitted { path, detail }
            }
            Some(ErrorCode::SystemIoFailure) => StoreError::Io { path, detail },
            Some(ErrorCode::NotADatabase) => StoreError::NotADatabase { path },
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged { path, detail },
            _ => StoreError::Sqlite(e),
        }
    }

    /// A file-system failure on `path`, said for what it is.
    pub fn from_io(path: &Path, e: std::io::Error) -> StoreError {
        let path = path.to_path_buf();
        let detail = e.to_string();
        match e.kind() {
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                StoreError::NotPermitted { path, detail }
            }
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::FileTooLarge => {
                StoreError::DiskFull { path, detail }
            }
            _ => StoreError::Open {
                path,
                message: detail,
            },
        }
    }

    /// This error, with a bare SQLite failure said for what it is on `path`.
    pub fn at(self, path: &Path) -> StoreError {
        match self {
            StoreError::Sqlite(e) => StoreError::from_sqlite(path, e),
            other => other,
        }
    }

    /// Whether restoring a backup is the remedy: the file itself is damaged (not the
    /// disk, not a permission, not a file of another program).
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            StoreError::NotADatabase { .. } | StoreError::Damaged { .. }
        )
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> StoreError {
        StoreError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Who and when for one write: every changed field carries this stamp.
#[derive(Debug, Clone)]
pub struct Stamp {
    pub at: DateTime<Utc>,
    pub clock: String,
    pub user: String,
}

/// The meta key holding the clock of the latest change made on this device: what
/// another copy must have seen of this device to hold everything written here.
pub const LAST_OWN_CHANGE: &str = "last_own_change";

/// How long a second, read-only connection waits for the file. Reading never waits
/// for a writer in WAL mode, only for a moment's recovery or reset of the log;
/// writers wait as `busy` says.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Store {
    conn: Connection,
    path: PathBuf,
    device: String,
    user: String,
    config: Config,
    /// The search table in memory, once a desk asked for it (see `keep_search_index`).
    search_index: std::cell::RefCell<Option<search::SearchIndex>>,
    /// A second, read-only connection for reading a large table on two threads.
    reader: std::cell::RefCell<Option<Connection>>,
    /// Which file was opened: another one renamed over the path (a restore by a sync
    /// client, a copy from a backup) is a different file, and must be reopened.
    opened: Option<FileIdentity>,
    /// How long a write waits for another writer (see `busy`).
    patience: busy::Patience,
}

/// What tells one file from another at the same path.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileIdentity {
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
        schema::migrate(&mut conn, path, config)?;
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

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn region(&self) -> Region {
        self.config.region
    }

    pub fn currency(&self) -> &str {
        &self.config.currency
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Runs one user action as one immediate transaction, stamped with the next clock.
    pub fn write<T>(
        &mut self,
        now: DateTime<Utc>,
        action: impl FnOnce(&Transaction<'_>, &Stamp) -> Result<T>,
    ) -> Result<T> {
        self.transact(now, true, action)
    }

    /// `write`, or with `commit` false everything `write` would do, rolled back: what
    /// a dry run reports is exactly what the real run would do, and the file is left
    /// as it was.
    pub(crate) fn transact<T>(
        &mut self,
        now: DateTime<Utc>,
        commit: bool,
        action: impl FnOnce(&Transaction<'_>, &Stamp) -> Result<T>,
    ) -> Result<T> {
        self.transact_as(now, commit, true, action)
    }

    /// `transact`; `own_change` is false for a merge, which brings others' changes
    /// and must not count as a change made here (see `LAST_OWN_CHANGE`).
    pub(crate) fn transact_as<T>(
        &mut self,
        now: DateTime<Utc>,
        commit: bool,
        own_change: bool,
        action: impl FnOnce(&Transaction<'_>, &Stamp) -> Result<T>,
    ) -> Result<T> {
        let tx = match self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
        {
            Ok(tx) => tx,
            Err(e) => {
                let said = StoreError::from_sqlite(&self.path, e);
                return Err(busy::name_lock(said, &self.path, &self.patience));
            }
        };
        let stamp = next_stamp(&tx, &self.device, &self.user, now, own_change)?;
        let value = action(&tx, &stamp).map_err(|e| e.at(&self.path))?;
        search_chunks::rebuild_dirty(&tx).map_err(|e| e.at(&self.path))?;
        if !commit {
            return Ok(value); // dropping the transaction rolls it back
        }
        tx.commit()
            .map_err(|e| StoreError::from_sqlite(&self.path, e))?;
        // data_version does not move for this connection's own writes.
        if let Some(index) = self.search_index.get_mut().as_mut() {
            index.version = i64::MIN;
        }
        Ok(value)
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
        let reader = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        reader.busy_timeout(BUSY_TIMEOUT).ok()?;
        reader.pragma_update(None, "cache_size", -65_536).ok()?;
        Some(reader)
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

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Changes whenever another connection commits to the file: how the desk notices
    /// what other processes wrote.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    /// A value this file keeps about itself (its identity, its sync state).
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        read_meta(&self.conn, key)
    }

    /// Sets one such value; bookkeeping, not a change to the leads, so the clock
    /// does not move.
    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        write_meta(&self.conn, key, value)
    }

    /// This copy's device id: the tie-breaker of its clocks.
    pub fn device(&self) -> &str {
        &self.device
    }

    /// How many live contacts the file holds.
    pub fn contact_count(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM contacts WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }
}

/// The stamp of the next write in `tx`: the file's clock ticked past its last
/// change, on `device`, and stored back. `own_change` false leaves the clock of
/// this device's own latest change where it was (see `LAST_OWN_CHANGE`).
pub(crate) fn next_stamp(
    tx: &Transaction<'_>,
    device: &str,
    user: &str,
    now: DateTime<Utc>,
    own_change: bool,
) -> Result<Stamp> {
    let last = read_meta(tx, "clock")?
        .and_then(|text| Hlc::parse(&text))
        .unwrap_or_else(|| Hlc::zero(device));
    let clock = Hlc {
        device: device.to_string(),
        ..last
    }
    .tick(now.timestamp_millis());
    write_meta(tx, "clock", &clock.to_string())?;
    if own_change {
        write_meta(tx, LAST_OWN_CHANGE, &clock.to_string())?;
    }
    Ok(Stamp {
        at: now,
        clock: clock.to_string(),
        user: user.to_string(),
    })
}

pub(crate) fn read_meta(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub(crate) fn write_meta(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// A new time-ordered id; rows made on two machines never collide.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
