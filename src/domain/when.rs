//! Times as people type them: "14:30", "yesterday 10:00", "+3d", "2h ago", "in 3 days",
//! "next friday 10:00", "15.12.", "dec 15", or RFC 3339; and in Hebrew and Hungarian
//! ("מחר 10:00", "יום שישי", "holnap 10", "péntek", "2026. 12. 15.", "dec. 15."):
//! the words of every language are read whatever language the user speaks
//! (`words`). `now` is always passed in, so every rule here is testable without a clock.
//!
//! A day named without a time follows the two rules this parser always had: a day
//! named from today ("tomorrow", "friday") keeps the time of day it is now, and a
//! calendar date ("2024-01-15", "15.12.", "dec 15") starts at 00:00.

mod words;

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
    if words::is_now(&text) {
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
    let (day_text, time) = match (time, bare_hour(day_text)) {
        (None, Some((day_text, hour))) => (day_text, Some(hour)),
        _ => (day_text, time),
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
        // Hebrew writes "on" as a prefix: "ביום שישי", "בשבוע הבא".
        .map(|w| match w {
            "ביום" => "יום",
            "בשבוע" => "שבוע",
            w => w,
        })
        .collect();
    if let Some(date) = near_day(&words, today) {
        return Some(Day::Relative(date));
    }
    if let Some(date) = year_first_date(&words) {
        return Some(Day::Calendar(date));
    }
    let (day, month, year) = match words.as_slice() {
        [numeric] => numeric_date(numeric, order)?,
        [first, second] => words_date(first, second, None)?,
        [year, first, second] if full_year(year.trim_end_matches('.')).is_some() => {
            words_date(first, second, Some(year.trim_end_matches('.')))?
        }
        [first, second, year] => words_date(first, second, Some(year))?,
        _ => return None,
    };
    Some(Day::Calendar(calendar_date(today, day, month, year)))
}

/// A day named from today, in any language: "tomorrow", "מחר", "holnap", "friday",
/// "next friday", "יום שישי הבא", "jövő péntek", "next week". Some(None) when the
/// day is past the dates chrono holds.
fn near_day(words: &[&str], today: NaiveDate) -> Option<Option<NaiveDate>> {
    if let Some(near) = words::near(words) {
        return Some(match near {
            words::Near::Today => Some(today),
            words::Near::Yesterday => today.checked_sub_days(Days::new(1)),
            words::Near::Tomorrow => today.checked_add_days(Days::new(1)),
            words::Near::DayAfterTomorrow => today.checked_add_days(Days::new(2)),
            words::Near::NextWeek => coming(today, crate::i18n::format::first_weekday()),
        });
    }
    let (named, next_weeks) = match words {
        // Hungarian's "jövő péntek" is next week's Friday, never this week's.
        ["jövő", rest @ ..] => (rest, true),
        [coming, rest @ ..] | [rest @ .., coming] if words::is_coming(coming) => (rest, false),
        all => (all, false),
    };
    if named.is_empty() || named.len() > 2 {
        return None;
    }
    let day = words::weekday(&named.join(" "))?;
    let Some(date) = coming(today, day) else {
        return Some(None);
    };
    let next_week = coming(today, crate::i18n::format::first_weekday());
    Some(
        match next_weeks && next_week.is_some_and(|monday| date < monday) {
            true => date.checked_add_days(Days::new(7)),
            false => Some(date),
        },
    )
}

/// Hungarian's year-first dates: "2026. 12. 15.", "2026.12.15", "2026. 12. 15".
fn year_first_date(words: &[&str]) -> Option<Option<NaiveDate>> {
    let joined: String = words.concat();
    let joined = joined.strip_suffix('.').unwrap_or(&joined);
    let [year, month, day] = joined.split('.').collect::<Vec<_>>()[..] else {
        return None;
    };
    let year = full_year(year)?;
    let (month, day) = (small_number(month)?, small_number(day)?);
    Some(NaiveDate::from_ymd_opt(year, month, day))
}

/// "holnap 10", "friday 9": a day named from today and a whole hour, as Hungarian
/// says a time ("holnap 10-kor" is "tomorrow at 10"). Only after such a day: in
/// "dec 15" the number is the day of the month.
fn bare_hour(text: &str) -> Option<(&str, NaiveTime)> {
    let (day, hour) = text.trim().rsplit_once(char::is_whitespace)?;
    let hour = hour.strip_suffix("-kor").unwrap_or(hour);
    let hour = hour.strip_suffix("-ig").unwrap_or(hour);
    let hour: u32 = small_number(hour)?;
    let words: Vec<&str> = day.split_whitespace().collect();
    near_day(&words, NaiveDate::MIN)?;
    Some((day.trim_end(), NaiveTime::from_hms_opt(hour, 0, 0)?))
}

/// "dec 15", "15 dec", "december 15", "15. dec", "dec 15 2025": day, month, year.
fn words_date(first: &str, second: &str, year: Option<&str>) -> Option<(u32, u32, Option<i32>)> {
    let year = match year {
        Some(year) => Some(full_year(year)?),
        None => None,
    };
    match (words::month(first), words::month(second)) {
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
        crate::t!(
            "problem-duration-too-long",
            typed = input,
            days = MAX_DURATION_SECS / 86_400
        )
    };
    let secs = match humantime::parse_duration(&units_in_english(input)) {
        Ok(duration) => duration.as_secs(),
        Err(humantime::DurationError::NumberOverflow) => return Err(too_long()),
        Err(_) => return Err(crate::t!("problem-not-a-duration", typed = input)),
    };
    if secs > MAX_DURATION_SECS {
        return Err(too_long());
    }
    i64::try_from(secs).map_err(|_| too_long())
}

/// A length written with Hungarian or Hebrew units ("5 perc", "1 óra 30 p",
/// "5 דקות") in the units `humantime` reads ("5m", "1h30m"); anything else as it is.
fn units_in_english(input: &str) -> String {
    const UNITS: &[(&str, &str)] = &[
        ("másodperc", "s"),
        ("mp", "s"),
        ("perc", "m"),
        ("p", "m"),
        ("óra", "h"),
        ("ó", "h"),
        ("שניות", "s"),
        ("שנייה", "s"),
        ("דקות", "m"),
        ("דקה", "m"),
        ("דק׳", "m"),
        ("דק'", "m"),
        ("שעות", "h"),
        ("שעה", "h"),
    ];
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let unit = UNITS
            .iter()
            .find(|(local, _)| *local == word.to_lowercase());
        out.push_str(unit.map_or(word.as_str(), |(_, english)| english));
        word.clear();
    };
    for c in input.trim().chars() {
        if c.is_ascii_digit() || c.is_whitespace() {
            flush(&mut word, &mut out);
            if c.is_ascii_digit() {
                out.push(c);
            }
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
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
    crate::t!(
        "problem-time-too-far",
        typed = input,
        years = MAX_DAYS_FROM_NOW / 365
    )
}

fn unreadable(input: &str) -> String {
    // Each language names its own words first; the English ones are read too.
    crate::t!("problem-time-unread", typed = input)
}

fn no_such_date(input: &str) -> String {
    crate::t!("problem-no-such-date", typed = input)
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
#[path = "when_tests.rs"]
mod tests;
