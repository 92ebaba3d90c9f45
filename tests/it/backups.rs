//! Backups kept per file: their folder and names, which ones a hint offers, what a
//! restore copies and refuses, their permissions, and what a killed run leaves.

use crate::common;
#[cfg(unix)]
use common::mode;
use common::{Desk, names, overwrite_page};
use std::path::{Path, PathBuf};

fn backup(desk: &Desk) -> String {
    desk.json(&["backup"])["path"].as_str().unwrap().to_string()
}

fn cut_short(db: &Path) {
    let bytes = std::fs::read(db).unwrap();
    std::fs::write(db, &bytes[..bytes.len() - 4096]).unwrap();
}

fn schema_names(db: &Path) -> Vec<String> {
    rusqlite::Connection::open(db)
        .unwrap()
        .prepare("SELECT name FROM sqlite_master ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn two_files_of_the_same_name_keep_their_backups_apart() {
    // Two desks share one home, so one data folder and one backups folder.
    let home = Desk::new();
    let x = home.dir.path().join("x").join("leads.db");
    let y = home.dir.path().join("y").join("leads.db");
    let on = |db: &Path, args: &[&str]| -> serde_json::Value {
        let out = home
            .bare_cmd()
            .arg("--db")
            .arg(db)
            .args(args)
            .arg("--json")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    };
    on(
        &x,
        &["add", "--name", "Xavier X", "--phone", "052-555-0001"],
    );
    on(&y, &["add", "--name", "Yael Y", "--phone", "052-555-0002"]);
    let x_backup = on(&x, &["backup"])["path"].as_str().unwrap().to_string();
    let y_backup = on(&y, &["backup"])["path"].as_str().unwrap().to_string();
    assert_ne!(x_backup, y_backup, "one overwrote the other");
    assert!(Path::new(&x_backup).exists() && Path::new(&y_backup).exists());

    // Y's backup over X is refused, naming the way to insist; X is untouched.
    let before = std::fs::read(&x).unwrap();
    let out = home
        .bare_cmd()
        .arg("--db")
        .arg(&x)
        .args(["restore", &y_backup, "--yes"])
        .assert()
        .code(4)
        .get_output()
        .clone();
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("backup of another Leadometer file"),
        "{message}"
    );
    assert!(message.contains("--other-file"), "{message}");
    assert_eq!(std::fs::read(&x).unwrap(), before);

    // X's hint, once X is damaged, names X's backup.
    cut_short(&x);
    let out = home
        .bare_cmd()
        .arg("--db")
        .arg(&x)
        .args(["search", "X"])
        .assert()
        .code(5)
        .get_output()
        .clone();
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains(&format!("restore {x_backup}")),
        "{message}"
    );
}

#[test]
fn two_backups_in_the_same_second_are_both_kept() {
    let desk = Desk::new();
    desk.noa();
    let first = backup(&desk);
    desk.json(&["add", "--name", "Later Person"]);
    let second = backup(&desk);
    assert_ne!(first, second);
    let mut cmd = desk.bare_cmd();
    let out = cmd
        .args(["--db", &first, "search", "Later", "--json"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
}

#[test]
fn the_hint_names_only_a_sound_backup_of_this_file() {
    let desk = Desk::new();
    desk.noa();
    let sound = backup(&desk);
    let damaged = desk.json_at("2024-03-13T09:00:00Z", &["backup"])["path"]
        .as_str()
        .unwrap()
        .to_string();
    overwrite_page(Path::new(&damaged), 3);
    cut_short(&desk.db);
    let message = desk.refuses(&["search", "Noa"], 5);
    assert!(message.contains(&format!("restore {sound}")), "{message}");
    assert!(!message.contains(&damaged), "{message}");
}

#[test]
fn a_restore_copies_the_data_and_leaves_a_planted_trigger_out() {
    let desk = Desk::new();
    desk.noa();
    let backup = backup(&desk);
    rusqlite::Connection::open(&backup)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER eat AFTER INSERT ON contacts BEGIN DELETE FROM contacts; END;
             CREATE TABLE loot (x);",
        )
        .unwrap();
    let ours = schema_names(&desk.db);
    let restored = desk.json(&["restore", &backup, "--yes"]);
    let left_out = restored["left_out"].to_string();
    assert!(left_out.contains("trigger \\\"eat\\\""), "{left_out}");
    assert!(left_out.contains("table \\\"loot\\\""), "{left_out}");
    assert_eq!(schema_names(&desk.db), ours);
    desk.json(&["add", "--name", "Later Person"]);
    assert_eq!(names(&desk, "Noa"), ["Noa Levi"]);
    assert_eq!(names(&desk, "Later"), ["Later Person"]);
    assert_eq!(desk.json(&["check"])["ok"], true);
}

#[test]
fn a_restore_refuses_a_backup_whose_own_tables_were_changed() {
    let desk = Desk::new();
    desk.noa();
    let backup = backup(&desk);
    rusqlite::Connection::open(&backup)
        .unwrap()
        .execute_batch("DROP INDEX contacts_status")
        .unwrap();
    let message = desk.refuses(&["restore", &backup, "--yes"], 5);
    assert!(
        message.contains("index \"contacts_status\" is missing"),
        "{message}"
    );
}

#[test]
fn a_restore_works_over_a_file_holding_objects_not_ours_and_keeps_it_whole() {
    let desk = Desk::new();
    desk.noa();
    let backup = backup(&desk);
    rusqlite::Connection::open(&desk.db)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER eat AFTER INSERT ON contacts BEGIN DELETE FROM contacts; END;",
        )
        .unwrap();
    let planted = std::fs::read(&desk.db).unwrap();
    let restored = desk.json(&["restore", &backup, "--yes"]);
    let aside = restored["kept_aside"].as_str().unwrap();
    assert_eq!(std::fs::read(aside).unwrap(), planted);
    assert!(!schema_names(&desk.db).contains(&"eat".to_string()));
    assert_eq!(names(&desk, "Noa"), ["Noa Levi"]);
}

