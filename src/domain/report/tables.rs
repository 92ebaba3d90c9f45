//! The reports' tables, the same on the command line (as aligned text) and in the
//! desk (beside bars): a header, rows of words, and the number each row's bar shows.

use super::goals::SourceLine;
use super::split::Group;
use super::words::{money, secs, share};
use super::{Funnel, GroupBy, PipelineReport, Speed};

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// What each row's bar shows (its count, or its amount rounded).
    pub values: Vec<u64>,
    /// The column the bars draw, named over them.
    pub bar_of: &'static str,
}

impl Table {
    /// `headers` are English, shown in the user's language (reports.ftl's
    /// `col-report-*`); `bar_of` stays the English name, translated where it is shown.
    fn new(headers: &[&str], bar_of: &'static str) -> Table {
        Table {
            headers: headers
                .iter()
                .map(|h| crate::i18n::from_english(h))
                .collect(),
            rows: Vec::new(),
            values: Vec::new(),
            bar_of,
        }
    }

    fn push(&mut self, row: Vec<String>, value: u64) {
        self.rows.push(row);
        self.values.push(value);
    }

    /// The header line, then a line per row, aligned.
    pub fn lines(&self) -> Vec<String> {
        self.lines_laid_out(|c| std::borrow::Cow::Borrowed(c))
    }

    /// [`Table::lines`] with each cell laid out by `layout` (right-to-left text).
    pub fn lines_laid_out(
        &self,
        layout: impl Fn(&str) -> std::borrow::Cow<'_, str>,
    ) -> Vec<String> {
        let headers: Vec<&str> = self.headers.iter().map(String::as_str).collect();
        crate::domain::text::table_lines_laid_out(&headers, &self.rows, layout)
    }
}

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// An amount as a bar's length: whole units, never negative.
fn amount(value: f64) -> u64 {
    if value.is_finite() && value > 0.0 {
        value.round() as u64
    } else {
        0
    }
}

/// Each stage: how many reached it, the share that went on, the median time to.
pub fn funnel_stages(funnel: &Funnel) -> Table {
    let mut table = Table::new(
        &["STAGE", "REACHED", "TO NEXT", "MEDIAN TO NEXT"],
        "REACHED",
    );
    for row in &funnel.stages {
        table.push(
            vec![
                row.stage.to_string(),
                row.reached.to_string(),
                share(row.to_next),
                secs(row.median_to_next_secs),
            ],
            count(row.reached),
        );
    }
    table
}

/// Each group's leads, how many reached each stage past the first, and the share
/// that became customers.
pub fn funnel_groups(by: GroupBy, groups: &[Group<Funnel>]) -> Table {
    let stages = &super::LADDER[1..];
    let by = by.as_str().to_uppercase();
    let mut headers = vec![by.as_str(), "LEADS"];
    let names: Vec<String> = stages.iter().map(|s| s.as_str().to_uppercase()).collect();
    headers.extend(names.iter().map(String::as_str));
    headers.push("TO CUSTOMER");
    let mut table = Table::new(&headers, "LEADS");
    for group in groups {
        let funnel = &group.report;
        let mut row = vec![group.key.clone(), group.leads.to_string()];
        row.extend(funnel.stages.iter().skip(1).map(|s| s.reached.to_string()));
        let customers = funnel.stages.get(5).map_or(0, |s| s.reached);
        row.push(share(
            (funnel.cohort > 0).then(|| customers as f64 / funnel.cohort as f64),
        ));
        table.push(row, count(group.leads));
    }
    table
}

/// How long the answered leads waited, bucket by bucket.
pub fn speed_histogram(speed: &Speed) -> Table {
    let mut table = Table::new(&["FIRST ANSWER", "LEADS"], "LEADS");
    for (label, n) in &speed.distribution {
        table.push(vec![label.clone(), n.to_string()], count(*n));
    }
    table
}

