//! `import` of WhatsApp chats: onto the contact once, later exports adding only the
//! new, iPhone placeholders, and the questions a chat can need answered.

use crate::common::{Desk, fixture, strings};

/// Noa's WhatsApp messages on her timeline, oldest first: (time, direction, text).
fn whatsapp(desk: &Desk) -> Vec<(String, String, String)> {
    let timeline = desk.json(&["show", "054-490-0148"])["timeline"].clone();
    let mut messages: Vec<(String, String, String)> = timeline
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "whatsapp")
        .map(|i| {
            (
                i["occurred_at"].as_str().unwrap().to_string(),
                i["direction"].as_str().unwrap().to_string(),
                i["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    messages.reverse();
    messages
}

#[test]
fn an_android_chat_lands_on_the_contact_once_and_a_later_export_adds_only_the_new() {
    let desk = Desk::new();
    desk.noa();
    let file = fixture("whatsapp-android.txt");
    let summary = desk.json(&["import", &file, "--contact", "054-490-0148"]);
    assert_eq!(summary["interactions"], 4, "{summary}");
    assert_eq!(
        strings(&summary["warnings"]),
        ["skipped 1 line WhatsApp wrote itself"]
    );
    let t = |time: &str| format!("2024-01-15T{time}:00+00:00");
    assert_eq!(
        whatsapp(&desk),
        [
            (
                t("21:05"),
                "in".into(),
                "Hi, I saw the ad. Can I get a quote for a kitchen?".into()
            ),
            (
                t("21:06"),
                "in".into(),
                "It is 4.2 m long,\nwalnut fronts if possible.".into()
            ),
            (
                t("21:10"),
                "out".into(),
                "Hi Noa! Sure, when can I come to measure?".into()
            ),
            (t("21:11"), "in".into(), "[media]".into()),
        ]
    );
    let again = desk.json(&["import", &file, "--contact", "054-490-0148"]);
    assert_eq!(
        (again["interactions"].as_u64(), again["skipped"].as_u64()),
        (Some(0), Some(4))
    );
    let later = fixture("whatsapp-android-later.txt");
    let summary = desk.json(&["import", &later, "--contact", "noa@levi-design.co.il"]);
    assert_eq!(summary["interactions"], 2, "only the two new messages");
    let messages = whatsapp(&desk);
    assert_eq!(messages.len(), 6);
    assert_eq!(messages[5].2, "Perfect 👍");
    assert_eq!(
        desk.json(&["show", "054-490-0148"])["contact"]["status"],
        "connected"
    );
}

#[test]
fn an_iphone_chat_keeps_its_marked_placeholders_and_seconds() {
    let desk = Desk::new();
    desk.noa();
    let file = fixture("whatsapp-ios.txt");
    let summary = desk.json(&["import", &file, "--contact", "Noa Levi", "--me", "DANA"]);
    // The deleted message keeps its bubble in the chat, so it is a message too.
    assert_eq!(summary["interactions"], 5);
    let messages = whatsapp(&desk);
    assert_eq!(
        messages[0],
        (
            "2024-01-15T21:05:10+00:00".into(),
            "in".into(),
            "Hi from my iPhone".into()
        )
    );
    assert_eq!(messages[1].2, "[media]");
    assert_eq!(
        messages[2],
        (
            "2024-01-15T21:06:00+00:00".into(),
            "out".into(),
            "You deleted this message.".into()
        )
    );
    assert_eq!(
        messages[3],
        (
            "2024-01-15T21:07:00+00:00".into(),
            "out".into(),
            "Got it, thanks".into()
        )
    );
    assert_eq!(
        messages[4].0, "2024-01-20T08:00:00+00:00",
        "month-first: 15 and 20 settle it"
    );
}

#[test]
fn a_chat_needs_its_contact_and_an_order_for_ambiguous_dates() {
    let desk = Desk::new();
    desk.noa();
    let file = fixture("whatsapp-ambiguous.txt");
    let error = desk.refuses(&["import", &file], 4);
    assert!(error.contains("--contact CONTACT"), "{error}");
    let error = desk.refuses(&["import", &file, "--contact", "Noa Levi"], 4);
    assert!(error.contains("whatsapp-ambiguous.txt:1:"), "{error}");
    assert!(
        error.contains("--date-order dmy or --date-order mdy"),
        "{error}"
    );
    let summary = desk.json(&[
        "import",
        &file,
        "--contact",
        "Noa Levi",
        "--date-order",
        "dmy",
    ]);
    assert_eq!(summary["interactions"], 2);
    assert_eq!(whatsapp(&desk)[1].0, "2024-04-03T11:00:00+00:00");
}
