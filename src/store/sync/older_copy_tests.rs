//! A colleague's copy written before aliases (schema version 5) merges into one that
//! has them: its contacts arrive with none, and ours keep theirs.

use crate::config::Config;
use crate::domain::Contact;
use crate::domain::phone::{Phone, parse_region};
use crate::store::file::schema::MIGRATIONS;
use crate::store::{APPLICATION_ID, Store};
use chrono::{TimeZone, Utc};
use rusqlite::Connection;

/// A file as version 5 wrote it, holding `noa` (as an older edit) and Ron.
fn version_5_copy(path: &std::path::Path, noa: &str) {
    let conn = Connection::open(path).unwrap();
    for migration in &MIGRATIONS[..5] {
        conn.execute_batch(migration).unwrap();
    }
    conn.pragma_update(None, "application_id", APPLICATION_ID)
        .unwrap();
    conn.pragma_update(None, "user_version", 5).unwrap();
    let clock = "000000000000000-000000-avi";
    conn.execute_batch(&format!(
        "INSERT INTO meta (key, value) VALUES ('device_id', 'avi'), ('database_id', 'x');
         INSERT INTO contacts (id, name, kind, lifecycle, status, created_at, updated_at,
             updated_by, clock)
         VALUES ('{noa}', 'Noa Levi', 'person', 'lead', 'new', 0, 0, 'Avi', '{clock}'),
                ('ron', 'Ron Tal', 'person', 'lead', 'new', 0, 0, 'Avi', '{clock}');
         INSERT INTO contact_phones (id, contact_id, raw, e164, created_at, updated_at,
             updated_by, clock)
         VALUES ('ron-phone', 'ron', '052-555-9999', '+972525559999', 0, 0, 'Avi', '{clock}');"
    ))
    .unwrap();
}

#[test]
fn a_version_5_copy_merges_and_our_aliases_stay() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        user: "Dana".into(),
        ..Config::default()
    };
    let now = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
    let mut ours = Store::open(&dir.path().join("ours.db"), &config).unwrap();
    let mut noa = Contact::new_lead(crate::store::new_id(), "Noa Levi".into(), now, "Dana");
    noa.phones
        .push(Phone::parse("054-490-0148", parse_region("IL").unwrap()));
    noa.aliases.push("נועה לוי".into());
    ours.insert_contact(now, &noa).unwrap();
    let theirs = dir.path().join("avi.db");
    version_5_copy(&theirs, &noa.id);

    let report = ours.merge_from(now, &theirs, false).unwrap();
    assert!(report.not_taken.rows_set_aside.is_empty(), "{report:#?}");
    assert_eq!(ours.contact(&noa.id).unwrap().aliases, ["נועה לוי"]);
    assert!(ours.contact("ron").unwrap().aliases.is_empty());
    assert_eq!(ours.search("נועה", None).unwrap().len(), 1);
    assert_eq!(ours.search("ron", None).unwrap().len(), 1);
    assert!(ours.check().unwrap().is_empty());
    let version: i64 = Connection::open(&theirs)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 5, "the other file is never written");
}
