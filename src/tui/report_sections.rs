//! What the Reports screen shows of a report, as sections one under another: a
//! title, then a table beside bars, gauges, a sparkline or sentences. The numbers
//! are always written out, so a chart reads without colour and at 80×24; the
//! screen (`screens::reports`) only lays the sections out and draws them.

use super::reports::{ReportData, ReportView};
use crate::domain::report::tables::{self, Table};
use crate::domain::report::words::{day, listed, per_currency, secs, share, so_far};
use crate::domain::report::words::{groups_in_words, stage_columns_in_words, stages_in_words};
use crate::domain::report::{Funnel, GroupBy, PipelineReport, Reasons, Speed, Split};
use crate::domain::report::{SourceLine, TargetReport};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// A table whose rows each have a bar: the header line, then a line a row.
    Bars {
        table: Table,
        max: u64,
    },
    /// Shares as gauges, a line each, with their words before them.
    Gauges(Vec<(String, f64)>),
    /// Counts over time, oldest first.
    Spark(Vec<u64>),
    Text(Vec<String>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: Option<String>,
    pub body: Body,
}

impl Section {
    fn titled(title: impl Into<String>, body: Body) -> Section {
        Section {
            title: Some(title.into()),
            body,
        }
    }

    fn text(lines: Vec<String>) -> Section {
        Section {
            title: None,
            body: Body::Text(lines),
        }
    }
}

/// Rows a sparkline takes: enough for the days to be told apart.
pub const SPARK_HEIGHT: usize = 3;

/// Bars scaled to the biggest row.
fn bars(table: Table) -> Body {
    let max = table.values.iter().copied().max().unwrap_or(0).max(1);
    Body::Bars { table, max }
}

/// Bars scaled to `whole`: each row as its share of it.
fn bars_of(table: Table, whole: usize) -> Body {
    let max = u64::try_from(whole).unwrap_or(u64::MAX).max(1);
    Body::Bars { table, max }
}

pub fn sections(view: &ReportView) -> Vec<Section> {
    let (by, currency) = (view.request.by, view.currency.as_str());
    match &view.data {
        ReportData::Funnel(split, created) => funnel(split, created, view, by),
        ReportData::Speed(splits) => speed(splits, by),
        ReportData::Pipeline(split) => pipeline(split, by, currency),
        ReportData::Targets(reports) => targets(reports, currency),
        ReportData::Sources(lines, by) => sources(lines, *by, currency),
        ReportData::Reasons(reasons) => reasons_of(reasons, by),
    }
}

fn nothing_created() -> String {
    crate::t!("report-nothing-created")
}

/// "By source", in the user's language.
fn by_title(by: GroupBy) -> String {
    crate::t!("report-by", split = split_name(by))
}

/// The name of what a report is split by, in the user's language.
pub fn split_name(by: GroupBy) -> String {
    crate::i18n::message(&format!("split-{}", by.as_str()))
}

fn funnel(
    split: &Split<Funnel>,
    created: &[DateTime<Utc>],
    view: &ReportView,
    by: Option<GroupBy>,
) -> Vec<Section> {
    let total = &split.total;
    if total.cohort == 0 {
        return vec![Section::text(vec![nothing_created()])];
    }
    let mut sections = vec![Section::titled(
        crate::t!("report-funnel-title", count = total.cohort),
        bars_of(stages_in_words(tables::funnel_stages(total)), total.cohort),
    )];
    let per_day = per_day(created, view);
    let busiest = per_day.iter().copied().max().unwrap_or(0);
    sections.push(Section::titled(
        crate::t!(
            "report-per-day",
            count = total.cohort,
            days = per_day.len(),
            sofar = if view.period.last > view.today {
                crate::t!("report-so-far")
            } else {
                String::new()
            },
            busiest = busiest
        ),
        Body::Spark(per_day),
    ));
    sections.push(Section::text(total.notes()));
    if let Some(by) = by {
        sections.push(Section::titled(
            by_title(by),
            bars(stage_columns_in_words(tables::funnel_groups(
                by,
                &split.groups,
            ))),
        ));
    }
    sections
}

/// The leads created on each day of the period, in the desk's time zone.
fn per_day(created: &[DateTime<Utc>], view: &ReportView) -> Vec<u64> {
    // The days gone so far: those still to come are no days without leads.
    let last = view.period.last.min(view.today);
    let days = usize::try_from((last - view.period.first).num_days() + 1)
        .unwrap_or(0)
        .min(3660);
    let mut counts = vec![0u64; days];
    for at in created {
        let day = at.with_timezone(&view.zone).date_naive();
        let index = (day - view.period.first).num_days();
        if let Some(count) = usize::try_from(index).ok().and_then(|i| counts.get_mut(i)) {
            *count += 1;
        }
    }
    counts
}

fn speed(splits: &[Split<Speed>], by: Option<GroupBy>) -> Vec<Section> {
    let Some(first) = splits.first() else {
        return Vec::new();
    };
    let total = &first.total;
    if total.leads == 0 {
        return vec![Section::text(vec![nothing_created()])];
    }
    let running = total.leads - total.decided.min(total.leads);
    let mut sections = vec![
        Section::text(vec![
            crate::t!(
                "report-speed-summary",
                count = total.leads,
                answered = total.answered,
                median = secs(total.median_secs),
                p90 = secs(total.p90_secs)
            ),
            crate::t!(
                "report-expired",
                count = total.expired,
                running = if running > 0 {
                    crate::t!("report-running", running = running)
                } else {
                    String::new()
                }
            ),
        ]),
        Section {
            title: None,
            body: Body::Gauges(vec![(
                crate::t!(
                    "report-within-sla",
                    within = total.within_sla,
                    decided = total.decided,
                    share = share(total.within_sla_share)
                ),
                total.within_sla_share.unwrap_or(0.0),
            )]),
        },
        Section::titled(
            crate::t!("report-wait-histogram"),
            bars_of(
                stages_in_words(tables::speed_histogram(total)),
                total.answered,
            ),
        ),
    ];
    let names = match by {
        Some(by) => vec![by],
        None => vec![GroupBy::Source, GroupBy::Owner],
    };
    for (split, by) in splits.iter().zip(names) {
        sections.push(Section::titled(
            by_title(by),
            bars(groups_in_words(tables::speed_groups(by, &split.groups))),
        ));
    }
    sections
}

