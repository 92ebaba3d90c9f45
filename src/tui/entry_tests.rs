//! The entry view through `update()`: opening, scrolling, editing, deleting, versions.

use super::*;
use crate::tui::app::{Tab, update};
use crate::tui::fixtures::*;

/// The Timeline of Noa Levi, with the second entry (the call) selected.
fn on_the_call() -> State {
    let mut s = state();
    update(
        &mut s,
        Action::ContactLoaded(Box::new(page("a", "Noa Levi"))),
    );
    s.tab = Tab::Timeline;
    update(&mut s, Action::Down);
    s
}

fn view(s: &State) -> &EntryView {
    match &s.overlay {
        Some(Overlay::Entry(view)) => view,
        other => panic!("no entry open: {other:?}"),
    }
}

#[test]
fn enter_opens_the_selected_entry_which_scrolls_and_closes() {
    let mut s = on_the_call();
    assert!(update(&mut s, Action::Open).is_empty());
    assert_eq!(view(&s).item.text.as_deref(), Some("No answer"));
    assert_eq!(view(&s).contact_name, "Noa Levi");
    update(&mut s, Action::PageDown);
    update(&mut s, Action::Up);
    assert_eq!(view(&s).scroll, 9);
    update(&mut s, Action::Back);
    assert_eq!(s.overlay, None);
}

#[test]
fn enter_on_an_empty_timeline_says_why() {
    let mut s = on_the_call();
    s.history_filter = "nothing like this".into();
    update(&mut s, Action::Open);
    assert_eq!(s.overlay, None);
    assert_eq!(s.message.as_deref(), Some(crate::tui::actions::NO_ENTRY));
}

#[test]
fn edit_opens_a_form_prefilled_and_saving_sends_it() {
    let mut s = on_the_call();
    update(&mut s, Action::Open);
    update(&mut s, Action::EditEntry);
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("no form: {:?}", s.overlay);
    };
    assert_eq!(form.kind, FormKind::Correct(InteractionKind::Call));
    assert_eq!(form.value("Text"), "No answer");
    assert_eq!(form.shown.as_deref(), Some("call-60"));
    let labels: Vec<_> = form.fields.iter().map(|f| f.label).collect();
    assert_eq!(labels, ["Text", "Direction", "Outcome", "Duration", "When"]);
    let effects = update(&mut s, Action::Save);
    assert!(
        matches!(&effects[..], [Effect::SaveForm(f)] if f.kind == FormKind::Correct(InteractionKind::Call))
    );
    update(
        &mut s,
        Action::Saved {
            message: "Corrected the call".into(),
            contact_id: "a".into(),
        },
    );
    assert_eq!(s.overlay, None, "the timeline reloads");
}

#[test]
fn delete_takes_the_entry_off_at_once_since_u_brings_it_back() {
    let mut s = on_the_call();
    update(&mut s, Action::Open);
    let effects = update(&mut s, Action::DeleteEntry);
    assert_eq!(
        effects,
        [Effect::RetractEntry {
            id: "call-60".into(),
            contact_id: "a".into()
        }]
    );
}

#[test]
fn versions_load_and_toggle_back_and_are_refused_for_an_uncorrected_entry() {
    let mut s = on_the_call();
    update(&mut s, Action::Open);
    update(&mut s, Action::ShowVersions);
    assert_eq!(s.message.as_deref(), Some(NEVER_CORRECTED));
    let Some(Overlay::Entry(view)) = &mut s.overlay else {
        panic!()
    };
    view.item.supersedes = Some("call-0".into());
    let effects = update(&mut s, Action::ShowVersions);
    assert_eq!(effects, [Effect::LoadVersions("call-60".into())]);
    let versions = vec![view_item(&s), view_item(&s)];
    update(&mut s, Action::VersionsLoaded(versions));
    assert_eq!(self::view(&s).versions.as_ref().map(Vec::len), Some(2));
    update(&mut s, Action::ShowVersions);
    assert_eq!(self::view(&s).versions, None);
}

#[test]
fn an_automatic_event_is_neither_edited_nor_deleted() {
    let mut s = on_the_call();
    update(&mut s, Action::Open);
    let Some(Overlay::Entry(view)) = &mut s.overlay else {
        panic!()
    };
    view.item.kind = InteractionKind::Event;
    update(&mut s, Action::EditEntry);
    assert_eq!(s.message.as_deref(), Some(AUTOMATIC_EDIT));
    assert!(update(&mut s, Action::DeleteEntry).is_empty());
    assert_eq!(s.message.as_deref(), Some(AUTOMATIC_DELETE));
}

fn view_item(s: &State) -> Interaction {
    view(s).item.clone()
}

#[test]
fn undo_closes_the_entry_so_that_what_it_took_back_is_not_shown() {
    let mut s = on_the_call();
    update(&mut s, Action::Open);
    assert!(s.overlay.is_some());
    update(&mut s, Action::Undo);
    assert_eq!(s.overlay, None);
    assert_eq!(
        s.message.as_deref(),
        Some("Nothing to undo in this desk yet.")
    );
}
