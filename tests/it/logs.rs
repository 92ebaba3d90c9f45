//! The log and the progress bars as a script meets them: `-v` writes the log to
//! stderr and never to stdout, without escape codes when stderr is not a terminal;
//! without it stderr stays quiet (no bar for a pipe or `--json`); the file in the
//! state folder is owner-only and records what was done.

use crate::common::Desk;

const SHEET: &str = "Name,Phone\nNoa Levi,054-490-0148\nDan Cohen,052-381-7720\n";

fn state_dir(desk: &Desk) -> std::path::PathBuf {
    desk.dir.path().join(".local/state/leadometer")
}

#[test]
fn without_v_long_commands_say_nothing_on_a_stderr_that_is_no_terminal() {
    let desk = Desk::new();
    let sheet = desk.dir.path().join("people.csv");
    std::fs::write(&sheet, SHEET).unwrap();
    for args in [
        vec!["gen", "--contacts", "600"],
        vec!["rescore"],
        vec!["export", "--format", "csv"],
        vec!["--json", "rescore"],
    ] {
        let out = desk
            .cmd()
            .args(&args)
            .assert()
            .success()
            .get_output()
            .clone();
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {:?}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let imported = Desk::new()
        .cmd()
        .arg("import")
        .arg(&sheet)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&imported.get_output().stderr).to_string();
    assert!(stderr.is_empty(), "{stderr:?}");
}

#[test]
fn v_logs_to_stderr_plainly_and_leaves_stdout_as_it_was() {
    let desk = Desk::new();
    let quiet = desk
        .cmd()
        .args(["gen", "--contacts", "30", "--json"])
        .assert()
        .success();
    let other = Desk::new();
    let loud = other
        .cmd()
        .args(["-vv", "gen", "--contacts", "30", "--json"])
        .assert()
        .success();
    let (quiet, loud) = (quiet.get_output(), loud.get_output());
    let fields = |out: &[u8]| -> serde_json::Value {
        let mut value: serde_json::Value = serde_json::from_slice(out).unwrap();
        value["seconds"] = 0.into();
        value
    };
    assert_eq!(
        fields(&quiet.stdout),
        fields(&loud.stdout),
        "stdout is the same with -vv"
    );
    let stderr = String::from_utf8_lossy(&loud.stderr);
    assert!(
        stderr.contains("DEBUG") && stderr.contains("started command=\"gen\""),
        "{stderr}"
    );
    assert!(stderr.contains("finished command=\"gen\""), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}'),
        "no escape codes into a pipe: {stderr:?}"
    );
    // -v alone is info: the command's timing (debug) is left out.
    let brief = desk.cmd().args(["-v", "rescore"]).assert().success();
    let brief = String::from_utf8_lossy(&brief.get_output().stderr).to_string();
    assert!(!brief.contains("started"), "{brief}");
}

#[test]
fn a_failure_and_an_import_are_in_the_owner_only_file() {
    let desk = Desk::new();
    let sheet = desk.dir.path().join("people\u{1b}[2J.csv");
    std::fs::write(&sheet, SHEET).unwrap();
    desk.cmd().arg("import").arg(&sheet).assert().success();
    desk.cmd().args(["show", "nobody"]).assert().failure();
    let dir = state_dir(&desk);
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().to_string();
    assert!(name.starts_with("leadometer.log."), "{name}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(
        text.contains("INFO") && text.contains("import") && text.contains("created=2"),
        "{text}"
    );
    assert!(
        text.contains("ERROR") && text.contains("no contact matches"),
        "{text}"
    );
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&files[0]), 0o600);
    }
}

#[test]
fn an_unwritable_state_folder_changes_nothing() {
    let desk = Desk::new();
    // The state folder's place is taken by a file: no log, and no complaint.
    std::fs::create_dir_all(desk.dir.path().join(".local")).unwrap();
    std::fs::write(desk.dir.path().join(".local/state"), "").unwrap();
    let out = desk
        .cmd()
        .args(["-vv", "gen", "--contacts", "5"])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("finished"),
        "stderr still has the log: {stderr}"
    );
}
