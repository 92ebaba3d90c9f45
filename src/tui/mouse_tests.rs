//! update() for clicks and the wheel, on every screen and the overlays that take them.

use crate::domain::Contact;
use crate::domain::scoring::RuleHit;
use crate::store::{MatchedOn, SearchHit};
use crate::tui::app::{Action, Effect, Overlay, SearchBox, State, Tab, update};
use crate::tui::entry::EntryView;
use crate::tui::fixtures::*;
use crate::tui::forms::{Form, FormKind};

fn on_board() -> State {
    let mut s = state();
    update(&mut s, Action::GoTo(Tab::Deals));
    update(&mut s, Action::BoardLoaded(board()));
    s
}

fn search_with(names: &[&str]) -> State {
    let mut s = state();
    let hits = names
        .iter()
        .enumerate()
        .map(|(i, name)| SearchHit {
            contact: Contact::new_lead(format!("id-{i}"), name.to_string(), now(), "Dana"),
            matched_on: MatchedOn::Name,
            exact: false,
        })
        .collect();
    s.overlay = Some(Overlay::Search(SearchBox {
        query: "a".into(),
        hits,
        selected: 0,
        ..SearchBox::default()
    }));
    s
}

#[test]
fn a_click_on_an_inbox_lead_selects_it_and_a_second_opens_it() {
    let mut s = state();
    assert!(update(&mut s, Action::Select(2)).is_empty());
    assert_eq!(s.inbox_selected, 2);
    assert_eq!(s.tab, Tab::Inbox);
    let effects = update(&mut s, Action::Select(2));
    assert_eq!(
        s.tab,
        Tab::Timeline,
        "the selected lead clicked again opens"
    );
    assert_eq!(effects, vec![Effect::LoadContact("c".into())]);
}

#[test]
fn a_click_past_the_end_of_a_list_does_nothing() {
    let mut s = state();
    update(&mut s, Action::Select(1));
    update(&mut s, Action::Select(99));
    assert_eq!((s.tab, s.inbox_selected), (Tab::Inbox, 1));
    let mut empty = on_timeline();
    empty.page = None;
    assert!(update(&mut empty, Action::Select(0)).is_empty());
    assert!(empty.overlay.is_none());
}

#[test]
fn a_click_on_a_timeline_entry_selects_it_and_a_second_reads_it() {
    let mut s = on_timeline();
    update(&mut s, Action::Select(1));
    assert_eq!(s.timeline_selected, 1);
    assert!(s.overlay.is_none());
    update(&mut s, Action::Select(1));
    let Some(Overlay::Entry(view)) = &s.overlay else {
        panic!("the entry is open: {:?}", s.overlay);
    };
    assert_eq!(view.item.text.as_deref(), Some("No answer"));
}

#[test]
fn a_click_on_a_card_selects_it_in_its_column_and_a_second_opens_its_page() {
    let mut s = on_board();
    update(&mut s, Action::SelectCard { column: 2, card: 1 });
    assert_eq!((s.board_column, s.board_card), (2, 1));
    update(&mut s, Action::SelectCard { column: 9, card: 0 });
    update(&mut s, Action::SelectCard { column: 0, card: 7 });
    assert_eq!((s.board_column, s.board_card), (2, 1), "no such card");
    let effects = update(&mut s, Action::SelectCard { column: 2, card: 1 });
    assert_eq!(effects, vec![Effect::LoadDeal("Won2".into())]);
    assert_eq!(s.tab, Tab::Deals);
}

#[test]
fn select_on_the_board_is_a_card_of_the_selected_column() {
    let mut s = on_board();
    update(&mut s, Action::Right);
    update(&mut s, Action::Select(1));
    assert_eq!((s.board_column, s.board_card), (1, 1));
}

#[test]
fn a_click_on_a_search_hit_selects_it_and_a_second_opens_the_contact() {
    let mut s = search_with(&["Noa Levi", "Noah Levy", "Dan Nagy"]);
    update(&mut s, Action::Select(2));
    let Some(Overlay::Search(search)) = &s.overlay else {
        panic!("the search box stays open");
    };
    assert_eq!(search.selected, 2);
    let effects = update(&mut s, Action::Select(2));
    assert_eq!(effects, vec![Effect::LoadContact("id-2".into())]);
    assert!(s.overlay.is_none());
}

#[test]
fn a_click_on_a_dialog_field_focuses_it_and_never_saves() {
    let mut s = state();
    update(&mut s, Action::Log(crate::domain::InteractionKind::Call));
    update(&mut s, Action::Select(2));
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("the dialog stays open");
    };
    assert_eq!(form.focus, 2);
    assert!(update(&mut s, Action::Select(2)).is_empty(), "no save");
    assert!(update(&mut s, Action::Select(50)).is_empty());
    assert!(matches!(&s.overlay, Some(Overlay::Form(f)) if f.focus == 2));
}

