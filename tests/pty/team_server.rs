//! The team server from the desk: a colleague's lead arriving while the desk is open
//! (heard through LISTEN/NOTIFY), and the top bar when the server cannot be reached.
//! Skipped with a note without a PostgreSQL (see tests/it/server.rs).

use crate::*;

/// A database of its own on the test cluster, as its owner's address; None (and a
/// printed note) without a cluster.
fn office_database(test: &str) -> Option<(String, String)> {
    let Ok(admin) = std::env::var("LEADOMETER_TEST_POSTGRES") else {
        if std::env::var_os("LEADOMETER_REQUIRE_POSTGRES").is_some() {
            panic!(
                "{test}: LEADOMETER_REQUIRE_POSTGRES is set but LEADOMETER_TEST_POSTGRES is not"
            );
        }
        eprintln!(
            "note: {test} skipped: no PostgreSQL to test against (set LEADOMETER_TEST_POSTGRES)"
        );
        return None;
    };
    let database = format!("lt_{}", &uuid::Uuid::new_v4().simple().to_string()[..16]);
    let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    client
        .batch_execute(&format!("CREATE DATABASE {database}"))
        .unwrap();
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    Some((format!("{base}/{database}?sslmode=disable"), database))
}

fn drop_database(database: &str) {
    let admin = std::env::var("LEADOMETER_TEST_POSTGRES").unwrap();
    let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    let _ = client.batch_execute(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"));
    let _ = client.batch_execute(&format!("DROP ROLE IF EXISTS \"{database}_desks\""));
}

#[test]
fn a_colleagues_lead_arrives_through_the_server_while_the_desk_is_open() {
    let Some((url, database)) = office_database("a_colleagues_lead_arrives_through_the_server")
    else {
        return;
    };
    let config = format!("user = \"Dana\"\nregion = \"IL\"\nserver = \"{url}\"\n");
    let dana = desk_dir();
    std::fs::write(dana.path().join("config.toml"), &config).unwrap();
    cli(dana.path(), &["server", "init"]);
    cli(
        dana.path(),
        &["add", "--name", "Noa Levi", "--phone", "054-490-0148"],
    );
    let (mut screen, mut child) = open_desk(dana.path());
    // The desk syncs as it opens, and says so in its top bar ("synced 09:00").
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let text = screen.text();
        let top = text.lines().next().unwrap_or("");
        if top.contains("synced ") && !top.contains("not synced") {
            break;
        }
        assert!(Instant::now() < deadline, "never synced:\n{text}");
        std::thread::sleep(Duration::from_millis(50));
    }

    // Avi, on his own machine and file, joins (taking Noa) and adds a lead.
    let avi = desk_dir();
    std::fs::write(
        avi.path().join("config.toml"),
        config.replace("Dana", "Avi"),
    )
    .unwrap();
    let joined = cli(avi.path(), &["sync"]);
    assert_eq!(joined["contacts_added"], 1, "{joined}");
    cli(
        avi.path(),
        &["add", "--name", "Ron Tal", "--phone", "052-555-1234"],
    );
    cli(avi.path(), &["sync"]);

    // Dana's desk hears the push and lists Ron, without a key pressed.
    screen.wait_for("Ron Tal");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    drop_database(&database);
}

#[test]
fn a_desk_whose_server_cannot_be_reached_says_offline_and_works_on() {
    let dana = desk_dir();
    // Nothing listens on port 1.
    std::fs::write(
        dana.path().join("config.toml"),
        "user = \"Dana\"\nregion = \"IL\"\nserver = \"postgres://dana@127.0.0.1:1/leads?sslmode=disable\"\n",
    )
    .unwrap();
    cli(
        dana.path(),
        &["add", "--name", "Noa Levi", "--phone", "054-490-0148"],
    );
    let (mut screen, mut child) = open_desk(dana.path());
    screen.wait_for("offline");
    screen.wait_for("Noa Levi");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
}
