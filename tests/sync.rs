//! Two machines sharing one lead file through a synced folder: each works on its own
//! copy, and `sync` merges and publishes, with conflicted copies appearing as a sync
//! client makes them.

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::Desk;
use leadometer::config::Config;

use leadometer::store::Store;
use leadometer::sync::{self, ARCHIVE};
use std::path::{Path, PathBuf};

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap()
}

struct Machine {
    db: PathBuf,
    config: Config,
}

impl Machine {
    fn new(dir: &Path, user: &str) -> Machine {
        Machine {
            db: dir.join(user).join("leads.db"),
            config: Config {
                user: user.into(),
                ..Config::default()
            },
        }
    }

    fn store(&self) -> Store {
        Store::open(&self.db, &self.config).unwrap()
    }

    fn add(&self, name: &str, phone: &str, at: DateTime<Utc>) -> String {
        common::add_lead(&mut self.store(), name, phone, at)
    }

    fn sync(&self, shared: &Path, at: DateTime<Utc>) -> sync::SyncReport {
        sync::run(&mut self.store(), at, shared).unwrap()
    }

    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .store()
            .all_contacts()
            .unwrap()
            .into_iter()
            .map(|c| c.name)
            .collect();
        names.sort();
        names
    }
}

fn folder_names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn two_machines_meet_through_the_folder_and_a_conflicted_copy_is_merged_and_archived() {
    let dir = tempfile::tempdir().unwrap();
    let dropbox = dir.path().join("Dropbox");
    std::fs::create_dir(&dropbox).unwrap();
    let shared = dropbox.join("leads.db");
    let dana = Machine::new(dir.path(), "Dana");
    let avi = Machine::new(dir.path(), "Avi");

    dana.add("Noa Levi", "054-490-0148", start());
    let first = dana.sync(&shared, start());
    assert!(first.published, "the first sync creates the shared file");

    avi.add("Ödön Kovács", "+36 30 123 4567", start());
    let joined = avi.sync(&shared, start() + Duration::minutes(1));
    assert_eq!(joined.contacts_added, 1);
    assert!(joined.published);
    assert_eq!(avi.names(), ["Noa Levi", "Ödön Kovács"]);

    // Dana's sync brings Avi's lead; she has nothing new, so she does not publish.
    let back = dana.sync(&shared, start() + Duration::minutes(2));
    assert_eq!(back.contacts_added, 1);
    assert!(
        !back.published,
        "nothing of Dana's is missing from the shared file"
    );
    assert_eq!(dana.names(), ["Noa Levi", "Ödön Kovács"]);
    let quiet = dana.sync(&shared, start() + Duration::minutes(3));
    assert!(quiet.merged.is_empty() && !quiet.published);

    // Both work offline; Dropbox then keeps Avi's upload as a conflicted copy.
    dana.add("Ron Tal", "052-555-1234", start() + Duration::minutes(4));
    avi.add(
        "Zsófia Nagy",
        "06 30 765 4321",
        start() + Duration::minutes(4),
    );
    let conflicted = dropbox.join("leads (Avi's conflicted copy 2026-11-02).db");
    avi.store().backup_to(&conflicted).unwrap();

    let report = dana.sync(&shared, start() + Duration::minutes(5));
    assert_eq!(report.merged.len(), 1, "{:?}", report.merged);
    assert_eq!(report.merged[0].path, conflicted);
    assert_eq!(report.contacts_added, 1);
    assert!(report.published);
    avi.sync(&shared, start() + Duration::minutes(6));
    let everyone = ["Noa Levi", "Ron Tal", "Zsófia Nagy", "Ödön Kovács"];
    assert_eq!(dana.names(), everyone);
    assert_eq!(avi.names(), everyone);
    assert!(!conflicted.exists());
    assert!(
        dropbox
            .join(ARCHIVE)
            .join(conflicted.file_name().unwrap())
            .exists(),
        "archived, never deleted"
    );
    // The synced folder never holds SQLite's side files or a half-written file.
    for name in folder_names(&dropbox) {
        assert!(
            !name.ends_with("-wal")
                && !name.ends_with("-shm")
                && !name.ends_with("-journal")
                && !name.ends_with(".partial"),
            "{name} in the synced folder"
        );
    }
}

