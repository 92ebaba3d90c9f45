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

/// The whole screen as text, at `width` × `height`.
fn screen(desk: &Desk, width: u16, height: u16) -> String {
    use leadometer::tui::draw::{Chrome, draw};
    let config = leadometer::config::Config::parse("user = \"Dana\"\nregion = \"IL\"\n").unwrap();
    let keymap = leadometer::tui::keymap::Keymap::default();
    let chrome = Chrome {
        keymap: &keymap,
        theme: leadometer::tui::theme::Theme::plain(),
        file: "demo.db",
        thresholds: leadometer::tui::runtime::thresholds(&config),
        hits: Default::default(),
    };
    let backend = ratatui::backend::TestBackend::new(width, height);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal
        .draw(|frame| draw(frame, &desk.state, &chrome))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..height {
        for x in 0..width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

#[test]
fn the_help_names_every_action_as_the_config_does() {
    let mut desk = Desk::demo();
    desk.act(Action::ToggleHelp);
    let shown = screen(&desk, 160, 400);
    for binding in &leadometer::tui::keymap::Keymap::default().bindings {
        let named = format!(" {} ", binding.name);
        assert!(
            shown.lines().any(|line| line.contains(&named)),
            "{} is not named in the help",
            binding.name
        );
    }
    assert!(shown.contains("[keys.form]") && shown.contains("[keys.picker]"));
}

#[test]
fn one_more_line_of_notes_is_one_line() {
    let mut desk = Desk::demo();
    let noa = desk.store.resolve_contact("054-490-0148").unwrap().0;
    desk.store
        .edit_contact(crate::screens::now(), &noa.id, |_, c| {
            c.notes = Some("Kitchen\nWalnut fronts\nQuartz top".into());
            Ok(())
        })
        .unwrap();
    desk.act(Action::Refresh)
        .open_noa()
        .press(key(KeyCode::Char('E')));
    let shown = screen(&desk, 120, 60);
    assert!(shown.contains("… 1 more line "), "{shown}");
}

#[test]
fn a_message_is_cleared_by_going_to_another_screen() {
    let mut desk = Desk::demo();
    desk.open_noa()
        .act(Action::Log(leadometer::domain::InteractionKind::Note))
        .type_text("Prefers evenings")
        .act(Action::Save);
    assert_eq!(
        desk.state.message.as_deref(),
        Some("Logged note for Noa Levi")
    );
    desk.press(key(KeyCode::Down));
    assert!(
        desk.state.message.is_some(),
        "moving on the same screen keeps it"
    );
    desk.press(key(KeyCode::Char('3')));
    assert_eq!(desk.state.tab, Tab::Deals);
    assert_eq!(
        desk.state.message, None,
        "another screen: the message is gone"
    );
    // An undo's message is said on the screen it leaves you on, and stays there.
    desk.press(key(KeyCode::Char('u')));
    assert!(desk.state.message.as_deref().unwrap().starts_with("Undid"));
}

#[test]
fn the_boards_selection_follows_a_moved_deal_through_undo_and_redo() {
    let mut desk = Desk::demo();
    desk.press(key(KeyCode::Char('3')));
    let deal = desk.state.selected_card().unwrap().deal.id.clone();
    let column = desk.state.board_column;
    desk.press(key(KeyCode::Char('>')));
    assert_eq!(
        desk.state.selected_card().unwrap().deal.id,
        deal,
        "after the move"
    );
    assert_eq!(desk.state.board_column, column + 1);
    // Elsewhere on the board before the undo: the selection comes back to the deal.
    desk.press(key(KeyCode::Right)).press(key(KeyCode::Right));
    assert_ne!(desk.state.board_column, column + 1);
    desk.press(key(KeyCode::Char('u')));
    assert_eq!(
        desk.state.selected_card().unwrap().deal.id,
        deal,
        "after the undo"
    );
    assert_eq!(desk.state.board_column, column);
    desk.press(key(KeyCode::Right))
        .press(key(KeyCode::Right))
        .press(key(KeyCode::Right));
    desk.press(key(KeyCode::Char('U')));
    assert_eq!(
        desk.state.selected_card().unwrap().deal.id,
        deal,
        "after the redo"
    );
    assert_eq!(desk.state.board_column, column + 1);
}
