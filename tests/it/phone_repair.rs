//! Files written before every possible number had an E.164 form are repaired when
//! opened: the number kept as typed is read, and the two contacts it turns out to
//! share become one (issue 17).

use crate::common;

use common::{Desk, strings, timeline_texts};
use rusqlite::Connection;
use serde_json::Value;

/// The schema version before the repair: what such a file says it is.
const BEFORE_REPAIR: i64 = 6;

/// Makes a file written now look as one written before the repair: its version
/// number, and the objects later versions added (corrections' index, the Contacts
/// and Accounts screens' indexes, the deal's owner, notes and quote counts, the
/// reports' index of lifecycle entries, templates and campaigns, the team server's
/// outbox and cursors) undone.
fn back_to_before_repair(conn: &Connection) {
    conn.execute_batch(
        "DROP TABLE server_outbox;
         DROP TABLE server_cursors;
         DROP TABLE campaign_ticks;
         DROP TABLE campaigns;
         DROP TABLE templates;
         ALTER TABLE interactions DROP COLUMN template;
         DROP INDEX interactions_lifecycle;
         DROP INDEX interactions_lifecycle_time;
         DROP INDEX contact_search_score;
         DROP INDEX contact_search_created;
         DROP INDEX contacts_flagged;
         DROP INDEX deals_account;
         DROP INDEX interactions_supersedes;
         DROP INDEX interactions_contact_time;
         CREATE INDEX interactions_contact_time ON interactions (contact_id, occurred_at, kind, direction, outcome);
         ALTER TABLE deals DROP COLUMN quotes_received;
         ALTER TABLE deals DROP COLUMN quotes_required;
         ALTER TABLE deals DROP COLUMN notes;
         ALTER TABLE deals DROP COLUMN owner;",
    )
    .unwrap();
    conn.pragma_update(None, "user_version", BEFORE_REPAIR)
        .unwrap();
}

/// The schema version a file written now has.
fn current_version() -> i64 {
    let fresh = Desk::new();
    fresh.json(&["add", "--name", "Someone"]);
    Connection::open(&fresh.db)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

/// Dana Levi as an older Leadometer stored her twice: once typed locally, in a range
/// Israel has not allocated (kept as typed, no E.164), once with +972 (read).
/// Returns the two contacts' ids, the locally typed (older) one first.
fn dana_stored_twice(desk: &Desk) -> (String, String) {
    let local = desk.json(&[
        "add",
        "--name",
        "Dana Levi",
        "--phone",
        "054-100-1234",
        "--email",
        "dana@example.com",
    ]);
    let typed_intl = desk.json_at(
        "2024-03-12T10:00:00Z",
        &[
            "add",
            "--name",
            "Dana L.",
            "--phone",
            "+972 54 100 9999",
            "--source",
            "Google Ads",
        ],
    );
    let (a, b) = (id_of(&local), id_of(&typed_intl));
    desk.json(&["edit", &b, "--flag", "vip"]);
    desk.json(&[
        "log",
        "call",
        &a,
        "--outcome",
        "answered",
        "--text",
        "Wants a quote",
    ]);
    desk.json(&[
        "log",
        "whatsapp",
        &b,
        "--direction",
        "in",
        "--text",
        "Any news?",
    ]);
    desk.json(&[
        "deal",
        "add",
        &b,
        "--title",
        "Walnut kitchen",
        "--amount",
        "48000",
    ]);
    desk.json(&[
        "task",
        "add",
        &b,
        "--title",
        "Send the quote",
        "--due",
        "tomorrow 10:00",
    ]);
    let conn = Connection::open(&desk.db).unwrap();
    conn.execute_batch(
        "UPDATE contact_phones SET e164 = NULL WHERE raw = '054-100-1234';
         UPDATE contact_phones SET raw = '+972 54 100 1234', e164 = '+972541001234'
          WHERE raw = '+972 54 100 9999';
         UPDATE contact_search SET phone_digits = '0541001234' WHERE name = 'Dana Levi';
         UPDATE contact_search SET phone_digits = '972541001234' WHERE name = 'Dana L.';",
    )
    .unwrap();
    back_to_before_repair(&conn);
    (a, b)
}

fn id_of(contact: &Value) -> String {
    contact["id"].as_str().unwrap().to_string()
}

/// Every row of every table, in one text.
fn stored_rows(desk: &Desk) -> String {
    let conn = Connection::open(&desk.db).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut all = String::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))
            .unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..columns)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .unwrap();
        for row in rows {
            all.push_str(&format!("{table}: {}\n", row.unwrap().join(" | ")));
        }
    }
    all
}

