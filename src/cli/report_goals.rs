//! `report targets` and `report sources`: the period against the config's goals,
//! and what each source or campaign brought for its cost.

use super::output::table_lines;
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
        return vec![
            "No targets are set: add [[targets]] to the config (see config.example.toml).".into(),
        ];
    }
    let mut lines = Vec::new();
    for (index, report) in reports.iter().enumerate() {
        if index > 0 {
            lines.push(String::new());
        }
        lines.push(format!(
            "Targets for {} ({} to {}): {:.0}% of the period gone",
            report.period,
            day(&report.first_day),
            day(&report.last_day),
            report.elapsed * 100.0
        ));
        let rows: Vec<Vec<String>> = report
            .goals
            .iter()
            .map(|goal| {
                let share = goal.share();
                let pace = goal.pace(report.elapsed);
                vec![
                    goal.what.clone(),
                    so_far(goal, currency),
                    format!("{:.0}% of target", share * 100.0),
                    gauge(share, 20),
                    pace.to_string(),
                ]
            })
            .collect();
        lines.extend(table_lines(&["GOAL", "SO FAR", "", "", "PACE"], &rows));
    }
    lines
}

pub fn sources_text(
    sources: &[SourceLine],
    by: GroupBy,
    when: &str,
    currency: &str,
) -> Vec<String> {
    let leads: usize = sources.iter().map(|s| s.leads).sum();
    if leads == 0 {
        return vec![format!("No lead was created {when}.")];
    }
    let mut lines = vec![format!(
        "What each {} brought of the {} created {when}; revenue in {currency}, from their deals won at any time",
        by.as_str(),
        crate::domain::text::counted(leads, "lead", "leads"),
    )];
    lines.extend(tables::sources(sources, by).lines_laid_out(super::output::shown));
    if sources.iter().all(|s| s.cost.is_none()) {
        lines.push(
            "No cost is set for these; add [[costs]] to the config for the cost per lead.".into(),
        );
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
