use super::*;
use crate::config::Config;
use crate::domain::{Contact, Deal, Direction, InteractionKind, LeadStatus, Task};
use crate::store::rules::Changes;
use chrono::TimeZone;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 9, minute, 0).unwrap()
}

fn config() -> Config {
    Config {
        user: "Dana".into(),
        ..Config::default()
    }
}

fn with_noa(mut store: Store) -> (Store, String) {
    let noa = Contact::new_lead(new_id(), "Noa Levi".into(), at(0), "Dana");
    store.insert_contact(at(0), &noa).unwrap();
    (store, noa.id)
}

fn desk() -> (Store, String) {
    with_noa(Store::open_in_memory(&config()).unwrap())
}

fn call(contact_id: &str, minute: u32) -> Interaction {
    Interaction {
        id: new_id(),
        contact_id: contact_id.into(),
        deal_id: None,
        kind: InteractionKind::Call,
        direction: Some(Direction::Out),
        outcome: Some("answered".into()),
        duration_secs: Some(300),
        subject: None,
        text: Some("wants a quote".into()),
        occurred_at: at(minute),
        logged_by: "Dana".into(),
        created_at: at(minute),
        supersedes: None,
        template: None,
    }
}

/// Logs a call through `recording`, as the desk does.
fn log_call(store: &mut Store, noa: &str) -> Recorded {
    let item = call(noa, 5);
    let (logged, done) = store.recording(|s| s.log_interaction(at(5), &item));
    logged.unwrap();
    done
}

fn calls(store: &Store, noa: &str) -> usize {
    store
        .timeline(noa)
        .unwrap()
        .iter()
        .filter(|i| i.kind == InteractionKind::Call)
        .count()
}

#[test]
fn undoing_a_logged_call_takes_it_and_its_status_back_and_redo_brings_both_again() {
    let (mut store, noa) = desk();
    let done = log_call(&mut store, &noa);
    assert_eq!(calls(&store, &noa), 1);
    assert_eq!(store.contact(&noa).unwrap().status, LeadStatus::Connected);

    let undone = store.undo(at(6), &done).unwrap();
    assert_eq!(calls(&store, &noa), 0);
    assert_eq!(store.contact(&noa).unwrap().status, LeadStatus::New);
    assert_eq!(store.inbox_first_response(&noa), None);

    let redone = store.undo(at(7), &undone).unwrap();
    assert_eq!(calls(&store, &noa), 1);
    assert_eq!(store.contact(&noa).unwrap().status, LeadStatus::Connected);
    assert!(store.inbox_first_response(&noa).is_some());

    // And once more: the redo is itself undone.
    store.undo(at(8), &redone).unwrap();
    assert_eq!(calls(&store, &noa), 0);
}

#[test]
fn an_edit_is_undone_field_by_field_and_a_field_changed_since_refuses_the_undo() {
    let (mut store, noa) = desk();
    let (edited, done) = store.recording(|s| {
        s.edit_contact(at(5), &noa, |_, c| {
            c.name = "Noa Levi-Cohen".into();
            c.quality = Some(4);
            Ok(())
        })
    });
    edited.unwrap();
    store
        .edit_contact(at(6), &noa, |_, c| {
            c.quality = Some(2);
            Ok(())
        })
        .unwrap();

    let refused = store.undo(at(7), &done).unwrap_err().to_string();
    assert!(refused.contains("quality"), "{refused}");
    let contact = store.contact(&noa).unwrap();
    assert_eq!(
        (contact.name.as_str(), contact.quality),
        ("Noa Levi-Cohen", Some(2))
    );

    store
        .edit_contact(at(8), &noa, |_, c| {
            c.quality = Some(4);
            Ok(())
        })
        .unwrap();
    store.undo(at(9), &done).unwrap();
    let contact = store.contact(&noa).unwrap();
    assert_eq!((contact.name.as_str(), contact.quality), ("Noa Levi", None));
    assert_eq!(store.search("Noa Levi-Cohen", None).unwrap().len(), 0);
}

#[test]
fn a_new_lead_undone_is_tombstoned_and_redone_is_back() {
    let mut store = Store::open_in_memory(&config()).unwrap();
    let ron = Contact::new_lead(new_id(), "Ron Tal".into(), at(0), "Dana");
    let (added, done) = store.recording(|s| s.insert_contact(at(0), &ron));
    added.unwrap();
    assert_eq!(store.search("Ron Tal", None).unwrap().len(), 1);

    let undone = store.undo(at(1), &done).unwrap();
    assert!(store.contact(&ron.id).is_err());
    assert_eq!(store.search("Ron Tal", None).unwrap().len(), 0);

    store.undo(at(2), &undone).unwrap();
    assert_eq!(store.contact(&ron.id).unwrap().name, "Ron Tal");
    assert_eq!(store.search("Ron Tal", None).unwrap().len(), 1);
}

#[test]
fn a_deal_move_and_a_closed_task_are_undone() {
    let (mut store, noa) = desk();
    let contact = store.contact(&noa).unwrap();
    let pipeline = store.config().pipeline();
    let deal = Deal::open(
        new_id(),
        &contact,
        "Kitchen".into(),
        4_800_000,
        "ILS",
        pipeline.first(),
        at(1),
    );
    store.add_deal(at(1), &deal).unwrap();
    let second = pipeline.names()[1].to_string();
    let (moved, done) = store.recording(|s| s.move_deal(at(2), &pipeline, &deal.id, &second, None));
    moved.unwrap();
    store.undo(at(3), &done).unwrap();
    assert_eq!(store.deal(&deal.id).unwrap().stage, pipeline.first());

    let task = Task {
        id: new_id(),
        contact_id: noa.clone(),
        title: "send the quote".into(),
        due_at: at(30),
        done_at: None,
        owner: None,
        created_at: at(1),
    };
    store.add_task(at(1), &task).unwrap();
    let (closed, done) = store.recording(|s| s.complete_task(at(4), &task.id));
    closed.unwrap();
    assert!(store.task(&task.id).unwrap().done_at.is_some());
    store.undo(at(5), &done).unwrap();
    assert_eq!(store.task(&task.id).unwrap().done_at, None);
}

