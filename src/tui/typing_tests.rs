//! Every editing action on a form field, the search box, the history filter and the
//! notes, through `update` as the keymap sends them; Hebrew and accented text; and a
//! property: no sequence of edits panics or puts the cursor outside the text.

use super::*;
use crate::domain::{Contact, InteractionKind};
use crate::tui::app::{Effect, Overlay, State, update};
use crate::tui::fixtures::{now, page, state};
use crate::tui::forms::{Field, Form};
use proptest::prelude::*;

fn the_form(s: &State) -> &Form {
    match &s.overlay {
        Some(Overlay::Form(form)) => form,
        other => panic!("no form open: {other:?}"),
    }
}

fn focused(s: &State) -> &Field {
    let form = the_form(s);
    &form.fields[form.focus]
}

fn keys(s: &mut State, actions: &[Action]) -> Vec<Effect> {
    actions.iter().flat_map(|a| update(s, a.clone())).collect()
}

fn typed(s: &mut State, text: &str) {
    for c in text.chars() {
        update(s, Action::Input(c));
    }
}

/// The desk with a one-line text field focused (a WhatsApp message's) holding `text`.
fn note_with(text: &str) -> State {
    let mut s = state();
    update(&mut s, Action::Log(InteractionKind::Whatsapp));
    typed(&mut s, text);
    s
}

/// The text as it would read with `|` at the cursor.
fn with_cursor(text: &str, after_cursor: usize) -> String {
    let total = text.chars().count();
    let at = total - after_cursor.min(total);
    let mut shown: String = text.chars().take(at).collect();
    shown.push('|');
    shown.extend(text.chars().skip(at));
    shown
}

fn field_shows(s: &State) -> String {
    let field = focused(s);
    with_cursor(&field.value, field.after_cursor)
}

#[test]
fn the_cursor_moves_by_character_in_hebrew_and_accents() {
    // A line starting in Hebrew reads right to left: "Réka םולש" on the screen, its
    // end on the left. ← and → move as the cursor is seen.
    let mut s = note_with("שלום Réka");
    assert_eq!(field_shows(&s), "שלום Réka|");
    keys(
        &mut s,
        &[
            Action::CursorRight,
            Action::CursorRight,
            Action::CursorRight,
        ],
    );
    assert_eq!(field_shows(&s), "שלום Ré|ka", "é is one character");
    keys(&mut s, &[Action::CursorHome, Action::CursorLeft]);
    assert_eq!(field_shows(&s), "ש|לום Réka");
    keys(&mut s, &[Action::CursorEnd]);
    assert_eq!(field_shows(&s), "שלום Réka|");
    keys(&mut s, &[Action::CursorLeft]);
    assert_eq!(
        field_shows(&s),
        "שלום Réka|",
        "nothing past the end, on the left"
    );
    keys(&mut s, &[Action::CursorHome, Action::CursorRight]);
    assert_eq!(
        field_shows(&s),
        "|שלום Réka",
        "nothing before the start, on the right"
    );
    // A Latin line moves along the order of typing, as before.
    let mut s = note_with("Réka");
    keys(&mut s, &[Action::CursorLeft, Action::CursorLeft]);
    assert_eq!(field_shows(&s), "Ré|ka", "é is one character");
}

#[test]
fn word_moves_stop_at_each_word() {
    let mut s = note_with("Szabó Réka called");
    keys(&mut s, &[Action::WordLeft]);
    assert_eq!(field_shows(&s), "Szabó Réka |called");
    keys(&mut s, &[Action::WordLeft, Action::WordLeft]);
    assert_eq!(field_shows(&s), "|Szabó Réka called");
    keys(&mut s, &[Action::WordRight]);
    assert_eq!(field_shows(&s), "Szabó |Réka called");
}

#[test]
fn typing_and_erasing_happen_at_the_cursor() {
    let mut s = note_with("Noa Levi");
    keys(&mut s, &[Action::WordLeft, Action::CursorLeft]);
    typed(&mut s, " ő");
    assert_eq!(field_shows(&s), "Noa ő| Levi");
    keys(&mut s, &[Action::Erase, Action::Erase]);
    assert_eq!(
        field_shows(&s),
        "Noa| Levi",
        "Backspace erases before the cursor"
    );
    keys(&mut s, &[Action::DeleteForward]);
    assert_eq!(
        field_shows(&s),
        "Noa|Levi",
        "Delete takes the character under it"
    );
    keys(&mut s, &[Action::CursorEnd, Action::DeleteForward]);
    assert_eq!(
        field_shows(&s),
        "NoaLevi|",
        "nothing under the cursor at the end"
    );
    keys(&mut s, &[Action::CursorHome, Action::Erase]);
    assert_eq!(field_shows(&s), "|NoaLevi", "nothing before the start");
}

