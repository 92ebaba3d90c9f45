//! Owners given by the engine: a new lead to the first assignment rule that matches
//! it, round-robin among its people; an SQL lead to sales, or flagged to wait when
//! every salesperson is full. Each pick is kept in the file, so that every process
//! and every copy continues the same rotation.

use super::facts::facts_from;
use crate::config::Config;
use crate::domain::Contact;
use crate::domain::lifecycle::{WAITING_FOR_OWNER, matching_rule, next_assignee};
use crate::domain::text::counted;
use crate::store::rows::contacts::{load_contact, update_contact};
use crate::store::rows::interactions::record_event;
use crate::store::rows::meta::{Stamp, read_meta, write_meta};
use crate::store::{Result, StoreError};
use rusqlite::{Connection, Transaction};

fn set_owner(
    tx: &Transaction<'_>,
    contact: &Contact,
    owner: &str,
    why: &str,
    stamp: &Stamp,
) -> Result<()> {
    let mut changed = contact.clone();
    changed.owner = Some(owner.to_string());
    changed.flags.retain(|f| f != WAITING_FOR_OWNER);
    update_contact(tx, contact, &changed, stamp)?;
    record_event(
        tx,
        &contact.id,
        "assigned",
        &format!("assigned to {owner}: {why}"),
        stamp,
    )?;
    Ok(())
}

/// Leads a person is working: owned, not disqualified or nurtured, not yet a customer.
fn open_leads(tx: &Connection, owner: &str) -> u32 {
    tx.prepare_cached(
        "SELECT count(*) FROM contacts WHERE owner = ?1 AND deleted_at IS NULL
         AND status IN ('new', 'attempting', 'connected')
         AND lifecycle IN ('subscriber', 'lead', 'mql', 'sql', 'opportunity')",
    )
    .and_then(|mut stmt| stmt.query_row([owner], |r| r.get(0)))
    .unwrap_or(0)
}

/// Picks the next person round-robin under `key`, remembering the pick in the file so
/// that every process and every copy continues the same rotation.
fn round_robin(
    tx: &Transaction<'_>,
    key: &str,
    people: &[String],
    max_open: Option<u32>,
) -> Result<Option<String>> {
    let meta_key = format!("round-robin:{key}");
    let last = read_meta(tx, &meta_key)?;
    let pick =
        next_assignee(people, last.as_deref(), max_open, |p| open_leads(tx, p)).map(str::to_string);
    if let Some(person) = &pick {
        write_meta(tx, &meta_key, person)?;
    }
    Ok(pick)
}

/// A new lead with no owner goes to the first assignment rule that matches it.
pub(crate) fn assign_new_lead(
    tx: &Transaction<'_>,
    contact_id: &str,
    config: &Config,
    stamp: &Stamp,
) -> Result<()> {
    let contact = load_contact(tx, contact_id)?
        .ok_or_else(|| StoreError::invalid("contact", "vanished while assigning"))?;
    assign_lead(tx, &contact, config, stamp)
}

/// `assign_new_lead` for a contact in hand, as stored: an import creates thousands
/// and reads none of them back.
pub(crate) fn assign_lead(
    tx: &Transaction<'_>,
    contact: &Contact,
    config: &Config,
    stamp: &Stamp,
) -> Result<()> {
    if contact.owner.is_some() || config.assignment.rules.is_empty() {
        return Ok(());
    }
    let facts = facts_from(contact, false, Vec::new());
    let Some(rule) = matching_rule(&config.assignment.rules, &facts) else {
        return Ok(());
    };
    let contact_id = contact.id.as_str();
    match round_robin(tx, &rule.name, &rule.assign, rule.max_open)? {
        Some(person) => set_owner(
            tx,
            contact,
            &person,
            &format!("rule \"{}\"", rule.name),
            stamp,
        ),
        None => {
            let text = format!(
                "rule \"{}\" matched, but everyone has {} or more",
                rule.name,
                counted(
                    rule.max_open.unwrap_or(0) as usize,
                    "open lead",
                    "open leads"
                )
            );
            record_event(tx, contact_id, "assigned", &text, stamp).map(|_| ())
        }
    }
}

/// A lead that became SQL goes to sales, unless a salesperson already owns it. When
/// every salesperson is at `sales_max_open`, it keeps its owner and waits, flagged
/// `WAITING_FOR_OWNER`, with one event on the timeline saying why.
pub(crate) fn hand_to_sales(
    tx: &Transaction<'_>,
    contact_id: &str,
    config: &Config,
    stamp: &Stamp,
) -> Result<()> {
    let sales = &config.assignment.sales;
    let contact = load_contact(tx, contact_id)?
        .ok_or_else(|| StoreError::invalid("contact", "vanished while assigning"))?;
    let waiting = contact.flags.iter().any(|f| f == WAITING_FOR_OWNER);
    if sales.is_empty() || contact.owner.as_ref().is_some_and(|o| sales.contains(o)) {
        // Given to a salesperson by hand, or nobody to wait for any more.
        return if waiting {
            let mut settled = contact.clone();
            settled.flags.retain(|f| f != WAITING_FOR_OWNER);
            update_contact(tx, &contact, &settled, stamp)
        } else {
            Ok(())
        };
    }
    let max_open = config.assignment.sales_max_open;
    match round_robin(tx, "sales", sales, max_open)? {
        Some(person) => {
            let why = if waiting {
                "hand-off to sales (became SQL; a salesperson has room now)"
            } else {
                "hand-off to sales (became SQL)"
            };
            set_owner(tx, &contact, &person, why, stamp)
        }
        // Said once: the lead waits, flagged, until a change to it or `rescore` finds room.
        None if waiting => Ok(()),
        None => {
            let mut flagged = contact.clone();
            flagged.flags.push(WAITING_FOR_OWNER.to_string());
            update_contact(tx, &contact, &flagged, stamp)?;
            let text = format!(
                "No owner has room (all at sales_max_open = {}); waiting for an owner",
                max_open.unwrap_or(0)
            );
            record_event(tx, contact_id, "assigned", &text, stamp).map(|_| ())
        }
    }
}
