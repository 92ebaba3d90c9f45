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
mod grouped;
mod versions;

use crate::config::Sla;
use crate::domain::deal::{LOST, Pipeline};
use crate::domain::report::funnel::Move;
use crate::domain::report::split::split;
use crate::domain::report::{Funnel, GroupBy, PipelineReport, Reasons, Speed, Split, reasons};
use crate::domain::{LeadStatus, Lifecycle};
use crate::store::Store;
use crate::store::error::Result;
use crate::store::rows::{from_ms, ms};
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// One lead of a cohort, with what the reports group and count it by.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortLead {
    pub id: String,
    // Shared: tens of thousands of leads name a handful of sources, campaigns and
    // owners, and one allocation each was a fifth of a report's time.
    pub source: Option<Rc<str>>,
    pub campaign: Option<Rc<str>>,
    pub owner: Option<Rc<str>>,
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

/// A lifecycle or expiry entry; word for word the WHERE of its indexes (migrations
/// 11 and 12), or SQLite will not use them.
const LIFECYCLE_ENTRY: &str = "i.kind = 'event' AND i.subject IN ('lifecycle', 'expired')";

/// What is read of each: all in the lifecycle index (migration 12).
const ENTRY_COLUMNS: &str =
    "i.contact_id, i.subject, i.occurred_at, i.outcome, i.text, i.id, i.supersedes, i.created_at";

impl Selection {
    /// Its conditions on the search row `s`, read as a UNION ALL: no contact meets two
    /// of them, and each walks an index of its own.
    fn parts(self) -> &'static [&'static str] {
        match self {
            Selection::Created => &["s.created_at >= ?1 AND s.created_at < ?2"],
            Selection::Disqualified => {
                &["s.created_at >= ?1 AND s.created_at < ?2 AND s.status = 'disqualified'"]
            }
            Selection::MovedIn => &[
                "s.created_at >= ?1 AND s.created_at < ?2",
                "s.created_at < ?1 AND s.contact_id IN (
                    SELECT m.contact_id FROM interactions m
                     WHERE m.kind = 'event' AND m.subject IN ('lifecycle', 'expired')
                       AND m.occurred_at >= ?1 AND m.occurred_at < ?2)",
            ],
        }
    }

    /// `select` from `tables` (the search row as `s`) for each part, as one query.
    fn query(self, select: &str, tables: &str, also: &str) -> String {
        self.parts()
            .iter()
            .map(|part| format!("SELECT {select} FROM {tables} WHERE {part}{also}"))
            .collect::<Vec<_>>()
            .join(" UNION ALL ")
    }
}

