//! The schema step that repairs phones stored before every possible number had an
//! E.164 form: a number typed locally in an unallocated range was kept as typed,
//! while the same number typed with +972 was not, so one person could be two
//! contacts. Each such number is read again, and the contacts that now share it are
//! merged. Every copy of a file runs this step when it is opened (or merged, or
//! restored from an older backup) and makes the same changes.

use super::contact_merge::merge_contacts;
use crate::config::Config;
use crate::domain::phone::to_e164;
use crate::domain::text::clean_line;
use crate::store::Result;
use crate::store::rows::contacts::{ids_by_phone_or_email, refresh_search_row};
use crate::store::rows::meta::{next_stamp, read_meta};
use crate::store::rows::{Table, update_fields};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use rusqlite::types::Value;
use std::collections::{BTreeMap, BTreeSet};

/// What the repair changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct PhoneRepair {
    /// Phones that gained an E.164 form.
    pub(super) phones_read: usize,
    /// Contacts merged into another one that has the same number.
    pub(super) contacts_merged: usize,
}

/// Reads again, in the configured region, every live phone stored without an E.164
/// form, and merges the live contacts that now share a number. A number that was
/// read already keeps its reading: it may have been typed under another region.
pub(crate) fn repair_phones(
    tx: &Transaction<'_>,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<PhoneRepair> {
    let mut repair = PhoneRepair::default();
    let unread: Vec<(String, String, String)> = tx
        .prepare(
            "SELECT id, contact_id, raw FROM contact_phones
             WHERE e164 IS NULL AND deleted_at IS NULL ORDER BY id",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let readings: Vec<(String, String, String)> = unread
        .into_iter()
        .filter_map(|(id, contact_id, raw)| {
            to_e164(&raw, config.region).map(|e164| (id, contact_id, e164))
        })
        .collect();
    if readings.is_empty() {
        return Ok(repair);
    }
    // Who held each number already read, before the repair: a number now read for one
    // contact that another held read is the same number once stored two ways.
    let mut read_before: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (_, _, e164) in &readings {
        if !read_before.contains_key(e164) {
            let holders = ids_by_phone_or_email(tx, &[e164], &[])?;
            read_before.insert(e164.clone(), holders);
        }
    }
    // Like any edit, so that a merge with another copy carries the new values.
    let device = read_meta(tx, "device_id")?.unwrap_or_default();
    let stamp = next_stamp(tx, &device, &clean_line(&config.user), now, true)?;
    // Contacts whose number was read just now, by number.
    let mut newly_read: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut contacts = BTreeSet::new();
    for (id, contact_id, e164) in readings {
        let value = Value::Text(e164.clone());
        update_fields(tx, Table::Phones, &id, &[("e164", value)], &stamp)?;
        newly_read
            .entry(e164)
            .or_default()
            .insert(contact_id.clone());
        contacts.insert(contact_id);
        repair.phones_read += 1;
    }
    for contact_id in &contacts {
        refresh_search_row(tx, contact_id)?;
    }
    for (e164, readers) in &newly_read {
        // Merged only into the one contact that held the number read: where nobody
        // did, the contacts stored it the same way, and where several did, it is a
        // line they share (a reception desk); neither is one person stored twice.
        let [holder] = read_before[e164].as_slice() else {
            continue;
        };
        // An earlier number's merge may have taken one of them in already.
        let live = ids_by_phone_or_email(tx, &[e164], &[])?;
        if !live.contains(holder) {
            continue;
        }
        let why = format!("same number {e164} once stored two ways");
        let mut survivor = holder.clone();
        for other in readers
            .iter()
            .filter(|id| *id != holder && live.contains(id))
        {
            survivor = merge_contacts(tx, &survivor, other, &why, config, &stamp)?;
            repair.contacts_merged += 1;
        }
    }
    Ok(repair)
}
