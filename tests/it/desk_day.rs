//! What a day of use found on the desk (issue 25), each driven as a person would:
//! the reach picker, choice fields, quality and flags, the status line, prefilled
//! fields, plurals.

use crate::screens::Desk;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use leadometer::tui::app::{Action, Overlay, Tab};
use leadometer::tui::forms::Form;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn form(desk: &Desk) -> &Form {
    match &desk.state.overlay {
        Some(Overlay::Form(form)) => form,
        other => panic!("no dialog open: {other:?}"),
    }
}

fn reach_choices(desk: &Desk) -> Vec<String> {
    form(desk).fields[0].choices.clone()
}

/// Moves the Inbox's selection onto the lead named `name`.
fn select_in_inbox(desk: &mut Desk, name: &str) {
    for _ in 0..50 {
        if desk.state.current_contact().is_some_and(|(_, n)| n == name) {
            return;
        }
        desk.act(Action::Down);
    }
    panic!("{name} is not in the inbox");
}

#[test]
fn the_inbox_and_the_timeline_offer_the_same_ways_to_reach() {
    let mut desk = Desk::demo();
    select_in_inbox(&mut desk, "Noa Levi");
    desk.press(key(KeyCode::Char('o')));
    let from_inbox = reach_choices(&desk);
    desk.act(Action::Back);
    desk.open_noa().press(key(KeyCode::Char('o')));
    let from_timeline = reach_choices(&desk);
    assert_eq!(from_inbox, from_timeline);
    assert_eq!(
        from_inbox,
        [
            "WhatsApp chat: https://wa.me/972544900148",
            "Phone call: tel:+972544900148",
            "Text message: sms:+972544900148",
            "New email: mailto:noa@levi-design.co.il",
        ]
    );
}

#[test]
fn a_choice_field_takes_only_its_own_keys() {
    let mut desk = Desk::demo();
    desk.open_noa().press(key(KeyCode::Char('o')));
    let link = form(&desk).value("Open").to_string();
    desk.press(key(KeyCode::Char('y')))
        .act(Action::Input('y'))
        .act(Action::Paste("y".into()))
        .act(Action::Erase)
        .act(Action::ClearField);
    assert_eq!(
        form(&desk).value("Open"),
        link,
        "nothing typed reaches the link"
    );
    // The import's yes-or-no: a letter picks the choice it starts, nothing else.
    desk.act(Action::Back).act(Action::OpenImport);
    let dry_run = form(&desk)
        .fields
        .iter()
        .position(|f| f.label == "Dry run")
        .unwrap();
    for _ in 0..dry_run {
        desk.act(Action::NextField);
    }
    desk.type_text("x");
    assert_eq!(form(&desk).value("Dry run"), "no");
    desk.type_text("y");
    assert_eq!(form(&desk).value("Dry run"), "yes");
}

#[test]
fn esc_after_moving_in_the_reach_picker_closes_it_without_asking() {
    let mut desk = Desk::demo();
    desk.open_noa()
        .press(key(KeyCode::Char('o')))
        .press(key(KeyCode::Down))
        .press(key(KeyCode::Down))
        .press(key(KeyCode::Up))
        .press(key(KeyCode::Esc));
    assert_eq!(desk.state.overlay, None, "nothing was typed: no question");
    assert_eq!(desk.state.tab, Tab::Timeline);
}
