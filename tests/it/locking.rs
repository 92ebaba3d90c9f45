//! A writer that finds the file held by another (an import: one transaction, however
//! long) waits its turn and lands: from the command line, and from the desk, which
//! keeps such a save and makes it again on a later tick rather than freeze.

use crate::common;
use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use common::Desk;
use leadometer::config::Config;
use leadometer::domain::{Interaction, InteractionKind};
use leadometer::store::Store;
use leadometer::tui::app::{Action, Overlay, State, Tab};
use leadometer::tui::forms::{Form, FormKind};
use leadometer::tui::runtime::{DESK_WRITE_WAIT, apply};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration as StdDuration, Instant};

fn config() -> Config {
    Config::parse("user = \"Dana\"\nregion = \"IL\"\n[scoring]\nrules = []\n").unwrap()
}

/// Another connection holding the file's write lock, as an import does while it stores.
fn hold(db: &Path) -> rusqlite::Connection {
    let holder = rusqlite::Connection::open(db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    holder
}

/// Whether another process holds the file's write lock right now.
fn write_locked(db: &Path) -> bool {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.busy_timeout(StdDuration::ZERO).unwrap();
    let locked = conn.execute_batch("BEGIN IMMEDIATE").is_err();
    if !locked {
        conn.execute_batch("ROLLBACK").unwrap();
    }
    locked
}

/// The binary on the desk's file, as `Desk::cmd` sets it up, running beside the test.
fn spawn(desk: &Desk, args: &[&str]) -> Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin!("leadometer"))
        .env_clear()
        .env("HOME", desk.dir.path())
        .env("LEADOMETER_CONFIG", desk.dir.path().join("config.toml"))
        .env("LEADOMETER_NOW", common::NOW)
        .env("TZ", "UTC")
        .arg("--db")
        .arg(&desk.db)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn calls_saying(store: &Store, contact: &str, text: &str) -> Vec<Interaction> {
    store
        .timeline(contact)
        .unwrap()
        .into_iter()
        .filter(|i| i.kind == InteractionKind::Call && i.text.as_deref() == Some(text))
        .collect()
}

#[test]
fn a_call_logged_while_another_writer_holds_the_file_waits_says_so_and_lands() {
    let desk = Desk::new();
    let noa = desk.noa()["id"].as_str().unwrap().to_string();
    let holder = hold(&desk.db);
    let mut log = spawn(&desk, &["log", "call", &noa, "--text", "while held"]);
    std::thread::sleep(StdDuration::from_secs(2));
    assert!(
        log.try_wait().unwrap().is_none(),
        "log ended while the file was held"
    );
    holder.execute_batch("COMMIT").unwrap();
    let out = log.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "Waiting for another program writing to {}",
            desk.db.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("up to 10 minutes"), "{stderr}");
    let store = Store::open(&desk.db, &config()).unwrap();
    assert_eq!(calls_saying(&store, &noa, "while held").len(), 1);
}

#[test]
fn a_call_logged_during_an_import_in_another_process_lands_and_so_does_the_import() {
    let desk = Desk::new();
    let noa = desk.noa()["id"].as_str().unwrap().to_string();
    let rows = 6_000;
    let csv = desk.dir.path().join("big.csv");
    common::leads_csv(&csv, rows);
    let mut import = spawn(&desk, &["import", csv.to_str().unwrap()]);
    // Reading comes first; the call is logged once the rows are being stored.
    let started = Instant::now();
    while !write_locked(&desk.db) {
        assert!(
            import.try_wait().unwrap().is_none(),
            "the import ended before the call was logged"
        );
        assert!(started.elapsed().as_secs() < 600, "the import never stored");
        std::thread::sleep(StdDuration::from_millis(20));
    }
    let log = spawn(&desk, &["log", "call", &noa, "--text", "during the import"]);
    let logged = log.wait_with_output().unwrap();
    assert!(
        logged.status.success(),
        "{}",
        String::from_utf8_lossy(&logged.stderr)
    );
    let imported = import.wait_with_output().unwrap();
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    let store = Store::open(&desk.db, &config()).unwrap();
    assert_eq!(calls_saying(&store, &noa, "during the import").len(), 1);
    assert_eq!(store.contact_count().unwrap(), 1 + rows as i64);
    assert!(store.check().unwrap().is_empty());
}

fn at(seconds: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap() + Duration::seconds(seconds)
}

fn tick(store: &mut Store, state: &mut State, seconds: i64) {
    let now = at(seconds);
    apply(
        store,
        state,
        Action::Tick {
            now,
            day_ends: now + Duration::hours(15),
        },
    );
}

/// Fills a form on the desk and saves it, as typing then Ctrl-S does.
fn save(store: &mut Store, state: &mut State, mut form: Form, values: &[(&str, &str)]) {
    for field in &mut form.fields {
        if let Some((_, value)) = values.iter().find(|(label, _)| *label == field.label) {
            field.value = value.to_string();
        }
    }
    state.overlay = Some(Overlay::Form(form));
    apply(store, state, Action::Save);
}

