//! What the reports read: the cohort of leads created in a period, each with its
//! lifecycle moves, first response and how it ended. Reads only; the numbers are
//! worked out in domain::report.
//!
//! The lifecycle history is the timeline's own lifecycle entries (subject
//! "lifecycle"): they merge between copies and are retracted by an undo like any
//! other fact, so the history never disagrees with the timeline. Newer entries carry
//! the stage entered in `outcome`; older ones are read from their text
//! ("lifecycle lead → mql: score 42 ≥ 40").

mod deals;
mod goals;
mod split;

pub use goals::{Goal, SourceLine, TargetReport};
pub use split::{Group, Split};

use crate::config::Sla;
use crate::domain::deal::{LOST, Pipeline};
use crate::domain::report::funnel::Move;
use crate::domain::report::{Funnel, GroupBy, PipelineReport, Speed, reasons};
use crate::domain::{LeadStatus, Lifecycle};
use crate::store::Store;
use crate::store::error::Result;
use crate::store::rows::{from_ms, ms};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// One lead of a cohort, with what the reports group and count it by.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortLead {
    pub id: String,
    pub source: Option<String>,
    pub campaign: Option<String>,
    pub owner: Option<String>,
    /// "inbound" (pull) or "outbound" (push), when known.
    pub origin: Option<String>,
    pub status: LeadStatus,
    pub lifecycle: Lifecycle,
    pub disqualified_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    /// Its lifecycle entries, oldest first.
    pub moves: Vec<Move>,
    /// Whether it went cold untouched (an "expired" entry on its timeline).
    pub expired: bool,
}

/// Which contacts a report reads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Selection {
    /// Created in the span: a cohort.
    Created,
    /// Created in the span and disqualified since.
    Disqualified,
    /// Created before the span ends, and either created in it or with a lifecycle
    /// entry in it: everyone who can have reached a stage in it.
    MovedIn,
}

impl Selection {
    fn condition(self) -> &'static str {
        match self {
            Selection::Created => "s.created_at >= ?1 AND s.created_at < ?2",
            Selection::Disqualified => {
                "s.created_at >= ?1 AND s.created_at < ?2 AND s.status = 'disqualified'"
            }
            Selection::MovedIn => {
                "s.created_at < ?2 AND (s.created_at >= ?1 OR s.contact_id IN (
                    SELECT m.contact_id FROM interactions m
                     WHERE m.kind = 'event' AND m.subject IN ('lifecycle', 'expired')
                       AND m.occurred_at >= ?1 AND m.occurred_at < ?2))"
            }
        }
    }
}

