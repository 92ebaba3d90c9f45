//! Two machines sharing one lead file through a synced folder: each works on its own
//! copy, and `sync` merges and publishes, with conflicted copies appearing as a sync
//! client makes them.

use crate::common;

mod hostile_folder;
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
    // What Avi uploaded was his publish, which says so (a working file does not).
    rusqlite::Connection::open(&conflicted)
        .unwrap()
        .execute(
            "INSERT INTO meta (key, value) VALUES ('sync_published_by', 'avi-device')",
            [],
        )
        .unwrap();

    let report = dana.sync(&shared, start() + Duration::minutes(5));
    assert_eq!(report.merged.len(), 1, "{:?}", report.merged);
    assert_eq!(report.merged[0].path, conflicted);
    assert_eq!(report.contacts_added, 1);
    assert!(report.published);
    let avis = avi.sync(&shared, start() + Duration::minutes(6));
    assert!(!avis.published, "Dana's publish holds Avi's lead already");
    assert!(
        !sync::status(&avi.store()).unwrap().unpublished,
        "the desk no longer says Avi has changes to share"
    );
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

/// Dana's desk, set to share through `leads.db` in a new folder of that name.
pub(crate) fn desk_sharing_folder(folder: &str) -> (Desk, PathBuf, PathBuf) {
    let desk = Desk::new();
    let share = desk.dir.path().join(folder);
    std::fs::create_dir(&share).unwrap();
    let shared = share.join("leads.db");
    desk.set_config(&format!(
        "user = \"Dana\"\nregion = \"IL\"\nshared = \"{}\"\n",
        shared.display()
    ));
    (desk, share, shared)
}

/// Sets the schema version a file says it was written with, as a newer Leadometer would.
fn mark_as_written_by_version(path: &Path, version: i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "user_version", version).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
}

/// What a folder holds, recursively, with each file's bytes: a refused sync changes none.
fn snapshot(folder: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(snapshot(&path));
        } else {
            files.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    files.sort();
    files
}

#[test]
fn a_shared_file_from_a_newer_version_is_neither_merged_nor_replaced() {
    let (dir, share, shared, _dana) = office_shared_by_dana();
    mark_as_written_by_version(&shared, 999);
    let avi = Machine::new(dir.path(), "Avi");
    avi.add("Ödön Kovács", "+36 30 123 4567", start());
    let before = snapshot(&share);
    let error = sync::run(&mut avi.store(), start(), &shared).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("newer Leadometer"), "{message}");
    assert!(message.contains("schema version 999"), "{message}");
    assert!(message.contains("reads up to"), "{message}");
    assert_eq!(snapshot(&share), before, "the shared folder was changed");
    assert!(!share.join(ARCHIVE).exists());
}

#[test]
fn sync_from_the_command_line_fails_on_a_newer_shared_file() {
    let (desk, share, shared) = desk_sharing_folder("share");
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    desk.json(&["sync"]);
    mark_as_written_by_version(&shared, 999);
    desk.json(&["add", "--name", "Ron Tal", "--phone", "052-555-1234"]);
    let before = snapshot(&share);
    let out = desk
        .cmd()
        .arg("sync")
        .assert()
        .failure()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("schema version 999"), "{stderr}");
    assert_eq!(snapshot(&share), before);
}

#[test]
fn a_conflicted_copy_from_a_newer_version_stays_where_it_is() {
    let (dir, share, shared, dana) = office_shared_by_dana();
    let newer = share.join("leads (Avi's conflicted copy 2026-11-02).db");
    dana.store().backup_to(&newer).unwrap();
    mark_as_written_by_version(&newer, 999);
    let bytes = std::fs::read(&newer).unwrap();
    let avi = Machine::new(dir.path(), "Avi");
    avi.add("Ödön Kovács", "+36 30 123 4567", start());
    let report = avi.sync(&shared, start() + Duration::minutes(1));
    assert_eq!(std::fs::read(&newer).unwrap(), bytes, "moved or changed");
    assert!(!share.join(ARCHIVE).exists(), "nothing is archived");
    let aside = &report.set_aside;
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(aside[0].moved_to.is_none());
    assert!(aside[0].reason.contains("schema version 999"), "{aside:?}");
    // The shared file itself was sound: it merged and takes Avi's lead.
    assert!(report.published);
    assert_eq!(avi.names(), ["Noa Levi", "Ödön Kovács"]);
}

/// An SQLite file of another program: a table of its own and no Leadometer mark.
fn another_programs_file(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('beach');")
        .unwrap();
}

