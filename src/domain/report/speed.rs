//! Speed-to-lead: how long leads waited for their first response, against the SLA.

use super::stats::{Histogram, RESPONSE_BUCKETS, median, percentile};
use serde::Serialize;

/// One lead's wait.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wait {
    /// Seconds from creation to the first response; None while unanswered.
    pub answered_after: Option<i64>,
    /// The SLA that applies to it (by its source), in seconds.
    pub sla_secs: i64,
    /// Unanswered with its SLA still running: neither a hit nor a miss yet.
    pub still_running: bool,
    pub expired: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Speed {
    pub leads: usize,
    pub answered: usize,
    pub median_secs: Option<i64>,
    pub p90_secs: Option<i64>,
    /// Answered within their SLA.
    pub within_sla: usize,
    /// Answered, or past their SLA unanswered: the leads the share is taken of.
    pub decided: usize,
    /// Of the leads whose SLA has run out or that were answered, the share answered
    /// in time; leads still inside their SLA are left out until it runs out.
    pub within_sla_share: Option<f64>,
    pub expired: usize,
    #[serde(skip)]
    pub histogram: Histogram,
    /// The histogram, as label and count, for scripts.
    pub distribution: Vec<(String, usize)>,
}

impl Speed {
    pub fn of<'a>(waits: impl IntoIterator<Item = &'a Wait>) -> Speed {
        let waits: Vec<&Wait> = waits.into_iter().collect();
        let times: Vec<i64> = waits.iter().filter_map(|w| w.answered_after).collect();
        let within_sla = waits
            .iter()
            .filter(|w| w.answered_after.is_some_and(|t| t <= w.sla_secs))
            .count();
        let decided = waits.iter().filter(|w| !w.still_running).count();
        let histogram = Histogram::of(&times, RESPONSE_BUCKETS, "> 3 days");
        let distribution = histogram
            .labels
            .iter()
            .zip(&histogram.counts)
            .map(|(label, count)| (label.to_string(), *count))
            .collect();
        Speed {
            leads: waits.len(),
            answered: times.len(),
            median_secs: median(&times),
            p90_secs: percentile(&times, 0.9),
            within_sla,
            decided,
            within_sla_share: (decided > 0).then(|| within_sla as f64 / decided as f64),
            expired: waits.iter().filter(|w| w.expired).count(),
            histogram,
            distribution,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait(after: Option<i64>, running: bool) -> Wait {
        Wait {
            answered_after: after,
            sla_secs: 900,
            still_running: running,
            expired: false,
        }
    }

    #[test]
    fn speed_by_hand() {
        let mut waits = vec![
            wait(Some(60), false),
            wait(Some(600), false),
            wait(Some(3600), false),
            wait(None, false),
            wait(None, true),
        ];
        waits[3].expired = true;
        let speed = Speed::of(&waits);
        assert_eq!((speed.leads, speed.answered, speed.within_sla), (5, 3, 2));
        assert_eq!(speed.decided, 4);
        assert_eq!(speed.median_secs, Some(600));
        assert_eq!(speed.p90_secs, Some(3600));
        // Two in time of the four decided: the one still running is left out.
        assert_eq!(speed.within_sla_share, Some(0.5));
        assert_eq!(speed.expired, 1);
        assert_eq!(speed.histogram.counts.iter().sum::<usize>(), 3);
    }
}
