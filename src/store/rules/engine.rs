//! The lead engine at work inside each write: rescoring a contact whenever anything
//! about it changes, raising its lifecycle, assigning owners (`assignment`), and
//! recording every automatic change as a fact on the timeline.

use super::assignment::hand_to_sales;
use super::facts::{facts_for, facts_from};
use crate::config::Config;
use crate::domain::lifecycle::{
    DealEvent, WAITING_FOR_OWNER, lifecycle_for_deal, lifecycle_for_score,
};
use crate::domain::scoring::{Score, Temperature, score};
use crate::domain::text::clean_line;
use crate::domain::{Contact, Deal, LeadStatus, Lifecycle, Task};
use crate::store::rows::contacts::{load_contact, update_contact};
use crate::store::rows::interactions::{record_event, record_lifecycle_event};
use crate::store::rows::meta::{Stamp, new_id};
use crate::store::rows::{from_ms, ms};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;

/// The three decisions about a lead.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// Open a deal: the lead becomes an opportunity.
    Convert(Box<Deal>),
    /// Not now: keep in touch, maybe saying why, maybe with a follow-up to come
    /// back to the lead (`Decision::nurture` makes it).
    Nurture {
        reason: Option<String>,
        come_back: Option<Box<Task>>,
    },
    /// Not a fit, with the reason.
    Drop(String),
}

impl Decision {
    /// Nurturing `contact`: `reason` goes on the decision's timeline entry, and a
    /// `back_on` time makes a follow-up due then, "Come back to NAME: REASON", of
    /// the lead's owner (or of whoever decides, when it has none), written with the
    /// decision as one change.
    pub fn nurture(
        contact: &Contact,
        reason: Option<String>,
        back_on: Option<DateTime<Utc>>,
        (now, by): (DateTime<Utc>, &str),
    ) -> Decision {
        let reason = reason
            .map(|reason| clean_line(&reason))
            .filter(|reason| !reason.is_empty());
        let come_back = back_on.map(|due_at| {
            let name = clean_line(&contact.name);
            Box::new(Task {
                id: new_id(),
                contact_id: contact.id.clone(),
                // Written in the user's language, as a task they typed would be.
                title: match &reason {
                    Some(reason) => {
                        let reason =
                            crate::domain::said::shown(crate::domain::said::List::Reason, reason);
                        crate::t!(
                            "said-task-come-back-because",
                            name = name,
                            reason = reason.as_ref()
                        )
                    }
                    None => crate::t!("said-task-come-back", name = name),
                },
                due_at,
                done_at: None,
                // A lead nobody owns comes back to whoever nurtured it, so that
                // the follow-up shows on their "mine".
                owner: contact.owner.clone().or_else(|| Some(by.to_string())),
                created_at: now,
            })
        });
        Decision::Nurture { reason, come_back }
    }
}

#[derive(Debug, Clone, Default, Serialize, schemars::JsonSchema)]
pub struct RescoreSummary {
    pub contacts: usize,
    pub changed: usize,
    pub lifecycle_raised: usize,
    pub expired: usize,
}

/// Stores a contact's new score (and its history when it moved).
pub(crate) fn save_score(
    tx: &Connection,
    contact_id: &str,
    total: i64,
    temperature: Temperature,
    at: DateTime<Utc>,
) -> Result<bool> {
    let previous: Option<i64> = tx
        .prepare_cached("SELECT score FROM contact_search WHERE contact_id = ?1")?
        .query_row([contact_id], |r| r.get(0))
        .optional()?;
    let moved = previous != Some(total);
    let first_time: bool = tx
        .prepare_cached("SELECT NOT EXISTS (SELECT 1 FROM score_history WHERE contact_id = ?1)")?
        .query_row([contact_id], |r| r.get(0))?;
    write_score(
        tx,
        contact_id,
        total,
        temperature,
        (moved || first_time).then_some(at),
    )?;
    Ok(moved)
}

/// Writes a score where the inbox and search read it, and into the history when
/// `history_at` says when.
fn write_score(
    tx: &Connection,
    contact_id: &str,
    total: i64,
    temperature: Temperature,
    history_at: Option<DateTime<Utc>>,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE contact_search SET score = ?2, temperature = ?3 WHERE contact_id = ?1",
    )?
    .execute(params![contact_id, total, temperature.as_str()])?;
    if let Some(at) = history_at {
        insert_history(tx, contact_id, total, at)?;
    }
    Ok(())
}

fn insert_history(tx: &Connection, contact_id: &str, total: i64, at: DateTime<Utc>) -> Result<()> {
    tx.prepare_cached("INSERT INTO score_history (contact_id, at, score) VALUES (?1, ?2, ?3)")?
        .execute(params![contact_id, ms(at), total])?;
    Ok(())
}