/// A shared folder where Dana published the office's file, holding Noa.
fn office_shared_by_dana() -> (tempfile::TempDir, PathBuf, PathBuf, Machine) {
    let dir = tempfile::tempdir().unwrap();
    let share = dir.path().join("share");
    std::fs::create_dir(&share).unwrap();
    let shared = share.join("leads.db");
    let dana = Machine::new(dir.path(), "Dana");
    dana.add("Noa Levi", "054-490-0148", start());
    dana.sync(&shared, start());
    (dir, share, shared, dana)
}

#[test]
fn a_damaged_conflicted_copy_is_set_aside_and_the_rest_still_merges() {
    let (dir, share, shared, _dana) = office_shared_by_dana();
    let broken = share.join("leads.sync-conflict-20261102-090000-ABCDEFG.db");
    let mut bytes = std::fs::read(&shared).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&broken, bytes).unwrap();
    let avi = Machine::new(dir.path(), "Avi");
    let report = avi.sync(&shared, start() + Duration::minutes(1));
    assert_eq!(avi.names(), ["Noa Levi"]);
    assert_eq!(report.set_aside.len(), 1, "{:?}", report.set_aside);
    assert!(!broken.exists());
    assert!(report.set_aside[0].moved_to.as_ref().unwrap().exists());
}

#[test]
fn another_offices_file_at_the_shared_path_is_refused() {
    let (dir, _share, shared, dana) = office_shared_by_dana();
    // Someone drops an unrelated office's file over the shared one.
    let stranger = Machine::new(dir.path(), "Stranger");
    stranger.add("Someone Else", "052-555-9999", start());
    std::fs::remove_file(&shared).unwrap();
    stranger.store().backup_to(&shared).unwrap();
    let error = sync::run(&mut dana.store(), start(), &shared).unwrap_err();
    assert!(error.to_string().contains("another office"), "{error}");
    assert_eq!(dana.names(), ["Noa Levi"]);
}

#[test]
fn sync_from_the_command_line_reports_what_it_did() {
    let desk = Desk::new();
    let share = desk.dir.path().join("share");
    std::fs::create_dir(&share).unwrap();
    let shared = share.join("leads.db");
    let config = format!(
        "user = \"Dana\"\nregion = \"IL\"\nshared = \"{}\"\n",
        shared.display()
    );
    std::fs::write(desk.dir.path().join("config.toml"), config).unwrap();
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    let report = desk.json(&["sync"]);
    assert_eq!(report["published"], true);
    assert!(shared.exists());
    let again = desk.json(&["sync"]);
    assert_eq!(again["published"], false);

    // Without a shared path, sync says what to set.
    let bare = Desk::new();
    bare.cmd()
        .arg("sync")
        .assert()
        .failure()
        .stderr(predicates::str::contains("shared = "));
}

#[test]
fn a_shared_file_named_without_a_folder_is_in_the_current_one() {
    let desk = Desk::with_config("user = \"Dana\"\nregion = \"IL\"\nshared = \"office.db\"\n");
    let in_folder = |args: &[&str]| {
        desk.json_with(args, |cmd| {
            cmd.current_dir(desk.dir.path());
        })
    };
    in_folder(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    assert_eq!(in_folder(&["sync"])["published"], true);
    let shared = desk.dir.path().join("office.db");
    assert!(shared.exists());
    // A conflicted copy beside it is found, merged and archived.
    let copy = desk.dir.path().join("office (1).db");
    std::fs::copy(&shared, &copy).unwrap();
    let report = in_folder(&["sync"]);
    assert_eq!(report["merged"].as_array().unwrap().len(), 1, "{report}");
    assert!(!copy.exists());
    assert!(desk.dir.path().join(ARCHIVE).join("office (1).db").exists());
}
