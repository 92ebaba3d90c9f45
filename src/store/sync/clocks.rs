//! Which change clocks a merge believes. A clock that is not in the exact written
//! form ("~~~~"), or that lies more than a day ahead of the merging machine's time,
//! would otherwise win every later merge and make its value permanent. Such a clock
//! counts as the lowest there is: its value loses to any trusted change, on every
//! machine alike, and the merge says which rows carried one.
//!
//! Why a day: a machine set to the wrong time zone is up to 14 hours off, and one
//! without network time drifts seconds a day; both must still merge normally. A
//! clock a day or more ahead is no clock a person's edit was made at.

use super::ClockDistrusted;
use super::quarantine::{Refused, capped};
use crate::domain::hlc::Hlc;
use crate::store::Result;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use std::collections::BTreeMap;

/// How far ahead of the merging machine's time a clock may be and still count.
pub const MAX_DRIFT_MS: i64 = 24 * 60 * 60 * 1000;

/// The latest wall time a merge at `now` believes.
pub(super) fn bound_at(now: DateTime<Utc>) -> i64 {
    now.timestamp_millis().saturating_add(MAX_DRIFT_MS)
}

/// Why a clock is not believed, or None when it is.
pub(super) fn distrust(text: &str, bound_ms: i64) -> Option<&'static str> {
    match Hlc::parse(text) {
        None => Some("not a clock"),
        Some(clock) if clock.wall_ms > bound_ms => Some("more than a day ahead"),
        Some(_) => None,
    }
}

/// The clock a merge compares by: the stamp itself when believed, else the lowest.
/// Both are in the written form, whose text order is the clock order.
pub(super) fn effective(text: &str, bound_ms: i64) -> String {
    match distrust(text, bound_ms) {
        None => text.to_string(),
        Some(_) => Hlc::lowest().to_string(),
    }
}

/// The tables whose rows carry an insert clock and a map of field clocks.
const CLOCKED: &[&str] = super::MUTABLE;

/// Puts the lowest clock in place of every clock not believed in the snapshot
/// (the private copy of the other file), and lists them.
pub(super) fn reset_distrusted(copy: &Connection, bound_ms: i64) -> Result<Vec<ClockDistrusted>> {
    let mut reset = Vec::new();
    for table in CLOCKED {
        let mut changes = Vec::new();
        {
            let mut stmt = copy.prepare(&format!(
                "SELECT rowid, id, clock, clocks FROM main.\"{table}\""
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let row_id: String = row.get(1)?;
                let clock: String = row.get(2)?;
                let clocks_text: String = row.get(3)?;
                let mut found = Vec::new();
                if let Some(why) = distrust(&clock, bound_ms) {
                    found.push(("clock".to_string(), clock.clone(), why));
                }
                // Set-aside ran first: what is left is an object of strings.
                let mut clocks: BTreeMap<String, String> =
                    serde_json::from_str(&clocks_text).unwrap_or_default();
                for (field, at) in clocks.iter_mut() {
                    if let Some(why) = distrust(at, bound_ms) {
                        found.push((field.clone(), std::mem::take(at), why));
                        *at = Hlc::lowest().to_string();
                    }
                }
                if found.is_empty() {
                    continue;
                }
                let new_clocks = if found.iter().any(|(field, ..)| field != "clock") {
                    serde_json::to_string(&clocks).unwrap_or_else(|_| clocks_text.clone())
                } else {
                    clocks_text
                };
                changes.push((
                    row.get::<_, i64>(0)?,
                    effective(&clock, bound_ms),
                    new_clocks,
                ));
                for (field, clock, why) in found {
                    reset.push(ClockDistrusted {
                        table: table.to_string(),
                        row_id: crate::domain::text::clean_line(&row_id),
                        field,
                        clock: shown(&clock),
                        reason: why.to_string(),
                    });
                }
            }
        }
        let mut update = copy.prepare(&format!(
            "UPDATE main.\"{table}\" SET clock = ?2, clocks = ?3 WHERE rowid = ?1"
        ))?;
        for (rowid, clock, clocks) in changes {
            update.execute(rusqlite::params![rowid, clock, clocks])?;
        }
    }
    Ok(reset)
}

/// The latest believed clock of each device among the rows of the snapshot (the
/// private copy of the other file, its distrusted clocks already put lowest): every
/// insert clock and every field clock. A merge takes these changes, so this file has
/// seen them, whatever the other file's own version vector says: a file whose rows
/// run ahead of its meta clock would otherwise leave this file's clock behind the
/// values it took, and an edit made here after seeing them would lose to them.
pub(super) fn latest_believed(copy: &Connection, bound_ms: i64) -> Result<BTreeMap<String, Hlc>> {
    let mut latest: BTreeMap<String, Hlc> = BTreeMap::new();
    for table in CLOCKED {
        // The written form sorts as the clocks do, so the text maximum per device
        // is the latest clock; each is parsed and bounded all the same.
        let sql = format!(
            "SELECT max(c) FROM (
                 SELECT clock AS c FROM main.\"{table}\" WHERE typeof(clock) = 'text'
                 UNION ALL
                 SELECT j.value FROM main.\"{table}\" t, json_each(t.clocks) j
                 WHERE json_valid(t.clocks) AND json_type(t.clocks) = 'object'
                     AND j.type = 'text')
             GROUP BY substr(c, 17 + instr(substr(c, 17), '-'))"
        );
        let mut stmt = copy.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let Some(text) = row.get::<_, Option<String>>(0)? else {
                continue;
            };
            let Some(clock) = Hlc::parse(&text).filter(|c| c.wall_ms <= bound_ms) else {
                continue;
            };
            if latest.get(&clock.device).is_none_or(|known| *known < clock) {
                latest.insert(clock.device.clone(), clock);
            }
        }
    }
    Ok(latest)
}

