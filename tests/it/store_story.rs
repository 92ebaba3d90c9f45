//! The store as a user's day goes: open, add, find, edit, log, sell. In memory or in a
//! temporary file, through the library API.

use crate::common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use leadometer::config::Config;
use leadometer::domain::{Contact, InteractionKind, LeadStatus, Membership, Phone};
use leadometer::store::{MatchedOn, Store, StoreError, new_id};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap()
}

fn config(region: &str) -> Config {
    Config::parse(&format!("user = \"Dana\"\nregion = \"{region}\"\n")).unwrap()
}

fn lead(
    store: &mut Store,
    name: &str,
    phones: &[&str],
    emails: &[&str],
    company: Option<&str>,
) -> Contact {
    let mut contact = Contact::new_lead(new_id(), name.to_string(), now(), "Dana");
    contact.phones = phones
        .iter()
        .map(|p| Phone::parse(p, store.region()))
        .collect();
    contact.emails = emails.iter().map(|e| e.to_string()).collect();
    contact.accounts = company
        .map(|c| Membership {
            account_id: String::new(),
            account: c.into(),
            role: None,
        })
        .into_iter()
        .collect();
    let (contact, created) = store.add_lead(now(), &contact).unwrap();
    assert!(created);
    contact
}

fn names(store: &Store, query: &str) -> Vec<String> {
    store
        .search(query, Some(10))
        .unwrap()
        .into_iter()
        .map(|hit| hit.contact.name)
        .collect()
}

#[test]
fn migrations_run_on_an_empty_file_and_are_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leads.db");
    std::fs::write(&path, b"").unwrap();
    let config = config("IL");
    {
        let mut store = Store::open(&path, &config).unwrap();
        lead(&mut store, "Noa Levi", &["054-490-0148"], &[], None);
    }
    let store = Store::open(&path, &config).unwrap();
    assert_eq!(store.contact_count().unwrap(), 1);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(app, leadometer::store::APPLICATION_ID);
    assert!(version >= 1);
    assert_eq!(mode, "wal");
}

