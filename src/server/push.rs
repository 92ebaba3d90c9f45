//! Giving the server this desk's changes: the outbox, in order, in batches, each
//! batch one server transaction under this desk's next sequence numbers. An entry
//! the server already holds is skipped (`ON CONFLICT DO NOTHING`), so a push cut
//! off half-way and tried again never doubles anything.

use super::ServerError;
use crate::progress::{Progress, all_done};
use crate::store::Store;
use postgres::Client;
use std::collections::BTreeMap;

/// Rows per server transaction.
pub const ROWS_PER_PUSH: usize = 2_000;

/// Pushes everything owed; how many rows went. Tells `progress` the rows sent of
/// the rows owed, after each transaction.
pub fn push(
    client: &mut Client,
    store: &mut Store,
    progress: &mut dyn Progress,
) -> Result<usize, ServerError> {
    let device = store.device().to_string();
    let mut pushed = 0;
    let mut refilled = false;
    // Rows sent, whether the server already held them or not.
    let mut sent = 0;
    let mut owed_in_all = 0;
    loop {
        // What was owed grows when the server turns out to have lost entries.
        owed_in_all = owed_in_all.max(sent + store.owed_count()?);
        progress.reached(sent as u64, owed_in_all as u64);
        let owed = store.owed_rows(ROWS_PER_PUSH)?;
        if owed.is_empty() {
            all_done(progress, sent);
            return Ok(pushed);
        }
        let vector: BTreeMap<String, String> = store
            .version_vector()?
            .into_iter()
            .map(|(device, clock)| (device, clock.to_string()))
            .collect();
        let cursors = store.server_cursors()?;
        let mut tx = client.transaction()?;
        tx.execute(
            "INSERT INTO leadometer.devices (device) VALUES ($1) ON CONFLICT (device) DO NOTHING",
            &[&device],
        )?;
        let head: i64 = tx
            .query_one(
                "SELECT greatest(
                     coalesce((SELECT max(seq) FROM leadometer.changes WHERE device = $1), 0),
                     coalesce((SELECT through_seq FROM leadometer.compacted WHERE device = $1), 0))",
                &[&device],
            )?
            .get(0);
        let local = store.server_seq()?;
        if head < local && !refilled {
            // The server lost entries of ours (restored from an older dump): all
            // that is here goes again, numbered past anything anyone has read.
            tx.rollback()?;
            store.server_lost(&BTreeMap::new())?;
            refilled = true;
            continue;
        }
        let first = head.max(local) + 1;
        pushed += send(&mut tx, &device, first, &owed, &vector, &cursors)?;
        tx.commit()?;
        store.pushed(&owed, first + owed.len() as i64 - 1)?;
        sent += owed.len();
    }
}

/// Inserts one batch and the push that names it; tells the listening desks.
fn send(
    tx: &mut postgres::Transaction<'_>,
    device: &str,
    first: i64,
    owed: &[crate::store::OwedRow],
    vector: &BTreeMap<String, String>,
    cursors: &BTreeMap<String, i64>,
) -> Result<usize, ServerError> {
    let seqs: Vec<i64> = (first..first + owed.len() as i64).collect();
    let tables: Vec<&str> = owed.iter().map(|o| o.table).collect();
    let ids: Vec<&str> = owed.iter().map(|o| o.row_id.as_str()).collect();
    let rows: Vec<serde_json::Value> = owed
        .iter()
        .map(|o| serde_json::Value::Object(o.row.clone()))
        .collect();
    let inserted = tx.execute(
        "INSERT INTO leadometer.changes (device, seq, tbl, row_id, row)
         SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::jsonb[])
         ON CONFLICT (device, seq) DO NOTHING",
        &[&device, &seqs, &tables, &ids, &rows],
    )?;
    let last = first + owed.len() as i64 - 1;
    tx.execute(
        "INSERT INTO leadometer.pushes (device, last_seq, schema_version, vector, cursors)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (device, last_seq) DO NOTHING",
        &[
            &device,
            &last,
            &(crate::store::SCHEMA_VERSION as i32),
            &serde_json::to_value(vector).unwrap_or_default(),
            &serde_json::to_value(cursors).unwrap_or_default(),
        ],
    )?;
    tx.execute("SELECT pg_notify('leadometer', $1)", &[&device])?;
    Ok(inserted as usize)
}
