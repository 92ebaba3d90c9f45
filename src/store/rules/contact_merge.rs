//! Merging two contacts that turned out to be one person. The older one survives and
//! takes everything of the other; the other is tombstoned, so every copy learns of
//! it; both timelines say what happened and why.

use super::engine::refresh_derived;
use super::engine::rescore_contact;
use crate::config::Config;
use crate::domain::{Contact, LeadStatus, Lifecycle, Phone};
use crate::store::rows::contacts::{load_contact, update_contact};
use crate::store::rows::interactions::{event_of, insert_interaction};
use crate::store::rows::meta::Stamp;
use crate::store::rows::{Table, tombstone, update_fields};
use crate::store::{Result, StoreError};
use rusqlite::types::Value;
use rusqlite::{Transaction, params};

/// Merges contacts `a` and `b` (live, distinct) into the older of the two, in the
/// caller's transaction; `why` ends both timeline notes ("same number … once stored
/// two ways"). Returns the survivor's id.
pub(crate) fn merge_contacts(
    tx: &Transaction<'_>,
    a: &str,
    b: &str,
    why: &str,
    config: &Config,
    stamp: &Stamp,
) -> Result<String> {
    let live = |id: &str| {
        load_contact(tx, id)?.ok_or_else(|| {
            StoreError::invalid("contact", format!("{id} is not a live contact to merge"))
        })
    };
    let (first, second) = (live(a)?, live(b)?);
    if first.id == second.id {
        return Err(StoreError::invalid(
            "contact",
            "a contact cannot be merged with itself",
        ));
    }
    let (survivor, merged) = if (second.created_at, &second.id) < (first.created_at, &first.id) {
        (second, first)
    } else {
        (first, second)
    };
    let combined = combined_fields(&survivor, &merged);
    update_contact(tx, &survivor, &combined, stamp)?;
    move_children(tx, &survivor, &merged, stamp)?;
    tombstone(tx, Table::Contacts, &merged.id, stamp)?;
    // Its search row goes: a tombstoned contact is found by nobody.
    refresh_derived(tx, &merged.id, config, stamp.at)?;
    note_merge(tx, &survivor, &merged, why, stamp)?;
    refresh_derived(tx, &survivor.id, config, stamp.at)?;
    rescore_contact(tx, &survivor.id, config, stamp)?;
    Ok(survivor.id)
}

/// The survivor's own fields with what the other adds, by the rule an import's
/// matched record follows (`import::merged`: the other's name kept as an alias,
/// empty fields filled, a differing value kept as `FIELD (2)`, flags and notes
/// added), plus what only stored contacts have: origin, quality and the further
/// lifecycle. Phones, emails and memberships stay the survivor's: the other's rows
/// are moved over by `move_children`, not copied.
fn combined_fields(survivor: &Contact, merged: &Contact) -> Contact {
    let mut combined = super::import::merged(survivor, merged);
    combined.phones.clone_from(&survivor.phones);
    combined.emails.clone_from(&survivor.emails);
    combined.accounts.clone_from(&survivor.accounts);
    combined.origin = survivor.origin.or(merged.origin);
    combined.quality = survivor.quality.or(merged.quality);
    combined.lifecycle = further_lifecycle(survivor.lifecycle, merged.lifecycle);
    // A status someone set is news over `new`: a disqualified lead stays out of the
    // inbox, with its reason. Two set statuses: the survivor's stays, the other's is
    // kept beside it.
    if survivor.status == LeadStatus::New && merged.status != LeadStatus::New {
        combined.status = merged.status;
        combined
            .disqualified_reason
            .clone_from(&merged.disqualified_reason);
    } else if merged.status != LeadStatus::New && merged.status != survivor.status {
        let theirs = match merged.disqualified_reason.as_deref() {
            Some(reason) => format!("{}: {reason}", merged.status),
            None => merged.status.to_string(),
        };
        combined.keep_other_value("status", Some(survivor.status.as_str()), &theirs);
    }
    combined
}

/// The later of two lifecycle stages. `Other` (where a lost deal may leave a contact)
/// is no progress: any real stage beats it, so a merge never lowers a customer.
fn further_lifecycle(a: Lifecycle, b: Lifecycle) -> Lifecycle {
    match (a, b) {
        (Lifecycle::Other, other) | (other, Lifecycle::Other) => other,
        _ => a.max(b),
    }
}

