//! `import` on group chats (tests/fixtures/whatsapp-group-*.txt, invented people):
//! which sender is the contact, known contacts' messages on their own timelines,
//! everyone else's kept as theirs; who exported the chat; messages with no text; and
//! files that are no chat, refused before the database is opened.

use crate::common;
use common::{Desk, fixture, import};
use serde_json::Value;

/// Contact `who`'s WhatsApp messages as (direction, subject, text), oldest first.
fn messages(desk: &Desk, who: &str) -> Vec<(String, String, String)> {
    let timeline = desk.json(&["show", who])["timeline"].clone();
    let mut items: Vec<(String, String, String, String)> = timeline
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["kind"] == "whatsapp")
        .map(|item| {
            let field = |key: &str| item[key].as_str().unwrap_or_default().to_string();
            (
                field("occurred_at"),
                field("direction"),
                field("subject"),
                field("text"),
            )
        })
        .collect();
    items.sort();
    items.into_iter().map(|(_, d, s, t)| (d, s, t)).collect()
}

/// Imports a chat written here as a chat with Noa Levi; the summary.
fn import_chat(desk: &Desk, chat: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chat.txt");
    std::fs::write(&file, chat).unwrap();
    desk.json(&["import", file.to_str().unwrap(), "--contact", "Noa Levi"])
}

fn triple(direction: &str, subject: &str, text: &str) -> (String, String, String) {
    (direction.into(), subject.into(), text.into())
}

