//! What a merge writes beside the rows: the version vector (what each side has
//! seen of every device), the conflicts kept on record, and what is derived from
//! the rows it changed.

use super::Conflict;
use crate::config::Config;
use crate::domain::hlc::Hlc;
use crate::store::rows::ms;
use crate::store::{LAST_OWN_CHANGE, Result, Stamp, read_meta, write_meta};
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction};
use std::collections::BTreeMap;

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

/// Rebuilds what is derived from a contact's rows: its search row, its first
/// response and its score.
pub(in crate::store) fn refresh_derived(
    tx: &Transaction<'_>,
    contact_id: &str,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<()> {
    crate::store::contacts::refresh_search_row(tx, contact_id)?;
    let Some(contact) = crate::store::contacts::load_contact(tx, contact_id)? else {
        return Ok(());
    };
    let first_response = crate::store::interactions::timeline(tx, contact_id)?
        .iter()
        .filter(|i| {
            crate::domain::interaction::is_response(i.kind, i.direction, i.outcome.as_deref())
        })
        .map(|i| ms(i.occurred_at))
        .min();
    tx.execute(
        "UPDATE contact_search SET first_response_at = ?2 WHERE contact_id = ?1",
        rusqlite::params![contact_id, first_response],
    )?;
    let facts = crate::store::engine::facts_for(tx, &contact, config, now)?;
    let result = crate::domain::scoring::score(&config.scoring, &facts, now);
    crate::store::engine::save_score(tx, contact_id, result.total, result.temperature, now)?;
    Ok(())
}
