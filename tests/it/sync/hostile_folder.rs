//! What the shared folder may hold that a sync must neither read in place, move
//! nor replace: a device or a pipe at the shared path, a damaged file it cannot
//! archive, a copy in WAL mode, the partial files of a killed publish.

use super::desk_sharing_folder;
use leadometer::sync::ARCHIVE;
use std::path::Path;
use std::time::{Duration, SystemTime};

fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn a_shared_path_that_is_a_pipe_or_a_folder_is_refused_and_left_alone() {
    use std::os::unix::fs::FileTypeExt;
    let (desk, share, _) = desk_sharing_folder("share");
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    let pipe = share.join("pipe.db");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .unwrap()
            .success()
    );
    let folder = share.join("folder.db");
    std::fs::create_dir(&folder).unwrap();
    // A device behaves as the pipe does (the unit test names /dev/null); a test that
    // could move the machine's own /dev/null if it failed is not one to run here.
    for (shared, what) in [
        (pipe.as_path(), "a device, pipe or socket"),
        (folder.as_path(), "a folder"),
    ] {
        desk.set_config(&format!(
            "user = \"Dana\"\nregion = \"IL\"\nshared = \"{}\"\n",
            shared.display()
        ));
        let out = desk.cmd().arg("sync").output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{}", shared.display());
        assert!(stderr.contains(what), "{stderr}");
    }
    assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo());
    assert!(folder.is_dir());
    assert!(!share.join(ARCHIVE).exists());
}

#[test]
fn a_damaged_shared_file_that_cannot_be_archived_is_not_replaced() {
    let (desk, share, shared) = desk_sharing_folder("share");
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    desk.json(&["sync"]);
    // Something else holds the archive's name, so nothing can move there.
    std::fs::write(share.join(ARCHIVE), b"a note, not a folder").unwrap();
    std::fs::write(&shared, b"half a download").unwrap();
    desk.json(&["add", "--name", "Ron Tal", "--phone", "052-555-1234"]);
    let out = desk.cmd().arg("sync").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("could not be moved to the archive"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&shared).unwrap(), b"half a download");
}

#[test]
fn a_copy_in_wal_mode_is_read_without_leaving_a_wal_or_shm_and_its_name_serves_again() {
    let (desk, share, shared) = desk_sharing_folder("share");
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    desk.json(&["sync"]);
    let copy_name = "leads (1).db";
    for (name, phone) in [("Ron Tal", "052-555-1234"), ("Dan Bar", "052-555-9876")] {
        // A colleague's copy of the office file with a lead of theirs, in WAL mode
        // as a working file is, put where a sync client puts a conflicted copy.
        let work = tempfile::tempdir().unwrap();
        let theirs = work.path().join("theirs.db");
        std::fs::copy(&shared, &theirs).unwrap();
        desk.bare_cmd()
            .arg("--db")
            .arg(&theirs)
            .args(["add", "--name", name, "--phone", phone])
            .assert()
            .success();
        {
            // Checkpointed, still in WAL mode, with no -wal beside it: as copied.
            let conn = rusqlite::Connection::open(&theirs).unwrap();
            let mode: String = conn
                .pragma_query_value(None, "journal_mode", |r| r.get(0))
                .unwrap();
            assert_eq!(mode, "wal");
        }
        std::fs::copy(&theirs, share.join(copy_name)).unwrap();
        let report = desk.json(&["sync"]);
        assert_eq!(report["merged"].as_array().unwrap().len(), 1, "{report}");
        let leftovers: Vec<String> = names(&share)
            .into_iter()
            .filter(|n| n.ends_with("-wal") || n.ends_with("-shm") || n.ends_with("-journal"))
            .collect();
        assert_eq!(leftovers, Vec::<String>::new());
        let found = desk.json(&["search", phone]);
        assert_eq!(found.as_array().map(Vec::len), Some(1), "{name}: {found}");
    }
}

#[test]
fn a_killed_publishs_backup_partial_in_the_shared_folder_is_swept() {
    let (desk, share, _) = desk_sharing_folder("share");
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    desk.json(&["sync"]);
    let old = share.join("leads-4242-0123abcd.leadometer-partial");
    let fresh = share.join("leads-4243-4567cdef.leadometer-partial");
    let not_ours = share.join("notes.partial");
    for path in [&old, &fresh, &not_ours] {
        std::fs::write(path, b"half a copy").unwrap();
    }
    let long_ago = SystemTime::now() - Duration::from_secs(3600);
    for path in [&old, &not_ours] {
        std::fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
    }
    desk.json(&["add", "--name", "Ron Tal", "--phone", "052-555-1234"]);
    desk.json(&["sync"]);
    assert!(!old.exists(), "an old partial of ours goes");
    assert!(fresh.exists(), "a fresh one may still be being written");
    assert!(not_ours.exists(), "a name not ours stays");
}

#[test]
fn an_empty_shared_path_is_said_to_be_unset() {
    let (desk, _, _) = desk_sharing_folder("share");
    desk.set_config("user = \"Dana\"\nregion = \"IL\"\nshared = \"\"\n");
    let out = desk.cmd().arg("sync").output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no shared file is set"), "{stderr}");
}

#[test]
fn another_machines_working_file_in_the_shared_folder_is_merged_but_never_archived() {
    let (dana, share, shared) = desk_sharing_folder("share");
    dana.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    dana.json(&["sync"]);
    // Avi keeps his working file in the shared folder, named as OneDrive names a
    // conflicted copy, and joins the office through it.
    let (mut avi, _, _) = desk_sharing_folder("avi-share");
    avi.set_config(&format!(
        "user = \"Avi\"\nregion = \"IL\"\nshared = \"{}\"\n",
        shared.display()
    ));
    avi.db = share.join("leads-laptop.db");
    avi.json(&["sync"]);
    avi.json(&["add", "--name", "Ron Tal", "--phone", "052-555-1234"]);

    // Dana's sync finds it between Avi's commands (no -wal beside it then).
    let report = dana.json(&["sync"]);
    assert!(avi.db.exists(), "Avi's working file stays: {report}");
    assert!(!share.join(ARCHIVE).join("leads-laptop.db").exists());
    let found = dana.json(&["search", "052-555-1234"]);
    assert_eq!(found.as_array().map(Vec::len), Some(1), "merged: {found}");
    let avi_still = avi.json(&["search", "054-490-0148"]);
    assert_eq!(avi_still.as_array().map(Vec::len), Some(1), "{avi_still}");
}