fn pipeline(split: &Split<PipelineReport>, by: Option<GroupBy>, currency: &str) -> Vec<Section> {
    let total = &split.total;
    // Each currency on its own line: shekels are never added to forints.
    let (open_word, weighted) = (crate::t!("report-open"), crate::t!("report-weighted"));
    let open = [
        (open_word.as_str(), &total.open_amount),
        (weighted.as_str(), &total.open_weighted),
    ];
    let mut title = crate::t!(
        "report-open-pipeline",
        count = total.open_deals,
        stale = total.stale
    );
    for line in per_currency(&open) {
        title.push_str(&format!("; {line}"));
    }
    let mut sections = vec![Section::titled(
        title,
        bars(stages_in_words(tables::pipeline_stages(total, currency))),
    )];
    let mut closed = vec![crate::t!(
        "report-closed",
        won = total.won,
        lost = total.lost
    )];
    let words = [
        crate::t!("report-won"),
        crate::t!("report-lost"),
        crate::t!("report-average-won"),
    ];
    let amounts = [
        (words[0].as_str(), &total.won_amount),
        (words[1].as_str(), &total.lost_amount),
        (words[2].as_str(), &total.average_won),
    ];
    closed.extend(
        per_currency(&amounts)
            .into_iter()
            .map(|line| format!("  {line}")),
    );
    closed.push(crate::t!(
        "report-cycle",
        cycle = secs(total.average_cycle_secs)
    ));
    for (title, given) in [
        (crate::t!("report-lost-because"), &total.lost_reasons),
        (crate::t!("report-won-because"), &total.won_reasons),
    ] {
        if !given.is_empty() {
            closed.push(format!("{title}: {}.", listed(given)));
        }
    }
    sections.push(Section::text(closed));
    sections.push(Section {
        title: None,
        body: Body::Gauges(vec![(
            crate::t!("report-win-rate", share = share(total.win_rate)),
            total.win_rate.unwrap_or(0.0),
        )]),
    });
    if !total.forecast.is_empty() {
        sections.push(Section::titled(
            crate::t!("report-forecast", currency = currency),
            bars(tables::forecast(total, currency)),
        ));
    }
    if let Some(by) = by {
        sections.push(Section::titled(
            by_title(by),
            bars(groups_in_words(tables::pipeline_groups(
                by,
                &split.groups,
                currency,
            ))),
        ));
    }
    sections
}

fn targets(reports: &[TargetReport], currency: &str) -> Vec<Section> {
    if reports.is_empty() {
        return vec![Section::text(vec![crate::t!("report-no-targets")])];
    }
    let mut sections = Vec::new();
    for report in reports {
        let gauges = report
            .goals
            .iter()
            .map(|goal| {
                let words = format!(
                    "{}: {}, {:.0}%, {}",
                    goal.what,
                    so_far(goal, currency),
                    goal.share() * 100.0,
                    goal.pace(report.elapsed)
                );
                (words, goal.share())
            })
            .collect();
        sections.push(Section::titled(
            crate::t!(
                "report-targets-for",
                period = &report.period,
                from = day(&report.first_day),
                to = day(&report.last_day),
                gone = format!("{:.0}", report.elapsed * 100.0)
            ),
            Body::Gauges(gauges),
        ));
    }
    sections
}

fn sources(lines: &[SourceLine], by: GroupBy, currency: &str) -> Vec<Section> {
    let leads: usize = lines.iter().map(|s| s.leads).sum();
    if leads == 0 {
        return vec![Section::text(vec![nothing_created()])];
    }
    let mut sections = vec![Section::titled(
        crate::t!(
            "report-sources-title",
            split = split_name(by),
            count = leads,
            currency = currency
        ),
        bars(tables::sources(lines, by)),
    )];
    if matches!(by, GroupBy::Source | GroupBy::Campaign) && lines.iter().all(|s| s.cost.is_none()) {
        sections.push(Section::text(vec![crate::t!("report-no-costs")]));
    }
    sections
}

fn reasons_of(reasons: &Reasons, by: Option<GroupBy>) -> Vec<Section> {
    let mut sections = Vec::new();
    for (what, split) in [
        (crate::t!("report-disqualified"), &reasons.disqualified),
        (crate::t!("report-deals-lost"), &reasons.lost),
    ] {
        let count: usize = split.total.iter().map(|(_, n)| n).sum();
        let title = format!("{what}: {count}");
        if split.total.is_empty() {
            sections.push(Section::text(vec![title]));
            continue;
        }
        sections.push(Section::titled(title, bars(tables::reasons(&split.total))));
        if let Some(by) = by
            && !split.groups.is_empty()
        {
            let lines = split
                .groups
                .iter()
                .map(|group| format!("{} ({}): {}", group.key, group.leads, listed(&group.report)))
                .collect();
            sections.push(Section::titled(by_title(by), Body::Text(lines)));
        }
    }
    sections
}
