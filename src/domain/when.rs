//! Times as people type them: "14:30", "yesterday 10:00", "+3d", "2h ago", or RFC 3339.
//! `now` is always passed in, so every rule here is testable without a clock.

use chrono::{DateTime, Days, Duration, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// How far from now a time typed for `--at`, `--due` or the desk's forms may be, in
/// days: 100 years either way. Nothing a lead desk logs or plans lies further, and
/// a bound this wide still refuses a slip such as `+99999999999d` (which also passed
/// chrono's own range and panicked) before it lands in the timeline.
pub const MAX_DAYS_FROM_NOW: i64 = 36_525;

/// The longest `--duration` accepted, in seconds: 7 days, for a call, a meeting or a
/// workshop of several days. Beyond it is a typing slip; far beyond it,
/// `9223372036854775808s` was stored as a negative number.
pub const MAX_DURATION_SECS: u64 = 7 * 24 * 3600;

/// The time `input` names, read at `now`: at most `MAX_DAYS_FROM_NOW` whole days
/// before or after it; the error quotes `input` and says what is wrong.
pub fn parse_when<Tz: TimeZone>(input: &str, now: DateTime<Tz>) -> Result<DateTime<Utc>, String> {
    let at = parse_unbounded(input, &now)?;
    let distance = at.signed_duration_since(now.with_timezone(&Utc)).num_days();
    if distance.abs() > MAX_DAYS_FROM_NOW {
        return Err(too_far(input));
    }
    Ok(at)
}

/// Any time the forms describe, however far; `parse_when` bounds it. Every step is
/// checked: a date past chrono's range is an error, never a panic.
fn parse_unbounded<Tz: TimeZone>(input: &str, now: &DateTime<Tz>) -> Result<DateTime<Utc>, String> {
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
    let today = now.date_naive();
    let yesterday = || {
        today
            .checked_sub_days(Days::new(1))
            .ok_or_else(|| too_far(input))
    };
    let tomorrow = || {
        today
            .checked_add_days(Days::new(1))
            .ok_or_else(|| too_far(input))
    };
    let (day, rest) = match text.split_once(' ') {
        Some(("today", rest)) => (today, rest),
        Some(("yesterday", rest)) => (yesterday()?, rest),
        Some(("tomorrow", rest)) => (tomorrow()?, rest),
        _ => match text.as_str() {
            "today" => return local(&tz, today.and_time(now.time()), input),
            "yesterday" => return local(&tz, yesterday()?.and_time(now.time()), input),
            "tomorrow" => return local(&tz, tomorrow()?.and_time(now.time()), input),
            _ => (today, text.as_str()),
        },
    };
    let time = NaiveTime::parse_from_str(rest.trim(), "%H:%M").map_err(|_| unreadable(input))?;
    local(&tz, day.and_time(time), input)
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
        "cannot read the time \"{input}\": use 14:30, yesterday 10:00, tomorrow 09:00, +3d, 2h ago, 2024-01-15 21:05 or RFC 3339"
    )
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
