//! Medians, percentiles and the buckets of a histogram, over durations in seconds.

/// The median of the values (the mean of the two middle ones for an even count).
pub fn median(values: &[i64]) -> Option<i64> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[middle]),
        _ => Some(sorted[middle - 1] + (sorted[middle] - sorted[middle - 1]) / 2),
    }
}

/// The nearest-rank percentile: the smallest value with at least `share` of the
/// values at or below it (`0.9` for the 90th).
pub fn percentile(values: &[i64], share: f64) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let rank = (share.clamp(0.0, 1.0) * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

/// Counts of values in buckets bounded by `upper` limits (each bucket holds values
/// below its limit and at or above the one before); the last bucket holds the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Histogram {
    pub labels: Vec<&'static str>,
    pub counts: Vec<usize>,
}

/// Time-to-first-response buckets as a person thinks of them.
pub const RESPONSE_BUCKETS: &[(&str, i64)] = &[
    ("< 5 min", 5 * 60),
    ("5–15 min", 15 * 60),
    ("15–60 min", 60 * 60),
    ("1–4 h", 4 * 3600),
    ("4–24 h", 24 * 3600),
    ("1–3 days", 3 * 86_400),
];

impl Histogram {
    pub fn of(values: &[i64], buckets: &[(&'static str, i64)], rest: &'static str) -> Histogram {
        let mut counts = vec![0; buckets.len() + 1];
        for value in values {
            let slot = buckets
                .iter()
                .position(|(_, upper)| value < upper)
                .unwrap_or(buckets.len());
            counts[slot] += 1;
        }
        let mut labels: Vec<&'static str> = buckets.iter().map(|(label, _)| *label).collect();
        labels.push(rest);
        Histogram { labels, counts }
    }
}

/// The sum of amounts, 0 when there are none: `Iterator::sum` of no floats is -0.0,
/// which prints as "-0.00".
pub fn total(amounts: impl IntoIterator<Item = f64>) -> f64 {
    amounts.into_iter().fold(0.0, |sum, amount| sum + amount)
}

/// A duration as a person reads it: "45 s", "12 min", "3.5 h", "2.0 days".
pub fn duration_label(seconds: i64) -> String {
    let seconds = seconds.max(0);
    match seconds {
        s if s < 60 => crate::t!("duration-seconds", value = s.to_string()),
        s if s < 3600 => crate::t!("duration-minutes", value = (s / 60).to_string()),
        s if s < 86_400 => crate::t!("duration-hours", value = one_place(s as f64 / 3600.0)),
        s => crate::t!("duration-days", value = one_place(s as f64 / 86_400.0)),
    }
}

/// How long a call or a meeting took, as a timeline row shows it: whole minutes,
/// rounded up ("9m", "9 p", "9 דק׳").
pub fn minutes_label(seconds: i64) -> String {
    let minutes = (seconds.max(0) + 59) / 60;
    crate::t!("duration-call-minutes", value = minutes.to_string())
}

/// One decimal place, kept even when it is 0 ("2.0 days"), with the language's
/// decimal separator ("2,5 nap").
fn one_place(value: f64) -> String {
    let separator = crate::i18n::format::Locale::current().decimal_separator();
    format!("{value:.1}").replace('.', separator.encode_utf8(&mut [0; 4]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_percentiles_by_hand() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[7]), Some(7));
        assert_eq!(median(&[9, 1, 5]), Some(5));
        assert_eq!(median(&[1, 2, 3, 10]), Some(2));
        let ten: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&ten, 0.9), Some(9));
        assert_eq!(percentile(&ten, 1.0), Some(10));
        assert_eq!(percentile(&ten, 0.0), Some(1));
        assert_eq!(percentile(&[], 0.9), None);
    }

    #[test]
    fn each_value_lands_in_one_bucket() {
        let values = [0, 299, 300, 3599, 3600, 90_000, 1_000_000];
        let histogram = Histogram::of(&values, RESPONSE_BUCKETS, "> 3 days");
        assert_eq!(histogram.counts, vec![2, 1, 1, 1, 0, 1, 1]);
        assert_eq!(histogram.counts.iter().sum::<usize>(), values.len());
        assert_eq!(histogram.labels.last(), Some(&"> 3 days"));
    }

    #[test]
    fn a_total_of_nothing_is_a_plain_zero() {
        assert_eq!(format!("{:.2}", total([])), "0.00");
        assert_eq!(total([1.5, 2.0]), 3.5);
    }

    #[test]
    fn durations_read_in_their_unit() {
        assert_eq!(duration_label(45), "45 s");
        assert_eq!(duration_label(12 * 60 + 5), "12 min");
        assert_eq!(duration_label(3 * 3600 + 1800), "3.5 h");
        assert_eq!(duration_label(2 * 86_400), "2.0 days");
    }
}
