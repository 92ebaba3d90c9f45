//! update() with a paste: into a one-line field, notes, the search box, the history
//! filter; and on a screen, where it must do nothing at all.

use super::*;
use crate::domain::{Contact, InteractionKind};
use crate::tui::app::{Action, Tab, update};
use crate::tui::fixtures::{now, page, state};
use crate::tui::forms::Form;
use crate::tui::typing::LineInput;

fn paste(s: &mut State, text: &str) -> Vec<Effect> {
    update(s, Action::Paste(text.into()))
}

fn the_form(s: &State) -> &Form {
    match &s.overlay {
        Some(Overlay::Form(form)) => form,
        other => panic!("no form open: {other:?}"),
    }
}

/// The desk with the edit form open on Noa, its notes focused.
fn editing_notes() -> State {
    let mut s = state();
    let mut noa = Contact::new_lead("a".into(), "Noa Levi".into(), now(), "Dana");
    noa.notes = Some("Kitchen".into());
    let mut form = crate::tui::edit_contact::form(&noa, &[]);
    form.focus = form.fields.iter().position(|f| f.multiline).unwrap();
    update(&mut s, Action::EditorLoaded(Box::new(form)));
    s
}

#[test]
fn a_paste_into_a_one_line_field_joins_its_lines() {
    let mut s = state();
    update(&mut s, Action::Log(InteractionKind::Whatsapp));
    let effects = paste(&mut s, "Asked for\r\nthe price\rlist\n\tand a call\n");
    assert!(effects.is_empty(), "nothing saved: {effects:?}");
    let form = the_form(&s);
    assert_eq!(form.value("Text"), "Asked for the price list and a call");
    assert_eq!(form.fields[0].typed, form.fields[0].value);
    assert_eq!(s.message, None);
}

#[test]
fn a_paste_keeps_the_space_it_starts_with() {
    let mut s = state();
    update(&mut s, Action::Log(InteractionKind::Whatsapp));
    for c in "hello".chars() {
        update(&mut s, Action::Input(c));
    }
    paste(&mut s, " world\n");
    assert_eq!(the_form(&s).value("Text"), "hello world");
}

#[test]
fn a_paste_into_a_logged_note_keeps_its_lines() {
    let mut s = state();
    update(&mut s, Action::Log(InteractionKind::Note));
    let effects = paste(&mut s, "Wants walnut\r\nand a quote by Friday");
    assert!(effects.is_empty(), "nothing saved: {effects:?}");
    assert_eq!(
        the_form(&s).value("Text"),
        "Wants walnut\nand a quote by Friday"
    );
}

#[test]
fn a_paste_into_notes_keeps_its_lines() {
    let mut s = editing_notes();
    let effects = paste(&mut s, "\r\nwalnut\r\noak\rpine");
    assert!(effects.is_empty(), "nothing saved: {effects:?}");
    let form = the_form(&s);
    assert_eq!(form.fields[form.focus].value, "Kitchen\nwalnut\noak\npine");
}

#[test]
fn escape_sequences_and_controls_are_removed() {
    let mut s = state();
    update(&mut s, Action::Log(InteractionKind::Whatsapp));
    paste(
        &mut s,
        "\x1b[31mred\x1b[0m\x07 \x1b]0;title\x07bell\u{202e}x",
    );
    assert_eq!(the_form(&s).value("Text"), "red bellx");
    let mut s = editing_notes();
    paste(&mut s, "\n\x1b[2Jone\x00\ntwo\x1b[201~");
    let form = the_form(&s);
    assert_eq!(form.fields[form.focus].value, "Kitchen\none\ntwo");
}

#[test]
fn a_paste_into_search_runs_the_search() {
    let mut s = state();
    update(&mut s, Action::OpenSearch);
    let effects = paste(&mut s, "054-490\n0148\n");
    assert_eq!(effects, [Effect::Search("054-490 0148".into())]);
    let Some(Overlay::Search(search)) = &s.overlay else {
        panic!("the search closed");
    };
    assert_eq!(search.query, "054-490 0148");
}

#[test]
fn a_paste_into_the_history_filter_types_it() {
    let mut s = state();
    update(&mut s, Action::GoTo(Tab::Timeline));
    update(
        &mut s,
        Action::ContactLoaded(Box::new(page("a", "Noa Levi"))),
    );
    update(&mut s, Action::FilterHistory);
    paste(&mut s, "price\r\nlist");
    assert_eq!(
        s.overlay,
        Some(Overlay::HistoryFilter(LineInput::new("price list")))
    );
}

#[test]
fn a_paste_on_a_screen_does_nothing_but_say_so() {
    for tab in Tab::ALL {
        let mut s = state();
        update(&mut s, Action::GoTo(tab));
        let before = s.clone();
        let effects = paste(&mut s, "D\rX\r\x13cq");
        assert!(effects.is_empty(), "{tab:?}: {effects:?}");
        assert_eq!(s.message.as_deref(), Some(NO_FIELD));
        s.message = before.message.clone();
        assert_eq!(s, before, "{tab:?}: nothing else changed");
    }
}

#[test]
fn a_paste_of_d_and_enter_on_the_inbox_drops_and_saves_nothing() {
    let mut s = state();
    let effects = paste(&mut s, "D\r");
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(s.overlay, None, "no drop dialog opened");
    assert!(!s.quit);
}

#[test]
fn a_paste_into_a_picker_or_the_help_does_nothing() {
    let mut s = state();
    update(&mut s, Action::ToggleHelp);
    let before = s.overlay.clone();
    assert!(paste(&mut s, "q\r").is_empty());
    assert_eq!(s.overlay, before);
    assert_eq!(s.message.as_deref(), Some(NO_FIELD));
    let mut s = state();
    let reach = Form::reach("a", "Noa Levi", vec!["WhatsApp: https://wa.me/1".into()]);
    s.overlay = Some(Overlay::Form(reach));
    assert!(paste(&mut s, "\r").is_empty(), "no link opened");
    assert_eq!(s.message.as_deref(), Some(NO_FIELD));
}

#[test]
fn a_long_paste_is_cut_between_characters_and_says_so() {
    let mut s = state();
    update(&mut s, Action::OpenSearch);
    let long = "שלום 👋🏽 ".repeat(LINE_BYTES);
    let effects = paste(&mut s, &long);
    let Some(Overlay::Search(search)) = &s.overlay else {
        panic!("the search closed");
    };
    assert!(search.query.len() <= LINE_BYTES && search.query.len() > LINE_BYTES - 8);
    assert_eq!(effects, [Effect::Search(search.query.clone())]);
    assert!(s.message.as_deref().unwrap().starts_with("Pasted "));
    let mut s = editing_notes();
    paste(&mut s, &"line\r\n".repeat(TEXT_BYTES));
    let form = the_form(&s);
    assert!(form.fields[form.focus].value.len() <= TEXT_BYTES);
    assert!(s.message.is_some());
}

#[test]
fn a_paste_of_nothing_but_controls_changes_nothing() {
    let mut s = state();
    update(&mut s, Action::OpenSearch);
    assert!(paste(&mut s, "\x1b[A\r\n\x7f").is_empty());
    assert_eq!(s.overlay, Some(Overlay::Search(Default::default())));
}
