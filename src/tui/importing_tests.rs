//! The import dialog, its bar and its summary, driven through `update` alone.

use super::*;
use crate::io::LineError;
use crate::store::ImportCounts;
use crate::tui::app::update;
use chrono::{Duration, FixedOffset, TimeZone, Utc};

fn desk() -> State {
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    State::new(
        "Dana",
        now,
        now + Duration::hours(15),
        FixedOffset::east_opt(0).unwrap(),
    )
}

fn typed(state: &mut State, text: &str) {
    for c in text.chars() {
        update(state, Action::Input(c));
    }
}

fn view(state: &State) -> &ImportView {
    match &state.overlay {
        Some(Overlay::Import(view)) => view,
        other => panic!("no import on screen: {other:?}"),
    }
}

fn report(created: usize) -> ImportReport {
    ImportReport {
        counts: ImportCounts {
            created,
            ..ImportCounts::default()
        },
        ..ImportReport::default()
    }
}

#[test]
fn the_dialog_asks_for_a_file_and_hands_over_what_was_chosen() {
    let mut state = desk();
    update(&mut state, Action::OpenImport);
    let Some(Overlay::Form(form)) = &state.overlay else {
        panic!("the dialog did not open");
    };
    assert_eq!(form.kind, FormKind::Import);
    assert_eq!(form.value("Chat with"), "", "no contact is open");

    assert!(update(&mut state, Action::Open).is_empty(), "no file yet");
    let Some(Overlay::Form(form)) = &state.overlay else {
        panic!("the dialog closed without a file");
    };
    assert_eq!(
        form.error.as_deref(),
        Some("File: say which file to import")
    );

    typed(&mut state, "'/home/dana/My Leads.csv'");
    update(&mut state, Action::NextField);
    update(&mut state, Action::NextField);
    typed(&mut state, "windows-1255");
    update(&mut state, Action::NextField);
    update(&mut state, Action::Down); // Bad rows: skip them
    update(&mut state, Action::NextField);
    update(&mut state, Action::Down); // Dry run: yes
    let effects = update(&mut state, Action::Save);
    assert_eq!(
        effects,
        [Effect::Import(ImportRequest {
            file: "/home/dana/My Leads.csv".into(),
            encoding: Some("windows-1255".into()),
            skip_bad_rows: true,
            dry_run: true,
            ..ImportRequest::default()
        })],
        "quotes a terminal pastes around a path are dropped"
    );
    assert_eq!(view(&state).file, "My Leads.csv");
    assert_eq!(view(&state).stage, Stage::Reading);
}

#[test]
fn the_bar_moves_and_esc_stops_the_import_once() {
    let mut state = desk();
    update(&mut state, Action::OpenImport);
    typed(&mut state, "leads.csv");
    update(&mut state, Action::Save);

    update(
        &mut state,
        Action::ImportProgress(Stage::Storing {
            done: 512,
            total: 2000,
        }),
    );
    assert_eq!(headline(view(&state)), "Importing leads.csv: 512 of 2000");
    assert!(
        update(&mut state, Action::Quit).is_empty(),
        "q is no key here"
    );
    assert!(!state.quit);
    assert_eq!(update(&mut state, Action::Back), [Effect::CancelImport]);
    assert!(update(&mut state, Action::Back).is_empty(), "asked once");
    assert_eq!(headline(view(&state)), "Stopping the import of leads.csv…");

    let effects = update(
        &mut state,
        Action::ImportFinished(Err("stopped before the end; nothing was written".into())),
    );
    assert!(effects.is_empty(), "nothing changed, nothing to reload");
    assert_eq!(
        state.message.as_deref(),
        Some("Nothing imported: stopped before the end; nothing was written")
    );
    update(&mut state, Action::Back);
    assert_eq!(state.overlay, None);
}

