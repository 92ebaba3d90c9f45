//! `report pipeline` and `report reasons`: what the deals say, as text and CSV rows
//! (JSON is the reports' own serialisation).

use crate::domain::report::tables;
use crate::domain::report::words::{listed, money, per_currency, share};
use crate::domain::report::{GroupBy, PipelineReport, duration_label};
use crate::domain::text::counted;
use crate::store::{Reasons, Split};

/// Amounts are shown per currency, each deal's own, one line per currency;
/// `currency` (the file's) is what the tables' bars measure.
pub fn pipeline_text(
    split: &Split<PipelineReport>,
    by: Option<GroupBy>,
    when: &str,
    currency: &str,
) -> Vec<String> {
    let total = &split.total;
    let mut lines = vec![format!(
        "Open pipeline: {}; {} stale.",
        counted(total.open_deals, "deal", "deals"),
        total.stale
    )];
    let open = [
        ("open", &total.open_amount),
        ("weighted (amount × probability)", &total.open_weighted),
    ];
    lines.extend(
        per_currency(&open)
            .into_iter()
            .map(|line| format!("  {line}")),
    );
    lines.extend(tables::pipeline_stages(total, currency).lines_laid_out(super::output::shown));
    lines.push(String::new());
    lines.push(format!(
        "Closed {when}: {} won, {} lost; win rate {}.",
        total.won,
        total.lost,
        share(total.win_rate)
    ));
    let closed = [
        ("won", &total.won_amount),
        ("lost", &total.lost_amount),
        ("the average deal won", &total.average_won),
    ];
    lines.extend(
        per_currency(&closed)
            .into_iter()
            .map(|line| format!("  {line}")),
    );
    lines.push(format!(
        "Average sales cycle: {}.",
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
        lines.extend(tables::forecast(total, currency).lines_laid_out(super::output::shown));
    }
    if let Some(by) = by {
        lines.push(String::new());
        lines.extend(
            tables::pipeline_groups(by, &split.groups, currency)
                .lines_laid_out(super::output::shown),
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

/// One row per stage and currency, amounts as plain numbers in that currency and
/// `deals` the stage's count in all currencies (a
/// stage with no deals has one row, its currency empty): a sheet never adds
/// two currencies up.
pub fn pipeline_csv(split: &Split<PipelineReport>, label: &str, header: bool) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    if header {
        rows.push(
            [
                "period", "group", "stage", "deals", "amount", "weighted", "stale", "currency",
            ]
            .map(String::from)
            .to_vec(),
        );
    }
    let groups = std::iter::once(("all", &split.total))
        .chain(split.groups.iter().map(|g| (g.key.as_str(), &g.report)));
    for (group, report) in groups {
        let mut row = |stage: &str,
                       deals: String,
                       amount: String,
                       weighted: String,
                       stale: String,
                       code: &str| {
            rows.push(vec![
                label.to_string(),
                group.to_string(),
                stage.to_string(),
                deals,
                amount,
                weighted,
                stale,
                code.to_string(),
            ]);
        };
        for line in &report.open {
            if line.amount.is_empty() {
                row(
                    &line.stage,
                    "0".into(),
                    money(0.0),
                    money(0.0),
                    line.stale.to_string(),
                    "",
                );
            }
            for (code, amount) in line.amount.iter() {
                row(
                    &line.stage,
                    line.deals.to_string(),
                    money(amount),
                    money(line.weighted.get(code)),
                    line.stale.to_string(),
                    code,
                );
            }
        }
        for (stage, deals, amounts) in [
            ("won", report.won, &report.won_amount),
            ("lost", report.lost, &report.lost_amount),
        ] {
            if amounts.is_empty() {
                row(
                    stage,
                    deals.to_string(),
                    money(0.0),
                    String::new(),
                    String::new(),
                    "",
                );
            }
            for (code, amount) in amounts.iter() {
                row(
                    stage,
                    deals.to_string(),
                    money(amount),
                    String::new(),
                    String::new(),
                    code,
                );
            }
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