/// Each sender's (name, messages, role, timeline) in the summary.
fn senders(summary: &Value) -> Vec<(String, u64, String, String)> {
    summary["senders"]
        .as_array()
        .unwrap_or_else(|| panic!("no senders: {summary}"))
        .iter()
        .map(|s| {
            (
                s["sender"].as_str().unwrap().to_string(),
                s["messages"].as_u64().unwrap(),
                s["role"].as_str().unwrap().to_string(),
                s["timeline"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn sender(name: &str, messages: u64, role: &str, timeline: &str) -> (String, u64, String, String) {
    (name.into(), messages, role.into(), timeline.into())
}

#[test]
fn a_group_chat_goes_to_the_contact_to_known_contacts_and_the_rest_is_kept_as_theirs() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    desk.json(&["add", "--name", "Gábor Kiss"]);
    desk.json(&["add", "--name", "Tóth Péter", "--phone", "+36 30 123 4567"]);
    let summary = import(
        &desk,
        "whatsapp-group-android.txt",
        &["--contact", "Noa Levi"],
    );
    assert_eq!(summary["interactions"], 9, "{summary}");
    assert_eq!(
        senders(&summary),
        [
            sender("Dana", 2, "you", "Noa Levi"),
            sender("Noa Levi", 2, "contact", "Noa Levi"),
            sender("Gábor Kiss", 2, "known_contact", "Gábor Kiss"),
            sender("+36 30 123 4567", 1, "known_contact", "Tóth Péter"),
            sender("Péter", 2, "someone_else", "Noa Levi"),
        ]
    );
    assert_eq!(
        messages(&desk, "Noa Levi"),
        [
            triple(
                "out",
                "",
                "Welcome everyone, this is about the Levi kitchen"
            ),
            triple("in", "", "Thanks! Gábor will do the tiles"),
            triple("in", "from Péter", "[media]"),
            triple("in", "", "Great, see you all\nand bring the samples"),
            triple("in", "from Péter", "Truck leaves at 9"),
            triple("out", "", "Perfect"),
        ]
    );
    assert_eq!(
        messages(&desk, "Gábor Kiss"),
        [
            triple("in", "", "Hello, I can start on the 20th"),
            triple("in", "", "Samples are ready"),
        ]
    );
    assert_eq!(
        messages(&desk, "Tóth Péter"),
        [triple("in", "", "Péter from the warehouse here")]
    );

    let again = import(
        &desk,
        "whatsapp-group-android.txt",
        &["--contact", "Noa Levi"],
    );
    assert_eq!(again["interactions"], 0, "{again}");
    assert_eq!(again["skipped"], 9, "{again}");

    let file = fixture("whatsapp-group-android.txt");
    let text = desk.text(&["import", &file, "--contact", "Noa Levi"]);
    assert!(
        text.contains("Péter: 2 messages kept on Noa Levi's timeline as from Péter"),
        "{text}"
    );
    assert!(
        text.contains("Gábor Kiss (known contact): 2 messages on their timeline"),
        "{text}"
    );
}

#[test]
fn a_group_with_no_sender_who_is_the_contact_keeps_each_message_as_its_senders_until_sender_says() {
    // The config's user is "Dana"; the chat calls the exporter "Dana K".
    let desk = Desk::new();
    desk.json(&["add", "--name", "Lead"]);
    let summary = import(&desk, "whatsapp-group-ios.txt", &["--contact", "Lead"]);
    assert_eq!(summary["interactions"], 7, "{summary}");
    assert_eq!(
        senders(&summary),
        [
            sender("Dana K", 3, "you", "Lead"),
            sender("Yossi Cohen", 2, "someone_else", "Lead"),
            sender("Rivka", 2, "someone_else", "Lead"),
        ]
    );
    assert!(
        summary["senders"][0]["why"]
            .as_str()
            .unwrap()
            .contains("You deleted this message"),
        "{summary}"
    );
    let warnings = summary["warnings"].to_string();
    assert!(
        warnings.contains("--sender") && !warnings.contains("nobody in the chat is called"),
        "{warnings}"
    );
    let lead = messages(&desk, "Lead");
    let out = lead.iter().filter(|(d, _, _)| d == "out").count();
    assert_eq!(out, 3, "{lead:?}");
    assert!(lead.contains(&triple("in", "from Rivka", "Can we meet on Sunday?")));
    assert!(lead.contains(&triple(
        "in",
        "from Yossi Cohen",
        "This message was deleted."
    )));
    // Following the warning's advice on the same file stores nothing twice: a message
    // is known by its time and text, however it was credited the first time.
    let again = import(
        &desk,
        "whatsapp-group-ios.txt",
        &["--contact", "Lead", "--sender", "Rivka"],
    );
    assert_eq!(again["interactions"], 0, "{again}");
    assert_eq!(messages(&desk, "Lead").len(), 7);

    let told = Desk::new();
    told.json(&["add", "--name", "Lead"]);
    let summary = import(
        &told,
        "whatsapp-group-ios.txt",
        &["--contact", "Lead", "--sender", "rivka"],
    );
    assert_eq!(senders(&summary)[2], sender("Rivka", 2, "contact", "Lead"));
    assert!(
        !summary["warnings"].to_string().contains("--sender"),
        "{summary}"
    );
    let lead = messages(&told, "Lead");
    assert!(lead.contains(&triple("in", "", "Can we meet on Sunday?")));
    let error = told.refuses(
        &[
            "import",
            &fixture("whatsapp-group-ios.txt"),
            "--contact",
            "Lead",
            "--sender",
            "Moshe",
        ],
        4,
    );
    assert!(
        error.contains("--sender \"Moshe\"") && error.contains("Dana K, Yossi Cohen, Rivka"),
        "{error}"
    );
}

#[test]
fn a_contact_saved_only_as_a_number_is_the_sender_with_that_number() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    let summary = import_chat(
        &desk,
        "13/03/2024, 10:00 - \u{202A}+972 54-490-0148\u{202C}: Hi, is this the kitchen shop?\n\
         13/03/2024, 10:01 - Gábor: Yes, Dana will answer\n\
         13/03/2024, 10:02 - Dana: Hello Noa!\n",
    );
    assert_eq!(senders(&summary)[0].2, "contact", "{summary}");
    assert_eq!(
        messages(&desk, "Noa Levi"),
        [
            triple("in", "", "Hi, is this the kitchen shop?"),
            triple("in", "from Gábor", "Yes, Dana will answer"),
            triple("out", "", "Hello Noa!"),
        ]
    );
}

#[test]
fn a_contact_is_the_sender_under_one_of_its_aliases() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    desk.json(&["edit", "Noa Levi", "--alias", "נועה לוי"]);
    let summary = import_chat(
        &desk,
        "13/03/2024, 10:00 - נועה לוי: Hi, is this the kitchen shop?\n\
         13/03/2024, 10:01 - Gábor: Yes, Dana will answer\n\
         13/03/2024, 10:02 - Dana: Hello Noa!\n",
    );
    assert_eq!(senders(&summary)[0].2, "contact", "{summary}");
    assert_eq!(
        messages(&desk, "Noa Levi")[0],
        triple("in", "", "Hi, is this the kitchen shop?"),
        "her own message, not one kept as from someone else"
    );
}

#[test]
fn messages_with_no_text_are_still_messages() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Noa Levi"]);
    let summary = import(
        &desk,
        "whatsapp-empty-texts.txt",
        &["--contact", "Noa Levi"],
    );
    assert_eq!(summary["interactions"], 4, "{summary}");
    assert_eq!(
        messages(&desk, "Noa Levi"),
        [
            triple("out", "", ""),
            triple("in", "", ""),
            triple("in", "", ""),
            triple("in", "", "Sorry, sent too early"),
        ]
    );
}

#[test]
fn a_chat_with_garbage_lines_still_imports_them_as_part_of_the_message_before() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Noa Levi"]);
    let summary = import_chat(
        &desk,
        "13/03/2024, 10:00 - Noa Levi: Hi\n\u{1}\u{2}garbage ###\n\
         13/03/2024, 10:02 - Dana: Hello\n",
    );
    assert_eq!(summary["interactions"], 2, "{summary}");
}

