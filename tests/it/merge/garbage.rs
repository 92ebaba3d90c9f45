//! Property: a copy with random garbage in its clocks, ids and references never
//! fails a merge as a whole, and loses nothing: every row of it is either merged or
//! kept aside, only broken rows (and what hangs from them) are kept aside, and the
//! result passes SQLite's own checks. Merging it again changes nothing.

use super::{Copy, dump, start};
use chrono::Duration;
use proptest::prelude::*;
use rusqlite::Connection;
use std::collections::BTreeSet;
use std::path::Path;

/// Clocks that must not win: not clocks at all, or far ahead.
const BAD_CLOCKS: &[&str] = &[
    "~~~~",
    "",
    "1-2-3",
    "000000000000001-x0000000001-a",
    "999999999999999-000000-ff",
    "000002000000000-000000-ahead",
];

#[derive(Debug, Clone)]
enum Garbage {
    InsertClock(usize, usize),
    FieldClock(usize, usize),
    BadJson(usize, &'static str),
    OrphanCall(u8),
    OrphanPhone(u8),
    EmailWithoutId,
    DealWithoutAccount(usize),
    Escapes(usize),
}

fn garbage() -> impl Strategy<Value = Garbage> {
    let contact = 0usize..3;
    let clock = 0..BAD_CLOCKS.len();
    prop_oneof![
        (contact.clone(), clock.clone()).prop_map(|(c, k)| Garbage::InsertClock(c, k)),
        (contact.clone(), clock).prop_map(|(c, k)| Garbage::FieldClock(c, k)),
        (
            contact.clone(),
            prop::sample::select(vec!["clocks", "custom", "flags"])
        )
            .prop_map(|(c, col)| Garbage::BadJson(c, col)),
        any::<u8>().prop_map(Garbage::OrphanCall),
        any::<u8>().prop_map(Garbage::OrphanPhone),
        Just(Garbage::EmailWithoutId),
        contact.clone().prop_map(Garbage::DealWithoutAccount),
        contact.prop_map(Garbage::Escapes),
    ]
}

/// Applies the garbage to the file; returns the (table, id) of every row it broke.
fn spoil(path: &Path, ids: &[String], changes: &[Garbage]) -> BTreeSet<(String, String)> {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    let mut broken = BTreeSet::new();
    let row = "created_at, updated_at, updated_by, clock) VALUES";
    for (n, change) in changes.iter().enumerate() {
        match change {
            Garbage::InsertClock(c, k) => {
                conn.execute(
                    "UPDATE contacts SET clock = ?2 WHERE id = ?1",
                    [&ids[*c], BAD_CLOCKS[*k]],
                )
                .unwrap();
            }
            Garbage::FieldClock(c, k) => {
                conn.execute(
                    "UPDATE contacts SET name = 'Garbage ' || ?3,
                         clocks = CASE WHEN json_valid(clocks) THEN json_set(clocks, '$.name', ?2)
                                       ELSE clocks END WHERE id = ?1",
                    [&ids[*c], BAD_CLOCKS[*k], &n.to_string()],
                )
                .unwrap();
            }
            Garbage::BadJson(c, column) => {
                conn.execute(
                    &format!("UPDATE contacts SET {column} = '{{oops' WHERE id = ?1"),
                    [&ids[*c]],
                )
                .unwrap();
                broken.insert(("contacts".to_string(), ids[*c].clone()));
            }
            Garbage::OrphanCall(k) => {
                let id = format!("orphan-call-{n}");
                conn.execute(
                    "INSERT INTO interactions (id, contact_id, kind, occurred_at, logged_by, created_at)
                     VALUES (?1, ?2, 'call', 0, 'x', 0)",
                    [&id, &format!("ghost-{k}")],
                )
                .unwrap();
                broken.insert(("interactions".to_string(), id));
            }
            Garbage::OrphanPhone(k) => {
                let id = format!("orphan-phone-{n}");
                conn.execute(
                    &format!("INSERT INTO contact_phones (id, contact_id, raw, {row} (?1, ?2, '1', 0, 0, 'x', '000000000000000-000000-a')"),
                    [&id, &format!("ghost-{k}")],
                )
                .unwrap();
                broken.insert(("contact_phones".to_string(), id));
            }
            Garbage::EmailWithoutId => {
                let added = conn
                    .execute(
                        &format!("INSERT OR IGNORE INTO contact_emails (id, contact_id, email, {row} ('', ?1, 'a@b.c', 0, 0, 'x', '000000000000000-000000-a')"),
                        [&ids[0]],
                    )
                    .unwrap();
                if added > 0 {
                    let rowid = conn.last_insert_rowid();
                    broken.insert((
                        "contact_emails".to_string(),
                        format!("(row {rowid}, without a text id)"),
                    ));
                }
            }
            Garbage::DealWithoutAccount(c) => {
                let id = format!("deal-{n}");
                conn.execute(
                    &format!("INSERT INTO deals (id, contact_id, account_id, title, amount_minor, currency, stage,
                         stage_changed_at, {row} (?1, ?2, 'nowhere', 'Deal', 1, 'ILS', 'New', 0, 0, 0, 'x', '000000000000000-000000-a')"),
                    [&id, &ids[*c]],
                )
                .unwrap();
                broken.insert(("deals".to_string(), id));
            }
            Garbage::Escapes(c) => {
                conn.execute(
                    "UPDATE contacts SET notes = 'x' || char(27) || ']52;c;aGk=' || char(7) WHERE id = ?1",
                    [&ids[*c]],
                )
                .unwrap();
            }
        }
    }
    broken
}

const TABLES: &[&str] = &[
    "contacts",
    "contact_phones",
    "contact_emails",
    "deals",
    "interactions",
];

/// Pairs of text: (table, id), or (row id, contact id).
type Pairs = BTreeSet<(String, String)>;

fn rows(path: &Path, sql: &str) -> Pairs {
    let conn = Connection::open(path).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// (table, id) of every row of the synced tables, and each row's contact.
fn all_rows(path: &Path) -> (Pairs, Pairs) {
    let mut ids = BTreeSet::new();
    let mut contact_of = BTreeSet::new();
    for table in TABLES {
        let contact = if *table == "contacts" {
            "id"
        } else {
            "contact_id"
        };
        // A row without an id is kept aside under its place in the file.
        let id = "CASE WHEN typeof(id) = 'text' AND id != '' THEN id
                  ELSE '(row ' || rowid || ', without a text id)' END";
        for (id, contact) in rows(path, &format!("SELECT {id}, {contact} FROM {table}")) {
            ids.insert((table.to_string(), id.clone()));
            contact_of.insert((id, contact));
        }
    }
    (ids, contact_of)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_copy_full_of_garbage_is_merged_without_losing_a_valid_row(
        changes in prop::collection::vec(garbage(), 1..8),
        shared in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let avi = Copy::new(dir.path(), "Avi");
        let ids: Vec<String> = ["Noa Levi", "Ron Tal", "Gil Bar"]
            .iter()
            .enumerate()
            .map(|(i, name)| avi.add(name, &format!("054-490-01{i:02}"), start()))
            .collect();
        for id in &ids {
            avi.log_call(id, "hello", start() + Duration::minutes(1));
        }
        let dana = Copy::new(dir.path(), "Dana");
        if shared {
            dana.merge(&avi, start() + Duration::minutes(2));
        } else {
            dana.add("Dana's own lead", "052-555-1234", start());
        }
        let broken = spoil(&avi.path, &ids, &changes);

        let now = start() + Duration::hours(1);
        let report = dana.store().merge_from(now, &avi.path, false);
        prop_assert!(report.is_ok(), "{:?}", report.err());

        let (theirs, contact_of) = all_rows(&avi.path);
        let (ours, _) = all_rows(&dana.path);
        let aside = rows(&dana.path, "SELECT table_name, row_id FROM set_aside");
        for row in &broken {
            prop_assert!(aside.contains(row) || ours.contains(row), "{row:?} lost");
        }
        for row in &theirs {
            prop_assert!(ours.contains(row) || aside.contains(row), "{row:?} lost");
        }
        // Only broken rows, and rows of a broken contact, are kept aside.
        let broken_contacts: BTreeSet<&String> = broken
            .iter()
            .filter(|(t, _)| t == "contacts")
            .map(|(_, id)| id)
            .collect();
        for (table, id) in &aside {
            let of_broken_contact = contact_of
                .iter()
                .any(|(row, contact)| row == id && broken_contacts.contains(contact));
            prop_assert!(
                broken.contains(&(table.clone(), id.clone())) || of_broken_contact,
                "the valid row {table} {id} was set aside"
            );
        }
        let conn = Connection::open(&dana.path).unwrap();
        let fk: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
        prop_assert_eq!(fk, 0);
        let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        prop_assert_eq!(integrity, "ok");
        let escapes: i64 = conn
            .query_row("SELECT count(*) FROM contacts WHERE notes GLOB '*' || char(27) || '*'", [], |r| r.get(0))
            .unwrap();
        prop_assert_eq!(escapes, 0);
        drop(conn);

        let merged = dump(&dana.path);
        let again = dana.store().merge_from(now, &avi.path, false).unwrap();
        prop_assert!(again.not_taken.rows_set_aside.is_empty(), "{:?}", again.not_taken.rows_set_aside);
        prop_assert!(!again.changed_anything(), "{:?}", again);
        prop_assert_eq!(dump(&dana.path), merged);
    }
}
