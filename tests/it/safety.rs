//! The safety net: several writers at once losing nothing, backups, restoring one,
//! `check`, damaged and truncated files, and files only their owner can read.

use crate::common;
mod refusals;
use chrono::{Duration, TimeZone, Utc};
#[cfg(unix)]
use common::mode;
use common::{Desk, names};
use leadometer::config::Config;
use leadometer::domain::{Interaction, InteractionKind};
use leadometer::store::Store;
use std::path::Path;

#[test]
fn a_backup_restores_what_was_there_and_keeps_what_it_replaced() {
    let desk = Desk::new();
    desk.noa();
    let backup = desk.json(&["backup"])["path"].as_str().unwrap().to_string();
    assert!(backup.contains("/backups/leads-"), "{backup}");
    #[cfg(unix)]
    assert_eq!(mode(Path::new(&backup)), 0o600);
    desk.json(&["add", "--name", "Later Person", "--email", "later@x.io"]);

    // Without a terminal to ask at, nothing happens without --yes.
    let refused = desk.refuses(&["restore", &backup], 4);
    assert!(refused.contains("pass --yes"), "{refused}");
    assert_eq!(names(&desk, "later@x.io"), ["Later Person"]);

    let restored = desk.json(&["restore", &backup, "--yes"]);
    assert_eq!(names(&desk, "later@x.io"), Vec::<String>::new());
    assert_eq!(names(&desk, "4900148"), ["Noa Levi"]);
    let aside = restored["kept_aside"].as_str().unwrap();
    let mut aside_cmd = desk.bare_cmd();
    let out = aside_cmd
        .args(["--db", aside, "search", "later@x.io", "--json"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Later Person"));
}

#[test]
fn restoring_refuses_a_file_that_is_not_a_sound_backup() {
    let desk = Desk::new();
    desk.noa();
    let junk = desk.dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let message = desk.refuses(&["restore", junk.to_str().unwrap(), "--yes"], 5);
    assert!(message.contains("cannot be restored"), "{message}");
    assert_eq!(names(&desk, "4900148"), ["Noa Levi"]);
}

#[test]
fn check_passes_a_sound_file_and_names_the_damage_in_a_broken_one() {
    let desk = Desk::new();
    desk.noa();
    assert_eq!(desk.json(&["check"])["ok"], true);

    // Damage one page of the search table, as a failing disk would.
    let root: i64 = rusqlite::Connection::open(&desk.db)
        .unwrap()
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'contact_search'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut bytes = std::fs::read(&desk.db).unwrap();
    let page = (root as usize - 1) * 4096;
    bytes[page + 8..page + 10].copy_from_slice(&[0x00, 0x50]);
    std::fs::write(&desk.db, bytes).unwrap();
    let out = desk.cmd().args(["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("integrity:"), "{stderr}");
    assert!(stderr.contains("problems found"), "{stderr}");
}

#[test]
fn a_truncated_file_is_refused_untouched_and_the_newest_backup_offered() {
    let desk = Desk::new();
    desk.noa();
    let backup = desk.json(&["backup"])["path"].as_str().unwrap().to_string();
    let bytes = std::fs::read(&desk.db).unwrap();
    std::fs::write(&desk.db, &bytes[..bytes.len() / 3]).unwrap();
    let message = desk.refuses(&["search", "Noa"], 5);
    assert!(message.contains("damaged"), "{message}");
    assert!(message.contains(&format!("restore {backup}")), "{message}");

    desk.json(&["restore", &backup, "--yes"]);
    assert_eq!(names(&desk, "4900148"), ["Noa Levi"]);
}

#[cfg(unix)]
#[test]
fn a_new_file_is_readable_by_its_owner_only() {
    let desk = Desk::new();
    desk.noa();
    assert_eq!(mode(&desk.db), 0o600);
}

fn chat(messages: usize) -> String {
    (0..messages)
        .map(|i| {
            format!(
                "15/01/2024, {:02}:{:02} - Noa Levi: message {i}\n",
                i / 60 % 24,
                i % 60
            )
        })
        .collect()
}

#[test]
fn two_writers_and_two_importing_processes_at_once_lose_nothing() {
    let desk = Desk::new();
    let noa = desk.noa()["id"].as_str().unwrap().to_string();
    let dvir = desk.json(&["add", "--name", "Dvir Ben-David", "--phone", "052-381-7720"]);
    let dvir = dvir["id"].as_str().unwrap().to_string();
    let chat_file = desk.dir.path().join("chat.txt");
    std::fs::write(&chat_file, chat(300)).unwrap();

    let config = Config::parse("user = \"Dana\"\nregion = \"IL\"\n").unwrap();
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let importers: Vec<_> = [&noa, &dvir]
        .into_iter()
        .map(|who| {
            let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("leadometer"));
            cmd.env("LEADOMETER_CONFIG", desk.dir.path().join("config.toml"))
                .env("HOME", desk.dir.path())
                .env("LEADOMETER_NOW", common::NOW)
                .arg("--db")
                .arg(&desk.db)
                .args([
                    "import",
                    chat_file.to_str().unwrap(),
                    "--contact",
                    who,
                    "--json",
                ])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    std::thread::scope(|scope| {
        for (writer, who) in [&noa, &dvir].into_iter().enumerate() {
            let (db, config) = (&desk.db, &config);
            scope.spawn(move || {
                let mut store = Store::open(db, config).unwrap();
                for i in 0..250 {
                    let at = now + Duration::seconds(i);
                    let call = Interaction {
                        text: Some(format!("call {i} by writer {writer}")),
                        ..common::call(who, at, "Dana")
                    };
                    store.log_interaction(at, &call).unwrap();
                }
            });
        }
    });
    for importer in importers {
        let out = importer.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let store = Store::open(&desk.db, &config).unwrap();
    for who in [&noa, &dvir] {
        let timeline = store.timeline(who).unwrap();
        let count = |kind| timeline.iter().filter(|i| i.kind == kind).count();
        assert_eq!(count(InteractionKind::Call), 250);
        assert_eq!(count(InteractionKind::Whatsapp), 300);
    }
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn a_file_replaced_underneath_an_open_store_is_noticed_and_reopened() {
    let desk = Desk::new();
    desk.noa();
    let config = Config::default();
    let store = Store::open(&desk.db, &config).unwrap();
    assert!(!store.replaced_on_disk());
    // Another file with other leads is renamed over it, as a sync client or a copy
    // from elsewhere would.
    let other = Desk::new();
    other.json(&["add", "--name", "Ron Tal", "--phone", "052-555-1234"]);
    std::fs::rename(&other.db, &desk.db).unwrap();
    assert!(store.replaced_on_disk());
    let store = store.reopen().unwrap();
    assert!(!store.replaced_on_disk());
    let names: Vec<String> = store
        .search("a", None)
        .unwrap()
        .into_iter()
        .map(|hit| hit.contact.name)
        .collect();
    assert_eq!(names, ["Ron Tal"]);
    assert!(store.check().unwrap().is_empty());
}

/// Whether another process holds the file's write lock right now.
fn write_locked(db: &Path) -> bool {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.busy_timeout(std::time::Duration::ZERO).unwrap();
    let locked = conn.execute_batch("BEGIN IMMEDIATE").is_err();
    if !locked {
        conn.execute_batch("ROLLBACK").unwrap();
    }
    locked
}

#[test]
fn an_import_killed_halfway_leaves_all_of_it_or_none_and_a_sound_file() {
    let desk = Desk::new();
    desk.noa();
    let rows = 200_000;
    let csv = desk.dir.path().join("big.csv");
    common::leads_csv(&csv, rows);
    let mut import = std::process::Command::new(assert_cmd::cargo::cargo_bin!("leadometer"));
    import
        .env_clear()
        .env("HOME", desk.dir.path())
        .env("LEADOMETER_CONFIG", desk.dir.path().join("config.toml"))
        .arg("--db")
        .arg(&desk.db)
        .arg("import")
        .arg(&csv)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = import.spawn().unwrap();
    // Parsing comes first; the kill lands once the rows are being stored.
    let started = std::time::Instant::now();
    while !write_locked(&desk.db) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import ended before it was killed"
        );
        assert!(
            started.elapsed().as_secs() < 600,
            "the import never started storing"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    std::thread::sleep(std::time::Duration::from_millis(700));
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();

    let store = Store::open(&desk.db, &Config::default()).unwrap();
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    let contacts = store.contact_count().unwrap();
    assert!(
        contacts == 1 || contacts == 1 + rows as i64,
        "{contacts} contacts: a part of the import was kept"
    );
    assert_eq!(names(&desk, "Noa"), ["Noa Levi"]);
}
