//! `send` and `sent`: a message filled from a template (or as written), logged as
//! opened, handed to the opener (a script here, never a browser) or printed, and
//! counted for speed-to-lead only once it is confirmed sent. Every refusal writes
//! nothing and opens nothing.

use crate::common::{Desk, NOW};
use serde_json::Value;
use std::path::PathBuf;

/// A desk whose opener is a script that writes each link it is given to
/// `opened.txt`, and Noa, a lead with a Hebrew name, a phone and an email.
fn desk() -> Desk {
    let desk = Desk::new();
    let script = desk.dir.path().join("opener.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nprintf '%s\\n' \"$1\" >> \"$(dirname \"$0\")/opened.txt\"\n",
    )
    .unwrap();
    make_runnable(&script);
    desk.set_config(&format!(
        "user = \"Dana\"\nregion = \"IL\"\ncurrency = \"ILS\"\nopener = \"{}\"\n[scoring]\nrules = []\n",
        script.display()
    ));
    desk.json(&[
        "add",
        "--name",
        "נועה לוי",
        "--phone",
        "054-490-0148",
        "--email",
        "noa@levi-design.co.il",
    ]);
    desk
}

fn make_runnable(path: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn opened_file(desk: &Desk) -> PathBuf {
    desk.dir.path().join("opened.txt")
}

/// The links the opener was given, in order.
fn opened(desk: &Desk) -> Vec<String> {
    std::fs::read_to_string(opened_file(desk))
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

fn send(desk: &Desk, args: &[&str]) -> Value {
    let mut all = vec!["send"];
    all.extend(args);
    desk.json(&all)
}

/// The messages on Noa's timeline, newest first.
fn messages(desk: &Desk) -> Vec<Value> {
    desk.json(&["show", "0544900148"])["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| ["whatsapp", "sms", "email"].contains(&e["kind"].as_str().unwrap()))
        .cloned()
        .collect()
}

/// Noa's row of `inbox --json`.
fn inbox_row(desk: &Desk, now: &str) -> Value {
    desk.json_at(now, &["inbox"]).as_array().unwrap()[0].clone()
}

const HELLO: &str = "שלום נועה\nמה שלומך? 👋";
const HELLO_ENCODED: &str = "%D7%A9%D7%9C%D7%95%D7%9D%20%D7%A0%D7%95%D7%A2%D7%94%0A%D7%9E%D7%94%20%D7%A9%D7%9C%D7%95%D7%9E%D7%9A%3F%20%F0%9F%91%8B";

#[test]
fn print_gives_the_exact_link_for_a_hebrew_message_on_every_channel() {
    let desk = desk();
    let whatsapp = send(
        &desk,
        &["whatsapp", "0544900148", "--text", HELLO, "--print"],
    );
    assert_eq!(
        whatsapp["link"],
        format!("https://wa.me/972544900148?text={HELLO_ENCODED}")
    );
    let sms = send(&desk, &["sms", "נועה לוי", "--text", HELLO, "--print"]);
    assert_eq!(
        sms["link"],
        format!("sms:+972544900148?body={HELLO_ENCODED}")
    );
    let email = send(
        &desk,
        &[
            "email",
            "noa@levi-design.co.il",
            "--template",
            "מעקב אחרי הצעת מחיר",
            "--set",
            "deal=מטבח",
            "--set",
            "amount=₪48,000",
            "--print",
        ],
    );
    assert_eq!(
        email["link"],
        "mailto:noa@levi-design.co.il?subject=%D7%94%D7%A6%D7%A2%D7%AA%20%D7%94%D7%9E%D7%97%D7%99%D7%A8%20%D7%A9%D7%9C%D7%9A%3A%20%D7%9E%D7%98%D7%91%D7%97&body=%D7%94%D7%99%D7%99%20%D7%A0%D7%95%D7%A2%D7%94%2C%0D%0A%D7%A8%D7%A6%D7%99%D7%AA%D7%99%20%D7%9C%D7%91%D7%93%D7%95%D7%A7%20%D7%9C%D7%92%D7%91%D7%99%20%D7%94%D7%A6%D7%A2%D7%AA%20%D7%94%D7%9E%D7%97%D7%99%D7%A8%20%D7%A2%D7%91%D7%95%D7%A8%20%D7%9E%D7%98%D7%91%D7%97%20%28%E2%82%AA48%2C000%29.%20%D7%99%D7%A9%20%D7%A9%D7%90%D7%9C%D7%95%D7%AA%20%D7%A9%D7%90%D7%95%D7%9B%D7%9C%20%D7%9C%D7%A2%D7%A0%D7%95%D7%AA%20%D7%A2%D7%9C%D7%99%D7%94%D7%9F%3F%0D%0ADana"
    );
    assert_eq!(email["subject"], "הצעת המחיר שלך: מטבח");
    assert!(opened(&desk).is_empty(), "--print opens nothing");
    let keys: Vec<&String> = email.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "entry",
            "contact_id",
            "contact",
            "channel",
            "template",
            "text",
            "subject",
            "link",
            "state"
        ]
    );
    assert_eq!(email["channel"], "email");
    assert_eq!(email["template"], "מעקב אחרי הצעת מחיר");
    assert_eq!(email["state"], "opened");
    assert_eq!(whatsapp["template"], Value::Null);
    assert_eq!(whatsapp["text"], HELLO);
    // Printed for people: what was logged, how to confirm it, and the link last.
    let text = desk.text(&["send", "sms", "0544900148", "--text", "hi", "--print"]);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("Logged for נועה לוי"), "{text}");
    assert!(
        lines[2].starts_with("Once it is sent: leadometer sent "),
        "{text}"
    );
    assert_eq!(lines[3], "sms:+972544900148?body=hi");
}

