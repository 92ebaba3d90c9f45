//! The reports' numbers as words, the same on the command line and in the desk:
//! shares, durations, amounts and the period a report covers.

use super::{Period, duration_label};
use crate::domain::money::Sums;
use crate::i18n::format::date;

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

/// "in 2024-03 (01/03/2024 to 31/03/2024)", "from 05/03/2024 to 10/03/2024", "on
/// 05/03/2024": the days in the user's form (`i18n::format`), the label as the CSV and
/// JSON name the period.
pub fn when(period: &Period) -> String {
    let (first, last) = (date(period.first), date(period.last));
    match period.kind {
        Some(_) => crate::t!(
            "cli-report-when-period",
            label = period_name(period),
            first = first,
            last = last
        ),
        None if period.first == period.last => crate::t!("cli-report-when-day", day = first),
        None => crate::t!("cli-report-when-between", first = first, last = last),
    }
}

/// A period as people name it: "2024-03" in English (as the CSV and JSON name it),
/// "2024. március", "מרץ 2024"; a quarter, a year or a week likewise.
pub fn period_name(period: &Period) -> String {
    use super::PeriodKind;
    use chrono::Datelike;
    let lang = crate::i18n::lang();
    if lang == crate::i18n::Lang::En {
        return period.label();
    }
    let year = period.first.year().to_string();
    match period.kind {
        Some(PeriodKind::Month) => crate::t!(
            "period-month",
            month = crate::i18n::names::month_name(lang, period.first.month()),
            year = year
        ),
        Some(PeriodKind::Quarter) => crate::t!(
            "period-quarter",
            quarter = (period.first.month0() / 3 + 1).to_string(),
            year = year
        ),
        Some(PeriodKind::Week) => crate::t!("period-week", day = date(period.first)),
        Some(PeriodKind::Year) => crate::t!("period-year", year = year),
        None => period.label(),
    }
}

/// A day stored as "2024-03-31" in the user's form; other text as it is.
pub fn day(text: &str) -> String {
    text.parse().map_or_else(|_| text.to_string(), date)
}

/// A goal's progress for people: "6 of 10", and an amount with its currency (the
/// file's, the one targets are written in): "₪1,000 of ₪5,000".
pub fn so_far(goal: &super::Goal, currency: &str) -> String {
    let shown = |value: f64| {
        if goal.what == "sales amount" {
            crate::i18n::format::money(value, currency)
        } else {
            local_number(value)
        }
    };
    crate::t!(
        "cli-report-so-far",
        actual = shown(goal.actual),
        target = shown(goal.target)
    )
}

/// A number for people: grouped, at most two decimals, in the user's form ("1,204.5",
/// "1 204,5"); `number` is the CSV's.
pub fn local_number(value: f64) -> String {
    crate::i18n::format::decimal(value, 2)
}

/// A reason as people read it: the report's own words for none given, and the
/// reasons the desk offers, are in the user's language (the JSON keeps them as
/// they are); reasons typed stay as typed.
pub fn reason_shown(reason: &str) -> String {
    use super::pipeline::{NO_CLOSE_DATE, NO_REASON};
    use crate::domain::said::{List, shown};
    match reason {
        NO_REASON => crate::t!("report-no-reason"),
        NO_CLOSE_DATE => crate::t!("report-no-close-date"),
        typed => shown(List::Reason, typed).into_owned(),
    }
}

/// Reasons with their counts: "price (2), timing (1)".
pub fn listed(given: &[(String, usize)]) -> String {
    given
        .iter()
        .map(|(reason, count)| format!("{} ({count})", reason_shown(reason)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A stage in a report's table, in the user's language: a lifecycle stage by its
/// label, a pipeline's stage as the desk names it.
pub fn stage_word(stage: &str) -> String {
    match stage.parse::<crate::domain::Lifecycle>() {
        Ok(lifecycle) if lifecycle.as_str() == stage => lifecycle.label(),
        _ => crate::i18n::stage(stage),
    }
}

/// A bucket of the speed histogram ("< 5 min") in the user's language.
pub fn bucket_word(bucket: &str) -> String {
    match bucket {
        "< 5 min" => crate::t!("cli-bucket-under-5-min"),
        "5–15 min" => crate::t!("cli-bucket-5-15-min"),
        "15–60 min" => crate::t!("cli-bucket-15-60-min"),
        "1–4 h" => crate::t!("cli-bucket-1-4-h"),
        "4–24 h" => crate::t!("cli-bucket-4-24-h"),
        "1–3 days" => crate::t!("cli-bucket-1-3-days"),
        "> 3 days" => crate::t!("cli-bucket-over-3-days"),
        other => other.to_string(),
    }
}

/// A table split by source, owner…: the group of those with none named in the
/// user's language (the CSV and JSON keep "(none)").
pub fn groups_in_words(mut table: super::tables::Table) -> super::tables::Table {
    for row in &mut table.rows {
        if let Some(key) = row.first_mut().filter(|key| key.as_str() == "(none)") {
            *key = crate::t!("cli-report-group-none");
        }
    }
    table
}

/// A table whose rows are stages or buckets (`funnel_stages`, `speed_histogram`,
/// `pipeline_stages`), its first column in the user's words.
pub fn stages_in_words(mut table: super::tables::Table) -> super::tables::Table {
    for row in &mut table.rows {
        if let Some(first) = row.first_mut() {
            *first = match first.as_str() {
                "(none)" => crate::t!("cli-report-group-none"),
                word => {
                    let bucket = bucket_word(word);
                    match bucket == word {
                        true => stage_word(word),
                        false => bucket,
                    }
                }
            };
        }
    }
    table
}

/// A table split by source, owner…, its stage columns (`funnel_groups`) named in
/// the user's words too.
pub fn stage_columns_in_words(mut table: super::tables::Table) -> super::tables::Table {
    for heading in table.headers.iter_mut().skip(2) {
        *heading = stage_word(&heading.to_lowercase()).to_uppercase();
    }
    groups_in_words(table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn periods_are_named_as_each_language_names_them() {
        use crate::domain::report::PeriodKind;
        use crate::i18n::{Lang, scoped};
        let march = Period::containing(
            PeriodKind::Month,
            NaiveDate::from_ymd_opt(2024, 3, 5).unwrap(),
        );
        let quarter = Period::containing(
            PeriodKind::Quarter,
            NaiveDate::from_ymd_opt(2024, 3, 5).unwrap(),
        );
        let _english = scoped(Lang::En);
        assert_eq!(period_name(&march), "2024-03");
        let _hungarian = scoped(Lang::Hu);
        assert_eq!(period_name(&march), "2024. március");
        assert_eq!(period_name(&quarter), "2024. 1. negyedév");
        let _hebrew = scoped(Lang::He);
        assert_eq!(period_name(&march), "מרץ 2024");
    }

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
        let on = |d| NaiveDate::from_ymd_opt(2024, 3, d).unwrap();
        let _speaking = crate::i18n::scoped(crate::i18n::Lang::En);
        assert_eq!(
            when(&Period::between(on(5), on(5)).unwrap()),
            "on 05/03/2024"
        );
        assert_eq!(
            when(&Period::between(on(5), on(10)).unwrap()),
            "from 05/03/2024 to 10/03/2024"
        );
        assert_eq!(day("2024-03-31"), "31/03/2024");
        assert_eq!(day("not a day"), "not a day");
        let _hu = crate::i18n::scoped(crate::i18n::Lang::Hu);
        assert_eq!(day("2024-03-31"), "2024. 03. 31.");
        assert_eq!(local_number(1204.5), "1\u{a0}204,5");
    }
}
