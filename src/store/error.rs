//! What can go wrong with the file, said for what it is and what to do about it.

use crate::domain::text::counted;
use std::path::{Path, PathBuf};

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
    #[error("\"{query}\" matches {}; say which one by id, phone or email:\n{}", counted(candidates.len(), "contact", "contacts"), candidates.join("\n"))]
    Ambiguous {
        query: String,
        candidates: Vec<String>,
    },
    #[error(
        "\"{query}\" is only part of a name; give the whole name, a phone, an email or the id of the one you mean:\n{candidate}"
    )]
    PartOfName { query: String, candidate: String },
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("{path} stayed locked by another program for {waited}; nothing was written")]
    Locked { path: PathBuf, waited: String },
    #[error("stopped before the end; nothing was written")]
    Cancelled,
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("\"{query}\" matches {}; give the id of the one you mean:\n{}", counted(candidates.len(), "deal", "deals"), candidates.join("\n"))]
    AmbiguousDeal {
        query: String,
        candidates: Vec<String>,
    },
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