#[test]
fn foreign_and_newer_files_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let config = config("IL");

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "this is not a database, just notes\n".repeat(200)).unwrap();
    let before = std::fs::read(&text).unwrap();
    assert!(matches!(
        Store::open(&text, &config),
        Err(StoreError::NotADatabase { .. })
    ));
    assert_eq!(std::fs::read(&text).unwrap(), before);

    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');")
        .unwrap();
    let before = std::fs::read(&other).unwrap();
    let err = Store::open(&other, &config).err().unwrap();
    assert!(matches!(err, StoreError::Foreign { .. }));
    assert!(err.to_string().contains("other.db"));
    assert_eq!(std::fs::read(&other).unwrap(), before);

    let newer = dir.path().join("newer.db");
    drop(Store::open(&newer, &config).unwrap());
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let before = std::fs::read(&newer).unwrap();
    let err = Store::open(&newer, &config).err().unwrap();
    assert!(
        matches!(err, StoreError::TooNew { found: 999, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("newer Leadometer"));
    assert_eq!(std::fs::read(&newer).unwrap(), before);
}

#[test]
fn phone_search_finds_every_israeli_format() {
    let mut store = Store::open_in_memory(&config("IL")).unwrap();
    lead(&mut store, "Noa Levi", &["054-490-0148"], &[], None);
    lead(&mut store, "Someone Else", &["03-555-1234"], &[], None);
    for query in [
        "4900148",
        "054-490-0148",
        "+972 54 490 0148",
        "00972544900148",
        "972544900148",
        "(054) 490 0148",
        "054-490",
    ] {
        assert_eq!(names(&store, query), ["Noa Levi"], "{query}");
    }
    assert_eq!(names(&store, "5551234"), ["Someone Else"]);
}

#[test]
fn phone_search_in_hungary() {
    let mut store = Store::open_in_memory(&config("HU")).unwrap();
    lead(&mut store, "Szabó Ödön", &["06 30 123 4567"], &[], None);
    lead(
        &mut store,
        "Budapest Office",
        &["+36 1 234 5678"],
        &[],
        None,
    );
    for query in ["06 30 123 4567", "+36301234567", "301234567", "06 30 123"] {
        assert_eq!(names(&store, query), ["Szabó Ödön"], "{query}");
    }
    assert_eq!(names(&store, "06 1 234 5678"), ["Budapest Office"]);
}

#[test]
fn names_are_found_fuzzily_in_hebrew_and_hungarian() {
    let mut store = Store::open_in_memory(&config("IL")).unwrap();
    lead(
        &mut store,
        "Szabó Ödön",
        &[],
        &["odon@duna.hu"],
        Some("Duna Bau Zrt."),
    );
    lead(
        &mut store,
        "Kovács Eszter",
        &[],
        &[],
        Some("Kovács és Társa Kft."),
    );
    lead(&mut store, "מיכל כהן", &[], &[], Some("מרפאת שיניים"));
    lead(&mut store, "שָׁלוֹם לוי", &[], &[], None);
    assert_eq!(names(&store, "szabo")[0], "Szabó Ödön");
    assert_eq!(names(&store, "odon szabo")[0], "Szabó Ödön");
    assert_eq!(names(&store, "ÖDÖN")[0], "Szabó Ödön");
    assert_eq!(names(&store, "kovacs")[0], "Kovács Eszter");
    assert_eq!(names(&store, "מיכל")[0], "מיכל כהן");
    assert_eq!(names(&store, "כהן")[0], "מיכל כהן");
    assert_eq!(names(&store, "שלום")[0], "שָׁלוֹם לוי");
    assert_eq!(names(&store, "duna bau")[0], "Szabó Ödön");
    assert_eq!(names(&store, "מרפאת")[0], "מיכל כהן");
    assert!(names(&store, "xyzzy").is_empty());
}

#[test]
fn ranking_puts_exact_contacts_first_then_names_then_recent() {
    let mut store = Store::open_in_memory(&config("IL")).unwrap();
    let older = lead(&mut store, "Dana Cohen", &[], &["dana@a.com"], None);
    let newer = lead(&mut store, "Dana Cohen", &[], &["dana.c@b.com"], None);
    lead(&mut store, "Dan Nagy", &[], &[], None);

    let hits = store.search("dana@a.com", Some(10)).unwrap();
    assert_eq!(hits[0].contact.id, older.id);
    assert!(hits[0].exact && hits[0].matched_on == MatchedOn::Email);

    // Same name score: the more recently active comes first.
    let item = leadometer::domain::Interaction {
        created_at: now(),
        ..common::call(&older.id, now() + Duration::hours(1), "Dana")
    };
    store.log_interaction(now(), &item).unwrap();
    let hits = store.search("dana cohen", Some(10)).unwrap();
    assert_eq!(hits[0].contact.id, older.id);
    assert_eq!(hits[1].contact.id, newer.id);
    assert_eq!(
        hits.len(),
        2,
        "every word must match: Dan Nagy has no \"cohen\""
    );

    let recent = store.search("", None).unwrap();
    assert_eq!(recent[0].contact.id, older.id);
    assert_eq!(recent.len(), 3);
}

#[test]
fn a_known_phone_or_email_returns_the_existing_contact() {
    let mut store = Store::open_in_memory(&config("IL")).unwrap();
    let first = lead(&mut store, "Noa Levi", &["054-490-0148"], &[], None);
    let mut again = Contact::new_lead(new_id(), "Noa L.".into(), now(), "Dana");
    again.phones = vec![Phone::parse("+972 54 490 0148", store.region())];
    again.emails = vec!["noa@levi.co.il".into()];
    let (contact, created) = store.add_lead(now(), &again).unwrap();
    assert!(!created);
    assert_eq!(contact.id, first.id);
    assert_eq!(
        contact.name, "Noa Levi",
        "the stored name is not overwritten"
    );
    assert_eq!(contact.emails, ["noa@levi.co.il"], "the new email is added");
    assert_eq!(contact.phones.len(), 1);
    let timeline = store.timeline(&first.id).unwrap();
    assert_eq!(timeline[0].kind, InteractionKind::Event);
    assert_eq!(timeline[0].subject.as_deref(), Some("returned"));
    assert_eq!(store.contact_count().unwrap(), 1);
}

#[test]
fn edits_stamp_only_the_changed_fields_and_record_state_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leads.db");
    let mut store = Store::open(&path, &config("IL")).unwrap();
    let noa = lead(&mut store, "Noa Levi", &["054-490-0148"], &[], None);
    store
        .edit_contact(now(), &noa.id, |_, c| {
            c.status = LeadStatus::Disqualified;
            c.disqualified_reason = Some("no budget".into());
            c.phones.clear();
            Ok(())
        })
        .unwrap();
    let stored = store.contact(&noa.id).unwrap();
    assert_eq!(stored.status, LeadStatus::Disqualified);
    assert!(stored.phones.is_empty());
    assert!(
        names(&store, "4900148").is_empty(),
        "a removed phone is not found"
    );
    let timeline = store.timeline(&noa.id).unwrap();
    assert!(
        timeline[0]
            .text
            .as_deref()
            .unwrap()
            .contains("new → disqualified: no budget")
    );

    let conn = rusqlite::Connection::open(&path).unwrap();
    let (clock, clocks): (String, String) = conn
        .query_row(
            "SELECT clock, clocks FROM contacts WHERE id = ?1",
            [&noa.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let clocks: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&clocks).unwrap();
    let mut changed: Vec<&str> = clocks.keys().map(String::as_str).collect();
    changed.sort();
    assert_eq!(changed, ["disqualified_reason", "status"]);
    assert!(
        clocks["status"].as_str().unwrap() > clock.as_str(),
        "the edit's clock is later"
    );
    let tombstoned: i64 = conn
        .query_row(
            "SELECT count(*) FROM contact_phones WHERE contact_id = ?1 AND deleted_at IS NOT NULL",
            [&noa.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tombstoned, 1, "a removed phone is tombstoned, not deleted");
}

#[test]
fn a_failed_action_leaves_nothing_behind() {
    let mut store = Store::open_in_memory(&config("IL")).unwrap();
    let noa = lead(&mut store, "Noa Levi", &[], &[], None);
    let result = store.edit_contact(now(), &noa.id, |_, c| {
        c.name = "Changed".into();
        Err(StoreError::invalid("test", "refused halfway"))
    });
    assert!(result.is_err());
    assert_eq!(store.contact(&noa.id).unwrap().name, "Noa Levi");
    assert_eq!(store.timeline(&noa.id).unwrap().len(), 0);
}

#[test]
fn demo_data_tells_its_story() {
    let mut store = Store::open_in_memory(&config("IL")).unwrap();
    leadometer::store::demo::seed(&mut store, now()).unwrap();
    assert!(store.contact_count().unwrap() >= 10);
    let (noa, _) = store.resolve_contact("054-490-0148").unwrap();
    assert_eq!(noa.name, "Noa Levi");
    assert!(store.timeline(&noa.id).unwrap().len() >= 5);
    assert_eq!(store.deals_for(&noa.id).unwrap()[0].stage, "Quote");
    assert_eq!(names(&store, "szabo")[0], "Szabó Ödön");
    for hit in store.search("", None).unwrap() {
        for phone in &hit.contact.phones {
            assert!(
                phone.e164.is_some(),
                "demo phone {} of {} is unreadable",
                phone.raw,
                hit.contact.name
            );
        }
    }
}

#[test]
fn a_full_rescore_on_two_cores_agrees_with_each_breakdown() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::parse("region = \"IL\"\n").unwrap();
    let mut store = Store::open(&dir.path().join("big.db"), &config).unwrap();
    let args = leadometer::synthetic::Recipe {
        contacts: 2_500,
        interactions_per_contact: 4,
        seed: 3,
    };
    leadometer::synthetic::generate(&mut store, &config.pipeline(), &args, now()).unwrap();
    // Enough contacts to split between two connections.
    let first = store.rescore_all(now(), false).unwrap();
    assert_eq!(first.contacts, 2_500);
    assert!(
        first.changed > 1_000,
        "fresh data has no scores yet: {first:?}"
    );
    assert_eq!(
        store.rescore_all(now(), false).unwrap().changed,
        0,
        "a second pass finds nothing new"
    );
    let inbox = store
        .inbox(now(), now() + Duration::hours(12), true)
        .unwrap();
    assert!(inbox.entries.len() > 100);
    // The inbox, too, is read on two threads. While another process holds the write
    // lock it reads on one instead, without waiting, and must find the same.
    let other = rusqlite::Connection::open(dir.path().join("big.db")).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    let alone = store
        .inbox(now(), now() + Duration::hours(12), true)
        .unwrap();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "waited for the lock"
    );
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(inbox.entries.len(), alone.entries.len());
    let ids = |inbox: &leadometer::store::Inbox| {
        let mut ids: Vec<String> = inbox.entries.iter().map(|e| e.id.clone()).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&inbox), ids(&alone), "the same leads either way");
    let keys = |inbox: &leadometer::store::Inbox| {
        inbox
            .entries
            .iter()
            .map(|e| (e.sla, e.priority))
            .collect::<Vec<_>>()
    };
    assert_eq!(keys(&inbox), keys(&alone), "in the same order");
    for item in inbox.entries.iter().step_by(7) {
        let contact = store.contact(&item.id).unwrap();
        assert_eq!(
            item.score,
            store.score(&contact, now()).unwrap().total,
            "{}",
            contact.name
        );
    }
}

