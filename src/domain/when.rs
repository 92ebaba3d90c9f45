//! Times as people type them: "14:30", "yesterday 10:00", "+3d", "2h ago", "in 3 days",
//! "next friday 10:00", "15.12.", "dec 15", or RFC 3339. `now` is always passed in, so
//! every rule here is testable without a clock.
//!
//! A day named without a time follows the two rules this parser always had: a day
//! named from today ("tomorrow", "friday") keeps the time of day it is now, and a
//! calendar date ("2024-01-15", "15.12.", "dec 15") starts at 00:00.

use chrono::{
    DateTime, Datelike, Days, Duration, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
    Weekday,
};

/// How far from now a time typed for `--at`, `--due` or the desk's forms may be, in
/// days: 100 years either way. Nothing a lead desk logs or plans lies further, and
/// a bound this wide still refuses a slip such as `+99999999999d` (which also passed
/// chrono's own range and panicked) before it lands in the timeline.
pub const MAX_DAYS_FROM_NOW: i64 = 36_525;

/// The longest `--duration` accepted, in seconds: 7 days, for a call, a meeting or a
/// workshop of several days. Beyond it is a typing slip; far beyond it,
/// `9223372036854775808s` was stored as a negative number.
pub const MAX_DURATION_SECS: u64 = 7 * 24 * 3600;

/// Which number comes first in a date such as "15.12." or "12/15".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// 15.12.: Israel, Hungary and most of the world.
    DayFirst,
    /// 12/15: the United States.
    MonthFirst,
}

impl DateOrder {
    /// The order people in `region` write dates in.
    pub fn of_region(region: phonenumber::country::Id) -> DateOrder {
        if region == phonenumber::country::Id::US {
            DateOrder::MonthFirst
        } else {
            DateOrder::DayFirst
        }
    }
}

/// The time `input` names, read at `now` with the day first in a date: at most
/// `MAX_DAYS_FROM_NOW` whole days before or after it; the error quotes `input`
/// and says what is wrong.
pub fn parse_when<Tz: TimeZone>(input: &str, now: DateTime<Tz>) -> Result<DateTime<Utc>, String> {
    parse_when_in(input, now, DateOrder::DayFirst)
}

/// `parse_when`, with numeric dates read in `order`.
pub fn parse_when_in<Tz: TimeZone>(
    input: &str,
    now: DateTime<Tz>,
    order: DateOrder,
) -> Result<DateTime<Utc>, String> {
    let at = parse_unbounded(input, &now, order)?;
    let distance = at.signed_duration_since(now.with_timezone(&Utc)).num_days();
    if distance.abs() > MAX_DAYS_FROM_NOW {
        return Err(too_far(input));
    }
    Ok(at)
}

/// Any time the forms describe, however far; `parse_when` bounds it. Every step is
/// checked: a date past chrono's range is an error, never a panic.
fn parse_unbounded<Tz: TimeZone>(
    input: &str,
    now: &DateTime<Tz>,
    order: DateOrder,
) -> Result<DateTime<Utc>, String> {
    let text = input.trim().to_lowercase();
    let tz = now.timezone();
    if text == "now" {
        return Ok(now.with_timezone(&Utc));
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(input.trim()) {
        return Ok(at.with_timezone(&Utc));
    }
    if let Some(offset) = parse_relative(&text) {
        return offset
            .and_then(|offset| now.clone().checked_add_signed(offset))
            .map(|at| at.with_timezone(&Utc))
            .ok_or_else(|| too_far(input));
    }
    for layout in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(&text, layout) {
            return local(&tz, naive, input);
        }
    }
    if let Ok(date) = NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
        return local(&tz, date.and_time(NaiveTime::MIN), input);
    }
    let (day_text, time) = split_time(&text);
    let time = match time {
        Some(time) => {
            Some(NaiveTime::parse_from_str(time, "%H:%M").map_err(|_| unreadable(input))?)
        }
        None => None,
    };
    let today = now.date_naive();
    if day_text.is_empty() {
        let time = time.ok_or_else(|| unreadable(input))?;
        return local(&tz, today.and_time(time), input);
    }
    let day = named_day(day_text, today, order).ok_or_else(|| unreadable(input))?;
    let (date, default_time) = match day {
        Day::Relative(date) => (date.ok_or_else(|| too_far(input))?, now.time()),
        Day::Calendar(date) => (date.ok_or_else(|| no_such_date(input))?, NaiveTime::MIN),
    };
    local(&tz, date.and_time(time.unwrap_or(default_time)), input)
}

