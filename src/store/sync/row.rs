//! One row of a merge: each field from the side whose clock for it is later, and the
//! conflicts that leaves (see mod.rs).

use super::clocks::effective;
use super::{Conflict, Layout, Row};
use crate::domain::hlc::Hlc;
use rusqlite::types::Value;
use std::collections::BTreeMap;

/// One side's version of a field: its value and clock, its row, and what its file
/// had seen of other devices.
struct Side<'a> {
    value: &'a Value,
    at: &'a String,
    row: &'a Row,
    saw: &'a BTreeMap<String, Hlc>,
}

/// A row as merged, and the fields whose losing version nobody had seen.
pub(super) struct MergedRow {
    pub(super) values: Vec<Value>,
    pub(super) conflicts: Vec<Conflict>,
}

/// One row from both sides: each field from the side whose clock for it is later.
/// Every decision depends on the two versions alone, never on which side is "here".
/// A clock not believed at `bound_ms` (see clocks.rs) counts as the lowest, on
/// either side: a garbage clock already stored here wins nothing either.
pub(super) fn merge_row(
    layout: &Layout,
    ours: &Row,
    theirs: &Row,
    (seen_here, seen_there): (&BTreeMap<String, Hlc>, &BTreeMap<String, Hlc>),
    bound_ms: i64,
) -> MergedRow {
    let stored_clocks = |row: &Row| -> BTreeMap<String, String> {
        serde_json::from_str(&text_of(&row.values[layout.clocks])).unwrap_or_default()
    };
    // Each side's insert clock and field clocks, as compared.
    let clocks_of = |row: &Row| -> (String, BTreeMap<String, String>) {
        let insert = effective(&text_of(&row.values[layout.clock]), bound_ms);
        let changed = stored_clocks(row)
            .into_iter()
            .map(|(field, clock)| (field, effective(&clock, bound_ms)))
            .collect();
        (insert, changed)
    };
    let (our_insert, our_clocks) = clocks_of(ours);
    let (their_insert, their_clocks) = clocks_of(theirs);
    // Both sides hold the same insert clock but when one was not believed: the
    // later, whichever side it is on, so that A into B is B into A.
    let insert_clock = our_insert.clone().max(their_insert.clone());
    let clock_in = |clocks: &BTreeMap<String, String>, insert: &String, field: &str| {
        clocks.get(field).cloned().unwrap_or_else(|| insert.clone())
    };
    let mut values = ours.values.clone();
    let mut clocks = BTreeMap::new();
    let mut conflicts = Vec::new();
    for (i, field) in layout.fields() {
        let ours_at = clock_in(&our_clocks, &our_insert, field);
        let theirs_at = clock_in(&their_clocks, &their_insert, field);
        let theirs_win = (theirs_at.as_str(), rank(&theirs.values[i]))
            > (ours_at.as_str(), rank(&ours.values[i]));
        let here = Side {
            value: &ours.values[i],
            at: &ours_at,
            row: ours,
            saw: seen_here,
        };
        let there = Side {
            value: &theirs.values[i],
            at: &theirs_at,
            row: theirs,
            saw: seen_there,
        };
        let (kept, lost) = if theirs_win {
            (there, here)
        } else {
            (here, there)
        };
        values[i] = kept.value.clone();
        if *kept.at != insert_clock {
            clocks.insert(field.to_string(), kept.at.clone());
        }
        if kept.value != lost.value
            && unseen_by(kept.saw, lost.at)
            && !seeded_alike(layout, ours, lost.at)
        {
            conflicts.push(Conflict {
                row_id: text_of(&ours.values[0]),
                kept_clock: kept.at.clone(),
                lost_clock: lost.at.clone(),
                contact_id: layout.contact_id.map(|c| text_of(&kept.row.values[c])),
                contact: None,
                table: layout.table.to_string(),
                field: field.to_string(),
                kept: json_of(kept.value),
                kept_by: text_of(&kept.row.values[layout.updated_by]),
                kept_at: Hlc::wall_time(kept.at),
                lost: json_of(lost.value),
                lost_by: text_of(&lost.row.values[layout.updated_by]),
                lost_at: Hlc::wall_time(lost.at),
            });
        }
    }
    revive_if_edited_after_delete(layout, &mut values, &mut clocks, &insert_clock);
    // The row's last editor is the one behind its latest clock.
    let latest = |clocks: &BTreeMap<String, String>, insert: &String| {
        clocks
            .values()
            .max()
            .cloned()
            .unwrap_or_else(|| insert.clone())
    };
    let newer = if latest(&their_clocks, &their_insert) > latest(&our_clocks, &our_insert) {
        theirs
    } else {
        ours
    };
    values[layout.updated_at] = newer.values[layout.updated_at].clone();
    values[layout.updated_by] = newer.values[layout.updated_by].clone();
    // A tick made apart on two desks under one id (the campaign's and the contact's)
    // was first made at the earlier of the two. Only there: any other row has one
    // maker, and a copy must not move when a contact came in (speed-to-lead, SLA).
    if layout.table == "campaign_ticks"
        && let Some(created) = layout.columns.iter().position(|c| c == "created_at")
        && let (Value::Integer(a), Value::Integer(b)) =
            (&ours.values[created], &theirs.values[created])
    {
        values[created] = Value::Integer(*a.min(b));
    }
    values[layout.clock] = Value::Text(insert_clock);
    values[layout.clocks] = Value::Text(serde_json::to_string(&clocks).unwrap_or_default());
    if clocks == stored_clocks(ours) {
        // Same meaning: keep the stored text, so an unchanged row is not rewritten.
        values[layout.clocks] = ours.values[layout.clocks].clone();
    }
    MergedRow { values, conflicts }
}

