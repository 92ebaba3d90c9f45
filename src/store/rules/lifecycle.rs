//! A logged interaction and the lead status it moves.

use crate::domain::{Contact, Interaction, LeadStatus};
use crate::store::rows::contacts::{load_contact, update_contact};
use crate::store::rows::interactions::{insert_interaction, record_event};
use crate::store::rows::meta::Stamp;
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;

impl Store {
    /// Saves one interaction: the durable commit behind every logged call or message.
    pub fn log_interaction(&mut self, now: DateTime<Utc>, item: &Interaction) -> Result<()> {
        refuse_empty(item)?;
        self.write_and_rescore(now, &item.contact_id, |tx, stamp| {
            insert_interaction(tx, item)?;
            let contact = load_contact(tx, &item.contact_id)?
                .ok_or_else(|| StoreError::invalid("contact", "vanished while logging"))?;
            move_status(tx, contact, item, stamp)?;
            Ok(())
        })
    }
}

/// A message, an email or a note with no text and no outcome says nothing: it is
/// refused (naming the field) before it can move speed-to-lead or status.
pub(crate) fn refuse_empty(item: &Interaction) -> Result<()> {
    let blank = |value: &Option<String>| value.as_deref().is_none_or(|v| v.trim().is_empty());
    if item.kind.needs_words() && blank(&item.text) && blank(&item.outcome) {
        return Err(StoreError::invalid(
            "text",
            format!(
                "a {} with no text and no outcome is not saved; write what was said",
                item.kind
            ),
        ));
    }
    Ok(())
}

/// Moves the lead status as `item` implies (attempting on a first try, connected on
/// an answer), noting why on the timeline. Returns the contact as it now stands.
pub(crate) fn move_status(
    tx: &Transaction<'_>,
    contact: Contact,
    item: &Interaction,
    stamp: &Stamp,
) -> Result<Contact> {
    let next = crate::domain::lifecycle::status_after(
        contact.status,
        item.kind,
        item.direction,
        item.outcome.as_deref(),
    );
    let Some((status, why)) = next else {
        return Ok(contact);
    };
    set_status(
        tx,
        contact,
        status,
        &format!("{why} ({})", item.kind),
        stamp,
    )
}

/// Sets the lead status to `status` and notes on the timeline why
/// ("status new → attempting: {why}"). Returns the contact as it now stands.
pub(crate) fn set_status(
    tx: &Transaction<'_>,
    contact: Contact,
    status: LeadStatus,
    why: &str,
    stamp: &Stamp,
) -> Result<Contact> {
    let moved = Contact {
        status,
        ..contact.clone()
    };
    update_contact(tx, &contact, &moved, stamp)?;
    let text = format!("status {} → {status}: {why}", contact.status);
    record_event(tx, &contact.id, "status", &text, stamp)?;
    Ok(moved)
}
