//! The four records most outputs are made of, as scripts read them: a contact, a
//! deal, a timeline entry and a task.

use crate::domain::contact::{ContactKind, LeadStatus, Lifecycle, Origin, Role};
use crate::domain::interaction::{Direction, InteractionKind};
use crate::domain::timestamp::{self, Rfc3339};
use crate::domain::{Contact, Deal, Interaction, Pipeline, Task};
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Serialize, JsonSchema)]
pub struct ContactJson {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: ContactKind,
    /// Each phone as the desk shows it (E.164 when it could be read).
    pub phones: Vec<String>,
    pub phones_as_typed: Vec<String>,
    pub emails: Vec<String>,
    pub accounts: Vec<AccountJson>,
    pub source: Option<String>,
    pub campaign: Option<String>,
    pub origin: Option<Origin>,
    pub owner: Option<String>,
    pub lifecycle: Lifecycle,
    pub status: LeadStatus,
    pub disqualified_reason: Option<String>,
    pub quality: Option<u8>,
    pub flags: Vec<String>,
    pub preferred_channel: Option<String>,
    pub best_time: Option<String>,
    pub notes: Option<String>,
    pub custom: BTreeMap<String, String>,
    #[serde(serialize_with = "timestamp::write")]
    #[schemars(with = "Rfc3339")]
    pub created_at: DateTime<Utc>,
    #[serde(serialize_with = "timestamp::write")]
    #[schemars(with = "Rfc3339")]
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

/// An account the contact belongs to, and the contact's role there.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AccountJson {
    pub id: String,
    pub name: String,
    pub role: Option<Role>,
}

impl From<&Contact> for ContactJson {
    fn from(c: &Contact) -> ContactJson {
        ContactJson {
            id: c.id.clone(),
            name: c.name.clone(),
            aliases: c.aliases.clone(),
            kind: c.kind,
            phones: c.phones.iter().map(|p| p.display().to_string()).collect(),
            phones_as_typed: c.phones.iter().map(|p| p.raw.clone()).collect(),
            emails: c.emails.clone(),
            accounts: accounts_of(c),
            source: c.source.clone(),
            campaign: c.campaign.clone(),
            origin: c.origin,
            owner: c.owner.clone(),
            lifecycle: c.lifecycle,
            status: c.status,
            disqualified_reason: c.disqualified_reason.clone(),
            quality: c.quality,
            flags: c.flags.clone(),
            preferred_channel: c.preferred_channel.clone(),
            best_time: c.best_time.clone(),
            notes: c.notes.clone(),
            custom: c.custom.clone(),
            created_at: c.created_at,
            updated_at: c.updated_at,
            updated_by: c.updated_by.clone(),
        }
    }
}

pub fn accounts_of(c: &Contact) -> Vec<AccountJson> {
    c.accounts
        .iter()
        .map(|m| AccountJson {
            id: m.account_id.clone(),
            name: m.account.clone(),
            role: m.role,
        })
        .collect()
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DealJson {
    pub id: String,
    pub contact_id: String,
    pub account_id: Option<String>,
    pub title: String,
    pub amount: Amount,
    /// The exact amount in minor units (cents, agorot, fillér).
    pub amount_minor: i64,
    pub currency: String,
    pub stage: String,
    pub probability: f64,
    pub expected_value: f64,
    pub competitors: Vec<String>,
    pub quotes: Vec<String>,
    /// A day, `2026-12-24`.
    #[schemars(with = "Option<String>")]
    pub close_date: Option<chrono::NaiveDate>,
    pub closed_reason: Option<String>,
    pub owner: Option<String>,
    pub notes: Option<String>,
    pub quotes_required: u32,
    pub quotes_received: u32,
    #[serde(serialize_with = "timestamp::write")]
    #[schemars(with = "Rfc3339")]
    pub stage_changed_at: DateTime<Utc>,
    #[serde(serialize_with = "timestamp::write")]
    #[schemars(with = "Rfc3339")]
    pub created_at: DateTime<Utc>,
}

/// A deal's amount: a number while a float shows it to the cent, and past that the
/// exact decimal as a string, never a number off by cents; `amount_minor` beside it
/// is always the exact integer.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Amount {
    Number(f64),
    Exact(String),
}

