//! The lead engine's settings: scoring rules, lifecycle automation, assignment.
//! Rules are read from raw tables so that an error can name the rule and the key.

use crate::domain::Lifecycle;
use crate::domain::lifecycle::{AssignmentRule, DealLifecycle};
use crate::domain::scoring::{Bands, Conditions, Rule, Scoring};
use serde::{Deserialize, Deserializer};

const DEFAULT_SCORING: &str = include_str!("../../assets/scoring.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScoring {
    rules: Option<Vec<toml::Table>>,
    bands: Option<Bands>,
    mql_at: Option<i64>,
    sql_at: Option<i64>,
    half_life_days: Option<f64>,
}

#[derive(Deserialize)]
struct DefaultFile {
    scoring: RawScoring,
}

pub fn default_scoring() -> Scoring {
    let file: DefaultFile = toml::from_str(DEFAULT_SCORING).expect("assets/scoring.toml is valid");
    finish_scoring(file.scoring, None).expect("assets/scoring.toml is valid")
}

/// `[scoring]`: any part left out comes from the defaults in assets/scoring.toml.
pub fn scoring<'de, D: Deserializer<'de>>(de: D) -> Result<Scoring, D::Error> {
    let raw = RawScoring::deserialize(de)?;
    finish_scoring(raw, Some(default_scoring())).map_err(serde::de::Error::custom)
}

fn finish_scoring(raw: RawScoring, defaults: Option<Scoring>) -> Result<Scoring, String> {
    let rules = match raw.rules {
        Some(tables) => tables
            .into_iter()
            .enumerate()
            .map(|(index, table)| scoring_rule(index, table))
            .collect::<Result<Vec<_>, _>>()?,
        None => defaults
            .as_ref()
            .map(|d| d.rules.clone())
            .unwrap_or_default(),
    };
    let pick = |value: Option<i64>, default: fn(&Scoring) -> i64, fallback: i64| {
        value.or(defaults.as_ref().map(default)).unwrap_or(fallback)
    };
    let scoring = Scoring {
        rules,
        bands: raw
            .bands
            .or(defaults.as_ref().map(|d| d.bands.clone()))
            .unwrap_or(Bands { hot: 60, warm: 30 }),
        mql_at: pick(raw.mql_at, |d| d.mql_at, 30),
        sql_at: pick(raw.sql_at, |d| d.sql_at, 60),
        half_life_days: raw
            .half_life_days
            .or(defaults.as_ref().and_then(|d| d.half_life_days)),
    };
    if scoring.bands.warm > scoring.bands.hot {
        return Err(format!(
            "scoring.bands: warm ({}) must not be above hot ({})",
            scoring.bands.warm, scoring.bands.hot
        ));
    }
    if scoring.mql_at > scoring.sql_at {
        return Err(format!(
            "scoring: mql_at ({}) must not be above sql_at ({})",
            scoring.mql_at, scoring.sql_at
        ));
    }
    if scoring.half_life_days.is_some_and(|h| !is_sane_days(h)) {
        return Err(format!(
            "scoring.half_life_days must be above 0 and at most {MAX_DAYS} (100 years)"
        ));
    }
    Ok(scoring)
}

/// A key, what its value must be (in words), and the test of that.
type Expectation<'a> = (&'a str, &'a str, fn(&toml::Value) -> bool);

/// Names the key whose value has the wrong type, which serde's message leaves out.
fn check_types(table: &toml::Table, expected: &[Expectation<'_>]) -> Result<(), String> {
    for (key, wanted, fits) in expected {
        if let Some(value) = table.get(*key)
            && !fits(value)
        {
            return Err(format!(
                "`{key}` must be {wanted}, not a {}",
                value.type_str()
            ));
        }
    }
    Ok(())
}

fn rule_name(index: usize, table: &toml::Table) -> String {
    table
        .get("name")
        .and_then(|v| v.as_str())
        .map_or_else(|| format!("#{}", index + 1), str::to_string)
}

fn scoring_rule(index: usize, table: toml::Table) -> Result<Rule, String> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawRule {
        name: String,
        points: i64,
        #[serde(default)]
        when: toml::Table,
        half_life_days: Option<f64>,
    }
    let name = rule_name(index, &table);
    let fail = |message: String| format!("scoring rule \"{name}\": {message}");
    check_types(
        &table,
        &[
            ("name", "a string", toml::Value::is_str),
            ("points", "a whole number", toml::Value::is_integer),
            ("when", "a table", toml::Value::is_table),
            ("half_life_days", "a number", |v| {
                v.is_float() || v.is_integer()
            }),
        ],
    )
    .map_err(fail)?;
    let raw: RawRule = toml::Value::Table(table)
        .try_into()
        .map_err(|e: toml::de::Error| fail(e.message().to_string()))?;
    let when = conditions(raw.when).map_err(fail)?;
    if raw.half_life_days.is_some_and(|h| !is_sane_days(h)) {
        return Err(fail(format!(
            "half_life_days must be above 0 and at most {MAX_DAYS} (100 years)"
        )));
    }
    Ok(Rule {
        name: raw.name,
        points: raw.points,
        when,
        half_life_days: raw.half_life_days,
    })
}

