//! `report`: the funnel, speed-to-lead, the pipeline and the reasons over a period, split by source, campaign,
//! owner or origin, as text, JSON or CSV.

use super::Context;
use super::json::reports::{OneReport, PeriodJson, ReportJson};
use super::output::{print_json, table_lines};
use crate::domain::report::PipelineReport;
use crate::domain::report::tables;
use crate::domain::report::words::{secs, share, when};
use crate::domain::report::{Funnel, GroupBy, Period, PeriodKind, Speed};
use crate::domain::text::clean_field;
use crate::failure::{refused, refused_because};
use crate::store::{Reasons, SourceLine, Split, TargetReport};
use anyhow::{Context as _, Result};
use chrono::{Local, NaiveDate};
use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReportKind {
    /// The leads created in the period: how many reached each lifecycle stage.
    Funnel,
    /// How fast the leads created in the period were first answered, against the SLA.
    Speed,
    /// Open deals by stage, deals won and lost in the period, win rate, forecast.
    Pipeline,
    /// Why leads were disqualified and deals lost.
    Reasons,
    /// The period against the config's [[targets]], with the pace.
    Targets,
    /// Leads, customers, revenue and cost per source (or --by campaign).
    Sources,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Which report.
    #[arg(value_enum)]
    report: ReportKind,
    /// The first day (YYYY-MM-DD); without --to, up to today.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// The last day, included (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", requires = "from")]
    to: Option<String>,
    /// This week, month, quarter or year (the default is this month).
    #[arg(long, value_name = "PERIOD", conflicts_with = "from")]
    period: Option<String>,
    /// Also the period before, to compare against.
    #[arg(long)]
    previous: bool,
    /// Split by source, campaign, owner or origin (inbound "pull", outbound "push").
    #[arg(long, value_name = "WHAT")]
    by: Option<String>,
    /// Comma-separated values for a spreadsheet, instead of text.
    #[arg(long)]
    csv: bool,
}

pub fn report(ctx: &Context, args: ReportArgs) -> Result<()> {
    if args.csv && ctx.json {
        crate::refuse!("cli-report-csv-or-json");
    }
    if matches!(args.report, ReportKind::Targets) && args.by.is_some() {
        crate::refuse!("cli-report-targets-not-split");
    }
    let today = ctx.now.with_timezone(&Local).date_naive();
    let period = period_of(&args, today)?;
    let by = args
        .by
        .as_deref()
        .map(str::parse::<GroupBy>)
        .transpose()
        .map_err(|e| refused_because("--by", e))?;
    let periods: Vec<Period> = if args.previous {
        vec![period.clone(), period.previous()]
    } else {
        vec![period]
    };
    let mut shown = Vec::new();
    for period in &periods {
        let (from, to) = period.span(&Local);
        shown.push(match args.report {
            ReportKind::Funnel => Shown::Funnel(ctx.store.funnel_report(from, to, by)?),
            ReportKind::Speed => {
                // Unsplit, it is shown by source and by owner.
                let splits = match by {
                    Some(by) => vec![by],
                    None => vec![GroupBy::Source, GroupBy::Owner],
                };
                let mut reports = ctx
                    .store
                    .speed_report((from, to), &splits, &ctx.config.sla, ctx.now)?
                    .into_iter();
                let speed = reports.next().context("the speed report")?;
                let by_owner = reports.next();
                Shown::Speed(Box::new(speed), by_owner.map(Box::new))
            }
            ReportKind::Pipeline => {
                let pipeline = ctx.config.pipeline();
                let report =
                    ctx.store
                        .pipeline_report((from, to), by, &pipeline, ctx.now, today)?;
                Shown::Pipeline(Box::new(report))
            }
            ReportKind::Reasons => {
                Shown::Reasons(Box::new(ctx.store.reasons_report((from, to), by)?))
            }
            ReportKind::Targets => {
                // Each target over its own period: the one holding the last day asked
                // about, or today while that day is still to come.
                let day = period.last.min(today);
                let reports =
                    ctx.store
                        .targets_report(&ctx.config.targets, (day, today), &Local)?;
                Shown::Targets(reports)
            }
            ReportKind::Sources => {
                let by = by.unwrap_or(GroupBy::Source);
                let lines = ctx
                    .store
                    .sources_report(period, (from, to), by, &ctx.config.costs)?;
                Shown::Sources(lines, by)
            }
        });
    }
    let reports: Vec<(&Period, Shown)> = periods.iter().zip(shown).collect();
    if ctx.json {
        let mut values = reports.iter().map(|(p, r)| r.json(p, by));
        if let Some(report) = values.next() {
            print_json(&ReportJson {
                report,
                previous: values.next(),
            });
        }
    } else if args.csv {
        let mut writer = ::csv::Writer::from_writer(std::io::stdout());
        for (index, (period, report)) in reports.iter().enumerate() {
            for record in report.csv(period, index == 0) {
                writer.write_record(record.iter().map(|cell| clean_field(cell)))?;
            }
        }
        writer.flush()?;
    } else {
        for (index, (period, report)) in reports.iter().enumerate() {
            if index > 0 {
                println!("\n{}", said(crate::t!("cli-report-period-before")));
            }
            for line in report.text(period, by, ctx.store.currency()) {
                println!("{line}");
            }
        }
    }
    Ok(())
}

