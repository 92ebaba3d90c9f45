//! What this desk owes the team server (src/server): the rows changed here since the
//! last push, recorded in the same transaction as the change itself, and how far
//! into every other desk's change log this file has merged.
//!
//! Temporary triggers record the changes, like the undo journal's: they live on
//! each connection, never in the file, and record only once this file has joined a
//! server. A row is recorded once however often it changes before a push (its
//! latest state is what gets pushed), at the place it was first changed, so that a
//! contact is always pushed before the call logged on it.

use crate::store::rows::MERGED;
use crate::store::rows::journal::columns_of;
use crate::store::rows::meta::{read_meta, write_meta};
use crate::store::{Result, Store};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use std::collections::BTreeMap;

/// The meta key naming the office whose server this file has joined.
pub const SERVER_OFFICE: &str = "server_office";
/// The meta key holding the last sequence number this desk gave a change it pushed.
pub const SERVER_SEQ: &str = "server_seq";

/// One row owed to the server: where it sits in the outbox, how often it was changed
/// (so that a change made while it was being pushed is pushed again), and its
/// values by column as they are now.
#[derive(Debug, Clone)]
pub struct OwedRow {
    pub seq: i64,
    pub touches: i64,
    pub table: &'static str,
    pub row_id: String,
    pub row: serde_json::Map<String, serde_json::Value>,
}

/// Makes this connection record changes to the outbox, once the file has joined a
/// server: asked of the file at each write, not of this connection, because another
/// connection (the desk's sync thread) may join while this one stays open.
pub(crate) fn install(conn: &Connection) -> Result<()> {
    conn.execute_batch("CREATE TEMP TABLE IF NOT EXISTS outbox_paused (on_ INTEGER);")?;
    for table in MERGED {
        for event in ["INSERT", "UPDATE"] {
            conn.execute_batch(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS outbox_{event}_{table} AFTER {event} ON main.{table}
                 WHEN EXISTS (SELECT 1 FROM main.meta WHERE key = '{SERVER_OFFICE}')
                     AND NOT EXISTS (SELECT 1 FROM temp.outbox_paused)
                 BEGIN
                     INSERT INTO main.server_outbox (tbl, row_id) VALUES ('{table}', NEW.id)
                     ON CONFLICT (tbl, row_id) DO UPDATE SET touches = touches + 1;
                 END;"
            ))?;
        }
    }
    Ok(())
}

/// Pauses recording on this connection, or resumes it: what a server's changes
/// bring in is no change of this desk's to push back.
pub(crate) fn pause(conn: &Connection, paused: bool) -> Result<()> {
    conn.execute("DELETE FROM temp.outbox_paused", [])?;
    if paused {
        conn.execute("INSERT INTO temp.outbox_paused VALUES (1)", [])?;
    }
    Ok(())
}

/// Puts every row the file holds in the outbox: what a server that has never heard
/// of them (a desk joining with rows of its own, a server restored from an older
/// dump) must be given.
pub(crate) fn owe_everything(tx: &Transaction<'_>) -> Result<usize> {
    let mut owed = 0;
    for table in MERGED {
        // The starter templates every new file holds, as seeded, are on every desk
        // already: 200 desks need not each push the same twelve rows.
        let unless_seeded = match table {
            "templates" => "id LIKE 'starter-%' AND clocks = '{}' AND clock = ?1",
            _ => "false AND ?1 IS NULL",
        };
        owed += tx.execute(
            &format!(
                "INSERT INTO server_outbox (tbl, row_id)
                 SELECT '{table}', id FROM main.{table} WHERE NOT ({unless_seeded})
                 ON CONFLICT (tbl, row_id) DO UPDATE SET touches = touches + 1"
            ),
            [crate::store::rows::templates::seed_clock()],
        )?;
    }
    Ok(owed)
}

