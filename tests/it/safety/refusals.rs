//! Files a command must refuse untouched, or fail on with what is really wrong:
//! damaged pages, files cut short, special files, versions no Leadometer wrote,
//! full disks and folders that cannot be written.

#[cfg(unix)]
use crate::common::mode;
use crate::common::{self, Desk};
use crate::common::{names, overwrite_page};
use std::path::Path;

/// A desk whose file spans many pages: 300 generated contacts with their timelines.
fn many_pages() -> Desk {
    let desk = Desk::new();
    desk.json(&["gen", "--contacts", "300"]);
    desk
}

fn page_count(db: &Path) -> usize {
    std::fs::metadata(db).unwrap().len() as usize / 4096
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = walk(folder)
        .iter()
        .map(|p| {
            p.strip_prefix(folder)
                .unwrap()
                .to_string_lossy()
                .to_string()
        })
        .collect();
    names.sort();
    names
}

fn walk(folder: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
        if entry.file_type().unwrap().is_dir() {
            found.extend(walk(&entry.path()));
        } else {
            found.push(entry.path());
        }
    }
    found
}

fn backups_root(desk: &Desk) -> std::path::PathBuf {
    desk.dir
        .path()
        .join("data")
        .join("leadometer")
        .join("backups")
}

#[test]
fn a_page_overwritten_in_the_middle_takes_no_add_and_no_backup() {
    let desk = many_pages();
    let good = desk.json(&["backup"])["path"].as_str().unwrap().to_string();
    overwrite_page(&desk.db, page_count(&desk.db) / 2);
    let before = files_in(&backups_root(&desk));

    let message = desk.refuses(&["add", "--name", "Later Person"], 5);
    assert!(message.contains("damaged"), "{message}");
    assert!(
        message.contains(&desk.db.display().to_string()),
        "{message}"
    );
    assert!(message.contains(&format!("restore {good}")), "{message}");
    let message = desk.refuses(&["backup"], 5);
    assert!(message.contains("damaged"), "{message}");
    assert_eq!(
        files_in(&backups_root(&desk)),
        before,
        "a backup of a damaged file was written, or its partial left"
    );
}

#[test]
fn a_file_cut_short_takes_no_add() {
    for cut in [4096, 100] {
        let desk = many_pages();
        let bytes = std::fs::read(&desk.db).unwrap();
        std::fs::write(&desk.db, &bytes[..bytes.len() - cut]).unwrap();
        let message = desk.refuses(&["add", "--name", "Later Person"], 5);
        assert!(message.contains("cut off"), "{cut}: {message}");
        assert!(
            message.contains(&desk.db.display().to_string()),
            "{message}"
        );
    }
}

#[test]
fn check_names_objects_not_ours_and_the_damage_in_a_file_open_refuses() {
    let desk = many_pages();
    rusqlite::Connection::open(&desk.db)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER eat AFTER INSERT ON interactions BEGIN DELETE FROM interactions; END;
             CREATE TABLE loot (x);",
        )
        .unwrap();
    overwrite_page(&desk.db, page_count(&desk.db) / 2);
    let message = desk.refuses(&["check"], 5);
    assert!(
        message.contains("schema: trigger \"eat\" on interactions (not Leadometer's)"),
        "{message}"
    );
    assert!(message.contains("schema: table \"loot\""), "{message}");
    assert!(message.contains("integrity:"), "{message}");
    assert!(message.contains("problems found"), "{message}");
}

#[test]
fn a_schema_version_no_leadometer_wrote_is_refused_by_every_command_untouched() {
    let desk = Desk::new();
    desk.noa();
    let sound = Desk::new();
    sound.noa();
    let backup = sound.json(&["backup"])["path"]
        .as_str()
        .unwrap()
        .to_string();
    rusqlite::Connection::open(&desk.db)
        .unwrap()
        .pragma_update(None, "user_version", -1)
        .unwrap();
    let other = sound.db.to_str().unwrap();
    for args in [
        &["add", "--name", "Later Person"][..],
        &["merge", other],
        &["check"],
        &["search", "Noa"],
    ] {
        let message = desk.refuses(args, 5);
        assert!(
            message.contains("schema version -1 is not one Leadometer ever wrote"),
            "{args:?}: {message}"
        );
        assert!(!message.contains("panicked"), "{message}");
    }
    // As the other file of a merge, and as the backup of a restore.
    let minus_one = desk.db.to_str().unwrap();
    for args in [&["merge", minus_one][..], &["restore", minus_one, "--yes"]] {
        let message = sound.refuses(args, 5);
        assert!(message.contains("schema version -1"), "{args:?}: {message}");
    }
    // Restoring over it keeps it aside byte for byte.
    let bytes = std::fs::read(&desk.db).unwrap();
    let restored = desk.json(&["restore", &backup, "--yes", "--other-file"]);
    let aside = restored["kept_aside"].as_str().unwrap();
    assert_eq!(std::fs::read(aside).unwrap(), bytes);
    assert_eq!(names(&desk, "4900148"), ["Noa Levi"]);
}

