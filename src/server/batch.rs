//! One desk's entries from the server, written as a Leadometer file of their own,
//! so that the merge that takes them is the very one that takes a colleague's
//! file: every protection it has (rows that break our rules set aside, clocks not
//! believed, control characters cleaned) holds for what comes from the server too.

use crate::config::Config;
use crate::store::{
    Result as StoreResult, Store, StoreError, UnwritableRow, open_scratch, write_meta,
};
use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One entry of a desk's change log: a row as that desk held it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub seq: i64,
    pub table: String,
    pub row_id: String,
    pub row: serde_json::Value,
}

/// Empty files of ours to write batches into: made once per sync (a file's schema
/// takes a few milliseconds to create), copied for each batch.
pub struct Batches {
    dir: tempfile::TempDir,
    blank: PathBuf,
    made: usize,
}

impl Batches {
    pub fn new() -> StoreResult<Batches> {
        let dir = tempfile::Builder::new()
            .prefix("leadometer-server-")
            .tempdir()
            .map_err(|e| StoreError::from_io(&std::env::temp_dir(), e))?;
        let blank = dir.path().join("blank.db");
        drop(Store::open(&blank, &Config::default())?);
        let conn = open_scratch(&blank)?;
        // The starter templates every new file holds are no entry of anybody's.
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF; DELETE FROM templates; PRAGMA journal_mode = DELETE;",
        )?;
        drop(conn);
        Ok(Batches {
            dir,
            blank,
            made: 0,
        })
    }

    /// A new file holding `entries` (one version of each row), as written by desks
    /// that had seen `vector` together.
    pub fn write(
        &mut self,
        vector: &BTreeMap<String, String>,
        entries: &[&Entry],
    ) -> StoreResult<(PathBuf, Vec<UnwritableRow>)> {
        self.made += 1;
        let path = self.dir.path().join(format!("batch-{}.db", self.made));
        std::fs::copy(&self.blank, &path).map_err(|e| StoreError::from_io(&path, e))?;
        let mut conn = open_scratch(&path)?;
        // One insert statement per table and set of columns, prepared once: parsing
        // it for every entry was a fifth of a compaction's time.
        conn.set_prepared_statement_cache_capacity(64);
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        let tx = conn.transaction()?;
        // The file is nobody's: what the desks had seen is in its replicas, which
        // the merge weighs the rows against; its own clock is none.
        write_meta(&tx, "device_id", "server")?;
        tx.execute(
            "DELETE FROM meta WHERE key IN ('clock', 'last_own_change')",
            [],
        )?;
        for (device, clock) in vector {
            tx.execute(
                "INSERT OR REPLACE INTO replicas (device, clock) VALUES (?1, ?2)",
                [device, clock],
            )?;
        }
        let mut latest: BTreeMap<(&str, &str), &Entry> = BTreeMap::new();
        for entry in entries {
            latest.insert((entry.table.as_str(), entry.row_id.as_str()), entry);
        }
        let mut unwritable = Vec::new();
        for table in crate::store::MERGED_TABLES {
            let columns = columns(&tx, table)?;
            for entry in latest.values().filter(|e| e.table == table) {
                if let Err(reason) = insert(&tx, table, &columns, entry) {
                    // Kept in set_aside, and shown: the whole row is in its JSON.
                    unwritable.push((
                        entry.table.clone(),
                        crate::domain::text::clean_line(&entry.row_id),
                        entry.row.to_string(),
                        reason,
                    ));
                }
            }
        }
        for entry in latest.values() {
            if !crate::store::MERGED_TABLES.contains(&entry.table.as_str()) {
                unwritable.push((
                    crate::domain::text::clean_line(&entry.table),
                    crate::domain::text::clean_line(&entry.row_id),
                    entry.row.to_string(),
                    "no table of that name".into(),
                ));
            }
        }
        tx.commit()?;
        Ok((path, unwritable))
    }

    /// Removes a batch once merged.
    pub fn done(&self, path: &Path) {
        let _ = std::fs::remove_file(path);
    }
}

fn columns(conn: &Connection, table: &str) -> StoreResult<Vec<String>> {
    let statement = conn.prepare(&format!("SELECT * FROM main.\"{table}\" LIMIT 0"))?;
    Ok(statement.column_names().map(String::from).collect())
}

/// Writes one entry's row; why not, when the row is no object, names another row,
/// or holds a value its column cannot.
fn insert(
    conn: &Connection,
    table: &str,
    columns: &[String],
    entry: &Entry,
) -> std::result::Result<(), String> {
    let serde_json::Value::Object(row) = &entry.row else {
        return Err("the entry holds no row".into());
    };
    if row.get("id").and_then(|v| v.as_str()) != Some(entry.row_id.as_str()) {
        return Err("the row's id is not the entry's".into());
    }
    let mut names = Vec::new();
    let mut values = Vec::new();
    for column in columns {
        if let Some(value) = row.get(column) {
            names.push(format!("\"{column}\""));
            values.push(sql_value(value));
        }
    }
    let marks = (1..=values.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "INSERT OR REPLACE INTO main.\"{table}\" ({}) VALUES ({marks})",
        names.join(", ")
    );
    conn.prepare_cached(&sql)
        .and_then(|mut statement| statement.execute(params_from_iter(values)))
        .map(|_| ())
        .map_err(|e| crate::domain::text::clean_line(&e.to_string()))
}

/// A JSON value as SQLite stores it: numbers stay numbers, anything nested is its
/// JSON text (which a strict column then refuses, and the row is set aside).
fn sql_value(value: &serde_json::Value) -> Value {
    match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Integer(i64::from(*b)),
        serde_json::Value::Number(n) => n
            .as_i64()
            .map_or_else(|| Value::Real(n.as_f64().unwrap_or(0.0)), Value::Integer),
        serde_json::Value::String(text) => Value::Text(text.clone()),
        nested => Value::Text(nested.to_string()),
    }
}
