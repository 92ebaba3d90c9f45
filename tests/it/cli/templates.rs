//! `template list | show | add | edit | rm`: the starter set in a fresh file, a
//! template written, changed and deleted, and every refusal leaving the file as it was.

use crate::common::{Desk, strings};
use serde_json::Value;

/// The templates `template list` gives with `extra`.
fn listed(desk: &Desk, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["template", "list"];
    args.extend(extra);
    desk.json(&args).as_array().unwrap().clone()
}

fn names(templates: &[Value]) -> Vec<&str> {
    templates
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect()
}

/// A desk whose file exists (with its starter templates), so that a refusal can be
/// held to leaving it byte for byte as it was.
fn desk() -> Desk {
    let desk = Desk::new();
    listed(&desk, &[]);
    desk
}

#[test]
fn a_fresh_file_offers_the_starter_templates_in_all_three_languages() {
    let desk = Desk::new();
    let all = listed(&desk, &[]);
    assert_eq!(all.len(), 12, "{all:#?}");
    for language in ["en", "he", "hu"] {
        let written = listed(&desk, &["--language", language]);
        assert_eq!(written.len(), 4, "{language}");
        assert!(written.iter().all(|t| t["language"] == language));
    }
    let names = names(&all);
    for name in ["First reply", "מענה ראשון", "Első válasz", "Kampánymeghívó"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let first = all.iter().find(|t| t["name"] == "מענה ראשון").unwrap();
    let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "id", "name", "language", "channels", "personal", "subject", "body", "fields"
        ]
    );
    assert_eq!(strings(&first["channels"]), ["whatsapp", "sms", "email"]);
    assert_eq!(first["personal"], true);
    assert_eq!(strings(&first["fields"]), ["first_name", "my_name"]);
    let by_sms = listed(&desk, &["--channel", "sms"]);
    assert!(!by_sms.is_empty());
    assert!(
        by_sms
            .iter()
            .all(|t| strings(&t["channels"]).contains(&"sms".into()))
    );
    assert!(listed(&desk, &["--language", "hu", "--channel", "email"]).len() == 3);
    let table = desk.text(&["template", "list"]);
    let header = table.lines().next().unwrap();
    for column in ["NAME", "LANGUAGE", "CHANNELS", "KIND", "FIELDS", "ID"] {
        assert!(header.contains(column), "{header}");
    }
    for shown in [
        "First reply",
        "מענה ראשון",
        "Első válasz",
        "personal",
        "generic",
    ] {
        assert!(table.contains(shown), "{shown}:\n{table}");
    }
}

#[test]
fn the_table_speaks_the_user_s_language() {
    let desk = Desk::with_config("user = \"Dana\"\nlanguage = \"he\"\n");
    let table = desk.text(&["template", "list", "--language", "he"]);
    let header = table.lines().next().unwrap();
    for column in ["שם", "שפה", "ערוצים", "שדות"] {
        assert!(header.contains(column), "{header}");
    }
    assert!(
        table.contains("אישית") && table.contains("כללית"),
        "{table}"
    );
    let desk = Desk::with_config("user = \"Dana\"\nlanguage = \"hu\"\n");
    let shown = desk.text(&["template", "show", "Első válasz"]);
    assert!(
        shown.contains("csatornák") && shown.contains("személyes"),
        "{shown}"
    );
    // --json stays in English words.
    let json = desk.json(&["template", "show", "Első válasz"]);
    assert_eq!(json["personal"], true);
}

#[test]
fn a_template_is_added_shown_changed_field_by_field_and_deleted() {
    let desk = desk();
    let added = desk.json(&[
        "template",
        "add",
        "--name",
        "Viewing reminder",
        "--language",
        "en",
        "--channel",
        "whatsapp",
        "--channel",
        "sms",
        "--body",
        "Hi {first_name}, see you at {due}. {my_name}",
    ]);
    assert_eq!(added["name"], "Viewing reminder");
    assert_eq!(added["personal"], true);
    assert_eq!(added["subject"], Value::Null);
    assert_eq!(strings(&added["fields"]), ["first_name", "due", "my_name"]);
    let id = added["id"].as_str().unwrap();
    assert_eq!(desk.json(&["template", "show", "viewing REMINDER"]), added);
    assert_eq!(desk.json(&["template", "show", id]), added);
    let shown = desk.text(&["template", "show", "Viewing reminder"]);
    assert!(
        shown.contains("Hi {first_name}, see you at {due}. {my_name}"),
        "{shown}"
    );

    let edited = desk.json(&[
        "template",
        "edit",
        "Viewing reminder",
        "--generic",
        "--channel",
        "email",
        "--subject",
        "Your viewing, {first_name}",
    ]);
    assert_eq!(edited["id"], id);
    assert_eq!(edited["personal"], false);
    assert_eq!(strings(&edited["channels"]), ["email"]);
    assert_eq!(edited["subject"], "Your viewing, {first_name}");
    assert_eq!(edited["body"], added["body"], "the body was not given");
    assert_eq!(edited["name"], added["name"]);

    let body = desk.dir.path().join("body.txt");
    std::fs::write(&body, "Szia {first_name}!\nHolnap {due}.\n").unwrap();
    let path = body.to_str().unwrap();
    let edited = desk.json(&[
        "template",
        "edit",
        id,
        "--body-file",
        path,
        "--language",
        "hu",
        "--personal",
    ]);
    assert_eq!(edited["body"], "Szia {first_name}!\nHolnap {due}.");
    assert_eq!(edited["language"], "hu");
    assert_eq!(edited["personal"], true);
    let out = desk
        .cmd()
        .args([
            "template",
            "edit",
            id,
            "--body-file",
            "-",
            "--subject",
            "",
            "--json",
        ])
        .write_stdin("Szia {first_name}, {due} jó?")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let edited: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(edited["body"], "Szia {first_name}, {due} jó?");
    assert_eq!(edited["subject"], Value::Null, "\"\" removes the subject");

    let said = desk.text(&["template", "rm", id]);
    assert!(
        said.contains("Deleted the template Viewing reminder"),
        "{said}"
    );
    assert!(!names(&listed(&desk, &[])).contains(&"Viewing reminder"));
    let err = desk.refuses(&["template", "show", id], 3);
    assert!(
        err.contains("no template matches") && err.contains("template list"),
        "{err}"
    );
}

