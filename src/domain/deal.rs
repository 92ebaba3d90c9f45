//! Deals and the pipeline of stages they move through.

use crate::domain::text::{clean_line, clean_line_cut};
use crate::domain::when::{DateOrder, parse_when_in};
use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
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
    /// The stage `input` names: as stored, or as the user's language says it
    /// ("Zárás", "סגירה"), any case.
    pub fn stage_name(&self, input: &str) -> Option<&str> {
        let wanted = super::text::fold(input.trim());
        let names = || {
            self.stages
                .iter()
                .map(|s| s.name.as_str())
                .chain([WON, LOST])
        };
        names()
            .find(|name| super::text::fold(name) == wanted)
            .or_else(|| names().find(|name| super::text::fold(&crate::i18n::stage(name)) == wanted))
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

    /// Whether the stage is one of this pipeline's (Won and Lost included); a deal
    /// may sit in one since removed or renamed in the config.
    pub fn knows(&self, stage: &str) -> bool {
        stage == WON || stage == LOST || self.stages.iter().any(|s| s.name == stage)
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
    /// Who works the deal; None means nobody in particular.
    pub owner: Option<String>,
    pub notes: Option<String>,
    /// How many quotes the customer wants before deciding, and how many they have.
    pub quotes_required: u32,
    pub quotes_received: u32,
}

/// One step of a deal's way through the pipeline: the stage it entered, and when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageStep {
    pub at: DateTime<Utc>,
    /// None for a deal opened before stages were recorded: it was opened then, in a
    /// stage nobody wrote down.
    pub stage: Option<String>,
    pub by: Option<String>,
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
            owner: None,
            notes: None,
            quotes_required: 0,
            quotes_received: 0,
        }
    }

    /// Approximate, for sums and weights on screen; never print it as the amount
    /// (above 2^53 minor units it loses cents): `amount_text` is exact.
    pub fn amount(&self) -> f64 {
        self.amount_minor as f64 / 100.0
    }

    /// The amount exactly, from the minor units: "999999999999999.99".
    pub fn amount_text(&self) -> String {
        format_amount(self.amount_minor)
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

/// The largest amount a deal holds, in minor units: just under a quadrillion (1e15)
/// in major units, far past any deal and far inside `i64`.
pub const MAX_AMOUNT_MINOR: i64 = 100_000_000_000_000_000 - 1;

/// Minor units as a decimal with two places, built from the integer and never through
/// `f64`, so every stored cent is shown as stored.
pub fn format_amount(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let magnitude = minor.unsigned_abs();
    format!("{sign}{}.{:02}", magnitude / 100, magnitude % 100)
}

/// Reads "12,500.50" or "12500" into minor units, rounding past the cent (half up);
/// None for anything else, for a negative amount and for one over `MAX_AMOUNT_MINOR`.
/// Read digit by digit, not through `f64`: above 2^53 minor units a float loses
/// cents, and "1e30" or "inf" are not what anyone means by an amount.
pub fn parse_amount(input: &str) -> Option<i64> {
    // Spaces group thousands as Hungarian writes them ("1 200 000").
    let spaced: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    // A comma followed by one or two digits at the end is a decimal comma, as
    // Hungarian writes it ("12 500,50"); any other comma groups thousands, three
    // digits after each, so that no amount is ever read a hundred times larger.
    let decimal_comma = !spaced.contains('.')
        && spaced.matches(',').count() == 1
        && spaced
            .rsplit_once(',')
            .is_some_and(|(_, cents)| (1..=2).contains(&cents.len()));
    let input = match decimal_comma {
        true => spaced.replace(',', "."),
        false => spaced,
    };
    let whole_part = input.split('.').next().unwrap_or("");
    let groups_of_three = whole_part
        .split(',')
        .skip(1)
        .all(|group| group.len() == 3 && group.bytes().all(|b| b.is_ascii_digit()));
    if !groups_of_three {
        return None;
    }
    let cleaned: String = input
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_')
        .collect();
    let unsigned = cleaned.strip_prefix('+').unwrap_or(&cleaned);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let digit = |index: usize| i64::from(fraction.as_bytes().get(index).map_or(0, |b| b - b'0'));
    let mut minor: i64 = 0;
    for b in whole.bytes() {
        minor = minor.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
    }
    let cents = digit(0) * 10 + digit(1) + i64::from(digit(2) >= 5);
    let minor = minor.checked_mul(100)?.checked_add(cents)?;
    (minor <= MAX_AMOUNT_MINOR).then_some(minor)
}

/// The years a close date may fall in: anything else is a slip of the keyboard.
const CLOSE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2099;

/// A deal's expected close date as typed: "2024-04-30", or any day the follow-up
/// times accept ("friday", "next friday", "in 2 weeks", "15.12.", "dec 15"), read
/// at `now` in its time zone, numeric dates in `order`. The error quotes the input.
pub fn parse_close_date<Tz: TimeZone>(
    input: &str,
    now: DateTime<Tz>,
    order: DateOrder,
) -> Result<NaiveDate, String> {
    let typed = input.trim();
    let date = match typed.parse::<NaiveDate>() {
        Ok(date) => date,
        Err(_) => {
            let tz = now.timezone();
            parse_when_in(typed, now, order)
                .map(|at| at.with_timezone(&tz).date_naive())
                .map_err(|_| {
                    crate::t!(
                        "problem-not-a-close-date",
                        typed = clean_line_cut(typed, 30)
                    )
                })?
        }
    };
    if !CLOSE_YEARS.contains(&date.year()) {
        return Err(crate::t!(
            "problem-year-out-of-range",
            typed = clean_line_cut(typed, 30)
        ));
    }
    Ok(date)
}

/// What the desk and the command line say before a second deal is opened for a
/// contact: the open deal it already has, by title, amount and stage.
pub fn already_open(contact_name: &str, deal: &Deal) -> String {
    crate::t!(
        "cli-deal-already-open",
        contact = clean_line(contact_name),
        title = clean_line(&deal.title),
        amount = format!("{} {}", deal.amount_text(), clean_line(&deal.currency)),
        stage = clean_line(&crate::i18n::stage(&deal.stage))
    )
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
            owner: None,
            notes: None,
            quotes_required: 0,
            quotes_received: 0,
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
        assert_eq!(parse_amount("1,250,050"), Some(125_005_000));
        // A decimal comma and grouping spaces, as Hungarian writes them.
        assert_eq!(parse_amount("12500,50"), Some(1_250_050));
        assert_eq!(parse_amount("1 200 000,5"), Some(120_000_050));
        assert_eq!(parse_amount("1 200 000"), Some(120_000_000));
        // Any other comma groups thousands, or the amount is refused: never read a
        // hundred times larger.
        assert_eq!(parse_amount("12,5000"), None);
        assert_eq!(parse_amount("1,2,3"), None);
        assert_eq!(parse_amount("7"), Some(700));
        assert_eq!(parse_amount("-5"), None);
        assert_eq!(parse_amount("abc"), None);
        assert_eq!(parse_amount("12.345"), Some(1_235), "half up past the cent");
        assert_eq!(parse_amount(".5"), Some(50));
        assert_eq!(parse_amount("."), None);
    }

    #[test]
    fn amounts_past_the_bound_or_written_as_floats_are_refused() {
        assert_eq!(
            parse_amount("999,999,999,999,999.99"),
            Some(MAX_AMOUNT_MINOR),
            "every cent kept, where a float rounds it away"
        );
        for input in [
            "1e30",
            "1e3",
            "inf",
            "NaN",
            "1,000,000,000,000,000",
            "999999999999999.995",
            "99999999999999999999999999",
        ] {
            assert_eq!(parse_amount(input), None, "{input}");
        }
    }

    proptest::proptest! {
        #[test]
        fn an_amount_written_out_reads_back_exactly(minor in 0..=MAX_AMOUNT_MINOR) {
            let written = format!("{}.{:02}", minor / 100, minor % 100);
            proptest::prop_assert_eq!(parse_amount(&written), Some(minor));
        }

        #[test]
        fn any_text_is_an_amount_in_range_or_none(text in "\\PC{0,30}|[0-9.,+-]{0,30}") {
            if let Some(minor) = parse_amount(&text) {
                proptest::prop_assert!((0..=MAX_AMOUNT_MINOR).contains(&minor));
            }
        }
    }

    #[test]
    fn a_close_date_is_read_as_the_follow_up_times_are() {
        // Wednesday 2026-12-02, 10:00 UTC.
        let now = Utc.with_ymd_and_hms(2026, 12, 2, 10, 0, 0).unwrap();
        let read = |typed: &str| parse_close_date(typed, now, DateOrder::DayFirst);
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        assert_eq!(read("2026-12-31"), Ok(day(12, 31)));
        assert_eq!(read("next friday"), Ok(day(12, 4)));
        assert_eq!(read("in 2 weeks"), Ok(day(12, 16)));
        assert_eq!(read("+3d"), Ok(day(12, 5)));
        assert_eq!(read("24.12."), Ok(day(12, 24)));
        assert_eq!(read("dec 30"), Ok(day(12, 30)));
        assert!(read("3000-01-01").unwrap_err().contains("1900 to 2099"));
        assert!(
            read("soonish")
                .unwrap_err()
                .contains("\"soonish\" is not a date")
        );
    }
}
