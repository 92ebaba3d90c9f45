//! Text from outside (a colleague's merged file, the config, a typed option) never
//! reaches the terminal raw: no escape sequence, C0 or C1 control, or bidi override.

use crate::common;

use common::Desk;
use serde_json::Value;

/// What a colleague's file could carry into every field: an OSC 52 clipboard write,
/// a right-to-left override, an 8-bit CSI and a bare bell.
const HOSTILE: &str = "\u{1b}]52;c;aGk=\u{7}\u{202E}\u{9b}2J\u{2066}\u{7}";

/// The characters that must never be printed raw: controls other than tab and line
/// ends, C1 controls, and bidi overrides and isolates.
fn raw_controls(output: &[u8]) -> Vec<char> {
    String::from_utf8_lossy(output)
        .chars()
        .filter(|c| {
            (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

fn assert_clean(what: &str, output: &[u8]) {
    let found = raw_controls(output);
    assert!(
        found.is_empty(),
        "{what} printed {found:?}: {:?}",
        String::from_utf8_lossy(output)
    );
}

/// A desk whose one contact (and its phone, email, notes, custom field and a task)
/// holds hostile text, written straight into the file as a merge from a colleague
/// would; the contact's id.
fn poisoned_desk() -> (Desk, String) {
    let desk = Desk::new();
    let id = desk.noa()["id"].as_str().unwrap().to_string();
    desk.json(&[
        "task",
        "add",
        &id,
        "--title",
        "Call back",
        "--due",
        "tomorrow",
    ]);
    let db = rusqlite::Connection::open(&desk.db).unwrap();
    let evil = |text: &str| format!("{text}{HOSTILE}");
    db.execute(
        "UPDATE contacts SET name = ?1, owner = ?2, notes = ?3, source = ?4, custom = ?5",
        (
            evil("Noa Levi"),
            evil("Dana"),
            evil("first line\nsecond line"),
            evil("Facebook"),
            serde_json::json!({ evil("size"): evil("big") }).to_string(),
        ),
    )
    .unwrap();
    db.execute("UPDATE contact_emails SET email = ?1", [evil("noa@x.il")])
        .unwrap();
    db.execute(
        "UPDATE contact_phones SET raw = ?1, e164 = NULL",
        [evil("054")],
    )
    .unwrap();
    db.execute("UPDATE tasks SET id = ?1", [evil("task")])
        .unwrap();
    (desk, id)
}

fn stdout_of(desk: &Desk, args: &[&str]) -> Vec<u8> {
    let out = desk
        .cmd()
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    assert_clean(&format!("{args:?} (stderr)"), &out.stderr);
    out.stdout
}

#[test]
fn the_result_lines_of_every_command_clean_stored_text() {
    let (desk, id) = poisoned_desk();
    let task_id = format!("task{HOSTILE}");
    for args in [
        &["score", &id][..],
        &["task", "done", &task_id],
        &["edit", &id, "--status", "attempting"],
        &["log", "call", &id, "--outcome", "no answer"],
        &["triage", &id, "nurture"],
        &["deal", "add", &id, "--title", "Kitchen"],
        &["show", &id],
        &["search", ""],
        &["inbox"],
        &[],
        &["delete", &id],
    ] {
        let printed = stdout_of(&desk, args);
        assert_clean(&format!("{args:?}"), &printed);
        assert!(!printed.is_empty(), "{args:?} printed nothing");
    }
}

#[test]
fn an_export_to_the_terminal_carries_no_controls_but_keeps_the_lines_of_a_note() {
    let (desk, _) = poisoned_desk();
    let csv = stdout_of(&desk, &["export"]);
    assert_clean("export --format csv", &csv);
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains("\"first line\nsecond line"), "{csv}");
    assert!(csv.contains("Noa Levi"), "{csv}");
    let vcard = stdout_of(&desk, &["export", "--format", "vcard"]);
    assert_clean("export --format vcard", &vcard);
    assert!(String::from_utf8(vcard).unwrap().contains("FN:Noa Levi"));
    let json = stdout_of(&desk, &["export", "--format", "json"]);
    assert_clean("export --format json", &json);
}

#[test]
fn json_writes_c1_controls_and_bidi_overrides_as_escapes_and_keeps_the_value() {
    let (desk, id) = poisoned_desk();
    for args in [
        &["show", &id, "--json"][..],
        &["score", &id, "--json"],
        &["export", "--format", "json"],
    ] {
        let printed = stdout_of(&desk, args);
        assert_clean(&format!("{args:?}"), &printed);
        let text = String::from_utf8(printed.clone()).unwrap();
        for escape in ["\\u001b", "\\u009b", "\\u202e", "\\u2066"] {
            assert!(text.contains(escape), "{args:?} lacks {escape}: {text}");
        }
        // Escaped, not removed: a script reads exactly what is stored.
        let value: Value = serde_json::from_slice(&printed).unwrap();
        let name = value
            .pointer("/contact/name")
            .or(value.pointer("/name"))
            .or(value.pointer("/contacts/0/contact/name"));
        assert_eq!(
            name.and_then(Value::as_str),
            Some(&*format!("Noa Levi{HOSTILE}"))
        );
    }
}

#[test]
fn a_refused_option_value_is_echoed_cleaned_and_help_still_works() {
    let desk = Desk::new();
    let out = desk
        .cmd()
        .args(["log", "\u{1b}]52;c;aGk=\u{7}\u{9b}\u{202E}call", "x"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        err.contains("invalid value") && err.contains("call"),
        "{err}"
    );
    assert_clean("a refused --kind", &out.stderr);
    assert!(!desk.db.exists(), "a refused command created the file");
    let help = desk
        .cmd()
        .arg("--help")
        .assert()
        .code(0)
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&help.stdout).contains("Usage: leadometer"));
    let version = desk
        .cmd()
        .arg("--version")
        .assert()
        .code(0)
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("leadometer "));
}

#[test]
fn a_stage_name_with_controls_in_the_config_is_refused_naming_the_key() {
    let desk = Desk::with_config(
        "[scoring]\nrules = []\n[[deals.stages]]\nname = \"Call\\u001b[2J\\u202e\"\nprobability = 0.1\n",
    );
    let err = desk.refuses(&["search", ""], 4);
    assert!(
        err.contains("deals.stages") && err.contains("config"),
        "{err}"
    );
    assert_clean("a refused stage name", err.as_bytes());
}

#[test]
fn a_deal_line_cleans_the_stored_id_and_currency() {
    let (desk, id) = poisoned_desk();
    desk.json(&["deal", "add", &id, "--title", "Kitchen"]);
    let db = rusqlite::Connection::open(&desk.db).unwrap();
    // The deal's opening on the timeline names it: it follows the new id.
    db.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    db.execute(
        "UPDATE deals SET id = ?1, currency = ?2",
        [format!("deal{HOSTILE}"), format!("ILS{HOSTILE}")],
    )
    .unwrap();
    db.execute(
        "UPDATE interactions SET deal_id = ?1 WHERE deal_id IS NOT NULL",
        [format!("deal{HOSTILE}")],
    )
    .unwrap();
    let printed = stdout_of(&desk, &["deal", "won", "Kitchen"]);
    assert_clean("deal won", &printed);
    assert!(String::from_utf8_lossy(&printed).contains("Kitchen  Won"));
}

#[test]
fn score_evidence_cleans_the_stored_interaction_id() {
    let (desk, id) = poisoned_desk();
    desk.set_config(
        "[[scoring.rules]]\nname = \"Called\"\npoints = 10\nwhen = { interaction = \"call\", within_days = 14 }\n",
    );
    desk.json(&["log", "call", &id]);
    let db = rusqlite::Connection::open(&desk.db).unwrap();
    db.execute(
        "UPDATE interactions SET id = ?1 WHERE kind = 'call'",
        [format!("call{HOSTILE}")],
    )
    .unwrap();
    let printed = stdout_of(&desk, &["score", &id]);
    assert_clean("score", &printed);
    assert!(String::from_utf8_lossy(&printed).contains("Called"));
}

#[test]
fn an_import_names_its_file_cleanly_in_every_line_it_prints() {
    let desk = Desk::new();
    let name = format!("contacts{HOSTILE}.csv");
    std::fs::write(desk.dir.path().join(&name), "").unwrap();
    let out = desk
        .cmd()
        .arg("import")
        .arg(desk.dir.path().join(&name))
        .assert()
        .code(4)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(err.contains(".csv:1: the file is empty"), "{err}");
    assert_clean("import of an empty file", &out.stderr);
}

/// A table printed into a pipe (a script, `grep`, a file) keeps right-to-left text
/// in the order it was typed: only a terminal gets it laid out in visual order.
#[test]
fn a_table_into_a_pipe_keeps_hebrew_as_typed() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "יוסי מזרחי", "--phone", "052-381-7720"]);
    for args in [&["inbox"][..], &["search", "מזרחי"][..]] {
        let shown = desk.text(args);
        assert!(shown.contains("יוסי מזרחי"), "{args:?}: {shown}");
        assert!(!shown.contains("יחרזמ"), "{args:?}: {shown}");
    }
}