/// Rescores one contact after a change and applies what the new score implies.
pub(crate) fn rescore_contact(
    tx: &Transaction<'_>,
    contact_id: &str,
    config: &Config,
    stamp: &Stamp,
) -> Result<Score> {
    let contact = load_contact(tx, contact_id)?
        .ok_or_else(|| StoreError::invalid("contact", "vanished while scoring"))?;
    let facts = facts_for(tx, &contact, config, stamp.at)?;
    let result = score(&config.scoring, &facts, stamp.at);
    save_score(tx, contact_id, result.total, result.temperature, stamp.at)?;
    let touched = facts.interactions.iter().map(|i| i.occurred_at).max();
    let fresh = touched.is_some_and(|at| {
        !crate::domain::sla::is_expired(at, config.sla.expire_after_days, stamp.at)
    });
    // What is stored after this is the contact as held here: no need to read it back.
    let contact = if fresh && contact.flags.iter().any(|f| f == "expired") {
        let mut revived = contact.clone();
        revived.flags.retain(|f| f != "expired");
        update_contact(tx, &contact, &revived, stamp)?;
        record_event(
            tx,
            contact_id,
            "expired",
            "no longer expired: touched again",
            stamp,
        )?;
        revived
    } else {
        contact
    };
    if contact.flags.iter().any(|f| f == WAITING_FOR_OWNER) {
        // Any change to a lead waiting for an owner looks again for one with room;
        // only the owner and the flag change, which `raise_lifecycle` leaves alone.
        hand_to_sales(tx, contact_id, config, stamp)?;
    }
    raise_lifecycle(tx, &contact, result.total, config, stamp)?;
    Ok(result)
}

/// The first score of a contact created in this same transaction, from the contact
/// in hand: it has no interactions or deals yet, so there is nothing to read back.
pub(crate) fn first_score(contact: &Contact, config: &Config, at: DateTime<Utc>) -> Score {
    score(&config.scoring, &facts_from(contact, false, Vec::new()), at)
}

/// Records a new contact's first score, which its search row was written with, as
/// the start of its history, and applies what the score implies.
pub(crate) fn record_first_score(
    tx: &Transaction<'_>,
    contact: &Contact,
    first: &Score,
    config: &Config,
    stamp: &Stamp,
) -> Result<()> {
    insert_history(tx, &contact.id, first.total, stamp.at)?;
    raise_lifecycle(tx, contact, first.total, config, stamp)
}

/// What a new score implies: a lifecycle raised to MQL or SQL, and an SQL handed to sales.
fn raise_lifecycle(
    tx: &Transaction<'_>,
    contact: &Contact,
    total: i64,
    config: &Config,
    stamp: &Stamp,
) -> Result<()> {
    if let Some((stage, why)) = lifecycle_for_score(
        contact.lifecycle,
        total,
        config.scoring.mql_at,
        config.scoring.sql_at,
    ) {
        set_lifecycle(tx, contact, stage, &why, stamp)?;
        if stage == Lifecycle::Sql {
            hand_to_sales(tx, &contact.id, config, stamp)?;
        }
    }
    Ok(())
}

pub(crate) fn set_lifecycle(
    tx: &Transaction<'_>,
    contact: &Contact,
    stage: Lifecycle,
    why: &str,
    stamp: &Stamp,
) -> Result<()> {
    let mut changed = contact.clone();
    changed.lifecycle = stage;
    update_contact(tx, contact, &changed, stamp)?;
    record_lifecycle_event(
        tx,
        &contact.id,
        stage,
        &format!("lifecycle {} → {stage}: {why}", contact.lifecycle),
        stamp,
    )?;
    Ok(())
}

/// Moves the lifecycle as the configured mapping says for a deal event.
pub(crate) fn apply_deal_event(
    tx: &Transaction<'_>,
    deal: &Deal,
    event: DealEvent,
    config: &Config,
    stamp: &Stamp,
) -> Result<()> {
    let contact = load_contact(tx, &deal.contact_id)?
        .ok_or_else(|| StoreError::invalid("contact", "vanished"))?;
    let other_business: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM deals WHERE contact_id = ?1 AND id != ?2 AND stage != 'Lost' AND deleted_at IS NULL)",
        )?
        .query_row(params![deal.contact_id, deal.id], |r| r.get(0))?;
    let (target, verb) = match event {
        DealEvent::Opened => (config.lifecycle.deal_opened, "opened"),
        DealEvent::Won => (config.lifecycle.deal_won, "won"),
        DealEvent::Lost => (config.lifecycle.deal_lost, "lost"),
    };
    if let Some(stage) = lifecycle_for_deal(contact.lifecycle, target, event, other_business) {
        let reason = deal
            .closed_reason
            .as_deref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        set_lifecycle(
            tx,
            &contact,
            stage,
            &format!("deal \"{}\" {verb}{reason}", deal.title),
            stamp,
        )?;
    }
    Ok(())
}