#[test]
fn another_programs_file_is_never_set_aside_or_replaced() {
    let (dir, share, shared, dana) = office_shared_by_dana();
    // At the shared path: the sync is refused and the file stays.
    std::fs::remove_file(&shared).unwrap();
    another_programs_file(&shared);
    let before = snapshot(&share);
    let error = sync::run(&mut dana.store(), start(), &shared).unwrap_err();
    assert!(error.to_string().contains("another program"), "{error}");
    assert_eq!(snapshot(&share), before);

    // Named like a conflicted copy: left where it is, and the sync goes on.
    let (_dir2, share2, shared2, _dana2) = office_shared_by_dana();
    let photos = share2.join("leads (1).db");
    another_programs_file(&photos);
    let bytes = std::fs::read(&photos).unwrap();
    let avi = Machine::new(dir.path(), "Avi");
    let report = avi.sync(&shared2, start() + Duration::minutes(1));
    assert_eq!(std::fs::read(&photos).unwrap(), bytes);
    assert_eq!(report.set_aside.len(), 1, "{:?}", report.set_aside);
    assert!(report.set_aside[0].moved_to.is_none());
    assert_eq!(avi.names(), ["Noa Levi"]);
}

#[test]
fn the_live_file_beside_the_shared_one_is_never_taken_for_a_conflicted_copy() {
    let (mut desk, share, _) = desk_sharing_folder("OneDrive");
    // OneDrive names a conflicted copy "leads-LAPTOP.db": so is the live file here.
    desk.db = share.join("leads-laptop.db");
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    for _ in 0..2 {
        let report = desk.json(&["sync"]);
        assert!(report["merged"].as_array().unwrap().len() <= 1, "{report}");
        assert!(desk.db.exists(), "the live file was moved: {report}");
    }
    assert!(!share.join(ARCHIVE).exists());
    let count = Store::open(&desk.db, &Config::default())
        .unwrap()
        .contact_count()
        .unwrap();
    assert_eq!(count, 1);
}

#[test]
fn a_copy_with_an_active_journal_beside_it_is_left_alone() {
    let (dir, share, shared, dana) = office_shared_by_dana();
    // Another desk works on a file in the folder: its -wal is there.
    let working = share.join("leads-DESK.db");
    dana.store().backup_to(&working).unwrap();
    for side in ["leads-DESK.db-wal", "leads (2).db-journal"] {
        std::fs::write(share.join(side), b"").unwrap();
    }
    let journaled = share.join("leads (2).db");
    dana.store().backup_to(&journaled).unwrap();
    let avi = Machine::new(dir.path(), "Avi");
    let report = avi.sync(&shared, start() + Duration::minutes(1));
    assert!(
        report.merged.iter().all(|m| m.path == shared),
        "{:?}",
        report.merged
    );
    assert!(working.exists() && journaled.exists());
}

#[test]
fn names_found_in_the_shared_folder_reach_the_terminal_clean() {
    let (desk, share, shared) = desk_sharing_folder("share");
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    desk.json(&["sync"]);
    // OSC 52 writes the clipboard of the terminal that prints it.
    let hostile = "leads (\u{1b}]52;c;ZXZpbA==\u{7}conflicted copy\u{9b}31m).db";
    std::fs::write(share.join(hostile), b"not a database at all, just bytes").unwrap();
    std::fs::copy(&shared, share.join("leads (\u{1b}[2J conflicted copy).db")).unwrap();
    let out = desk
        .cmd()
        .arg("sync")
        .assert()
        .success()
        .get_output()
        .clone();
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(printed.contains("Set aside"), "{printed}");
    assert!(printed.contains("Merged the conflicted copy"), "{printed}");
    assert!(
        !printed.chars().any(|c| c.is_control() && c != '\n'),
        "{printed:?}"
    );
}

#[test]
fn publishing_writes_no_copy_to_the_system_temp_folder() {
    let (desk, _, shared) = desk_sharing_folder("share");
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    // A temp folder that cannot be written: a publish that needs one fails.
    let report = desk.json_with(&["sync"], |cmd| {
        cmd.env("TMPDIR", desk.dir.path().join("no-such-temp"));
    });
    assert_eq!(report["published"], true, "{report}");
    assert!(shared.exists());
}

#[test]
fn a_killed_syncs_partial_files_are_swept_and_others_fresh_ones_kept() {
    let (dir, share, shared, dana) = office_shared_by_dana();
    let device = dana.store().device().to_string();
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let ours = share.join(format!(".leads.db.{device}.partial"));
    let ours_halfway = share.join(format!(".leads.db.{device}.db-partial"));
    let stale = share.join(".leads.db.0f0f-old-device.partial");
    let fresh = share.join(".leads.db.0f0f-busy-device.partial");
    for file in [&ours, &ours_halfway, &stale, &fresh] {
        std::fs::write(file, b"half a database").unwrap();
    }
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    dana.add("Ron Tal", "052-555-1234", start());
    let report = dana.sync(&shared, start() + Duration::minutes(1));
    assert!(report.published);
    assert!(report.set_aside.is_empty(), "{:?}", report.set_aside);
    assert!(!ours.exists() && !ours_halfway.exists() && !stale.exists());
    assert!(fresh.exists(), "another machine may be writing it now");
    drop(dir);
}

