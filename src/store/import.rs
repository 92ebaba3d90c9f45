//! Contacts from a file, in one transaction: matched on phone or email against the
//! file itself and the database, merged without losing anything already stored.

use super::contacts::{existing_contact_for, insert_contact, load_contact, update_contact};
use super::interactions::{insert_interaction, move_status, record_event};
use super::rows::ms;
use super::{Result, Stamp, Store, StoreError, new_id};
use crate::domain::{Contact, Direction, Interaction, InteractionKind};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use serde::Serialize;
use std::collections::HashMap;

/// How often an import reports how far it got: often enough for a smooth bar,
/// rarely enough to cost nothing.
pub const PROGRESS_EVERY: usize = 256;

/// What an import did (or, on a dry run, would do).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportCounts {
    /// New contacts.
    pub created: usize,
    /// Records that matched a contact and added something to it.
    pub merged: usize,
    /// Records with nothing new for the contact they matched.
    pub skipped: usize,
    pub interactions: usize,
}

/// "3 created, 1 merged, 0 skipped": how a person reads the counts.
impl std::fmt::Display for ImportCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} created, {} merged, {} skipped",
            self.created, self.merged, self.skipped
        )
    }
}

impl Store {
    /// Stores `records` from `file`, each with the line it starts on, as one
    /// transaction; with `dry_run` it does all of it and rolls it back.
    pub fn import_contacts(
        &mut self,
        now: DateTime<Utc>,
        file: &str,
        records: &[(usize, &Contact)],
        dry_run: bool,
    ) -> Result<ImportCounts> {
        self.import_contacts_with(now, file, records, dry_run, &mut |_| true)
    }

    /// `import_contacts`, telling `progress` how many records are stored every
    /// `PROGRESS_EVERY`; when it answers false, everything is rolled back.
    pub fn import_contacts_with(
        &mut self,
        now: DateTime<Utc>,
        file: &str,
        records: &[(usize, &Contact)],
        dry_run: bool,
        progress: &mut dyn FnMut(usize) -> bool,
    ) -> Result<ImportCounts> {
        let config = self.config().clone();
        let action = |tx: &Transaction<'_>, stamp: &Stamp| {
            let mut summary = ImportCounts::default();
            for (done, &(line, contact)) in records.iter().enumerate() {
                if done % PROGRESS_EVERY == 0 && !progress(done) {
                    return Err(StoreError::Cancelled);
                }
                let (id, outcome) = import_one(tx, contact, stamp)?;
                let (subject, text) = match &outcome {
                    Outcome::Created(_) => {
                        summary.created += 1;
                        ("imported", format!("imported from {file}, line {}", line))
                    }
                    Outcome::Merged => {
                        summary.merged += 1;
                        ("merged", format!("merged with line {} of {file}", line))
                    }
                    Outcome::NothingNew => {
                        summary.skipped += 1;
                        continue;
                    }
                };
                record_event(tx, &id, subject, &text, stamp)?;
                match &outcome {
                    Outcome::Created(contact) => {
                        super::engine::score_new_contact(tx, contact, &config, stamp)?
                    }
                    _ => super::engine::rescore_contact(tx, &id, &config, stamp)?,
                };
            }
            Ok(summary)
        };
        self.transact(now, !dry_run, action)
    }
}

enum Outcome {
    Created(Box<Contact>),
    Merged,
    NothingNew,
}

fn import_one(
    tx: &Transaction<'_>,
    incoming: &Contact,
    stamp: &Stamp,
) -> Result<(String, Outcome)> {
    let Some(id) = existing_contact_for(tx, incoming)? else {
        let contact = Contact {
            id: new_id(),
            updated_by: stamp.user.clone(),
            ..incoming.clone()
        };
        insert_contact(tx, &contact, stamp)?;
        return Ok((contact.id.clone(), Outcome::Created(Box::new(contact))));
    };
    let old = load_contact(tx, &id)?
        .ok_or_else(|| StoreError::invalid("contact", "vanished while importing"))?;
    let new = merged(&old, incoming);
    if new == old {
        return Ok((id, Outcome::NothingNew));
    }
    update_contact(tx, &old, &new, stamp)?;
    Ok((id, Outcome::Merged))
}

