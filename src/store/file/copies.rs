//! Copies of the file made safely: a snapshot of every page at one moment, and the
//! proof that a copy is a sound Leadometer file.

use super::schema::APPLICATION_ID;
use super::{inspect, schema_guard};
use crate::store::{Result, StoreError};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, MAIN_DB};
use std::path::Path;
use std::time::Duration;

/// Refuses a copy that is not ours, is newer than this version, or is damaged.
pub fn verify_copy(path: &Path) -> Result<()> {
    if !path.is_file() {
        return Err(StoreError::Open {
            path: path.to_path_buf(),
            message: "no such file".into(),
        });
    }
    let (conn, header) = inspect::read_header(path)?;
    if header.application_id != APPLICATION_ID {
        return Err(StoreError::Foreign {
            path: path.to_path_buf(),
        });
    }
    header.refuse_newer(path)?;
    inspect::quick_check(&conn, path).map_err(|e| match e {
        StoreError::Sqlite(_) => StoreError::NotADatabase {
            path: path.to_path_buf(),
        },
        said => said,
    })?;
    // Objects not ours are fine here: a restore strips them. Ours changed or missing
    // mean the data cannot be read as ours, so the copy is no backup.
    schema_guard::refuse_broken_own(&conn, "main", path)?;
    if header.version == 0 {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            detail: "its schema version is 0: it holds none of Leadometer's tables".into(),
        });
    }
    Ok(())
}

/// Opens a private scratch file (a batch from the server, the prepared copy of
/// another file): nothing in it outlives the work it was made for, so its writes do
/// not wait for the disk. A crash leaves it half-written; it is swept at the next
/// start. Waiting cost a compaction about as much as all its own work.
pub(crate) fn open_scratch(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.pragma_update(None, "journal_mode", "MEMORY")?;
    Ok(conn)
}

/// Copies every page of `from` over `to` in one step, so that the copy is one
/// consistent moment even while others write. A writer holding the file only
/// delays it.
pub(crate) fn copy_whole(from: &Connection, to: &mut Connection) -> Result<()> {
    let backup = Backup::new_with_names(from, MAIN_DB, to, MAIN_DB)?;
    for _ in 0..100 {
        if backup.step(-1)? == StepResult::Done {
            return Ok(());
        }
        // Busy or locked: another connection is writing.
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(StoreError::invalid(
        "backup",
        "the file stayed locked by another program for 10 s; try again",
    ))
}
