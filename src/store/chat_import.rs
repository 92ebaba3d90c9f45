//! A WhatsApp chat's messages onto a contact's timeline, in one transaction, without
//! storing again what an earlier export of the same chat already brought.

use super::contacts::load_contact;
use super::import::{ImportCounts, PROGRESS_EVERY};
use super::interactions::{insert_interaction, move_status, record_event};
use super::rows::ms;
use super::{Result, Stamp, Store, StoreError, new_id};
use crate::domain::{Direction, Interaction, InteractionKind};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use std::collections::HashMap;

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
