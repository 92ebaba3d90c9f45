//! A WhatsApp message is the same message whichever way an import credited it: read
//! first without `--me` and then with it, a chat is stored once, and the second
//! import corrects who sent what, as a correction that keeps the earlier version.

use crate::common::{Desk, fixture};
use serde_json::Value;

/// A user the chat does not name, so that an import without --me finds no "you".
const SOMEONE_ELSE: &str =
    "user = \"Dana Cohen\"\nregion = \"IL\"\ncurrency = \"ILS\"\n[scoring]\nrules = []\n";

/// Noa's current WhatsApp entries, oldest first.
fn whatsapp(desk: &Desk) -> Vec<Value> {
    let timeline = desk.json(&["show", "054-490-0148"])["timeline"].clone();
    let mut messages: Vec<Value> = timeline
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "whatsapp")
        .cloned()
        .collect();
    messages.reverse();
    messages
}

#[test]
fn a_chat_read_again_with_me_is_stored_once_and_its_directions_corrected() {
    let desk = Desk::with_config(SOMEONE_ELSE);
    desk.noa();
    let file = fixture("whatsapp-android.txt");
    let first = desk.json(&["import", &file, "--contact", "054-490-0148"]);
    assert_eq!(first["interactions"], 4, "{first}");
    let before = whatsapp(&desk);
    assert_eq!(
        before[2]["direction"], "in",
        "Dana's message, credited to nobody"
    );
    assert_eq!(before[2]["subject"], "from Dana");

    let file_args = [
        "import",
        file.as_str(),
        "--contact",
        "054-490-0148",
        "--me",
        "Dana",
    ];
    let text = desk.text(&file_args);
    assert!(
        text.contains(
            "0 messages for Noa Levi, 4 already there, 1 of them now marked as sent by you."
        ),
        "{text}"
    );
    let after = whatsapp(&desk);
    assert_eq!(after.len(), 4, "each message once: {after:?}");
    let directions: Vec<&str> = after
        .iter()
        .map(|m| m["direction"].as_str().unwrap())
        .collect();
    assert_eq!(directions, ["in", "in", "out", "in"]);
    assert_eq!(
        after[2]["subject"],
        Value::Null,
        "no longer marked as someone else's"
    );
    assert_eq!(
        after[2]["text"], before[2]["text"],
        "the same message, corrected"
    );
    // A correction: a new version superseding the one stored first, which is kept.
    let versions = desk.json(&["log", "versions", after[2]["id"].as_str().unwrap()]);
    assert_eq!(versions.as_array().map(Vec::len), Some(2), "{versions}");

    let again = desk.json(&file_args);
    assert_eq!(
        (
            again["interactions"].as_u64(),
            again["skipped"].as_u64(),
            again["corrected"].as_u64()
        ),
        (Some(0), Some(4), Some(0)),
        "nothing left to correct"
    );
    let without_me = desk.json(&["import", &file, "--contact", "054-490-0148"]);
    assert_eq!(without_me["corrected"], 0);
    assert_eq!(
        whatsapp(&desk)[2]["direction"],
        "out",
        "knowing less corrects nothing"
    );
    let shown = desk.json(&["show", "054-490-0148"]);
    assert_eq!(shown["contact"]["status"], "connected");
}
