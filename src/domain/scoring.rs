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
    /// The oldest interaction any rule can still see: the widest `within_days`, or all
    /// of them when a behaviour rule has no window; None when no rule looks at behaviour.
    pub fn behaviour_horizon(&self, now: DateTime<Utc>) -> Option<i64> {
        let behaviour: Vec<_> = self
            .rules
            .iter()
            .filter(|r| r.when.is_behaviour())
            .collect();
        if behaviour.is_empty() {
            return None;
        }
        if behaviour.iter().all(|r| r.when.within_days.is_some()) {
            let days = behaviour
                .iter()
                .filter_map(|r| r.when.within_days)
                .fold(0.0, f64::max);
            Some(now.timestamp_millis() - (days * 86_400_000.0) as i64)
        } else {
            Some(i64::MIN)
        }
    }

    pub fn temperature(&self, total: i64) -> Temperature {
        if total >= self.bands.hot {
            Temperature::Hot
        } else if total >= self.bands.warm {
            Temperature::Warm
        } else {
            Temperature::Cold
        }
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
    /// ISO country codes of the phones.
    pub countries: Vec<String>,
    pub returning: bool,
    pub won_before: bool,
    pub interactions: Vec<InteractionFact>,
}

/// Why a rule fired: a field of the lead, or an interaction.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
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
        #[serde(serialize_with = "crate::domain::timestamp::write")]
        #[schemars(with = "crate::domain::timestamp::Rfc3339")]
        occurred_at: DateTime<Utc>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
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

/// The total alone, building no evidence: what a full rescore of every contact
/// needs. Always equal to `score(..).total`.
pub fn total(scoring: &Scoring, facts: &ScoreFacts, now: DateTime<Utc>) -> i64 {
    let mut total = 0;
    for rule in &scoring.rules {
        if !check_explicit(&rule.when, facts, &mut |_, _| {}) {
            continue;
        }
        if !rule.when.is_behaviour() {
            total += rule.points;
            continue;
        }
        let (mut count, mut latest) = (0, None);
        let since = window_start(&rule.when, now);
        for i in facts
            .interactions
            .iter()
            .filter(|i| interaction_matches(&rule.when, i, since, now))
        {
            count += 1;
            latest = latest.max(Some(i.occurred_at));
        }
        if let Some(latest) = latest.filter(|_| count >= rule.when.min_count.unwrap_or(1)) {
            total += decayed_points(rule, scoring.half_life_days, latest, now);
        }
    }
    total
}

fn evaluate(
    rule: &Rule,
    global_half_life: Option<f64>,
    facts: &ScoreFacts,
    now: DateTime<Utc>,
) -> Option<RuleHit> {
    let mut evidence = Vec::new();
    let holds = check_explicit(&rule.when, facts, &mut |field, value| {
        evidence.push(Evidence::Field {
            field,
            value: value(),
        })
    });
    if !holds {
        return None;
    }
    let mut points = rule.points;
    if rule.when.is_behaviour() {
        let since = window_start(&rule.when, now);
        let matching: Vec<&InteractionFact> = facts
            .interactions
            .iter()
            .filter(|i| interaction_matches(&rule.when, i, since, now))
            .collect();
        if matching.len() < rule.when.min_count.unwrap_or(1) as usize {
            return None;
        }
        let latest = matching.iter().map(|i| i.occurred_at).max()?;
        points = decayed_points(rule, global_half_life, latest, now);
        evidence.extend(matching.iter().map(|i| Evidence::Interaction {
            interaction_id: i.id.clone(),
            kind: i.kind,
            direction: i.direction,
            occurred_at: i.occurred_at,
        }));
    }
    (points != 0).then(|| RuleHit {
        name: rule.name.clone(),
        points,
        base_points: rule.points,
        evidence,
    })
}

/// A behaviour rule's points, halved for every half-life since its latest
/// interaction, rounded so that the parts of a breakdown add up to its total.
fn decayed_points(
    rule: &Rule,
    global_half_life: Option<f64>,
    latest: DateTime<Utc>,
    now: DateTime<Utc>,
) -> i64 {
    let points = rule.points as f64;
    let decayed = match rule
        .half_life_days
        .or(global_half_life)
        .filter(|h| *h > 0.0)
    {
        Some(half_life) => {
            let age_days = (now - latest).num_seconds().max(0) as f64 / 86_400.0;
            points * 0.5f64.powf(age_days / half_life)
        }
        None => points,
    };
    decayed.round() as i64
}