/// A row's values by column, as the server keeps them.
fn row_json(
    conn: &Connection,
    table: &str,
    id: &str,
) -> Result<Option<serde_json::Map<String, serde_json::Value>>> {
    let columns = columns_of(conn, table)?;
    let mut statement =
        conn.prepare_cached(&format!("SELECT * FROM main.{table} WHERE id = ?1"))?;
    let row = statement
        .query_row([id], |r| {
            let mut map = serde_json::Map::new();
            for (i, column) in columns.iter().enumerate() {
                let value = match r.get::<_, Value>(i)? {
                    Value::Null => serde_json::Value::Null,
                    Value::Integer(n) => n.into(),
                    Value::Real(x) => serde_json::Number::from_f64(x)
                        .map_or(serde_json::Value::Null, serde_json::Value::Number),
                    Value::Text(text) => text.into(),
                    // No table the server carries holds a blob.
                    Value::Blob(bytes) => String::from_utf8_lossy(&bytes).into_owned().into(),
                };
                map.insert(column.clone(), value);
            }
            Ok(map)
        })
        .optional()?;
    Ok(row)
}

impl Store {
    /// The office of the server this file has joined, if any.
    pub fn server_office(&self) -> Result<Option<String>> {
        read_meta(self.conn(), SERVER_OFFICE)
    }

    /// Joins the server of `office`: from now on every change is recorded for it,
    /// and every row already here is owed to it. Joining the same office again
    /// changes nothing; another office's server is the caller's to refuse.
    pub fn join_server(&mut self, office: &str) -> Result<usize> {
        if self.server_office()?.as_deref() == Some(office) {
            return Ok(0);
        }
        let tx = self.conn.transaction()?;
        let owed = owe_everything(&tx)?;
        write_meta(&tx, SERVER_OFFICE, office)?;
        tx.commit()?;
        Ok(owed)
    }

    /// Puts every row in the outbox again: rows taken whole, never written row by row.
    pub fn owe_everything_again(&mut self) -> Result<usize> {
        let tx = self.conn.transaction()?;
        let owed = owe_everything(&tx)?;
        tx.commit()?;
        Ok(owed)
    }

    /// How many rows wait to be pushed.
    pub fn owed_count(&self) -> Result<usize> {
        Ok(self
            .conn()
            .query_row("SELECT count(*) FROM server_outbox", [], |r| {
                r.get::<_, i64>(0)
            })? as usize)
    }

    /// The first `limit` rows owed to the server, in the order first changed, as
    /// they are now. A row since gone from the file (never: rows are tombstoned) is
    /// dropped from the outbox.
    pub fn owed_rows(&self, limit: usize) -> Result<Vec<OwedRow>> {
        let mut statement = self.conn().prepare_cached(
            "SELECT seq, touches, tbl, row_id FROM server_outbox ORDER BY seq LIMIT ?1",
        )?;
        let listed = statement
            .query_map([limit as i64], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut owed = Vec::with_capacity(listed.len());
        for (seq, touches, table, row_id) in listed {
            let Some(table) = MERGED.into_iter().find(|t| *t == table) else {
                continue;
            };
            if let Some(row) = row_json(self.conn(), table, &row_id)? {
                owed.push(OwedRow {
                    seq,
                    touches,
                    table,
                    row_id,
                    row,
                });
            }
        }
        Ok(owed)
    }

    /// The last sequence number this desk gave a pushed change.
    pub fn server_seq(&self) -> Result<i64> {
        Ok(read_meta(self.conn(), SERVER_SEQ)?
            .and_then(|s| s.parse().ok())
            .unwrap_or(0))
    }

    /// The server holds `pushed` under sequence numbers up to `last_seq`: they leave
    /// the outbox, but for a row changed again meanwhile, which stays owed.
    pub fn pushed(&mut self, pushed: &[OwedRow], last_seq: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut done =
                tx.prepare_cached("DELETE FROM server_outbox WHERE seq = ?1 AND touches = ?2")?;
            for row in pushed {
                done.execute(params![row.seq, row.touches])?;
            }
        }
        let before: i64 = read_meta(&tx, SERVER_SEQ)?
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        write_meta(&tx, SERVER_SEQ, &before.max(last_seq).to_string())?;
        tx.commit()?;
        Ok(())
    }