#[test]
fn a_desk_save_meeting_a_held_file_is_kept_and_lands_on_a_later_tick_in_order() {
    let desk = Desk::new();
    let noa = desk.noa()["id"].as_str().unwrap().to_string();
    let mut store = Store::open(&desk.db, &config()).unwrap();
    store.set_write_wait(DESK_WRITE_WAIT);
    let utc = FixedOffset::east_opt(0).unwrap();
    let mut state = State::new("Dana", at(0), at(0) + Duration::hours(15), utc);
    apply(&mut store, &mut state, Action::Refresh);

    let holder = hold(&desk.db);
    let call = Form::for_contact(FormKind::Log(InteractionKind::Call), &noa, "Noa Levi");
    save(&mut store, &mut state, call.clone(), &[("Text", "first")]);
    assert_eq!(state.overlay, None, "the form was taken");
    let message = state.message.clone().unwrap_or_default();
    assert!(
        message.contains("the call for Noa Levi will be saved"),
        "{message}"
    );
    tick(&mut store, &mut state, 60);
    save(
        &mut store,
        &mut state,
        call,
        &[("Text", "second"), ("Follow-up", "+3d")],
    );
    tick(&mut store, &mut state, 70);
    assert_eq!(state.pending.len(), 2, "still held: both wait");
    assert!(calls_saying(&store, &noa, "first").is_empty());

    holder.execute_batch("ROLLBACK").unwrap();
    tick(&mut store, &mut state, 80);
    assert!(state.pending.is_empty(), "{:?}", state.message);
    let message = state.message.clone().unwrap_or_default();
    assert!(message.starts_with("Saved: Logged call"), "{message}");
    let (first, second) = (
        calls_saying(&store, &noa, "first"),
        calls_saying(&store, &noa, "second"),
    );
    assert_eq!((first.len(), second.len()), (1, 1));
    // Each is stamped with the moment it was saved, and they landed in that order.
    assert_eq!(first[0].occurred_at, at(0));
    assert_eq!(second[0].occurred_at, at(60));
    assert!(first[0].id < second[0].id, "the second landed first");
    let tasks = store.tasks_for(&noa).unwrap();
    assert!(
        tasks
            .iter()
            .any(|t| t.title == "Follow up (call)" && t.due_at == at(60) + Duration::days(3)),
        "{tasks:?}"
    );
}

#[test]
fn a_task_closed_and_one_snoozed_on_the_desk_while_the_file_is_held_land_in_order() {
    let desk = Desk::new();
    let noa = desk.noa()["id"].as_str().unwrap().to_string();
    let mut store = Store::open(&desk.db, &config()).unwrap();
    store.set_write_wait(DESK_WRITE_WAIT);
    for (title, hours) in [("Send the quote", 2), ("Call back", 5)] {
        let task = leadometer::domain::Task {
            id: leadometer::store::new_id(),
            contact_id: noa.clone(),
            title: title.into(),
            due_at: at(0) + Duration::hours(hours),
            done_at: None,
            owner: None,
            created_at: at(0),
        };
        store.add_task(at(0), &task).unwrap();
    }
    let utc = FixedOffset::east_opt(0).unwrap();
    let mut state = State::new("Dana", at(0), at(0) + Duration::hours(15), utc);
    apply(&mut store, &mut state, Action::GoTo(Tab::Tasks));

    let holder = hold(&desk.db);
    apply(&mut store, &mut state, Action::MarkDone);
    let message = state.message.clone().unwrap_or_default();
    assert!(
        message.contains("closing \"Send the quote\" will be saved"),
        "{message}"
    );
    apply(&mut store, &mut state, Action::Down);
    apply(&mut store, &mut state, Action::Snooze);
    if let Some(Overlay::Form(form)) = &mut state.overlay {
        form.fields[0].value = "tomorrow 10:00".into();
    }
    apply(&mut store, &mut state, Action::Save);
    assert_eq!(state.pending.len(), 2, "both wait behind the holder");
    assert_eq!(state.overlay, None, "the dialog was taken");
    tick(&mut store, &mut state, 10);
    let open = |store: &Store| store.tasks_for(&noa).unwrap();
    assert!(
        open(&store)
            .iter()
            .all(|t| t.done_at.is_none() && t.due_at < at(6 * 3600))
    );

    holder.execute_batch("ROLLBACK").unwrap();
    tick(&mut store, &mut state, 20);
    assert!(state.pending.is_empty(), "{:?}", state.message);
    let message = state.message.clone().unwrap_or_default();
    assert_eq!(message, "Saved: Snoozed to tomorrow 10:00: Call back");
    let tasks = open(&store);
    let quote = tasks.iter().find(|t| t.title == "Send the quote").unwrap();
    assert_eq!(quote.done_at, Some(at(0)), "stamped when it was asked for");
    let call = tasks.iter().find(|t| t.title == "Call back").unwrap();
    assert_eq!(call.due_at, at(25 * 3600));
    assert_eq!(state.tasks.len(), 1, "the agenda was loaded again");
}
