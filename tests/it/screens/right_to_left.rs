//! Right-to-left text as the desk draws it: a Hebrew message read in full stands on
//! the right of its box in visual order, and Hebrew typed into a field reads as it
//! is typed, the cursor on the letter it is on.

use super::{Desk, key};
use crossterm::event::KeyCode;
use leadometer::domain::bidi::has_rtl;
use leadometer::tui::app::{Action, Overlay};

/// Noa's WhatsApp message in Hebrew, opened in full.
#[test]
fn a_hebrew_message_read_in_full() {
    let mut found = false;
    for down in 0..8 {
        let mut desk = Desk::demo();
        desk.open_noa();
        for _ in 0..down {
            desk.press(key(KeyCode::Down));
        }
        desk.press(key(KeyCode::Enter));
        let hebrew = match &desk.state.overlay {
            Some(Overlay::Entry(view)) => view.item.text.as_deref().is_some_and(has_rtl),
            _ => false,
        };
        if hebrew {
            desk.snapshot("entry_hebrew");
            found = true;
            break;
        }
    }
    assert!(found, "the demo has a Hebrew message on Noa's timeline");
}

/// A Hebrew name typed into the search: drawn right to left as it is typed, the
/// block of the cursor on the left, where the next letter goes.
#[test]
fn hebrew_typed_into_the_search() {
    let mut desk = Desk::demo();
    desk.act(Action::OpenSearch).type_text("מיכל");
    desk.snapshot("search_hebrew");
}
