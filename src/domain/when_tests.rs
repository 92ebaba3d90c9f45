use super::*;
use crate::i18n::Lang;
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
    let next_week = |lang| {
        let _speaking = crate::i18n::scoped(lang);
        at("next week")
    };
    // The next week starts on its first day: Monday in Hungarian, Sunday in Hebrew.
    assert_eq!(next_week(Lang::Hu), "2024-01-22T10:00:00+00:00");
    assert_eq!(next_week(Lang::He), "2024-01-21T10:00:00+00:00");
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
fn hebrew_days_and_times() {
    // now() is Monday 15 January 2024, 12:00 at UTC+2.
    assert_eq!(at("מחר 10:00"), "2024-01-16T08:00:00+00:00");
    assert_eq!(at("מחר"), "2024-01-16T10:00:00+00:00");
    assert_eq!(at("היום 18:30"), "2024-01-15T16:30:00+00:00");
    assert_eq!(at("אתמול 9:00"), "2024-01-14T07:00:00+00:00");
    assert_eq!(at("מחרתיים"), "2024-01-17T10:00:00+00:00");
    assert_eq!(at("עכשיו"), "2024-01-15T10:00:00+00:00");
    for friday in [
        "יום שישי",
        "שישי",
        "ביום שישי",
        "יום שישי הבא",
        "שישי הקרוב",
    ] {
        assert_eq!(at(friday), "2024-01-19T10:00:00+00:00", "{friday}");
    }
    assert_eq!(at("יום ראשון 9:00"), "2024-01-21T07:00:00+00:00");
    assert_eq!(at("15.12.2026"), "2026-12-14T22:00:00+00:00");
    assert_eq!(at("15 בדצמבר"), "2024-12-14T22:00:00+00:00");
    assert_eq!(at("15 דצמ׳ 10:00"), "2024-12-15T08:00:00+00:00");
}

#[test]
fn hungarian_days_times_and_dates() {
    assert_eq!(at("holnap 10"), "2024-01-16T08:00:00+00:00");
    assert_eq!(at("holnap 10-kor"), "2024-01-16T08:00:00+00:00");
    assert_eq!(at("holnap 10:30"), "2024-01-16T08:30:00+00:00");
    assert_eq!(at("ma 17"), "2024-01-15T15:00:00+00:00");
    assert_eq!(at("tegnap"), "2024-01-14T10:00:00+00:00");
    assert_eq!(at("most"), "2024-01-15T10:00:00+00:00");
    for friday in ["péntek", "pénteken", "Péntek"] {
        assert_eq!(at(friday), "2024-01-19T10:00:00+00:00", "{friday}");
    }
    // "jövő péntek" is next week's Friday, as a Hungarian means it.
    assert_eq!(at("jövő péntek"), "2024-01-26T10:00:00+00:00");
    assert_eq!(at("péntek 9:00"), "2024-01-19T07:00:00+00:00");
    assert_eq!(at("friday 10"), "2024-01-19T08:00:00+00:00");
    for date in ["2026. 12. 15.", "2026.12.15", "2026. 12. 15", "2026.12.15."] {
        assert_eq!(at(date), "2026-12-14T22:00:00+00:00", "{date}");
    }
    assert_eq!(at("2026. 12. 15. 10:00"), "2026-12-15T08:00:00+00:00");
    for date in [
        "dec. 15.",
        "december 15.",
        "márc. 3.",
        "március 3",
        "15.12.",
    ] {
        assert!(parse_when(date, now()).is_ok(), "{date}");
    }
    assert_eq!(at("2026. december 15."), "2026-12-14T22:00:00+00:00");
    assert_eq!(at("márc. 3."), "2024-03-02T22:00:00+00:00");
    assert!(parse_when("2026. 13. 15.", now()).is_err());
    assert!(parse_when("2026. 02. 30.", now()).is_err());
}

#[test]
fn refusals_name_examples_in_the_users_language_too() {
    for (lang, example) in [
        (Lang::En, "next friday"),
        (Lang::He, "מחר 10:00"),
        (Lang::Hu, "holnap 10"),
    ] {
        let _speaking = crate::i18n::scoped(lang);
        let err = parse_when("next blue moon", now()).unwrap_err();
        assert!(err.contains(example) && err.contains("14:30"), "{err}");
        assert_eq!(err.contains("cannot read"), lang == Lang::En, "{err}");
    }
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

    #[test]
    fn any_words_of_the_three_languages_are_read_or_refused(
        words in proptest::collection::vec(proptest::sample::select(vec![
            "מחר", "יום", "שישי", "הבא", "ב", "בדצמבר", "holnap", "ma", "péntek", "jövő",
            "dec.", "márc.", "2026.", "12.", "15.", "10", "10:00", "-kor", "next", "friday",
            "15.12.", "30", "99", ".", "9999.",
        ]), 0..6),
        seconds in proptest::num::i64::ANY,
    ) {
        let now = DateTime::<Utc>::from_timestamp(seconds % 8_000_000_000_000, 0)
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        let text = words.join(" ");
        for lang in Lang::ALL {
            let _speaking = crate::i18n::scoped(lang);
            let _ = parse_when_in(&text, now, DateOrder::DayFirst);
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

#[test]
fn lengths_read_in_hungarian_and_hebrew_units() {
    assert_eq!(parse_duration_secs("5 perc"), Ok(300));
    assert_eq!(parse_duration_secs("5p"), Ok(300));
    assert_eq!(parse_duration_secs("1 óra 30 perc"), Ok(5400));
    assert_eq!(parse_duration_secs("5 דקות"), Ok(300));
    assert_eq!(parse_duration_secs("1 שעה"), Ok(3600));
    assert_eq!(parse_duration_secs("1h30m"), Ok(5400));
    assert_eq!(parse_duration_secs("90s"), Ok(90));
    assert!(parse_duration_secs("5 bananas").is_err());
}
