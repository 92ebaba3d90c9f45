//! `report pipeline` and `report reasons`: what the deals say, as text and CSV rows
//! (JSON is the reports' own serialisation).

use super::output::table_lines;
use super::report::share;
use crate::domain::report::{GroupBy, PipelineReport, duration_label};
use crate::domain::text::counted;
use crate::store::{Reasons, Split};

fn money(amount: f64) -> String {
    format!("{amount:.2}")
}

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
    let rows: Vec<Vec<String>> = total
        .open
        .iter()
        .map(|line| {
            vec![
                line.stage.clone(),
                line.deals.to_string(),
                money(line.amount),
                money(line.weighted),
                line.stale.to_string(),
            ]
        })
        .collect();
    lines.extend(table_lines(
        &["STAGE", "DEALS", "AMOUNT", "WEIGHTED", "STALE"],
        &rows,
    ));
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
        let rows: Vec<Vec<String>> = total
            .forecast
            .iter()
            .map(|month| {
                let name = if month.past {
                    format!("{} (gone by)", month.month)
                } else {
                    month.month.clone()
                };
                vec![name, month.deals.to_string(), money(month.weighted)]
            })
            .collect();
        lines.extend(table_lines(&["CLOSE MONTH", "DEALS", "WEIGHTED"], &rows));
    }
    if let Some(by) = by {
        lines.push(String::new());
        let rows: Vec<Vec<String>> = split
            .groups
            .iter()
            .map(|group| {
                let report = &group.report;
                vec![
                    group.key.clone(),
                    report.open_deals.to_string(),
                    money(report.open_weighted),
                    report.won.to_string(),
                    money(report.won_amount),
                    report.lost.to_string(),
                    share(report.win_rate),
                ]
            })
            .collect();
        let by = by.as_str().to_uppercase();
        lines.extend(table_lines(
            &[
                &by,
                "OPEN",
                "WEIGHTED",
                "WON",
                "WON AMOUNT",
                "LOST",
                "WIN RATE",
            ],
            &rows,
        ));
    }
    lines
}

fn listed(given: &[(String, usize)]) -> String {
    given
        .iter()
        .map(|(reason, count)| format!("{reason} ({count})"))
        .collect::<Vec<_>>()
        .join(", ")
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
        let rows: Vec<Vec<String>> = split
            .total
            .iter()
            .map(|(reason, n)| vec![reason.clone(), n.to_string()])
            .collect();
        if !rows.is_empty() {
            lines.extend(table_lines(&["REASON", "COUNT"], &rows));
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
