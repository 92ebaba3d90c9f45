//! Explainable lead scoring: rules with AND-ed conditions, behaviour that decays with a
//! half-life, bands that name the temperature, and a breakdown whose parts add up to
//! the total. Pure: the facts and the time are passed in.

use super::contact::word_enum;
use super::{ContactKind, Direction, InteractionKind, Lifecycle, Role};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

word_enum!(Temperature { Cold => "cold", Warm => "warm", Hot => "hot" });

/// The conditions of one rule; every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    // What the lead is.
    pub kind: Option<ContactKind>,
    pub role: Option<Role>,
    pub source: Option<String>,
    pub campaign: Option<String>,
    pub inbound: Option<bool>,
    pub flag: Option<String>,
    pub quality_at_least: Option<u8>,
    pub lifecycle: Option<Lifecycle>,
    pub has_email: Option<bool>,
    pub has_phone: Option<bool>,
    pub country: Option<String>,
    pub returning: Option<bool>,
    pub won_before: Option<bool>,
    // What the lead does.
    pub interaction: Option<InteractionKind>,
    pub direction: Option<Direction>,
    pub outcome: Option<String>,
    pub min_count: Option<u32>,
    pub within_days: Option<f64>,
}

impl Conditions {
    /// True when the rule is about behaviour (interactions), whose points decay.
    pub fn is_behaviour(&self) -> bool {
        self.interaction.is_some()
            || self.direction.is_some()
            || self.outcome.is_some()
            || self.min_count.is_some()
            || self.within_days.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    pub name: String,
    pub points: i64,
    pub when: Conditions,
    /// Overrides the global half-life for this rule's behaviour points.
    pub half_life_days: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    pub hot: i64,
    pub warm: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scoring {
    pub rules: Vec<Rule>,
    pub bands: Bands,
    pub mql_at: i64,
    pub sql_at: i64,
    /// Behaviour points halve every this many days; None keeps them whole.
    pub half_life_days: Option<f64>,
}

impl Scoring {
    pub fn temperature(&self, total: i64) -> Temperature {
        if total >= self.bands.hot {
            Temperature::Hot
        } else if total >= self.bands.warm {
            Temperature::Warm
        } else {
            Temperature::Cold
        }
    }

    pub fn uses_country(&self) -> bool {
        self.rules.iter().any(|r| r.when.country.is_some())
    }
}

/// One interaction as scoring sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct InteractionFact {
    pub id: String,
    pub kind: InteractionKind,
    pub direction: Option<Direction>,
    pub outcome: Option<String>,
    pub occurred_at: DateTime<Utc>,
}

/// Everything a score depends on, gathered by the store.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreFacts {
    pub kind: ContactKind,
    /// (role, account name) for each account membership with a role.
    pub roles: Vec<(Role, String)>,
    pub source: Option<String>,
    pub campaign: Option<String>,
    pub inbound: Option<bool>,
    pub flags: Vec<String>,
    pub quality: Option<u8>,
    pub lifecycle: Lifecycle,
    pub emails: usize,
    pub phones: usize,
    /// ISO country codes of the phones, when a rule needs them.
    pub countries: Vec<String>,
    pub returning: bool,
    pub won_before: bool,
    pub interactions: Vec<InteractionFact>,
}

