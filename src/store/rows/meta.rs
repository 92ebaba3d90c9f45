//! The meta table, and the stamp each write carries: the file's clock ticked once.

use crate::domain::hlc::Hlc;
use crate::store::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction};

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
