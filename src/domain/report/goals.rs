//! What the targets and the sources reports hold: each goal against what the period
//! has done, and what each source or campaign brought for what it cost.

use serde::Serialize;

/// One goal of a target, against what the period has done so far.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Goal {
    /// "sales amount", "sales", "new leads", "new leads from Facebook ad", "MQLs", "SQLs".
    pub what: String,
    pub target: f64,
    pub actual: f64,
}

impl Goal {
    /// The share of the target reached; a target of nothing is reached.
    pub fn share(&self) -> f64 {
        if self.target > 0.0 {
            self.actual / self.target
        } else {
            1.0
        }
    }

    /// Against the share of the period gone: "reached", "on pace" or "behind".
    pub fn pace(&self, elapsed: f64) -> &'static str {
        let share = self.share();
        if share >= 1.0 {
            "reached"
        } else if share >= elapsed {
            "on pace"
        } else {
            "behind"
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct TargetReport {
    pub period: String,
    pub first_day: String,
    pub last_day: String,
    /// The share of the period gone, today counted whole: the pace to compare with.
    pub elapsed: f64,
    pub goals: Vec<Goal>,
}

/// What a source or a campaign brought in the period, for what it cost.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SourceLine {
    pub key: String,
    pub leads: usize,
    pub customers: usize,
    pub revenue_won: f64,
    /// The costs set for it in the period's months; None when none is set.
    pub cost: Option<f64>,
    pub cost_per_lead: Option<f64>,
    pub cost_per_customer: Option<f64>,
}
