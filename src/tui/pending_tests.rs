//! Kept saves as update() sees them: no store, no clock but the ticks'.

use super::*;
use crate::domain::InteractionKind;
use crate::tui::app::{Action, update};
use crate::tui::forms::Form;
use chrono::{Duration, FixedOffset, TimeZone};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap()
}

fn state() -> State {
    State::new(
        "Dana",
        now(),
        now() + Duration::hours(15),
        FixedOffset::east_opt(0).unwrap(),
    )
}

fn call_for(name: &str, text: &str) -> PendingSave {
    let mut form = Form::for_contact(FormKind::Log(InteractionKind::Call), "c-1", name);
    for field in &mut form.fields {
        if field.label == "Text" {
            field.value = text.into();
        }
    }
    PendingSave::new(Effect::SaveForm(form), now())
}

fn tick(state: &mut State, after_ms: i64) -> Vec<Effect> {
    let at = now() + Duration::milliseconds(after_ms);
    update(
        state,
        Action::Tick {
            now: at,
            day_ends: at + Duration::hours(15),
        },
    )
}

fn retried(effects: &[Effect]) -> Vec<PendingSave> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::RetrySave(save) => Some(save.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_save_meeting_a_held_file_closes_its_form_and_says_it_will_be_saved() {
    let mut s = state();
    let first = call_for("Noa Levi", "first");
    let Effect::SaveForm(form) = &*first.write else {
        unreachable!()
    };
    s.overlay = Some(Overlay::Form(form.clone()));
    update(&mut s, Action::Pending(PendingEvent::Waiting(first)));
    assert_eq!(s.overlay, None);
    assert_eq!(s.pending.len(), 1);
    let message = s.message.clone().unwrap_or_default();
    assert!(
        message.contains("the call for Noa Levi will be saved"),
        "{message}"
    );
}

#[test]
fn kept_saves_are_tried_again_on_ticks_and_land_in_the_order_made() {
    let mut s = state();
    let (first, second) = (call_for("Noa Levi", "first"), call_for("Dvir", "second"));
    update(
        &mut s,
        Action::Pending(PendingEvent::Waiting(first.clone())),
    );
    update(
        &mut s,
        Action::Pending(PendingEvent::Waiting(second.clone())),
    );
    assert_eq!(retried(&tick(&mut s, 0)), vec![first.clone()]);
    // Each try may hold the desk a moment: not again within the second.
    assert_eq!(retried(&tick(&mut s, 400)), []);
    update(
        &mut s,
        Action::Pending(PendingEvent::StillWaiting(first.clone())),
    );
    assert_eq!(retried(&tick(&mut s, 1000)), vec![first.clone()]);

    let effects = update(
        &mut s,
        Action::Pending(PendingEvent::Landed {
            message: "Logged call for Noa Levi".into(),
        }),
    );
    assert_eq!(
        s.message.as_deref(),
        Some("Saved: Logged call for Noa Levi")
    );
    assert!(effects.contains(&Effect::LoadInbox), "{effects:?}");
    assert_eq!(retried(&effects), [second]);
    let effects = update(
        &mut s,
        Action::Pending(PendingEvent::Landed {
            message: "Logged call for Dvir".into(),
        }),
    );
    assert_eq!(retried(&effects), []);
    assert!(s.pending.is_empty());
    assert_eq!(retried(&tick(&mut s, 5000)), []);
}

#[test]
fn what_is_left_of_a_save_replaces_it_at_the_head_of_the_line() {
    let mut s = state();
    update(
        &mut s,
        Action::Pending(PendingEvent::Waiting(call_for("Noa Levi", "first"))),
    );
    let follow_up = PendingSave::new(
        Effect::SaveForm(Form::for_contact(FormKind::Task, "c-1", "Noa Levi")),
        now(),
    );
    update(
        &mut s,
        Action::Pending(PendingEvent::StillWaiting(follow_up.clone())),
    );
    assert_eq!(retried(&tick(&mut s, 0)), [follow_up]);
}

#[test]
fn quitting_waits_for_kept_saves_unless_asked_again() {
    let mut s = state();
    update(
        &mut s,
        Action::Pending(PendingEvent::Waiting(call_for("Noa Levi", "first"))),
    );
    update(&mut s, Action::Quit);
    assert!(!s.quit, "a kept save would be lost");
    let message = s.message.clone().unwrap_or_default();
    assert!(message.contains("1 save waits"), "{message}");
    update(
        &mut s,
        Action::Pending(PendingEvent::Landed {
            message: "Logged call for Noa Levi".into(),
        }),
    );
    assert!(s.quit, "the desk closes once the save landed");

    let mut s = state();
    update(
        &mut s,
        Action::Pending(PendingEvent::Waiting(call_for("Noa Levi", "first"))),
    );
    update(&mut s, Action::Quit);
    update(&mut s, Action::Quit);
    assert!(s.quit, "asked twice, the desk closes now");
}

#[test]
fn a_kept_save_refused_after_the_wait_brings_its_form_back_with_the_reason() {
    let mut s = state();
    let first = call_for("Noa Levi", "first");
    update(
        &mut s,
        Action::Pending(PendingEvent::Waiting(first.clone())),
    );
    update(&mut s, Action::Quit);
    update(
        &mut s,
        Action::Pending(PendingEvent::Refused {
            save: first,
            message: "no contact matches \"c-1\"".into(),
        }),
    );
    assert!(!s.quit, "the refusal is shown before the desk closes");
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("the form is not back: {:?}", s.overlay)
    };
    assert_eq!(form.value("Text"), "first");
    assert_eq!(form.error.as_deref(), Some("no contact matches \"c-1\""));
    let message = s.message.clone().unwrap_or_default();
    assert!(
        message.starts_with("Could not save the call for Noa Levi: "),
        "{message}"
    );
}
