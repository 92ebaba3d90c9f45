//! Deals and the pipeline of stages they move through.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub const WON: &str = "Won";
pub const LOST: &str = "Lost";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    pub name: String,
    /// The chance of closing a deal that sits in this stage, 0.0 to 1.0.
    pub probability: f64,
    /// A deal in this stage longer than this is stale.
    pub stale_after_days: Option<u32>,
}

/// The open stages in order, from the config; Won and Lost always follow them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pipeline {
    pub stages: Vec<Stage>,
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        let stage = |name: &str, probability, stale| Stage {
            name: name.into(),
            probability,
            stale_after_days: Some(stale),
        };
        Pipeline {
            stages: vec![
                stage("Call", 0.1, 7),
                stage("Meeting", 0.3, 14),
                stage("Quote", 0.6, 14),
                stage("Closing", 0.8, 30),
            ],
        }
    }
}

impl Pipeline {
    /// The canonical name of a stage, matched case-insensitively; Won and Lost included.
    pub fn stage_name(&self, input: &str) -> Option<&str> {
        let wanted = input.trim();
        self.stages
            .iter()
            .map(|s| s.name.as_str())
            .chain([WON, LOST])
            .find(|name| name.eq_ignore_ascii_case(wanted))
    }

    pub fn first(&self) -> &str {
        &self.stages[0].name
    }

    pub fn probability(&self, stage: &str) -> f64 {
        if stage == WON {
            return 1.0;
        }
        self.stages
            .iter()
            .find(|s| s.name == stage)
            .map_or(0.0, |s| s.probability)
    }

    /// True when a deal has sat in its open stage longer than the stage allows.
    pub fn is_stale(&self, deal: &Deal, now: DateTime<Utc>) -> bool {
        self.stages
            .iter()
            .find(|s| s.name == deal.stage)
            .and_then(|s| s.stale_after_days)
            .is_some_and(|days| (now - deal.stage_changed_at).num_days() >= i64::from(days))
    }

    pub fn names(&self) -> Vec<&str> {
        self.stages
            .iter()
            .map(|s| s.name.as_str())
            .chain([WON, LOST])
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    pub id: String,
    pub contact_id: String,
    pub account_id: Option<String>,
    pub title: String,
    /// In minor units (cents, agorot, fillér) so that sums are exact.
    pub amount_minor: i64,
    pub currency: String,
    pub stage: String,
    /// Set per deal; None means the stage's default.
    pub probability_override: Option<f64>,
    pub competitors: Vec<String>,
    pub quotes: Vec<String>,
    pub close_date: Option<NaiveDate>,
    pub closed_reason: Option<String>,
    pub stage_changed_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Deal {
    /// A deal just opened for a contact, at its account if it has one.
    pub fn open(
        id: String,
        contact: &super::Contact,
        title: String,
        amount_minor: i64,
        currency: &str,
        stage: &str,
        now: DateTime<Utc>,
    ) -> Deal {
        Deal {
            id,
            contact_id: contact.id.clone(),
            account_id: contact.accounts.first().map(|m| m.account_id.clone()),
            title,
            amount_minor,
            currency: currency.to_string(),
            stage: stage.to_string(),
            probability_override: None,
            competitors: Vec::new(),
            quotes: Vec::new(),
            close_date: None,
            closed_reason: None,
            stage_changed_at: now,
            created_at: now,
            updated_at: now,
        }
    }

    pub fn amount(&self) -> f64 {
        self.amount_minor as f64 / 100.0
    }

    pub fn probability(&self, pipeline: &Pipeline) -> f64 {
        match self.stage.as_str() {
            WON => 1.0,
            LOST => 0.0,
            stage => self
                .probability_override
                .unwrap_or_else(|| pipeline.probability(stage)),
        }
    }

    pub fn expected_value(&self, pipeline: &Pipeline) -> f64 {
        self.amount() * self.probability(pipeline)
    }

    pub fn is_open(&self) -> bool {
        self.stage != WON && self.stage != LOST
    }
}

/// Reads "12,500.50" or "12500" into minor units; None for anything else.
pub fn parse_amount(input: &str) -> Option<i64> {
    let cleaned: String = input
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_')
        .collect();
    let value: f64 = cleaned.parse().ok()?;
    (value.is_finite() && (0.0..1e15).contains(&value)).then(|| (value * 100.0).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deal(stage: &str, amount_minor: i64, probability_override: Option<f64>) -> Deal {
        let now = Utc::now();
        Deal {
            id: "d".into(),
            contact_id: "c".into(),
            account_id: None,
            title: "t".into(),
            amount_minor,
            currency: "ILS".into(),
            stage: stage.into(),
            probability_override,
            competitors: vec![],
            quotes: vec![],
            close_date: None,
            closed_reason: None,
            stage_changed_at: now,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn expected_value_is_amount_times_probability() {
        let pipeline = Pipeline::default();
        assert_eq!(
            deal("Quote", 1_000_000, None).expected_value(&pipeline),
            6_000.0
        );
        assert_eq!(
            deal("Quote", 1_000_000, Some(0.5)).expected_value(&pipeline),
            5_000.0
        );
        assert_eq!(
            deal(WON, 1_000_000, Some(0.5)).expected_value(&pipeline),
            10_000.0
        );
        assert_eq!(deal(LOST, 1_000_000, None).expected_value(&pipeline), 0.0);
    }

    #[test]
    fn stages_match_case_insensitively() {
        let pipeline = Pipeline::default();
        assert_eq!(pipeline.stage_name("quote"), Some("Quote"));
        assert_eq!(pipeline.stage_name("won"), Some(WON));
        assert_eq!(pipeline.stage_name("nope"), None);
    }

    #[test]
    fn amounts_parse_to_minor_units() {
        assert_eq!(parse_amount("12,500.50"), Some(1_250_050));
        assert_eq!(parse_amount("7"), Some(700));
        assert_eq!(parse_amount("-5"), None);
        assert_eq!(parse_amount("abc"), None);
    }
}