/// A machine of the fault test: its own desk and file, syncing with `shared`.
fn desk_sharing(shared: &Path, user: &str) -> Desk {
    Desk::with_config(&format!(
        "user = \"{user}\"\nregion = \"IL\"\nshared = \"{}\"\n[scoring]\nrules = []\n",
        shared.display()
    ))
}

fn lead_count(desk: &Desk) -> i64 {
    Store::open(&desk.db, &Config::default())
        .unwrap()
        .contact_count()
        .unwrap()
}

/// The names of the leads the shared file holds, read from a copy so that nothing
/// is written beside it.
fn names_in(shared: &Path) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    std::fs::copy(shared, &copy).unwrap();
    let store = Store::open(&copy, &Config::default()).unwrap();
    store
        .all_contacts()
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect()
}

#[test]
fn three_machines_adding_and_syncing_at_once_lose_nothing() {
    const MACHINES: usize = 3;
    const ROUNDS: usize = 25;
    let folder = tempfile::tempdir().unwrap();
    let shared = folder.path().join("leads.db");
    let desks: Vec<Desk> = (0..MACHINES)
        .map(|m| desk_sharing(&shared, &format!("Machine{m}")))
        .collect();
    // The office is founded once, one machine after the other: two first syncs at
    // the same moment would found two offices.
    for desk in &desks {
        desk.json(&["sync"]);
    }
    let started = std::time::Instant::now();
    // Each machine's leads whose own sync said it published them.
    let published: Vec<Vec<String>> = std::thread::scope(|scope| {
        let runs: Vec<_> = desks
            .iter()
            .enumerate()
            .map(|(m, desk)| {
                scope.spawn(move || {
                    let mut published = Vec::new();
                    for round in 0..ROUNDS {
                        let name = format!("Lead m{m} r{round}");
                        let phone = format!("+972 54 {m}{round:06}");
                        // Added in this process (the binary's start-up would make the
                        // test slow); the syncs are the binary's.
                        let mut store = Store::open(&desk.db, &Config::default()).unwrap();
                        common::add_lead(&mut store, &name, &phone, start());
                        drop(store);
                        if desk.json(&["sync"])["published"] == true {
                            published.push(name);
                        }
                    }
                    published
                })
            })
            .collect();
        runs.into_iter().map(|run| run.join().unwrap()).collect()
    });
    // A sync that said it published left its lead in the shared file: whoever
    // replaced the file later had merged it first.
    let in_shared = names_in(&shared);
    for name in published.iter().flatten() {
        assert!(in_shared.contains(name), "{name} was published, then lost");
    }
    // Quiet now: two rounds bring everything everywhere.
    for _ in 0..2 {
        for desk in &desks {
            desk.json(&["sync"]);
        }
    }
    for desk in &desks {
        assert_eq!(lead_count(desk), (MACHINES * ROUNDS) as i64);
        assert_eq!(desk.json(&["check"])["ok"], true);
    }
    assert_eq!(names_in(&shared).len(), MACHINES * ROUNDS);
    eprintln!("fault test: {:?}", started.elapsed());
}

#[test]
fn a_copy_left_where_it_was_does_not_make_the_desk_sync_again_until_it_changes() {
    let (dir, share, shared, _dana) = office_shared_by_dana();
    // Another office's file, named like a conflicted copy: left where it is.
    let stranger = Machine::new(dir.path(), "Stranger");
    stranger.add("Someone Else", "052-555-9999", start());
    let theirs = share.join("leads (3).db");
    stranger.store().backup_to(&theirs).unwrap();
    let avi = Machine::new(dir.path(), "Avi");
    let report = avi.sync(&shared, start() + Duration::minutes(1));
    assert_eq!(report.set_aside.len(), 1, "{:?}", report.set_aside);
    assert!(theirs.exists());
    assert!(!sync::shared_changed(&avi.store(), &shared));
    stranger.add("Someone New", "052-555-9998", start());
    stranger.store().backup_to(&theirs).unwrap();
    assert!(sync::shared_changed(&avi.store(), &shared), "it changed");
}

#[test]
fn the_shared_path_naming_this_desks_own_file_is_refused() {
    let (_dir, _share, shared, _dana) = office_shared_by_dana();
    let config = Config {
        user: "Dana".into(),
        ..Config::default()
    };
    let mut live = Store::open(&shared, &config).unwrap();
    let before = live.contact_count().unwrap();
    let error = sync::run(&mut live, start(), &shared).unwrap_err();
    assert!(error.to_string().contains("own file"), "{error}");
    assert_eq!(live.contact_count().unwrap(), before);
    assert!(!live.replaced_on_disk());
}
