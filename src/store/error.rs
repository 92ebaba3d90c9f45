//! What can go wrong with the file, said for what it is and what to do about it.

use crate::t;
use std::path::{Path, PathBuf};

/// The messages are in the user's language (errors.ftl's `store-*`).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", t!("store-foreign", path = shown(path)))]
    Foreign { path: PathBuf },
    #[error("{}", t!("store-not-a-database", path = shown(path)))]
    NotADatabase { path: PathBuf },
    #[error("{}", t!("store-too-new", path = shown(path), found = *found, supported = *supported))]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{}", t!("store-foreign-objects", path = shown(path), objects = objects.join("; ")))]
    ForeignObjects { path: PathBuf, objects: Vec<String> },
    #[error("{}", t!("store-damaged", path = shown(path), detail = one_line(detail)))]
    Damaged { path: PathBuf, detail: String },
    #[error("{}", t!("store-open", path = shown(path), message = message))]
    Open { path: PathBuf, message: String },
    #[error("{}", t!("store-disk-full", path = shown(path), detail = detail))]
    DiskFull { path: PathBuf, detail: String },
    #[error(
        "{}",
        t!(
            "store-not-permitted",
            path = shown(path),
            detail = detail,
            folder = shown(folder_of(path))
        )
    )]
    NotPermitted { path: PathBuf, detail: String },
    #[error("{}", t!("store-io", path = shown(path), detail = detail))]
    Io { path: PathBuf, detail: String },
    #[error(
        "{}",
        t!(
            "store-not-found",
            what = crate::i18n::message(&format!("what-{what}")),
            query = query,
            hint = crate::i18n::from_english(hint)
        )
    )]
    NotFound {
        what: &'static str,
        query: String,
        hint: String,
    },
    #[error(
        "{}",
        t!(
            "store-ambiguous",
            query = query,
            count = candidates.len(),
            candidates = candidates.join("\n")
        )
    )]
    Ambiguous {
        query: String,
        candidates: Vec<String>,
    },
    #[error("{}", t!("store-part-of-name", query = query, candidate = candidate))]
    PartOfName { query: String, candidate: String },
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("{}", t!("store-locked", path = shown(path), waited = waited))]
    Locked { path: PathBuf, waited: String },
    #[error("{}", t!("store-cancelled"))]
    Cancelled,
    #[error("{}", t!("store-sqlite", error = .0.to_string()))]
    Sqlite(#[from] rusqlite::Error),
    #[error(
        "{}",
        t!(
            "store-ambiguous-deal",
            query = query,
            count = candidates.len(),
            candidates = candidates.join("\n")
        )
    )]
    AmbiguousDeal {
        query: String,
        candidates: Vec<String>,
    },
    /// A template's or a campaign's name that several share (two languages, two
    /// desks): each candidate is given with its id.
    #[error(
        "{}",
        t!(
            "store-ambiguous-named",
            query = query,
            candidates = candidates.join("\n")
        )
    )]
    AmbiguousNamed {
        query: String,
        candidates: Vec<String>,
    },
}

/// A path as the messages name it.
fn shown(path: &Path) -> String {
    path.display().to_string()
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