#[test]
fn opening_an_old_file_reads_the_number_and_merges_the_two_contacts() {
    let desk = Desk::new();
    let (dana, dana_l) = dana_stored_twice(&desk);

    for query in ["5410012", "054-100-1234", "+972 54 100 1234"] {
        let found = desk.json(&["search", query]);
        let ids: Vec<&str> = found
            .as_array()
            .unwrap()
            .iter()
            .map(|hit| hit["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, [dana.as_str()], "{query}: {found}");
    }
    let conn = Connection::open(&desk.db).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(
        version,
        current_version(),
        "moved up to the version of a new file"
    );
    let live: i64 = conn
        .query_row(
            "SELECT count(*) FROM contacts WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(live, 1);

    let shown = desk.json(&["show", &dana]);
    let contact = &shown["contact"];
    assert_eq!(strings(&contact["phones"]), ["+972541001234"]);
    assert_eq!(contact["source"], "Google Ads", "an empty field filled");
    assert!(strings(&contact["flags"]).contains(&"vip".to_string()));
    assert_eq!(strings(&contact["aliases"]), ["Dana L."], "{contact}");
    let texts = timeline_texts(&shown);
    for expected in ["Wants a quote", "Any news?"] {
        assert!(texts.iter().any(|t| t == expected), "{expected}: {texts:?}");
    }
    let note = format!(
        "merged with Dana L. (id {dana_l}): same number +972541001234 once stored two ways"
    );
    assert!(texts.contains(&note), "{texts:?}");
    assert_eq!(shown["deals"][0]["title"], "Walnut kitchen");
    assert_eq!(shown["tasks"][0]["title"], "Send the quote");

    let gone_note: String = conn
        .query_row(
            "SELECT text FROM interactions WHERE contact_id = ?1 AND subject = 'merged'",
            [&dana_l],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        gone_note,
        format!(
            "merged into Dana Levi (id {dana}): same number +972541001234 once stored two ways"
        )
    );
    let refused = desk.refuses(&["show", &dana_l], 3);
    assert!(refused.contains("no contact"), "{refused}");

    let before = stored_rows(&desk);
    desk.json(&["search", "5410012"]);
    assert_eq!(stored_rows(&desk), before, "opening again changes nothing");
}

/// A line two people share (a reception desk), stored the same way for both and
/// unread: reading it is no sign that they are one person, so both stay.
#[test]
fn a_number_two_contacts_shared_as_typed_is_read_and_merges_nobody() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Reception", "--phone", "054-100-1234"]);
    desk.json(&["add", "--name", "Moshe Katz", "--phone", "052-111-2223"]);
    desk.json(&["edit", "Moshe Katz", "--add-phone", "054-100-1234"]);
    let conn = Connection::open(&desk.db).unwrap();
    conn.execute_batch("UPDATE contact_phones SET e164 = NULL WHERE raw = '054-100-1234';")
        .unwrap();
    back_to_before_repair(&conn);
    drop(conn);
    let found = desk.json(&["search", "5410012"]);
    assert_eq!(found.as_array().unwrap().len(), 2, "{found}");
}

#[test]
fn a_file_with_nothing_to_repair_is_only_moved_up_a_version() {
    let desk = Desk::new();
    desk.noa();
    let conn = Connection::open(&desk.db).unwrap();
    back_to_before_repair(&conn);
    drop(conn);
    let before = stored_rows(&desk);
    assert_eq!(
        desk.json(&["search", "4900148"]).as_array().unwrap().len(),
        1
    );
    // The file gains the starter templates (version 13) and nothing else.
    let after = stored_rows(&desk);
    let (templates, rest): (Vec<&str>, Vec<&str>) = after
        .lines()
        .partition(|line| line.starts_with("templates: "));
    assert_eq!(rest.join("\n") + "\n", before);
    assert!(
        templates.iter().any(|t| t.contains("First reply")),
        "{after}"
    );
}

/// Two copies of one old file (two devices' copies of a shared file), each repaired
/// on its own device, then merged both ways: they agree, and hold one of each note.
/// (Each copy keeps its own time for the notes, and the two tombstones' times are
/// recorded as a conflict: both values are tombstones, so nothing comes back.)
#[test]
fn two_copies_repaired_apart_converge_when_merged() {
    let desk = Desk::new();
    let (dana, dana_l) = dana_stored_twice(&desk);
    let other = desk.dir.path().join("colleague.db");
    std::fs::copy(&desk.db, &other).unwrap();
    Connection::open(&other)
        .unwrap()
        .execute(
            "UPDATE meta SET value = 'colleague001' WHERE key = 'device_id'",
            [],
        )
        .unwrap();
    let colleague = |args: &[&str]| {
        let mut cmd = desk.bare_cmd();
        let real_now = chrono::Utc::now().to_rfc3339();
        cmd.env("LEADOMETER_NOW", real_now);
        cmd.arg("--db").arg(&other).args(args).assert().success();
    };
    colleague(&["search", "5410012"]);
    desk.json(&["search", "5410012"]);

    let other_path = other.to_str().unwrap();
    // The repair stamps its changes with the real time, which a merge compares with
    // its own "now": the merges run now too, as they would on the two machines.
    let real_now = chrono::Utc::now().to_rfc3339();
    desk.json_with(&["merge", other_path], |cmd| {
        cmd.env("LEADOMETER_NOW", &real_now);
    });
    colleague(&["merge", desk.db.to_str().unwrap()]);
    for db in [&desk.db, &other] {
        let conn = Connection::open(db).unwrap();
        let live: Vec<String> = conn
            .prepare("SELECT id FROM contacts WHERE deleted_at IS NULL")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(live, std::slice::from_ref(&dana), "{}", db.display());
        let notes: Vec<(String, String)> = conn
            .prepare(
                "SELECT contact_id, text FROM interactions WHERE subject = 'merged' ORDER BY text",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(notes.len(), 2, "one note each, not one per copy: {notes:?}");
        assert_eq!(notes[0].0, dana_l);
        assert_eq!(notes[1].0, dana);
    }
}
