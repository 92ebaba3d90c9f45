//! Amounts kept apart by currency. A deal carries its own currency (the config's
//! `currency` is only the default for new ones), so a total over deals is one sum
//! per currency: shekels are never added to forints.

use serde::Serialize;
use std::collections::BTreeMap;

/// Sums by ISO 4217 code, in the codes' order. In JSON an object: `{"ILS": 4000.0}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct Sums(BTreeMap<String, f64>);

impl Sums {
    pub fn add(&mut self, currency: &str, amount: f64) {
        *self.0.entry(currency.to_string()).or_default() += amount;
    }

    /// Each currency with its sum.
    pub fn iter(&self) -> impl Iterator<Item = (&str, f64)> {
        self.0.iter().map(|(code, sum)| (code.as_str(), *sum))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The sum in `currency`, 0 when nothing was in it.
    pub fn get(&self, currency: &str) -> f64 {
        self.0.get(currency).copied().unwrap_or(0.0)
    }

    /// Every sum divided by what `counts` holds for its currency: averages.
    pub fn divided_by(&self, counts: &BTreeMap<String, usize>) -> Sums {
        Sums(
            self.0
                .iter()
                .filter_map(|(code, sum)| {
                    let n = *counts.get(code)?;
                    (n > 0).then(|| (code.clone(), sum / n as f64))
                })
                .collect(),
        )
    }

    /// Each sum in the user's form, joined: "₪48,000 · 1 200 000 Ft"; "—" when empty.
    /// The dot never reads as an addition, as "+" would.
    pub fn shown(&self) -> String {
        if self.is_empty() {
            return "—".into();
        }
        self.iter()
            .map(|(code, sum)| crate::i18n::format::money(sum, code))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

impl<'a> FromIterator<(&'a str, f64)> for Sums {
    fn from_iter<I: IntoIterator<Item = (&'a str, f64)>>(items: I) -> Sums {
        let mut sums = Sums::default();
        for (code, amount) in items {
            sums.add(code, amount);
        }
        sums
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_currency_is_summed_apart() {
        let sums: Sums = [("ILS", 1000.0), ("HUF", 50_000.0), ("ILS", 500.0)]
            .into_iter()
            .collect();
        assert_eq!(sums.get("ILS"), 1500.0);
        assert_eq!(sums.get("HUF"), 50_000.0);
        assert_eq!(sums.get("EUR"), 0.0);
        let _speaking = crate::i18n::scoped(crate::i18n::Lang::En);
        assert_eq!(sums.shown(), "50,000\u{a0}HUF · ₪1,500");
        assert_eq!(
            serde_json::to_string(&sums).unwrap(),
            r#"{"HUF":50000.0,"ILS":1500.0}"#
        );
        assert_eq!(Sums::default().shown(), "—");
        let counts = BTreeMap::from([("ILS".to_string(), 3), ("HUF".to_string(), 0)]);
        assert_eq!(
            sums.divided_by(&counts).iter().collect::<Vec<_>>(),
            vec![("ILS", 500.0)]
        );
    }
}