#[test]
fn the_opener_is_given_the_link_and_the_timeline_keeps_the_final_text() {
    let desk = desk();
    let sent = send(&desk, &["whatsapp", "נועה לוי", "--template", "מענה ראשון"]);
    let text = "היי נועה, כאן Dana. תודה שפנית! מתי נוח לדבר?";
    assert_eq!(sent["text"], text);
    assert_eq!(
        sent["link"],
        "https://wa.me/972544900148?text=%D7%94%D7%99%D7%99%20%D7%A0%D7%95%D7%A2%D7%94%2C%20%D7%9B%D7%90%D7%9F%20Dana.%20%D7%AA%D7%95%D7%93%D7%94%20%D7%A9%D7%A4%D7%A0%D7%99%D7%AA%21%20%D7%9E%D7%AA%D7%99%20%D7%A0%D7%95%D7%97%20%D7%9C%D7%93%D7%91%D7%A8%3F"
    );
    assert_eq!(opened(&desk), [sent["link"].as_str().unwrap()]);
    let logged = &messages(&desk)[0];
    assert_eq!(logged["id"], sent["entry"]);
    assert_eq!(logged["text"], text);
    assert_eq!(logged["outcome"], "opened");
    assert_eq!(logged["direction"], "out");
    assert_eq!(logged["template"], "מענה ראשון");
    // A field given with --set wins over the contact's own, and a deal fills {deal}.
    desk.json(&[
        "deal",
        "add",
        "0544900148",
        "--title",
        "מטבח",
        "--amount",
        "48000",
    ]);
    let quote = send(
        &desk,
        &[
            "whatsapp",
            "0544900148",
            "--template",
            "Quote follow-up",
            "--set",
            "first_name=Noa",
            "--print",
        ],
    );
    let quote_text = quote["text"].as_str().unwrap();
    assert!(
        quote_text.starts_with("Hi Noa,\nfollowing up on the quote for מטבח ("),
        "{quote_text}"
    );
    assert_eq!(
        quote["subject"],
        Value::Null,
        "a WhatsApp message has no subject"
    );
    assert_eq!(opened(&desk).len(), 1);
}