#[test]
fn the_summary_reloads_the_desk_only_when_something_was_written() {
    let mut state = desk();
    update(&mut state, Action::OpenImport);
    typed(&mut state, "leads.csv");
    update(&mut state, Action::Save);
    let effects = update(&mut state, Action::ImportFinished(Ok(report(3))));
    assert!(effects.contains(&Effect::LoadInbox), "{effects:?}");
    assert_eq!(
        state.message.as_deref(),
        Some("Imported leads.csv: 3 created, 0 merged, 0 skipped.")
    );
    update(&mut state, Action::Open);
    assert_eq!(state.overlay, None, "Enter closes the summary");

    update(&mut state, Action::OpenImport);
    typed(&mut state, "broken.csv");
    update(&mut state, Action::Save);
    let refused = ImportReport {
        errors: vec![LineError {
            line: 4,
            message: "a quote opened here is never closed".into(),
        }],
        refused: true,
        ..report(0)
    };
    let effects = update(&mut state, Action::ImportFinished(Ok(refused)));
    assert!(!effects.contains(&Effect::LoadInbox), "{effects:?}");
    assert_eq!(
        headline(view(&state)),
        "Nothing imported from broken.csv: 1 bad row"
    );
}

#[test]
fn a_dry_run_says_nothing_was_written() {
    let mut state = desk();
    update(&mut state, Action::OpenImport);
    typed(&mut state, "leads.csv");
    for _ in 0..4 {
        update(&mut state, Action::NextField);
    }
    update(&mut state, Action::Down);
    update(&mut state, Action::Save);
    let effects = update(&mut state, Action::ImportFinished(Ok(report(2))));
    assert!(!effects.contains(&Effect::LoadInbox));
    assert_eq!(
        headline(view(&state)),
        "Dry run of leads.csv: 2 created, 0 merged, 0 skipped. Nothing was written."
    );
}

#[test]
fn enter_hides_a_running_import_so_a_call_can_be_logged_and_the_summary_comes_after() {
    let mut state = desk();
    update(&mut state, Action::OpenImport);
    typed(&mut state, "leads.csv");
    update(&mut state, Action::Save);
    assert!(update(&mut state, Action::Open).is_empty(), "it goes on");
    assert_eq!(state.overlay, None);
    let message = state.message.clone().unwrap_or_default();
    assert!(message.contains("goes on beside the desk"), "{message}");
    update(
        &mut state,
        Action::ImportProgress(Stage::Storing {
            done: 512,
            total: 2000,
        }),
    );
    assert_eq!(state.overlay, None, "progress does not bring the bar back");
    let effects = update(&mut state, Action::ImportFinished(Ok(report(3))));
    assert!(effects.contains(&Effect::LoadInbox), "{effects:?}");
    assert_eq!(state.message, Some(report(3).counts.to_string()));
}

#[test]
fn a_chat_summary_lists_each_sender_and_where_their_messages_went_before_the_warnings() {
    use crate::import::{SenderReport, SenderRole};
    let sender = |name: &str, messages, role, timeline: &str| SenderReport {
        sender: name.into(),
        messages,
        role,
        timeline: timeline.into(),
        why: None,
    };
    let chat = ImportReport {
        senders: vec![
            sender("Dana", 2, SenderRole::You, "Noa Levi"),
            sender("Noa Levi", 3, SenderRole::Contact, "Noa Levi"),
            sender("Gábor Kiss", 1, SenderRole::KnownContact, "Gábor Kiss"),
            sender("Péter", 2, SenderRole::SomeoneElse, "Noa Levi"),
        ],
        warnings: vec!["skipped 2 lines WhatsApp wrote itself".into()],
        chat_with: Some("Noa Levi".into()),
        ..ImportReport::default()
    };
    assert_eq!(
        notes(&chat),
        [
            "Dana (you): 2 messages",
            "Noa Levi: 3 messages",
            "Gábor Kiss (known contact): 1 message on their timeline",
            "Péter: 2 messages kept on Noa Levi's timeline as from Péter",
            "skipped 2 lines WhatsApp wrote itself",
        ]
    );
}
