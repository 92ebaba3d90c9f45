//! Another copy that is not what it should be: rows that break our constraints,
//! clocks that are not clocks, text that drives the terminal. A merge takes what is
//! sound, keeps the rest aside, and never fails as a whole for one bad row.

use super::{Copy, dump, start};
use chrono::Duration;
use leadometer::domain::hlc::Hlc;
use rusqlite::Connection;
use std::path::Path;

/// The copy's file opened for tampering, as someone with sqlite3 would.
fn tamper(copy: &Copy) -> Connection {
    let conn = Connection::open(&copy.path).unwrap();
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    conn
}

fn count(path: &Path, sql: &str) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

fn foreign_key_problems(path: &Path) -> i64 {
    count(path, "SELECT count(*) FROM pragma_foreign_key_check")
}

#[test]
fn a_call_whose_contact_is_missing_is_set_aside_and_the_rest_is_merged() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    let ron = avi.add("Ron Tal", "052-555-1234", start() + Duration::minutes(1));
    tamper(&avi)
        .execute(
            "INSERT INTO interactions (id, contact_id, kind, occurred_at, logged_by, created_at)
             VALUES ('orphan-call', 'nobody', 'call', 0, 'Avi', 0)",
            [],
        )
        .unwrap();

    let report = dana.merge(&avi, start() + Duration::minutes(5));
    assert!(dana.contact(&ron).is_some(), "the sound rows came in");
    assert_eq!(report.not_taken.rows_set_aside.len(), 1, "{report:?}");
    let aside = &report.not_taken.rows_set_aside[0];
    assert_eq!(
        (aside.table.as_str(), aside.row_id.as_str()),
        ("interactions", "orphan-call")
    );
    assert!(aside.reason.contains("contact_id"), "{}", aside.reason);
    assert_eq!(foreign_key_problems(&dana.path), 0);
    let kept: String = tamper(&dana)
        .query_row("SELECT row_json FROM set_aside", [], |r| r.get(0))
        .unwrap();
    assert!(
        kept.contains("\"contact_id\":\"nobody\""),
        "kept whole: {kept}"
    );
    let problems = dana.store().merge_problems(start()).unwrap();
    assert!(
        problems.iter().any(|p| p.contains("orphan-call")),
        "{problems:?}"
    );

    // The next merge neither fails nor keeps it twice.
    let before = dump(&dana.path);
    let again = dana.merge(&avi, start() + Duration::minutes(6));
    assert!(again.not_taken.rows_set_aside.is_empty());
    assert_eq!(again.not_taken.rows_already_set_aside, 1);
    assert!(!again.changed_anything(), "{again:?}");
    assert_eq!(dump(&dana.path), before);
    assert_eq!(count(&dana.path, "SELECT count(*) FROM set_aside"), 1);
}

#[test]
fn every_kind_of_bad_row_is_set_aside_with_what_points_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    let ron = avi.add("Ron Tal", "052-555-1234", start() + Duration::minutes(1));
    let gil = avi.add("Gil Bar", "052-555-9999", start() + Duration::minutes(1));
    avi.log_call(&gil, "hello", start() + Duration::minutes(2));
    let conn = tamper(&avi);
    conn.execute_batch(&format!(
        "UPDATE contacts SET custom = '{{not json' WHERE id = '{gil}';
         INSERT INTO deals (id, contact_id, account_id, title, amount_minor, currency, stage,
             stage_changed_at, created_at, updated_at, updated_by, clock)
         VALUES ('deal-no-account', '{noa}', 'no-such-account', 'Kitchen', 100, 'ILS', 'New',
             0, 0, 0, 'Avi', '000000000000000-000000-a');
         INSERT INTO tasks (id, contact_id, title, due_at, created_at, updated_at, updated_by,
             clock, clocks)
         VALUES ('task-bad-clocks', '{ron}', 'Call back', 0, 0, 0, 'Avi',
             '000000000000000-000000-a', '{{\"title\": 5}}');
         INSERT INTO contact_emails (id, contact_id, email, created_at, updated_at, updated_by, clock)
         VALUES ('', '{ron}', 'ron@tal.example', 0, 0, 'Avi', '000000000000000-000000-a');"
    ))
    .unwrap();
    // The same imported message on both copies, under two ids.
    let message = "INSERT INTO interactions (id, contact_id, kind, occurred_at, logged_by,
                       created_at, external_key) VALUES (?1, ?2, 'whatsapp', 0, 'x', 0, 'wa:1')";
    conn.execute(message, ["avi-message", noa.as_str()])
        .unwrap();
    tamper(&dana)
        .execute(message, ["dana-message", noa.as_str()])
        .unwrap();

    let report = dana.merge(&avi, start() + Duration::minutes(5));
    let mut aside: Vec<(String, String)> = report
        .not_taken
        .rows_set_aside
        .iter()
        .map(|r| (r.table.clone(), r.row_id.clone()))
        .collect();
    aside.sort();
    // Avi's only email row, whose id is empty.
    let without_id = "(row 1, without a text id)".to_string();
    let mut expected = vec![
        ("contact_emails".to_string(), without_id),
        ("contact_phones".into(), count_phone_id(&avi, &gil)),
        ("contacts".into(), gil.clone()),
        ("deals".into(), "deal-no-account".into()),
        ("interactions".into(), "avi-message".into()),
        ("tasks".into(), "task-bad-clocks".into()),
    ];
    // Gil's call and the status change it made went with him.
    expected.extend(
        interaction_ids_of(&avi, &gil)
            .into_iter()
            .map(|id| ("interactions".into(), id)),
    );
    expected.sort();
    assert_eq!(aside, expected, "{:#?}", report.not_taken.rows_set_aside);
    assert!(dana.contact(&ron).is_some());
    assert_eq!(foreign_key_problems(&dana.path), 0);
    assert!(dana.store().check().unwrap().is_empty());
}