#[test]
fn a_click_on_a_field_takes_back_the_question_to_discard() {
    let mut s = state();
    s.overlay = Some(Overlay::Form(Form::for_contact(FormKind::Task, "a", "Noa")));
    type_text(&mut s, "Send samples");
    update(&mut s, Action::Back);
    update(&mut s, Action::Select(1));
    assert!(matches!(&s.overlay, Some(Overlay::Form(f)) if !f.confirm_discard && f.focus == 1));
}

#[test]
fn the_wheel_moves_the_inbox_the_timeline_and_the_board() {
    let mut s = state();
    update(&mut s, Action::ScrollDown);
    update(&mut s, Action::ScrollDown);
    assert_eq!(s.inbox_selected, 2);
    update(&mut s, Action::ScrollUp);
    assert_eq!(s.inbox_selected, 1);

    let mut s = on_timeline();
    update(&mut s, Action::ScrollDown);
    assert_eq!(s.timeline_selected, 1);

    let mut s = on_board();
    update(&mut s, Action::ScrollDown);
    assert_eq!(s.board_card, 1);
    update(&mut s, Action::ScrollUp);
    assert_eq!(s.board_card, 0);
}

fn rule(name: &str) -> RuleHit {
    RuleHit {
        name: name.into(),
        points: 5,
        base_points: 5,
        evidence: Vec::new(),
    }
}

#[test]
fn the_arrows_and_the_wheel_scroll_the_scores_rules_and_stop_at_the_last() {
    let mut s = on_timeline();
    if let Some(page) = &mut s.page {
        page.score.rules = (0..12).map(|i| rule(&format!("rule {i}"))).collect();
    }
    update(&mut s, Action::GoTo(Tab::Score));
    update(&mut s, Action::ScrollDown);
    update(&mut s, Action::Down);
    assert_eq!(s.score_scroll, 2);
    assert_eq!(s.timeline_selected, 0, "the timeline stays where it was");
    update(&mut s, Action::PageDown);
    update(&mut s, Action::PageDown);
    assert_eq!(s.score_scroll, 11);
    update(&mut s, Action::ScrollUp);
    assert_eq!(s.score_scroll, 10);
    update(&mut s, Action::PageUp);
    assert_eq!(s.score_scroll, 0);
    let mut other = page("b", "Szabó Ödön");
    other.score.rules = vec![rule("one")];
    update(&mut s, Action::PageDown);
    update(&mut s, Action::ContactLoaded(Box::new(other)));
    assert_eq!(
        s.score_scroll, 0,
        "another contact's rules start at the top"
    );
    update(&mut s, Action::Select(0));
    assert_eq!(s.tab, Tab::Score, "the rules are no list to open");
}

#[test]
fn the_wheel_scrolls_the_help_and_an_entry_and_leaves_a_dialogs_values_alone() {
    let mut s = state();
    update(&mut s, Action::ToggleHelp);
    update(&mut s, Action::ScrollDown);
    update(&mut s, Action::ScrollDown);
    update(&mut s, Action::ScrollUp);
    assert_eq!(s.overlay, Some(Overlay::Help(1)));

    let mut s = on_timeline();
    update(&mut s, Action::Open);
    update(&mut s, Action::ScrollDown);
    assert!(matches!(
        &s.overlay,
        Some(Overlay::Entry(EntryView { scroll: 1, .. }))
    ));

    let mut s = state();
    update(&mut s, Action::Drop);
    let before = s.overlay.clone();
    update(&mut s, Action::ScrollDown);
    update(&mut s, Action::ScrollUp);
    assert_eq!(s.overlay, before, "no reason was chosen by the wheel");
    assert!(update(&mut s, Action::Select(0)).is_empty());
}

#[test]
fn the_wheel_moves_the_search_hits() {
    let mut s = search_with(&["Noa Levi", "Noah Levy"]);
    update(&mut s, Action::ScrollDown);
    update(&mut s, Action::ScrollDown);
    assert!(matches!(&s.overlay, Some(Overlay::Search(b)) if b.selected == 1));
}

#[test]
fn a_click_on_an_account_selects_it_and_a_second_opens_it() {
    let mut s = state();
    update(&mut s, Action::GoTo(Tab::Accounts));
    let account = |id: &str| crate::store::AccountSummary {
        id: id.into(),
        name: format!("Firm {id}"),
        contacts: 1,
        deals: 0,
        total: Default::default(),
    };
    update(
        &mut s,
        Action::AccountsLoaded(vec![account("a"), account("b")]),
    );
    update(&mut s, Action::Select(1));
    assert_eq!((s.accounts.selected, s.accounts.open), (1, false));
    update(&mut s, Action::Select(7));
    assert_eq!(s.accounts.selected, 1, "no such account");
    update(&mut s, Action::Select(1));
    assert!(s.accounts.open, "the selected one again opens it");
}
