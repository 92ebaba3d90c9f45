//! `report pipeline` and `report reasons`: what the deals say, as text and CSV rows
//! (JSON is the reports' own serialisation).

use super::report::{groups_in_words, said, stage_word};
use crate::domain::report::tables;
use crate::domain::report::words::{listed, money, per_currency, share};
use crate::domain::report::{GroupBy, PipelineReport, duration_label};
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
    let mut lines = vec![said(crate::t!(
        "cli-report-pipeline-open",
        count = total.open_deals,
        stale = total.stale
    ))];
    let (open_word, weighted_word) = (crate::t!("report-open"), crate::t!("report-weighted"));
    let open = [
        (open_word.as_str(), &total.open_amount),
        (weighted_word.as_str(), &total.open_weighted),
    ];
    lines.extend(
        per_currency(&open)
            .into_iter()
            .map(|line| format!("  {}", said(line))),
    );
    let mut stages = tables::pipeline_stages(total, currency);
    for row in &mut stages.rows {
        if let Some(stage) = row.first_mut() {
            *stage = stage_word(stage);
        }
    }
    lines.extend(stages.lines_laid_out(super::output::shown));
    lines.push(String::new());
    lines.push(said(crate::t!(
        "cli-report-pipeline-closed",
        when = when,
        won = total.won,
        lost = total.lost,
        rate = share(total.win_rate)
    )));
    let (won, lost, average) = (
        crate::t!("report-won"),
        crate::t!("report-lost"),
        crate::t!("report-average-won"),
    );
    let closed = [
        (won.as_str(), &total.won_amount),
        (lost.as_str(), &total.lost_amount),
        (average.as_str(), &total.average_won),
    ];
    lines.extend(
        per_currency(&closed)
            .into_iter()
            .map(|line| format!("  {}", said(line))),
    );
    let cycle = total
        .average_cycle_secs
        .map_or_else(|| "—".into(), duration_label);
    lines.push(said(crate::t!("report-cycle", cycle = cycle)));
    for (title, given) in [
        (crate::t!("report-won-because"), &total.won_reasons),
        (crate::t!("report-lost-because"), &total.lost_reasons),
    ] {
        if !given.is_empty() {
            lines.push(said(format!("{title}: {}.", listed(given))));
        }
    }
    if !total.forecast.is_empty() {
        lines.push(String::new());
        lines.push(said(crate::t!("cli-report-forecast")));
        lines.extend(tables::forecast(total, currency).lines_laid_out(super::output::shown));
    }
    if let Some(by) = by {
        lines.push(String::new());
        let table = groups_in_words(tables::pipeline_groups(by, &split.groups, currency));
        lines.extend(table.lines_laid_out(super::output::shown));
    }
    lines
}

pub fn reasons_text(report: &Reasons, when: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let sections = [
        ("cli-report-reasons-disqualified", &report.disqualified),
        ("cli-report-reasons-lost", &report.lost),
    ];
    for (index, (id, split)) in sections.into_iter().enumerate() {
        if index > 0 {
            lines.push(String::new());
        }
        let count: usize = split.total.iter().map(|(_, n)| n).sum();
        let heading =
            crate::i18n::message_with(id, &[("when", when.into()), ("count", count.into())]);
        lines.push(said(heading));
        if !split.total.is_empty() {
            lines.extend(tables::reasons(&split.total).lines_laid_out(super::output::shown));
        }
        for group in &split.groups {
            let line = format!("{} ({}): {}", group.key, group.leads, listed(&group.report));
            lines.push(format!("  {}", said(line)));
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