fn count_phone_id(copy: &Copy, contact: &str) -> String {
    tamper(copy)
        .query_row(
            "SELECT id FROM contact_phones WHERE contact_id = ?1",
            [contact],
            |r| r.get(0),
        )
        .unwrap()
}

fn interaction_ids_of(copy: &Copy, contact: &str) -> Vec<String> {
    let conn = tamper(copy);
    let mut stmt = conn
        .prepare("SELECT id FROM interactions WHERE contact_id = ?1")
        .unwrap();
    stmt.query_map([contact], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_garbage_or_far_future_clock_never_wins_over_a_real_edit() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    let year_9999 = Hlc {
        wall_ms: 253_402_300_799_000,
        counter: 0,
        device: "ffff".into(),
    };
    tamper(&avi)
        .execute(
            "UPDATE contacts SET name = 'Garbage', owner = 'Future',
                 clocks = json_object('name', '~~~~', 'owner', ?2) WHERE id = ?1",
            [noa.as_str(), &year_9999.to_string()],
        )
        .unwrap();

    let report = dana.merge(&avi, start() + Duration::minutes(5));
    let noa_here = dana.contact(&noa).unwrap();
    assert_eq!(noa_here.name, "Noa Levi");
    assert_eq!(noa_here.owner, None);
    let mut fields: Vec<&str> = report
        .not_taken
        .clocks_distrusted
        .iter()
        .map(|c| c.field.as_str())
        .collect();
    fields.sort();
    assert_eq!(
        fields,
        ["name", "owner"],
        "{:?}",
        report.not_taken.clocks_distrusted
    );

    // A real edit later, then the same bad copy again: the edit holds.
    dana.rename(&noa, "Noa Levi-Cohen", start() + Duration::minutes(6));
    dana.merge(&avi, start() + Duration::minutes(7));
    assert_eq!(dana.contact(&noa).unwrap().name, "Noa Levi-Cohen");
    // Nor does this file's own clock jump to the year 9999.
    let clock: String = tamper(&dana)
        .query_row("SELECT value FROM meta WHERE key = 'clock'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(
        Hlc::parse(&clock).unwrap().wall_ms < year_9999.wall_ms,
        "{clock}"
    );

    let problems = avi.store().merge_problems(start()).unwrap();
    assert_eq!(problems.len(), 2, "check names both: {problems:?}");
}

#[test]
fn a_later_edit_here_wins_over_rows_twelve_hours_ahead_of_their_files_clock() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    let avi_device: String = tamper(&avi)
        .query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| {
            r.get(0)
        })
        .unwrap();
    // Avi's row is twelve hours ahead (believed: under a day), but his file's meta
    // clock and version vector were not moved with it.
    let ahead = Hlc {
        wall_ms: (start() + Duration::hours(12)).timestamp_millis(),
        counter: 0,
        device: avi_device,
    }
    .to_string();
    tamper(&avi)
        .execute(
            "UPDATE contacts SET name = 'Noa from Avi', clock = ?2,
                 clocks = json_set(clocks, '$.name', ?2) WHERE id = ?1",
            [noa.as_str(), &ahead],
        )
        .unwrap();

    let report = dana.merge(&avi, start() + Duration::minutes(5));
    assert!(report.not_taken.clocks_distrusted.is_empty(), "{report:?}");
    assert_eq!(dana.contact(&noa).unwrap().name, "Noa from Avi");

    // Dana saw Avi's name, then changed it: her change is the later one.
    dana.rename(&noa, "Noa Levi-Cohen", start() + Duration::minutes(6));
    let again = dana.merge(&avi, start() + Duration::minutes(7));
    assert_eq!(dana.contact(&noa).unwrap().name, "Noa Levi-Cohen");
    assert!(again.conflicts.is_empty(), "{:?}", again.conflicts);
    // And the other way round: Avi takes her edit.
    avi.merge(&dana, start() + Duration::minutes(8));
    assert_eq!(avi.contact(&noa).unwrap().name, "Noa Levi-Cohen");
}

