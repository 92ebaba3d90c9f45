//! The inbox (leads that still need work, most urgent first) and the full rescore.
//! Both read each table once rather than contact by contact, so they stay fast at
//! 100k contacts.

use super::contacts::load_contact;
use super::engine::{RescoreSummary, hand_to_sales, rescore_contact, save_score, set_lifecycle};
use super::interactions::record_event;
use super::rows::{from_json, from_ms, ms};
use super::{Result, Store};
use crate::domain::lifecycle::lifecycle_for_score;
use crate::domain::scoring::{InteractionFact, ScoreFacts, Temperature, score};
use crate::domain::sla::{SlaState, is_expired, priority, sla_state};
use crate::domain::{ContactKind, InteractionKind, LeadStatus, Lifecycle, Origin, Role};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Serialize)]
pub struct NextTask {
    pub id: String,
    pub title: String,
    pub due_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
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

#[derive(Debug, Clone, Default, Serialize)]
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
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, c.name, c.source, c.campaign, c.owner, c.status, c.lifecycle, c.created_at,
                    s.score, s.temperature, s.first_response_at, s.last_activity_at,
                    (SELECT coalesce(p.e164, p.raw) FROM contact_phones p
                      WHERE p.contact_id = c.id AND p.deleted_at IS NULL ORDER BY p.created_at, p.id LIMIT 1),
                    t.id, t.title, t.due_at
             FROM contacts c
             JOIN contact_search s ON s.contact_id = c.id
             LEFT JOIN (SELECT contact_id, id, title, min(due_at) AS due_at FROM tasks
                        WHERE done_at IS NULL AND deleted_at IS NULL GROUP BY contact_id) t
               ON t.contact_id = c.id
             WHERE c.deleted_at IS NULL AND (
                   c.status IN ('new', 'attempting')
                OR (s.first_response_at IS NULL AND c.status NOT IN ('disqualified', 'nurturing'))
                OR t.due_at < ?1)",
        )?;
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
            let next_task = match row.get::<_, Option<String>>(13)? {
                Some(task_id) => Some(NextTask {
                    id: task_id,
                    title: row.get(14)?,
                    due_at: from_ms(row.get(15)?),
                }),
                None => None,
            };
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
        inbox.items.sort_by(|a, b| {
            let overdue = |item: &InboxItem| item.sla != SlaState::Overdue;
            (overdue(a), -a.priority, a.created_at, &a.id).cmp(&(
                overdue(b),
                -b.priority,
                b.created_at,
                &b.id,
            ))
        });
        Ok(inbox)
    }

    /// Recomputes every score (after the rules change, or as time decays behaviour
    /// points), raises lifecycles the new scores earn, and marks expired leads.
    pub fn rescore_all(&mut self, now: DateTime<Utc>) -> Result<RescoreSummary> {
        let config = self.config().clone();
        self.write(now, |tx, stamp| {
            let mut won: HashSet<String> = HashSet::new();
            let mut stmt = tx.prepare("SELECT DISTINCT contact_id FROM deals WHERE stage = 'Won' AND deleted_at IS NULL")?;
            for id in stmt.query_map([], |r| r.get::<_, String>(0))? {
                won.insert(id?);
            }
            let mut roles: HashMap<String, Vec<(Role, String)>> = HashMap::new();
            let mut stmt = tx.prepare(
                "SELECT m.contact_id, m.role, a.name FROM memberships m JOIN accounts a ON a.id = m.account_id
                 WHERE m.role IS NOT NULL AND m.deleted_at IS NULL AND a.deleted_at IS NULL",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                if let Ok(role) = row.get::<_, String>(1)?.parse() {
                    roles.entry(row.get(0)?).or_default().push((role, row.get(2)?));
                }
            }
            let mut phones: HashMap<String, Vec<Option<String>>> = HashMap::new();
            let mut stmt = tx.prepare("SELECT contact_id, e164 FROM contact_phones WHERE deleted_at IS NULL")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                phones.entry(row.get(0)?).or_default().push(row.get(1)?);
            }
            let mut emails: HashMap<String, usize> = HashMap::new();
            let mut stmt = tx.prepare("SELECT contact_id, count(*) FROM contact_emails WHERE deleted_at IS NULL GROUP BY contact_id")?;
            for pair in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
                let (id, count) = pair?;
                emails.insert(id, count as usize);
            }
            let interactions = recent_interactions(tx, &config, now)?;

            let mut summary = RescoreSummary::default();
            let mut raise: Vec<(String, Lifecycle, String)> = Vec::new();
            let mut expire: Vec<String> = Vec::new();
            let mut stmt = tx.prepare(
                "SELECT c.id, c.kind, c.source, c.campaign, c.origin, c.flags, c.quality, c.lifecycle, c.status,
                        s.score, s.last_activity_at
                 FROM contacts c JOIN contact_search s ON s.contact_id = c.id WHERE c.deleted_at IS NULL",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let id: String = row.get(0)?;
                let flags: Vec<String> = from_json(&row.get::<_, String>(5)?);
                let lifecycle: Lifecycle = row.get::<_, String>(7)?.parse().unwrap_or(Lifecycle::Lead);
                let contact_phones = phones.remove(&id).unwrap_or_default();
                let facts = ScoreFacts {
                    kind: row.get::<_, String>(1)?.parse().unwrap_or(ContactKind::Person),
                    roles: roles.remove(&id).unwrap_or_default(),
                    source: row.get(2)?,
                    campaign: row.get(3)?,
                    inbound: row.get::<_, Option<String>>(4)?.and_then(|o| o.parse::<Origin>().ok()).map(|o| o == Origin::Inbound),
                    returning: flags.iter().any(|f| f == "returning"),
                    quality: row.get::<_, Option<i64>>(6)?.and_then(|q| u8::try_from(q).ok()),
                    lifecycle,
                    emails: emails.get(&id).copied().unwrap_or(0),
                    phones: contact_phones.len(),
                    countries: if config.scoring.uses_country() {
                        contact_phones.iter().flatten().filter_map(|e| crate::domain::phone::country_of(e)).collect()
                    } else {
                        Vec::new()
                    },
                    won_before: won.contains(&id),
                    interactions: interactions.get(&id).cloned().unwrap_or_default(),
                    flags,
                };
                let result = score(&config.scoring, &facts, now);
                summary.contacts += 1;
                if result.total != row.get::<_, i64>(9)? {
                    save_score(tx, &id, &result, now)?;
                    summary.changed += 1;
                }
                if let Some((stage, why)) = lifecycle_for_score(lifecycle, result.total, config.scoring.mql_at, config.scoring.sql_at) {
                    raise.push((id.clone(), stage, why));
                }
                let status: String = row.get(8)?;
                let open = status == "new" || status == "attempting";
                let untouched = is_expired(from_ms(row.get(10)?), config.sla.expire_after_days, now);
                if open && untouched && !facts.flags.iter().any(|f| f == "expired") {
                    expire.push(id);
                }
            }
            for (id, stage, why) in raise {
                if let Some(contact) = load_contact(tx, &id)? {
                    set_lifecycle(tx, &contact, stage, &why, stamp)?;
                    if stage == Lifecycle::Sql {
                        hand_to_sales(tx, &id, &config, stamp)?;
                    }
                    summary.lifecycle_raised += 1;
                }
            }
            for id in expire {
                if let Some(contact) = load_contact(tx, &id)? {
                    let mut changed = contact.clone();
                    changed.flags.push("expired".into());
                    super::contacts::update_contact(tx, &contact, &changed, stamp)?;
                    let days = config.sla.expire_after_days;
                    record_event(tx, &id, "expired", &format!("expired: untouched for {days} days or more"), stamp)?;
                    summary.expired += 1;
                }
            }
            Ok(summary)
        })
    }

    /// Rescores one contact now (e.g. after `triage` or for the Score screen).
    pub fn rescore_one(&mut self, now: DateTime<Utc>, contact_id: &str) -> Result<()> {
        let config = self.config().clone();
        self.write(now, |tx, stamp| {
            rescore_contact(tx, contact_id, &config, stamp).map(|_| ())
        })
    }
}

