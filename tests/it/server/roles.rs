//! Who may do what on the server: an invited desk's role reads and appends its own
//! log and nothing more; a file keeps to its office; a newer server, a password in
//! the address, or a certificate nobody vouched for stop a sync before anything is
//! exchanged; and entries nobody's Leadometer wrote are set aside, never fatal.

use super::{TestServer, server};
use crate::common;
use leadometer::server::{ServerAddress, ServerError, invite, sync};
use leadometer::store::Store;
use serde_json::{Value, json};
use std::path::Path;
use std::str::FromStr;

/// An invited desk: its address (plain, as the owner's) and password file.
struct Invitee {
    role: String,
    url: String,
    password_file: std::path::PathBuf,
}

impl Invitee {
    fn new(server: &TestServer, dir: &Path, who: &str) -> Invitee {
        let role = format!("{}_{who}", server.database);
        let password_file = dir.join(format!("{who}.password"));
        let invited = invite(&server.address(), &role, &password_file).unwrap();
        assert_eq!(invited.role, role);
        // The owner's address with this role as its user, keeping its sslmode.
        let url = server
            .url
            .replacen("postgres://postgres@", &format!("postgres://{role}@"), 1);
        Invitee {
            role,
            url,
            password_file,
        }
    }

    fn address(&self) -> ServerAddress {
        ServerAddress::parse(&self.url, Some(&self.password_file), None).unwrap()
    }

    /// A plain connection as this role, to try what the desk's code never does.
    fn client(&self) -> postgres::Client {
        let password = std::fs::read_to_string(&self.password_file).unwrap();
        postgres::Config::from_str(&self.url)
            .unwrap()
            .password(password.trim())
            .connect(postgres::NoTls)
            .unwrap()
    }
}

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

/// What the server holds: (devices, entries).
fn held(client: &mut postgres::Client) -> (i64, i64) {
    let row = client
        .query_one(
            "SELECT (SELECT count(*) FROM leadometer.devices), (SELECT count(*) FROM leadometer.changes)",
            &[],
        )
        .unwrap();
    (row.get(0), row.get(1))
}

