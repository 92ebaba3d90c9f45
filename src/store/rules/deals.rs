//! A deal opened or moved, and what that does to its contact's lifecycle.

use super::engine::apply_deal_event;
use crate::domain::deal::{LOST, WON};
use crate::domain::lifecycle::DealEvent;
use crate::domain::{Deal, Pipeline};
use crate::store::rows::deals::{MOVED, OPENED, insert_deal};
use crate::store::rows::interactions::{event_of, insert_interaction};
use crate::store::rows::meta::Stamp;
use crate::store::rows::{Table, ms, text, update_fields};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use rusqlite::types::Value;

/// A fact about the deal on its contact's timeline, naming the deal. A stage it
/// entered rides in the outcome, so that its page lists the stages with their dates,
/// and two copies that each moved the deal merge both moves (facts are never
/// overwritten).
pub(super) fn record_deal_event(
    tx: &Transaction<'_>,
    deal: &Deal,
    subject: &str,
    text: String,
    stage: Option<&str>,
    stamp: &Stamp,
) -> Result<()> {
    let mut event = event_of(&deal.contact_id, subject, text, stamp);
    event.deal_id = Some(deal.id.clone());
    event.outcome = stage.map(str::to_string);
    insert_interaction(tx, &event)
}

impl Store {
    pub fn add_deal(&mut self, now: DateTime<Utc>, deal: &Deal) -> Result<()> {
        let config = self.config().clone();
        self.write_and_rescore(now, &deal.contact_id, |tx, stamp| {
            insert_deal(tx, deal, stamp)?;
            let text = format!("deal \"{}\" opened in {}", deal.title, deal.stage);
            record_deal_event(tx, deal, OPENED, text, Some(&deal.stage), stamp)?;
            apply_deal_event(tx, deal, DealEvent::Opened, &config, stamp)
        })
    }

    /// Moves a deal to another stage (Won and Lost included), recording the reason when
    /// it closes and a fact on the contact's timeline.
    pub fn move_deal(
        &mut self,
        now: DateTime<Utc>,
        pipeline: &Pipeline,
        id: &str,
        stage: &str,
        reason: Option<&str>,
    ) -> Result<Deal> {
        let deal = self.deal(id)?;
        let target = pipeline.stage_name(stage).ok_or_else(|| {
            StoreError::invalid(
                "stage",
                format!(
                    "\"{stage}\" is not a stage; the stages are {}",
                    pipeline.names().join(", ")
                ),
            )
        })?;
        if target == LOST && reason.is_none_or(|r| r.trim().is_empty()) {
            return Err(StoreError::invalid(
                "reason",
                "a lost deal needs a reason (--reason)",
            ));
        }
        if target == deal.stage {
            return Ok(deal);
        }
        let config = self.config().clone();
        self.write_and_rescore(now, &deal.contact_id, |tx, stamp| {
            let mut changes = vec![
                ("stage", Value::Text(target.to_string())),
                ("stage_changed_at", Value::Integer(ms(now))),
            ];
            if target == WON || target == LOST {
                changes.push(("closed_reason", text(reason)));
            }
            update_fields(tx, Table::Deals, id, &changes, stamp)?;
            let because = reason.map(|r| format!(": {r}")).unwrap_or_default();
            let text = format!(
                "deal \"{}\" {} → {}{because}",
                deal.title, deal.stage, target
            );
            record_deal_event(tx, &deal, MOVED, text, Some(target), stamp)?;
            let event = match target {
                WON => Some(DealEvent::Won),
                LOST => Some(DealEvent::Lost),
                _ => None,
            };
            if let Some(event) = event {
                let closed = Deal {
                    stage: target.to_string(),
                    closed_reason: reason.map(str::to_string),
                    ..deal.clone()
                };
                apply_deal_event(tx, &closed, event, &config, stamp)?;
            }
            Ok(())
        })?;
        self.deal(id)
    }
}
