//! A WhatsApp chat's messages onto a contact's timeline, in one transaction, without
//! storing again what an earlier export of the same chat already brought.

use super::engine::refresh_first_response;
use super::import::{ImportCounts, PROGRESS_EVERY};
use super::lifecycle::move_status;
use crate::config::Config;
use crate::domain::text::counted;
use crate::domain::text::fold;
use crate::domain::{Contact, Direction, Interaction, InteractionKind};
use crate::store::rows::contacts::load_contact;
use crate::store::rows::interactions::{
    insert_interaction, insert_interaction_row, record_event, versions,
};
use crate::store::rows::meta::{Stamp, new_id};
use crate::store::rows::ms;
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use std::collections::HashMap;

impl Store {
    /// Stores a chat's messages as WhatsApp interactions of the chat's contact (and,
    /// from a group chat, of the known contacts who wrote in it), in one transaction.
    /// A message already on its timeline or the chat contact's (the same time and
    /// text, whichever way it was credited) is not stored again, so a repeated or
    /// later export adds only what is new; one stored as not yours that this import
    /// credits to you (an export read first without --me) is corrected to sent by you.
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
            let mut timelines = Timelines::default();
            let chat_at = timelines.index(tx, contact_id)?;
            let mut summary = ImportCounts::default();
            for (done, message) in messages.iter().enumerate() {
                if done % PROGRESS_EVERY == 0 && !progress(done) {
                    return Err(StoreError::Cancelled);
                }
                let owner = message.on_timeline_of.as_deref().unwrap_or(contact_id);
                let at = timelines.index(tx, owner)?;
                let subject = message.from.as_deref().map(from_subject);
                // Known by time and text, on its timeline or the chat contact's: an
                // export read with another --me or --sender (or by an older version)
                // credits a message differently, and it must not be stored twice. Read
                // now as yours, it is corrected to sent by you.
                let key = (ms(message.at), message.text.clone());
                let known = match timelines.take_known(at, &key) {
                    Some(original) => Some((at, original)),
                    None => timelines
                        .take_known(chat_at, &key)
                        .map(|original| (chat_at, original)),
                };
                if let Some((held_at, original)) = known {
                    summary.skipped += 1;
                    if message.direction == Direction::Out && mark_as_yours(tx, &original, stamp)? {
                        summary.corrected += 1;
                        timelines.list[held_at].corrected += 1;
                    }
                    continue;
                }
                let timeline = &mut timelines.list[at];
                let item = Interaction {
                    id: new_id(),
                    contact_id: owner.to_string(),
                    deal_id: None,
                    kind: InteractionKind::Whatsapp,
                    direction: Some(message.direction),
                    outcome: None,
                    duration_secs: None,
                    subject,
                    text: Some(message.text.clone()),
                    occurred_at: message.at,
                    logged_by: stamp.user.clone(),
                    created_at: stamp.at,
                    supersedes: None,
                    template: None,
                };
                insert_interaction(tx, &item)?;
                summary.interactions += 1;
                timeline.added += 1;
                // As logging it would (at most twice per chat: attempting, connected);
                // someone else's words in the contact's chat are not the contact's answer.
                if message.from.is_none()
                    && let Some(contact) = timeline.contact.take()
                {
                    timeline.contact = Some(move_status(tx, contact, &item, stamp)?);
                }
            }
            for timeline in &timelines.list {
                note_on_timeline(tx, timeline, file, &config, stamp)?;
            }
            Ok(summary)
        };
        self.transact(now, !dry_run, action)
    }

    /// The one live contact a chat's sender is: the contact with `phone` (E.164),
    /// where WhatsApp shows an unsaved sender by their number, or else the only
    /// contact of the sender's name (folded). Its id and name.
    pub fn contact_for_sender(
        &self,
        sender: &str,
        phone: Option<&str>,
    ) -> Result<Option<(String, String)>> {
        let mut ids = match phone {
            Some(e164) => {
                crate::store::rows::contacts::ids_by_phone_or_email(self.conn(), &[e164], &[])?
            }
            None => Vec::new(),
        };
        if ids.is_empty() {
            ids = self
                .conn()
                .prepare_cached(
                    "SELECT s.contact_id FROM contact_search s JOIN contacts c ON c.id = s.contact_id
                     WHERE s.name_key = ?1 AND c.deleted_at IS NULL",
                )?
                .query_map([fold(sender)], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
        }
        match ids.as_slice() {
            [id] => Ok(Some((id.clone(), self.contact(id)?.name))),
            _ => Ok(None),
        }
    }
}

