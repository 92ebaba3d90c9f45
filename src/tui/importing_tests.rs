//! The import dialog, its bar and its summary, driven through `update` alone.

use super::*;
use crate::io::LineError;
use crate::store::ImportCounts;
use crate::tui::app::update;
use crate::tui::forms::Form;
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
    typed(&mut state, "Péter");
    update(&mut state, Action::NextField);
    update(&mut state, Action::Up); // Dates: year first
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
            sender: Some("Péter".into()),
            date_order: Some(DateOrder::Ymd),
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
        Action::ImportFinished(Err(ImportFailure::Failed(
            "stopped before the end; nothing was written".into(),
        ))),
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
    for _ in 0..6 {
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

/// What the import of `file` says when its every date reads either way.
fn ambiguous(file: &str, asked: ImportRequest) -> Action {
    Action::ImportFinished(Err(ImportFailure::DateOrder {
        needed: DateOrderNeeded {
            file: file.into(),
            dates: AmbiguousDates {
                line: 3,
                date: "01/02/2024".into(),
                numbers: [1, 2],
            },
        },
        asked,
    }))
}

fn dialog(state: &State) -> &Form {
    match &state.overlay {
        Some(Overlay::Form(form)) if form.kind == FormKind::Import => form,
        other => panic!("no import dialog on screen: {other:?}"),
    }
}

#[test]
fn a_chat_whose_dates_read_either_way_brings_the_dialog_back_to_ask_which() {
    let mut state = desk();
    update(&mut state, Action::OpenImport);
    typed(&mut state, "~/Downloads/chat.txt");
    update(&mut state, Action::NextField);
    typed(&mut state, "Noa Levi");
    update(&mut state, Action::NextField);
    typed(&mut state, "Noa");
    let [Effect::Import(asked)] = &update(&mut state, Action::Open)[..] else {
        panic!("the import did not start");
    };
    assert_eq!(asked.date_order, None, "from the file");
    state.message = Some("Imported chat.txt: 3 messages for Noa Levi, 0 already there.".into());

    let effects = update(
        &mut state,
        ambiguous("/home/dana/Downloads/chat.txt", asked.clone()),
    );
    assert!(effects.is_empty(), "nothing was written: {effects:?}");
    let form = dialog(&state);
    assert_eq!(form.fields[form.focus].label, "Dates");
    assert_eq!(
        state.message, None,
        "an older summary would contradict the question"
    );
    assert_eq!(
        form.error.as_deref(),
        Some(
            "chat.txt, line 3: is 01/02/2024 the 1st of February (day first) or January 2nd \
             (month first)? Choose Dates, then Enter."
        )
    );
    assert_eq!(form.value("File"), "~/Downloads/chat.txt", "as typed");
    assert_eq!(form.value("Chat with"), "Noa Levi");
    assert_eq!(form.value("Sender"), "Noa");
    assert_eq!(form.value("Dates"), "from the file");

    update(&mut state, Action::Down);
    assert_eq!(dialog(&state).value("Dates"), "day first");
    let effects = update(&mut state, Action::Open);
    assert_eq!(
        effects,
        [Effect::Import(ImportRequest {
            date_order: Some(DateOrder::Dmy),
            ..asked.clone()
        })]
    );
    update(&mut state, Action::ImportFinished(Ok(report(0))));
    assert!(
        matches!(&view(&state).outcome, Some(Ok(_))),
        "it ends in its summary"
    );
}

/// The dialog sent with only `file` typed: the desk, and what it asked for.
fn started(file: &str) -> (State, ImportRequest) {
    let mut state = desk();
    update(&mut state, Action::OpenImport);
    typed(&mut state, file);
    let [Effect::Import(asked)] = &update(&mut state, Action::Open)[..] else {
        panic!("the import did not start");
    };
    let asked = asked.clone();
    (state, asked)
}

#[test]
fn any_other_failure_ends_in_the_summary_and_never_asks() {
    let (mut state, _) = started("chat.txt");
    let failed = "chat.txt:2: \"31/02/2024\" is not a date read as day/month/year";
    update(
        &mut state,
        Action::ImportFinished(Err(ImportFailure::Failed(failed.into()))),
    );
    assert_eq!(view(&state).outcome, Some(Err(failed.into())));
    assert_eq!(state.message, Some(format!("Nothing imported: {failed}")));
}

#[test]
fn an_import_hidden_behind_another_dialog_says_why_it_stopped_and_keeps_the_dialog() {
    let (mut state, asked) = started("chat.txt");
    update(&mut state, Action::Open); // hides the bar
    update(&mut state, Action::AddLead);
    let lead = state.overlay.clone();
    update(&mut state, ambiguous("chat.txt", asked.clone()));
    assert_eq!(state.overlay, lead, "the new lead's dialog stays");
    let message = state.message.clone().unwrap_or_default();
    assert!(
        message.contains("import it again and choose Dates"),
        "{message}"
    );

    state.overlay = None;
    update(&mut state, ambiguous("chat.txt", asked));
    assert_eq!(
        dialog(&state).value("File"),
        "chat.txt",
        "nothing open: it asks"
    );
}

#[test]
fn the_question_reads_each_date_both_ways() {
    let ask = |date: &str, numbers| {
        question(&DateOrderNeeded {
            file: "x/y/chat.txt".into(),
            dates: AmbiguousDates {
                line: 1,
                date: date.into(),
                numbers,
            },
        })
    };
    assert_eq!(
        ask("3/12/24", [3, 12]),
        "chat.txt, line 1: is 3/12/24 the 3rd of December (day first) or March 12th \
         (month first)? Choose Dates, then Enter."
    );
    assert_eq!(
        ask("11.2.2024", [11, 2]),
        "chat.txt, line 1: is 11.2.2024 the 11th of February (day first) or November 2nd \
         (month first)? Choose Dates, then Enter."
    );
    assert_eq!(
        ask("00/05/2024", [0, 5]),
        "chat.txt, line 1: is 00/05/2024 day first or month first? Choose Dates, then Enter."
    );
}

#[test]
fn the_question_is_asked_in_the_users_language() {
    let _speaking = crate::i18n::scoped(crate::i18n::Lang::Hu);
    let asked = question(&DateOrderNeeded {
        file: "x/y/chat.txt".into(),
        dates: AmbiguousDates {
            line: 4,
            date: "3/12/24".into(),
            numbers: [3, 12],
        },
    });
    assert_eq!(
        asked,
        "chat.txt, 4. sor: 3/12/24 jelentése: december 3. (nap elöl) vagy március 12. (hónap elöl)? \
         Válassz a Dátumok mezőben, majd Enter."
    );
}