/// The interactions any rule can still see: those inside the widest `within_days`
/// (all of them when a behaviour rule has no window), grouped by contact.
fn recent_interactions(
    tx: &rusqlite::Transaction<'_>,
    config: &crate::config::Config,
    now: DateTime<Utc>,
) -> Result<HashMap<String, Vec<InteractionFact>>> {
    let behaviour: Vec<_> = config
        .scoring
        .rules
        .iter()
        .filter(|r| r.when.is_behaviour())
        .collect();
    let mut grouped: HashMap<String, Vec<InteractionFact>> = HashMap::new();
    if behaviour.is_empty() {
        return Ok(grouped);
    }
    let horizon = if behaviour.iter().all(|r| r.when.within_days.is_some()) {
        let days = behaviour
            .iter()
            .filter_map(|r| r.when.within_days)
            .fold(0.0, f64::max);
        ms(now) - (days * 86_400_000.0) as i64
    } else {
        i64::MIN
    };
    let mut stmt = tx.prepare(
        "SELECT contact_id, kind, direction, outcome, occurred_at FROM interactions
         WHERE occurred_at >= ?1 AND occurred_at <= ?2 AND kind != 'event'",
    )?;
    let mut rows = stmt.query(params![horizon, ms(now)])?;
    while let Some(row) = rows.next()? {
        grouped
            .entry(row.get(0)?)
            .or_default()
            .push(InteractionFact {
                // Ids are evidence for a breakdown; a full rescore only needs the totals.
                id: String::new(),
                kind: row
                    .get::<_, String>(1)?
                    .parse()
                    .unwrap_or(InteractionKind::Note),
                direction: row
                    .get::<_, Option<String>>(2)?
                    .and_then(|d| d.parse().ok()),
                outcome: row.get(3)?,
                occurred_at: from_ms(row.get(4)?),
            });
    }
    Ok(grouped)
}