/// Re-points the other contact's rows to the survivor: each keeps its id and gets a
/// new clock, so that every copy merged with this one moves it too. A phone, email or
/// company the survivor already has is tombstoned instead of held twice.
fn move_children(
    tx: &Transaction<'_>,
    survivor: &Contact,
    merged: &Contact,
    stamp: &Stamp,
) -> Result<()> {
    let phones = child_rows(tx, "SELECT id, raw, e164 FROM contact_phones", &merged.id)?;
    for (id, raw, e164) in phones {
        let theirs = Phone { raw, e164 };
        let held = survivor.phones.iter().any(|p| p.same_number(&theirs));
        move_or_drop(tx, Table::Phones, &id, held, &survivor.id, stamp)?;
    }
    let emails = child_rows(tx, "SELECT id, email, NULL FROM contact_emails", &merged.id)?;
    for (id, email, _) in emails {
        let held = survivor.emails.contains(&email);
        move_or_drop(tx, Table::Emails, &id, held, &survivor.id, stamp)?;
    }
    let memberships = child_rows(
        tx,
        "SELECT id, account_id, NULL FROM memberships",
        &merged.id,
    )?;
    for (id, account_id, _) in memberships {
        let held = survivor.accounts.iter().any(|m| m.account_id == account_id);
        move_or_drop(tx, Table::Memberships, &id, held, &survivor.id, stamp)?;
    }
    for (table, select) in [
        (Table::Deals, "SELECT id, id, NULL FROM deals"),
        (Table::Tasks, "SELECT id, id, NULL FROM tasks"),
    ] {
        for (id, _, _) in child_rows(tx, select, &merged.id)? {
            move_or_drop(tx, table, &id, false, &survivor.id, stamp)?;
        }
    }
    // A tick's id is its campaign's and its contact's: the survivor is ticked in its
    // own row (a campaign deleted since ticks nobody), the other's is left with it.
    let ticks = child_rows(
        tx,
        "SELECT id, campaign_id, CAST(done_at AS TEXT) FROM campaign_ticks",
        &merged.id,
    )?;
    for (_, campaign_id, done) in ticks {
        if done.is_none() {
            continue;
        }
        match crate::store::rows::campaigns::tick_in(
            tx,
            stamp,
            &campaign_id,
            &survivor.id,
            true,
            None,
        ) {
            Ok(()) | Err(crate::store::StoreError::NotFound { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    // Interactions are facts without clocks: they move in place. Every copy that
    // repairs its phones makes the same move (see phone_repair.rs).
    tx.execute(
        "UPDATE interactions SET contact_id = ?1 WHERE contact_id = ?2",
        params![survivor.id, merged.id],
    )?;
    Ok(())
}

/// The live rows `select` (id and two more columns) gives of one contact.
fn child_rows(
    tx: &Transaction<'_>,
    select: &str,
    contact_id: &str,
) -> Result<Vec<(String, String, Option<String>)>> {
    let sql = format!("{select} WHERE contact_id = ?1 AND deleted_at IS NULL ORDER BY id");
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt
        .query_map([contact_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn move_or_drop(
    tx: &Transaction<'_>,
    table: Table,
    id: &str,
    held_already: bool,
    survivor_id: &str,
    stamp: &Stamp,
) -> Result<()> {
    if held_already {
        return tombstone(tx, table, id, stamp);
    }
    let to = Value::Text(survivor_id.to_string());
    update_fields(tx, table, id, &[("contact_id", to)], stamp)
}

/// A note on each timeline. Their ids follow from the merged contact's, so that two
/// copies making the same merge write the same two notes, and a sync keeps one each.
fn note_merge(
    tx: &Transaction<'_>,
    survivor: &Contact,
    merged: &Contact,
    why: &str,
    stamp: &Stamp,
) -> Result<()> {
    let notes = [
        (
            &survivor.id,
            "kept",
            format!("merged with {} (id {}): {why}", merged.name, merged.id),
        ),
        (
            &merged.id,
            "gone",
            format!("merged into {} (id {}): {why}", survivor.name, survivor.id),
        ),
    ];
    for (contact_id, side, text) in notes {
        let mut note = event_of(contact_id, "merged", text, stamp);
        note.id = format!("merge-{}-{side}", merged.id);
        insert_interaction(tx, &note)?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "contact_merge_tests.rs"]
mod tests;
