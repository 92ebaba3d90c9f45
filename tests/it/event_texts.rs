//! Every automatic entry the rules write on a timeline is recognised and said again
//! in Hebrew and Hungarian: the entries come from the real binary's commands, so a
//! writer whose wording changes fails here rather than reach a user in English.

use crate::common::Desk;
use leadometer::domain::event_text;
use leadometer::i18n::{Lang, scoped};

/// The id of the entry `args` logged.
fn logged(desk: &Desk, args: &[&str]) -> String {
    let mut all = vec!["log"];
    all.extend_from_slice(args);
    desk.json(&all)["id"].as_str().unwrap().to_string()
}

#[test]
fn the_entries_the_rules_write_read_in_hebrew_and_hungarian() {
    let desk = Desk::new();
    desk.noa();
    let call = logged(&desk, &["call", "Noa Levi", "--outcome", "answered"]);
    desk.json(&["log", "edit", &call, "--outcome", "no-answer"]);
    desk.json(&["edit", "Noa Levi", "--owner", "Avi", "--lifecycle", "mql"]);
    desk.json(&[
        "deal", "add", "Noa Levi", "--title", "Kitchen", "--amount", "1000",
    ]);
    desk.json(&["deal", "edit", "Kitchen", "--amount", "1200"]);
    desk.json(&["deal", "lost", "Kitchen", "--reason", "price"]);
    desk.json(&["add", "--name", "Avi Cohen", "--phone", "052-000-0001"]);
    desk.json(&["triage", "Avi Cohen", "drop", "--reason", "spam"]);
    desk.json(&["add", "--name", "Dov Ads", "--phone", "052-000-0002"]);
    desk.json(&["triage", "Dov Ads", "nurture"]);
    desk.json(&["add", "--name", "Dov Ads", "--phone", "052-000-0002"]);
    let mut texts = Vec::new();
    for who in ["Noa Levi", "Avi Cohen", "Dov Ads"] {
        let shown = desk.json(&["show", who]);
        for entry in shown["timeline"].as_array().unwrap() {
            if entry["kind"] == "event" {
                texts.push(entry["text"].as_str().unwrap().to_string());
            }
        }
    }
    assert!(texts.len() >= 8, "{texts:#?}");
    for lang in [Lang::He, Lang::Hu] {
        let _speaking = scoped(lang);
        for text in &texts {
            let said = event_text::shown(text);
            assert_ne!(said, text.as_str(), "{lang:?}: not recognised: {text:?}");
        }
    }
}
