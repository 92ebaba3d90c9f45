use super::*;
use crate::store::Store;

/// A version 5 file's chunks hold six lines per contact; read as seven they
/// would run contacts together, so migration 6 has every chunk rebuilt.
#[test]
fn a_version_5_file_s_search_chunks_are_rebuilt_in_the_new_layout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v5.db");
    {
        let conn = Connection::open(&path).unwrap();
        for migration in &MIGRATIONS[..5] {
            conn.execute_batch(migration).unwrap();
        }
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", 5).unwrap();
        conn.execute_batch(
            "INSERT INTO meta (key, value) VALUES ('device_id', 'd5'), ('database_id', 'x');
             INSERT INTO contacts (id, name, kind, lifecycle, status, created_at, updated_at,
                 updated_by, clock)
             VALUES ('c1', 'Noa', 'person', 'lead', 'new', 0, 0, 'me', '000000000000000-000000-d5'),
                    ('c2', 'Ron', 'person', 'lead', 'new', 0, 0, 'me', '000000000000000-000000-d5');
             INSERT INTO contact_search (contact_id, name, status, lifecycle, created_at,
                 name_key, company_key, emails, phone_digits, last_activity_at)
             VALUES ('c1', 'Noa', 'new', 'lead', 0, 'noa', '', '', '', 0),
                    ('c2', 'Ron', 'new', 'lead', 0, 'ron', '', '', '', 0);
             DELETE FROM search_dirty;
             INSERT INTO search_chunks VALUES (0, 'c1' || char(10) || 'noa' || char(10)
                 || char(10) || char(10) || char(10) || '0' || char(10) || 'c2' || char(10)
                 || 'ron' || char(10) || char(10) || char(10) || char(10) || '0');",
        )
        .unwrap();
    }
    let store = Store::open(&path, &Config::default()).unwrap();
    for name in ["Noa", "Ron"] {
        let found = store.search(name, None).unwrap();
        assert_eq!(found.len(), 1, "{name}");
        assert_eq!(found[0].contact.name, name);
    }
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn a_version_1_file_with_leads_is_brought_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        // Only the derived row the inbox reads; its contact does not matter here.
        conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO contact_search (contact_id, name, status, lifecycle, created_at,
                 name_key, company_key, emails, phone_digits, last_activity_at)
             VALUES ('c1', 'Noa', 'new', 'lead', 0, 'noa', '', '', '', 0)",
            [],
        )
        .unwrap();
    }
    let store = Store::open(&path, &Config::default()).unwrap();
    let version: i64 = store
        .conn()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, VERSION);
    let indexes: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name IN
             ('contact_search_inbox', 'deals_open_value', 'tasks_open_contact')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexes, 3);
    let now = chrono::DateTime::from_timestamp(60, 0).unwrap();
    let inbox = store.inbox(now, now, true).unwrap();
    assert_eq!(
        inbox.entries.len(),
        1,
        "the lead kept, and found through the new index"
    );
}

/// A version 12 file (before templates) keeps its timeline and gains the starter
/// templates, the campaign tables and an empty `template` on every entry.
#[test]
fn a_version_12_file_gains_the_starter_templates_and_keeps_its_timeline() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v12.db");
    {
        let conn = Connection::open(&path).unwrap();
        for migration in &MIGRATIONS[..12] {
            conn.execute_batch(migration).unwrap();
        }
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", 12).unwrap();
        conn.execute_batch(
            "INSERT INTO meta (key, value) VALUES ('device_id', 'd12'), ('database_id', 'x');
             INSERT INTO contacts (id, name, kind, lifecycle, status, created_at, updated_at,
                 updated_by, clock)
             VALUES ('c1', 'Noa', 'person', 'lead', 'new', 0, 0, 'me', '000000000000000-000000-d12');
             INSERT INTO contact_search (contact_id, name, status, lifecycle, created_at,
                 name_key, company_key, emails, phone_digits, last_activity_at)
             VALUES ('c1', 'Noa', 'new', 'lead', 0, 'noa', '', '', '', 0);
             INSERT INTO interactions (id, contact_id, kind, direction, text, occurred_at,
                 logged_by, created_at)
             VALUES ('i1', 'c1', 'call', 'out', 'hi', 0, 'me', 0);",
        )
        .unwrap();
    }
    let store = Store::open(&path, &Config::default()).unwrap();
    let timeline = store.timeline("c1").unwrap();
    assert_eq!(timeline.len(), 1);
    assert_eq!(timeline[0].template, None);
    assert_eq!(
        store.templates().unwrap().len(),
        crate::domain::template::starter().len()
    );
    assert!(store.campaigns().unwrap().is_empty());
    assert!(store.check().unwrap().is_empty(), "{:?}", store.check());
}

/// Each starter template keeps its id: every desk's copy of `starter-N` must be the
/// same template, so a new one is added at the end, never in between.
#[test]
fn the_starter_templates_keep_their_places() {
    let names: Vec<(String, String)> = crate::domain::template::starter()
        .into_iter()
        .map(|t| (t.language, t.name))
        .collect();
    let pinned = [
        ("en", "First reply"),
        ("en", "Missed your call"),
        ("en", "Quote follow-up"),
        ("en", "Campaign invitation"),
        ("he", "מענה ראשון"),
        ("he", "פספסתי את שיחתך"),
        ("he", "מעקב אחרי הצעת מחיר"),
        ("he", "הזמנה לקמפיין"),
        ("hu", "Első válasz"),
        ("hu", "Nem értem el"),
        ("hu", "Ajánlat utánkövetése"),
        ("hu", "Kampánymeghívó"),
    ];
    for (place, (language, name)) in pinned.iter().enumerate() {
        assert_eq!(
            names.get(place),
            Some(&(language.to_string(), name.to_string())),
            "starter-{place}"
        );
    }
}