fn period_of(args: &ReportArgs, today: NaiveDate) -> Result<Period> {
    let day = |option: &str, text: &str| {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|e| {
            refused_because(
                crate::t!(
                    "cli-report-not-a-date",
                    option = option,
                    typed = crate::domain::text::clean_line(text)
                ),
                e,
            )
        })
    };
    if let Some(from) = &args.from {
        let first = day("--from", from)?;
        let last = match &args.to {
            Some(to) => day("--to", to)?,
            None => today,
        };
        return Period::between(first, last).map_err(refused);
    }
    let kind = match &args.period {
        Some(word) => word
            .parse::<PeriodKind>()
            .map_err(|e| refused_because("--period", e))?,
        None => PeriodKind::Month,
    };
    Ok(Period::containing(kind, today))
}

enum Shown {
    Funnel(Split<Funnel>),
    /// By source (or the split asked for), and by owner when none was asked for.
    Speed(Box<Split<Speed>>, Option<Box<Split<Speed>>>),
    Pipeline(Box<Split<PipelineReport>>),
    Reasons(Box<Reasons>),
    Targets(Vec<TargetReport>),
    Sources(Vec<SourceLine>, GroupBy),
}

fn nothing_created(period: &Period) -> String {
    said(crate::t!("cli-report-nothing-created", when = when(period)))
}

pub(super) use crate::domain::report::words::{bucket_word, groups_in_words, stage_word};

/// A sentence of a report as printed: laid out for the terminal on its own, as
/// the tables between the sentences are cell by cell.
pub(super) fn said(sentence: String) -> String {
    super::output::shown(&sentence).into_owned()
}

/// A bar of `width` cells for `part` of `whole`, so the numbers read without colour.
fn bar(part: usize, whole: usize, width: usize) -> String {
    let filled = if whole == 0 {
        0
    } else {
        (part * width).div_ceil(whole).min(width)
    };
    format!("{}{}", "█".repeat(filled), "·".repeat(width - filled))
}

impl Shown {
    fn text(&self, period: &Period, by: Option<GroupBy>, currency: &str) -> Vec<String> {
        match self {
            Shown::Pipeline(split) => {
                super::report_deals::pipeline_text(split, by, &when(period), currency)
            }
            Shown::Reasons(reasons) => super::report_deals::reasons_text(reasons, &when(period)),
            Shown::Targets(reports) => super::report_goals::targets_text(reports, currency),
            Shown::Sources(lines, by) => {
                super::report_goals::sources_text(lines, *by, &when(period), currency)
            }
            Shown::Funnel(split) => {
                let total = &split.total;
                if total.cohort == 0 {
                    return vec![nothing_created(period)];
                }
                let mut lines = vec![said(crate::t!(
                    "cli-report-funnel-title",
                    count = total.cohort,
                    when = when(period)
                ))];
                let stages = tables::funnel_stages(total);
                let rows: Vec<Vec<String>> = stages
                    .rows
                    .iter()
                    .zip(&stages.values)
                    .map(|(row, reached)| {
                        let mut row = row.clone();
                        row[0] = stage_word(&row[0]);
                        row.insert(2, bar(*reached as usize, total.cohort, 20));
                        row
                    })
                    .collect();
                lines.extend(table_lines(
                    &["STAGE", "REACHED", "", "TO NEXT", "MEDIAN TO NEXT"],
                    &rows,
                ));
                lines.extend(total.notes().into_iter().map(said));
                if let Some(by) = by {
                    lines.push(String::new());
                    let mut table = tables::funnel_groups(by, &split.groups);
                    for heading in table.headers.iter_mut().skip(2) {
                        *heading = stage_word(&heading.to_lowercase()).to_uppercase();
                    }
                    lines.extend(groups_in_words(table).lines_laid_out(super::output::shown));
                }
                lines
            }
            Shown::Speed(split, by_owner) => {
                let total = &split.total;
                if total.leads == 0 {
                    return vec![nothing_created(period)];
                }
                let mut lines = vec![said(crate::t!(
                    "cli-report-speed-title",
                    count = total.leads,
                    when = when(period)
                ))];
                lines.push(said(crate::t!(
                    "cli-report-speed-answered",
                    answered = total.answered,
                    leads = total.leads,
                    median = secs(total.median_secs),
                    p90 = secs(total.p90_secs)
                )));
                let running = total.leads - total.decided;
                let waiting = if running == 0 {
                    String::new()
                } else {
                    crate::t!("cli-report-speed-running", count = running)
                };
                lines.push(said(crate::t!(
                    "cli-report-speed-within",
                    within = total.within_sla,
                    decided = total.decided,
                    share = share(total.within_sla_share),
                    waiting = waiting
                )));
                lines.push(said(crate::t!(
                    "cli-report-speed-expired",
                    count = total.expired
                )));
                let answered = total.answered;
                let histogram = tables::speed_histogram(total);
                let rows: Vec<Vec<String>> = histogram
                    .rows
                    .iter()
                    .zip(&histogram.values)
                    .map(|(row, count)| {
                        let mut row = row.clone();
                        row[0] = bucket_word(&row[0]);
                        row.push(bar(*count as usize, answered, 20));
                        row
                    })
                    .collect();
                lines.push(String::new());
                lines.extend(table_lines(&["FIRST ANSWER", "LEADS", ""], &rows));
                let mut splits = vec![(by.unwrap_or(GroupBy::Source), &split.groups)];
                if let Some(owners) = by_owner {
                    splits.push((GroupBy::Owner, &owners.groups));
                }
                for (by, groups) in splits {
                    lines.push(String::new());
                    let table = groups_in_words(tables::speed_groups(by, groups));
                    lines.extend(table.lines_laid_out(super::output::shown));
                }
                lines
            }
        }
    }