#[test]
fn a_counter_past_a_million_still_wins_over_a_smaller_one() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    let at = |counter: u32, device: &str| {
        Hlc {
            wall_ms: (start() + Duration::minutes(1)).timestamp_millis(),
            counter,
            device: device.into(),
        }
        .to_string()
    };
    let set_name = |copy: &Copy, name: &str, clock: String| {
        tamper(copy)
            .execute(
                "UPDATE contacts SET name = ?2, clocks = json_object('name', ?3) WHERE id = ?1",
                [noa.as_str(), name, &clock],
            )
            .unwrap();
    };
    set_name(&dana, "Noa (999,999th change)", at(999_999, "dana"));
    set_name(&avi, "Noa (millionth change)", at(1_000_000, "avi"));
    dana.merge(&avi, start() + Duration::minutes(5));
    assert_eq!(dana.contact(&noa).unwrap().name, "Noa (millionth change)");
}

#[test]
fn text_from_another_copy_is_cleaned_on_the_way_in_and_stays_clean() {
    let dir = tempfile::tempdir().unwrap();
    let avi = Copy::new(dir.path(), "Avi");
    let noa = avi.add("Noa Levi", "054-490-0148", start());
    avi.log_call(&noa, "fine", start());
    tamper(&avi)
        .execute_batch(&format!(
            "UPDATE contacts SET name = 'Noa' || char(27) || ']52;c;aGk=' || char(7) || ' Levi',
                 notes = 'line 1' || char(13, 10) || 'line 2' || char(27) || '[2J',
                 source = 'Face' || char(8238) || 'book'
             WHERE id = '{noa}';
             UPDATE interactions SET text = 'hi' || char(27) || '[31m there' WHERE contact_id = '{noa}';"
        ))
        .unwrap();
    let expect_clean = |copy: &Copy| {
        let contact = copy.contact(&noa).unwrap();
        assert_eq!(contact.name, "Noa Levi");
        assert_eq!(contact.notes.as_deref(), Some("line 1\nline 2"));
        assert_eq!(contact.source.as_deref(), Some("Facebook"));
        let texts = count(
            &copy.path,
            "SELECT count(*) FROM interactions WHERE text = 'hi there'",
        );
        assert!(texts >= 1);
    };
    // Into a file with leads of its own, row by row.
    let dana = Copy::new(dir.path(), "Dana");
    dana.add("Ron Tal", "052-555-1234", start());
    let report = dana.merge(&avi, start() + Duration::minutes(1));
    assert!(report.not_taken.texts_cleaned >= 4, "{report:?}");
    expect_clean(&dana);
    let before = dump(&dana.path);
    assert!(
        !dana
            .merge(&avi, start() + Duration::minutes(2))
            .changed_anything()
    );
    assert_eq!(dump(&dana.path), before, "cleaning again changes nothing");
    // Into an empty file, whole.
    let gil = Copy::new(dir.path(), "Gil");
    gil.merge(&avi, start() + Duration::minutes(1));
    expect_clean(&gil);
}

#[test]
fn joining_from_a_bad_copy_takes_the_good_rows_whole_and_keeps_the_bad_aside() {
    let dir = tempfile::tempdir().unwrap();
    let avi = Copy::new(dir.path(), "Avi");
    let noa = avi.add("Noa Levi", "054-490-0148", start());
    tamper(&avi)
        .execute_batch(
            "INSERT INTO interactions (id, contact_id, kind, occurred_at, logged_by, created_at)
             VALUES ('orphan-call', 'nobody', 'call', 0, 'Avi', 0);
             UPDATE contacts SET clock = '~~~~';",
        )
        .unwrap();
    let newcomer = Copy::new(dir.path(), "Newcomer");
    let report = newcomer.merge(&avi, start() + Duration::minutes(1));
    assert!(newcomer.contact(&noa).is_some());
    assert_eq!(report.not_taken.rows_set_aside.len(), 1, "{report:?}");
    assert_eq!(report.not_taken.clocks_distrusted.len(), 1, "{report:?}");
    assert_eq!(foreign_key_problems(&newcomer.path), 0);
    assert_eq!(count(&newcomer.path, "SELECT count(*) FROM set_aside"), 1);
    assert_eq!(
        count(
            &newcomer.path,
            "SELECT count(*) FROM contacts WHERE clock = '~~~~'"
        ),
        0
    );
}

#[test]
fn a_conflict_record_with_a_garbage_clock_does_not_replace_a_sound_one() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    dana.rename(&noa, "Noa Levy", start() + Duration::minutes(5));
    avi.rename(&noa, "Noa Levi-Cohen", start() + Duration::minutes(7));
    dana.merge(&avi, start() + Duration::minutes(10));
    let kept = |copy: &Copy| -> String {
        tamper(copy)
            .query_row("SELECT kept_value FROM overwritten", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(kept(&dana), "Noa Levi-Cohen");
    // Avi's copy of that record, its kept side rewritten with a clock that is none.
    let avi_copy = dana.duplicate(dir.path(), "avi-copy");
    tamper(&avi_copy)
        .execute_batch("UPDATE overwritten SET kept_value = 'Hijacked', kept_clock = '~~~~'")
        .unwrap();
    let report = dana.merge(&avi_copy, start() + Duration::minutes(11));
    assert_eq!(kept(&dana), "Noa Levi-Cohen");
    assert_eq!(report.not_taken.rows_set_aside.len(), 1, "{report:?}");
    assert_eq!(report.not_taken.rows_set_aside[0].table, "overwritten");
}