impl Store {
    /// The leads created in `[from, to)`, each counted once however many copies were
    /// merged into the file (merged contacts are one row; merged-away ones have no
    /// search row). Read from the narrow search table alone; `details` also reads
    /// each one's origin and disqualification reason from the contacts table.
    pub fn cohort(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<CohortLead>> {
        self.leads_where(Selection::Created, (from, to), false)
    }

    pub(crate) fn leads_where(
        &self,
        selection: Selection,
        (from, to): (DateTime<Utc>, DateTime<Utc>),
        details: bool,
    ) -> Result<Vec<CohortLead>> {
        let conn = self.conn();
        let (extra, join) = if details {
            (
                "c.origin, c.disqualified_reason",
                "JOIN contacts c ON c.id = s.contact_id",
            )
        } else {
            ("NULL, NULL", "")
        };
        let condition = selection.condition();
        let sql = format!(
            "SELECT s.contact_id, s.source, s.campaign, s.owner, s.status, s.lifecycle,
                    s.created_at, s.first_response_at, {extra}
               FROM contact_search s {join}
              WHERE {condition}"
        );
        let mut leads: Vec<CohortLead> = conn
            .prepare_cached(&sql)?
            .query_map([ms(from), ms(to)], |r| {
                Ok(CohortLead {
                    id: r.get(0)?,
                    source: r.get(1)?,
                    campaign: r.get(2)?,
                    owner: r.get(3)?,
                    status: r.get::<_, String>(4)?.parse().unwrap_or(LeadStatus::New),
                    lifecycle: r.get::<_, String>(5)?.parse().unwrap_or(Lifecycle::Other),
                    created_at: from_ms(r.get(6)?),
                    first_response_at: r.get::<_, Option<i64>>(7)?.map(from_ms),
                    origin: r.get(8)?,
                    disqualified_reason: r.get(9)?,
                    moves: Vec::new(),
                    expired: false,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        if selection == Selection::Disqualified {
            // The reasons read no journey: the entries would be read for nothing.
            return Ok(leads);
        }
        let position: HashMap<String, usize> = leads
            .iter()
            .enumerate()
            .map(|(i, lead)| (lead.id.clone(), i))
            .collect();
        // Whether an entry is current, as `is_current!` asks it, but with the later
        // versions found by what they supersede (`+later.contact_id` keeps SQLite
        // from walking each contact's whole timeline for every entry instead).
        let events = format!(
            "SELECT i.contact_id, i.subject, i.occurred_at, i.outcome, i.text
               FROM contact_search s JOIN interactions i ON i.contact_id = s.contact_id
              WHERE {condition}
                AND i.kind = 'event' AND i.subject IN ('lifecycle', 'expired')
                AND NOT EXISTS (SELECT 1 FROM interactions later
                     WHERE later.supersedes = coalesce(i.supersedes, i.id)
                       AND +later.contact_id = i.contact_id
                       AND (i.supersedes IS NULL OR later.created_at > i.created_at
                            OR (later.created_at = i.created_at AND later.id > i.id)))"
        );
        let mut statement = conn.prepare_cached(&events)?;
        let mut rows = statement.query([ms(from), ms(to)])?;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let Some(lead) = position.get(&id).map(|i| &mut leads[*i]) else {
                continue;
            };
            let subject: Option<String> = row.get(1)?;
            if subject.as_deref() == Some("expired") {
                lead.expired = true;
                continue;
            }
            let outcome: Option<String> = row.get(3)?;
            let text: Option<String> = row.get(4)?;
            if let Some(stage_move) = lifecycle_move(
                from_ms(row.get(2)?),
                outcome.as_deref(),
                text.as_deref().unwrap_or(""),
            ) {
                lead.moves.push(stage_move);
            }
        }
        for lead in &mut leads {
            lead.moves.sort_by_key(|m| m.at);
        }
        Ok(leads)
    }
}

impl Store {
    /// The funnel of the leads created in `[from, to)`, whole and split.
    pub fn funnel_report(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        by: Option<GroupBy>,
    ) -> Result<Split<Funnel>> {
        let leads =
            self.leads_where(Selection::Created, (from, to), by == Some(GroupBy::Origin))?;
        Ok(split::split(&leads, by, split::funnel_of))
    }

    /// How fast the leads created in `[from, to)` were answered, whole and split.
    pub fn speed_report(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        by: Option<GroupBy>,
        sla: &Sla,
        now: DateTime<Utc>,
    ) -> Result<Split<Speed>> {
        let leads = self.cohort(from, to)?;
        Ok(split::split(&leads, by, |members| {
            split::speed_of(members, sla, now)
        }))
    }
}

/// Why leads were disqualified and deals lost, each reason with its count.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Reasons {
    /// Of the leads created in the period, those disqualified.
    pub disqualified: Split<Vec<(String, usize)>>,
    /// The deals lost in the period.
    pub lost: Split<Vec<(String, usize)>>,
}

impl Store {
    /// Open deals by stage, the deals won and lost in `[from, to)`, and the forecast.
    pub fn pipeline_report(
        &self,
        (from, to): (DateTime<Utc>, DateTime<Utc>),
        by: Option<GroupBy>,
        pipeline: &Pipeline,
        now: DateTime<Utc>,
        today: chrono::NaiveDate,
    ) -> Result<Split<PipelineReport>> {
        let deals = self.keyed_deals()?;
        Ok(split::split(&deals, by, |members| {
            PipelineReport::of(
                members.iter().map(|d| &d.deal),
                pipeline,
                (from, to),
                now,
                today,
            )
        }))
    }

    pub fn reasons_report(
        &self,
        (from, to): (DateTime<Utc>, DateTime<Utc>),
        by: Option<GroupBy>,
    ) -> Result<Reasons> {
        let leads = self.leads_where(Selection::Disqualified, (from, to), true)?;
        let lost: Vec<deals::KeyedDeal> = self
            .keyed_deals()?
            .into_iter()
            .filter(|d| {
                d.deal.stage == LOST
                    && d.deal.stage_changed_at >= from
                    && d.deal.stage_changed_at < to
            })
            .collect();
        Ok(Reasons {
            disqualified: split::split(&leads, by, |members| {
                reasons(members.iter().map(|l| l.disqualified_reason.as_deref()))
            }),
            lost: split::split(&lost, by, |members| {
                reasons(members.iter().map(|d| d.deal.closed_reason.as_deref()))
            }),
        })
    }
}

/// A lifecycle entry read as a move: the stage entered from `outcome` when the entry
/// has it, else from its text, whose stage words are the stored ones
/// ("lifecycle lead → mql: why", or "lead → mql").
pub(crate) fn lifecycle_move(at: DateTime<Utc>, outcome: Option<&str>, text: &str) -> Option<Move> {
    let (before, after) = text.split_once('→').unwrap_or(("", text));
    let from = before
        .split_whitespace()
        .last()
        .and_then(|w| w.parse().ok());
    let written_to = after
        .split(|c: char| c == ':' || c.is_whitespace())
        .find(|w| !w.is_empty())
        .and_then(|w| w.parse().ok());
    let to = outcome.and_then(|o| o.parse().ok()).or(written_to)?;
    Some(Move { at, from, to })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_lifecycle_entry_is_read_from_its_outcome_or_its_text() {
        let at = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
        let old = lifecycle_move(at, None, "lifecycle lead → mql: score 42 ≥ 40").unwrap();
        assert_eq!((old.from, old.to), (Some(Lifecycle::Lead), Lifecycle::Mql));
        let short = lifecycle_move(at, None, "sql → opportunity").unwrap();
        assert_eq!(
            (short.from, short.to),
            (Some(Lifecycle::Sql), Lifecycle::Opportunity)
        );
        let stated = lifecycle_move(at, Some("customer"), "whatever was written").unwrap();
        assert_eq!((stated.from, stated.to), (None, Lifecycle::Customer));
        assert_eq!(lifecycle_move(at, None, "a note about lifecycles"), None);
    }
}