/// Why a rule fired: a field of the lead, or an interaction.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Evidence {
    Field {
        field: &'static str,
        value: String,
    },
    Interaction {
        interaction_id: String,
        kind: InteractionKind,
        direction: Option<Direction>,
        occurred_at: DateTime<Utc>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleHit {
    pub name: String,
    /// After decay, rounded; the hits' points add up to the total.
    pub points: i64,
    pub base_points: i64,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub total: i64,
    pub temperature: Temperature,
    pub rules: Vec<RuleHit>,
}

pub fn score(scoring: &Scoring, facts: &ScoreFacts, now: DateTime<Utc>) -> Score {
    let rules: Vec<RuleHit> = scoring
        .rules
        .iter()
        .filter_map(|rule| evaluate(rule, scoring.half_life_days, facts, now))
        .collect();
    let total = rules.iter().map(|hit| hit.points).sum();
    Score {
        total,
        temperature: scoring.temperature(total),
        rules,
    }
}

fn evaluate(
    rule: &Rule,
    global_half_life: Option<f64>,
    facts: &ScoreFacts,
    now: DateTime<Utc>,
) -> Option<RuleHit> {
    let mut evidence = explicit_evidence(&rule.when, facts)?;
    let mut points = rule.points as f64;
    if rule.when.is_behaviour() {
        let matching = matching_interactions(&rule.when, facts, now);
        if matching.len() < rule.when.min_count.unwrap_or(1) as usize {
            return None;
        }
        let latest = matching.iter().map(|i| i.occurred_at).max()?;
        if let Some(half_life) = rule
            .half_life_days
            .or(global_half_life)
            .filter(|h| *h > 0.0)
        {
            let age_days = (now - latest).num_seconds().max(0) as f64 / 86_400.0;
            points *= 0.5f64.powf(age_days / half_life);
        }
        evidence.extend(matching.iter().map(|i| Evidence::Interaction {
            interaction_id: i.id.clone(),
            kind: i.kind,
            direction: i.direction,
            occurred_at: i.occurred_at,
        }));
    }
    let points = points.round() as i64;
    (points != 0).then(|| RuleHit {
        name: rule.name.clone(),
        points,
        base_points: rule.points,
        evidence,
    })
}

/// True when the lead meets every explicit (non-behaviour) condition.
pub fn facts_meet(when: &Conditions, facts: &ScoreFacts) -> bool {
    explicit_evidence(when, facts).is_some()
}

fn same_word(a: &str, b: &str) -> bool {
    super::text::fold(a) == super::text::fold(b)
}

/// Checks the explicit conditions; Some(evidence) when all hold.
fn explicit_evidence(when: &Conditions, facts: &ScoreFacts) -> Option<Vec<Evidence>> {
    let mut evidence = Vec::new();
    let mut field =
        |field: &'static str, value: String| evidence.push(Evidence::Field { field, value });
    if let Some(kind) = when.kind {
        (facts.kind == kind).then_some(())?;
        field("kind", kind.to_string());
    }
    if let Some(role) = when.role {
        let (_, account) = facts.roles.iter().find(|(r, _)| *r == role)?;
        field("role", format!("{role} at {account}"));
    }
    if let Some(source) = &when.source {
        let actual = facts.source.as_deref().filter(|s| same_word(s, source))?;
        field("source", actual.to_string());
    }
    if let Some(campaign) = &when.campaign {
        let actual = facts
            .campaign
            .as_deref()
            .filter(|c| same_word(c, campaign))?;
        field("campaign", actual.to_string());
    }
    if let Some(inbound) = when.inbound {
        (facts.inbound == Some(inbound)).then_some(())?;
        field(
            "origin",
            if inbound { "inbound" } else { "outbound" }.to_string(),
        );
    }
    if let Some(flag) = &when.flag {
        let actual = facts.flags.iter().find(|f| same_word(f, flag))?;
        field("flag", actual.clone());
    }
    if let Some(minimum) = when.quality_at_least {
        let quality = facts.quality.filter(|q| *q >= minimum)?;
        field("quality", format!("{quality}/5"));
    }
    if let Some(lifecycle) = when.lifecycle {
        (facts.lifecycle == lifecycle).then_some(())?;
        field("lifecycle", lifecycle.to_string());
    }
    if let Some(wanted) = when.has_email {
        ((facts.emails > 0) == wanted).then_some(())?;
        field("emails", facts.emails.to_string());
    }
    if let Some(wanted) = when.has_phone {
        ((facts.phones > 0) == wanted).then_some(())?;
        field("phones", facts.phones.to_string());
    }
    if let Some(country) = &when.country {
        let actual = facts
            .countries
            .iter()
            .find(|c| c.eq_ignore_ascii_case(country))?;
        field("country", actual.clone());
    }
    if let Some(wanted) = when.returning {
        (facts.returning == wanted).then_some(())?;
        field("returning", wanted.to_string());
    }
    if let Some(wanted) = when.won_before {
        (facts.won_before == wanted).then_some(())?;
        field("won_before", wanted.to_string());
    }
    Some(evidence)
}

fn matching_interactions<'a>(
    when: &Conditions,
    facts: &'a ScoreFacts,
    now: DateTime<Utc>,
) -> Vec<&'a InteractionFact> {
    let since = when
        .within_days
        .map(|days| now - chrono::Duration::seconds((days * 86_400.0) as i64));
    facts
        .interactions
        .iter()
        .filter(|i| i.kind != InteractionKind::Event)
        .filter(|i| when.interaction.is_none_or(|kind| i.kind == kind))
        .filter(|i| when.direction.is_none_or(|d| i.direction == Some(d)))
        .filter(|i| {
            when.outcome.as_deref().is_none_or(|o| {
                i.outcome
                    .as_deref()
                    .is_some_and(|actual| same_word(actual, o))
            })
        })
        .filter(|i| since.is_none_or(|since| i.occurred_at >= since) && i.occurred_at <= now)
        .collect()
}

#[cfg(test)]
#[path = "scoring_tests.rs"]
mod tests;
