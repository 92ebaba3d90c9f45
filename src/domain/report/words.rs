//! The reports' numbers as words, the same on the command line and in the desk:
//! shares, durations, amounts and the period a report covers.

use super::{Period, duration_label};
use crate::domain::money::Sums;

/// A share as a whole percentage, "—" when there is nothing to take it of.
pub fn share(part: Option<f64>) -> String {
    part.map_or_else(|| "—".into(), |p| format!("{:.0}%", p * 100.0))
}

/// A duration in seconds as "12 min" or "2.7 days", "—" when there is none.
pub fn secs(value: Option<i64>) -> String {
    value.map_or_else(|| "—".into(), duration_label)
}

/// An amount with its two decimals, as the deals store it.
pub fn money(amount: f64) -> String {
    format!("{amount:.2}")
}

/// Amounts side by side, one line per currency, never added across currencies:
/// `[("open", &open), ("weighted", &weighted)]` gives "₪4,000 open, ₪400 weighted"
/// and, under it, "1 000 000 Ft open, 100 000 Ft weighted". No line when all are empty.
pub fn per_currency(parts: &[(&str, &Sums)]) -> Vec<String> {
    let currencies: std::collections::BTreeSet<&str> = parts
        .iter()
        .flat_map(|(_, sums)| sums.iter().map(|(code, _)| code))
        .collect();
    currencies
        .into_iter()
        .map(|code| {
            parts
                .iter()
                .map(|(label, sums)| {
                    format!(
                        "{} {label}",
                        crate::i18n::format::money(sums.get(code), code)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect()
}

/// A count or an amount: whole when it is whole, else with two decimals.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

/// "in 2024-03 (2024-03-01 to 2024-03-31)", "from 2024-03-05 to 2024-03-10", "on 2024-03-05".
pub fn when(period: &Period) -> String {
    match period.kind {
        Some(_) => format!(
            "in {} ({} to {})",
            period.label(),
            period.first,
            period.last
        ),
        None if period.first == period.last => format!("on {}", period.first),
        None => format!("from {} to {}", period.first, period.last),
    }
}

/// Reasons with their counts: "price (2), timing (1)".
pub fn listed(given: &[(String, usize)]) -> String {
    given
        .iter()
        .map(|(reason, count)| format!("{reason} ({count})"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn numbers_read_as_words() {
        assert_eq!(share(Some(0.456)), "46%");
        assert_eq!(share(None), "—");
        assert_eq!(secs(None), "—");
        assert_eq!(money(48000.0), "48000.00");
        assert_eq!(
            (number(3.0), number(2.5)),
            ("3".to_string(), "2.50".to_string())
        );
        let day = |d| NaiveDate::from_ymd_opt(2024, 3, d).unwrap();
        assert_eq!(
            when(&Period::between(day(5), day(5)).unwrap()),
            "on 2024-03-05"
        );
        assert_eq!(
            when(&Period::between(day(5), day(10)).unwrap()),
            "from 2024-03-05 to 2024-03-10"
        );
    }
}
