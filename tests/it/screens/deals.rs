//! Deals as a person sees them: a deal's page, its edit form, the new-deal form, and
//! a board whose config renamed the stages, at 80×24 and 120×40.

use super::{Desk, key, now};
use crossterm::event::KeyCode;
use leadometer::config::Config;
use leadometer::store::Store;
use leadometer::tui::app::{Action, Overlay, Tab};

/// The deal in the Quote column, the demo's with competitors and quotes.
fn on_the_quote_column(desk: &mut Desk) -> &mut Desk {
    desk.act(Action::GoTo(Tab::Deals))
        .press(key(KeyCode::Right))
        .press(key(KeyCode::Right))
}

#[test]
fn a_deal_s_page_then_its_edit_form_then_the_page_again() {
    let mut desk = Desk::demo();
    on_the_quote_column(&mut desk).press(key(KeyCode::Enter));
    let Some(Overlay::Deal(view)) = &desk.state.overlay else {
        panic!("no deal page: {:?}", desk.state.message)
    };
    assert_eq!(view.deal.title, "Walnut kitchen");
    desk.snapshot("deal_page");
    desk.press(key(KeyCode::Char('e')));
    desk.snapshot("deal_edit");
    desk.act(Action::NextField)
        .act(Action::ClearField)
        .type_text("52,000")
        .press(key(KeyCode::Enter));
    let Some(Overlay::Deal(view)) = &desk.state.overlay else {
        panic!("the page is not back: {:?}", desk.state.message)
    };
    assert_eq!(view.deal.amount_minor, 5_200_000);
    assert_eq!(
        desk.state.message.as_deref(),
        Some("Saved the deal \"Walnut kitchen\": amount")
    );
}

#[test]
fn a_deal_moved_then_deleted_from_its_page() {
    let mut desk = Desk::demo();
    on_the_quote_column(&mut desk)
        .press(key(KeyCode::Char('>')))
        .press(key(KeyCode::Enter));
    let Some(Overlay::Deal(view)) = &desk.state.overlay else {
        panic!("no deal page: {:?}", desk.state.message)
    };
    let stages: Vec<Option<&str>> = view.steps.iter().map(|s| s.stage.as_deref()).collect();
    assert_eq!(
        stages,
        [None, Some("Closing")],
        "opened unrecorded, then moved"
    );
    desk.snapshot("deal_page_moved");
    desk.press(key(KeyCode::Char('D')));
    assert_eq!(desk.state.overlay, None);
    assert_eq!(
        desk.state.message.as_deref(),
        Some("Deleted the deal \"Walnut kitchen\" (48000.00 ILS, Closing)")
    );
    let titles: Vec<&str> = desk
        .state
        .board
        .iter()
        .flat_map(|c| c.cards.iter().map(|card| card.deal.title.as_str()))
        .collect();
    assert!(!titles.contains(&"Walnut kitchen"), "{titles:?}");
}

#[test]
fn a_new_deal_for_the_open_contact() {
    let mut desk = Desk::demo();
    desk.open_noa().press(key(KeyCode::Char('d')));
    desk.snapshot("new_deal");
    desk.act(Action::NextField).type_text("12,500");
    for _ in 0..2 {
        desk.act(Action::NextField);
    }
    desk.act(Action::Down).press(key(KeyCode::Enter));
    assert_eq!(desk.state.overlay, None, "{:?}", desk.state.message);
    assert_eq!(
        desk.state.message.as_deref(),
        Some("Deal \"Noa Levi: new deal\" opened for Noa Levi in Meeting")
    );
    let page = desk.state.page.as_ref().unwrap();
    assert!(page.deals.iter().any(|d| d.amount_minor == 1_250_000));
}

/// The demo's stages renamed in the config: the four deals in Call, Meeting and
/// Closing, once hidden, have columns of their own.
#[test]
fn deals_in_stages_the_config_no_longer_has() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.db");
    let built = Config::parse("user = \"Dana\"\nregion = \"IL\"\n").unwrap();
    let mut store = Store::open(&path, &built).unwrap();
    leadometer::store::demo::seed(&mut store, now()).unwrap();
    drop(store);
    let renamed = Config::parse(
        "user = \"Dana\"\nregion = \"IL\"\n\
         [[deals.stages]]\nname = \"Discovery\"\nprobability = 0.1\n\
         [[deals.stages]]\nname = \"Demo\"\nprobability = 0.3\n\
         [[deals.stages]]\nname = \"Quote\"\nprobability = 0.6\n\
         [[deals.stages]]\nname = \"Proposal\"\nprobability = 0.8\n",
    )
    .unwrap();
    let mut desk = Desk::demo();
    desk.store = Store::open(&path, &renamed).unwrap();
    desk.config = renamed;
    desk.act(Action::GoTo(Tab::Deals)).act(Action::Refresh);
    let unknown: Vec<(&str, usize)> = desk
        .state
        .board
        .iter()
        .filter(|c| c.unknown)
        .map(|c| (c.stage.as_str(), c.cards.len()))
        .collect();
    assert_eq!(unknown.len(), 3, "{unknown:?}");
    assert_eq!(unknown.iter().map(|(_, n)| n).sum::<usize>(), 4);
    desk.snapshot("deals_unknown_stages");
    desk.press(key(KeyCode::Char('>')));
    assert!(
        desk.state
            .message
            .as_deref()
            .is_some_and(|m| m.ends_with("moved to Discovery")),
        "{:?}",
        desk.state.message
    );
}
