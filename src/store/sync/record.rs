//! The conflicts a merge keeps on record: both versions of every field two copies
//! changed without seeing each other's change.

use super::Conflict;
use crate::store::Result;
use rusqlite::Transaction;
use rusqlite::types::Value;

/// Keeps both versions of every conflicting field; one losing write is one record,
/// however many merges meet it.
pub(super) fn record_conflicts(tx: &Transaction<'_>, conflicts: &[Conflict]) -> Result<()> {
    let mut stmt = tx.prepare(
        "INSERT INTO main.overwritten (table_name, row_id, contact_id, field, lost_value,
             lost_clock, lost_by, kept_value, kept_clock, kept_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (table_name, row_id, field, lost_clock) DO UPDATE SET
             kept_value = excluded.kept_value, kept_clock = excluded.kept_clock,
             kept_by = excluded.kept_by
         WHERE excluded.kept_clock > overwritten.kept_clock",
    )?;
    for c in conflicts {
        stmt.execute(rusqlite::params![
            c.table,
            c.row_id,
            c.contact_id,
            c.field,
            value_of(&c.lost),
            c.lost_clock,
            c.lost_by,
            value_of(&c.kept),
            c.kept_clock,
            c.kept_by,
        ])?;
    }
    Ok(())
}

fn value_of(json: &serde_json::Value) -> Value {
    match json {
        serde_json::Value::Number(n) => n.as_i64().map_or_else(
            || Value::Real(n.as_f64().unwrap_or_default()),
            Value::Integer,
        ),
        serde_json::Value::String(t) => Value::Text(t.clone()),
        _ => Value::Null,
    }
}
