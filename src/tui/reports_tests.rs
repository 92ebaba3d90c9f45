//! The Reports screen's keys: which report, period and split they ask for, what
//! they refuse, and when the report is read.

use super::*;
use crate::domain::report::{Funnel, Split};
use crate::tui::app::update;
use crate::tui::fixtures::state;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn on_reports() -> (State, Vec<Effect>) {
    let mut state = state();
    let effects = update(&mut state, Action::GoTo(Tab::Reports));
    (state, effects)
}

fn loaded(request: ReportRequest) -> Action {
    let today = day(2024, 3, 12);
    Action::ReportLoaded(Box::new(ReportView {
        request,
        period: request.period(today),
        today,
        zone: FixedOffset::east_opt(0).unwrap(),
        currency: "ILS".into(),
        data: ReportData::Funnel(
            Box::new(Split {
                total: Funnel::of(&[]),
                groups: Vec::new(),
            }),
            Vec::new(),
        ),
    }))
}

#[test]
fn periods_are_the_last_30_days_or_a_calendar_unit_and_step_back() {
    let today = day(2024, 3, 12);
    let mut request = ReportRequest::default();
    let period = request.period(today);
    assert_eq!((period.first, period.last), (day(2024, 2, 12), today));
    assert_eq!(
        request.describe(&period),
        "the last 30 days: 12/02/2024 to 12/03/2024"
    );
    let hungarian = {
        let _speaking = crate::i18n::scoped(crate::i18n::Lang::Hu);
        request.describe(&period)
    };
    assert_eq!(hungarian, "az utolsó 30 nap: 2024. 02. 12. – 2024. 03. 12.");
    request.back = 1;
    let before = request.period(today);
    assert_eq!(
        (before.first, before.last),
        (day(2024, 1, 13), day(2024, 2, 11))
    );
    assert_eq!(
        request.describe(&before),
        "30 days: 13/01/2024 to 11/02/2024"
    );
    request.span = Span::Calendar(PeriodKind::Month);
    request.back = 1;
    let february = request.period(today);
    assert_eq!(
        (february.first, february.last),
        (day(2024, 2, 1), day(2024, 2, 29))
    );
    // However far back asked, it stops at 520 periods.
    request.span = Span::Last30Days;
    request.back = u32::MAX;
    let furthest = today - chrono::Days::new(521 * 30 - 1);
    assert_eq!(request.period(today).first, furthest);
}

#[test]
fn arriving_asks_for_the_report_once_and_again_on_coming_back() {
    let (mut state, effects) = on_reports();
    let asked = ReportRequest::default();
    assert_eq!(effects, vec![Effect::LoadReport(asked)]);
    // A key that changes nothing asks for nothing while the answer is on its way.
    assert!(update(&mut state, Action::Down).is_empty());
    update(&mut state, loaded(asked));
    assert!(state.reports.shown().is_some());
    update(&mut state, Action::GoTo(Tab::Inbox));
    let back = update(&mut state, Action::GoTo(Tab::Reports));
    assert!(back.contains(&Effect::LoadReport(asked)), "{back:?}");
}

#[test]
fn the_keys_change_the_report_the_period_and_the_split() {
    let (mut state, _) = on_reports();
    let effects = update(&mut state, Action::Left);
    assert_eq!(state.reports.request.page, ReportPage::Reasons);
    assert!(matches!(effects[..], [Effect::LoadReport(r)] if r.page == ReportPage::Reasons));
    update(&mut state, Action::Right);
    update(&mut state, Action::Right);
    assert_eq!(state.reports.request.page, ReportPage::Speed);

    update(&mut state, Action::EarlierPeriod);
    update(&mut state, Action::EarlierPeriod);
    assert_eq!(state.reports.request.back, 2);
    // Another kind of period starts again at the current one.
    update(&mut state, Action::CyclePeriod);
    let request = state.reports.request;
    assert_eq!(
        (request.span, request.back),
        (Span::Calendar(PeriodKind::Week), 0)
    );
    update(&mut state, Action::LaterPeriod);
    assert_eq!(state.message.as_deref(), Some(LATEST_PERIOD));

    let mut splits = Vec::new();
    for _ in 0..5 {
        update(&mut state, Action::CycleSplit);
        splits.push(state.reports.request.by);
    }
    assert_eq!(
        splits,
        vec![
            Some(GroupBy::Source),
            Some(GroupBy::Campaign),
            Some(GroupBy::Owner),
            Some(GroupBy::Origin),
            None
        ]
    );
}

#[test]
fn the_targets_are_never_split() {
    let (mut state, _) = on_reports();
    state.reports.request.page = ReportPage::Targets;
    update(&mut state, Action::CycleSplit);
    assert_eq!(state.reports.request.by, None);
    assert_eq!(state.message.as_deref(), Some(TARGETS_NOT_SPLIT));
}

#[test]
fn a_report_read_for_an_earlier_request_is_not_shown_for_the_new_one() {
    let (mut state, _) = on_reports();
    let first = state.reports.request;
    update(&mut state, Action::Right);
    update(&mut state, loaded(first));
    assert!(state.reports.shown().is_none());
    // The scroll never passes the last section of what is shown.
    update(&mut state, Action::Left);
    for _ in 0..20 {
        update(&mut state, Action::Down);
    }
    assert_eq!(state.reports.scroll, 0);
}

#[test]
fn keys_of_other_screens_are_left_alone() {
    let (mut state, _) = on_reports();
    update(&mut state, Action::GoTo(Tab::Inbox));
    let before = state.reports.request;
    update(&mut state, Action::CycleSplit);
    assert_eq!(state.reports.request, before);
}

#[test]
fn sources_are_always_split_and_a_key_that_works_clears_what_was_said() {
    let (mut state, _) = on_reports();
    state.reports.request.page = ReportPage::Sources;
    let mut splits = Vec::new();
    for _ in 0..4 {
        update(&mut state, Action::CycleSplit);
        splits.push(state.reports.request.by);
    }
    // Unsplit, Sources are by source: the next press goes on to campaigns.
    assert_eq!(
        splits,
        vec![
            Some(GroupBy::Campaign),
            Some(GroupBy::Owner),
            Some(GroupBy::Origin),
            Some(GroupBy::Source)
        ]
    );
    update(&mut state, Action::LaterPeriod);
    assert_eq!(state.message.as_deref(), Some(LATEST_PERIOD));
    update(&mut state, Action::EarlierPeriod);
    assert_eq!(state.message, None);
}
