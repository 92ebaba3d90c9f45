//! Small hand-made states for the desk's unit tests: no terminal, no store.

use super::app::{Action, Card, Column, ContactPage, Effect, State, update};
use crate::domain::scoring::Temperature;
use crate::domain::sla::SlaState;
use crate::domain::{Contact, Deal, Interaction, InteractionKind};
use crate::domain::{LeadStatus, Lifecycle};
use crate::store::{Inbox, InboxEntry, InboxItem, Label, NextTask};
use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};

pub(crate) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap()
}

pub(crate) fn item(
    id: &str,
    name: &str,
    status: LeadStatus,
    owner: Option<&str>,
    temperature: Temperature,
    task_in_hours: Option<i64>,
) -> InboxItem {
    let next_task = task_in_hours.map(|h| NextTask {
        id: format!("t-{id}"),
        title: "Call back".into(),
        due_at: now() + Duration::hours(h),
    });
    InboxItem {
        lead: InboxEntry {
            id: id.into(),
            source: Some("WhatsApp".into()),
            campaign: None,
            owner: owner.map(Label::from),
            status,
            lifecycle: Lifecycle::Lead,
            created_at: now() - Duration::minutes(30),
            age_minutes: 30,
            first_response_minutes: None,
            sla: SlaState::Overdue,
            sla_minutes: 15,
            score: 10,
            temperature,
            expected_value: 0.0,
            priority: 60,
            expired: false,
            expired_minutes: None,
            next_due: next_task.as_ref().map(|t| t.due_at),
        },
        name: name.into(),
        phone: Some("+972544900148".into()),
        email: None,
        flags: Vec::new(),
        waiting_for_owner: false,
        next_task,
    }
}

/// Loads leads the way the runtime does: the order first, then the rows it asks for.
pub(crate) fn load_inbox(state: &mut State, items: Vec<InboxItem>) {
    let entries = items.iter().map(|i| i.lead.clone()).collect();
    let effects = update(
        state,
        Action::InboxLoaded(Inbox {
            entries,
            ..Inbox::default()
        }),
    );
    if let [Effect::LoadInboxRows(asked)] = &effects[..] {
        let rows = items
            .into_iter()
            .filter(|i| asked.iter().any(|a| a.id == i.lead.id))
            .collect();
        update(state, Action::InboxRowsLoaded(rows));
    }
}

/// The names of the leads the current view shows.
pub(crate) fn names(state: &State) -> Vec<String> {
    state
        .visible_inbox()
        .iter()
        .map(|lead| state.inbox_rows[&lead.id].name.clone())
        .collect()
}

pub(crate) fn state() -> State {
    let mut state = State::new(
        "Dana",
        now(),
        now() + Duration::hours(15),
        FixedOffset::east_opt(0).unwrap(),
    );
    load_inbox(
        &mut state,
        vec![
            item(
                "a",
                "Noa Levi",
                LeadStatus::New,
                Some("Dana"),
                Temperature::Hot,
                None,
            ),
            item(
                "b",
                "Szabó Ödön",
                LeadStatus::Connected,
                None,
                Temperature::Cold,
                Some(2),
            ),
            item(
                "c",
                "יוסי מזרחי",
                LeadStatus::Attempting,
                Some("Yossi"),
                Temperature::Warm,
                Some(48),
            ),
        ],
    );
    state
}

/// `state()` on the Timeline, with Noa's `page` open.
pub(crate) fn on_timeline() -> State {
    let mut state = state();
    state.tab = super::app::Tab::Timeline;
    update(
        &mut state,
        Action::ContactLoaded(Box::new(page("a", "Noa Levi"))),
    );
    state
}

pub(crate) fn page(id: &str, name: &str) -> ContactPage {
    let contact = Contact::new_lead(id.into(), name.into(), now(), "Dana");
    let entry = |kind: InteractionKind, text: &str, minutes: i64| Interaction {
        id: format!("{kind}-{minutes}"),
        contact_id: id.into(),
        deal_id: None,
        kind,
        direction: None,
        outcome: None,
        duration_secs: None,
        subject: None,
        text: Some(text.into()),
        occurred_at: now() - Duration::minutes(minutes),
        logged_by: "Dana".into(),
        created_at: now(),
        supersedes: None,
        template: None,
    };
    ContactPage {
        contact,
        timeline: vec![
            entry(InteractionKind::Whatsapp, "Got the quote, price is fine", 5),
            entry(InteractionKind::Call, "No answer", 60),
            entry(InteractionKind::Whatsapp, "שלום, אפשר הצעת מחיר?", 120),
        ],
        tasks: Vec::new(),
        deals: Vec::new(),
        score: crate::domain::scoring::Score {
            total: 0,
            temperature: Temperature::Cold,
            rules: Vec::new(),
        },
        history: Vec::new(),
    }
}

pub(crate) fn type_text(state: &mut State, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| update(state, Action::Input(c)))
        .collect()
}

pub(crate) fn board() -> Vec<Column> {
    let card = |id: &str, stage: &str| {
        let deal = Deal {
            id: id.into(),
            contact_id: format!("contact-{id}"),
            account_id: None,
            title: format!("Deal {id}"),
            amount_minor: 100_000,
            currency: "ILS".into(),
            stage: stage.into(),
            probability_override: None,
            competitors: vec![],
            quotes: vec![],
            close_date: None,
            closed_reason: None,
            stage_changed_at: now(),
            created_at: now(),
            updated_at: now(),
            owner: None,
            notes: None,
            quotes_required: 0,
            quotes_received: 0,
        };
        Card {
            deal,
            contact_name: format!("Contact {id}"),
            days_in_stage: 0,
            stale: false,
            probability: 0.5,
        }
    };
    ["Call", "Meeting", "Won", "Lost"]
        .into_iter()
        .map(|stage| Column {
            unknown: false,
            stage: stage.into(),
            cards: vec![
                card(&format!("{stage}1"), stage),
                card(&format!("{stage}2"), stage),
            ],
        })
        .collect()
}
