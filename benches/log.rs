//! One logged interaction: a durable commit (WAL, synchronous=FULL) on a real file.

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use leadometer::domain::{Contact, Direction, Interaction, InteractionKind};
use leadometer::store::{Store, new_id};

// Each bench uses part of the shared fixtures; the rest is dead code here.
#[allow(dead_code)]
mod common;
use common as fixtures;

fn log_interaction(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("log.db"), &fixtures::config()).unwrap();
    // Calls spread over many contacts, as a day's work is: each is rescored on logging.
    let contacts: Vec<Contact> = (0..1_000)
        .map(|i| Contact::new_lead(new_id(), format!("Lead {i}"), Utc::now(), "bench"))
        .collect();
    for contact in &contacts {
        store.insert_contact(Utc::now(), contact).unwrap();
    }
    let mut next = contacts.iter().cycle();
    c.bench_function("log/one_interaction", |b| {
        b.iter(|| {
            let now = Utc::now();
            let item = Interaction {
                id: new_id(),
                contact_id: next.next().unwrap().id.clone(),
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
            };
            store.log_interaction(now, &item).unwrap();
        })
    });
}

criterion_group!(benches, log_interaction);
criterion_main!(benches);
