//! Around the commands: `gen`, files that are not ours, a bad config, the region,
//! the demo, and a reader that leaves early.

use crate::common::Desk;
use serde_json::Value;

#[test]
fn gen_makes_realistic_data_and_only_into_an_empty_file() {
    let desk = Desk::new();
    let summary = desk.json(&[
        "gen",
        "--contacts",
        "200",
        "--interactions-per-contact",
        "3",
        "--seed",
        "7",
    ]);
    assert_eq!(summary["contacts"], 200);
    // Three each, and the lifecycle entries of those that climbed step by step.
    let interactions = summary["interactions"].as_u64().unwrap();
    assert!((600..=600 + 200 * 5).contains(&interactions), "{summary}");
    let climbed = desk.json(&[
        "report",
        "funnel",
        "--from",
        "2000-01-01",
        "--to",
        "2030-12-31",
    ]);
    assert!(
        climbed["total"]["from_events"].as_u64().unwrap() > 0,
        "{climbed}"
    );
    let everyone = desk.json(&["search", ""]);
    let everyone = everyone.as_array().unwrap();
    assert_eq!(everyone.len(), 200);
    let phones: Vec<&str> = everyone
        .iter()
        .filter_map(|c| c["phones"][0].as_str())
        .collect();
    assert!(
        phones.iter().any(|p| p.starts_with("+972")) && phones.iter().any(|p| p.starts_with("+36"))
    );
    assert!(everyone.iter().any(|c| {
        c["name"]
            .as_str()
            .unwrap()
            .chars()
            .any(|ch| ('\u{5d0}'..='\u{5ea}').contains(&ch))
    }));
    let err = desk.refuses(&["gen", "--contacts", "10"], 4);
    assert!(err.contains("already holds contacts"), "{err}");
}

#[test]
fn foreign_and_newer_files_are_refused_with_their_name() {
    let desk = Desk::new();
    std::fs::write(&desk.db, "name,phone\nNoa,054\n").unwrap();
    let err = desk.refuses(&["search", ""], 5);
    assert!(
        err.contains("leads.db") && err.contains("not an SQLite database"),
        "{err}"
    );

    let desk = Desk::new();
    rusqlite::Connection::open(&desk.db)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let err = desk.refuses(&["add", "--name", "X"], 5);
    assert!(err.contains("not a Leadometer database"), "{err}");

    let desk = Desk::new();
    desk.noa();
    rusqlite::Connection::open(&desk.db)
        .unwrap()
        .pragma_update(None, "user_version", 42)
        .unwrap();
    let err = desk.refuses(&["search", ""], 4);
    assert!(
        err.contains("newer Leadometer") && err.contains("42"),
        "{err}"
    );
}

#[test]
fn a_bad_config_names_the_key_and_the_line() {
    let desk = Desk::with_config("user = \"Dana\"\nregoin = \"IL\"\n");
    let err = desk.refuses(&["search", ""], 4);
    assert!(
        err.contains("config.toml") && err.contains("line 2") && err.contains("regoin"),
        "{err}"
    );
    let desk = Desk::with_config("region = \"Israel\"\n");
    let err = desk.refuses(&["search", ""], 4);
    assert!(
        err.contains("line 1") && err.contains("unknown region"),
        "{err}"
    );
    let desk = Desk::new();
    let err = desk.refuses(&["--config", "/no/such/config.toml", "search", ""], 3);
    assert!(err.contains("/no/such/config.toml"), "{err}");
}

#[test]
fn the_region_decides_how_local_numbers_are_read() {
    let desk = Desk::with_config("region = \"HU\"\n");
    let odon = desk.json(&[
        "add",
        "--name",
        "Szabó Ödön",
        "--phone",
        "06 30 123 4567",
        "--phone",
        "+972 54 490 0148",
    ]);
    assert_eq!(
        odon["phones"],
        serde_json::json!(["+36301234567", "+972544900148"])
    );
}

#[test]
fn the_demo_opens_with_its_story() {
    let desk = Desk::new();
    // --demo and --db exclude each other, so this runs without the desk's --db.
    let out = desk
        .bare_cmd()
        .args(["--demo", "show", "4900148", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let shown: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(shown["contact"]["name"], "Noa Levi");
    assert!(shown["timeline"].as_array().unwrap().len() >= 5);
    assert!(desk.dir.path().join("data/leadometer/demo.db").exists());
}

#[test]
fn a_reader_that_leaves_early_stops_the_output_without_a_panic() {
    let desk = Desk::new();
    let sheet = desk.dir.path().join("many.csv");
    let rows: String = (0..2000).map(|i| format!("Lead {i},l{i}@x.io\n")).collect();
    std::fs::write(&sheet, format!("Name,Email\n{rows}")).unwrap();
    desk.json(&["import", sheet.to_str().unwrap()]);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("leadometer"))
        .env("LEADOMETER_CONFIG", desk.dir.path().join("config.toml"))
        .env("HOME", desk.dir.path())
        .arg("--db")
        .arg(&desk.db)
        .args(["inbox", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take()); // the reader leaves, as `| head` does
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "{stderr}");
}
