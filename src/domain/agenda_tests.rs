use super::*;
use chrono::FixedOffset;
use proptest::prelude::*;

fn israel(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn the_day_and_the_week_end_at_local_midnight() {
    // Hungarian weeks run Monday to Sunday.
    let _speaking = crate::i18n::scoped(crate::i18n::Lang::Hu);
    // Tuesday 12 March 2024, 11:00 in Israel (UTC+2).
    let bounds = Bounds::at(israel("2024-03-12T11:00:00+02:00"));
    assert_eq!(bounds.now, utc("2024-03-12T09:00:00Z"));
    assert_eq!(bounds.today_ends, utc("2024-03-12T22:00:00Z"));
    assert_eq!(bounds.week_ends, utc("2024-03-17T22:00:00Z"));
}

#[test]
fn each_boundary_starts_the_next_group() {
    // Hungarian weeks run Monday to Sunday.
    let _speaking = crate::i18n::scoped(crate::i18n::Lang::Hu);
    let bounds = Bounds::at(israel("2024-03-12T11:00:00+02:00"));
    let at = |text| bounds.group(utc(text));
    assert_eq!(at("2024-03-12T08:59:59Z"), Group::Overdue);
    assert_eq!(at("2024-03-12T09:00:00Z"), Group::Today);
    assert_eq!(at("2024-03-12T21:59:59Z"), Group::Today);
    assert_eq!(at("2024-03-12T22:00:00Z"), Group::ThisWeek);
    assert_eq!(at("2024-03-17T21:59:59Z"), Group::ThisWeek);
    assert_eq!(at("2024-03-17T22:00:00Z"), Group::Later);
    assert_eq!(at("2025-01-01T00:00:00Z"), Group::Later);
    assert_eq!(at("2020-01-01T00:00:00Z"), Group::Overdue);
}

#[test]
fn on_sunday_this_week_is_empty_and_tomorrow_is_later() {
    // Hungarian weeks run Monday to Sunday.
    let _speaking = crate::i18n::scoped(crate::i18n::Lang::Hu);
    let bounds = Bounds::at(israel("2024-03-17T23:59:00+02:00"));
    assert_eq!(bounds.today_ends, bounds.week_ends);
    assert_eq!(bounds.group(utc("2024-03-17T21:59:30Z")), Group::Today);
    assert_eq!(bounds.group(utc("2024-03-17T22:00:00Z")), Group::Later);
}

#[test]
fn at_midnight_the_whole_day_is_today() {
    // Hungarian weeks run Monday to Sunday.
    let _speaking = crate::i18n::scoped(crate::i18n::Lang::Hu);
    let bounds = Bounds::at(israel("2024-03-18T00:00:00+02:00"));
    assert_eq!(bounds.today_ends, utc("2024-03-18T22:00:00Z"));
    assert_eq!(bounds.week_ends, utc("2024-03-24T22:00:00Z"));
    assert_eq!(bounds.group(utc("2024-03-17T21:59:59Z")), Group::Overdue);
}

#[test]
fn a_hebrew_week_runs_sunday_to_saturday() {
    let _speaking = crate::i18n::scoped(crate::i18n::Lang::He);
    // Tuesday 12 March 2024: the week ends as Saturday 16 March does.
    let bounds = Bounds::at(israel("2024-03-12T11:00:00+02:00"));
    assert_eq!(bounds.week_ends, utc("2024-03-16T22:00:00Z"));
    assert_eq!(bounds.group(utc("2024-03-16T21:59:59Z")), Group::ThisWeek);
    assert_eq!(bounds.group(utc("2024-03-16T22:00:00Z")), Group::Later);
    // On Saturday night the week is over; Sunday is next week's.
    let saturday = Bounds::at(israel("2024-03-16T20:00:00+02:00"));
    assert_eq!(saturday.today_ends, saturday.week_ends);
    // English follows the region: Sunday in Israel, Monday in Britain.
    let _english = crate::i18n::scoped(crate::i18n::Lang::En);
    let _israel = crate::i18n::format::scoped_region(crate::domain::phone::Region::IL);
    assert_eq!(Bounds::at(israel("2024-03-12T11:00:00+02:00")), bounds);
    let _britain = crate::i18n::format::scoped_region(crate::domain::phone::Region::GB);
    let british = Bounds::at(israel("2024-03-12T11:00:00+02:00"));
    assert_eq!(british.week_ends, utc("2024-03-17T22:00:00Z"));
}

#[test]
fn group_ends_split_the_agenda_for_filters() {
    let bounds = Bounds::at(israel("2024-03-12T11:00:00+02:00"));
    assert_eq!(bounds.end_of(Group::Overdue), Some(bounds.now));
    assert_eq!(bounds.end_of(Group::Today), Some(bounds.today_ends));
    assert_eq!(bounds.end_of(Group::ThisWeek), Some(bounds.week_ends));
    assert_eq!(bounds.end_of(Group::Later), None);
}

#[test]
fn the_ends_of_chronos_range_keep_the_bounds_in_order() {
    for now in [DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC] {
        let bounds = Bounds::at(now);
        assert!(bounds.now <= bounds.today_ends && bounds.today_ends <= bounds.week_ends);
    }
}

#[test]
fn snoozing_offers_an_hour_tomorrow_morning_and_next_monday() {
    let choices = snooze_choices(israel("2024-03-12T11:00:00+02:00"));
    assert_eq!(
        choices,
        [
            ("in an hour", utc("2024-03-12T10:00:00Z")),
            ("tomorrow morning", utc("2024-03-13T07:00:00Z")),
            ("next week", utc("2024-03-18T07:00:00Z")),
        ]
    );
}

proptest! {
    #[test]
    fn every_due_time_falls_in_one_group_and_groups_keep_time_order(
        now in -5_000_000_000i64..5_000_000_000,
        offset_minutes in -14 * 60..=14 * 60i32,
        first in -3_000_000i64..3_000_000,
        second in -3_000_000i64..3_000_000,
    ) {
        let zone = FixedOffset::east_opt(offset_minutes * 60).unwrap();
        let now = DateTime::<Utc>::from_timestamp(now, 0).unwrap().with_timezone(&zone);
        let bounds = Bounds::at(now);
        prop_assert!(bounds.now <= bounds.today_ends && bounds.today_ends <= bounds.week_ends);
        prop_assert!(bounds.week_ends - bounds.today_ends <= Duration::days(7));
        let (early, late) = (first.min(second), first.max(second));
        let due = |secs: i64| bounds.now + Duration::seconds(secs);
        let (early_group, late_group) = (bounds.group(due(early)), bounds.group(due(late)));
        prop_assert!(early_group <= late_group);
        for due in [due(early), due(late)] {
            let group = bounds.group(due);
            let inside: Vec<Group> = Group::ALL
                .into_iter()
                .filter(|g| {
                    let start = Group::ALL
                        .into_iter()
                        .take_while(|earlier| earlier < g)
                        .last()
                        .and_then(|earlier| bounds.end_of(earlier));
                    start.is_none_or(|start| due >= start)
                        && bounds.end_of(*g).is_none_or(|end| due < end)
                })
                .collect();
            prop_assert_eq!(inside, vec![group]);
        }
    }
}
