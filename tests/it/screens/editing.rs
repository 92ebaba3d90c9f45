//! Dialogs driven by the keys a person presses: a save key rebound in the config,
//! the contact's edit form, an entry read in full, deleted, corrected, and a long
//! line scrolled around the cursor. Drawn as the parent module draws every screen.

use super::{Desk, now};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use leadometer::config::Config;
use leadometer::domain::InteractionKind;
use leadometer::tui::app::{Action, Overlay};
use leadometer::tui::keymap::Keymap;

/// Saving rebound to F2 in the dialogs' layer: the footer and the status bar say
/// F2, F2 saves, and Ctrl-S and Enter no longer do.
#[test]
fn a_dialog_saved_with_a_rebound_key() {
    let mut desk = Desk::demo();
    let config = Config::parse("[keys.form]\nsave = \"f2\"\n").unwrap();
    let (keymap, problems) = Keymap::with_overrides(&config.keys);
    assert!(problems.is_empty(), "{problems:?}");
    desk.keymap = keymap;
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    desk.open_noa().press(key(KeyCode::Char('c')));
    for c in "Agreed on quartz".chars() {
        desk.press(key(KeyCode::Char(c)));
    }
    desk.press(key(KeyCode::Enter))
        .press(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert!(
        desk.state.overlay.is_some(),
        "Enter and Ctrl-S no longer save"
    );
    desk.snapshot("log_call_saved_with_f2");
    desk.press(key(KeyCode::F(2)));
    assert_eq!(desk.state.overlay, None);
    assert_eq!(
        desk.state.message.as_deref(),
        Some("Logged call for Noa Levi")
    );
}

/// Focus on the edit form's field with this label.
fn focus_field(desk: &mut Desk, label: &str) {
    let Some(Overlay::Form(form)) = &desk.state.overlay else {
        panic!("no form open");
    };
    let steps = form.fields.iter().position(|f| f.label == label).unwrap();
    for _ in 0..steps {
        desk.act(Action::NextField);
    }
}

#[test]
fn edit_contact_form() {
    let mut desk = Desk::demo();
    desk.open_noa().act(Action::EditContact);
    desk.snapshot("edit_contact");
    focus_field(&mut desk, "Notes");
    desk.type_text("\nCall after the site visit");
    desk.snapshot("edit_contact_notes");
}

#[test]
fn edit_contact_owner_narrowed_as_typed() {
    let mut desk = Desk::demo();
    desk.open_noa().act(Action::EditContact);
    focus_field(&mut desk, "Owner");
    for _ in 0.."Dana".len() {
        desk.act(Action::Erase);
    }
    desk.type_text("a").snapshot("edit_contact_owner");
}

#[test]
fn edit_contact_saves_and_shows_a_change_made_meanwhile() {
    let mut desk = Desk::demo();
    desk.open_noa().act(Action::EditContact);
    for _ in 0.."Noa Levi".len() {
        desk.act(Action::Erase);
    }
    desk.type_text("Noa Cohen");
    let id = desk.state.page.as_ref().unwrap().contact.id.clone();
    desk.store
        .edit_contact(now(), &id, |_, c| {
            c.name = "Noa Levi-Cohen".into();
            Ok(())
        })
        .unwrap();
    desk.act(Action::Save);
    desk.snapshot("edit_contact_meanwhile");
    desk.act(Action::Save);
    assert_eq!(desk.state.overlay, None, "saved again, knowingly");
    let page = desk.state.page.as_ref().unwrap();
    assert_eq!(page.contact.name, "Noa Cohen");
    assert_eq!(desk.state.message.as_deref(), Some("Saved Noa Cohen: name"));
}

pub(crate) fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn an_entry_in_full_then_deleted_at_once_and_brought_back() {
    let mut desk = Desk::demo();
    desk.open_noa()
        .press(key(KeyCode::Down))
        .press(key(KeyCode::Enter));
    assert!(matches!(desk.state.overlay, Some(Overlay::Entry(_))));
    desk.snapshot("entry");
    desk.press(key(KeyCode::Char('d')));
    assert_eq!(desk.state.overlay, None);
    assert_eq!(
        desk.state.message.as_deref(),
        Some("Deleted the email for Noa Levi")
    );
    desk.snapshot("entry_deleted");
    desk.press(key(KeyCode::Char('u')));
    assert_eq!(
        desk.state.message.as_deref(),
        Some("Undid: deleted the email for Noa Levi")
    );
}

#[test]
fn an_entry_corrected_from_the_desk_shows_its_versions() {
    let mut desk = Desk::demo();
    desk.open_noa()
        .press(key(KeyCode::Down))
        .press(key(KeyCode::Enter))
        .press(key(KeyCode::Char('e')));
    desk.snapshot("entry_edit");
    // The text is selected on entering it: End keeps it, to add to it.
    desk.press(key(KeyCode::End))
        .type_text(" (corrected)")
        .press(key(KeyCode::Enter));
    assert_eq!(desk.state.overlay, None, "{:?}", desk.state.message);
    desk.press(key(KeyCode::Enter))
        .press(key(KeyCode::Char('v')));
    desk.snapshot("entry_versions");
}

#[test]
fn a_long_line_scrolls_around_the_cursor() {
    let mut desk = Desk::demo();
    desk.open_noa().act(Action::Log(InteractionKind::Note));
    desk.type_text("Szabó Réka asked for the walnut table, the oak chairs and a quote by Friday");
    for action in [Action::CursorHome, Action::WordRight, Action::WordRight] {
        desk.act(action);
    }
    desk.snapshot("note_cursor_in_a_long_line");
}