#[test]
fn a_message_counts_as_the_first_response_only_once_it_is_confirmed_sent() {
    let desk = desk();
    let before = inbox_row(&desk, "2024-03-12T09:05:00Z");
    assert_eq!(before["first_response_minutes"], Value::Null);
    let opened_at = "2024-03-12T09:07:00Z";
    let sent = desk.json_at(
        opened_at,
        &["send", "whatsapp", "0544900148", "--text", "hi"],
    );
    let waiting = inbox_row(&desk, "2024-03-12T09:20:00Z");
    assert_eq!(waiting["first_response_minutes"], Value::Null, "{waiting}");
    assert_ne!(waiting["sla"], "answered");
    let entry = sent["entry"].as_str().unwrap();
    let confirmed = desk.json_at("2024-03-12T09:30:00Z", &["sent", entry]);
    assert_eq!(confirmed["outcome"], "sent");
    assert_eq!(confirmed["supersedes"], entry);
    assert_eq!(confirmed["occurred_at"], "2024-03-12T09:07:00+00:00");
    let answered = inbox_row(&desk, "2024-03-12T09:40:00Z");
    assert_eq!(answered["first_response_minutes"], 7, "{answered}");
    assert_eq!(answered["sla"], "answered");
    let logged = messages(&desk);
    assert_eq!(logged.len(), 1, "one entry, in its confirmed version");
    assert_eq!(logged[0]["outcome"], "sent");
    let err = desk.refuses(&["sent", entry], 4);
    assert!(err.contains("confirmed as sent already"), "{err}");
    let note = desk.json(&["log", "note", "0544900148", "--text", "n"]);
    let err = desk.refuses(&["sent", note["id"].as_str().unwrap()], 4);
    assert!(err.contains("not a message waiting"), "{err}");
    let err = desk.refuses(&["sent", "no-such-entry"], 3);
    assert!(err.contains("no entry matches"), "{err}");
}

#[test]
fn sent_confirms_at_once_for_a_script_that_sends_by_itself() {
    let desk = desk();
    let sent = send(
        &desk,
        &["sms", "0544900148", "--text", "hi", "--print", "--sent"],
    );
    assert_eq!(sent["state"], "sent");
    assert!(opened(&desk).is_empty());
    let logged = messages(&desk);
    assert_eq!(logged[0]["id"], sent["entry"]);
    assert_eq!(logged[0]["outcome"], "sent");
    assert_eq!(inbox_row(&desk, NOW)["sla"], "answered");
    let err = desk.refuses(&["sent", sent["entry"].as_str().unwrap()], 4);
    assert!(err.contains("already"), "{err}");
}

