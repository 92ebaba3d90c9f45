//! One logged interaction: a durable commit (WAL, synchronous=FULL) on a copy of a
//! generated file, with the contact rescored and its search chunk rebuilt; and the
//! undo of one, which the desk's `u` makes (target: under 50 ms).

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use leadometer::domain::{Contact, Direction, Interaction, InteractionKind};
use leadometer::store::{Store, new_id};

// Each bench uses part of the shared fixtures; the rest is dead code here.
#[allow(dead_code)]
mod common;
use common as fixtures;

fn log_interaction(c: &mut Criterion) {
    for size in fixtures::sizes() {
        // A copy of the generated file, so that the other benches keep theirs as made.
        let source = fixtures::generated(size).path().to_path_buf();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log.db");
        Store::open(&source, &fixtures::config())
            .unwrap()
            .backup_to(&path)
            .unwrap();
        let mut store = Store::open(&path, &fixtures::config()).unwrap();
        // Calls spread over many contacts, as a day's work is: each is rescored on logging.
        let contacts: Vec<Contact> = store
            .search("", Some(1_000))
            .unwrap()
            .into_iter()
            .map(|hit| hit.contact)
            .collect();
        bench_logging(
            c,
            &format!("log/{size}/one_interaction"),
            &mut store,
            &contacts,
        );
        bench_undo(
            c,
            &format!("log/{size}/undo_a_logged_call"),
            &mut store,
            &contacts,
        );
    }
}

/// A call logged as the desk logs it, recorded; only its undo is timed.
fn bench_undo(c: &mut Criterion, name: &str, store: &mut Store, contacts: &[Contact]) {
    let mut next = contacts.iter().cycle();
    c.bench_function(name, |b| {
        b.iter_custom(|runs| {
            let mut spent = std::time::Duration::ZERO;
            for _ in 0..runs {
                let item = call(&next.next().unwrap().id);
                let (logged, done) = store.recording(|s| s.log_interaction(Utc::now(), &item));
                logged.unwrap();
                let started = std::time::Instant::now();
                store.undo(Utc::now(), &done).unwrap();
                spent += started.elapsed();
            }
            spent
        })
    });
}

fn call(contact_id: &str) -> Interaction {
    let now = Utc::now();
    Interaction {
        id: new_id(),
        contact_id: contact_id.to_string(),
        deal_id: None,
        kind: InteractionKind::Call,
        direction: Some(Direction::Out),
        outcome: Some("answered".into()),
        duration_secs: Some(300),
        subject: None,
        text: Some("Wants a quote".into()),
        occurred_at: now,
        logged_by: "bench".into(),
        created_at: now,
        supersedes: None,
        template: None,
    }
}

fn bench_logging(c: &mut Criterion, name: &str, store: &mut Store, contacts: &[Contact]) {
    let mut next = contacts.iter().cycle();
    c.bench_function(name, |b| {
        b.iter(|| {
            let item = call(&next.next().unwrap().id);
            store.log_interaction(item.created_at, &item).unwrap();
        })
    });
}

criterion_group!(benches, log_interaction);
criterion_main!(benches);
