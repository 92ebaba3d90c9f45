//! The command line as a script or a person uses it: every command, every error, and
//! the promise that a refused command leaves the file exactly as it was.

mod campaigns;
mod deal_changes;
mod deals_and_tasks;
mod ecosystem;
mod send;
mod setup;
mod tasks;
mod templates;

use crate::common;

use common::Desk;
use serde_json::Value;

/// The texts of a `show --json` timeline, newest first.
fn timeline_texts(shown: &Value) -> Vec<&str> {
    shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["text"].as_str())
        .collect()
}

#[test]
fn add_stores_e164_and_lower_cased_email() {
    let desk = Desk::new();
    let noa = desk.noa();
    assert_eq!(noa["created"], true);
    assert_eq!(noa["name"], "Noa Levi");
    assert_eq!(noa["phones"], serde_json::json!(["+972544900148"]));
    assert_eq!(noa["phones_as_typed"], serde_json::json!(["054-490-0148"]));
    assert_eq!(noa["emails"], serde_json::json!(["noa@levi-design.co.il"]));
    assert_eq!(noa["lifecycle"], "lead");
    assert_eq!(noa["status"], "new");
    assert_eq!(noa["accounts"][0]["name"], "Levi Design");
    assert_eq!(noa["accounts"][0]["role"], "decision-maker");
    assert_eq!(noa["origin"], "inbound");
    assert!(noa["id"].as_str().unwrap().len() == 36);
}

#[test]
fn adding_a_known_number_returns_the_contact_and_records_the_return() {
    let desk = Desk::new();
    let noa = desk.noa();
    let again = desk.json(&[
        "add",
        "--name",
        "Noa",
        "--phone",
        "+972 54 490 0148",
        "--source",
        "Google Ads",
    ]);
    assert_eq!(again["created"], false);
    assert_eq!(again["id"], noa["id"]);
    assert_eq!(again["name"], "Noa Levi");
    let by_email = desk.json(&[
        "add",
        "--name",
        "N. Levi",
        "--email",
        "NOA@levi-design.co.il",
    ]);
    assert_eq!(by_email["id"], noa["id"]);
    let shown = desk.json(&["show", noa["id"].as_str().unwrap()]);
    let returns: Vec<&Value> = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["subject"] == "returned")
        .collect();
    assert_eq!(returns.len(), 2);
    assert!(
        returns
            .iter()
            .any(|e| e["text"].as_str().unwrap().contains("via Google Ads"))
    );
    assert_eq!(desk.json(&["search", ""]).as_array().unwrap().len(), 1);
}

