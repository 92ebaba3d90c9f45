//! Contacts from a file, in one transaction: matched on phone or email against the
//! file itself and the database, merged without losing anything already stored.

use super::contacts::{existing_contact_for, insert_contact, load_contact, update_contact};
use super::interactions::record_event;
use super::{Result, Stamp, Store, StoreError, new_id};
use crate::domain::Contact;
use crate::io::{Incoming, LineError};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use serde::Serialize;

/// What an import did (or, on a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImportSummary {
    /// New contacts.
    pub created: usize,
    /// Records that matched a contact and added something to it.
    pub merged: usize,
    /// Records with nothing new for the contact they matched.
    pub skipped: usize,
    pub interactions: usize,
    pub warnings: Vec<String>,
    pub errors: Vec<LineError>,
}

impl Store {
    /// Stores `records` from `file` as one transaction; with `dry_run` it does all of
    /// it and rolls it back.
    pub fn import_contacts(
        &mut self,
        now: DateTime<Utc>,
        file: &str,
        records: &[Incoming],
        dry_run: bool,
    ) -> Result<ImportSummary> {
        let config = self.config().clone();
        let action = |tx: &Transaction<'_>, stamp: &Stamp| {
            let mut summary = ImportSummary::default();
            for record in records {
                let (id, outcome) = import_one(tx, &record.contact, stamp)?;
                let (subject, text) = match outcome {
                    Outcome::Created => {
                        summary.created += 1;
                        (
                            "imported",
                            format!("imported from {file}, line {}", record.line),
                        )
                    }
                    Outcome::Merged => {
                        summary.merged += 1;
                        (
                            "merged",
                            format!("merged with line {} of {file}", record.line),
                        )
                    }
                    Outcome::NothingNew => {
                        summary.skipped += 1;
                        continue;
                    }
                };
                record_event(tx, &id, subject, &text, stamp)?;
                super::engine::rescore_contact(tx, &id, &config, stamp)?;
            }
            Ok(summary)
        };
        if dry_run {
            self.rehearse(now, action)
        } else {
            self.write(now, action)
        }
    }
}

enum Outcome {
    Created,
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
        return Ok((contact.id, Outcome::Created));
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