#[test]
fn ctrl_w_erases_the_word_before_the_cursor_and_ctrl_u_the_field() {
    let mut s = note_with("מיכאל כהן called");
    keys(&mut s, &[Action::WordLeft, Action::DeleteWordBack]);
    assert_eq!(field_shows(&s), "מיכאל |called");
    keys(&mut s, &[Action::DeleteWordBack]);
    assert_eq!(field_shows(&s), "|called");
    keys(&mut s, &[Action::ClearField]);
    assert_eq!(field_shows(&s), "|");
    typed(&mut s, "x");
    assert_eq!(field_shows(&s), "x|");
}

#[test]
fn a_paste_goes_in_at_the_cursor() {
    let mut s = note_with("Asked for list");
    keys(&mut s, &[Action::WordLeft]);
    update(&mut s, Action::Paste("the price ".into()));
    assert_eq!(field_shows(&s), "Asked for the price |list");
}

#[test]
fn a_value_set_from_outside_keeps_the_cursor_at_its_end() {
    let mut s = note_with("");
    if let Some(Overlay::Form(form)) = &mut s.overlay {
        form.fields[0].value = "set by the desk".into();
    }
    typed(&mut s, "!");
    assert_eq!(the_form(&s).value("Text"), "set by the desk!");
}

#[test]
fn a_one_line_field_takes_no_line_break() {
    let mut s = note_with("one");
    keys(&mut s, &[Action::NewLine, Action::Input('\n')]);
    assert_eq!(field_shows(&s), "one|");
    let mut field = Field::new("Name", "a", "");
    field.edit(Edit::End);
    field.edit(Edit::Insert("b\nc"));
    assert_eq!(field.value, "ab c");
}

#[test]
fn choices_still_cycle_and_narrow_as_typed() {
    let mut s = state();
    update(&mut s, Action::Log(InteractionKind::Call));
    keys(&mut s, &[Action::NextField]);
    assert_eq!(the_form(&s).value("Direction"), "out");
    keys(&mut s, &[Action::Down]);
    assert_eq!(the_form(&s).value("Direction"), "in");
    keys(&mut s, &[Action::CursorLeft, Action::Down]);
    assert_eq!(the_form(&s).value("Direction"), "out");
    typed(&mut s, "x");
    assert_eq!(
        focused(&s).typed,
        "outx",
        "a choice puts the cursor at its end"
    );
}

/// The desk with the edit form open on Noa, its notes focused.
fn editing_notes(notes: &str) -> State {
    let mut s = state();
    let mut noa = Contact::new_lead("a".into(), "Noa Levi".into(), now(), "Dana");
    noa.notes = Some(notes.into());
    let mut form = crate::tui::edit_contact::form(&noa, &[]);
    form.focus = form.fields.iter().position(|f| f.multiline).unwrap();
    update(&mut s, Action::EditorLoaded(Box::new(form)));
    s
}

#[test]
fn notes_move_between_lines_and_break_them() {
    let mut s = editing_notes("Kitchen walnut\nשולחן ארוך");
    assert_eq!(focused(&s).cursor(), (1, 10));
    keys(&mut s, &[Action::LineUp]);
    assert_eq!(focused(&s).cursor(), (0, 10));
    keys(&mut s, &[Action::CursorHome, Action::LineDown]);
    assert_eq!(focused(&s).cursor(), (1, 0));
    keys(&mut s, &[Action::WordRight, Action::NewLine]);
    assert_eq!(focused(&s).value, "Kitchen walnut\nשולחן \nארוך");
    assert_eq!(focused(&s).cursor(), (2, 0));
    keys(&mut s, &[Action::Erase]);
    assert_eq!(
        focused(&s).value,
        "Kitchen walnut\nשולחן ארוך",
        "Backspace joins"
    );
    keys(&mut s, &[Action::CursorEnd, Action::DeleteForward]);
    assert_eq!(focused(&s).value, "Kitchen walnut\nשולחן ארוך");
}

#[test]
fn up_on_the_first_line_of_notes_and_down_on_the_last_leave_them() {
    let mut s = editing_notes("one\ntwo");
    let notes = the_form(&s).focus;
    keys(&mut s, &[Action::LineDown]);
    assert_eq!(
        the_form(&s).focus,
        0,
        "the notes are last: on to the first field"
    );
    let mut s = editing_notes("one\ntwo");
    keys(&mut s, &[Action::LineUp, Action::LineUp]);
    assert_eq!(the_form(&s).focus, notes - 1);
}