#[test]
fn an_unreadable_phone_is_kept_with_a_warning() {
    let desk = Desk::new();
    let out = desk
        .cmd()
        .args([
            "add",
            "--name",
            "Odd",
            "--phone",
            "call reception",
            "--json",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["phones"], serde_json::json!(["call reception"]));
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not be read"));
    assert_eq!(value["warnings"].as_array().unwrap().len(), 1);
}

#[test]
fn bad_input_is_refused_and_leaves_the_file_untouched() {
    let desk = Desk::new();
    desk.noa();
    desk.json(&["add", "--name", "Noa Levi", "--phone", "03-555-1234"]);
    let err = desk.refuses(&["add", "--name", "X", "--email", "not-an-email"], 4);
    assert!(
        err.contains("--email") && err.contains("not-an-email"),
        "{err}"
    );
    let err = desk.refuses(&["add", "--name", "  "], 4);
    assert!(err.contains("needs a name"), "{err}");
    let err = desk.refuses(&["edit", "Nobody Here", "--status", "connected"], 3);
    assert!(err.contains("no contact matches \"Nobody Here\""), "{err}");
    let err = desk.refuses(&["edit", "noa levi", "--status", "connected"], 4);
    assert!(
        err.contains("matches 2 contacts") && err.contains("+97235551234"),
        "{err}"
    );
    let err = desk.refuses(&["edit", "054-490-0148", "--quality", "7"], 2);
    assert!(err.contains("--quality"), "{err}");
    let err = desk.refuses(&["edit", "054-490-0148", "--status", "hot"], 2);
    assert!(err.contains("new, attempting"), "{err}");
    let err = desk.refuses(&["edit", "054-490-0148", "--status", "disqualified"], 4);
    assert!(err.contains("--reason"), "{err}");
    let err = desk.refuses(&["edit", "054-490-0148"], 4);
    assert!(err.contains("nothing to change"), "{err}");
    let err = desk.refuses(&["log", "call", "054-490-0148", "--duration", "forever"], 4);
    assert!(err.contains("--duration"), "{err}");
    let err = desk.refuses(&["log", "call", "054-490-0148", "--at", "someday"], 4);
    assert!(err.contains("--at") && err.contains("someday"), "{err}");
    let err = desk.refuses(&["log", "fax", "054-490-0148"], 2);
    assert!(err.contains("fax"), "{err}");
    let err = desk.refuses(
        &[
            "deal",
            "add",
            "054-490-0148",
            "--title",
            "K",
            "--stage",
            "Dreaming",
        ],
        4,
    );
    assert!(
        err.contains("Call, Meeting, Quote, Closing, Won, Lost"),
        "{err}"
    );
    let err = desk.refuses(
        &[
            "deal",
            "add",
            "054-490-0148",
            "--title",
            "K",
            "--amount",
            "lots",
        ],
        4,
    );
    assert!(err.contains("--amount"), "{err}");
    let err = desk.refuses(&["deal", "move", "no-such-deal", "Quote"], 3);
    assert!(err.contains("no deal matches"), "{err}");
    desk.refuses(&["deal", "lost", "whatever"], 2);
    desk.refuses(
        &[
            "task",
            "add",
            "054-490-0148",
            "--title",
            "x",
            "--due",
            "when pigs fly",
        ],
        4,
    );
    desk.refuses(&["task", "done", "no-such-task"], 3);
    desk.refuses(&["frobnicate"], 2);
    desk.refuses(&["gen", "--contacts", "5"], 4);
}

#[test]
fn edit_changes_what_it_is_told_and_notes_it_on_the_timeline() {
    let desk = Desk::new();
    desk.noa();
    let edited = desk.json(&[
        "edit",
        "4900148",
        "--status",
        "disqualified",
        "--reason",
        "no budget",
        "--quality",
        "4",
        "--flag",
        "VIP",
        "--flag",
        "bad-payer",
        "--add-phone",
        "+36 30 123 4567",
        "--owner",
        "Yossi",
        "--best-time",
        "after 17:00",
        "--preferred-channel",
        "WhatsApp",
        "--set",
        "budget=50k",
    ]);
    assert_eq!(edited["status"], "disqualified");
    assert_eq!(edited["disqualified_reason"], "no budget");
    assert_eq!(edited["quality"], 4);
    assert_eq!(edited["flags"], serde_json::json!(["vip", "bad-payer"]));
    assert_eq!(
        edited["phones"],
        serde_json::json!(["+972544900148", "+36301234567"])
    );
    assert_eq!(edited["owner"], "Yossi");
    assert_eq!(edited["preferred_channel"], "whatsapp");
    assert_eq!(edited["custom"]["budget"], "50k");
    let edited = desk.json(&[
        "edit",
        "noa@levi-design.co.il",
        "--unflag",
        "vip",
        "--remove-phone",
        "0544900148",
        "--status",
        "nurturing",
    ]);
    assert_eq!(edited["flags"], serde_json::json!(["bad-payer"]));
    assert_eq!(edited["phones"], serde_json::json!(["+36301234567"]));
    assert_eq!(edited["disqualified_reason"], Value::Null);
    let shown = desk.json(&["show", "Noa Levi"]);
    let texts = timeline_texts(&shown);
    assert!(
        texts.contains(&"status disqualified → nurturing"),
        "{texts:?}"
    );
    assert!(texts.contains(&"owner nobody → Yossi"), "{texts:?}");
}

#[test]
fn log_records_every_channel_on_the_timeline() {
    let desk = Desk::new();
    desk.noa();
    let call = desk.json(&[
        "log",
        "call",
        "4900148",
        "--outcome",
        "answered",
        "--duration",
        "5m",
        "--text",
        "Wants a quote",
        "--at",
        "2024-03-12 08:30",
    ]);
    assert_eq!(call["kind"], "call");
    assert_eq!(call["direction"], "out");
    assert_eq!(call["duration_secs"], 300);
    assert_eq!(call["occurred_at"], "2024-03-12T08:30:00+00:00");
    assert_eq!(call["logged_by"], "Dana");
    desk.json(&[
        "log",
        "whatsapp",
        "+972 54 490 0148",
        "--direction",
        "in",
        "--text",
        "שלום, אפשר הצעת מחיר?",
        "--at",
        "10m ago",
    ]);
    desk.json(&[
        "log",
        "email",
        "noa@levi-design.co.il",
        "--subject",
        "Quote",
        "--text",
        "Attached",
    ]);
    desk.json(&[
        "log",
        "meeting",
        "Noa Levi",
        "--duration",
        "1h",
        "--at",
        "yesterday 14:00",
    ]);
    desk.json(&["log", "sms", "054-490-0148", "--text", "On my way"]);
    let note = desk.json(&[
        "log",
        "note",
        "054-490-0148",
        "--text",
        "Line one\nline two\u{1b}[31m",
    ]);
    assert_eq!(note["direction"], Value::Null);
    assert_eq!(
        note["text"], "Line one\nline two",
        "escape sequences are removed"
    );

    let shown = desk.json(&["show", "054-490-0148"]);
    assert_eq!(shown["contact"]["name"], "Noa Levi");
    assert_eq!(shown["accounts"][0]["name"], "Levi Design");
    let timeline = shown["timeline"].as_array().unwrap();
    let kinds: Vec<&str> = timeline
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .filter(|kind| *kind != "event")
        .collect();
    // The answered call moved the lead from new to connected, as a fact on the timeline.
    assert!(timeline_texts(&shown).contains(&"status new → connected: they answered (call)"));
    // Newest first; the last three share one time, so the last logged comes first.
    assert_eq!(
        kinds,
        ["note", "sms", "email", "whatsapp", "call", "meeting"]
    );
    for entry in timeline {
        for key in [
            "id",
            "kind",
            "direction",
            "occurred_at",
            "text",
            "subject",
            "outcome",
            "logged_by",
        ] {
            assert!(entry.get(key).is_some(), "timeline entry lacks {key}");
        }
    }
    let text = desk.text(&["show", "054-490-0148"]);
    assert!(
        text.contains("call out 5m [answered]  Wants a quote  (Dana)"),
        "{text}"
    );
}

#[test]
fn search_finds_by_phone_email_name_and_company() {
    let desk = Desk::new();
    desk.noa();
    desk.json(&[
        "add",
        "--name",
        "Szabó Ödön",
        "--phone",
        "+36 30 123 4567",
        "--company",
        "Duna Bau Zrt.",
    ]);
    desk.json(&[
        "add",
        "--name",
        "מיכל כהן",
        "--phone",
        "03-555-1234",
        "--email",
        "michal@dental.co.il",
    ]);
    let first = |query: &str| -> String {
        let hits = desk.json(&["search", query]);
        hits[0]["name"].as_str().unwrap_or("(nothing)").to_string()
    };
    for query in [
        "4900148",
        "054-490-0148",
        "+972 54 490 0148",
        "00972544900148",
        "NOA@LEVI-DESIGN.CO.IL",
        "levi-design",
        "noa",
        "levi design",
    ] {
        assert_eq!(first(query), "Noa Levi", "{query}");
    }
    assert_eq!(first("odon szabo"), "Szabó Ödön");
    assert_eq!(first("duna"), "Szabó Ödön");
    assert_eq!(first("מיכל"), "מיכל כהן");
    assert_eq!(first("5551234"), "מיכל כהן");
    let exact = desk.json(&["search", "noa@levi-design.co.il"]);
    assert_eq!(exact[0]["exact"], true);
    assert_eq!(exact[0]["matched_on"], "email");
    assert_eq!(desk.json(&["search", "zzzz"]).as_array().unwrap().len(), 0);
    assert_eq!(desk.json(&["search", ""]).as_array().unwrap().len(), 3);
    assert_eq!(
        desk.json(&["search", "", "--limit", "2"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let table = desk.text(&["search", "szabo"]);
    assert!(
        table.starts_with("NAME") && table.contains("Szabó Ödön  +36 30 123 4567"),
        "{table}"
    );
}
