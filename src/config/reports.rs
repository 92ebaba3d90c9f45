//! What the reports compare against: sales and lead targets per month, quarter or
//! year, and what campaigns and sources cost.

use crate::domain::report::PeriodKind;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

/// `[[targets]]`: goals for every period of a kind. Each goal is optional; `source`
/// narrows `new_leads` to the leads from one source.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    #[serde(deserialize_with = "period_kind")]
    pub period: PeriodKind,
    /// The amount of the deals won, in the file's currency.
    #[serde(default, deserialize_with = "amount")]
    pub sales_amount: Option<f64>,
    /// How many deals won.
    pub sales: Option<u32>,
    /// How many leads created (from `source`, when given).
    pub new_leads: Option<u32>,
    pub source: Option<String>,
    /// How many contacts became MQL, and SQL, in the period.
    pub mqls: Option<u32>,
    pub sqls: Option<u32>,
}

/// `[[costs]]`: what a campaign or a source cost in a month.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    pub campaign: Option<String>,
    pub source: Option<String>,
    /// "2026-11".
    #[serde(deserialize_with = "month", serialize_with = "month_written")]
    pub month: NaiveDate,
    #[serde(deserialize_with = "required_amount")]
    pub amount: f64,
}

/// A month as the file writes it: "2026-11".
fn month_written<S: serde::Serializer>(month: &NaiveDate, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(&month.format("%Y-%m").to_string())
}

fn period_kind<'de, D: Deserializer<'de>>(d: D) -> Result<PeriodKind, D::Error> {
    let word = String::deserialize(d)?;
    word.parse().map_err(serde::de::Error::custom)
}

fn checked(amount: f64) -> Result<f64, String> {
    if amount.is_finite() && amount >= 0.0 {
        Ok(amount)
    } else {
        Err(format!("{amount} is not an amount (0 or more)"))
    }
}

fn amount<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    Option::<f64>::deserialize(d)?
        .map(checked)
        .transpose()
        .map_err(serde::de::Error::custom)
}

fn required_amount<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    checked(f64::deserialize(d)?).map_err(serde::de::Error::custom)
}

fn month<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(d)?;
    NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .map_err(|_| serde::de::Error::custom(format!("\"{text}\" is not a month (YYYY-MM)")))
}

impl Cost {
    /// Whether this cost belongs to the group `key` of a report split by `by`.
    pub fn names(&self, by: crate::domain::report::GroupBy, key: &str) -> bool {
        use crate::domain::report::GroupBy;
        let named = match by {
            GroupBy::Campaign => self.campaign.as_deref(),
            GroupBy::Source => self.source.as_deref(),
            GroupBy::Owner | GroupBy::Origin => None,
        };
        named.is_some_and(|name| crate::domain::text::fold(name) == crate::domain::text::fold(key))
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    #[test]
    fn targets_and_costs_are_read_and_bad_ones_named() {
        let config = Config::parse(
            "[[targets]]\nperiod = \"month\"\nsales_amount = 50000\nsales = 10\nnew_leads = 200\n\
             [[targets]]\nperiod = \"quarter\"\nnew_leads = 90\nsource = \"Facebook ad\"\n\
             [[costs]]\ncampaign = \"Spring kitchens\"\nmonth = \"2026-11\"\namount = 1200\n",
        )
        .unwrap();
        assert_eq!(config.targets.len(), 2);
        assert_eq!(config.targets[0].sales_amount, Some(50000.0));
        assert_eq!(config.costs[0].month.to_string(), "2026-11-01");
        let bad_month =
            Config::parse("[[costs]]\nsource = \"x\"\nmonth = \"November\"\namount = 1\n")
                .unwrap_err();
        assert!(
            bad_month.contains("not a month") && bad_month.contains("line"),
            "{bad_month}"
        );
        let bad_period = Config::parse("[[targets]]\nperiod = \"decade\"\n").unwrap_err();
        assert!(bad_period.contains("decade"), "{bad_period}");
        let negative =
            Config::parse("[[targets]]\nperiod = \"year\"\nsales_amount = -5\n").unwrap_err();
        assert!(negative.contains("-5"), "{negative}");
        let unknown = Config::parse("[[targets]]\nperiod = \"year\"\nrevenue = 5\n").unwrap_err();
        assert!(unknown.contains("revenue"), "{unknown}");
    }
}