/// `stored` with what `incoming` adds: new phones, emails, companies, flags and
/// notes, and values for fields still empty. Nothing stored is replaced.
pub(crate) fn merged(stored: &Contact, incoming: &Contact) -> Contact {
    let mut contact = stored.clone();
    super::leads::absorb_reachability(&mut contact, incoming);
    for flag in &incoming.flags {
        if !contact.flags.contains(flag) {
            contact.flags.push(flag.clone());
        }
    }
    if let Some(note) = incoming.notes.as_deref().filter(|n| !n.is_empty()) {
        contact.notes = match contact.notes.take() {
            Some(old) if old.contains(note) => Some(old),
            Some(old) if !old.is_empty() => Some(format!("{old}\n\n{note}")),
            _ => Some(note.to_string()),
        };
    }
    for (key, value) in &incoming.custom {
        contact
            .custom
            .entry(key.clone())
            .or_insert_with(|| value.clone());
    }
    let fill = |mine: &mut Option<String>, theirs: &Option<String>| {
        if mine.as_deref().is_none_or(str::is_empty) && theirs.is_some() {
            mine.clone_from(theirs);
        }
    };
    fill(&mut contact.source, &incoming.source);
    fill(&mut contact.campaign, &incoming.campaign);
    fill(&mut contact.owner, &incoming.owner);
    contact
}

impl Store {
    /// Stores a chat's messages as WhatsApp interactions of one contact, in one
    /// transaction. A message already on the timeline (same time, direction and text)
    /// is not stored again, so a repeated or later export adds only what is new.
    pub fn import_chat(
        &mut self,
        now: DateTime<Utc>,
        file: &str,
        contact_id: &str,
        messages: &[ChatMessage],
        dry_run: bool,
    ) -> Result<ImportCounts> {
        self.import_chat_with(now, file, contact_id, messages, dry_run, &mut |_| true)
    }

    /// `import_chat`, with progress as `import_contacts_with` reports it.
    pub fn import_chat_with(
        &mut self,
        now: DateTime<Utc>,
        file: &str,
        contact_id: &str,
        messages: &[ChatMessage],
        dry_run: bool,
        progress: &mut dyn FnMut(usize) -> bool,
    ) -> Result<ImportCounts> {
        let config = self.config().clone();
        let action = |tx: &Transaction<'_>, stamp: &Stamp| {
            let mut contact =
                load_contact(tx, contact_id)?.ok_or_else(|| StoreError::NotFound {
                    what: "contact",
                    query: contact_id.to_string(),
                    hint: String::new(),
                })?;
            let mut known = known_messages(tx, contact_id)?;
            let mut summary = ImportCounts::default();
            for (done, message) in messages.iter().enumerate() {
                if done % PROGRESS_EVERY == 0 && !progress(done) {
                    return Err(StoreError::Cancelled);
                }
                let key = (
                    ms(message.at),
                    message.direction.as_str().to_string(),
                    message.text.clone(),
                );
                if let Some(count) = known.get_mut(&key).filter(|c| **c > 0) {
                    *count -= 1;
                    summary.skipped += 1;
                    continue;
                }
                let item = Interaction {
                    id: new_id(),
                    contact_id: contact_id.to_string(),
                    deal_id: None,
                    kind: InteractionKind::Whatsapp,
                    direction: Some(message.direction),
                    outcome: None,
                    duration_secs: None,
                    subject: None,
                    text: Some(message.text.clone()),
                    occurred_at: message.at,
                    logged_by: stamp.user.clone(),
                    created_at: stamp.at,
                    supersedes: None,
                };
                insert_interaction(tx, &item)?;
                summary.interactions += 1;
                // As logging it would: at most twice per chat (attempting, connected).
                contact = move_status(tx, contact, &item, stamp)?;
            }
            if summary.interactions > 0 {
                let text = format!(
                    "{} WhatsApp messages imported from {file}",
                    summary.interactions
                );
                record_event(tx, contact_id, "imported", &text, stamp)?;
                super::engine::rescore_contact(tx, contact_id, &config, stamp)?;
            }
            Ok(summary)
        };
        self.transact(now, !dry_run, action)
    }
}

/// One message to store: when, which way, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatMessage {
    pub at: DateTime<Utc>,
    pub direction: Direction,
    pub text: String,
}

/// The contact's WhatsApp messages already stored, counted by (time, direction, text):
/// two identical messages in the same minute are two messages.
fn known_messages(
    tx: &Transaction<'_>,
    contact_id: &str,
) -> Result<HashMap<(i64, String, String), usize>> {
    let mut known = HashMap::new();
    let mut stmt = tx.prepare_cached(
        "SELECT occurred_at, coalesce(direction, ''), coalesce(text, '') FROM interactions
         WHERE contact_id = ?1 AND kind = 'whatsapp'",
    )?;
    let mut rows = stmt.query([contact_id])?;
    while let Some(row) = rows.next()? {
        *known
            .entry((row.get(0)?, row.get(1)?, row.get(2)?))
            .or_insert(0) += 1;
    }
    Ok(known)
}
