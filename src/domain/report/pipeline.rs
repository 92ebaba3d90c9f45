//! The pipeline: open deals by stage, what closed in the period and why, the win
//! rate, deal size and sales cycle, and the weighted forecast by close month.
//! Every amount is summed per currency (`Sums`): each deal keeps its own.

use crate::domain::Deal;
use crate::domain::deal::{LOST, Pipeline, WON};
use crate::domain::money::Sums;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct StageLine {
    pub stage: String,
    pub deals: usize,
    pub amount: Sums,
    /// Each deal's amount times its probability, summed.
    pub weighted: Sums,
    /// Sitting in the stage longer than its `stale_after_days`.
    pub stale: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ForecastMonth {
    /// "2026-12", or "no close date".
    pub month: String,
    pub deals: usize,
    pub weighted: Sums,
    /// Its close month has already gone by.
    pub past: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct PipelineReport {
    /// The pipeline's stages in order, then any stage the config no longer has.
    pub open: Vec<StageLine>,
    pub open_deals: usize,
    pub open_amount: Sums,
    pub open_weighted: Sums,
    pub stale: usize,
    pub won: usize,
    pub won_amount: Sums,
    pub lost: usize,
    pub lost_amount: Sums,
    /// Won of the deals closed in the period.
    pub win_rate: Option<f64>,
    /// The average deal won, in each currency deals were won in.
    pub average_won: Sums,
    /// The mean time from opening a deal to winning it, in seconds.
    pub average_cycle_secs: Option<i64>,
    pub won_reasons: Vec<(String, usize)>,
    pub lost_reasons: Vec<(String, usize)>,
    pub forecast: Vec<ForecastMonth>,
}

impl PipelineReport {
    /// `deals` are every live deal; those closed in `[from, to)` count as the
    /// period's won and lost, by the time they entered Won or Lost.
    pub fn of<'a>(
        deals: impl IntoIterator<Item = &'a Deal>,
        pipeline: &Pipeline,
        (from, to): (DateTime<Utc>, DateTime<Utc>),
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> PipelineReport {
        let mut open: Vec<StageLine> = pipeline
            .stages
            .iter()
            .map(|s| StageLine {
                stage: s.name.clone(),
                deals: 0,
                amount: Sums::default(),
                weighted: Sums::default(),
                stale: 0,
            })
            .collect();
        let mut forecast: BTreeMap<Option<NaiveDate>, (usize, Sums)> = BTreeMap::new();
        let (mut won, mut lost) = (Vec::new(), Vec::new());
        for deal in deals {
            if !deal.is_open() {
                let closed_now = deal.stage_changed_at >= from && deal.stage_changed_at < to;
                match deal.stage.as_str() {
                    WON if closed_now => won.push(deal),
                    LOST if closed_now => lost.push(deal),
                    _ => {}
                }
                continue;
            }
            let line = match open.iter().position(|l| l.stage == deal.stage) {
                Some(index) => &mut open[index],
                None => {
                    open.push(StageLine {
                        stage: format!("{} (unknown)", deal.stage),
                        deals: 0,
                        amount: Sums::default(),
                        weighted: Sums::default(),
                        stale: 0,
                    });
                    let last = open.len() - 1;
                    &mut open[last]
                }
            };
            let weighted = deal.expected_value(pipeline);
            line.deals += 1;
            line.amount.add(&deal.currency, deal.amount());
            line.weighted.add(&deal.currency, weighted);
            line.stale += usize::from(pipeline.is_stale(deal, now));
            let month = deal.close_date.and_then(|d| d.with_day(1));
            let slot = forecast.entry(month).or_default();
            slot.0 += 1;
            slot.1.add(&deal.currency, weighted);
        }
        let this_month = today.with_day(1).unwrap_or(today);
        let forecast = forecast
            .into_iter()
            .map(|(month, (deals, weighted))| ForecastMonth {
                month: month
                    .map_or_else(|| NO_CLOSE_DATE.into(), |m| m.format("%Y-%m").to_string()),
                deals,
                weighted,
                past: month.is_some_and(|m| m < this_month),
            })
            .collect();
        let sum = |deals: &[&Deal]| -> Sums {
            deals
                .iter()
                .map(|d| (d.currency.as_str(), d.amount()))
                .collect()
        };
        let mut won_counts: BTreeMap<String, usize> = BTreeMap::new();
        for deal in &won {
            *won_counts.entry(deal.currency.clone()).or_default() += 1;
        }
        let all = |pick: fn(&StageLine) -> &Sums| -> Sums {
            open.iter().flat_map(|l| pick(l).iter()).collect()
        };
        let cycles: Vec<i64> = won
            .iter()
            .map(|d| (d.stage_changed_at - d.created_at).num_seconds().max(0))
            .collect();
        let closed = won.len() + lost.len();
        PipelineReport {
            open_deals: open.iter().map(|l| l.deals).sum(),
            open_amount: all(|l| &l.amount),
            open_weighted: all(|l| &l.weighted),
            stale: open.iter().map(|l| l.stale).sum(),
            open,
            won: won.len(),
            won_amount: sum(&won),
            lost: lost.len(),
            lost_amount: sum(&lost),
            win_rate: (closed > 0).then(|| won.len() as f64 / closed as f64),
            average_won: sum(&won).divided_by(&won_counts),
            average_cycle_secs: (!cycles.is_empty())
                .then(|| cycles.iter().sum::<i64>() / cycles.len() as i64),
            won_reasons: reasons(won.iter().map(|d| d.closed_reason.as_deref())),
            lost_reasons: reasons(lost.iter().map(|d| d.closed_reason.as_deref())),
            forecast,
        }
    }
}

/// The report's own words for a deal closed with no reason, kept as they are in
/// JSON and CSV; `words::reason_shown` gives them to people in their language.
pub const NO_REASON: &str = "(no reason given)";

/// The forecast's month for open deals with no expected close date (see
/// [`NO_REASON`]).
pub const NO_CLOSE_DATE: &str = "no close date";

/// Each reason with how often it was given, most often first; none given is
/// "(no reason given)". Reasons are compared as typed, trimmed and case-folded.
pub fn reasons<'a>(given: impl IntoIterator<Item = Option<&'a str>>) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for reason in given {
        let shown = reason
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .unwrap_or(NO_REASON);
        let slot = counts
            .entry(shown.to_lowercase())
            .or_insert_with(|| (shown.to_string(), 0));
        slot.1 += 1;
    }
    let mut listed: Vec<(String, usize)> = counts.into_values().collect();
    // A tie puts the reasons given before the silence.
    listed.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then((a.0 == NO_REASON).cmp(&(b.0 == NO_REASON)))
            .then(a.0.cmp(&b.0))
    });
    listed
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn deal(stage: &str, amount: i64, opened_days_ago: i64, moved_days_ago: i64) -> Deal {
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap();
        let contact = crate::domain::Contact::new_lead("c-1".into(), "Noa".into(), now, "Dana");
        let mut deal = Deal::open(
            format!("d-{stage}-{amount}"),
            &contact,
            "Deal".into(),
            amount * 100,
            "ILS",
            stage,
            now - Duration::days(opened_days_ago),
        );
        deal.stage_changed_at = now - Duration::days(moved_days_ago);
        deal
    }

    #[test]
    fn the_pipeline_of_a_few_deals_by_hand() {
        let pipeline = Pipeline::default();
        let first = pipeline.stages[0].name.clone();
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap();
        let november = (
            Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap(),
        );
        let mut open_a = deal(&first, 1000, 10, 10);
        open_a.close_date = NaiveDate::from_ymd_opt(2026, 12, 15);
        let open_b = deal(&first, 3000, 200, 200);
        let mut won = deal(WON, 5000, 40, 10);
        won.closed_reason = Some("Best price".into());
        let mut lost = deal(LOST, 2000, 30, 5);
        lost.closed_reason = Some("best price ".into());
        let old_win = deal(WON, 9000, 100, 60);
        let deals = [open_a, open_b, won, lost, old_win];
        let report = PipelineReport::of(&deals, &pipeline, november, now, now.date_naive());
        assert_eq!(
            (report.open_deals, report.open_amount.get("ILS")),
            (2, 4000.0)
        );
        let p = pipeline.probability(&first);
        assert!((report.open_weighted.get("ILS") - 4000.0 * p).abs() < 1e-9);
        assert_eq!((report.won, report.lost), (1, 1));
        assert_eq!(report.win_rate, Some(0.5));
        assert_eq!(report.average_won.get("ILS"), 5000.0);
        assert_eq!(report.average_cycle_secs, Some(30 * 86_400));
        assert_eq!(report.lost_reasons, vec![("best price".to_string(), 1)]);
        let months: Vec<&str> = report.forecast.iter().map(|f| f.month.as_str()).collect();
        assert_eq!(months, vec!["no close date", "2026-12"]);
        assert_eq!(
            report.stale,
            usize::from(pipeline.is_stale(&deals[1], now))
                + usize::from(pipeline.is_stale(&deals[0], now))
        );
    }

    #[test]
    fn shekels_and_forints_are_summed_apart() {
        let pipeline = Pipeline::default();
        let first = pipeline.stages[0].name.clone();
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap();
        let november = (
            Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap(),
        );
        let shekels = deal(&first, 1000, 10, 10);
        let mut forints = deal(&first, 400_000, 10, 10);
        forints.currency = "HUF".into();
        let mut won_in_forints = deal(WON, 100_000, 40, 10);
        won_in_forints.currency = "HUF".into();
        let deals = [shekels, forints, won_in_forints];
        let report = PipelineReport::of(&deals, &pipeline, november, now, now.date_naive());
        let sums: Vec<(&str, f64)> = report.open_amount.iter().collect();
        assert_eq!(sums, vec![("HUF", 400_000.0), ("ILS", 1000.0)]);
        assert_eq!(report.open[0].amount, report.open_amount);
        assert_eq!(
            report.won_amount.iter().collect::<Vec<_>>(),
            vec![("HUF", 100_000.0)]
        );
        assert_eq!(report.average_won.get("HUF"), 100_000.0);
        assert!(report.average_won.get("ILS") == 0.0 && report.lost_amount.is_empty());
    }

    #[test]
    fn reasons_are_counted_as_typed_most_often_first() {
        let given = [
            Some("No budget"),
            Some("no budget "),
            None,
            Some("Competitor"),
            Some(""),
        ];
        assert_eq!(
            reasons(given),
            vec![
                ("No budget".to_string(), 2),
                ("(no reason given)".to_string(), 2),
                ("Competitor".to_string(), 1),
            ]
        );
    }
}