pub fn speed_groups(by: GroupBy, groups: &[Group<Speed>]) -> Table {
    let by = by.as_str().to_uppercase();
    let mut table = Table::new(
        &[
            &by, "LEADS", "ANSWERED", "MEDIAN", "90TH PCT", "IN SLA", "EXPIRED",
        ],
        "LEADS",
    );
    for group in groups {
        let speed = &group.report;
        table.push(
            vec![
                group.key.clone(),
                speed.leads.to_string(),
                speed.answered.to_string(),
                secs(speed.median_secs),
                secs(speed.p90_secs),
                share(speed.within_sla_share),
                speed.expired.to_string(),
            ],
            count(speed.leads),
        );
    }
    table
}

/// The open deals by stage, amounts per currency; each bar is the stage's weighted
/// amount in `currency` (the file's): bars of two currencies cannot be compared.
pub fn pipeline_stages(report: &PipelineReport, currency: &str) -> Table {
    let mut table = Table::new(
        &["STAGE", "DEALS", "AMOUNT", "WEIGHTED", "STALE"],
        "WEIGHTED",
    );
    for line in &report.open {
        table.push(
            vec![
                line.stage.clone(),
                line.deals.to_string(),
                line.amount.shown(),
                line.weighted.shown(),
                line.stale.to_string(),
            ],
            amount(line.weighted.get(currency)),
        );
    }
    table
}

/// The open pipeline, weighted, by expected close month; bars in `currency`.
pub fn forecast(report: &PipelineReport, currency: &str) -> Table {
    let mut table = Table::new(&["CLOSE MONTH", "DEALS", "WEIGHTED"], "WEIGHTED");
    for month in &report.forecast {
        let month_shown = super::words::reason_shown(&month.month);
        let name = if month.past {
            crate::t!("report-gone-by", month = month_shown)
        } else {
            month_shown
        };
        table.push(
            vec![name, month.deals.to_string(), month.weighted.shown()],
            amount(month.weighted.get(currency)),
        );
    }
    table
}

/// Each group's pipeline; bars are its open weighted amount in `currency`.
pub fn pipeline_groups(by: GroupBy, groups: &[Group<PipelineReport>], currency: &str) -> Table {
    let by = by.as_str().to_uppercase();
    let mut table = Table::new(
        &[
            &by,
            "OPEN",
            "WEIGHTED",
            "WON",
            "WON AMOUNT",
            "LOST",
            "WIN RATE",
        ],
        "OPEN WEIGHTED",
    );
    for group in groups {
        let report = &group.report;
        table.push(
            vec![
                group.key.clone(),
                report.open_deals.to_string(),
                report.open_weighted.shown(),
                report.won.to_string(),
                report.won_amount.shown(),
                report.lost.to_string(),
                share(report.win_rate),
            ],
            amount(report.open_weighted.get(currency)),
        );
    }
    table
}

/// What each source (or campaign) brought; each bar is its leads.
pub fn sources(lines: &[SourceLine], by: GroupBy) -> Table {
    let optional = |value: Option<f64>| value.map_or_else(|| "—".into(), money);
    let by = by.as_str().to_uppercase();
    let mut table = Table::new(
        &[
            &by,
            "LEADS",
            "CUSTOMERS",
            "TO CUSTOMER",
            "REVENUE WON",
            "COST",
            "PER LEAD",
            "PER CUSTOMER",
        ],
        "LEADS",
    );
    for line in lines {
        let conversion = (line.leads > 0).then(|| line.customers as f64 / line.leads as f64);
        table.push(
            vec![
                line.key.clone(),
                line.leads.to_string(),
                line.customers.to_string(),
                share(conversion),
                super::words::local_number(line.revenue_won),
                optional(line.cost),
                optional(line.cost_per_lead),
                optional(line.cost_per_customer),
            ],
            count(line.leads),
        );
    }
    table
}

/// Reasons with their counts, most given first.
pub fn reasons(given: &[(String, usize)]) -> Table {
    let mut table = Table::new(&["REASON", "COUNT"], "COUNT");
    for (reason, n) in given {
        let reason = super::words::reason_shown(reason);
        table.push(vec![reason, n.to_string()], count(*n));
    }
    table
}
