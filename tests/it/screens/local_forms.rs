//! The desk in Hungarian and Hebrew forms: dates, numbers, money and phones as
//! `i18n::format` writes them, on a board holding shekels and forints side by side.

use super::{Desk, key, now};
use crossterm::event::KeyCode;
use leadometer::domain::Deal;
use leadometer::i18n::{Lang, scoped};
use leadometer::tui::app::{Action, Tab};

/// The demo with a deal in forints beside its deals in shekels, in the Call column.
fn with_a_deal_in_forints() -> Desk {
    let mut desk = Desk::demo();
    let noa = desk.store.search("Noa Levi", Some(1)).unwrap()[0]
        .contact
        .clone();
    let first = desk.store.config().pipeline().stages[0].name.clone();
    let deal = Deal::open(
        "d-huf".into(),
        &noa,
        "Budapest showroom".into(),
        120_000_000,
        "HUF",
        &first,
        now(),
    );
    desk.store.add_deal(now(), &deal).unwrap();
    desk
}

#[test]
fn the_board_in_hungarian_sums_each_currency_apart() {
    let _speaking = scoped(Lang::Hu);
    let mut desk = with_a_deal_in_forints();
    desk.act(Action::GoTo(Tab::Deals));
    let call = &desk.state.board[0];
    assert_eq!(call.sum().get("HUF"), 1_200_000.0);
    assert!(
        call.sum().get("ILS") > 0.0,
        "the Call column holds shekels too"
    );
    desk.snapshot("forms_deals_hu");
}

#[test]
fn the_board_in_english_shows_both_currencies() {
    let _speaking = scoped(Lang::En);
    let mut desk = with_a_deal_in_forints();
    desk.act(Action::GoTo(Tab::Deals))
        .snapshot("deals_two_currencies");
}

#[test]
fn a_timeline_in_hungarian() {
    let _speaking = scoped(Lang::Hu);
    let mut desk = Desk::demo();
    desk.open_noa().snapshot("forms_timeline_hu");
}

#[test]
fn a_deal_s_page_in_hungarian() {
    let _speaking = scoped(Lang::Hu);
    let mut desk = with_a_deal_in_forints();
    desk.act(Action::GoTo(Tab::Deals))
        .press(key(KeyCode::Enter));
    desk.snapshot("forms_deal_page_hu");
}