#[test]
fn the_keymap_sends_the_editing_keys_of_each_box() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let keymap = crate::tui::keymap::Keymap::default();
    let key = |code, modifiers| KeyEvent::new(code, modifiers);
    let none = KeyModifiers::NONE;
    let notes = editing_notes("x");
    assert_eq!(
        keymap.route(&notes, key(KeyCode::Enter, none)),
        Some(Action::NewLine)
    );
    assert_eq!(
        keymap.route(&notes, key(KeyCode::Up, none)),
        Some(Action::LineUp)
    );
    assert_eq!(
        keymap.route(&notes, key(KeyCode::Char('s'), KeyModifiers::CONTROL)),
        Some(Action::Save),
        "the dialog's keys under the notes'"
    );
    let note = note_with("x");
    assert_eq!(
        keymap.route(&note, key(KeyCode::Enter, none)),
        Some(Action::Save)
    );
    let mut search = state();
    update(&mut search, Action::OpenSearch);
    let mut filter = state();
    filter.overlay = Some(Overlay::HistoryFilter(LineInput::new("")));
    let (ctrl, alt) = (KeyModifiers::CONTROL, KeyModifiers::ALT);
    let expected = [
        (key(KeyCode::Left, none), Action::CursorLeft),
        (key(KeyCode::Right, none), Action::CursorRight),
        (key(KeyCode::Home, none), Action::CursorHome),
        (key(KeyCode::Char('e'), ctrl), Action::CursorEnd),
        (key(KeyCode::Char('b'), alt), Action::WordLeft),
        (key(KeyCode::Right, ctrl), Action::WordRight),
        (key(KeyCode::Delete, none), Action::DeleteForward),
        (key(KeyCode::Char('w'), ctrl), Action::DeleteWordBack),
        (key(KeyCode::Char('u'), ctrl), Action::ClearField),
    ];
    for s in [&note, &search, &filter] {
        for (pressed, action) in &expected {
            assert_eq!(
                keymap.route(s, *pressed).as_ref(),
                Some(action),
                "{pressed:?}"
            );
        }
    }
}

#[test]
fn the_search_box_edits_at_its_cursor_and_searches_again_on_a_change() {
    let mut s = state();
    update(&mut s, Action::OpenSearch);
    typed(&mut s, "Szabo Reka");
    let effects = keys(&mut s, &[Action::WordLeft, Action::CursorLeft]);
    assert!(
        effects.is_empty(),
        "a move searches nothing anew: {effects:?}"
    );
    let effects = keys(&mut s, &[Action::Erase]);
    assert_eq!(effects, [Effect::Search("Szab Reka".into())]);
    let effects = keys(&mut s, &[Action::Input('ó')]);
    assert_eq!(effects, [Effect::Search("Szabó Reka".into())]);
    keys(&mut s, &[Action::DeleteForward, Action::DeleteWordBack]);
    let Some(Overlay::Search(search)) = &s.overlay else {
        panic!("the search box closed")
    };
    assert_eq!(with_cursor(&search.query, search.after_cursor), "|Reka");
    let effects = keys(&mut s, &[Action::ClearField]);
    assert_eq!(effects, [Effect::Search(String::new())]);
}

#[test]
fn the_history_filter_edits_at_its_cursor() {
    let mut s = state();
    s.page = Some(page("a", "Noa Levi"));
    update(&mut s, Action::FilterHistory);
    typed(&mut s, "price list");
    keys(&mut s, &[Action::WordLeft, Action::DeleteWordBack]);
    typed(&mut s, "new ");
    keys(&mut s, &[Action::CursorEnd, Action::Erase, Action::Open]);
    assert_eq!(s.history_filter, "new lis");
}

/// What `cursor_line` draws, as text.
fn drawn(line: &str, column: usize, width: usize) -> String {
    cursor_line(line, column, width, &Theme::plain())
        .iter()
        .map(|span| span.content.to_string())
        .collect()
}

#[test]
fn a_long_line_scrolls_to_keep_the_cursor_in_sight() {
    let theme = Theme::plain();
    let line = "0123456789abcdefghij";
    let shown = |column| drawn(line, column, 10);
    assert_eq!(shown(20), "…cdefghij█");
    assert_eq!(shown(15), "…bcdefghij", "the end while the cursor is in it");
    assert_eq!(shown(10), "…89abcdef…", "the cursor a third of the way in");
    assert_eq!(shown(0), "012345678…");
    let all = cursor_line("short", 2, 10, &theme);
    assert_eq!(all[0].content, "sh");
    assert_eq!(
        all[1].content, "o",
        "the character under the cursor, reversed"
    );
    assert_eq!(all[1].style, theme.selected());
}

