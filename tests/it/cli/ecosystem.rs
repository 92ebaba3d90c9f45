//! The command line among other tools: shell completions, the man page, the
//! version, the config command, exit codes a script can tell apart, and errors as
//! JSON.

use crate::common::{Desk, NOW};
use serde_json::Value;

/// Runs `args` and returns its exit code and what it wrote on stderr.
fn failed(desk: &Desk, args: &[&str]) -> (i32, String) {
    let out = desk.cmd().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Whether `program` can be run here (a shell to check a script with).
fn have(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("-c")
        .arg("exit 0")
        .output()
        .is_ok_and(|out| out.status.success())
}

/// `script` read (not run) by `shell -n`.
fn check_syntax(shell: &str, script: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("completions");
    std::fs::write(&file, script).unwrap();
    let out = std::process::Command::new(shell)
        .arg("-n")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{shell} -n: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn completions_for_every_shell_name_the_commands() {
    let desk = Desk::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = desk.text(&["completions", shell]);
        for command in ["inbox", "deal", "import", "completions"] {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
    }
    // The allowed values are completed too, from the domain's lists.
    let bash = desk.text(&["completions", "bash"]);
    assert!(bash.contains("decision-maker"), "roles in bash completions");
    assert!(
        bash.contains("disqualified"),
        "statuses in bash completions"
    );
    // Each shell parses its own script (`-n`); CI installs them all and requires it.
    for shell in ["bash", "zsh", "fish"] {
        match have(shell) {
            true => check_syntax(shell, &desk.text(&["completions", shell])),
            false => {
                assert!(
                    std::env::var_os("LEADOMETER_REQUIRE_SHELLS").is_none(),
                    "LEADOMETER_REQUIRE_SHELLS is set, but {shell} is missing"
                );
                println!("{shell} is not installed: its completions' syntax is not checked");
            }
        }
    }
    let (code, _) = failed(&desk, &["completions", "tcsh"]);
    assert_eq!(code, 2);
}

#[test]
fn the_man_page_has_its_sections_and_the_commands() {
    let page = Desk::new().text(&["man"]);
    for wanted in [
        ".TH leadometer 1",
        ".SH NAME",
        ".SH SYNOPSIS",
        "inbox",
        "import",
    ] {
        assert!(page.contains(wanted), "{wanted} in the man page");
    }
}

#[test]
fn the_version_names_the_schema_and_sqlite() {
    let version = Desk::new().text(&["--version"]);
    assert!(version.starts_with(&format!("leadometer {}", env!("CARGO_PKG_VERSION"))));
    let schema = format!("schema {}", leadometer::store::SCHEMA_VERSION);
    assert!(version.contains(&schema), "{version}");
    let sqlite = format!("SQLite {}", rusqlite::version());
    assert!(version.contains(&sqlite), "{version}");
}

#[test]
fn a_preferred_channel_is_one_of_the_list_in_any_case() {
    let desk = Desk::new();
    desk.noa();
    let error = desk.refuses(&["edit", "Noa Levi", "--preferred-channel", "telegram"], 2);
    assert!(error.contains("--preferred-channel"), "{error}");
    assert!(error.contains("whatsapp"), "{error}");
    let edited = desk.json(&["edit", "Noa Levi", "--preferred-channel", "WhatsApp"]);
    assert_eq!(edited["preferred_channel"], "whatsapp", "{edited}");
    let cleared = desk.json(&["edit", "Noa Levi", "--preferred-channel", ""]);
    assert_eq!(cleared["preferred_channel"], Value::Null, "{cleared}");
    // What the domain read before still reads: any case, `_` for `-`.
    let edited = desk.json(&[
        "edit",
        "Noa Levi",
        "--status",
        "Attempting",
        "--role",
        "KEY_OPINION_LEADER",
    ]);
    assert_eq!(edited["status"], "attempting", "{edited}");
    let error = desk.refuses(&["edit", "Noa Levi", "--lifecycle", "champion"], 2);
    assert!(error.contains("evangelist"), "{error}");
    let help = desk.text(&["edit", "--help"]);
    assert!(
        help.contains("[possible values: call, whatsapp, email, sms, meeting]"),
        "{help}"
    );
}

#[test]
fn a_refused_value_is_said_in_hungarian_too() {
    let desk = Desk::with_config("user = \"Dana\"\nlanguage = \"hu\"\n");
    desk.noa();
    let error = desk.refuses(&["edit", "Noa Levi", "--origin", "sideways"], 2);
    assert!(error.contains("érvénytelen érték"), "{error}");
    assert!(error.contains("inbound, outbound"), "{error}");
}

#[test]
fn each_kind_of_failure_has_its_exit_code() {
    let desk = Desk::new();
    desk.noa();
    // 1: anything else, here a clock that cannot be read.
    let out = desk
        .cmd()
        .env("LEADOMETER_NOW", "soon")
        .arg("inbox")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    // 2: the command line.
    assert_eq!(failed(&desk, &["inbox", "--colour"]).0, 2);
    // 3: no such contact, task, or file to import.
    assert_eq!(failed(&desk, &["show", "Nobody Here"]).0, 3);
    assert_eq!(failed(&desk, &["task", "done", "call back"]).0, 3);
    let missing = desk.dir.path().join("missing.csv");
    assert_eq!(failed(&desk, &["import", missing.to_str().unwrap()]).0, 3);
    // 4: refused: ambiguous, an export over a file, a file from a newer version.
    desk.json(&["add", "--name", "Noa Cohen", "--phone", "052-333-4444"]);
    assert_eq!(failed(&desk, &["show", "Noa"]).0, 4);
    let out = desk.dir.path().join("out.csv");
    std::fs::write(&out, "kept").unwrap();
    assert_eq!(
        failed(&desk, &["export", "--out", out.to_str().unwrap()]).0,
        4
    );
    let newer = Desk::new();
    newer.noa();
    let connection = rusqlite::Connection::open(&newer.db).unwrap();
    connection
        .pragma_update(None, "user_version", 9999)
        .unwrap();
    drop(connection);
    assert_eq!(failed(&newer, &["inbox"]).0, 4);
    // 5: not a database.
    let garbage = Desk::new();
    std::fs::write(&garbage.db, "this is no database, only words ".repeat(200)).unwrap();
    assert_eq!(failed(&garbage, &["inbox"]).0, 5);
}

#[test]
fn with_json_an_error_is_one_object_on_stderr() {
    let desk = Desk::new();
    desk.noa();
    let (code, stderr) = failed(&desk, &["--json", "show", "Nobody \u{1b}[31mHere"]);
    assert_eq!(code, 3);
    let error: Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(error["error"]["code"], "not_found", "{error}");
    assert_eq!(error["error"]["exit"], 3);
    let message = error["error"]["message"].as_str().unwrap();
    assert!(message.contains("Nobody"), "{message}");
    assert!(!message.contains('\u{1b}'), "{message:?}");
    // clap's refusals too, whichever side of the command --json is on.
    let (code, stderr) = failed(&desk, &["inbox", "--json", "--colour"]);
    assert_eq!(code, 2);
    let error: Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(error["error"]["code"], "usage", "{error}");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--colour")
    );
    let (code, stderr) = failed(&desk, &["--json", "show", "Noa"]);
    assert_eq!(code, 4);
    let error: Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(error["error"]["code"], "refused", "{error}");
    // Without --json, the sentence as before.
    let (_, stderr) = failed(&desk, &["show", "Nobody"]);
    assert!(stderr.starts_with("leadometer: "), "{stderr}");
}

#[test]
fn config_path_show_and_check() {
    let desk = Desk::new();
    let file = desk.dir.path().join("config.toml");
    let path = desk.text(&["config", "path"]);
    assert!(
        path.contains(file.to_str().unwrap()) && path.contains("exists"),
        "{path}"
    );
    let located = desk.json(&["config", "path"]);
    assert_eq!(located["exists"], true);
    let shown = desk.text(&["config", "show"]);
    assert!(shown.contains("user = \"Dana\""), "{shown}");
    assert!(
        shown.contains("first_response_minutes = 15"),
        "defaults filled in: {shown}"
    );
    let shown = desk.json(&["config", "show"]);
    assert_eq!(shown["currency"], "ILS");
    assert!(desk.text(&["config", "check"]).contains("no problems"));
    desk.set_config("user = \"Dana\"\n\n[sla]\nfirst_respons = 3\n");
    let (code, stderr) = failed(&desk, &["config", "check"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("config.toml:4: first_respons"), "{stderr}");
    // A broken config is still shown where it is.
    assert!(desk.text(&["config", "path"]).contains("config.toml"));
}

#[cfg(unix)]
#[test]
fn config_edit_makes_the_file_from_the_example_and_checks_it() {
    let desk = Desk::new();
    let file = desk.dir.path().join("fresh.toml");
    let out = desk
        .bare_cmd()
        .env("LEADOMETER_CONFIG", &file)
        .env("EDITOR", "true")
        .env_remove("VISUAL")
        .args(["config", "edit"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The example, every setting commented out: the defaults hold until one is
    // chosen, and what each key means is there to read.
    let made = std::fs::read_to_string(&file).unwrap();
    assert!(made.contains("# user = \"Dana\""), "{made}");
    assert!(
        made.lines()
            .all(|line| line.is_empty() || line.starts_with('#'))
    );
    // An editor that leaves the file broken: the problem is said, the file kept.
    let breaker = desk.dir.path().join("breaker.sh");
    std::fs::write(&breaker, "#!/bin/sh\necho 'mouse = \"off\"' >> \"$1\"\n").unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&breaker)
        .status()
        .unwrap();
    let out = desk
        .bare_cmd()
        .env("LEADOMETER_CONFIG", &file)
        .env("VISUAL", &breaker)
        .env("LEADOMETER_NOW", NOW)
        .args(["config", "edit"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let said = String::from_utf8_lossy(&out.stderr);
    // The breaker's line is the one after the example's last.
    let broken_line = format!("line {}", made.lines().count() + 1);
    assert!(
        said.contains("still has a problem")
            && said.contains("kept as you wrote it")
            && said.contains(&broken_line),
        "{said}"
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .ends_with("mouse = \"off\"\n")
    );
    // An editor that is not there fails like one that fails (1), not as a thing the
    // user named that is missing (3); the file stays as it was.
    let before = std::fs::read_to_string(&file).unwrap();
    let out = desk
        .bare_cmd()
        .env("LEADOMETER_CONFIG", &file)
        .env("VISUAL", desk.dir.path().join("no-such-editor"))
        .args(["config", "edit"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("cannot start the editor"), "{said}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
}

/// Refusals of a value or an action the user gave, each by its own sentence: exit 4,
/// and `refused` under `--json`.
const REFUSED: &[&[&str]] = &[
    &["add", "--name", " "],
    &["deal", "add", "Noa Levi", "--title", " "],
    &[
        "deal", "add", "Noa Levi", "--title", "T", "--amount", "lots",
    ],
    &[
        "deal",
        "add",
        "Noa Levi",
        "--title",
        "T",
        "--probability",
        "1.5",
    ],
    &[
        "deal",
        "add",
        "Noa Levi",
        "--title",
        "T",
        "--currency",
        "shekels",
    ],
    &[
        "deal", "add", "Noa Levi", "--title", "T", "--stage", "Nowhere",
    ],
    &[
        "deal",
        "add",
        "Noa Levi",
        "--title",
        "T",
        "--close-date",
        "someday",
    ],
    &["edit", "Noa Levi", "--set", "no-value"],
    &["edit", "Noa Levi", "--reason", "moved away"],
    &["log", "call", "Noa Levi", "--duration", "five minutes"],
    &[
        "task", "add", "Noa Levi", "--title", " ", "--due", "tomorrow",
    ],
    &[
        "task",
        "add",
        "Noa Levi",
        "--title",
        "Call",
        "--due",
        "never ever",
    ],
    &["task", "done", "1"],
    &["triage", "Noa Levi", "convert", "--reason", "x"],
    &["report", "funnel", "--from", "10/03/2024"],
    &["report", "funnel", "--period", "decade"],
    &["report", "targets", "--by", "source"],
    &[
        "template",
        "add",
        "--name",
        "X",
        "--language",
        "en",
        "--channel",
        "sms",
    ],
    &["campaign", "add", "Autumn"],
    &["schema", "no-such-output"],
    &[
        "send",
        "sms",
        "Noa Levi",
        "--text",
        "hi",
        "--subject",
        "S",
        "--print",
    ],
    &["gen", "--contacts", "5"],
];

/// Things named that are not there: exit 3, and `not_found` under `--json`.
const NOT_FOUND: &[&[&str]] = &[
    &["sent", "no-such-entry"],
    &["deal", "edit", "No such deal", "--amount", "1"],
    &["template", "show", "No such template"],
    &["campaign", "show", "No such campaign"],
    &["task", "done", "7"],
    &[
        "template",
        "add",
        "--name",
        "X",
        "--language",
        "en",
        "--channel",
        "sms",
        "--body-file",
        "no-such-body.txt",
    ],
];

#[test]
fn refusals_exit_4_and_things_not_found_3_with_their_json_codes() {
    let desk = Desk::new();
    desk.noa();
    for (cases, code, word) in [(REFUSED, 4, "refused"), (NOT_FOUND, 3, "not_found")] {
        // `task done 7` needs a numbered list to miss in: shown halfway.
        for args in cases.iter() {
            if args == &["task", "done", "7"] {
                desk.json(&["task", "list"]);
            }
            let said = desk.refuses(args, code);
            assert!(said.starts_with("leadometer: "), "{args:?}: {said}");
            let mut with_json = vec!["--json"];
            with_json.extend_from_slice(args);
            let (exit, stderr) = failed(&desk, &with_json);
            assert_eq!(exit, code, "{args:?}: {stderr}");
            let error: Value = serde_json::from_str(stderr.trim()).unwrap();
            assert_eq!(error["error"]["code"], word, "{args:?}: {error}");
            assert_eq!(error["error"]["exit"], code, "{args:?}");
        }
    }
}

/// `--owner me`, as the help says, is the configured user on a contact too (as it
/// was on a deal), so that `inbox --owner me` finds the leads given it.
#[test]
fn owner_me_is_the_configured_user_for_add_and_edit() {
    let desk = Desk::new();
    let added = desk.json(&["add", "--name", "Avi Cohen", "--owner", "me"]);
    assert_eq!(added["owner"], "Dana", "{added}");
    desk.json(&["add", "--name", "Noa Levi", "--owner", "Yossi"]);
    let edited = desk.json(&["edit", "Noa Levi", "--owner", "me"]);
    assert_eq!(edited["owner"], "Dana", "{edited}");
    let mine = desk.json(&["inbox", "--owner", "me"]);
    let text = mine.to_string();
    assert!(
        text.contains("Avi Cohen") && text.contains("Noa Levi"),
        "{mine}"
    );
}
