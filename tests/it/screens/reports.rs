//! The Reports screen on the demo data at 2024-03-12 09:00 UTC: each of the six
//! reports over the last 30 days, a quarter split by source, a period stepped back,
//! targets under a config that sets them, and a long report scrolled.

use super::Desk;
use leadometer::tui::app::{Action, Tab};

fn reports() -> Desk {
    let mut desk = Desk::demo();
    desk.act(Action::GoTo(Tab::Reports));
    desk
}

#[test]
fn the_funnel_of_the_last_30_days_opens_first() {
    reports().snapshot("reports_funnel");
}

#[test]
fn each_report_in_turn() {
    let mut desk = reports();
    for name in ["speed", "pipeline", "targets", "sources", "reasons"] {
        desk.act(Action::Right).snapshot(&format!("reports_{name}"));
    }
    // → past the last comes back to the first.
    desk.act(Action::Right);
    assert!(desk.state.reports.shown().is_some());
    assert_eq!(
        desk.state.reports.request.page,
        leadometer::tui::reports::ReportPage::Funnel
    );
}

#[test]
fn a_quarter_split_by_source() {
    let mut desk = reports();
    // The last 30 days, week, month, quarter.
    desk.act(Action::CyclePeriod)
        .act(Action::CyclePeriod)
        .act(Action::CyclePeriod)
        .act(Action::CycleSplit)
        .snapshot("reports_funnel_quarter_by_source");
}

#[test]
fn the_month_before_and_back_again() {
    let mut desk = reports();
    desk.act(Action::CyclePeriod)
        .act(Action::CyclePeriod)
        .act(Action::EarlierPeriod)
        .act(Action::Right)
        .snapshot("reports_speed_february");
    desk.act(Action::LaterPeriod).act(Action::LaterPeriod);
    assert_eq!(
        desk.state.message.as_deref(),
        Some(leadometer::tui::reports::LATEST_PERIOD)
    );
}

#[test]
fn targets_as_gauges_with_their_pace() {
    let mut desk = Desk::demo_with(
        "user = \"Dana\"\nregion = \"IL\"\n\
         [[targets]]\nperiod = \"month\"\nsales_amount = 150000\nsales = 4\nnew_leads = 20\n\
         [[targets]]\nperiod = \"quarter\"\nmqls = 12\nsqls = 8\nnew_leads = 10\nsource = \"Facebook ad\"\n",
    );
    desk.act(Action::GoTo(Tab::Reports));
    for _ in 0..3 {
        desk.act(Action::Right);
    }
    desk.snapshot("reports_targets_set");
    desk.act(Action::CycleSplit);
    assert_eq!(
        desk.state.message.as_deref(),
        Some(leadometer::tui::reports::TARGETS_NOT_SPLIT)
    );
}

#[test]
fn a_long_report_scrolls_section_by_section() {
    let mut desk = reports();
    desk.act(Action::Right).act(Action::CycleSplit);
    for _ in 0..10 {
        desk.act(Action::Down);
    }
    // Scrolling stops at the last section, which stays in view.
    desk.snapshot("reports_speed_scrolled");
    desk.act(Action::Up);
    assert!(desk.state.reports.scroll > 0);
}

#[test]
fn a_table_wider_than_80_columns_is_cut_inside_the_border() {
    let mut desk = reports();
    for _ in 0..4 {
        desk.act(Action::Right);
    }
    // Sources by campaign, by owner.
    desk.act(Action::CycleSplit)
        .act(Action::CycleSplit)
        .snapshot("reports_sources_by_owner");
}
