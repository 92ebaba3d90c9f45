//! The undo lines through `update()`, without a store: which step goes where, and
//! what the status line says.

use super::*;
use crate::tui::app::{Tab, update};
use crate::tui::fixtures::state;

fn step(label: &str) -> Step {
    Step {
        label: label.into(),
        recorded: Recorded::default(),
        deal_id: None,
    }
}

fn saved(message: &str) -> Action {
    Action::Saved {
        message: message.into(),
        contact_id: "a".into(),
    }
}

fn recorded_step(s: &mut State, label: &str) {
    update(
        s,
        Action::Recorded {
            step: Box::new(step(label)),
            then: Box::new(saved(label)),
        },
    );
}

fn reverted(s: &mut State, effects: Vec<Effect>, outcome: Result<Recorded, String>) -> Vec<Effect> {
    let [Effect::Revert { step, direction }] = &effects[..] else {
        panic!("no revert asked: {effects:?}");
    };
    update(
        s,
        Action::Reverted {
            step: step.clone(),
            direction: *direction,
            outcome,
            page_gone: false,
        },
    )
}

#[test]
fn a_label_lowers_the_desks_own_verbs_and_keeps_names() {
    assert_eq!(
        label("Logged call for Noa Levi"),
        "logged call for Noa Levi"
    );
    assert_eq!(label("Noa Levi: nurturing"), "Noa Levi: nurturing");
    assert_eq!(label("Deal \"Kitchen\" opened"), "deal \"Kitchen\" opened");
    assert_eq!(label(""), "");
    // The asides of the moment are not the step's name.
    assert_eq!(label("Added Kiss Anna: c logs the call"), "added Kiss Anna");
    assert_eq!(
        label("Corrected the call for Noa Levi (the earlier version is kept)"),
        "corrected the call for Noa Levi"
    );
}

#[test]
fn undo_takes_the_last_step_and_redo_takes_it_again_naming_it() {
    let mut s = state();
    recorded_step(&mut s, "Logged call for Noa Levi");
    recorded_step(&mut s, "Saved Noa Levi: quality");
    assert_eq!(s.history.next_undo(), Some("Saved Noa Levi: quality"));

    let asked = update(&mut s, Action::Undo);
    let reload = reverted(&mut s, asked, Ok(Recorded::default()));
    assert!(reload.contains(&Effect::LoadInbox), "{reload:?}");
    assert_eq!(s.message.as_deref(), Some("Undid: Saved Noa Levi: quality"));
    assert_eq!(s.history.next_undo(), Some("Logged call for Noa Levi"));
    assert_eq!(s.history.next_redo(), Some("Saved Noa Levi: quality"));

    let asked = update(&mut s, Action::Redo);
    reverted(&mut s, asked, Ok(Recorded::default()));
    assert_eq!(s.message.as_deref(), Some("Redid: Saved Noa Levi: quality"));
    assert_eq!(s.history.next_redo(), None);
}

#[test]
fn a_refused_undo_keeps_the_step_where_it_was_and_says_why() {
    let mut s = state();
    recorded_step(&mut s, "Logged call for Noa Levi");
    let asked = update(&mut s, Action::Undo);
    let effects = reverted(
        &mut s,
        asked,
        Err("the contact's status was changed since".into()),
    );
    assert!(effects.is_empty());
    assert_eq!(
        s.message.as_deref(),
        Some("Cannot undo \"Logged call for Noa Levi\": the contact's status was changed since")
    );
    assert_eq!(s.history.next_undo(), Some("Logged call for Noa Levi"));
    assert_eq!(s.history.next_redo(), None);
}

#[test]
fn a_new_write_empties_the_redo_line() {
    let mut s = state();
    recorded_step(&mut s, "Logged call for Noa Levi");
    let asked = update(&mut s, Action::Undo);
    reverted(&mut s, asked, Ok(Recorded::default()));
    recorded_step(&mut s, "Logged note for Noa Levi");
    assert_eq!(s.history.next_redo(), None);
    assert!(update(&mut s, Action::Redo).is_empty());
    assert_eq!(s.message.as_deref(), Some("Nothing to redo."));
}

#[test]
fn with_nothing_done_undo_says_so() {
    let mut s = state();
    assert!(update(&mut s, Action::Undo).is_empty());
    assert_eq!(
        s.message.as_deref(),
        Some("Nothing to undo in this desk yet.")
    );
}

#[test]
fn the_desk_remembers_a_hundred_steps() {
    let mut s = state();
    for n in 0..DEPTH + 5 {
        recorded_step(&mut s, &format!("Logged note {n}"));
    }
    let mut undone = 0;
    while let [Effect::Revert { .. }] = &update(&mut s, Action::Undo)[..] {
        undone += 1;
    }
    assert_eq!(undone, DEPTH);
}

#[test]
fn undoing_an_added_lead_closes_its_page() {
    let mut s = state();
    s.tab = Tab::Timeline;
    recorded_step(&mut s, "Added Ron Tal: c logs the call");
    let [Effect::Revert { step, direction }] = &update(&mut s, Action::Undo)[..] else {
        panic!("no revert");
    };
    update(
        &mut s,
        Action::Reverted {
            step: step.clone(),
            direction: *direction,
            outcome: Ok(Recorded::default()),
            page_gone: true,
        },
    );
    assert_eq!((s.tab, s.page.is_none()), (Tab::Inbox, true));
}
