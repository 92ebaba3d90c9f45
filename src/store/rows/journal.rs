//! What one action wrote, row by row, as each row was before and after it, for an
//! undo to write the earlier values back (`rules::undo`).
//!
//! Temporary triggers record it: they live on this connection alone, never in the
//! file (so neither a colleague's copy nor the schema check ever sees them), and
//! only fire while recording is switched on. Their journal is a temporary table, so
//! a write that rolls back takes its rows out of the journal with it.
//!
//! Only the tables that are merged between copies are recorded: what is derived
//! from them (search rows, scores) is rebuilt after an undo, never written back.
//! (SQLite's pre-update hook would do the same, but it needs bindgen and libclang
//! at build time, which a machine with only the Rust toolchain does not have.)

use super::MERGED;
use crate::store::Result;
use rusqlite::Connection;
use rusqlite::types::Value;

/// One row an action wrote: its values, column by column in the table's order,
/// before (None: inserted) and after (None: deleted).
#[derive(Debug, Clone, PartialEq)]
pub struct RowImage {
    pub table: &'static str,
    pub id: String,
    pub before: Option<Vec<Value>>,
    pub after: Option<Vec<Value>>,
}

/// Switches recording on, creating the journal and its triggers on first use.
pub(crate) fn start(conn: &Connection) -> Result<()> {
    // The journal and its triggers live as long as the connection: made once. The
    // journal table comes last, so it stands only once every trigger does; a start
    // that failed half-way makes what is missing the next time.
    let made: bool = conn
        .prepare_cached("SELECT count(*) FROM temp.sqlite_master WHERE name = 'undo_journal'")?
        .query_row([], |r| r.get(0))?;
    if !made {
        conn.execute_batch("CREATE TEMP TABLE IF NOT EXISTS undo_recording (on_ INTEGER);")?;
        for table in MERGED {
            conn.execute_batch(&triggers(conn, table)?)?;
        }
        conn.execute_batch(
            "CREATE TEMP TABLE undo_journal (
                 seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, before TEXT, after TEXT);",
        )?;
    }
    conn.execute_batch(
        "DELETE FROM temp.undo_journal;
         DELETE FROM temp.undo_recording;
         INSERT INTO temp.undo_recording VALUES (1);",
    )?;
    Ok(())
}

/// Switches recording off and returns what committed writes did to the journaled
/// tables since `start`, each row once (its first "before", its last "after"), in
/// the order first touched.
pub(crate) fn finish(conn: &Connection) -> Result<Vec<RowImage>> {
    conn.execute("DELETE FROM temp.undo_recording", [])?;
    let mut rows: Vec<RowImage> = Vec::new();
    {
        let mut statement =
            conn.prepare("SELECT tbl, before, after FROM temp.undo_journal ORDER BY seq")?;
        let mut found = statement.query([])?;
        while let Some(r) = found.next()? {
            let table: String = r.get(0)?;
            let Some(table) = MERGED.into_iter().find(|t| *t == table) else {
                continue;
            };
            let before = r.get::<_, Option<String>>(1)?.map(|json| values(&json));
            let after = r.get::<_, Option<String>>(2)?.map(|json| values(&json));
            let Some(id) = before.as_ref().or(after.as_ref()).and_then(|v| id_of(v)) else {
                continue;
            };
            match rows
                .iter_mut()
                .find(|row| row.table == table && row.id == id)
            {
                Some(row) => row.after = after,
                None => rows.push(RowImage {
                    table,
                    id,
                    before,
                    after,
                }),
            }
        }
    }
    conn.execute("DELETE FROM temp.undo_journal", [])?;
    Ok(rows)
}

/// The three triggers that journal `table`'s inserts, updates and deletes, each row
/// as a JSON array of its columns in the table's order.
fn triggers(conn: &Connection, table: &str) -> Result<String> {
    let columns: Vec<String> = columns_of(conn, table)?
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect();
    let image = |row: &str| {
        let listed: Vec<String> = columns.iter().map(|c| format!("{row}.{c}")).collect();
        format!("json_array({})", listed.join(", "))
    };
    let trigger = |event: &str, before: &str, after: &str| {
        format!(
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_{event}_{table} AFTER {event} ON main.{table}
             WHEN EXISTS (SELECT 1 FROM temp.undo_recording)
             BEGIN INSERT INTO temp.undo_journal (tbl, before, after) VALUES ('{table}', {before}, {after}); END;"
        )
    };
    Ok([
        trigger("insert", "NULL", &image("NEW")),
        trigger("update", &image("OLD"), &image("NEW")),
        trigger("delete", &image("OLD"), "NULL"),
    ]
    .join("\n"))
}

/// The table's columns, in the order the journal records their values.
pub(crate) fn columns_of(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let statement = conn.prepare_cached(&format!("SELECT * FROM main.{table} LIMIT 0"))?;
    Ok(statement.column_names().map(str::to_string).collect())
}

/// A row's values from the journal's JSON array.
fn values(json: &str) -> Vec<Value> {
    let parsed: Vec<serde_json::Value> = serde_json::from_str(json).unwrap_or_default();
    parsed
        .into_iter()
        .map(|value| match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Integer(i64::from(b)),
            serde_json::Value::Number(n) => n
                .as_i64()
                .map_or_else(|| Value::Real(n.as_f64().unwrap_or(0.0)), Value::Integer),
            serde_json::Value::String(text) => Value::Text(text),
            other => Value::Text(other.to_string()),
        })
        .collect()
}

fn id_of(values: &[Value]) -> Option<String> {
    match values.first()? {
        Value::Text(id) => Some(id.clone()),
        _ => None,
    }
}