    fn json(&self, period: &Period, by: Option<GroupBy>) -> OneReport {
        let period = PeriodJson {
            label: period.label(),
            first_day: period.first.to_string(),
            last_day: period.last.to_string(),
        };
        let by_word = by.map(|by| by.as_str().to_string());
        match self {
            Shown::Pipeline(split) => OneReport::Pipeline {
                period,
                by: by_word,
                split: (**split).clone(),
            },
            Shown::Targets(reports) => OneReport::Targets {
                targets: reports.clone(),
            },
            Shown::Sources(lines, by) => OneReport::Sources {
                period,
                by: by.as_str().to_string(),
                groups: lines.clone(),
            },
            Shown::Reasons(reasons) => OneReport::Reasons {
                period,
                by: by_word,
                reasons: (**reasons).clone(),
            },
            Shown::Funnel(split) => OneReport::Funnel {
                period,
                by: by_word,
                split: split.clone(),
            },
            Shown::Speed(split, by_owner) => OneReport::Speed {
                period,
                by: by.unwrap_or(GroupBy::Source).as_str().to_string(),
                split: (**split).clone(),
                by_owner: by_owner.as_ref().map(|owners| owners.groups.clone()),
            },
        }
    }

    /// Rows of a spreadsheet: one per group (the whole cohort as "all") and stage for
    /// the funnel, one per group for speed; the header only before the first period.
    fn csv(&self, period: &Period, header: bool) -> Vec<Vec<String>> {
        let label = period.label();
        let mut rows = Vec::new();
        match self {
            Shown::Targets(reports) => return super::report_goals::targets_csv(reports, header),
            Shown::Sources(lines, _) => {
                return super::report_goals::sources_csv(lines, &label, header);
            }
            Shown::Pipeline(split) => {
                return super::report_deals::pipeline_csv(split, &label, header);
            }
            Shown::Reasons(reasons) => {
                return super::report_deals::reasons_csv(reasons, &label, header);
            }
            Shown::Funnel(split) => {
                if header {
                    rows.push(
                        [
                            "period",
                            "group",
                            "stage",
                            "reached",
                            "to_next",
                            "median_to_next_secs",
                        ]
                        .map(String::from)
                        .to_vec(),
                    );
                }
                let groups = std::iter::once(("all", &split.total))
                    .chain(split.groups.iter().map(|g| (g.key.as_str(), &g.report)));
                for (group, funnel) in groups {
                    for row in &funnel.stages {
                        rows.push(vec![
                            label.clone(),
                            group.to_string(),
                            row.stage.to_string(),
                            row.reached.to_string(),
                            row.to_next.map(|s| format!("{s:.4}")).unwrap_or_default(),
                            row.median_to_next_secs
                                .map(|s| s.to_string())
                                .unwrap_or_default(),
                        ]);
                    }
                }
            }
            Shown::Speed(split, by_owner) => {
                if header {
                    rows.push(
                        [
                            "period",
                            "group",
                            "leads",
                            "answered",
                            "median_secs",
                            "p90_secs",
                            "within_sla",
                            "within_sla_share",
                            "expired",
                        ]
                        .map(String::from)
                        .to_vec(),
                    );
                }
                let owners = by_owner.iter().flat_map(|o| o.groups.iter());
                let groups = std::iter::once(("all".to_string(), &split.total))
                    .chain(split.groups.iter().map(|g| (g.key.clone(), &g.report)))
                    .chain(owners.map(|g| (format!("owner: {}", g.key), &g.report)));
                for (group, speed) in groups {
                    let optional = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
                    rows.push(vec![
                        label.clone(),
                        group,
                        speed.leads.to_string(),
                        speed.answered.to_string(),
                        optional(speed.median_secs),
                        optional(speed.p90_secs),
                        speed.within_sla.to_string(),
                        speed
                            .within_sla_share
                            .map(|s| format!("{s:.4}"))
                            .unwrap_or_default(),
                        speed.expired.to_string(),
                    ]);
                }
            }
        }
        rows
    }
}
