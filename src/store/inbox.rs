//! The inbox: leads that still need work, most urgent first, in one pass over the
//! contacts rather than contact by contact, so it stays fast at 100k contacts.

use super::rows::{from_ms, ms};
use super::{Result, Store};
use crate::domain::scoring::Temperature;
use crate::domain::sla::{SlaState, is_expired, priority, sla_state};
use crate::domain::{LeadStatus, Lifecycle};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextTask {
    pub id: String,
    pub title: String,
    pub due_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InboxItem {
    pub id: String,
    pub name: String,
    pub phone: Option<String>,
    pub source: Option<String>,
    pub campaign: Option<String>,
    pub owner: Option<String>,
    pub status: LeadStatus,
    pub lifecycle: Lifecycle,
    pub created_at: DateTime<Utc>,
    pub age_minutes: i64,
    pub first_response_minutes: Option<i64>,
    pub sla: SlaState,
    pub sla_minutes: u32,
    pub score: i64,
    pub temperature: Temperature,
    pub expected_value: f64,
    pub priority: i64,
    pub expired: bool,
    pub next_task: Option<NextTask>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Inbox {
    pub items: Vec<InboxItem>,
    /// Leads left out because nobody touched them for `sla.expire_after_days`.
    pub expired: usize,
}

impl Store {
    /// Leads that still need work: status new or attempting, or never answered, plus
    /// anyone with a follow-up due before `day_ends`. Overdue first, then priority.
    pub fn inbox(
        &self,
        now: DateTime<Utc>,
        day_ends: DateTime<Utc>,
        include_expired: bool,
    ) -> Result<Inbox> {
        let config = self.config();
        let pipeline = config.pipeline();
        let mut expected: HashMap<String, f64> = HashMap::new();
        let mut deals = self.conn().prepare_cached(
            "SELECT contact_id, amount_minor, stage, probability FROM deals
             WHERE deleted_at IS NULL AND stage NOT IN ('Won', 'Lost')",
        )?;
        let mut rows = deals.query([])?;
        while let Some(row) = rows.next()? {
            let stage: String = row.get(2)?;
            let probability = row
                .get::<_, Option<f64>>(3)?
                .unwrap_or_else(|| pipeline.probability(&stage));
            *expected.entry(row.get(0)?).or_default() +=
                row.get::<_, i64>(1)? as f64 / 100.0 * probability;
        }
        // The earliest open follow-up of each contact, read once: joining it into the
        // query below made SQLite build a temporary index on every call.
        let mut next_tasks: HashMap<String, NextTask> = HashMap::new();
        let mut tasks = self.conn().prepare_cached(
            "SELECT contact_id, id, title, min(due_at) FROM tasks
             WHERE done_at IS NULL AND deleted_at IS NULL GROUP BY contact_id",
        )?;
        let mut rows = tasks.query([])?;
        while let Some(row) = rows.next()? {
            let task = NextTask {
                id: row.get(1)?,
                title: row.get(2)?,
                due_at: from_ms(row.get(3)?),
            };
            next_tasks.insert(row.get(0)?, task);
        }
        let columns = "s.contact_id, s.name, s.source, s.campaign, s.owner, s.status, s.lifecycle, s.created_at,
                    s.score, s.temperature, s.first_response_at, s.last_activity_at, s.phone";
        // Leads that need work, then (without repeating them, and without the cost of
        // UNION's de-duplication) anyone else with a follow-up due today.
        let needs_work = "(s.status IN ('new', 'attempting')
                OR (s.first_response_at IS NULL AND s.status NOT IN ('disqualified', 'nurturing')))";
        let sql = format!(
            "SELECT {columns} FROM contact_search s WHERE {needs_work}
             UNION ALL
             SELECT {columns} FROM contact_search s
             WHERE s.contact_id IN (SELECT contact_id FROM tasks
                                    WHERE done_at IS NULL AND deleted_at IS NULL AND due_at < ?1)
               AND NOT {needs_work}"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut inbox = Inbox::default();
        let mut rows = stmt.query([ms(day_ends)])?;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let source: Option<String> = row.get(2)?;
            let created_at = from_ms(row.get(7)?);
            let first_response_at = row.get::<_, Option<i64>>(10)?.map(from_ms);
            let last_activity = from_ms(row.get(11)?);
            let expired = is_expired(last_activity, config.sla.expire_after_days, now);
            if expired && !include_expired {
                inbox.expired += 1;
                continue;
            }
            let sla_minutes = config.sla.minutes_for(source.as_deref());
            let sla = sla_state(created_at, first_response_at, sla_minutes, now);
            let next_task = next_tasks.get(&id).cloned();
            let task_overdue = next_task.as_ref().is_some_and(|t| t.due_at < now);
            let task_today = next_task.as_ref().is_some_and(|t| t.due_at < day_ends);
            let score: i64 = row.get(8)?;
            let expected_value = expected.get(&id).copied().unwrap_or(0.0);
            inbox.items.push(InboxItem {
                name: row.get(1)?,
                phone: row.get(12)?,
                campaign: row.get(3)?,
                owner: row.get(4)?,
                status: row.get::<_, String>(5)?.parse().unwrap_or(LeadStatus::New),
                lifecycle: row.get::<_, String>(6)?.parse().unwrap_or(Lifecycle::Lead),
                age_minutes: (now - created_at).num_minutes(),
                first_response_minutes: first_response_at.map(|at| (at - created_at).num_minutes()),
                sla,
                sla_minutes,
                score,
                temperature: row
                    .get::<_, String>(9)?
                    .parse()
                    .unwrap_or(Temperature::Cold),
                expected_value,
                priority: priority(score, expected_value, sla, task_overdue, task_today),
                expired,
                next_task,
                created_at,
                source,
                id,
            });
        }
        // Overdue first, then priority, then the longest waiting. The items are large:
        // sorting small keys and moving each item once is several times faster.
        inbox.items.sort_by_cached_key(|item| {
            (
                item.sla != SlaState::Overdue,
                -item.priority,
                item.created_at,
                item.id.clone(),
            )
        });
        Ok(inbox)
    }
}
