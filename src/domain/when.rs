//! Times as people type them: "14:30", "yesterday 10:00", "+3d", "2h ago", or RFC 3339.
//! `now` is always passed in, so every rule here is testable without a clock.

use chrono::{DateTime, Duration, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

pub fn parse_when<Tz: TimeZone>(input: &str, now: DateTime<Tz>) -> Result<DateTime<Utc>, String> {
    let text = input.trim().to_lowercase();
    let tz = now.timezone();
    if text == "now" {
        return Ok(now.with_timezone(&Utc));
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(input.trim()) {
        return Ok(at.with_timezone(&Utc));
    }
    if let Some(offset) = parse_relative(&text) {
        return Ok((now + offset).with_timezone(&Utc));
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
    let (day, rest) = match text.split_once(' ') {
        Some(("today", rest)) => (today, rest),
        Some(("yesterday", rest)) => (today - Duration::days(1), rest),
        Some(("tomorrow", rest)) => (today + Duration::days(1), rest),
        _ => match text.as_str() {
            "today" => return local(&tz, today.and_time(now.time()), input),
            "yesterday" => {
                return local(&tz, (today - Duration::days(1)).and_time(now.time()), input);
            }
            "tomorrow" => {
                return local(&tz, (today + Duration::days(1)).and_time(now.time()), input);
            }
            _ => (today, text.as_str()),
        },
    };
    let time = NaiveTime::parse_from_str(rest.trim(), "%H:%M").map_err(|_| unreadable(input))?;
    local(&tz, day.and_time(time), input)
}

/// "+3d", "-2h", "in 30m", "2h ago", "1h30m ago".
fn parse_relative(text: &str) -> Option<Duration> {
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
    let std = humantime::parse_duration(amount.trim()).ok()?;
    Duration::from_std(std).ok().map(|d| d * sign)
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

fn unreadable(input: &str) -> String {
    format!(
        "cannot read the time \"{input}\": use 14:30, yesterday 10:00, tomorrow 09:00, +3d, 2h ago, 2024-01-15 21:05 or RFC 3339"
    )
}

/// The end of today in the machine's time zone: where "due today" ends.
pub fn end_of_local_day(now: DateTime<Utc>) -> DateTime<Utc> {
    let tomorrow = now.with_timezone(&Local).date_naive() + Duration::days(1);
    local_to_utc(tomorrow.and_time(NaiveTime::MIN)).unwrap_or(now + Duration::days(1))
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
}