#[test]
fn an_invited_desk_trades_its_own_changes_and_can_touch_no_one_elses() {
    let Some(server) = server("an_invited_desk_trades_its_own_changes") else {
        return;
    };
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let noa = Invitee::new(&server, dir.path(), "noa");
    let dana = Invitee::new(&server, dir.path(), "dana");
    let mut noa_desk = server.desk(&dir.path().join("noa.db"), "Noa");
    let mut dana_desk = server.desk(&dir.path().join("dana.db"), "Dana");

    let lead = common::add_lead(&mut noa_desk, "Avi Cohen", "054-490-0148", now());
    let pushed = sync(&mut noa_desk, &noa.address(), now()).unwrap();
    assert!(pushed.pushed >= 1, "{pushed:?}");
    let pulled = sync(&mut dana_desk, &dana.address(), now()).unwrap();
    assert_eq!(pulled.pulled.merged.contacts_added, 1, "{pulled:?}");
    dana_desk
        .edit_contact(now(), &lead, |_, c| {
            c.owner = Some("Dana".into());
            Ok(())
        })
        .unwrap();
    sync(&mut dana_desk, &dana.address(), now()).unwrap();
    sync(&mut noa_desk, &noa.address(), now()).unwrap();
    assert_eq!(
        noa_desk.contact(&lead).unwrap().owner.as_deref(),
        Some("Dana")
    );

    let mut as_noa = noa.client();
    let before = held(&mut as_noa);
    let dana_device = dana_desk.device().to_string();
    let refused = |client: &mut postgres::Client, sql: &str, why: &str| {
        let error = client
            .batch_execute(sql)
            .expect_err(&format!("{sql} was allowed"));
        let message = leadometer::server::describe(&error);
        assert!(message.contains(why), "{sql}: {message}");
    };
    // Appending under Dana's device, however it is put.
    refused(
        &mut as_noa,
        &format!(
            "INSERT INTO leadometer.changes (device, seq, tbl, row_id, row)
             VALUES ('{dana_device}', 1000, 'contacts', 'x', '{{}}')"
        ),
        "row-level security",
    );
    refused(
        &mut as_noa,
        &format!(
            "INSERT INTO leadometer.pushes (device, last_seq, schema_version, vector, cursors)
             VALUES ('{dana_device}', 1000, 1, '{{}}', '{{}}')"
        ),
        "row-level security",
    );
    // A device of her own, registered as Dana's role.
    refused(
        &mut as_noa,
        &format!(
            "INSERT INTO leadometer.devices (device, role_name) VALUES ('forged', '{}')",
            dana.role
        ),
        "row-level security",
    );
    // The logs are append-only, and compaction is the owner's.
    for sql in [
        "UPDATE leadometer.changes SET row = '{}'",
        "DELETE FROM leadometer.changes",
        "UPDATE leadometer.devices SET role_name = current_user",
        "DELETE FROM leadometer.pushes",
        "UPDATE leadometer.meta SET value = '99'",
        "INSERT INTO leadometer.compacted (device, through_seq) VALUES ('x', 1)",
        "INSERT INTO leadometer.snapshots (schema_version, cursors, bytes) VALUES (1, '{}', 0)",
        "TRUNCATE leadometer.changes",
    ] {
        refused(&mut as_noa, sql, "permission denied");
    }
    let mut owner = server.admin_client();
    assert_eq!(
        held(&mut owner),
        before,
        "nothing of that reached the server"
    );
    let forged = leadometer::server::compact(&mut as_noa, now());
    assert!(forged.is_err(), "a desk's role compacted: {forged:?}");
    assert_eq!(held(&mut owner), before);
    // Dana's desk still trades normally.
    sync(&mut dana_desk, &dana.address(), now()).unwrap();
}

#[test]
fn an_address_holding_a_password_is_refused() {
    let refused = ServerAddress::parse("postgres://noa:hunter2@127.0.0.1:5432/office", None, None)
        .unwrap_err();
    assert!(matches!(refused, ServerError::Address { .. }), "{refused}");
    assert!(!refused.to_string().contains("hunter2"), "{refused}");
}

#[test]
fn a_file_of_one_office_refuses_another_offices_server_exchanging_nothing() {
    let (Some(x), Some(y)) = (
        server("a_file_of_one_office_x"),
        server("a_file_of_one_office_y"),
    ) else {
        return;
    };
    let office_x = x.init();
    let office_y = y.init();
    let dir = tempfile::tempdir().unwrap();
    let mut desk = x.desk(&dir.path().join("desk.db"), "Dana");
    common::add_lead(&mut desk, "Avi Cohen", "054-490-0148", now());
    sync(&mut desk, &x.address(), now()).unwrap();
    common::add_lead(&mut desk, "Noa Levi", "054-490-0149", now());
    let owed = desk.owed_count().unwrap();
    let cursors = desk.server_cursors().unwrap();

    let refused = sync(&mut desk, &y.address(), now()).unwrap_err();
    match &refused {
        ServerError::OtherOffice { joined, found } => {
            assert_eq!((joined, found), (&office_x, &office_y));
        }
        other => panic!("not OtherOffice: {other}"),
    }
    assert_eq!(held(&mut y.admin_client()), (0, 0), "Y got nothing");
    assert_eq!(desk.owed_count().unwrap(), owed, "the outbox waits for X");
    assert_eq!(desk.server_cursors().unwrap(), cursors);
    assert_eq!(desk.server_office().unwrap(), Some(office_x));
}

