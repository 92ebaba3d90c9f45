//! Messages written in Leadometer and sent through WhatsApp, SMS or email: a
//! template's fields filled from the contact, the link that hands the message to the
//! app that sends it, and the message logged as "opened" until it is confirmed sent.

use crate::domain::interaction::{OPENED, SENT, is_unsent_message};
use crate::domain::message_link::{mailto, sms, whatsapp};
use crate::domain::template::{Values, family_name_first, first_name};
use crate::domain::{Contact, Interaction, InteractionKind};
use crate::i18n::Lang;
use crate::i18n::format::Locale;
use crate::store::rows::campaigns::tick_in;
use crate::store::rows::contacts::load_contact;
use crate::store::rows::interactions::insert_interaction;
use crate::store::rows::meta::new_id;
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Local, Utc};

/// A message about to be sent: to whom, how, and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub contact_id: String,
    /// WhatsApp, SMS or email.
    pub channel: InteractionKind,
    /// For email.
    pub subject: Option<String>,
    pub text: String,
    /// The template's name, when it was written from one.
    pub template: Option<String>,
}

/// The longest message a link carries: WhatsApp takes 65,536 characters, but a link
/// is handed to the opener as one argument, and percent-encoded Hebrew takes six
/// bytes a letter; past this the system refuses to start it at all.
pub const MAX_MESSAGE_CHARS: usize = 10_000;

/// The ways a message goes out.
pub const MESSAGE_CHANNELS: [InteractionKind; 3] = [
    InteractionKind::Whatsapp,
    InteractionKind::Sms,
    InteractionKind::Email,
];

/// The link that opens `message` for `contact` in the app that sends it, or why
/// there is none (no phone for WhatsApp or SMS, no address for email).
pub fn link_for(store: &Store, contact: &Contact, message: &Outgoing) -> Result<String> {
    let length = message.text.chars().count();
    if length > MAX_MESSAGE_CHARS {
        return Err(StoreError::invalid(
            "text",
            format!(
                "the message is {length} characters long; a link carries at most {MAX_MESSAGE_CHARS}: shorten it, or send it as a file"
            ),
        ));
    }
    let phone = || {
        // The first number that can be dialled: one kept only as typed cannot.
        contact
            .phones
            .iter()
            .find_map(|phone| phone.e164.clone())
            .ok_or_else(|| {
                StoreError::invalid(
                    "phone",
                    format!(
                        "{} has no phone number a {} can go to",
                        contact.name, message.channel
                    ),
                )
            })
    };
    match message.channel {
        InteractionKind::Whatsapp => Ok(whatsapp(
            &phone()?,
            &message.text,
            store.config().messages.whatsapp,
        )),
        InteractionKind::Sms => Ok(sms(&phone()?, &message.text)),
        InteractionKind::Email => {
            let address = contact.emails.first().ok_or_else(|| {
                StoreError::invalid("email", format!("{} has no email address", contact.name))
            })?;
            Ok(mailto(address, message.subject.as_deref(), &message.text))
        }
        other => Err(StoreError::invalid(
            "channel",
            format!("a message is not sent as a {other}; send whatsapp, sms or email"),
        )),
    }
}

impl Store {
    /// What a template's fields say for `contact`, written as `language` writes them
    /// (a Hungarian template greets "Kovács Eszter" as Eszter; amounts and dates in
    /// its local form). The deal is the contact's newest open one; the due date is
    /// its next open follow-up's.
    pub fn template_values(
        &self,
        contact: &Contact,
        language: &str,
        now: DateTime<Utc>,
    ) -> Result<Values> {
        let locale = Locale {
            lang: Lang::from_code(language).unwrap_or_else(crate::i18n::lang),
            region: crate::i18n::format::region(),
        };
        let mut values = Values::default();
        values.set("name", &contact.name);
        values.set(
            "first_name",
            first_name(&contact.name, family_name_first(contact, language)),
        );
        if let Some(account) = contact.accounts.first() {
            values.set("company", &account.account);
        }
        if let Some(owner) = &contact.owner {
            values.set("owner", owner);
        }
        values.set("my_name", self.user());
        let deals = self.deals_for(&contact.id)?;
        if let Some(deal) = deals.iter().find(|d| d.is_open()) {
            values.set("deal", &deal.title);
            values.set(
                "amount",
                locale.money_minor(deal.amount_minor, &deal.currency),
            );
        }
        let next_due = self
            .tasks_for(&contact.id)?
            .into_iter()
            .filter(|task| task.done_at.is_none() && task.due_at >= now)
            .map(|task| task.due_at)
            .min();
        if let Some(due) = next_due {
            let local = due.with_timezone(&Local);
            values.set(
                "due",
                format!(
                    "{} {}",
                    locale.date(local.date_naive()),
                    crate::i18n::format::time(&local)
                ),
            );
        }
        for (field, value) in &contact.custom {
            values.set(field, value);
        }
        Ok(values)
    }

