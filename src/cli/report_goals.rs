//! `report targets` and `report sources`: the period against the config's goals,
//! and what each source or campaign brought for its cost.

use super::output::table_lines;
use super::report::said;
use crate::domain::report::GroupBy;
use crate::domain::report::tables;
use crate::domain::report::words::{day, number, so_far};
use crate::store::{SourceLine, TargetReport};

/// A gauge of `width` cells, so the share reads without colour.
fn gauge(share: f64, width: usize) -> String {
    let filled = ((share.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
    format!("{}{}", "█".repeat(filled), "·".repeat(width - filled))
}

pub fn targets_text(reports: &[TargetReport], currency: &str) -> Vec<String> {
    if reports.is_empty() {
        return vec![said(crate::t!("report-no-targets"))];
    }
    let mut lines = Vec::new();
    for (index, report) in reports.iter().enumerate() {
        if index > 0 {
            lines.push(String::new());
        }
        lines.push(said(crate::t!(
            "report-targets-for",
            period = report.period.as_str(),
            from = day(&report.first_day),
            to = day(&report.last_day),
            gone = format!("{:.0}", report.elapsed * 100.0)
        )));
        let rows: Vec<Vec<String>> = report
            .goals
            .iter()
            .map(|goal| {
                let share = goal.share();
                let pace = goal.pace(report.elapsed);
                vec![
                    goal_shown(&goal.what),
                    so_far(goal, currency),
                    crate::t!(
                        "cli-report-of-target",
                        share = format!("{:.0}", share * 100.0)
                    ),
                    gauge(share, 20),
                    pace_shown(pace),
                ]
            })
            .collect();
        lines.extend(table_lines(&["GOAL", "SO FAR", "", "", "PACE"], &rows));
    }
    lines
}

/// A goal's name as the config's targets give it, in the user's language.
fn goal_shown(what: &str) -> String {
    match what {
        "sales amount" => crate::t!("cli-goal-sales-amount"),
        "sales" => crate::t!("cli-goal-sales"),
        "new leads" => crate::t!("cli-goal-new-leads"),
        "MQLs" => crate::t!("cli-goal-mqls"),
        "SQLs" => crate::t!("cli-goal-sqls"),
        other => match other.strip_prefix("new leads from ") {
            Some(source) => crate::t!("cli-goal-new-leads-from", source = source),
            None => other.to_string(),
        },
    }
}

/// A goal's pace (`Goal::pace`) in the user's language.
fn pace_shown(pace: &str) -> String {
    match pace {
        "reached" => crate::t!("cli-pace-reached"),
        "on pace" => crate::t!("cli-pace-on-pace"),
        "behind" => crate::t!("cli-pace-behind"),
        other => other.to_string(),
    }
}

pub fn sources_text(
    sources: &[SourceLine],
    by: GroupBy,
    when: &str,
    currency: &str,
) -> Vec<String> {
    let leads: usize = sources.iter().map(|s| s.leads).sum();
    if leads == 0 {
        return vec![said(crate::t!("cli-report-nothing-created", when = when))];
    }
    let split = match by {
        GroupBy::Source => crate::t!("split-source"),
        GroupBy::Campaign => crate::t!("split-campaign"),
        GroupBy::Owner => crate::t!("split-owner"),
        GroupBy::Origin => crate::t!("split-origin"),
    };
    let mut lines = vec![said(crate::t!(
        "cli-report-sources-title",
        split = split,
        count = leads,
        when = when,
        currency = currency
    ))];
    let table = super::report::groups_in_words(tables::sources(sources, by));
    lines.extend(table.lines_laid_out(super::output::shown));
    if sources.iter().all(|s| s.cost.is_none()) {
        lines.push(said(crate::t!("report-no-costs")));
    }
    lines
}

pub fn targets_csv(reports: &[TargetReport], header: bool) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    if header {
        rows.push(
            ["period", "goal", "target", "actual", "elapsed"]
                .map(String::from)
                .to_vec(),
        );
    }
    for report in reports {
        for goal in &report.goals {
            rows.push(vec![
                report.period.clone(),
                goal.what.clone(),
                number(goal.target),
                number(goal.actual),
                format!("{:.4}", report.elapsed),
            ]);
        }
    }
    rows
}

pub fn sources_csv(sources: &[SourceLine], label: &str, header: bool) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    if header {
        rows.push(
            [
                "period",
                "group",
                "leads",
                "customers",
                "revenue_won",
                "cost",
                "cost_per_lead",
                "cost_per_customer",
            ]
            .map(String::from)
            .to_vec(),
        );
    }
    let blank = |v: Option<f64>| v.map(|v| format!("{v:.2}")).unwrap_or_default();
    for line in sources {
        rows.push(vec![
            label.to_string(),
            line.key.clone(),
            line.leads.to_string(),
            line.customers.to_string(),
            format!("{:.2}", line.revenue_won),
            blank(line.cost),
            blank(line.cost_per_lead),
            blank(line.cost_per_customer),
        ]);
    }
    rows
}