/// Takes out of the snapshot the records of earlier conflicts whose clocks are not
/// believed: a garbage kept_clock would otherwise decide, as text, which version a
/// record shows. They are kept aside like any refused row.
pub(super) fn take_out_bad_records(copy: &Connection, bound_ms: i64) -> Result<Vec<Refused>> {
    let mut found = Vec::new();
    {
        let mut stmt = copy.prepare(
            "SELECT rowid, table_name, row_id, field, lost_clock, kept_clock,
                 json_object('table_name', table_name, 'row_id', row_id, 'contact_id', contact_id,
                     'field', field, 'lost_value', CASE typeof(lost_value) WHEN 'blob' THEN hex(lost_value) ELSE lost_value END,
                     'lost_clock', lost_clock, 'lost_by', lost_by,
                     'kept_value', CASE typeof(kept_value) WHEN 'blob' THEN hex(kept_value) ELSE kept_value END,
                     'kept_clock', kept_clock, 'kept_by', kept_by)
             FROM main.overwritten",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let lost: String = row.get(4)?;
            let kept: String = row.get(5)?;
            let why = distrust(&lost, bound_ms)
                .map(|why| format!("its lost_clock is {why}"))
                .or_else(|| {
                    distrust(&kept, bound_ms).map(|why| format!("its kept_clock is {why}"))
                });
            if let Some(reason) = why {
                found.push((
                    row.get::<_, i64>(0)?,
                    Refused {
                        table: "overwritten".into(),
                        row_id: format!(
                            "{} {} {}",
                            row.get::<_, String>(1)?,
                            row.get::<_, String>(2)?,
                            row.get::<_, String>(3)?
                        ),
                        row_json: row.get(6)?,
                        reason,
                    },
                ));
            }
        }
    }
    let mut delete = copy.prepare("DELETE FROM main.overwritten WHERE rowid = ?1")?;
    let mut refused = Vec::new();
    for (rowid, record) in found {
        delete.execute([rowid])?;
        refused.push(record);
    }
    Ok(refused)
}

/// A clock as it may be shown: cleaned, and cut short if it is long.
fn shown(clock: &str) -> String {
    crate::domain::text::clean_line_cut(clock, 40)
}

/// The clocks this file holds that a merge would not believe at `now`: one line
/// per row and field (at most `LINES_SHOWN`, then a count), for `check`. Such a
/// value loses to any trusted change.
pub(crate) fn distrusted_clocks(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<String>> {
    let bound_ms = bound_at(now);
    let mut lines = Vec::new();
    for table in CLOCKED {
        let mut stmt = conn.prepare(&format!("SELECT id, clock, clocks FROM \"{table}\""))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id = crate::domain::text::clean_line(&row.get::<_, String>(0).unwrap_or_default());
            let clock: String = row.get::<_, String>(1).unwrap_or_default();
            let clocks_text: String = row.get::<_, String>(2).unwrap_or_default();
            if let Some(why) = distrust(&clock, bound_ms) {
                lines.push(format!(
                    "{table} row {id}: its clock \"{}\" is {why}; a merge counts it as the earliest",
                    shown(&clock)
                ));
            }
            let Ok(clocks) = serde_json::from_str::<BTreeMap<String, String>>(&clocks_text) else {
                lines.push(format!(
                    "{table} row {id}: its field clocks are not a map of clocks"
                ));
                continue;
            };
            for (field, at) in clocks {
                if let Some(why) = distrust(&at, bound_ms) {
                    lines.push(format!(
                        "{table} row {id}: the clock of {} \"{}\" is {why}; a merge counts it as the earliest",
                        crate::domain::text::clean_line(&field),
                        shown(&at)
                    ));
                }
            }
        }
    }
    Ok(capped(lines, "stored clocks a merge does not believe"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_and_far_future_clocks_count_as_the_lowest_and_others_as_themselves() {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let bound = bound_at(now);
        let fine = Hlc {
            wall_ms: now.timestamp_millis() + MAX_DRIFT_MS,
            counter: 3,
            device: "a1".into(),
        }
        .to_string();
        assert_eq!(effective(&fine, bound), fine);
        let ahead = Hlc {
            wall_ms: now.timestamp_millis() + MAX_DRIFT_MS + 1,
            counter: 0,
            device: "a1".into(),
        }
        .to_string();
        for untrusted in ["~~~~", ahead.as_str(), "999999999999999-000000-zz"] {
            assert_eq!(effective(untrusted, bound), Hlc::lowest().to_string());
            assert!(effective(untrusted, bound) < Hlc::zero("0").to_string());
        }
    }
}
