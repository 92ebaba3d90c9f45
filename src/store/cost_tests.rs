//! What an everyday write costs as the file grows, counted in SQLite's own steps
//! (deterministic, unlike a clock): a query that walks a table instead of finding
//! its rows by index makes the count grow with the file.

use super::*;
use crate::config::Config;
use crate::domain::{Contact, Direction, Interaction, InteractionKind};
use crate::synthetic::{Recipe, generate};
use chrono::TimeZone;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap()
}

/// A generated desk of `contacts` contacts, in memory.
fn desk(contacts: usize) -> Store {
    let config = Config::default();
    let mut store = Store::open_in_memory(&config).unwrap();
    let args = Recipe {
        contacts,
        interactions_per_contact: 2,
        seed: 7,
    };
    generate(&mut store, &config.pipeline(), &args, now()).unwrap();
    store.rescore_all(now(), false).unwrap();
    store
}

/// SQLite virtual-machine steps that `action` takes on the store's connection.
fn steps(store: &mut Store, action: impl FnOnce(&mut Store)) -> u64 {
    let count = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&count);
    store
        .conn
        .progress_handler(
            1,
            Some(move || {
                counter.fetch_add(1, Ordering::Relaxed);
                false
            }),
        )
        .unwrap();
    action(store);
    store
        .conn
        .progress_handler(1, None::<fn() -> bool>)
        .unwrap();
    count.load(Ordering::Relaxed)
}

fn call(contact_id: &str, n: usize) -> Interaction {
    Interaction {
        id: format!("cost-call-{n}"),
        contact_id: contact_id.to_string(),
        deal_id: None,
        kind: InteractionKind::Call,
        direction: Some(Direction::Out),
        outcome: Some("answered".into()),
        duration_secs: Some(60),
        subject: None,
        text: Some("Wants a quote".into()),
        occurred_at: now(),
        logged_by: "test".into(),
        created_at: now(),
        supersedes: None,
        template: None,
    }
}

/// Whether the contact's search text is in the first chunk, which is full (256
/// contacts) at both sizes: logging rebuilds the chunk, at a cost that grows with it.
fn first_chunk(store: &Store, contact_id: &str) -> bool {
    store
        .conn
        .query_row(
            "SELECT search_chunk = 0 FROM contact_search WHERE contact_id = ?1",
            [contact_id],
            |r| r.get(0),
        )
        .unwrap()
}

/// Steps to log a call, to move a deal and to add a lead that is already a contact,
/// each on a contact that has a deal, and to add a new lead.
fn everyday_writes(contacts: usize) -> [u64; 4] {
    let mut store = desk(contacts);
    let pipeline = store.config().pipeline();
    let (deal, _) = store
        .board(now() - chrono::Duration::days(3650))
        .unwrap()
        .into_iter()
        .find(|(deal, _)| {
            deal.stage != "Won" && deal.stage != "Lost" && first_chunk(&store, &deal.contact_id)
        })
        .unwrap();
    let contact = store.contact(&deal.contact_id).unwrap();
    let logged = steps(&mut store, |s| {
        s.log_interaction(now(), &call(&contact.id, 1)).unwrap()
    });
    let moved = steps(&mut store, |s| {
        s.move_deal(now(), &pipeline, &deal.id, "Won", None)
            .unwrap();
    });
    let again = Contact {
        id: new_id(),
        ..contact.clone()
    };
    let added = steps(&mut store, |s| {
        s.add_lead(now(), &again).unwrap();
    });
    let mut stranger = Contact::new_lead(new_id(), "Zsófia Cost".into(), now(), "test");
    stranger.emails.push("zsofia.cost@example.com".into());
    let created = steps(&mut store, |s| {
        s.add_lead(now(), &stranger).unwrap();
    });
    [logged, moved, added, created]
}

#[test]
fn everyday_writes_cost_the_same_on_a_file_seventeen_times_larger() {
    // A new lead joins the last chunk, rebuilt at a cost that grows with its rows:
    // 44 of them at both sizes (300 and 300 + 19 × 256 contacts).
    let small = everyday_writes(300);
    let large = everyday_writes(5_164);
    eprintln!("steps at 300: {small:?}; at 5,164: {large:?}");
    let writes = [
        "log a call",
        "move a deal",
        "add a known lead",
        "add a new lead",
    ];
    for ((what, small), large) in writes.iter().zip(small).zip(large) {
        // The same seed makes the same first 300 contacts, so the same contact and
        // deal are written at both sizes. Deeper B-trees may cost a few steps more;
        // a walk over a table grows with it, ~17 times (a walk over the won deals,
        // a sixth of them, showed as +6%).
        assert!(
            large <= small + small / 100,
            "{what}: {small} steps at 300 contacts, {large} at 5,164"
        );
    }
}