/// A delete that an edit came after no longer holds: the edit revives the row, as
/// someone plainly still works with it.
fn revive_if_edited_after_delete(
    layout: &Layout,
    values: &mut [Value],
    clocks: &mut BTreeMap<String, String>,
    insert_clock: &str,
) {
    let Some(deleted) = layout.columns.iter().position(|c| c == "deleted_at") else {
        return;
    };
    if values[deleted] == Value::Null {
        return;
    }
    let deleted_at = clocks
        .get("deleted_at")
        .cloned()
        .unwrap_or_else(|| insert_clock.to_string());
    let last_edit = clocks
        .iter()
        .filter(|(field, _)| *field != "deleted_at")
        .map(|(_, clock)| clock.clone())
        .max();
    if last_edit.is_some_and(|edit| edit > deleted_at) {
        // The delete's own clock stays: a revival is then the same whichever
        // desk merges which versions in which order.
        values[deleted] = Value::Null;
    }
}

/// Whether the side that kept its value had never seen the write it overwrote.
/// Whether the losing version is a seeded template's as every desk wrote it (a
/// starter, or one from the config): nobody's edit was lost, so no conflict is
/// named. Only for those rows: a copy cannot hide a conflict elsewhere behind the
/// seed's device.
fn seeded_alike(layout: &Layout, row: &Row, lost_at: &str) -> bool {
    let id = text_of(&row.values[0]);
    layout.table == "templates"
        && (id.starts_with("starter-") || id.starts_with("config-"))
        && Hlc::parse(lost_at)
            .is_some_and(|lost| lost.device == crate::store::rows::templates::SEED_DEVICE)
}

fn unseen_by(seen: &BTreeMap<String, Hlc>, lost_at: &str) -> bool {
    let Some(lost) = Hlc::parse(lost_at) else {
        return false;
    };
    seen.get(&lost.device).is_none_or(|known| *known < lost)
}

/// A total order on values, for the tie that two equal clocks would leave.
fn rank(value: &Value) -> (u8, String) {
    match value {
        Value::Null => (0, String::new()),
        Value::Integer(i) => (1, format!("{:020}", i.wrapping_add(i64::MIN) as u64)),
        Value::Real(r) => (2, format!("{:020}", r.to_bits())),
        Value::Text(t) => (3, t.clone()),
        Value::Blob(b) => (4, format!("{b:?}")),
    }
}

fn text_of(value: &Value) -> String {
    match value {
        Value::Text(t) => t.clone(),
        Value::Integer(i) => i.to_string(),
        Value::Real(r) => r.to_string(),
        Value::Null | Value::Blob(_) => String::new(),
    }
}

fn json_of(value: &Value) -> serde_json::Value {
    match value {
        Value::Null | Value::Blob(_) => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(r) => (*r).into(),
        Value::Text(t) => t.clone().into(),
    }
}
