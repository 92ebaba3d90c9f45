use crate::config::Config;
use crate::domain::Contact;
use crate::store::{Store, new_id};
use chrono::{DateTime, Utc};

fn lead(store: &mut Store, name: &str, now: DateTime<Utc>) -> String {
    let lead = Contact::new_lead(new_id(), name.into(), now, "Dana");
    store.add_lead(now, &lead).unwrap().0.id
}

#[test]
fn nothing_is_owed_before_joining_and_everything_after() {
    let dir = tempfile::tempdir().unwrap();
    let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
    let mut store = Store::open(&dir.path().join("desk.db"), &Config::default()).unwrap();
    lead(&mut store, "Avi Cohen", now);
    assert_eq!(store.owed_count().unwrap(), 0, "no server, no outbox");
    store.join_server("office").unwrap();
    let owed = store.owed_rows(1000).unwrap();
    let tables: Vec<&str> = owed.iter().map(|row| row.table).collect();
    // The starter templates, as every new file holds them, are every desk's already.
    assert_eq!(tables, ["contacts"], "{owed:?}");
    assert_eq!(
        store.join_server("office").unwrap(),
        0,
        "joining again changes nothing"
    );
    let before = store.owed_count().unwrap();
    lead(&mut store, "Noa Levi", now);
    assert!(store.owed_count().unwrap() > before);
}

#[test]
fn a_connection_opened_before_another_joined_records_its_changes_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
    let mut desk = Store::open(&path, &Config::default()).unwrap();
    let mut sync_thread = Store::open(&path, &Config::default()).unwrap();
    sync_thread.join_server("office").unwrap();
    let id = lead(&mut desk, "Avi Cohen", now);
    let owed = desk.owed_rows(1000).unwrap();
    assert!(
        owed.iter()
            .any(|row| row.table == "contacts" && row.row_id == id),
        "{owed:?}"
    );
}

#[test]
fn a_row_changed_while_it_was_pushed_stays_owed() {
    let dir = tempfile::tempdir().unwrap();
    let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
    let mut store = Store::open(&dir.path().join("desk.db"), &Config::default()).unwrap();
    store.join_server("office").unwrap();
    let id = lead(&mut store, "Avi Cohen", now);
    let owed = store.owed_rows(1000).unwrap();
    // A change lands between reading the outbox and the server's commit.
    store
        .edit_contact(now, &id, |_, contact| {
            contact.name = "Avi Cohen-Levi".into();
            Ok(())
        })
        .unwrap();
    store.pushed(&owed, owed.len() as i64).unwrap();
    let left = store.owed_rows(1000).unwrap();
    assert!(left.iter().any(|row| row.row_id == id), "{left:?}");
    assert_eq!(store.server_seq().unwrap(), owed.len() as i64);
}
