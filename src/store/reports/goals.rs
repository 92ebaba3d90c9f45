//! Targets and the closed loop: how the period measures up to the config's goals,
//! and what each source or campaign brought for what it cost.

use super::CohortLead;
use crate::config::{Cost, Target};
use crate::domain::Lifecycle;
use crate::domain::deal::WON;
use crate::domain::report::split::group_key;
use crate::domain::report::{Goal, GroupBy, Journey, Period, SourceLine, TargetReport, total};
use crate::store::Store;
use crate::store::error::Result;
use crate::store::rows::from_ms;
use chrono::{DateTime, TimeZone, Utc};
use std::collections::{BTreeMap, HashMap};

/// A won deal, as the targets and sources count it.
struct WonDeal {
    contact_id: String,
    /// In the file's currency, the one targets and costs are written in; a deal in
    /// another currency counts as a sale but adds nothing here (no rates are kept to
    /// convert it, and adding forints to shekels would be wrong).
    amount: f64,
    won_at: DateTime<Utc>,
}

impl Store {
    /// The live won deals of live contacts: three columns of a few rows, where every
    /// deal with its contact would be read otherwise.
    fn won_deals(&self) -> Result<Vec<WonDeal>> {
        let deals = self
            .conn()
            .prepare_cached(
                "SELECT d.contact_id, d.amount_minor, d.stage_changed_at, d.currency FROM deals d
                  WHERE d.stage = ?1 AND d.deleted_at IS NULL
                    AND EXISTS (SELECT 1 FROM contacts c
                                 WHERE c.id = d.contact_id AND c.deleted_at IS NULL)",
            )?
            .query_map([WON], |r| {
                let ours = r.get::<_, String>(3)?.eq_ignore_ascii_case(self.currency());
                Ok(WonDeal {
                    contact_id: r.get(0)?,
                    amount: if ours {
                        r.get::<_, i64>(1)? as f64 / 100.0
                    } else {
                        0.0
                    },
                    won_at: from_ms(r.get(2)?),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(deals)
    }
}

fn in_span(at: DateTime<Utc>, (from, to): (DateTime<Utc>, DateTime<Utc>)) -> bool {
    at >= from && at < to
}

/// How many of `leads` became MQL, and SQL, in the span (a jump past a stage counts
/// as becoming it).
fn entered_in(leads: &[CohortLead], span: (DateTime<Utc>, DateTime<Utc>)) -> (usize, usize) {
    let rung = |stage: Lifecycle| {
        crate::domain::report::LADDER
            .iter()
            .position(|s| *s == stage)
    };
    let (mql, sql) = (
        rung(Lifecycle::Mql).unwrap_or(2),
        rung(Lifecycle::Sql).unwrap_or(3),
    );
    let mut counts = (0, 0);
    for lead in leads {
        let journey = Journey::of(lead.created_at, lead.lifecycle, &lead.moves);
        counts.0 += usize::from(journey.entered[mql].is_some_and(|at| in_span(at, span)));
        counts.1 += usize::from(journey.entered[sql].is_some_and(|at| in_span(at, span)));
    }
    counts
}

impl Store {
    /// Each target measured over its own period holding `day`; `today` says how
    /// much of that period is gone.
    pub fn targets_report<Tz: TimeZone>(
        &self,
        targets: &[Target],
        (day, today): (chrono::NaiveDate, chrono::NaiveDate),
        zone: &Tz,
    ) -> Result<Vec<TargetReport>> {
        let deals = self.won_deals()?;
        let mut reports = Vec::new();
        for target in targets {
            let period = Period::containing(target.period, day);
            let span = period.span(zone);
            let won: Vec<&WonDeal> = deals.iter().filter(|d| in_span(d.won_at, span)).collect();
            let mut goals = Vec::new();
            let mut goal = |what: String, target: Option<f64>, actual: f64| {
                if let Some(target) = target {
                    goals.push(Goal {
                        what,
                        target,
                        actual,
                    });
                }
            };
            goal(
                "sales amount".into(),
                target.sales_amount,
                total(won.iter().map(|d| d.amount)),
            );
            goal(
                "sales".into(),
                target.sales.map(f64::from),
                won.len() as f64,
            );
            // Everyone who can have entered a stage in the period: the leads created
            // in it are among them.
            let counts_leads =
                target.new_leads.is_some() || target.mqls.is_some() || target.sqls.is_some();
            let moved = if counts_leads {
                self.leads_where(super::Selection::MovedIn, span, false)?
            } else {
                Vec::new()
            };
            if target.new_leads.is_some() {
                let new_from_source = |lead: &&CohortLead| {
                    in_span(lead.created_at, span)
                        && match &target.source {
                            Some(source) => lead.source.as_deref().is_some_and(|s| {
                                crate::domain::text::fold(s) == crate::domain::text::fold(source)
                            }),
                            None => true,
                        }
                };
                let what = match &target.source {
                    Some(source) => format!("new leads from {source}"),
                    None => "new leads".into(),
                };
                goal(
                    what,
                    target.new_leads.map(f64::from),
                    moved.iter().filter(new_from_source).count() as f64,
                );
            }
            if target.mqls.is_some() || target.sqls.is_some() {
                let (mqls, sqls) = entered_in(&moved, span);
                goal("MQLs".into(), target.mqls.map(f64::from), mqls as f64);
                goal("SQLs".into(), target.sqls.map(f64::from), sqls as f64);
            }
            reports.push(TargetReport {
                period: period.label(),
                first_day: period.first.to_string(),
                last_day: period.last.to_string(),
                elapsed: period.elapsed_share(today),
                goals,
            });
        }
        Ok(reports)
    }

    /// The leads created in the period by source (or campaign): how many became
    /// customers, what their won deals brought (whenever won), and what they cost.
    pub fn sources_report(
        &self,
        period: &Period,
        span: (DateTime<Utc>, DateTime<Utc>),
        by: GroupBy,
        costs: &[Cost],
    ) -> Result<Vec<SourceLine>> {
        let cohort = self.leads_where(super::Selection::Created, span, by == GroupBy::Origin)?;
        // What each contact's won deals brought, whenever won.
        let mut won_by_contact: HashMap<String, f64> = HashMap::new();
        for deal in self.won_deals()? {
            *won_by_contact.entry(deal.contact_id).or_default() += deal.amount;
        }
        let mut groups: BTreeMap<String, Vec<&CohortLead>> = BTreeMap::new();
        for lead in &cohort {
            groups.entry(group_key(lead, by)).or_default().push(lead);
        }
        let mut lines: Vec<SourceLine> = groups
            .into_iter()
            .map(|(key, leads)| {
                let customers = leads
                    .iter()
                    .filter(|l| {
                        Journey::of(l.created_at, l.lifecycle, &l.moves)
                            .reached(Lifecycle::Customer)
                    })
                    .count();
                let revenue_won = total(
                    leads
                        .iter()
                        .filter_map(|l| won_by_contact.get(&l.id).copied()),
                );
                let spent: Vec<f64> = costs
                    .iter()
                    // A month's cost counts in the periods its first day falls in.
                    .filter(|c| {
                        c.month >= period.first && c.month <= period.last && c.names(by, &key)
                    })
                    .map(|c| c.amount)
                    .collect();
                let cost = (!spent.is_empty()).then(|| total(spent.iter().copied()));
                let per = |n: usize| cost.filter(|_| n > 0).map(|c| c / n as f64);
                SourceLine {
                    cost_per_lead: per(leads.len()),
                    cost_per_customer: per(customers),
                    key,
                    leads: leads.len(),
                    customers,
                    revenue_won,
                    cost,
                }
            })
            .collect();
        lines.sort_by(|a, b| b.leads.cmp(&a.leads).then(a.key.cmp(&b.key)));
        Ok(lines)
    }
}
