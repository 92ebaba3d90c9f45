//! A shared file with schema objects planted in it: `merge` neither copies nor runs
//! them, names them, and leaves the local file working as before.

use super::common::Desk;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// Another desk's file with a lead, then planted objects: the trigger that eats
/// every other call, triggers that fail whatever they fire on (so any of them
/// running fails the merge), and a view. The file also holds what makes a merge
/// write to its copy: a call without its contact, a bad clock, an escape sequence.
fn planted_file(other: &Desk) -> PathBuf {
    other.json(&["add", "--name", "Gil Bar", "--phone", "052-555-9999"]);
    let conn = Connection::open(&other.db).unwrap();
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    conn.execute_batch(
        "INSERT INTO interactions (id, contact_id, kind, occurred_at, logged_by, created_at)
         VALUES ('orphan-call', 'nobody', 'call', 0, 'Avi', 0);
         UPDATE contacts SET clock = '~~~~', name = 'Gil' || char(27) || '[2J Bar';
         CREATE TRIGGER eat AFTER INSERT ON interactions
         BEGIN DELETE FROM interactions WHERE rowid % 2 = 0; END;
         CREATE VIEW peek AS SELECT * FROM contacts;",
    )
    .unwrap();
    for table in [
        "contacts",
        "contact_phones",
        "interactions",
        "meta",
        "set_aside",
    ] {
        for event in ["INSERT", "UPDATE", "DELETE"] {
            conn.execute_batch(&format!(
                "CREATE TRIGGER \"fail_{event}_{table}\" BEFORE {event} ON {table}
                 BEGIN SELECT RAISE(ABORT, 'a planted trigger ran'); END;"
            ))
            .unwrap();
        }
    }
    other.db.clone()
}

fn objects_named(db: &Path, pattern: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'eat' OR name = 'peek' OR name LIKE ?1",
            [pattern],
            |r| r.get(0),
        )
        .unwrap()
}

fn interaction_ids(db: &Path) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT id FROM interactions ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Merges the planted file into `desk`, checks what the merge says, then logs
/// calls here and checks that none is lost.
fn merge_and_log(desk: &Desk, planted: &Path) {
    let other = planted.to_str().unwrap();
    let report = desk.json(&["merge", other]);
    let not_copied: Vec<String> = report["not_copied"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert!(
        not_copied.contains(&"trigger \"eat\" on interactions (not Leadometer's)".to_string()),
        "{not_copied:?}"
    );
    assert!(
        not_copied.iter().any(|o| o.starts_with("view \"peek\"")),
        "{not_copied:?}"
    );
    assert_eq!(
        report["rows_set_aside"].as_array().map(Vec::len),
        Some(1),
        "{report}"
    );
    assert_eq!(
        objects_named(&desk.db, "fail_%"),
        0,
        "nothing planted was copied"
    );

    let human = desk.text(&["merge", other]);
    assert!(
        human.contains("Not copied: trigger \"eat\" on interactions (not Leadometer's)."),
        "{human}"
    );
    assert!(!human.contains('\u{1b}'), "{human:?}");

    let before = interaction_ids(&desk.db);
    for minute in 0..4 {
        desk.json(&[
            "log",
            "call",
            "052-555-9999",
            "--text",
            &format!("call {minute}"),
            "--at",
            &format!("2024-03-12 08:0{minute}"),
        ]);
    }
    let after = interaction_ids(&desk.db);
    assert!(
        before.iter().all(|id| after.contains(id)),
        "no call was eaten"
    );
    assert!(after.len() >= before.len() + 4, "{before:?} -> {after:?}");
}

#[test]
fn a_planted_trigger_is_named_never_copied_and_never_run_when_joining() {
    let other = Desk::new();
    let planted = planted_file(&other);
    // A new desk: its merge is the other file taken whole.
    merge_and_log(&Desk::new(), &planted);
}

#[test]
fn a_planted_trigger_is_named_never_copied_and_never_run_row_by_row() {
    let other = Desk::new();
    let planted = planted_file(&other);
    let desk = Desk::new();
    desk.noa();
    merge_and_log(&desk, &planted);
}

#[test]
fn the_merge_copy_is_made_beside_the_database_not_in_the_temp_folder() {
    let other = Desk::new();
    other.noa();
    let desk = Desk::new();
    desk.json(&["add", "--name", "Ron Tal", "--phone", "052-555-1234"]);
    // A temp folder that cannot be written: the merge must not need it.
    let report = desk.json_with(&["merge", other.db.to_str().unwrap()], |cmd| {
        cmd.env("TMPDIR", desk.dir.path().join("no-such-folder"));
    });
    assert_eq!(report["contacts_added"], 1);
    let leftovers: Vec<String> = std::fs::read_dir(desk.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|name| name.contains(".merge-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