    /// How far into each other desk's change log this file has merged.
    pub fn server_cursors(&self) -> Result<BTreeMap<String, i64>> {
        cursors(self.conn())
    }
}

pub(crate) fn cursors(conn: &Connection) -> Result<BTreeMap<String, i64>> {
    let mut statement = conn.prepare_cached("SELECT device, seq FROM server_cursors")?;
    let rows = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Moves the cursors up to `reached`, never down.
pub(crate) fn advance_cursors(tx: &Transaction<'_>, reached: &BTreeMap<String, i64>) -> Result<()> {
    let mut statement = tx.prepare_cached(
        "INSERT INTO server_cursors (device, seq) VALUES (?1, ?2)
         ON CONFLICT (device) DO UPDATE SET seq = max(seq, excluded.seq)",
    )?;
    for (device, seq) in reached {
        statement.execute(params![device, seq])?;
    }
    Ok(())
}

/// A row the server gave that could not even be written into a batch file: table,
/// row id, the row as JSON, and why.
pub type UnwritableRow = (String, String, String, String);

impl Store {
    /// Merges one batch of a desk's entries (written as a file of ours at `batch`,
    /// known as `source`), keeps the rows that could not be written, and moves the
    /// cursors to `reached`, all in one transaction.
    pub fn take_server_batch(
        &mut self,
        now: chrono::DateTime<chrono::Utc>,
        batch: &std::path::Path,
        source: &std::path::Path,
        unwritable: &[UnwritableRow],
        reached: &BTreeMap<String, i64>,
    ) -> Result<super::MergeReport> {
        let refused: Vec<super::quarantine::Refused> = unwritable
            .iter()
            .map(
                |(table, row_id, row_json, reason)| super::quarantine::Refused {
                    table: table.clone(),
                    row_id: row_id.clone(),
                    row_json: row_json.clone(),
                    reason: reason.clone(),
                },
            )
            .collect();
        let name = source.display().to_string();
        let at = crate::store::rows::ms(now);
        let kept = std::cell::RefCell::new(Vec::new());
        let mut report = self.merge_server_batch(now, batch, source, false, &|tx| {
            let (new, _) = super::quarantine::keep(tx, &refused, &name, at)?;
            kept.borrow_mut().extend(new);
            advance_cursors(tx, reached)
        })?;
        report.not_taken.rows_set_aside.extend(kept.into_inner());
        Ok(report)
    }

    /// Takes the server's snapshot (a file of ours at `file`): whole into a file
    /// that holds nothing, else row by row; then the cursors move to `reached`.
    pub fn take_server_snapshot(
        &mut self,
        now: chrono::DateTime<chrono::Utc>,
        file: &std::path::Path,
        reached: &BTreeMap<String, i64>,
    ) -> Result<super::MergeReport> {
        self.merge_server_batch(
            now,
            file,
            std::path::Path::new("server:snapshot"),
            true,
            &|tx| advance_cursors(tx, reached),
        )
    }

    /// The server holds less than this file took from it (restored from an older
    /// dump): the cursors of the desks it lost entries of go back to what it holds,
    /// and every row here is owed to it again, so that it gets back what it lost.
    pub fn server_lost(&mut self, heads: &BTreeMap<String, i64>) -> Result<usize> {
        let tx = self.conn.transaction()?;
        for (device, head) in heads {
            tx.execute(
                "UPDATE server_cursors SET seq = ?2 WHERE device = ?1",
                params![device, head],
            )?;
        }
        let owed = owe_everything(&tx)?;
        tx.commit()?;
        Ok(owed)
    }
}

#[cfg(test)]
#[path = "outbox_tests.rs"]
mod tests;