impl Store {
    /// The leads `selection` picks over `[from, to)`, each counted once however many
    /// copies were merged into the file (merged contacts are one row; merged-away
    /// ones have no search row). Read from the narrow search table alone; `details`
    /// also reads each one's origin and disqualification reason from the contacts
    /// table.
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
        let sql = selection.query(
            &format!(
                "s.contact_id, s.source, s.campaign, s.owner, s.status, s.lifecycle,
                 s.created_at, s.first_response_at, {extra}"
            ),
            &format!("contact_search s {join}"),
            "",
        );
        let mut names: HashSet<Rc<str>> = HashSet::new();
        let mut shared = |row: &rusqlite::Row<'_>, column: usize| -> rusqlite::Result<_> {
            // A value that is not text (a hostile file's) names nothing.
            let Some(name) = row.get_ref(column)?.as_str_or_null().ok().flatten() else {
                return Ok(None);
            };
            Ok(Some(match names.get(name) {
                Some(known) => Rc::clone(known),
                None => {
                    let new: Rc<str> = Rc::from(name);
                    names.insert(Rc::clone(&new));
                    new
                }
            }))
        };
        let mut leads: Vec<CohortLead> = conn
            .prepare_cached(&sql)?
            .query_map([ms(from), ms(to)], |r| {
                Ok(CohortLead {
                    id: r.get(0)?,
                    source: shared(r, 1)?,
                    campaign: shared(r, 2)?,
                    owner: shared(r, 3)?,
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
        // Each lead's entries, gathered apart while its id is borrowed for the lookup.
        let mut journeys: Vec<(Vec<Move>, bool)> = vec![(Vec::new(), false); leads.len()];
        let position: HashMap<&str, usize> = leads
            .iter()
            .enumerate()
            .map(|(i, lead)| (lead.id.as_str(), i))
            .collect();
        // Two ways to the same entries. A cohort that is a small part of the file looks
        // up each lead's entries; a larger one reads the whole index once, in order,
        // and keeps its leads' entries (a lookup costs about six rows read in order).
        // The file's size, near enough and at once (counting would read an index):
        // rowids only grow, so this is the count or a little more.
        let everyone: i64 = conn
            .prepare_cached("SELECT coalesce(max(rowid), 0) FROM contact_search")?
            .query_row([], |r| r.get(0))?;
        let read_all = leads.len() as i64 * 4 > everyone;
        // A cohort's history starts with its period: the entries dated before it (a
        // clock set wrong on a colleague's machine) are left out, whichever way they
        // are read. Everyone who moved in a period is read with the whole history.
        let bounded = selection != Selection::MovedIn;
        let since = if bounded {
            " AND i.occurred_at >= ?1"
        } else {
            ""
        };
        let events = if read_all {
            format!("SELECT {ENTRY_COLUMNS} FROM interactions i WHERE {LIFECYCLE_ENTRY}{since}")
        } else {
            selection.query(
                ENTRY_COLUMNS,
                "contact_search s JOIN interactions i ON i.contact_id = s.contact_id",
                &format!(" AND {LIFECYCLE_ENTRY}{since}"),
            )
        };
        let later = versions::LaterVersions::read(conn)?;
        let mut statement = conn.prepare_cached(&events)?;
        let mut rows = match (read_all, bounded) {
            (true, false) => statement.query([])?,
            (true, true) => statement.query([ms(from)])?,
            (false, _) => statement.query([ms(from), ms(to)])?,
        };
        while let Some(row) = rows.next()? {
            // A hostile file's entry without a contact belongs to no lead.
            let contact_id = row.get_ref(0)?.as_str().unwrap_or_default();
            let Some(&at_lead) = position.get(contact_id) else {
                continue;
            };
            let entry = versions::Entry {
                id: row.get_ref(5)?.as_str().unwrap_or_default(),
                contact_id,
                supersedes: row.get_ref(6)?.as_str_or_null().ok().flatten(),
                created_at: row.get::<_, Option<i64>>(7)?.unwrap_or(i64::MIN),
            };
            if !later.is_current(&entry) {
                continue;
            }
            let (moves, expired) = &mut journeys[at_lead];
            if row.get_ref(1)?.as_str().ok() == Some("expired") {
                *expired = true;
                continue;
            }
            let outcome = row.get_ref(3)?.as_str_or_null().ok().flatten();
            let text = row.get_ref(4)?.as_str_or_null().ok().flatten();
            moves.extend(lifecycle_move(
                from_ms(row.get(2)?),
                outcome,
                text.unwrap_or_default(),
            ));
        }
        drop(rows);
        drop(position);
        for (lead, (mut moves, expired)) in leads.iter_mut().zip(journeys) {
            moves.sort_by_key(|m| m.at);
            lead.moves = moves;
            lead.expired = expired;
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
        Ok(split(&leads, by, grouped::funnel_of))
    }

    /// How fast the leads created in `[from, to)` were answered: whole, and split by
    /// each of `splits` in turn (the cohort is read once for all of them).
    pub fn speed_report(
        &self,
        (from, to): (DateTime<Utc>, DateTime<Utc>),
        splits: &[GroupBy],
        sla: &Sla,
        now: DateTime<Utc>,
    ) -> Result<Vec<Split<Speed>>> {
        // Origin is read from the contacts table only when split by it.
        let details = splits.contains(&GroupBy::Origin);
        let leads = self.leads_where(Selection::Created, (from, to), details)?;
        let speed_of = |members: &[&CohortLead]| grouped::speed_of(members, sla, now);
        if splits.is_empty() {
            return Ok(vec![split(&leads, None, speed_of)]);
        }
        Ok(splits
            .iter()
            .map(|by| split(&leads, Some(*by), speed_of))
            .collect())
    }
}

impl Store {
    /// When each lead created in `[from, to)` was created, oldest first: the leads
    /// coming in over the period, read from the search table's index alone.
    pub fn creation_times(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>> {
        let times = self
            .conn()
            .prepare_cached(
                "SELECT created_at FROM contact_search
                  WHERE created_at >= ?1 AND created_at < ?2 ORDER BY created_at",
            )?
            .query_map([ms(from), ms(to)], |r| r.get::<_, i64>(0).map(from_ms))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(times)
    }
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
        Ok(split(&deals, by, |members| {
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
            disqualified: split(&leads, by, |members| {
                reasons(members.iter().map(|l| l.disqualified_reason.as_deref()))
            }),
            lost: split(&lost, by, |members| {
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