#[test]
fn a_correction_undone_brings_the_earlier_version_back_and_keeps_every_version() {
    let (mut store, noa) = desk();
    let item = call(&noa, 5);
    store.log_interaction(at(5), &item).unwrap();
    let changes = Changes {
        text: Some("wants a quote for walnut".into()),
        ..Changes::default()
    };
    let (corrected, done) = store.recording(|s| s.correct_interaction(at(6), &item.id, &changes));
    corrected.unwrap();
    let undone = store.undo(at(7), &done).unwrap();
    let shown = |store: &Store| {
        let timeline = store.timeline(&noa).unwrap();
        timeline
            .into_iter()
            .find(|i| i.kind == InteractionKind::Call)
            .unwrap()
            .text
    };
    assert_eq!(shown(&store).as_deref(), Some("wants a quote"));
    assert_eq!(store.versions_of(&item.id).unwrap().len(), 3);

    store.undo(at(8), &undone).unwrap();
    assert_eq!(shown(&store).as_deref(), Some("wants a quote for walnut"));
}

#[test]
fn a_write_that_rolled_back_leaves_nothing_to_undo() {
    let (mut store, noa) = desk();
    let mut empty = call(&noa, 5);
    (empty.kind, empty.text, empty.outcome) = (InteractionKind::Whatsapp, None, None);
    let (refused, done) = store.recording(|s| s.log_interaction(at(5), &empty));
    assert!(refused.is_err());
    assert!(done.is_empty());
}

#[test]
fn an_entry_corrected_since_refuses_the_undo_of_its_logging() {
    let (mut store, noa) = desk();
    let done = log_call(&mut store, &noa);
    let timeline = store.timeline(&noa).unwrap();
    let entry = &timeline
        .iter()
        .find(|i| i.kind == InteractionKind::Call)
        .unwrap()
        .id;
    let changes = Changes {
        text: Some("no quote after all".into()),
        ..Changes::default()
    };
    store.correct_interaction(at(6), entry, &changes).unwrap();
    let refused = store.undo(at(7), &done).unwrap_err().to_string();
    assert!(refused.contains("corrected since"), "{refused}");
    assert_eq!(calls(&store, &noa), 1);
}

#[test]
fn an_undo_travels_to_a_colleagues_copy_like_any_other_change() {
    let dir = tempfile::tempdir().unwrap();
    let (ours_path, theirs_path) = (dir.path().join("ours.db"), dir.path().join("avi.db"));
    let (mut ours, noa) = with_noa(Store::open(&ours_path, &config()).unwrap());
    let done = log_call(&mut ours, &noa);
    let avi = Config {
        user: "Avi".into(),
        ..Config::default()
    };
    let mut theirs = Store::open(&theirs_path, &avi).unwrap();
    theirs.merge_from(at(5), &ours_path, false).unwrap();
    assert_eq!(calls(&theirs, &noa), 1);
    assert_eq!(theirs.contact(&noa).unwrap().status, LeadStatus::Connected);

    ours.undo(at(6), &done).unwrap();
    theirs.merge_from(at(7), &ours_path, false).unwrap();
    assert_eq!(calls(&theirs, &noa), 0);
    assert_eq!(theirs.contact(&noa).unwrap().status, LeadStatus::New);
}

impl Store {
    fn inbox_first_response(&self, contact_id: &str) -> Option<i64> {
        self.conn()
            .query_row(
                "SELECT first_response_at FROM contact_search WHERE contact_id = ?1",
                [contact_id],
                |r| r.get(0),
            )
            .unwrap()
    }
}

#[test]
fn a_log_is_undone_after_its_correction_or_deletion_was_undone() {
    let (mut store, noa) = desk();
    let logged = log_call(&mut store, &noa);
    let call = store.timeline(&noa).unwrap();
    let call = &call
        .iter()
        .find(|i| i.kind == InteractionKind::Call)
        .unwrap()
        .id;
    let changes = Changes {
        text: Some("granite instead".into()),
        ..Changes::default()
    };
    let (corrected, correction) = store.recording(|s| s.correct_interaction(at(6), call, &changes));
    corrected.unwrap();
    store.undo(at(7), &correction).unwrap();
    store.undo(at(8), &logged).unwrap();
    assert_eq!(calls(&store, &noa), 0, "the log itself is undone");

    let logged = log_call(&mut store, &noa);
    let call = store.timeline(&noa).unwrap();
    let call = call
        .iter()
        .find(|i| i.kind == InteractionKind::Call)
        .unwrap()
        .id
        .clone();
    let (deleted, deletion) = store.recording(|s| s.retract_interaction(at(9), &call));
    deleted.unwrap();
    store.undo(at(10), &deletion).unwrap();
    assert_eq!(calls(&store, &noa), 1);
    store.undo(at(11), &logged).unwrap();
    assert_eq!(calls(&store, &noa), 0);
}
