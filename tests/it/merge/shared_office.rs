//! The office's shared file carrying what a merge must not take as it is: a row
//! whose contact is missing, a planted trigger, text that drives the terminal. A
//! sync still goes through, on the machine that joins and on the one that
//! publishes again; its summary says what was kept aside, and `check` lists it.

use crate::common::Desk;
use rusqlite::Connection;
use std::path::Path;

fn sharing(shared: &Path, user: &str) -> Desk {
    Desk::with_config(&format!(
        "user = \"{user}\"\nregion = \"IL\"\nshared = \"{}\"\n[scoring]\nrules = []\n",
        shared.display()
    ))
}

fn run(desk: &Desk, args: &[&str]) -> (bool, String, String) {
    let out = desk.cmd().args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_bad_row_in_the_shared_file_blocks_no_sync_and_is_named_by_the_summary_and_check() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("leads.db");
    let dana = sharing(&shared, "Dana");
    dana.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    assert_eq!(dana.json(&["sync"])["published"], true);

    // Someone's copy put this in the shared file (sync clients copy whole files).
    let planted = Connection::open(&shared).unwrap();
    planted
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO interactions (id, contact_id, kind, occurred_at, logged_by, created_at)
                 VALUES ('orphan-call', 'nobody', 'call', 0, 'Avi', 0);
             UPDATE contacts SET name = 'Noa' || char(27) || ']52;c;aGk=' || char(7) || ' Levi';
             CREATE TRIGGER eat AFTER INSERT ON interactions
                 BEGIN DELETE FROM interactions WHERE id != new.id; END;",
        )
        .unwrap();
    drop(planted);

    // A machine joining the office takes the rest, and says what it did not take.
    let avi = sharing(&shared, "Avi");
    let (ok, stdout, stderr) = run(&avi, &["sync"]);
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("Not copied: trigger \"eat\""), "{stdout}");
    assert!(stdout.contains("kept aside"), "{stdout}");
    assert!(stdout.contains("orphan-call"), "{stdout}");
    assert!(!stdout.contains('\u{1b}') && !stderr.contains('\u{1b}'));

    // The joining machine published what it holds, without the bad row: the machine
    // that published first merges that back, row by row, and keeps its own leads.
    dana.json(&["add", "--name", "Ron Tal", "--phone", "052-555-1234"]);
    let again = dana.json(&["sync"]);
    assert_eq!(again["published"], true, "{again}");
    assert_eq!(
        dana.json(&["search", "052-555-1234"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );

    // Calls logged after joining all stay: no planted trigger runs here.
    for minute in 0..3 {
        avi.json(&[
            "log",
            "call",
            "054-490-0148",
            "--at",
            &format!("2024-03-12T08:0{minute}:00Z"),
        ]);
    }
    let calls = avi.json(&["show", "054-490-0148"]);
    let timeline = calls["timeline"].as_array().unwrap();
    let logged = timeline.iter().filter(|i| i["kind"] == "call").count();
    assert_eq!(logged, 3, "{calls}");
    assert_eq!(
        calls["contact"]["name"], "Noa Levi",
        "the escape sequence went whole"
    );

    // `check` names the row kept aside, cleanly.
    let (ok, stdout, stderr) = run(&avi, &["check"]);
    assert!(!ok, "{stdout}");
    assert!(stderr.contains("orphan-call"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'));
}

#[test]
fn check_reports_control_characters_stored_before_merges_cleaned_them() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    Connection::open(&desk.db)
        .unwrap()
        .execute(
            "UPDATE contacts SET name = 'Noa' || char(27) || '[31m Levi'",
            [],
        )
        .unwrap();
    let (ok, _, stderr) = run(&desk, &["check"]);
    assert!(!ok);
    assert!(
        stderr.contains("1 value of contacts.name holds control characters"),
        "{stderr}"
    );
    assert!(!stderr.contains('\u{1b}'));
}
