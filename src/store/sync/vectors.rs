//! Version vectors: what a file has seen of every device's changes, which tells a
//! conflict (neither side saw the other's change) from a plain later edit.

use crate::domain::hlc::Hlc;
use crate::store::file::inspect::open_untrusted;
use crate::store::rows::meta::{LAST_OWN_CHANGE, Stamp, read_meta, write_meta};
use crate::store::{Result, Store};
use rusqlite::{Connection, OptionalExtension, Transaction};
use std::collections::BTreeMap;
use std::path::Path;

impl Store {
    /// What this file has seen of every device's changes, its own included.
    pub fn version_vector(&self) -> Result<BTreeMap<String, Hlc>> {
        seen_by(self.conn(), "main")
    }
}

/// What each side has seen of every device: the version vector that tells a
/// conflict (neither saw the other's change) from a plain later edit.
pub(crate) fn seen_by(tx: &Connection, schema: &str) -> Result<BTreeMap<String, Hlc>> {
    let mut seen = BTreeMap::new();
    // A file from before replicas were kept has seen only itself.
    if let Ok(mut stmt) = tx.prepare(&format!("SELECT device, clock FROM {schema}.replicas")) {
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            if let Some(clock) = Hlc::parse(&row.get::<_, String>(1)?) {
                seen.insert(row.get(0)?, clock);
            }
        }
    }
    // A file from before this key existed counts its clock: it may be later than
    // its last change, which only makes a conflict look like a plain edit.
    let own: Option<String> = tx
        .query_row(
            &format!(
                "SELECT value FROM {schema}.meta WHERE key IN (?1, 'clock')
                 ORDER BY key = ?1 DESC LIMIT 1"
            ),
            [LAST_OWN_CHANGE],
            |r| r.get(0),
        )
        .ok();
    if let Some(clock) = own.as_deref().and_then(Hlc::parse) {
        note_seen(&mut seen, clock);
    }
    Ok(seen)
}

fn note_seen(seen: &mut BTreeMap<String, Hlc>, clock: Hlc) {
    match seen.get(&clock.device) {
        Some(known) if *known >= clock => {}
        _ => {
            seen.insert(clock.device.clone(), clock);
        }
    }
}

/// This file has now seen everything the other had: its vector moves up, and the
/// local clock moves past every stamp it brought: those of the other file's vector
/// (`seen_there`) and those of the rows it holds (`taken`, the latest believed clock
/// of each device), which a file not kept consistent may hold beyond its vector.
pub(super) fn remember_seen(
    tx: &Transaction<'_>,
    seen_there: &BTreeMap<String, Hlc>,
    taken: &BTreeMap<String, Hlc>,
    stamp: &Stamp,
) -> Result<()> {
    let mut seen_there = seen_there.clone();
    for clock in taken.values() {
        note_seen(&mut seen_there, clock.clone());
    }
    let own = read_meta(tx, "clock")?
        .and_then(|c| Hlc::parse(&c))
        .or_else(|| Hlc::parse(&stamp.clock));
    let Some(mut own) = own else {
        return Ok(());
    };
    for clock in seen_there.values() {
        if clock.device != own.device {
            // Compared as clocks: a stored value that is not one gives way.
            let known = tx
                .query_row(
                    "SELECT clock FROM main.replicas WHERE device = ?1",
                    [&clock.device],
                    |r| r.get::<_, String>(0),
                )
                .optional()?
                .and_then(|text| Hlc::parse(&text));
            if known.is_none_or(|known| known < *clock) {
                tx.execute(
                    "INSERT INTO main.replicas (device, clock) VALUES (?1, ?2)
                     ON CONFLICT (device) DO UPDATE SET clock = excluded.clock",
                    [&clock.device, &clock.to_string()],
                )?;
            }
        }
        own = own.observe(clock);
    }
    write_meta(tx, "clock", &own.to_string())
}

/// The identity a copy carries: which office's lead file it is a copy of.
pub fn database_id_of(path: &Path) -> Result<Option<String>> {
    let conn = open_untrusted(path)?;
    read_meta(&conn, "database_id")
}

/// What a copy has seen of every device's changes (see `Store::version_vector`).
pub fn version_vector_of(
    path: &Path,
) -> Result<std::collections::BTreeMap<String, crate::domain::hlc::Hlc>> {
    let conn = open_untrusted(path)?;
    seen_by(&conn, "main")
}
