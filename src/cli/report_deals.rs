//! `report pipeline` and `report reasons`: what the deals say, as text and CSV rows
//! (JSON is the reports' own serialisation).

use crate::domain::report::tables;
use crate::domain::report::words::{listed, money, share};
use crate::domain::report::{GroupBy, PipelineReport, duration_label};
use crate::domain::text::counted;
use crate::store::{Reasons, Split};

/// `currency` names the amounts' currency (the file's), for the lines that read as
/// sentences; the tables give numbers alone.
pub fn pipeline_text(
    split: &Split<PipelineReport>,
    by: Option<GroupBy>,
    when: &str,
    currency: &str,
) -> Vec<String> {
    let total = &split.total;
    let mut lines = vec![format!(
        "Open pipeline: {} worth {} {currency}, {} {currency} weighted (amount × probability); {} stale.",
        counted(total.open_deals, "deal", "deals"),
        money(total.open_amount),
        money(total.open_weighted),
        total.stale
    )];
    lines.extend(tables::pipeline_stages(total).lines_laid_out(super::output::shown));
    lines.push(String::new());
    lines.push(format!(
        "Closed {when}: {} won ({} {currency}), {} lost ({} {currency}); win rate {}.",
        total.won,
        money(total.won_amount),
        total.lost,
        money(total.lost_amount),
        share(total.win_rate)
    ));
    lines.push(format!(
        "Average deal won: {}; average sales cycle: {}.",
        total
            .average_won
            .map_or_else(|| "—".into(), |a| format!("{} {currency}", money(a))),
        total
            .average_cycle_secs
            .map_or_else(|| "—".into(), duration_label)
    ));
    for (title, given) in [
        ("Won because", &total.won_reasons),
        ("Lost because", &total.lost_reasons),
    ] {
        if !given.is_empty() {
            lines.push(format!("{title}: {}.", listed(given)));
        }
    }
    if !total.forecast.is_empty() {
        lines.push(String::new());
        lines.push("Forecast: the open pipeline, weighted, by expected close month".into());
        lines.extend(tables::forecast(total).lines_laid_out(super::output::shown));
    }
    if let Some(by) = by {
        lines.push(String::new());
        lines.extend(
            tables::pipeline_groups(by, &split.groups).lines_laid_out(super::output::shown),
        );
    }
    lines
}

pub fn reasons_text(report: &Reasons, when: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let sections = [
        ("Leads created", "disqualified", &report.disqualified),
        ("Deals", "lost", &report.lost),
    ];
    for (index, (whose, what, split)) in sections.into_iter().enumerate() {
        if index > 0 {
            lines.push(String::new());
        }
        let count: usize = split.total.iter().map(|(_, n)| n).sum();
        lines.push(format!("{whose} {when}, {what}: {count}"));
        if !split.total.is_empty() {
            lines.extend(tables::reasons(&split.total).lines_laid_out(super::output::shown));
        }
        for group in &split.groups {
            lines.push(format!(
                "  {} ({}): {}",
                group.key,
                group.leads,
                listed(&group.report)
            ));
        }
    }
    lines
}

pub fn pipeline_csv(split: &Split<PipelineReport>, label: &str, header: bool) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    if header {
        rows.push(
            [
                "period", "group", "stage", "deals", "amount", "weighted", "stale",
            ]
            .map(String::from)
            .to_vec(),
        );
    }
    let groups = std::iter::once(("all", &split.total))
        .chain(split.groups.iter().map(|g| (g.key.as_str(), &g.report)));
    for (group, report) in groups {
        for line in &report.open {
            rows.push(vec![
                label.to_string(),
                group.to_string(),
                line.stage.clone(),
                line.deals.to_string(),
                money(line.amount),
                money(line.weighted),
                line.stale.to_string(),
            ]);
        }
        for (stage, deals, amount) in [
            ("won", report.won, report.won_amount),
            ("lost", report.lost, report.lost_amount),
        ] {
            rows.push(vec![
                label.to_string(),
                group.to_string(),
                stage.to_string(),
                deals.to_string(),
                money(amount),
                String::new(),
                String::new(),
            ]);
        }
    }
    rows
}

pub fn reasons_csv(report: &Reasons, label: &str, header: bool) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    if header {
        rows.push(
            ["period", "what", "group", "reason", "count"]
                .map(String::from)
                .to_vec(),
        );
    }
    for (what, split) in [
        ("disqualified", &report.disqualified),
        ("lost", &report.lost),
    ] {
        let groups = std::iter::once(("all", &split.total))
            .chain(split.groups.iter().map(|g| (g.key.as_str(), &g.report)));
        for (group, given) in groups {
            for (reason, count) in given {
                rows.push(vec![
                    label.to_string(),
                    what.to_string(),
                    group.to_string(),
                    reason.clone(),
                    count.to_string(),
                ]);
            }
        }
    }
    rows
}