/// The largest minor amount whose `f64` prints back as the exact decimal (15
/// significant digits always survive the round trip).
const EXACT_AS_FLOAT_MINOR: u64 = 1_000_000_000_000_000;

impl Amount {
    pub fn of(minor: i64) -> Amount {
        if minor.unsigned_abs() < EXACT_AS_FLOAT_MINOR {
            Amount::Number(minor as f64 / 100.0)
        } else {
            Amount::Exact(crate::domain::deal::format_amount(minor))
        }
    }
}

impl DealJson {
    pub fn of(d: &Deal, pipeline: &Pipeline) -> DealJson {
        DealJson {
            id: d.id.clone(),
            contact_id: d.contact_id.clone(),
            account_id: d.account_id.clone(),
            title: d.title.clone(),
            amount: Amount::of(d.amount_minor),
            amount_minor: d.amount_minor,
            currency: d.currency.clone(),
            stage: d.stage.clone(),
            probability: d.probability(pipeline),
            expected_value: d.expected_value(pipeline),
            competitors: d.competitors.clone(),
            quotes: d.quotes.clone(),
            close_date: d.close_date,
            closed_reason: d.closed_reason.clone(),
            owner: d.owner.clone(),
            notes: d.notes.clone(),
            quotes_required: d.quotes_required,
            quotes_received: d.quotes_received,
            stage_changed_at: d.stage_changed_at,
            created_at: d.created_at,
        }
    }
}

/// A timeline entry.
#[derive(Debug, Serialize, JsonSchema)]
pub struct InteractionJson {
    pub id: String,
    pub contact_id: String,
    pub deal_id: Option<String>,
    pub kind: InteractionKind,
    pub direction: Option<Direction>,
    #[serde(serialize_with = "timestamp::write")]
    #[schemars(with = "Rfc3339")]
    pub occurred_at: DateTime<Utc>,
    pub subject: Option<String>,
    pub text: Option<String>,
    pub outcome: Option<String>,
    pub duration_secs: Option<i64>,
    pub logged_by: String,
    /// The entry this one corrects or retracts.
    pub supersedes: Option<String>,
    /// The template a message was written from, by its name then.
    pub template: Option<String>,
}

impl From<&Interaction> for InteractionJson {
    fn from(i: &Interaction) -> InteractionJson {
        InteractionJson {
            id: i.id.clone(),
            contact_id: i.contact_id.clone(),
            deal_id: i.deal_id.clone(),
            kind: i.kind,
            direction: i.direction,
            occurred_at: i.occurred_at,
            subject: i.subject.clone(),
            text: i.text.clone(),
            outcome: i.outcome.clone(),
            duration_secs: i.duration_secs,
            logged_by: i.logged_by.clone(),
            supersedes: i.supersedes.clone(),
            template: i.template.clone(),
        }
    }
}

/// A follow-up task.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TaskJson {
    pub id: String,
    pub contact_id: String,
    pub title: String,
    #[serde(serialize_with = "timestamp::write")]
    #[schemars(with = "Rfc3339")]
    pub due_at: DateTime<Utc>,
    #[serde(serialize_with = "timestamp::write_optional")]
    #[schemars(with = "Option<Rfc3339>")]
    pub done_at: Option<DateTime<Utc>>,
    pub owner: Option<String>,
}

impl From<&Task> for TaskJson {
    fn from(t: &Task) -> TaskJson {
        TaskJson {
            id: t.id.clone(),
            contact_id: t.contact_id.clone(),
            title: t.title.clone(),
            due_at: t.due_at,
            done_at: t.done_at,
            owner: t.owner.clone(),
        }
    }
}
