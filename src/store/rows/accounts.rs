//! Accounts: the companies that contacts belong to.

use super::meta::{Stamp, new_id};
use super::ms;
use crate::store::Result;
use rusqlite::{OptionalExtension, Transaction, params};

/// The id of the live account with this name (case-insensitive), created if missing.
pub(crate) fn ensure_account(tx: &Transaction<'_>, name: &str, stamp: &Stamp) -> Result<String> {
    let existing: Option<String> = tx
        .prepare_cached(
            "SELECT id FROM accounts WHERE name = ?1 COLLATE NOCASE AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
        )?
        .query_row([name], |r| r.get(0))
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = new_id();
    tx.prepare_cached(
        "INSERT INTO accounts (id, name, created_at, updated_at, updated_by, clock)
         VALUES (?1, ?2, ?3, ?3, ?4, ?5)",
    )?
    .execute(params![id, name, ms(stamp.at), stamp.user, stamp.clock])?;
    Ok(id)
}