/// Reads a contact's first response (for speed-to-lead) again from its timeline.
pub(crate) fn refresh_first_response(tx: &Connection, contact_id: &str) -> Result<()> {
    let first_response = crate::store::rows::interactions::timeline(tx, contact_id)?
        .iter()
        .filter(|i| {
            crate::domain::interaction::is_response(i.kind, i.direction, i.outcome.as_deref())
        })
        .map(|i| ms(i.occurred_at))
        .min();
    tx.execute(
        "UPDATE contact_search SET first_response_at = ?2 WHERE contact_id = ?1",
        rusqlite::params![contact_id, first_response],
    )?;
    Ok(())
}

/// Rebuilds what is derived from a contact's rows: its search row, its first
/// response and its score.
pub(crate) fn refresh_derived(
    tx: &Transaction<'_>,
    contact_id: &str,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<()> {
    crate::store::rows::contacts::refresh_search_row(tx, contact_id)?;
    let Some(contact) = crate::store::rows::contacts::load_contact(tx, contact_id)? else {
        return Ok(());
    };
    refresh_first_response(tx, contact_id)?;
    let facts = facts_for(tx, &contact, config, now)?;
    let result = crate::domain::scoring::score(&config.scoring, &facts, now);
    save_score(tx, contact_id, result.total, result.temperature, now)?;
    Ok(())
}

impl Store {
    /// One write about one contact, after which the contact is rescored.
    pub(crate) fn write_and_rescore<T>(
        &mut self,
        now: DateTime<Utc>,
        contact_id: &str,
        action: impl FnOnce(&Transaction<'_>, &Stamp) -> Result<T>,
    ) -> Result<T> {
        let config = self.config().clone();
        self.write(now, |tx, stamp| {
            let value = action(tx, stamp)?;
            rescore_contact(tx, contact_id, &config, stamp)?;
            Ok(value)
        })
    }

    /// The breakdown of a contact's score as of `now`.
    pub fn score(&self, contact: &Contact, now: DateTime<Utc>) -> Result<Score> {
        let facts = facts_for(self.conn(), contact, self.config(), now)?;
        Ok(score(&self.config().scoring, &facts, now))
    }

    /// How the stored score moved: (time, score), oldest first.
    pub fn score_history(&self, contact_id: &str) -> Result<Vec<(DateTime<Utc>, i64)>> {
        let rows = self
            .conn()
            .prepare_cached(
                "SELECT at, score FROM score_history WHERE contact_id = ?1 ORDER BY at, rowid",
            )?
            .query_map([contact_id], |r| Ok((from_ms(r.get(0)?), r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Records a decision about a lead, with who made it and when.
    pub fn triage(
        &mut self,
        now: DateTime<Utc>,
        contact_id: &str,
        decision: Decision,
    ) -> Result<Contact> {
        let config = self.config().clone();
        self.write_and_rescore(now, contact_id, |tx, stamp| {
            let contact = load_contact(tx, contact_id)?
                .ok_or_else(|| StoreError::invalid("contact", "vanished"))?;
            let mut changed = contact.clone();
            let text = match &decision {
                Decision::Convert(deal) => {
                    crate::store::rows::deals::insert_deal(tx, deal, stamp)?;
                    if matches!(changed.status, LeadStatus::New | LeadStatus::Attempting) {
                        changed.status = LeadStatus::Connected;
                    }
                    format!("convert: deal \"{}\" opened in {}", deal.title, deal.stage)
                }
                Decision::Nurture { reason, come_back } => {
                    changed.status = LeadStatus::Nurturing;
                    changed.disqualified_reason = None;
                    if let Some(task) = come_back {
                        crate::store::rows::tasks::insert_task(tx, task, stamp)?;
                    }
                    match reason {
                        Some(reason) => format!("nurture: {reason}"),
                        None => "nurture: keep in touch for later".to_string(),
                    }
                }
                Decision::Drop(reason) => {
                    changed.status = LeadStatus::Disqualified;
                    changed.disqualified_reason = Some(reason.clone());
                    format!("drop: {reason}")
                }
            };
            update_contact(tx, &contact, &changed, stamp)?;
            record_event(
                tx,
                contact_id,
                "decision",
                &format!("{text} (by {})", stamp.user),
                stamp,
            )?;
            if let Decision::Convert(deal) = &decision {
                apply_deal_event(tx, deal, DealEvent::Opened, &config, stamp)?;
            }
            Ok(())
        })?;
        self.contact(contact_id)
    }
}