/// True when the lead meets every explicit (non-behaviour) condition.
pub fn facts_meet(when: &Conditions, facts: &ScoreFacts) -> bool {
    check_explicit(when, facts, &mut |_, _| {})
}

/// Case- and accent-insensitive equality; plain ASCII (most sources, flags and
/// outcomes) skips the costly Unicode folding.
fn same_word(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        let (mut left, mut right) = (a.split_whitespace(), b.split_whitespace());
        loop {
            match (left.next(), right.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
                _ => return false,
            }
        }
    } else {
        super::text::fold(a) == super::text::fold(b)
    }
}

/// A field that made a rule fire, with its value made only when evidence is wanted.
type Note<'a> = dyn FnMut(&'static str, &dyn Fn() -> String) + 'a;

/// Checks the explicit conditions, telling `note` the fields that satisfied them.
fn check_explicit(when: &Conditions, facts: &ScoreFacts, note: &mut Note<'_>) -> bool {
    if let Some(kind) = when.kind {
        if facts.kind != kind {
            return false;
        }
        note("kind", &|| kind.to_string());
    }
    if let Some(role) = when.role {
        let Some((_, account)) = facts.roles.iter().find(|(r, _)| *r == role) else {
            return false;
        };
        note("role", &|| format!("{role} at {account}"));
    }
    if let Some(source) = &when.source {
        let Some(actual) = facts.source.as_deref().filter(|s| same_word(s, source)) else {
            return false;
        };
        note("source", &|| actual.to_string());
    }
    if let Some(campaign) = &when.campaign {
        let Some(actual) = facts.campaign.as_deref().filter(|c| same_word(c, campaign)) else {
            return false;
        };
        note("campaign", &|| actual.to_string());
    }
    if let Some(inbound) = when.inbound {
        if facts.inbound != Some(inbound) {
            return false;
        }
        note("origin", &|| {
            if inbound { "inbound" } else { "outbound" }.to_string()
        });
    }
    if let Some(flag) = &when.flag {
        let Some(actual) = facts.flags.iter().find(|f| same_word(f, flag)) else {
            return false;
        };
        note("flag", &|| actual.clone());
    }
    if let Some(minimum) = when.quality_at_least {
        let Some(quality) = facts.quality.filter(|q| *q >= minimum) else {
            return false;
        };
        note("quality", &|| format!("{quality}/5"));
    }
    if let Some(lifecycle) = when.lifecycle {
        if facts.lifecycle != lifecycle {
            return false;
        }
        note("lifecycle", &|| lifecycle.to_string());
    }
    if let Some(wanted) = when.has_email {
        if (facts.emails > 0) != wanted {
            return false;
        }
        note("emails", &|| facts.emails.to_string());
    }
    if let Some(wanted) = when.has_phone {
        if (facts.phones > 0) != wanted {
            return false;
        }
        note("phones", &|| facts.phones.to_string());
    }
    if let Some(country) = &when.country {
        let Some(actual) = facts
            .countries
            .iter()
            .find(|c| c.eq_ignore_ascii_case(country))
        else {
            return false;
        };
        note("country", &|| actual.clone());
    }
    if let Some(wanted) = when.returning {
        if facts.returning != wanted {
            return false;
        }
        note("returning", &|| wanted.to_string());
    }
    if let Some(wanted) = when.won_before {
        if facts.won_before != wanted {
            return false;
        }
        note("won_before", &|| wanted.to_string());
    }
    true
}

/// The start of a rule's `within_days` window, if it has one.
fn window_start(when: &Conditions, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    // The config refuses a window past a century; a value that still does not fit
    // means "all time" rather than a panic.
    when.within_days.map(|days| {
        chrono::Duration::try_seconds((days * 86_400.0) as i64)
            .and_then(|span| now.checked_sub_signed(span))
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    })
}

fn interaction_matches(
    when: &Conditions,
    i: &InteractionFact,
    since: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    i.kind != InteractionKind::Event
        && when.interaction.is_none_or(|kind| i.kind == kind)
        && when.direction.is_none_or(|d| i.direction == Some(d))
        && when.outcome.as_deref().is_none_or(|o| {
            i.outcome
                .as_deref()
                .is_some_and(|actual| same_word(actual, o))
        })
        && since.is_none_or(|since| i.occurred_at >= since)
        && i.occurred_at <= now
}

#[cfg(test)]
#[path = "scoring_tests.rs"]
mod tests;