    /// Logs `message` as sent out and opened in its app, not yet known to be sent:
    /// it answers nobody (speed-to-lead, status) until `confirm_sent`.
    pub fn log_opened(&mut self, now: DateTime<Utc>, message: &Outgoing) -> Result<Interaction> {
        self.log_opened_for(now, message, None)
    }

    /// `log_opened`, ticking the contact's row of the campaign `campaign_id` in the
    /// same transaction: the message and its tick land, or are undone, together.
    pub fn log_opened_for(
        &mut self,
        now: DateTime<Utc>,
        message: &Outgoing,
        campaign_id: Option<&str>,
    ) -> Result<Interaction> {
        if !MESSAGE_CHANNELS.contains(&message.channel) {
            return Err(StoreError::invalid(
                "channel",
                format!(
                    "a message is not sent as a {}; send whatsapp, sms or email",
                    message.channel
                ),
            ));
        }
        let item = Interaction {
            id: new_id(),
            contact_id: message.contact_id.clone(),
            deal_id: None,
            kind: message.channel,
            direction: Some(crate::domain::Direction::Out),
            outcome: Some(OPENED.into()),
            duration_secs: None,
            subject: message
                .subject
                .as_deref()
                .map(crate::domain::text::clean_line)
                .filter(|s| !s.is_empty()),
            text: Some(crate::domain::text::clean_text(&message.text)).filter(|t| !t.is_empty()),
            occurred_at: now,
            logged_by: self.user().to_string(),
            created_at: now,
            supersedes: None,
            template: message
                .template
                .as_deref()
                .map(crate::domain::text::clean_line),
        };
        if item.text.is_none() {
            return Err(StoreError::invalid(
                "text",
                "the message is empty; write what it says",
            ));
        }
        super::lifecycle::refuse_empty(&item)?;
        self.write_and_rescore(now, &item.contact_id, |tx, stamp| {
            insert_interaction(tx, &item)?;
            let contact = load_contact(tx, &item.contact_id)?
                .ok_or_else(|| StoreError::invalid("contact", "vanished while logging"))?;
            super::lifecycle::move_status(tx, contact, &item, stamp)?;
            if let Some(campaign_id) = campaign_id {
                tick_in(
                    tx,
                    stamp,
                    campaign_id,
                    &item.contact_id,
                    true,
                    Some(&item.id),
                )?;
            }
            Ok(())
        })?;
        Ok(item)
    }

    /// Marks the opened message `id` as sent: a new version of the entry, at the time
    /// it was opened, so speed-to-lead counts it from then, and status moves as it
    /// would have had the message been logged sent (new → attempting).
    pub fn confirm_sent(&mut self, now: DateTime<Utc>, id: &str) -> Result<Interaction> {
        let item = self.interaction(id)?;
        if !is_unsent_message(item.kind, item.direction, item.outcome.as_deref()) {
            return Err(StoreError::invalid(
                "entry",
                format!(
                    "{} is not a message waiting to be confirmed as sent",
                    item.id
                ),
            ));
        }
        let current = self.versions_of(&item.id)?.pop();
        if current.as_ref().map(|c| &c.id) != Some(&item.id) {
            return Err(StoreError::invalid(
                "entry",
                format!(
                    "{} was corrected or deleted since; confirm its latest version",
                    item.id
                ),
            ));
        }
        let sent = Interaction {
            id: new_id(),
            outcome: Some(SENT.into()),
            logged_by: self.user().to_string(),
            created_at: now,
            supersedes: Some(item.original_id().to_string()),
            ..item
        };
        self.write_and_rescore(now, &sent.contact_id, |tx, stamp| {
            insert_interaction(tx, &sent)?;
            let contact = load_contact(tx, &sent.contact_id)?
                .ok_or_else(|| StoreError::invalid("contact", "vanished while confirming"))?;
            super::lifecycle::move_status(tx, contact, &sent, stamp)?;
            // The first response is read again: the earlier version did not count.
            super::engine::refresh_first_response(tx, &sent.contact_id)
        })?;
        Ok(sent)
    }
}

#[cfg(test)]
#[path = "messages_tests.rs"]
mod tests;