#[test]
fn a_backup_from_before_the_folders_is_still_offered_when_it_is_this_files() {
    let desk = Desk::new();
    desk.noa();
    let made = PathBuf::from(backup(&desk));
    // Where earlier versions put it: straight in `backups`, named after the file.
    let legacy = made
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("leads-20240101-090000.db");
    std::fs::rename(&made, &legacy).unwrap();
    // Damage that leaves the file's identity readable.
    rusqlite::Connection::open(&desk.db)
        .unwrap()
        .pragma_update(None, "user_version", -1)
        .unwrap();
    let message = desk.refuses(&["search", "Noa"], 5);
    assert!(
        message.contains(&format!("restore {}", legacy.display())),
        "{message}"
    );
}

#[cfg(unix)]
#[test]
fn the_data_folder_and_the_backups_folders_are_the_owners_only() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Desk::new();
    let data = desk.dir.path().join("data").join("leadometer");
    // A data folder made before, open to all, is tightened; the default file goes in it.
    std::fs::create_dir_all(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    desk.bare_cmd()
        .args(["add", "--name", "Noa Levi"])
        .assert()
        .success();
    assert_eq!(mode(&data), 0o700);
    let backup = desk
        .bare_cmd()
        .args(["backup", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let backup: serde_json::Value = serde_json::from_slice(&backup).unwrap();
    let backup = Path::new(backup["path"].as_str().unwrap());
    assert_eq!(mode(backup), 0o600);
    assert_eq!(mode(backup.parent().unwrap()), 0o700);
    assert_eq!(mode(&data.join("backups")), 0o700);
    // A folder of the user's own for --db is created private, but an existing one is theirs.
    let fresh = desk.dir.path().join("fresh").join("leads.db");
    desk.bare_cmd()
        .arg("--db")
        .arg(&fresh)
        .args(["add", "--name", "Noa Levi"])
        .assert()
        .success();
    assert_eq!(mode(fresh.parent().unwrap()), 0o700);
}

#[test]
fn a_restore_killed_halfway_leaves_a_partial_copy_the_next_open_removes() {
    let desk = Desk::new();
    desk.noa();
    let mut name = desk.db.as_os_str().to_owned();
    name.push(".restore.leadometer-partial");
    let left = std::path::PathBuf::from(name);
    let mut journal = left.as_os_str().to_owned();
    journal.push("-journal");
    let journal = std::path::PathBuf::from(journal);
    let not_ours = desk.dir.path().join("leads.db.partial");
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for path in [&left, &journal, &not_ours] {
        std::fs::write(path, b"half a copy").unwrap();
        std::fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
    }
    assert_eq!(names(&desk, "Noa"), ["Noa Levi"]);
    assert!(!left.exists() && !journal.exists());
    assert!(not_ours.exists(), "a name not ours is never touched");
}

#[test]
fn the_damage_hint_never_offers_another_files_backup_under_a_newer_name() {
    let desk = Desk::new();
    desk.noa();
    let own = desk.json(&["backup"])["path"].as_str().unwrap().to_string();
    let later = desk.json_at("2024-03-12T10:00:00Z", &["backup"])["path"]
        .as_str()
        .unwrap()
        .to_string();
    let other = Desk::new();
    other.json(&["add", "--name", "Someone Else", "--email", "else@x.io"]);
    let theirs = other.json(&["backup"])["path"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::copy(&theirs, &later).unwrap();

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

    let message = desk.refuses(&["search", "Noa"], 5);
    assert!(message.contains("damaged"), "{message}");
    assert!(message.contains(&format!("restore {own}")), "{message}");
    assert!(!message.contains(&later), "{message}");
}