/// `text` without a last word written as a time ("10:00"), and that word.
fn split_time(text: &str) -> (&str, Option<&str>) {
    let text = text.trim();
    match text.rsplit_once(char::is_whitespace) {
        Some((day, time)) if looks_like_time(time) => (day.trim_end(), Some(time)),
        _ if looks_like_time(text) => ("", Some(text)),
        _ => (text, None),
    }
}

fn looks_like_time(word: &str) -> bool {
    word.contains(':') && word.chars().all(|c| c.is_ascii_digit() || c == ':')
}

/// A day named without a time: relative to today ("tomorrow", "friday"), which
/// keeps the time of day it is now, or a calendar date ("15.12.", "dec 15"),
/// which starts at 00:00 as "2024-01-15" always has. `None` inside means the day
/// is past the dates chrono holds (relative) or does not exist (calendar).
enum Day {
    Relative(Option<NaiveDate>),
    Calendar(Option<NaiveDate>),
}

fn named_day(text: &str, today: NaiveDate, order: DateOrder) -> Option<Day> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let relative = match words.as_slice() {
        ["today"] => Some(Some(today)),
        ["yesterday"] => Some(today.checked_sub_days(Days::new(1))),
        ["tomorrow"] => Some(today.checked_add_days(Days::new(1))),
        ["next", "week"] => Some(coming(today, Weekday::Mon)),
        [name] | ["next" | "this", name] => weekday(name).map(|day| coming(today, day)),
        _ => None,
    };
    if let Some(date) = relative {
        return Some(Day::Relative(date));
    }
    let (day, month, year) = match words.as_slice() {
        [numeric] => numeric_date(numeric, order)?,
        [first, second] => words_date(first, second, None)?,
        [first, second, year] => words_date(first, second, Some(year))?,
        _ => return None,
    };
    Some(Day::Calendar(calendar_date(today, day, month, year)))
}

/// "dec 15", "15 dec", "december 15", "15. dec", "dec 15 2025": day, month, year.
fn words_date(first: &str, second: &str, year: Option<&str>) -> Option<(u32, u32, Option<i32>)> {
    let year = match year {
        Some(year) => Some(full_year(year)?),
        None => None,
    };
    match (month_named(first), month_named(second)) {
        (Some(month), None) => Some((day_number(second)?, month, year)),
        (None, Some(month)) => Some((day_number(first)?, month, year)),
        _ => None,
    }
}

/// "15.12.", "15.12", "15/12", "15.12.2025": day and month in the region's order.
fn numeric_date(text: &str, order: DateOrder) -> Option<(u32, u32, Option<i32>)> {
    let text = text.strip_suffix('.').unwrap_or(text);
    let parts: Vec<&str> = text.split(['.', '/']).collect();
    let (first, second, year) = match parts.as_slice() {
        [first, second] => (*first, *second, None),
        [first, second, year] => (*first, *second, Some(full_year(year)?)),
        _ => return None,
    };
    let (first, second) = (small_number(first)?, small_number(second)?);
    match order {
        DateOrder::DayFirst => Some((first, second, year)),
        DateOrder::MonthFirst => Some((second, first, year)),
    }
}

/// A day of the month as written: "15", "15.", "15th", "1st".
fn day_number(word: &str) -> Option<u32> {
    let word = word.strip_suffix('.').unwrap_or(word);
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .unwrap_or(word);
    small_number(digits)
}