/// Reads a `when` table, naming the condition that is unknown or of the wrong type.
fn conditions(when: toml::Table) -> Result<Conditions, String> {
    for (key, value) in &when {
        let mut probe = toml::Table::new();
        probe.insert(key.clone(), value.clone());
        toml::Value::Table(probe)
            .try_into::<Conditions>()
            .map_err(|e| format!("condition `{key}`: {}", e.message()))?;
    }
    let conditions: Conditions = toml::Value::Table(when)
        .try_into()
        .map_err(|e: toml::de::Error| e.message().to_string())?;
    if conditions
        .quality_at_least
        .is_some_and(|q| !(1..=5).contains(&q))
    {
        return Err("condition `quality_at_least`: quality runs from 1 to 5".into());
    }
    if conditions.min_count == Some(0) {
        return Err("condition `min_count`: must be at least 1".into());
    }
    if conditions.within_days.is_some_and(|d| !is_sane_days(d)) {
        return Err(format!(
            "condition `within_days`: must be above 0 and at most {MAX_DAYS} (100 years)"
        ));
    }
    if let Some(country) = &conditions.country
        && crate::domain::phone::parse_region(country).is_none()
    {
        return Err(format!(
            "condition `country`: \"{country}\" is not an ISO country code such as IL or HU"
        ));
    }
    Ok(conditions)
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Assignment {
    pub rules: Vec<AssignmentRule>,
    /// The sales team: a lead that becomes SQL is handed to one of them.
    pub sales: Vec<String>,
    pub sales_max_open: Option<u32>,
}

pub fn assignment<'de, D: Deserializer<'de>>(de: D) -> Result<Assignment, D::Error> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawAssignment {
        #[serde(default)]
        rules: Vec<toml::Table>,
        #[serde(default)]
        sales: Vec<String>,
        sales_max_open: Option<u32>,
    }
    let raw = RawAssignment::deserialize(de)?;
    let rules = raw
        .rules
        .into_iter()
        .enumerate()
        .map(|(index, table)| assignment_rule(index, table))
        .collect::<Result<Vec<_>, _>>()
        .map_err(serde::de::Error::custom)?;
    Ok(Assignment {
        rules,
        sales: raw.sales,
        sales_max_open: raw.sales_max_open,
    })
}

fn assignment_rule(index: usize, table: toml::Table) -> Result<AssignmentRule, String> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawRule {
        name: String,
        #[serde(default)]
        when: toml::Table,
        assign: Vec<String>,
        max_open: Option<u32>,
    }
    let name = rule_name(index, &table);
    let fail = |message: String| format!("assignment rule \"{name}\": {message}");
    check_types(
        &table,
        &[
            ("name", "a string", toml::Value::is_str),
            ("when", "a table", toml::Value::is_table),
            ("assign", "a list of names", toml::Value::is_array),
            ("max_open", "a whole number", toml::Value::is_integer),
        ],
    )
    .map_err(fail)?;
    let raw: RawRule = toml::Value::Table(table)
        .try_into()
        .map_err(|e: toml::de::Error| fail(e.message().to_string()))?;
    let when = conditions(raw.when).map_err(fail)?;
    if when.is_behaviour() {
        return Err(fail(
            "assignment looks at who the lead is; behaviour conditions (interaction, direction, outcome, min_count, within_days) are not allowed".into(),
        ));
    }
    if raw.assign.iter().all(|p| p.trim().is_empty()) {
        return Err(fail("`assign` needs at least one person".into()));
    }
    Ok(AssignmentRule {
        name: raw.name,
        when,
        assign: raw.assign,
        max_open: raw.max_open,
    })
}

/// `[lifecycle]`: where deals move a contact; "none" turns a move off.
pub fn deal_lifecycle<'de, D: Deserializer<'de>>(de: D) -> Result<DealLifecycle, D::Error> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        deal_opened: Option<String>,
        deal_won: Option<String>,
        deal_lost: Option<String>,
    }
    let raw = Raw::deserialize(de)?;
    let defaults = DealLifecycle::default();
    let read = |key: &str, value: Option<String>, default: Option<Lifecycle>| match value {
        None => Ok(default),
        Some(word) if word.trim().eq_ignore_ascii_case("none") => Ok(None),
        Some(word) => word
            .parse::<Lifecycle>()
            .map(Some)
            .map_err(|e| serde::de::Error::custom(format!("lifecycle.{key}: {e}, or none"))),
    };
    Ok(DealLifecycle {
        deal_opened: read("deal_opened", raw.deal_opened, defaults.deal_opened)?,
        deal_won: read("deal_won", raw.deal_won, defaults.deal_won)?,
        deal_lost: read("deal_lost", raw.deal_lost, defaults.deal_lost)?,
    })
}

/// The longest span of days a rule may name: beyond a century, time arithmetic
/// overflows, and no lead is that old.
const MAX_DAYS: f64 = 36_525.0;

/// A count of days a rule can use: a number (not NaN), above 0, within a century.
fn is_sane_days(days: f64) -> bool {
    days > 0.0 && days <= MAX_DAYS
}
