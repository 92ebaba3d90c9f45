//! Counts people read take their noun in the right number: "1 entry", "1 message",
//! "1 lead", never "1 entries".

use crate::common::Desk;

#[test]
fn show_counts_one_timeline_entry_as_one_entry() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    desk.json(&["log", "note", "Noa Levi", "--text", "Wants walnut"]);
    let shown = desk.text(&["show", "Noa Levi"]);
    assert!(
        shown.contains("Timeline (1 entry, newest first)"),
        "{shown}"
    );
}

#[test]
fn a_chat_of_one_message_is_one_message() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    let chat = desk.dir.path().join("chat.txt");
    std::fs::write(
        &chat,
        "15/01/2024, 21:05 - Noa Levi: Hi, is the kitchen on sale?\n",
    )
    .unwrap();
    let chat = chat.to_string_lossy().into_owned();
    let args = [
        "import",
        chat.as_str(),
        "--contact",
        "Noa Levi",
        "--date-order",
        "dmy",
    ];
    let text = desk.text(&args);
    assert!(
        text.contains(": 1 message for Noa Levi, 0 already there."),
        "{text}"
    );
    assert!(text.contains("  Noa Levi: 1 message\n"), "{text}");
}

#[test]
fn rescore_counts_one_contact_and_one_expired_lead_in_the_singular() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    let out = desk
        .cmd()
        .env("LEADOMETER_NOW", "2024-06-01T09:00:00Z")
        .arg("rescore")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("Rescored 1 contact in "), "{text}");
    assert!(
        text.contains(": 0 scores changed, 0 lifecycles raised, 1 lead expired."),
        "{text}"
    );
}