/// One or two digits: a day or a month, never a year or a slip.
fn small_number(text: &str) -> Option<u32> {
    (matches!(text.len(), 1 | 2) && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn full_year(text: &str) -> Option<i32> {
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn month_named(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.strip_suffix('.').unwrap_or(word);
    if word.len() < 3 {
        return None;
    }
    let found = MONTHS
        .iter()
        .position(|month| month.starts_with(word))
        .or_else(|| (word == "sept").then_some(8))?;
    u32::try_from(found + 1).ok()
}

fn weekday(word: &str) -> Option<Weekday> {
    const DAYS: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    let word = word.strip_suffix('.').unwrap_or(word);
    if word.len() < 3 {
        return None;
    }
    DAYS.iter()
        .find(|(name, _)| name.starts_with(word))
        .map(|(_, day)| *day)
}

/// The first `day` after `today`: a week on when today is that day.
fn coming(today: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    today.checked_add_days(Days::new(u64::from(ahead)))
}

/// The date `day`.`month` of `year`; without a year, the first such date from
/// today on (a day already past this year is next year's; 29.2. the next leap
/// year's). `None` when no such date exists.
fn calendar_date(today: NaiveDate, day: u32, month: u32, year: Option<i32>) -> Option<NaiveDate> {
    if let Some(year) = year {
        return NaiveDate::from_ymd_opt(year, month, day);
    }
    (0..=8)
        .filter_map(|ahead| today.year().checked_add(ahead))
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .find(|date| *date >= today)
}

/// "+3d", "-2h", "in 30m", "2h ago", "1h30m ago". None when `text` is not written
/// this way; Some(None) when it is but the amount is past any time chrono holds.
fn parse_relative(text: &str) -> Option<Option<Duration>> {
    let (sign, amount) = if let Some(rest) = text.strip_prefix('+') {
        (1, rest)
    } else if let Some(rest) = text.strip_prefix('-') {
        (-1, rest)
    } else if let Some(rest) = text.strip_prefix("in ") {
        (1, rest)
    } else if let Some(rest) = text.strip_suffix(" ago") {
        (-1, rest)
    } else {
        return None;
    };
    match humantime::parse_duration(amount.trim()) {
        Ok(std) => Some(Duration::from_std(std).ok().map(|d| d * sign)),
        Err(humantime::DurationError::NumberOverflow) => Some(None),
        Err(_) => None,
    }
}

/// `--duration` as people write it ("5m", "1h30m", "90s"), in whole seconds, at
/// most `MAX_DURATION_SECS`. The error names the value and says what is wrong.
pub fn parse_duration_secs(input: &str) -> Result<i64, String> {
    let too_long = || {
        format!(
            "\"{input}\" is too long (at most {} days)",
            MAX_DURATION_SECS / 86_400
        )
    };
    let secs = match humantime::parse_duration(input.trim()) {
        Ok(duration) => duration.as_secs(),
        Err(humantime::DurationError::NumberOverflow) => return Err(too_long()),
        Err(_) => return Err(format!("\"{input}\": write it like 5m, 1h30m or 90s")),
    };
    if secs > MAX_DURATION_SECS {
        return Err(too_long());
    }
    i64::try_from(secs).map_err(|_| too_long())
}

fn local<Tz: TimeZone>(
    tz: &Tz,
    naive: NaiveDateTime,
    input: &str,
) -> Result<DateTime<Utc>, String> {
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
        .ok_or_else(|| unreadable(input))
}

fn too_far(input: &str) -> String {
    format!(
        "the time \"{input}\" is too far from now: at most {} years before or after",
        MAX_DAYS_FROM_NOW / 365
    )
}

fn unreadable(input: &str) -> String {
    format!(
        "cannot read the time \"{input}\": use 14:30, yesterday 10:00, tomorrow 09:00, friday, next friday 10:00, 15.12., dec 15, in 3 days, +3d, 2h ago, 2024-01-15 21:05 or RFC 3339"
    )
}

fn no_such_date(input: &str) -> String {
    format!("\"{input}\" is not a date of the calendar: write it like 15.12., 15.12.2025 or dec 15")
}

/// The end of today in the machine's time zone: where "due today" ends.
pub fn end_of_local_day(now: DateTime<Utc>) -> DateTime<Utc> {
    let a_day_on = || now.checked_add_signed(Duration::days(1)).unwrap_or(now);
    match now.with_timezone(&Local).date_naive().succ_opt() {
        Some(tomorrow) => local_to_utc(tomorrow.and_time(NaiveTime::MIN)).unwrap_or_else(a_day_on),
        None => a_day_on(),
    }
}

/// A wall-clock time in the machine's time zone (as files without a zone write
/// them), in UTC: the earlier of a repeated hour, None inside a skipped one.
pub fn local_to_utc(naive: NaiveDateTime) -> Option<DateTime<Utc>> {
    Local
        .from_local_datetime(&naive)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
}

/// Parses with the machine's local time zone; the CLI's entry point.
pub fn parse_when_local(input: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    parse_when(input, now.with_timezone(&Local))
}

/// `parse_when_local`, with numeric dates read in `order`.
pub fn parse_when_local_in(
    input: &str,
    now: DateTime<Utc>,
    order: DateOrder,
) -> Result<DateTime<Utc>, String> {
    parse_when_in(input, now.with_timezone(&Local), order)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2024-01-15T12:00:00+02:00").unwrap()
    }

    fn at(text: &str) -> String {
        parse_when(text, now()).unwrap().to_rfc3339()
    }

    #[test]
    fn forms_people_type() {
        assert_eq!(at("now"), "2024-01-15T10:00:00+00:00");
        assert_eq!(at("14:30"), "2024-01-15T12:30:00+00:00");
        assert_eq!(at("yesterday 10:00"), "2024-01-14T08:00:00+00:00");
        assert_eq!(at("tomorrow 09:15"), "2024-01-16T07:15:00+00:00");
        assert_eq!(at("+3d"), "2024-01-18T10:00:00+00:00");
        assert_eq!(at("-2h"), "2024-01-15T08:00:00+00:00");
        assert_eq!(at("2h ago"), "2024-01-15T08:00:00+00:00");
        assert_eq!(at("in 30m"), "2024-01-15T10:30:00+00:00");
        assert_eq!(at("2024-01-10 21:05"), "2024-01-10T19:05:00+00:00");
        assert_eq!(at("2024-01-10T21:05:00Z"), "2024-01-10T21:05:00+00:00");
    }

    #[test]
    fn weekdays_are_the_coming_ones_at_the_time_it_is_now() {
        // now() is Monday 15 January 2024, 12:00 at UTC+2.
        assert_eq!(at("next friday"), "2024-01-19T10:00:00+00:00");
        assert_eq!(at("friday"), "2024-01-19T10:00:00+00:00");
        assert_eq!(at("Fri 10:00"), "2024-01-19T08:00:00+00:00");
        assert_eq!(at("this wednesday 09:30"), "2024-01-17T07:30:00+00:00");
        assert_eq!(at("monday"), "2024-01-22T10:00:00+00:00");
        assert_eq!(at("sunday"), "2024-01-21T10:00:00+00:00");
        assert_eq!(at("next week"), "2024-01-22T10:00:00+00:00");
    }

    #[test]
    fn day_month_dates_start_at_midnight_and_roll_to_next_year_once_past() {
        for input in ["15.12.", "15.12", "15/12", " 15.12. "] {
            assert_eq!(at(input), "2024-12-14T22:00:00+00:00", "{input}");
        }
        assert_eq!(at("15.12.2025"), "2025-12-14T22:00:00+00:00");
        assert_eq!(at("15.12. 10:30"), "2024-12-15T08:30:00+00:00");
        assert_eq!(
            at("15.12. 9:00"),
            "2024-12-15T07:00:00+00:00",
            "one-digit hour"
        );
        assert_eq!(at("10.01."), "2025-01-09T22:00:00+00:00");
        assert_eq!(
            at("15.1."),
            "2024-01-14T22:00:00+00:00",
            "today stays today"
        );
        assert_eq!(at("29.2."), "2024-02-28T22:00:00+00:00");
        let in_2025 = DateTime::parse_from_rfc3339("2025-03-01T12:00:00+02:00").unwrap();
        let leap = parse_when("29.2.", in_2025).unwrap().to_rfc3339();
        assert_eq!(leap, "2028-02-28T22:00:00+00:00");
    }

    #[test]
    fn month_names_either_side_of_the_day() {
        for input in [
            "dec 15",
            "15 dec",
            "December 15",
            "15. dec",
            "Dec 15th",
            "dec. 15",
            "15 december",
        ] {
            assert_eq!(at(input), "2024-12-14T22:00:00+00:00", "{input}");
        }
        assert_eq!(at("dec 15 2025"), "2025-12-14T22:00:00+00:00");
        assert_eq!(at("december 15, 2025"), "2025-12-14T22:00:00+00:00");
        assert_eq!(at("dec 15 10:30"), "2024-12-15T08:30:00+00:00");
        assert_eq!(at("sept 1"), "2024-08-31T22:00:00+00:00");
        assert_eq!(at("jan 10"), "2025-01-09T22:00:00+00:00");
    }

    #[test]
    fn spans_in_words() {
        assert_eq!(at("in 3 days"), "2024-01-18T10:00:00+00:00");
        assert_eq!(at("in 2 weeks"), "2024-01-29T10:00:00+00:00");
        assert_eq!(at("in 1 hour"), "2024-01-15T11:00:00+00:00");
        assert_eq!(at("In 30 minutes"), "2024-01-15T10:30:00+00:00");
    }

    #[test]
    fn a_us_region_reads_the_month_first() {
        let us = |text| parse_when_in(text, now(), DateOrder::MonthFirst);
        assert_eq!(
            us("12/15").unwrap().to_rfc3339(),
            "2024-12-14T22:00:00+00:00"
        );
        assert_eq!(
            us("12.15.2025").unwrap().to_rfc3339(),
            "2025-12-14T22:00:00+00:00"
        );
        assert!(us("15/12").is_err());
        assert_eq!(
            us("dec 15").unwrap().to_rfc3339(),
            "2024-12-14T22:00:00+00:00"
        );
        use phonenumber::country::Id;
        assert_eq!(DateOrder::of_region(Id::US), DateOrder::MonthFirst);
        assert_eq!(DateOrder::of_region(Id::IL), DateOrder::DayFirst);
        assert_eq!(DateOrder::of_region(Id::HU), DateOrder::DayFirst);
    }

    #[test]
    fn dates_that_do_not_exist_are_refused_by_name() {
        for input in ["31.02.", "30.2.2024", "feb 30", "0.12.", "15.13."] {
            let err = parse_when(input, now()).unwrap_err();
            assert!(err.contains(&format!("\"{input}\"")), "{err}");
        }
        let err = parse_when("31.02.", now()).unwrap_err();
        assert!(
            err.contains("not a date") && err.contains("15.12."),
            "{err}"
        );
        for input in [
            "next",
            "next month",
            "fr",
            "15.12.25",
            "123.12.",
            "dec",
            "15 16",
            "friday 25:00",
        ] {
            let err = parse_when(input, now()).unwrap_err();
            assert!(
                err.contains("next friday") && err.contains("dec 15"),
                "{input}: {err}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_read_or_refused_never_a_panic(text in "\\PC{0,40}", seconds in proptest::num::i64::ANY) {
            let now = DateTime::<Utc>::from_timestamp(seconds % 8_000_000_000_000, 0)
                .unwrap_or(DateTime::<Utc>::MAX_UTC);
            for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
                let _ = parse_when_in(&text, now, order);
            }
        }
    }

    #[test]
    fn nonsense_is_refused_with_examples() {
        let err = parse_when("next blue moon", now()).unwrap_err();
        assert!(err.contains("next blue moon") && err.contains("+3d"));
        assert!(parse_when("25:99", now()).is_err());
    }

    #[test]
    fn a_time_past_chronos_range_is_refused_by_name_not_a_panic() {
        for input in [
            "+99999999999d",
            "99999999999d ago",
            "in 9999999999999999999999d",
        ] {
            let err = parse_when(input, now()).unwrap_err();
            assert!(err.contains(input) && err.contains("100 years"), "{err}");
        }
    }

    #[test]
    fn times_more_than_a_hundred_years_away_are_refused() {
        assert_eq!(at("+36525d"), "2124-01-16T10:00:00+00:00");
        assert_eq!(at("1924-01-16 12:00"), "1924-01-16T10:00:00+00:00");
        for input in [
            "+36526d",
            "1923-12-31 12:00",
            "0001-01-01",
            "9999-12-31T23:59:59Z",
        ] {
            let err = parse_when(input, now()).unwrap_err();
            assert!(err.contains(&format!("\"{input}\" is too far")), "{err}");
        }
    }

    #[test]
    fn the_day_after_the_last_date_chrono_holds_is_an_error() {
        let last = DateTime::<Utc>::MAX_UTC;
        assert!(parse_when("tomorrow 10:00", last).is_err());
        assert!(parse_when("tomorrow", last).is_err());
        assert!(parse_when("yesterday", DateTime::<Utc>::MIN_UTC).is_err());
        assert!(end_of_local_day(last) <= last);
    }

    #[test]
    fn durations_are_whole_seconds_up_to_seven_days() {
        assert_eq!(parse_duration_secs("90s"), Ok(90));
        assert_eq!(parse_duration_secs(" 1h30m "), Ok(5_400));
        assert_eq!(parse_duration_secs("7days"), Ok(604_800));
        for input in [
            "7days 1s",
            "9223372036854775808s",
            "99999999999999999999999h",
        ] {
            assert_eq!(
                parse_duration_secs(input),
                Err(format!("\"{input}\" is too long (at most 7 days)"))
            );
        }
        let err = parse_duration_secs("forever").unwrap_err();
        assert!(err.contains("\"forever\"") && err.contains("5m"), "{err}");
    }
}