#[test]
fn a_server_of_a_newer_schema_is_refused_and_left_untouched() {
    let Some(server) = server("a_server_of_a_newer_schema_is_refused") else {
        return;
    };
    server.init();
    let mut owner = server.admin_client();
    owner
        .batch_execute("UPDATE leadometer.meta SET value = '99' WHERE key = 'schema_version'")
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut desk = server.desk(&dir.path().join("desk.db"), "Dana");
    common::add_lead(&mut desk, "Avi Cohen", "054-490-0148", now());
    let refused = sync(&mut desk, &server.address(), now()).unwrap_err();
    assert!(
        matches!(refused, ServerError::TooNew { found: 99, .. }),
        "{refused}"
    );
    // Nor does `server init` bring it "up to date" downwards.
    let init = leadometer::server::init(&server.address()).unwrap_err();
    assert!(matches!(init, ServerError::TooNew { .. }), "{init}");
    assert_eq!(held(&mut owner), (0, 0));
    let version: String = owner
        .query_one(
            "SELECT value FROM leadometer.meta WHERE key = 'schema_version'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(version, "99");
    assert_eq!(
        desk.server_office().unwrap(),
        None,
        "the file joined nothing"
    );
}

#[test]
fn over_tls_a_sync_works_with_the_root_cert_and_fails_plainly_without() {
    let Some(server) = server("over_tls_a_sync_works_with_the_root_cert") else {
        return;
    };
    let Some(root_cert) = std::env::var_os("LEADOMETER_TEST_POSTGRES_ROOT_CERT") else {
        eprintln!(
            "note: the TLS test skipped: the test cluster has no certificate (LEADOMETER_TEST_POSTGRES_ROOT_CERT is unset)"
        );
        return;
    };
    server.init();
    let url = server.url.replace("sslmode=disable", "sslmode=require");
    let dir = tempfile::tempdir().unwrap();
    let mut desk = server.desk(&dir.path().join("desk.db"), "Dana");
    common::add_lead(&mut desk, "Avi Cohen", "054-490-0148", now());

    let checked = ServerAddress::parse(&url, None, Some(Path::new(&root_cert))).unwrap();
    let synced = sync(&mut desk, &checked, now()).unwrap();
    assert!(synced.pushed >= 1, "{synced:?}");

    let unchecked = ServerAddress::parse(&url, None, None).unwrap();
    let refused = sync(&mut desk, &unchecked, now()).unwrap_err();
    assert!(refused.is_offline(), "{refused}");
    assert!(
        refused.to_string().contains("server_root_cert"),
        "{refused}"
    );
}

/// Every text value in the merged tables and set_aside that holds a control
/// character other than a line break or tab.
fn control_characters(path: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut found = Vec::new();
    let tables = leadometer::store::MERGED_TABLES
        .iter()
        .copied()
        .chain(["set_aside"]);
    for table in tables {
        let mut statement = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let width = statement.column_count();
        let mut rows = statement.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..width {
                if let rusqlite::types::Value::Text(text) = row.get(i).unwrap()
                    && text
                        .chars()
                        .any(|c| c.is_control() && c != '\n' && c != '\t')
                {
                    found.push(format!("{table}: {text:?}"));
                }
            }
        }
    }
    found
}

