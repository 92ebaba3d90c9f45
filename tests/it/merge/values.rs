//! Values another copy holds that this version cannot read as they are: a status
//! or lifecycle it does not know, a quality or probability out of range, a time
//! outside the years 1900–9999, an empty name. Merged, they were stored and shown as
//! something else; now each row is set aside with the column and value named, and
//! `check` counts such rows in the local file.

use super::{Copy, start};
use chrono::Duration;
use leadometer::domain::{ContactKind, LeadStatus, Lifecycle};
use rusqlite::Connection;

fn tamper(copy: &Copy) -> Connection {
    let conn = Connection::open(&copy.path).unwrap();
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    conn
}

/// Each bad value, on a contact of its own: the SQL that sets it, the column and
/// the value as a reason shows it.
const BAD_CONTACTS: &[(&str, &str, &str)] = &[
    ("quality = 999999", "quality", "999999"),
    ("status = 'zzz-unknown'", "status", "zzz-unknown"),
    ("lifecycle = 'red'", "lifecycle", "red"),
    ("kind = 'robot'", "kind", "robot"),
    (
        "created_at = -9223372036854775808",
        "created_at",
        "-9223372036854775808",
    ),
    (
        "updated_at = 9223372036854775807",
        "updated_at",
        "9223372036854775807",
    ),
    ("name = '  '", "name", "is empty"),
    ("aliases = '{\"a\": 1}'", "aliases", "JSON list"),
];

#[test]
fn values_this_version_cannot_read_are_set_aside_with_the_column_and_value_named() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    let at = start() + Duration::minutes(1);
    let ids: Vec<String> = (0..BAD_CONTACTS.len())
        .map(|i| avi.add(&format!("Lead {i}"), &format!("052-555-12{i:02}"), at))
        .collect();
    let fine = avi.add("Ron Tal", "052-555-9999", at);
    let conn = tamper(&avi);
    for ((set, ..), id) in BAD_CONTACTS.iter().zip(&ids) {
        conn.execute(&format!("UPDATE contacts SET {set} WHERE id = ?1"), [id])
            .unwrap();
    }
    conn.execute_batch(&format!(
        "INSERT INTO deals (id, contact_id, title, amount_minor, currency, stage, probability,
             stage_changed_at, created_at, updated_at, updated_by, clock)
         VALUES ('deal-sure', '{noa}', 'Kitchen', 100, 'ILS', 'New', 2.5,
                 0, 0, 0, 'Avi', '000000000000000-000000-a'),
                ('deal-negative', '{noa}', 'Bath', -5, 'ILS', 'New', 0.5,
                 0, 0, 0, 'Avi', '000000000000000-000000-a'),
                ('deal-odd-stage', '{noa}', 'Roof', 100, 'ILS', 'Stage not listed here', 0.5,
                 0, 0, 0, 'Avi', '000000000000000-000000-a');
         INSERT INTO interactions (id, contact_id, kind, direction, occurred_at, logged_by, created_at)
         VALUES ('fax', '{noa}', 'fax', NULL, 0, 'Avi', 0),
                ('sideways', '{noa}', 'call', 'sideways', 0, 'Avi', 0),
                ('before-1900', '{noa}', 'call', 'out', -3000000000000, 'Avi', 0);"
    ))
    .unwrap();
    drop(conn);

    let report = dana.merge(&avi, start() + Duration::minutes(5));
    let reason_of = |table: &str, id: &str| -> String {
        report
            .not_taken
            .rows_set_aside
            .iter()
            .find(|r| r.table == table && r.row_id == id)
            .map(|r| r.reason.clone())
            .unwrap_or_else(|| panic!("{table} {id} not set aside: {report:#?}"))
    };
    for ((_, column, value), id) in BAD_CONTACTS.iter().zip(&ids) {
        let reason = reason_of("contacts", id);
        assert!(
            reason.contains(column) && reason.contains(value),
            "{column} {value}: {reason}"
        );
        assert!(dana.contact(id).is_none(), "{column} was stored");
    }
    for (table, id, says) in [
        ("deals", "deal-sure", "probability"),
        ("deals", "deal-negative", "amount_minor"),
        ("interactions", "fax", "\"fax\""),
        ("interactions", "sideways", "\"sideways\""),
        ("interactions", "before-1900", "occurred_at"),
    ] {
        let reason = reason_of(table, id);
        assert!(reason.contains(says), "{table} {id}: {reason}");
    }
    // A deal in a stage this desk does not list is not refused for it.
    assert!(
        !report
            .not_taken
            .rows_set_aside
            .iter()
            .any(|r| r.row_id == "deal-odd-stage"),
        "{report:#?}"
    );
    assert!(dana.contact(&fine).is_some(), "the sound rows came in");
    let problems = dana.store().merge_problems(start()).unwrap();
    assert!(
        problems.iter().any(|p| p.contains("zzz-unknown")),
        "{problems:?}"
    );
    // It is kept, and `check` names it, for it to be moved to a stage the desk has.
    let problems = dana.store().check().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("\"Roof\"") && problems[0].contains("\"Stage not listed here\""),
        "{problems:?}"
    );
}

#[test]
fn check_counts_local_contacts_this_version_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let ids: Vec<String> = (0..BAD_CONTACTS.len())
        .map(|i| dana.add(&format!("Lead {i}"), &format!("052-555-12{i:02}"), start()))
        .collect();
    assert!(dana.store().check().unwrap().is_empty());
    let conn = tamper(&dana);
    for ((set, ..), id) in BAD_CONTACTS.iter().zip(&ids) {
        conn.execute(&format!("UPDATE contacts SET {set} WHERE id = ?1"), [id])
            .unwrap();
    }
    drop(conn);
    let problems = dana.store().check().unwrap();
    for expected in [
        "3 contacts whose status, lifecycle or kind this version does not know",
        "1 contacts whose quality is not from 1 to 5",
        "2 contacts with a time outside the years 1900 to 9999",
        "1 contacts with an empty name",
        "1 contacts whose aliases are not a JSON list",
    ] {
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{expected}: {problems:?}"
        );
    }
}

#[test]
fn every_status_lifecycle_and_kind_this_version_knows_passes_check_and_merge() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    let mut sets = Vec::new();
    sets.extend(LeadStatus::ALL.iter().map(|w| format!("status = '{w}'")));
    sets.extend(Lifecycle::ALL.iter().map(|w| format!("lifecycle = '{w}'")));
    sets.extend(ContactKind::ALL.iter().map(|w| format!("kind = '{w}'")));
    sets.extend(["quality = 1", "quality = 5", "quality = NULL"].map(String::from));
    let at = start() + Duration::minutes(1);
    let conn = tamper(&avi);
    let mut ids = Vec::new();
    for (i, set) in sets.iter().enumerate() {
        let id = avi.add(&format!("Lead {i}"), &format!("052-555-{i:04}"), at);
        conn.execute(&format!("UPDATE contacts SET {set} WHERE id = ?1"), [&id])
            .unwrap();
        ids.push(id);
    }
    drop(conn);
    assert!(avi.store().check().unwrap().is_empty());
    let report = dana.merge(&avi, start() + Duration::minutes(5));
    assert!(report.not_taken.rows_set_aside.is_empty(), "{report:#?}");
    assert!(ids.iter().all(|id| dana.contact(id).is_some()));
    assert!(dana.contact(&noa).is_some());
}