#[test]
fn a_special_file_as_the_database_is_refused_and_nothing_made_beside_it() {
    let desk = Desk::new();
    let fifo = desk.dir.path().join("pipe.db");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let folder = desk.dir.path().join("folder.db");
    std::fs::create_dir(&folder).unwrap();
    let null_journal = Path::new("/dev/null-journal");
    let had_null_journal = null_journal.exists();
    for (db, what) in [
        (Path::new("/dev/null"), "a device"),
        (fifo.as_path(), "a named pipe"),
        (folder.as_path(), "a folder"),
    ] {
        let out = desk
            .bare_cmd()
            .arg("--db")
            .arg(db)
            .args(["add", "--name", "Noa Levi"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(
            message.contains(&format!("it is {what}, not a regular file")),
            "{message}"
        );
        let mut journal = db.as_os_str().to_owned();
        journal.push("-journal");
        if db != Path::new("/dev/null") || !had_null_journal {
            assert!(!Path::new(&journal).exists(), "{} was made", db.display());
        }
    }
    // A symlink to a regular file is that file.
    desk.noa();
    #[cfg(unix)]
    {
        let link = desk.dir.path().join("link.db");
        std::os::unix::fs::symlink(&desk.db, &link).unwrap();
        let out = desk
            .bare_cmd()
            .arg("--db")
            .arg(&link)
            .args(["search", "Noa", "--json"])
            .output()
            .unwrap();
        assert!(String::from_utf8_lossy(&out.stdout).contains("Noa Levi"));
    }
}

/// Runs the binary on the desk's file under a limit on the size of files it may
/// write (`ulimit -f`), as a full disk would refuse them.
#[cfg(unix)]
fn with_file_size_limit(desk: &Desk, blocks: u32, args: &[&str]) -> (Option<i32>, String) {
    let mut on_db = vec!["--db", desk.db.to_str().unwrap()];
    on_db.extend_from_slice(args);
    let out = under_file_size_limit(desk, blocks, &on_db);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_said_as_such_never_as_damage() {
    let desk = Desk::new();
    desk.noa();
    desk.json(&["backup"]);
    let bytes = std::fs::read(&desk.db).unwrap();
    // 8 KiB: not even the -shm index fits; 32 KiB: opening works, the write does not.
    for (blocks, args) in [
        (16, &["search", "Noa"][..]),
        (
            64,
            &["add", "--name", "Later Person", "--phone", "052-555-1234"],
        ),
    ] {
        let (code, message) = with_file_size_limit(&desk, blocks, args);
        assert_eq!(code, Some(1), "{args:?}: {message}");
        assert!(
            message.contains(&desk.db.display().to_string()),
            "{message}"
        );
        assert!(message.contains("full"), "{args:?}: {message}");
        assert!(!message.contains("damaged"), "{args:?}: {message}");
        assert!(!message.contains("restore"), "{args:?}: {message}");
        assert_eq!(std::fs::read(&desk.db).unwrap(), bytes);
    }
}

#[cfg(unix)]
#[test]
fn a_folder_the_user_cannot_write_is_said_as_such_never_as_damage() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Desk::new();
    desk.noa();
    desk.json(&["backup"]);
    let folder = desk.dir.path();
    std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o500)).unwrap();
    let binds = std::fs::write(folder.join("probe"), b"").is_err();
    if binds {
        let message = desk.refuses(&["add", "--name", "Later Person"], 1);
        assert!(message.contains("permission denied"), "{message}");
        assert!(message.contains(&folder.display().to_string()), "{message}");
        assert!(
            !message.contains("damaged") && !message.contains("restore"),
            "{message}"
        );
    } else {
        eprintln!("note: running as root, where folder permissions do not bind; skipped");
    }
    std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700)).unwrap();
}