#[test]
fn the_in_memory_index_finds_what_the_file_finds_and_follows_every_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leads.db");
    let config = config("IL");
    let mut desk = Store::open(&path, &config).unwrap();
    leadometer::store::demo::seed(&mut desk, now()).unwrap();
    let plain = Store::open(&path, &config).unwrap();
    desk.keep_search_index();
    for query in [
        "4900148",
        "054-490",
        "szabo",
        "levi-design",
        "מיכל",
        "duna bau",
        "+36 30",
        "nobody-at-all",
    ] {
        let ids = |store: &Store| {
            store
                .search(query, Some(10))
                .unwrap()
                .into_iter()
                .map(|h| h.contact.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&desk), ids(&plain), "{query}");
    }
    // This connection's own write, then another process's: both show up.
    lead(&mut desk, "Dvir Ben-David", &["050-777-1234"], &[], None);
    assert_eq!(names(&desk, "7771234"), ["Dvir Ben-David"]);
    let mut other = Store::open(&path, &config).unwrap();
    lead(&mut other, "Ágnes Kiss", &["+36 20 999 8877"], &[], None);
    assert_eq!(names(&desk, "agnes"), ["Ágnes Kiss"]);
}

/// A command-line search reads the search table in chunks (migration 4): every write
/// rebuilds the chunks it touched, and a change made around the store is still found.
#[test]
fn search_chunks_follow_every_write_and_check_finds_a_stale_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leads.db");
    let config = config("IL");
    let mut store = Store::open(&path, &config).unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();
    let dirty = || -> i64 {
        raw.query_row("SELECT count(*) FROM search_dirty", [], |r| r.get(0))
            .unwrap()
    };
    // Enough contacts for several chunks.
    let mut ids = Vec::new();
    for i in 0..600 {
        let phone = format!("050-{:03}-{:04}", i / 10, 1000 + i);
        ids.push(lead(&mut store, &format!("Person {i:03}"), &[&phone], &[], None).id);
    }
    let chunks: i64 = raw
        .query_row("SELECT count(*) FROM search_chunks", [], |r| r.get(0))
        .unwrap();
    assert!(chunks >= 3, "{chunks} chunks");
    assert_eq!(dirty(), 0, "each write rebuilt what it touched");
    assert_eq!(names(&store, "050-059-1599"), ["Person 599"]);

    store
        .edit_contact(now(), &ids[300], |_, c| {
            c.name = "Zsófia Kovács".into();
            Ok(())
        })
        .unwrap();
    store.delete_contact(now(), &ids[0]).unwrap();
    assert_eq!(names(&store, "zsofia"), ["Zsófia Kovács"]);
    assert!(names(&store, "person 300").is_empty());
    assert!(names(&store, "person 000").is_empty());
    assert_eq!(dirty(), 0);
    assert!(store.check().unwrap().is_empty(), "{:?}", store.check());

    // Another program writes the table itself: the triggers mark the chunk, and a
    // search reads that chunk from its rows until the next write rebuilds it.
    raw.execute(
        "UPDATE contact_search SET name_key = 'zelda fitz' WHERE contact_id = ?1",
        [&ids[450]],
    )
    .unwrap();
    assert_eq!(dirty(), 1);
    assert_eq!(names(&store, "zelda"), ["Person 450"]);
    assert!(store.check().unwrap().is_empty(), "{:?}", store.check());

    // A chunk whose text differs from its rows without being marked: damage.
    raw.execute(
        "UPDATE search_chunks SET data = 'x' WHERE chunk = (SELECT min(chunk) FROM search_chunks)",
        [],
    )
    .unwrap();
    let problems = store.check().unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("1 search chunk differs from the search table")),
        "{problems:?}"
    );
    store.rescore_all(now(), false).unwrap();
    assert!(store.check().unwrap().is_empty(), "{:?}", store.check());
    assert_eq!(names(&store, "050-010-1100"), ["Person 100"]);
}
