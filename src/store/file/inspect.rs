//! Looking at an existing file before anything is written to it: is it a regular
//! file, is it ours, is it whole, is it sound; and a file from elsewhere opened so
//! that nothing in it can act. Everything here reads only.

use super::schema::{self, APPLICATION_ID};
use super::schema_guard;
use crate::store::{Result, StoreError};
use rusqlite::{Connection, OpenFlags};
use std::io::Read;
use std::path::Path;

/// A file up to this size is `quick_check`ed on every open, before anything is
/// written to it: measured at 0.1 s for 16 MiB, where the 455 MB of 100,000
/// contacts with a million interactions take 2.7 s, too long for each `add`.
/// Larger files get the cheap whole-file test at every open, and the full check
/// wherever a copy is made (backup, restore, the desk's start).
pub const QUICK_CHECK_AT_OPEN_UP_TO: u64 = 16 << 20;

/// Reads the header of an existing file read-only, so nothing is written to a file
/// that is not ours, is newer than we understand, or is damaged.
pub(crate) fn inspect_existing(path: &Path) -> Result<()> {
    let Some(len) = regular_file_len(path)? else {
        return Ok(());
    };
    if len == 0 {
        return Ok(());
    }
    refuse_cut_short(path, len)?;
    let (conn, header) = read_header(path)?;
    if header.application_id != APPLICATION_ID {
        // An empty SQLite file is ours to fill; anything else in it belongs to someone.
        if header.application_id != 0 || header.tables > 0 {
            return Err(StoreError::Foreign {
                path: path.to_path_buf(),
            });
        }
        return Ok(());
    }
    header.refuse_newer(path)?;
    // Before anything is written: migrating would run a planted trigger.
    schema_guard::refuse_foreign(&conn, "main", path)?;
    if len <= QUICK_CHECK_AT_OPEN_UP_TO {
        quick_check(&conn, path)?;
    }
    Ok(())
}

/// The length of the file at `path`, None when there is none yet. Anything but a
/// regular file (a folder, a device such as /dev/null, a fifo, a socket) is refused:
/// SQLite would create its journal beside it. A symlink to a regular file is that file.
pub(crate) fn regular_file_len(path: &Path) -> Result<Option<u64>> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::from_io(path, e)),
    };
    if meta.is_file() {
        return Ok(Some(meta.len()));
    }
    let what = if meta.is_dir() {
        "a folder"
    } else {
        special_kind(&meta)
    };
    Err(StoreError::Open {
        path: path.to_path_buf(),
        message: format!("it is {what}, not a regular file; nothing was written"),
    })
}

#[cfg(unix)]
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_fifo() {
        "a named pipe"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::Metadata) -> &'static str {
    "a special file"
}

/// Refuses a file whose end was cut off, from its first 100 bytes and its length:
/// SQLite itself reads the missing pages as zeros, or trusts the length over the
/// header, and would write on. The header's page count is only trusted when SQLite
/// marks it valid, and not while a `-wal` beside the file holds newer pages (the
/// file's own header is then behind).
fn refuse_cut_short(path: &Path, len: u64) -> Result<()> {
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path).and_then(|mut file| file.read_exact(&mut header));
    if read.is_err() || &header[..16] != b"SQLite format 3\0" {
        return Ok(()); // not SQLite at all: read_header names it
    }
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        return Ok(());
    }
    let word = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        size => u64::from(size),
    };
    let damaged = |detail: String| StoreError::Damaged {
        path: path.to_path_buf(),
        detail,
    };
    if page_size < 512 || !page_size.is_power_of_two() {
        return Err(damaged(format!(
            "its header gives a page size of {page_size}"
        )));
    }
    if !len.is_multiple_of(page_size) {
        return Err(damaged(format!(
            "it is {len} bytes long, not a whole number of {page_size}-byte pages: its end was cut off"
        )));
    }
    let pages = u64::from(word(28));
    let count_valid = word(24) == word(92) && pages > 0;
    if count_valid && len < pages * page_size {
        return Err(damaged(format!(
            "it holds {} of the {pages} pages its header counts: its end was cut off",
            len / page_size
        )));
    }
    Ok(())
}

/// SQLite's own check of every page, on a connection of the caller's.
pub(crate) fn quick_check(conn: &Connection, path: &Path) -> Result<()> {
    // Every row the check gives (up to its limit of 100), not only the first.
    let verdict = (|| -> rusqlite::Result<Vec<String>> {
        let mut statement = conn.prepare("PRAGMA quick_check")?;
        let rows = statement.query_map([], |r| r.get::<_, String>(0))?;
        rows.collect()
    })()
    .map_err(|e| StoreError::from_sqlite(path, e))?;
    if verdict != ["ok"] {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            detail: verdict.join("; "),
        });
    }
    Ok(())
}

/// What a file's header says about it.
pub(crate) struct Header {
    pub application_id: i32,
    pub version: i64,
    pub tables: i64,
}

impl Header {
    pub(crate) fn refuse_newer(&self, path: &Path) -> Result<()> {
        if self.version < 0 {
            return Err(StoreError::Damaged {
                path: path.to_path_buf(),
                detail: format!(
                    "its schema version {} is not one Leadometer ever wrote",
                    self.version
                ),
            });
        }
        if self.version > schema::VERSION {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found: self.version,
                supported: schema::VERSION,
            });
        }
        Ok(())
    }
}

/// Opens a file that came from elsewhere (a backup, a synced copy) so that nothing
/// in it can act: read-only, and with the schema's own code not trusted.
pub(crate) fn open_untrusted(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| match StoreError::from_sqlite(path, e) {
        StoreError::Sqlite(_) => StoreError::NotADatabase {
            path: path.to_path_buf(),
        },
        said => said,
    })?;
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    Ok(conn)
}

/// Reads a file's header on a connection that can write nothing and trusts nothing
/// in the file, returned for further checks. A file whose header cannot be read is
/// not a database; one that cannot be read at all says why (permissions, the disk).
pub(crate) fn read_header(path: &Path) -> Result<(Connection, Header)> {
    let conn = open_untrusted(path)?;
    let header = (|| -> rusqlite::Result<Header> {
        Ok(Header {
            application_id: conn.pragma_query_value(None, "application_id", |r| r.get(0))?,
            version: conn.pragma_query_value(None, "user_version", |r| r.get(0))?,
            tables: conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?,
        })
    })()
    .map_err(|e| StoreError::from_sqlite(path, e))?;
    Ok((conn, header))
}

/// Removes the database at `path` (with its journal files) when it is ours and holds
/// nothing anyone entered: for a command that created the file and then failed, so
/// that a mistyped `--db` or a refused import leaves no empty database behind. A file
/// holding any contact, account, deal, interaction or task is left alone, and so is
/// anything that cannot be read; this is tidying, never a reason to fail.
pub fn discard_if_unused(path: &Path) {
    let unused = || -> rusqlite::Result<bool> {
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let entered: i64 = conn.query_row(
            "SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM accounts)
                  + (SELECT count(*) FROM deals) + (SELECT count(*) FROM interactions)
                  + (SELECT count(*) FROM tasks)",
            [],
            |r| r.get(0),
        )?;
        Ok(id == APPLICATION_ID && entered == 0)
    };
    if unused().unwrap_or(false) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            let _ = std::fs::remove_file(std::path::PathBuf::from(name));
        }
    }
}
