//! The office as of some point of every log, kept on the server as a Leadometer
//! file in chunks: a new desk takes it whole (seconds at 100k contacts, where
//! replaying every entry would take minutes), and compaction removes the entries
//! it holds.

use super::ServerError;
use super::pull;
use crate::config::Config;
use crate::store::{MergeReport, Store, StoreError};
use chrono::{DateTime, Utc};
use postgres::Client;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::PathBuf;

/// A chunk's size: well under PostgreSQL's 1 GB limit for a value, small enough to
/// keep memory flat.
const CHUNK: usize = 8 << 20;

/// A snapshot downloaded to a private file.
pub struct Downloaded {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
    pub cursors: BTreeMap<String, i64>,
}

fn temp_dir() -> Result<tempfile::TempDir, ServerError> {
    tempfile::Builder::new()
        .prefix("leadometer-snapshot-")
        .tempdir()
        .map_err(|e| ServerError::Store(StoreError::from_io(&std::env::temp_dir(), e)))
}

/// Downloads snapshot `id`, in the reading transaction `tx`.
pub fn download(tx: &mut postgres::Transaction<'_>, id: i64) -> Result<Downloaded, ServerError> {
    let row = tx.query_one(
        "SELECT cursors, schema_version, bytes FROM leadometer.snapshots WHERE id = $1",
        &[&id],
    )?;
    let cursors: serde_json::Value = row.get(0);
    let version = i64::from(row.get::<_, i32>(1));
    if version > crate::store::SCHEMA_VERSION {
        return Err(ServerError::NewerSnapshot { found: version });
    }
    let expected: i64 = row.get(2);
    let dir = temp_dir()?;
    let path = dir.path().join("snapshot.db");
    let mut file = std::fs::File::create(&path).map_err(|e| StoreError::from_io(&path, e))?;
    let mut written = 0i64;
    let mut chunks = tx.query_raw(
        "SELECT bytes FROM leadometer.snapshot_chunks WHERE snapshot = $1 ORDER BY n",
        &[&id],
    )?;
    use postgres::fallible_iterator::FallibleIterator;
    while let Some(row) = chunks.next()? {
        let bytes: &[u8] = row.get(0);
        file.write_all(bytes)
            .map_err(|e| StoreError::from_io(&path, e))?;
        written += bytes.len() as i64;
    }
    file.sync_all().map_err(|e| StoreError::from_io(&path, e))?;
    if written != expected {
        return Err(ServerError::Damaged {
            detail: format!("snapshot {id} holds {written} bytes of {expected}"),
        });
    }
    Ok(Downloaded {
        _dir: dir,
        path,
        cursors: serde_json::from_value(cursors).map_err(|e| ServerError::Damaged {
            detail: format!("snapshot {id}'s cursors: {e}"),
        })?,
    })
}

/// Takes a downloaded snapshot into `store`; the cursors move to the snapshot's.
pub fn take(
    store: &mut Store,
    now: DateTime<Utc>,
    snapshot: &Downloaded,
) -> Result<MergeReport, ServerError> {
    crate::store::safety::verify_copy(&snapshot.path)?;
    let mut reached = snapshot.cursors.clone();
    // A desk's own entries in the snapshot are what it already has.
    reached.remove(store.device());
    Ok(store.take_server_snapshot(now, &snapshot.path, &reached)?)
}

/// What compaction did.
#[derive(Debug, Default, serde::Serialize, schemars::JsonSchema)]
pub struct Compacted {
    pub snapshot: i64,
    pub bytes: i64,
    pub entries_removed: u64,
    pub contacts: i64,
}

/// Builds the office's state from the last snapshot and every entry after it, in
/// a private file, stores it as the new snapshot, and removes the entries it holds.
/// Only the schema's owner may: the desks' roles cannot delete.
pub fn compact(client: &mut Client, now: DateTime<Utc>) -> Result<Compacted, ServerError> {
    let dir = temp_dir()?;
    let path = dir.path().join("office.db");
    let mut office = Store::open(&path, &Config::default())?;
    office.as_scratch()?;
    pull::pull(client, &mut office, now, &mut crate::progress::Unseen)?;
    let cursors = office.server_cursors()?;
    let contacts = office.contact_count()?;
    drop(office);
    // One clean file: no -wal beside it, no free pages.
    let clean = dir.path().join("snapshot.db");
    let conn = crate::store::open_scratch(&path)?;
    conn.execute("VACUUM INTO ?1", [clean.to_string_lossy().as_ref()])
        .map_err(StoreError::from)?;
    drop(conn);
    // The private file's own identity and bookkeeping are nobody's.
    let conn = crate::store::open_scratch(&clean)?;
    conn.execute_batch("DELETE FROM server_outbox; DELETE FROM server_cursors; VACUUM;")
        .map_err(StoreError::from)?;
    drop(conn);
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock(7405442001)", &[])?;
    let bytes = std::fs::metadata(&clean)
        .map_err(|e| StoreError::from_io(&clean, e))?
        .len() as i64;
    let cursors_json = serde_json::to_value(&cursors).unwrap_or_default();
    let id: i64 = tx
        .query_one(
            "INSERT INTO leadometer.snapshots (schema_version, cursors, bytes) VALUES ($1, $2, $3) RETURNING id",
            &[&(crate::store::SCHEMA_VERSION as i32), &cursors_json, &bytes],
        )?
        .get(0);
    let mut file = std::fs::File::open(&clean).map_err(|e| StoreError::from_io(&clean, e))?;
    let mut buffer = vec![0u8; CHUNK];
    let mut n = 0i32;
    loop {
        let mut filled = 0;
        while filled < CHUNK {
            let read = file
                .read(&mut buffer[filled..])
                .map_err(|e| StoreError::from_io(&clean, e))?;
            if read == 0 {
                break;
            }
            filled += read;
        }
        if filled == 0 {
            break;
        }
        tx.execute(
            "INSERT INTO leadometer.snapshot_chunks (snapshot, n, bytes) VALUES ($1, $2, $3)",
            &[&id, &n, &&buffer[..filled]],
        )?;
        n += 1;
    }
    let mut removed = 0;
    for (device, seq) in &cursors {
        removed += tx.execute(
            "DELETE FROM leadometer.changes WHERE device = $1 AND seq <= $2",
            &[device, seq],
        )?;
        // The push that covers the newest entry kept stays: it still names what
        // the entries after the snapshot were pushed with.
        tx.execute(
            "DELETE FROM leadometer.pushes WHERE device = $1 AND last_seq <= $2",
            &[device, seq],
        )?;
        tx.execute(
            "INSERT INTO leadometer.compacted (device, through_seq) VALUES ($1, $2)
             ON CONFLICT (device) DO UPDATE SET through_seq = greatest(compacted.through_seq, excluded.through_seq)",
            &[device, seq],
        )?;
    }
    tx.execute("DELETE FROM leadometer.snapshots WHERE id < $1", &[&id])?;
    tx.commit()?;
    Ok(Compacted {
        snapshot: id,
        bytes,
        entries_removed: removed,
        contacts,
    })
}