#[test]
fn an_opener_that_fails_leaves_the_message_opened_and_says_how_to_go_on() {
    let desk = desk();
    let config = std::fs::read_to_string(desk.dir.path().join("config.toml")).unwrap();
    let failing = desk.dir.path().join("failing.sh");
    std::fs::write(&failing, "#!/bin/sh\nexit 3\n").unwrap();
    make_runnable(&failing);
    let opener = desk.dir.path().join("opener.sh");
    let opener = opener.to_str().unwrap();
    desk.set_config(&config.replace(opener, failing.to_str().unwrap()));
    let out = desk
        .cmd()
        .args(["send", "whatsapp", "0544900148", "--text", "hi", "--sent"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    let logged = messages(&desk);
    assert_eq!(logged.len(), 1);
    assert_eq!(
        logged[0]["outcome"], "opened",
        "--sent waits for the opener"
    );
    let id = logged[0]["id"].as_str().unwrap();
    assert!(
        err.contains("logged as opened") && err.contains(id),
        "{err}"
    );
    assert!(err.contains(&format!("leadometer sent {id}")), "{err}");
    assert!(err.contains("https://wa.me/972544900148?text=hi"), "{err}");
    assert_eq!(desk.json(&["sent", id])["outcome"], "sent");
}

#[test]
fn a_refused_send_names_what_is_missing_and_writes_and_opens_nothing() {
    let desk = desk();
    desk.json(&["add", "--name", "Avi", "--email", "avi@example.com"]);
    let err = desk.refuses(
        &[
            "send",
            "email",
            "0544900148",
            "--template",
            "Quote follow-up",
        ],
        4,
    );
    for part in [
        "{deal}",
        "{amount}",
        "--set deal=",
        "--set amount=",
        "--text",
    ] {
        assert!(err.contains(part), "{part}: {err}");
    }
    let err = desk.refuses(&["send", "whatsapp", "0544900148", "--template", "Nope"], 3);
    assert!(err.contains("no template matches \"Nope\""), "{err}");
    let err = desk.refuses(
        &[
            "send",
            "sms",
            "0544900148",
            "--template",
            "Campaign invitation",
        ],
        4,
    );
    assert!(
        err.contains("not offered for sms") && err.contains("email, whatsapp"),
        "{err}"
    );
    let err = desk.refuses(&["send", "whatsapp", "0544900148"], 2);
    assert!(err.contains("--template"), "{err}");
    let err = desk.refuses(&["send", "fax", "0544900148", "--text", "hi"], 2);
    assert!(err.contains("fax"), "{err}");
    let err = desk.refuses(&["send", "whatsapp", "0544900148", "--text", "  "], 4);
    assert!(err.contains("--text") && err.contains("empty"), "{err}");
    let err = desk.refuses(
        &[
            "send",
            "whatsapp",
            "0544900148",
            "--text",
            "hi",
            "--subject",
            "S",
        ],
        4,
    );
    assert!(err.contains("--subject"), "{err}");
    let err = desk.refuses(&["send", "whatsapp", "Avi", "--text", "hi"], 4);
    assert!(
        err.contains("Avi has no phone number") && err.contains("--add-phone"),
        "{err}"
    );
    let args = [
        "send",
        "email",
        "0544900148",
        "--template",
        "Missed your call",
    ];
    desk.refuses(&args, 4);
    let args = [
        "send",
        "whatsapp",
        "0544900148",
        "--template",
        "First reply",
        "--set",
        "1x=y",
    ];
    let err = desk.refuses(&args, 4);
    assert!(err.contains("--set \"1x=y\""), "{err}");
    let err = desk.refuses(&["send", "whatsapp", "Nobody", "--text", "hi"], 3);
    assert!(err.contains("no contact matches"), "{err}");
    desk.json(&["edit", "0544900148", "--flag", "do-not-contact"]);
    let err = desk.refuses(&["send", "whatsapp", "0544900148", "--text", "hi"], 4);
    assert!(
        err.contains("do-not-contact") && err.contains("--anyway"),
        "{err}"
    );
    assert!(!opened_file(&desk).exists(), "a refusal opens nothing");
    assert!(messages(&desk).is_empty());
    let answer = send(
        &desk,
        &["whatsapp", "0544900148", "--text", "hi", "--anyway"],
    );
    assert_eq!(answer["state"], "opened");
    assert_eq!(opened(&desk).len(), 1);
}

#[test]
fn send_speaks_the_user_s_language_and_json_stays_english() {
    let desk = desk();
    let config = std::fs::read_to_string(desk.dir.path().join("config.toml")).unwrap();
    desk.set_config(&format!("language = \"he\"\n{config}"));
    let text = desk.text(&["send", "whatsapp", "0544900148", "--text", "hi", "--print"]);
    assert!(text.starts_with("נרשם עבור נועה לוי"), "{text}");
    assert!(text.contains("leadometer sent "), "{text}");
    let json = send(&desk, &["sms", "0544900148", "--text", "hi", "--print"]);
    assert_eq!(json["state"], "opened");
    desk.set_config(&format!("language = \"hu\"\n{config}"));
    let err = desk.refuses(
        &[
            "send",
            "email",
            "0544900148",
            "--template",
            "Quote follow-up",
        ],
        4,
    );
    assert!(
        err.contains("nincs értéke") && err.contains("{deal}"),
        "{err}"
    );
}

/// One name in two languages: the channel tells them apart when only one of them
/// is for it, and the ids are asked for when both are.
#[test]
fn a_name_two_templates_share_is_told_apart_by_the_channel() {
    let desk = desk();
    let add = |language: &str, channel: &str, body: &str| {
        desk.json(&[
            "template",
            "add",
            "--name",
            "Viewing",
            "--language",
            language,
            "--channel",
            channel,
            "--body",
            body,
        ]);
    };
    add("en", "whatsapp", "See you soon");
    add("hu", "sms", "Hamarosan találkozunk");
    let sent = desk.json(&[
        "send",
        "sms",
        "0544900148",
        "--template",
        "Viewing",
        "--print",
    ]);
    assert_eq!(sent["text"], "Hamarosan találkozunk", "{sent}");
    add("he", "sms", "נתראה בקרוב");
    let err = desk.refuses(
        &[
            "send",
            "sms",
            "0544900148",
            "--template",
            "Viewing",
            "--print",
        ],
        4,
    );
    assert!(err.contains("(he)") && err.contains("(hu)"), "{err}");
}