#[test]
fn controls_from_stored_text_never_reach_the_terminal() {
    let shown = drawn("a\u{1b}[2J\tb\u{202e}", 1, 40);
    assert_eq!(shown, "a\u{FFFD}[2J b\u{FFFD}");
}

fn any_edit() -> impl Strategy<Value = Action> {
    prop_oneof![
        prop::sample::select(vec!['a', 'é', 'ש', ' ', '\n', 'ő', '中']).prop_map(Action::Input),
        prop::sample::select(vec![
            Action::Erase,
            Action::ClearField,
            Action::CursorLeft,
            Action::CursorRight,
            Action::CursorHome,
            Action::CursorEnd,
            Action::WordLeft,
            Action::WordRight,
            Action::DeleteForward,
            Action::DeleteWordBack,
            Action::LineUp,
            Action::LineDown,
            Action::NewLine,
        ]),
        "[a-z שלום\n]{0,6}".prop_map(Action::Paste),
    ]
}

proptest! {
    #[test]
    fn no_sequence_of_edits_panics_or_loses_the_cursor(
        start in "[a-zé שלום\n]{0,12}",
        edits in prop::collection::vec(any_edit(), 0..40),
        multiline in any::<bool>(),
    ) {
        let mut text = start;
        let mut after_cursor = 0;
        for action in &edits {
            let edit = match action {
                Action::Paste(pasted) => Edit::Insert(pasted),
                action => Edit::of(action).expect("an editing action"),
            };
            apply(&mut text, &mut after_cursor, multiline, edit);
            prop_assert!(after_cursor <= text.chars().count());
            let (row, column) = line_and_column(&text, after_cursor);
            let line = text.split('\n').nth(row);
            prop_assert!(line.is_some_and(|l| column <= l.chars().count()));
            for width in [0, 1, 3, 10] {
                drawn(line.unwrap_or_default(), column, width);
            }
        }
        let mut s = editing_notes("");
        for action in edits {
            update(&mut s, action);
        }
    }
}

#[test]
fn a_filled_field_entered_is_selected_and_typing_replaces_it() {
    let mut field = Field::new("Name", "Noa Levi", "");
    field.edit(Edit::Type('D'));
    assert_eq!(field.value, "D", "typing replaces the value as filled");
    field.edit(Edit::Type('a'));
    assert_eq!(field.value, "Da", "then goes on after it");
    let mut field = Field::new("Name", "Noa Levi", "");
    field.edit(Edit::End);
    field.edit(Edit::Insert("-Cohen"));
    assert_eq!(field.value, "Noa Levi-Cohen", "End keeps it to edit");
    let mut field = Field::new("Name", "Noa Levi", "");
    field.edit(Edit::Home);
    field.edit(Edit::Type('>'));
    assert_eq!(
        field.value, ">Noa Levi",
        "Home keeps it too, the cursor at its start"
    );
    let mut field = Field::new("Name", "Noa Levi", "");
    field.edit(Edit::EraseBack);
    assert_eq!(field.value, "", "Backspace empties it");
    let mut field = Field::new("Name", "Noa Levi", "");
    field.edit(Edit::Type('\n'));
    field.edit(Edit::Type('X'));
    assert_eq!(field.value, "X", "a line break refused leaves it selected");
}

#[test]
fn entering_a_field_again_selects_it_again() {
    let mut s = state();
    update(&mut s, Action::Log(crate::domain::InteractionKind::Call));
    let when = the_form(&s)
        .fields
        .iter()
        .position(|f| f.label == "When")
        .unwrap();
    for _ in 0..when {
        update(&mut s, Action::NextField);
    }
    for c in "14:30".chars() {
        update(&mut s, Action::Input(c));
    }
    assert_eq!(the_form(&s).value("When"), "14:30", "not now14:30");
    update(&mut s, Action::NextField);
    update(&mut s, Action::PrevField);
    update(&mut s, Action::Input('9'));
    assert_eq!(the_form(&s).value("When"), "9");
}

/// Hebrew is drawn as it reads while it is typed, and ← and → move as it is seen.
#[test]
fn hebrew_is_typed_right_to_left() {
    // The cursor at the end of a Hebrew line is on its left.
    assert_eq!(drawn("שלום", 4, 20), "█םולש");
    // On its first letter: the rightmost.
    assert_eq!(drawn("שלום", 0, 20), "םולש");
    let mut input = LineInput::new("שלום");
    // From the end (the left), → goes to the last letter typed, on its right.
    input.apply(Edit::Right);
    assert_eq!(input.after_cursor, 1);
    input.apply(Edit::Left);
    assert_eq!(input.after_cursor, 0);
    // A Latin line moves as before.
    let mut latin = LineInput::new("ab");
    latin.apply(Edit::Left);
    assert_eq!(latin.after_cursor, 1);
}
