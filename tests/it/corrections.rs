//! Correcting the timeline from the command line: `log edit`, `log rm`, `log
//! versions`, and empty messages refused; every refusal leaves the file as it was.

use crate::common::{Desk, timeline_texts};
use serde_json::Value;

fn logged(desk: &Desk, args: &[&str]) -> String {
    let mut all = vec!["log"];
    all.extend(args);
    desk.json(&all)["id"].as_str().unwrap().to_string()
}

fn status(desk: &Desk) -> Value {
    desk.json(&["show", "Noa Levi"])["contact"]["status"].clone()
}

#[test]
fn an_edited_entry_shows_corrected_and_its_earlier_version_is_kept() {
    let desk = Desk::new();
    desk.noa();
    let call = logged(&desk, &["call", "Noa Levi", "--text", "hi"]);
    let corrected = desk.json(&[
        "log",
        "edit",
        &call,
        "--text",
        "Asked for the price list",
        "--outcome",
        "answered",
        "--duration",
        "5m",
    ]);
    assert_eq!(corrected["supersedes"], call.as_str());
    assert_eq!(corrected["duration_secs"], 300);
    let shown = desk.json(&["show", "Noa Levi"]);
    assert_eq!(
        timeline_texts(&shown).len(),
        3,
        "the call and two status moves"
    );
    assert!(timeline_texts(&shown).contains(&"Asked for the price list".to_string()));
    assert!(!timeline_texts(&shown).contains(&"hi".to_string()));
    let versions = desk.json(&["log", "versions", &call]);
    let texts: Vec<_> = versions
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["hi", "Asked for the price list"]);
    let listed = desk.text(&["log", "versions", &call[..30]]);
    assert!(
        listed.contains("first") && listed.contains("current"),
        "{listed}"
    );
}

#[test]
fn a_deleted_message_leaves_the_timeline_and_the_lead_is_new_again() {
    let desk = Desk::new();
    desk.noa();
    let theirs = logged(
        &desk,
        &["whatsapp", "Noa Levi", "--direction", "in", "--text", "hi"],
    );
    assert_eq!(status(&desk), "connected");
    let said = desk.text(&["log", "rm", &theirs]);
    assert!(said.contains("Deleted"), "{said}");
    assert_eq!(status(&desk), "new");
    let shown = desk.json(&["show", "Noa Levi"]);
    assert!(!timeline_texts(&shown).contains(&"hi".to_string()));
    let versions = desk.json(&["log", "versions", &theirs]);
    assert_eq!(versions[1]["kind"], "retracted");
    let refused = desk.refuses(&["log", "rm", &theirs], 4);
    assert!(refused.contains("deleted"), "{refused}");
}

#[test]
fn refused_corrections_name_what_and_leave_the_file_unchanged() {
    let desk = Desk::new();
    desk.noa();
    logged(&desk, &["call", "Noa Levi"]);
    let note = logged(&desk, &["note", "Noa Levi", "--text", "likes oak"]);
    let refused = desk.refuses(&["log", "edit", &note, "--text", ""], 4);
    assert!(refused.contains("--text"), "{refused}");
    let refused = desk.refuses(&["log", "edit", &note, "--at", "someday"], 4);
    assert!(refused.contains("--at"), "{refused}");
    let refused = desk.refuses(&["log", "edit", &note, "--duration", "forever"], 4);
    assert!(refused.contains("--duration"), "{refused}");
    let refused = desk.refuses(&["log", "edit", &note], 4);
    assert!(refused.contains("--text, --outcome"), "{refused}");
    let refused = desk.refuses(&["log", "edit", &note[..5], "--text", "x"], 4);
    assert!(refused.contains("at least 8"), "{refused}");
    let refused = desk.refuses(&["log", "rm", "ffffffff-0000"], 3);
    assert!(refused.contains("ffffffff-0000"), "{refused}");
    let shown = desk.json(&["show", "Noa Levi"]);
    let event = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "event")
        .map(|e| e["id"].as_str().unwrap().to_string())
        .expect("the call's status move");
    let refused = desk.refuses(&["log", "rm", &event], 4);
    assert!(refused.contains("written by Leadometer"), "{refused}");
}

#[test]
fn an_empty_whatsapp_is_refused_naming_text_and_a_silent_call_is_fine() {
    let desk = Desk::new();
    desk.noa();
    let refused = desk.refuses(&["log", "whatsapp", "Noa Levi"], 4);
    assert!(refused.contains("--text"), "{refused}");
    desk.refuses(&["log", "note", "Noa Levi", "--text", "   "], 4);
    assert_eq!(
        status(&desk),
        "new",
        "nothing moved speed-to-lead or status"
    );
    logged(&desk, &["whatsapp", "Noa Levi", "--outcome", "seen"]);
    logged(&desk, &["call", "Noa Levi"]);
}
