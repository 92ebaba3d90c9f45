//! The demo database: a small story from assets/demo.toml, with times relative to now,
//! so a newcomer sees fresh leads, overdue ones, deals in every stage and a timeline.

use super::{Result, Store, StoreError, new_id};
use crate::config::Config;
use crate::domain::deal::parse_amount;
use crate::domain::when::parse_when;
use crate::domain::{
    Contact, ContactKind, Deal, Direction, Interaction, InteractionKind, LeadStatus, Lifecycle,
    Membership, Origin, Phone, Role, Task,
};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

const DEMO: &str = include_str!("../../assets/demo.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Story {
    contacts: Vec<DemoContact>,
    interactions: Vec<DemoInteraction>,
    deals: Vec<DemoDeal>,
    tasks: Vec<DemoTask>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoContact {
    key: String,
    name: String,
    created: String,
    #[serde(default)]
    phones: Vec<String>,
    #[serde(default)]
    emails: Vec<String>,
    company: Option<String>,
    role: Option<Role>,
    kind: Option<ContactKind>,
    source: Option<String>,
    campaign: Option<String>,
    origin: Option<Origin>,
    owner: Option<String>,
    lifecycle: Option<Lifecycle>,
    status: Option<LeadStatus>,
    disqualified_reason: Option<String>,
    quality: Option<u8>,
    #[serde(default)]
    flags: Vec<String>,
    preferred_channel: Option<String>,
    best_time: Option<String>,
    notes: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoInteraction {
    contact: String,
    kind: InteractionKind,
    at: String,
    direction: Option<Direction>,
    outcome: Option<String>,
    duration: Option<i64>,
    subject: Option<String>,
    text: Option<String>,
    by: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoDeal {
    contact: String,
    title: String,
    amount: String,
    stage: String,
    opened: String,
    moved: Option<String>,
    reason: Option<String>,
    #[serde(default)]
    competitors: Vec<String>,
    #[serde(default)]
    quotes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoTask {
    contact: String,
    title: String,
    due: String,
    done: Option<String>,
}

/// Opens the demo file, rebuilding it when it is missing or was built on another day
/// (so that its "2 hours ago" still means two hours ago).
pub fn open_demo(path: &Path, config: &Config, now: DateTime<Utc>) -> Result<Store> {
    let today = now.date_naive().to_string();
    if path.exists() {
        // The demo is ours to make again: one this build refuses (damaged, from a
        // newer or a different build) is replaced rather than standing in the way.
        let store = match Store::open(path, config) {
            Ok(store) => Some(store),
            Err(
                StoreError::TooNew { .. }
                | StoreError::ForeignObjects { .. }
                | StoreError::Damaged { .. }
                | StoreError::NotADatabase { .. }
                | StoreError::Foreign { .. },
            ) => None,
            Err(other) => return Err(other),
        };
        if let Some(store) = store {
            let built_on = super::read_meta(store.conn(), "demo_built_on")?;
            if built_on.as_deref() == Some(today.as_str()) {
                return Ok(store);
            }
        }
        for suffix in ["", "-wal", "-shm"] {
            let file = format!("{}{suffix}", path.display());
            let _ = std::fs::remove_file(file);
        }
    }
    let building = path.with_extension("building");
    let _ = std::fs::remove_file(&building);
    {
        let mut store = Store::open(&building, config)?;
        seed(&mut store, now)?;
        super::write_meta(store.conn(), "demo_built_on", &today)?;
    }
    std::fs::rename(&building, path).map_err(|e| StoreError::Open {
        path: path.to_path_buf(),
        message: format!("cannot put the demo file in place: {e}"),
    })?;
    Store::open(path, config)
}

/// Fills a store with the demo story, times counted back from `now`.
pub fn seed(store: &mut Store, now: DateTime<Utc>) -> Result<()> {
    let story: Story =
        toml::from_str(DEMO).map_err(|e| StoreError::invalid("assets/demo.toml", e.to_string()))?;
    let region = store.region();
    let at =
        |text: &str| parse_when(text, now).map_err(|e| StoreError::invalid("assets/demo.toml", e));
    let currency = store.currency().to_string();
    let pipeline = Config::default().pipeline();
    store.bulk_write(now, |writer| {
        let mut contacts: HashMap<String, Contact> = HashMap::new();
        for demo in &story.contacts {
            let mut contact =
                Contact::new_lead(new_id(), demo.name.clone(), at(&demo.created)?, "demo");
            contact.phones = demo
                .phones
                .iter()
                .map(|p| Phone::parse(p, region))
                .collect();
            contact.emails = demo.emails.clone();
            contact.accounts = demo
                .company
                .iter()
                .map(|c| Membership {
                    account_id: String::new(),
                    account: c.clone(),
                    role: demo.role,
                })
                .collect();
            contact.kind = demo.kind.unwrap_or(ContactKind::Person);
            contact.source = demo.source.clone();
            contact.campaign = demo.campaign.clone();
            contact.origin = demo.origin;
            contact.owner = demo.owner.clone();
            contact.lifecycle = demo.lifecycle.unwrap_or(Lifecycle::Lead);
            contact.status = demo.status.unwrap_or(LeadStatus::New);
            contact.disqualified_reason = demo.disqualified_reason.clone();
            contact.quality = demo.quality;
            contact.flags = demo.flags.clone();
            contact.preferred_channel = demo.preferred_channel.clone();
            contact.best_time = demo.best_time.clone();
            contact.notes = demo.notes.clone();
            writer.contact(&contact)?;
            contacts.insert(demo.key.clone(), contact);
        }
        let contact = |key: &str| {
            contacts.get(key).ok_or_else(|| {
                StoreError::invalid("assets/demo.toml", format!("no contact with key {key}"))
            })
        };
        for demo in &story.interactions {
            let when = at(&demo.at)?;
            writer.interaction(&Interaction {
                id: new_id(),
                contact_id: contact(&demo.contact)?.id.clone(),
                deal_id: None,
                kind: demo.kind,
                direction: demo.direction,
                outcome: demo.outcome.clone(),
                duration_secs: demo.duration,
                subject: demo.subject.clone(),
                text: demo.text.clone(),
                occurred_at: when,
                logged_by: demo.by.clone().unwrap_or_else(|| "Dana".into()),
                created_at: when,
                supersedes: None,
                template: None,
            })?;
        }
        for demo in &story.deals {
            let owner = contact(&demo.contact)?;
            let opened = at(&demo.opened)?;
            let stage = pipeline.stage_name(&demo.stage).ok_or_else(|| {
                StoreError::invalid("assets/demo.toml", format!("unknown stage {}", demo.stage))
            })?;
            let account_id = writer
                .reload(&owner.id)?
                .and_then(|c| c.accounts.first().map(|m| m.account_id.clone()));
            writer.deal(&Deal {
                id: new_id(),
                contact_id: owner.id.clone(),
                account_id,
                title: demo.title.clone(),
                amount_minor: parse_amount(&demo.amount).unwrap_or(0),
                currency: currency.clone(),
                stage: stage.to_string(),
                probability_override: None,
                competitors: demo.competitors.clone(),
                quotes: demo.quotes.clone(),
                close_date: None,
                closed_reason: demo.reason.clone(),
                stage_changed_at: demo.moved.as_deref().map(at).transpose()?.unwrap_or(opened),
                created_at: opened,
                updated_at: opened,
                owner: owner.owner.clone(),
                notes: None,
                // The demo's quoting deal waits for a third quote.
                quotes_required: if demo.quotes.is_empty() { 0 } else { 3 },
                quotes_received: demo.quotes.len() as u32,
            })?;
        }
        super::demo_history::write(writer, now, &currency)?;
        for demo in &story.tasks {
            let owner = contact(&demo.contact)?;
            writer.task(&Task {
                id: new_id(),
                contact_id: owner.id.clone(),
                title: demo.title.clone(),
                due_at: at(&demo.due)?,
                done_at: demo.done.as_deref().map(at).transpose()?,
                owner: owner.owner.clone(),
                created_at: owner.created_at,
            })?;
        }
        Ok(())
    })?;
    store.rescore_all(now, true)?;
    demo_campaign(store, now)
}

/// The spring kitchen campaign as a checklist begun: its invitation attached, the
/// first two of its contacts already sent it yesterday.
fn demo_campaign(store: &mut Store, now: DateTime<Utc>) -> Result<()> {
    let spring = store.add_campaign(
        now,
        &super::CampaignSpec {
            name: "Spring kitchens".into(),
            by: crate::domain::campaign::CampaignBy::Campaign,
            value: "Spring kitchens".into(),
            template: Some("Campaign invitation".into()),
        },
    )?;
    let yesterday = now - chrono::Duration::days(1);
    for member in store.campaign_members(&spring)?.iter().take(2) {
        store.tick_campaign(yesterday, &spring.id, &member.contact_id, true, None)?;
    }
    Ok(())
}