#[test]
fn entries_no_leadometer_wrote_are_set_aside_and_the_good_ones_taken() {
    let Some(server) = server("entries_no_leadometer_wrote_are_set_aside") else {
        return;
    };
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let mut dana = server.desk(&dir.path().join("dana.db"), "Dana");
    let mut noa = server.desk(&dir.path().join("noa.db"), "Noa");
    let avi = common::add_lead(&mut dana, "Avi Cohen", "054-490-0148", now());
    sync(&mut dana, &server.address(), now()).unwrap();
    let mut owner = server.admin_client();
    let good: Value = owner
        .query_one(
            "SELECT row FROM leadometer.changes WHERE tbl = 'contacts' AND row_id = $1",
            &[&avi],
        )
        .unwrap()
        .get(0);
    let contact = |id: &str, change: &dyn Fn(&mut serde_json::Map<String, Value>)| {
        let mut row = good.as_object().unwrap().clone();
        row.insert("id".into(), json!(id));
        change(&mut row);
        Value::Object(row)
    };
    let entries: Vec<(&str, &str, Value)> = vec![
        ("contacts", "not-an-object", json!("just a string")),
        ("contacts", "list", json!([1, 2, 3])),
        (
            "contacts",
            "wrong-type",
            contact("wrong-type", &|r| {
                r.insert("quality".into(), json!("very high"));
            }),
        ),
        ("no_such_table", "x1", json!({"id": "x1"})),
        ("evil\u{1b}[2J\u{7}table", "x2", json!({"id": "x2"})),
        (
            "contacts",
            "escaped",
            contact("escaped", &|r| {
                r.insert("name".into(), json!("Eve\u{1b}[31m Red\u{7}\u{8}"));
                r.insert("notes".into(), json!("line\u{1b}]0;title\u{7} two"));
            }),
        ),
        (
            "contacts",
            "bad\u{1b}[31mid",
            contact("bad\u{1b}[31mid", &|_| {}),
        ),
        (
            "contacts",
            "fine",
            contact("fine", &|r| {
                r.insert("name".into(), json!("Rina Fine"));
            }),
        ),
    ];
    let mut tx = owner.transaction().unwrap();
    tx.execute(
        "INSERT INTO leadometer.devices (device) VALUES ('intruder')",
        &[],
    )
    .unwrap();
    for (seq, (table, row_id, row)) in entries.iter().enumerate() {
        tx.execute(
            "INSERT INTO leadometer.changes (device, seq, tbl, row_id, row) VALUES ('intruder', $1, $2, $3, $4)",
            &[&(seq as i64 + 1), table, row_id, row],
        )
        .unwrap();
    }
    tx.commit().unwrap();

    let synced = sync(&mut noa, &server.address(), now())
        .unwrap_or_else(|e| panic!("a hostile entry failed the pull: {e}"));
    let set_aside: Vec<(String, String)> = synced
        .pulled
        .merged
        .not_taken
        .rows_set_aside
        .iter()
        .map(|s| (s.table.clone(), s.row_id.clone()))
        .collect();
    for (table, row_id) in [
        ("contacts", "not-an-object"),
        ("contacts", "list"),
        ("contacts", "wrong-type"),
        ("no_such_table", "x1"),
    ] {
        assert!(
            set_aside.contains(&(table.into(), row_id.into())),
            "{table} {row_id} not named as set aside: {synced:?}"
        );
    }
    assert!(
        set_aside.iter().any(|(t, _)| t.starts_with("evil")),
        "the table with control characters not named: {set_aside:?}"
    );
    assert!(
        set_aside.iter().any(|(_, r)| r.starts_with("bad")),
        "the id with control characters not set aside: {set_aside:?}"
    );
    assert!(noa.contact("bad\u{1b}[31mid").is_err());
    assert!(
        set_aside
            .iter()
            .all(|(t, r)| !format!("{t}{r}").chars().any(char::is_control)),
        "a name said with its control characters: {set_aside:?}"
    );
    assert_eq!(noa.contact("fine").unwrap().name, "Rina Fine");
    assert_eq!(noa.contact(&avi).unwrap().name, "Avi Cohen");
    if let Ok(escaped) = noa.contact("escaped") {
        assert!(!escaped.name.chars().any(char::is_control), "{escaped:?}");
    }
    let kept: i64 = rusqlite::Connection::open(noa.path())
        .unwrap()
        .query_row("SELECT count(*) FROM set_aside", [], |r| r.get(0))
        .unwrap();
    assert!(kept >= 5, "only {kept} rows kept in set_aside");
    let controls = control_characters(noa.path());
    assert!(
        controls.is_empty(),
        "control characters stored: {controls:?}"
    );
    // Taken once: the next sync neither fails nor keeps them again.
    let again = sync(&mut noa, &server.address(), now()).unwrap();
    assert_eq!(again.pulled.entries_taken, 0, "{again:?}");
    let _: &Store = &noa;
}
