//! What the Reports screen shows of a report, as sections one under another: a
//! title, then a table beside bars, gauges, a sparkline or sentences. The numbers
//! are always written out, so a chart reads without colour and at 80×24; the
//! screen (`screens::reports`) only lays the sections out and draws them.

use super::reports::{ReportData, ReportView};
use crate::domain::report::tables::{self, Table};
use crate::domain::report::words::{day, listed, per_currency, secs, share, so_far};
use crate::domain::report::{Funnel, GroupBy, PipelineReport, Reasons, Speed, Split};
use crate::domain::report::{SourceLine, TargetReport};
use crate::domain::text::counted;
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

const NOTHING_CREATED: &str =
    "No lead was created in this period: [ goes back, p picks a longer one.";

fn funnel(
    split: &Split<Funnel>,
    created: &[DateTime<Utc>],
    view: &ReportView,
    by: Option<GroupBy>,
) -> Vec<Section> {
    let total = &split.total;
    if total.cohort == 0 {
        return vec![Section::text(vec![NOTHING_CREATED.into()])];
    }
    let mut sections = vec![Section::titled(
        format!(
            "Funnel of the {} created: how many reached each stage",
            counted(total.cohort, "lead", "leads")
        ),
        bars_of(tables::funnel_stages(total), total.cohort),
    )];
    let per_day = per_day(created, view);
    let busiest = per_day.iter().copied().max().unwrap_or(0);
    sections.push(Section::titled(
        format!(
            "New leads a day: {} over {}{}, at most {busiest} in a day",
            total.cohort,
            counted(per_day.len(), "day", "days"),
            if view.period.last > view.today {
                " so far"
            } else {
                ""
            }
        ),
        Body::Spark(per_day),
    ));
    sections.push(Section::text(total.notes()));
    if let Some(by) = by {
        sections.push(Section::titled(
            format!("By {}", by.as_str()),
            bars(tables::funnel_groups(by, &split.groups)),
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
        return vec![Section::text(vec![NOTHING_CREATED.into()])];
    }
    let running = total.leads - total.decided.min(total.leads);
    let mut sections = vec![
        Section::text(vec![
            format!(
                "Speed-to-lead of the {}: answered {} of them, median {}, 90th percentile {}.",
                counted(total.leads, "lead", "leads"),
                total.answered,
                secs(total.median_secs),
                secs(total.p90_secs)
            ),
            format!(
                "Went cold untouched (expired): {}.{}",
                counted(total.expired, "lead", "leads"),
                if running > 0 {
                    format!(" Still inside their SLA, not counted yet: {running}.")
                } else {
                    String::new()
                }
            ),
        ]),
        Section {
            title: None,
            body: Body::Gauges(vec![(
                format!(
                    "Answered within the SLA: {} of {} ({})",
                    total.within_sla,
                    total.decided,
                    share(total.within_sla_share)
                ),
                total.within_sla_share.unwrap_or(0.0),
            )]),
        },
        Section::titled(
            "How long the answered waited for the first answer",
            bars_of(tables::speed_histogram(total), total.answered),
        ),
    ];
    let names = match by {
        Some(by) => vec![by],
        None => vec![GroupBy::Source, GroupBy::Owner],
    };
    for (split, by) in splits.iter().zip(names) {
        sections.push(Section::titled(
            format!("By {}", by.as_str()),
            bars(tables::speed_groups(by, &split.groups)),
        ));
    }
    sections
}

fn pipeline(split: &Split<PipelineReport>, by: Option<GroupBy>, currency: &str) -> Vec<Section> {
    let total = &split.total;
    // Each currency on its own line: shekels are never added to forints.
    let open = [
        ("open", &total.open_amount),
        ("weighted (amount × probability)", &total.open_weighted),
    ];
    let mut title = format!(
        "Open pipeline: {}; {} stale",
        counted(total.open_deals, "deal", "deals"),
        total.stale
    );
    for line in per_currency(&open) {
        title.push_str(&format!("; {line}"));
    }
    let mut sections = vec![Section::titled(
        title,
        bars(tables::pipeline_stages(total, currency)),
    )];
    let mut closed = vec![format!(
        "Closed in the period: {} won, {} lost.",
        total.won, total.lost,
    )];
    let amounts = [
        ("won", &total.won_amount),
        ("lost", &total.lost_amount),
        ("the average deal won", &total.average_won),
    ];
    closed.extend(
        per_currency(&amounts)
            .into_iter()
            .map(|line| format!("  {line}")),
    );
    closed.push(format!(
        "Average sales cycle: {}.",
        secs(total.average_cycle_secs)
    ));
    for (title, given) in [
        ("Lost because", &total.lost_reasons),
        ("Won because", &total.won_reasons),
    ] {
        if !given.is_empty() {
            closed.push(format!("{title}: {}.", listed(given)));
        }
    }
    sections.push(Section::text(closed));
    sections.push(Section {
        title: None,
        body: Body::Gauges(vec![(
            format!("Win rate: {}", share(total.win_rate)),
            total.win_rate.unwrap_or(0.0),
        )]),
    });
    if !total.forecast.is_empty() {
        sections.push(Section::titled(
            format!("Forecast: the open pipeline, weighted, by expected close month (bars in {currency})"),
            bars(tables::forecast(total, currency)),
        ));
    }
    if let Some(by) = by {
        sections.push(Section::titled(
            format!("By {}", by.as_str()),
            bars(tables::pipeline_groups(by, &split.groups, currency)),
        ));
    }
    sections
}

fn targets(reports: &[TargetReport], currency: &str) -> Vec<Section> {
    if reports.is_empty() {
        return vec![Section::text(vec![
            "No targets are set: add [[targets]] to the config (see config.example.toml).".into(),
        ])];
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
            format!(
                "Targets for {} ({} to {}): {:.0}% of the period gone",
                report.period,
                day(&report.first_day),
                day(&report.last_day),
                report.elapsed * 100.0
            ),
            Body::Gauges(gauges),
        ));
    }
    sections
}

fn sources(lines: &[SourceLine], by: GroupBy, currency: &str) -> Vec<Section> {
    let leads: usize = lines.iter().map(|s| s.leads).sum();
    if leads == 0 {
        return vec![Section::text(vec![NOTHING_CREATED.into()])];
    }
    let mut sections = vec![Section::titled(
        format!(
            "What each {} brought of the {} created; revenue in {currency}, won at any time",
            by.as_str(),
            counted(leads, "lead", "leads"),
        ),
        bars(tables::sources(lines, by)),
    )];
    if matches!(by, GroupBy::Source | GroupBy::Campaign) && lines.iter().all(|s| s.cost.is_none()) {
        sections.push(Section::text(vec![
            "No cost is set for these; add [[costs]] to the config for the cost per lead.".into(),
        ]));
    }
    sections
}

fn reasons_of(reasons: &Reasons, by: Option<GroupBy>) -> Vec<Section> {
    let mut sections = Vec::new();
    for (what, split) in [
        (
            "Leads created in the period, disqualified",
            &reasons.disqualified,
        ),
        ("Deals lost in the period", &reasons.lost),
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
            sections.push(Section::titled(
                format!("By {}", by.as_str()),
                Body::Text(lines),
            ));
        }
    }
    sections
}