/// What a chat brought to one timeline goes on it as events, and what depends on its
/// messages is read again: a correction's like one made by hand.
fn note_on_timeline(
    tx: &Transaction<'_>,
    timeline: &Timeline,
    file: &str,
    config: &Config,
    stamp: &Stamp,
) -> Result<()> {
    let messages = |n| counted(n, "WhatsApp message", "WhatsApp messages");
    if timeline.added > 0 {
        let text = format!("{} imported from {file}", messages(timeline.added));
        record_event(tx, &timeline.id, "imported", &text, stamp)?;
    }
    if timeline.corrected > 0 {
        let text = format!(
            "corrected {} as sent by you, from {file}",
            messages(timeline.corrected)
        );
        record_event(tx, &timeline.id, "corrected", &text, stamp)?;
        refresh_first_response(tx, &timeline.id)?;
        let whatsapp = InteractionKind::Whatsapp;
        super::corrections::replay_status(tx, &timeline.id, whatsapp, stamp)?;
    }
    if timeline.added > 0 || timeline.corrected > 0 {
        super::engine::rescore_contact(tx, &timeline.id, config, stamp)?;
    }
    Ok(())
}

/// The subject that marks someone else's message kept on the chat contact's timeline:
/// the timeline, `show` and `export --json` show it.
pub fn from_subject(sender: &str) -> String {
    format!("{FROM_PREFIX}{sender}")
}

const FROM_PREFIX: &str = "from ";

/// Corrects the stored message `original` to sent by you, unless its current version
/// already says so (or it was deleted): a version superseding it, as `log fix` stores
/// one, so a merge carries the correction and the earlier version is kept. Whether it
/// corrected it.
fn mark_as_yours(tx: &Transaction<'_>, original: &str, stamp: &Stamp) -> Result<bool> {
    let Some(current) = versions(tx, original)?.pop() else {
        return Ok(false);
    };
    let marked_as_someone_else = current
        .subject
        .as_deref()
        .is_some_and(|s| s.starts_with(FROM_PREFIX));
    if current.kind != InteractionKind::Whatsapp
        || (current.direction == Some(Direction::Out) && !marked_as_someone_else)
    {
        return Ok(false);
    }
    let corrected = Interaction {
        id: new_id(),
        direction: Some(Direction::Out),
        subject: current.subject.clone().filter(|_| !marked_as_someone_else),
        logged_by: stamp.user.clone(),
        created_at: stamp.at,
        supersedes: Some(original.to_string()),
        ..current
    };
    insert_interaction_row(tx, &corrected)?;
    Ok(true)
}

/// The timelines a chat's messages go on, each loaded once: the chat contact's, and
/// those of known contacts who wrote in a group chat.
#[derive(Default)]
struct Timelines {
    list: Vec<Timeline>,
    at: HashMap<String, usize>,
}

struct Timeline {
    id: String,
    /// Taken while its status moves.
    contact: Option<Contact>,
    /// The stored messages' original ids, by their key.
    known: HashMap<MessageKey, Vec<String>>,
    added: usize,
    /// Stored messages this import marked as sent by you.
    corrected: usize,
}

/// A message's time (ms) and text.
type MessageKey = (i64, String);

impl Timelines {
    /// The original id of one more stored message with `key` on timeline `at`, which
    /// is then taken: two identical messages in the same minute are two messages.
    fn take_known(&mut self, at: usize, key: &MessageKey) -> Option<String> {
        self.list[at].known.get_mut(key)?.pop()
    }

    /// Where contact `id`'s timeline is in `list`, loading it the first time.
    fn index(&mut self, tx: &Transaction<'_>, id: &str) -> Result<usize> {
        if let Some(at) = self.at.get(id) {
            return Ok(*at);
        }
        let contact = load_contact(tx, id)?.ok_or_else(|| StoreError::NotFound {
            what: "contact",
            query: id.to_string(),
            hint: String::new(),
        })?;
        self.list.push(Timeline {
            id: id.to_string(),
            contact: Some(contact),
            known: known_messages(tx, id)?,
            added: 0,
            corrected: 0,
        });
        self.at.insert(id.to_string(), self.list.len() - 1);
        Ok(self.list.len() - 1)
    }
}

/// One message to store: when, which way, what, and on whose timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatMessage {
    pub at: DateTime<Utc>,
    pub direction: Direction,
    pub text: String,
    /// A known contact other than the chat's who wrote it in a group chat: their id.
    /// None puts it on the chat contact's timeline.
    pub on_timeline_of: Option<String>,
    /// Someone else's message kept on the chat contact's timeline: their name as the
    /// chat shows it, stored as the subject "from NAME".
    pub from: Option<String>,
}

/// The contact's WhatsApp messages already stored, their original ids by (time,
/// text): a message is the same message whichever way it was credited (in, out,
/// from someone else), and however an older version keyed it. Originals only: a
/// correction is a version of its message, not one more; a deleted one stays known,
/// so that importing again does not bring it back.
fn known_messages(
    tx: &Transaction<'_>,
    contact_id: &str,
) -> Result<HashMap<MessageKey, Vec<String>>> {
    let mut known: HashMap<MessageKey, Vec<String>> = HashMap::new();
    let mut stmt = tx.prepare_cached(
        "SELECT id, occurred_at, coalesce(text, '') FROM interactions
         WHERE contact_id = ?1 AND kind = 'whatsapp' AND supersedes IS NULL",
    )?;
    let mut rows = stmt.query([contact_id])?;
    while let Some(row) = rows.next()? {
        known
            .entry((row.get(1)?, row.get(2)?))
            .or_default()
            .push(row.get(0)?);
    }
    Ok(known)
}