/// `template add` with `extra`.
fn add<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["template", "add"];
    args.extend(extra);
    args
}

/// A good template's options, with `changes` made to them.
fn with<'a>(changes: &[(&str, &'a str)]) -> Vec<&'a str> {
    let mut args: Vec<&str> = vec![
        "--name",
        "Hello",
        "--language",
        "en",
        "--channel",
        "sms",
        "--body",
        "Hi {first_name}",
    ];
    for (option, value) in changes {
        let at = args.iter().position(|a| a == option).unwrap();
        args[at + 1] = value;
    }
    args
}

#[test]
fn a_refused_template_names_its_option_and_writes_nothing() {
    let desk = desk();
    let err = desk.refuses(&add(&with(&[("--name", "   ")])), 4);
    assert!(
        err.contains("--name") && err.contains("needs a name"),
        "{err}"
    );
    let err = desk.refuses(&add(&with(&[("--body", " \n ")])), 4);
    assert!(err.contains("--body") && err.contains("empty"), "{err}");
    let err = desk.refuses(&add(&with(&[("--language", "fr")])), 2);
    assert!(err.contains("--language") && err.contains("fr"), "{err}");
    let err = desk.refuses(&add(&with(&[("--channel", "fax")])), 2);
    assert!(err.contains("--channel") && err.contains("fax"), "{err}");
    let err = desk.refuses(&add(&["--name", "X", "--language", "en", "--body", "b"]), 2);
    assert!(err.contains("--channel"), "{err}");
    let mut both = with(&[]);
    both.extend(["--body-file", "/dev/null"]);
    let err = desk.refuses(&add(&both), 2);
    assert!(
        err.contains("--body-file") && err.contains("--body"),
        "{err}"
    );
    let err = desk.refuses(
        &add(&["--name", "X", "--language", "en", "--channel", "sms"]),
        4,
    );
    assert!(err.contains("--body"), "{err}");
    let mut missing_file = with(&[]);
    missing_file.truncate(6);
    missing_file.extend(["--body-file", "/no/such/file.txt"]);
    let err = desk.refuses(&add(&missing_file), 3);
    assert!(
        err.contains("--body-file") && err.contains("/no/such/file.txt"),
        "{err}"
    );
    // The name of a starter template in the same language, whatever its case.
    let err = desk.refuses(&add(&with(&[("--name", "FIRST reply")])), 4);
    assert!(
        err.contains("--name") && err.contains("exists already"),
        "{err}"
    );
    desk.refuses(
        &[
            "template",
            "edit",
            "First reply",
            "--name",
            "missed YOUR call",
        ],
        4,
    );
    let err = desk.refuses(&["template", "edit", "First reply"], 4);
    assert!(err.contains("nothing was changed"), "{err}");
    let err = desk.refuses(
        &[
            "template",
            "edit",
            "First reply",
            "--channel",
            "whatsapp",
            "--channel",
            "sms",
            "--channel",
            "email",
        ],
        4,
    );
    assert!(err.contains("nothing was changed"), "{err}");
    let err = desk.refuses(&["template", "edit", "Nope", "--generic"], 3);
    assert!(err.contains("no template matches \"Nope\""), "{err}");
    desk.refuses(
        &["template", "edit", "First reply", "--generic", "--personal"],
        2,
    );
    desk.refuses(&["template", "rm", "Nope"], 3);
    // The same name in another language is another template.
    desk.json(&add(&with(&[
        ("--name", "First reply"),
        ("--language", "he"),
    ])));
    let err = desk.refuses(&["template", "show", "first reply"], 4);
    assert!(
        err.contains("2 templates") && err.contains("starter-0") && err.contains("(he)"),
        "{err}"
    );
}