#[test]
fn a_text_file_that_is_no_chat_or_sheet_is_refused_as_what_it_looks_like() {
    let desk = Desk::new();
    desk.noa();
    for (name, looks) in [
        ("not-a-chat.txt", "plain text"),
        ("contacts-json.txt", "JSON"),
    ] {
        let error = desk.refuses(&["import", &fixture(name)], 4);
        assert!(
            error.contains(&format!(
                "{name} does not look like a contacts sheet, a vCard or a WhatsApp chat: it looks like {looks}"
            )),
            "{error}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let picture = dir.path().join("picture.txt");
    std::fs::write(&picture, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").unwrap();
    let error = desk.refuses(&["import", picture.to_str().unwrap()], 4);
    assert!(error.contains("it looks like a binary file"), "{error}");
}

/// Every way an import is refused before anything is stored (a contact that is not
/// there is found so only once the database is open: it then removes the file it made).
fn refusals(dir: &std::path::Path) -> Vec<Vec<String>> {
    let latin = dir.join("latin.vcf");
    std::fs::write(&latin, b"BEGIN:VCARD\nVERSION:3.0\nFN:J\xf6rg\nEND:VCARD\n").unwrap();
    let arg = |p: &std::path::Path| p.to_str().unwrap().to_string();
    let chat = fixture("whatsapp-group-android.txt");
    [
        vec![arg(&latin)],
        vec![arg(&dir.join("missing.csv"))],
        vec![fixture("not-a-chat.txt")],
        vec![chat.clone()],
        vec![chat.clone(), "--contact".into(), "Nobody".into()],
        vec![
            chat,
            "--contact".into(),
            "Noa".into(),
            "--region".into(),
            "XX".into(),
        ],
    ]
    .into_iter()
    .map(|mut args| {
        args.insert(0, "import".into());
        args
    })
    .collect()
}

#[test]
fn a_refused_file_creates_no_database() {
    let desk = Desk::new();
    let dir = tempfile::tempdir().unwrap();
    for args in refusals(dir.path()) {
        let out = desk
            .cmd()
            .args(&args)
            .assert()
            .failure()
            .get_output()
            .clone();
        assert!(!out.stderr.is_empty(), "{args:?} said nothing");
        assert!(!desk.db.exists(), "{args:?} created {}", desk.db.display());
    }
}

#[test]
fn a_refused_file_leaves_an_existing_database_as_it_was() {
    let desk = Desk::new();
    desk.noa();
    let dir = tempfile::tempdir().unwrap();
    let before = std::fs::metadata(&desk.db).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    for args in refusals(dir.path()) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        // Missing (3) or refused (4 or 1): whichever, the file stays as it was.
        desk.cmd().args(&args).assert().failure();
        let after = std::fs::metadata(&desk.db).unwrap().modified().unwrap();
        assert_eq!(after, before, "{args:?} touched the file");
    }
}