/// Runs the binary as the desk would, under `ulimit -f BLOCKS` (1 KiB blocks in bash).
#[cfg(unix)]
fn under_file_size_limit(desk: &Desk, blocks: u32, args: &[&str]) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin!("leadometer");
    std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("ulimit -f {blocks}; exec \"$0\" \"$@\""))
        .arg(bin)
        .args(args)
        .env_clear()
        .env("HOME", desk.dir.path())
        .env("XDG_DATA_HOME", desk.dir.path().join("data"))
        .env("XDG_CONFIG_HOME", desk.dir.path().join("xdg-config"))
        .env("LEADOMETER_CONFIG", desk.dir.path().join("config.toml"))
        .env("LEADOMETER_NOW", common::NOW)
        .env("TZ", "UTC")
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn a_file_size_limit_fails_the_write_with_a_message_not_a_signal() {
    let desk = Desk::new();
    let big = desk.dir.path().join("big.db");
    let out = under_file_size_limit(
        &desk,
        100,
        &[
            "--db",
            big.to_str().unwrap(),
            "gen",
            "--contacts",
            "2000",
            "--interactions-per-contact",
            "5",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("leadometer: "), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Breaks one page of the search table, as a failing disk would.
fn damage_search_page(db: &Path) {
    let root: i64 = rusqlite::Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'contact_search'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut bytes = std::fs::read(db).unwrap();
    let page = (root as usize - 1) * 4096;
    bytes[page + 8..page + 10].copy_from_slice(&[0x00, 0x50]);
    std::fs::write(db, bytes).unwrap();
}

#[test]
fn the_damage_message_is_one_line() {
    let desk = Desk::new();
    desk.noa();
    damage_search_page(&desk.db);
    for args in [&["search", "Noa"][..], &["backup"]] {
        let message = desk.refuses(args, 5);
        assert!(message.contains("is damaged ("), "{message}");
        assert!(
            message.contains("*** in database main ***; Tree"),
            "{message}"
        );
        assert_eq!(message.trim_end().lines().count(), 1, "{message}");
    }
}

#[test]
fn restoring_a_file_of_ours_without_its_tables_names_what_is_missing() {
    let desk = Desk::new();
    desk.noa();
    let hollow = desk.dir.path().join("hollow.db");
    let conn = rusqlite::Connection::open(&hollow).unwrap();
    conn.execute_batch("PRAGMA application_id = 1279607108; PRAGMA user_version = 5;")
        .unwrap();
    drop(conn);
    let message = desk.refuses(&["restore", hollow.to_str().unwrap(), "--yes"], 5);
    assert!(message.contains("cannot be restored"), "{message}");
    assert!(
        message.contains("Leadometer's table \"meta\" is missing"),
        "{message}"
    );
    assert!(!message.contains("no such table"), "{message}");
    assert_eq!(names(&desk, "4900148"), ["Noa Levi"]);
}

#[test]
fn a_full_schema_under_a_wrong_version_names_the_version_not_every_table() {
    for wrong in [0, 3] {
        let desk = Desk::new();
        desk.noa();
        rusqlite::Connection::open(&desk.db)
            .unwrap()
            .pragma_update(None, "user_version", wrong)
            .unwrap();
        let message = desk.refuses(&["search", "Noa"], 5);
        assert!(
            message.contains(&format!(
                "its schema version {wrong} does not match its tables, which are those of version "
            )),
            "{message}"
        );
        assert!(!message.contains("not Leadometer's"), "{message}");
        assert_eq!(message.trim_end().lines().count(), 1, "{message}");
    }
}

#[cfg(unix)]
#[test]
fn an_existing_file_open_to_others_is_tightened_on_open() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Desk::new();
    desk.noa();
    let wal = desk.dir.path().join("leads.db-wal");
    for file in [&desk.db, &wal] {
        if file.exists() {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
    assert_eq!(names(&desk, "4900148"), ["Noa Levi"]);
    assert_eq!(mode(&desk.db), 0o600);
    for suffix in ["-wal", "-shm"] {
        let beside = desk.dir.path().join(format!("leads.db{suffix}"));
        if beside.exists() {
            assert_eq!(mode(&beside), 0o600, "{}", beside.display());
        }
    }
}

/// A folder no one may create files in, root included (procfs refuses new files).
#[cfg(target_os = "linux")]
fn unwritable_folder() -> Option<&'static Path> {
    let folder = Path::new("/proc/sys");
    let name = std::ffi::CString::new("/proc/sys").unwrap();
    // SAFETY: a valid NUL-terminated path.
    let writable = unsafe { libc::access(name.as_ptr(), libc::W_OK) } == 0;
    (folder.is_dir() && !writable).then_some(folder)
}

#[cfg(target_os = "linux")]
#[test]
fn a_new_file_in_a_folder_that_cannot_be_written_names_the_folder() {
    let Some(folder) = unwritable_folder() else {
        return;
    };
    let desk = Desk::new();
    let db = folder.join("leadometer-new.db");
    for args in [
        &["search", "x"][..],
        &["add", "--name", "X", "--email", "x@x.io"],
    ] {
        let out = desk
            .bare_cmd()
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("permission denied"), "{stderr}");
        assert!(
            stderr.contains("the folder /proc/sys cannot be written"),
            "{stderr}"
        );
        assert!(!stderr.contains("no such file"), "{stderr}");
    }
}
