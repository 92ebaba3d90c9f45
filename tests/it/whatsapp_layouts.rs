//! `import` on a WhatsApp export of each layout phones have written (tests/fixtures/
//! whatsapp-*.txt, invented chats): recognised without --format, every bubble landed
//! with its time and direction, WhatsApp's own notices skipped and counted.

use crate::common;
use common::Desk;
use serde_json::Value;

/// What one layout's import must land.
struct Expected {
    fixture: &'static str,
    me: &'static str,
    messages: usize,
    sent_by_me: usize,
    first: &'static str,
    last: &'static str,
    skipped_notices: usize,
}

/// Imports `fixture` onto a fresh lead as `me`; returns the summary and the landed
/// messages as (occurred_at, direction, text), oldest first.
fn import(fixture: &str, me: &str) -> (Value, Vec<(String, String, String)>) {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Lead"]);
    let file = format!("{}/tests/fixtures/{fixture}", env!("CARGO_MANIFEST_DIR"));
    let summary = desk.json(&["import", &file, "--contact", "Lead", "--me", me]);
    let timeline = desk.json(&["show", "Lead"])["timeline"].clone();
    let mut messages: Vec<(String, String, String)> = timeline
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["kind"] == "whatsapp")
        .map(|item| {
            let field = |key: &str| item[key].as_str().unwrap().to_string();
            (field("occurred_at"), field("direction"), field("text"))
        })
        .collect();
    messages.sort();
    (summary, messages)
}

fn skipped_warning(summary: &Value) -> Option<String> {
    summary["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .find(|w| w.starts_with("skipped"))
        .map(str::to_string)
}

#[test]
fn every_layout_lands_every_bubble_with_its_time() {
    let layouts = [
        Expected {
            fixture: "whatsapp-ios-de-media.txt",
            me: "Jonas Weber",
            messages: 7,
            sent_by_me: 5,
            first: "2023-03-02T10:01:12+00:00",
            last: "2023-03-14T18:31:00+00:00",
            skipped_notices: 2,
        },
        Expected {
            fixture: "whatsapp-android-es-ampm.txt",
            me: "Pablo Ruiz",
            messages: 4,
            sent_by_me: 2,
            first: "2021-03-25T09:12:00+00:00",
            last: "2021-03-26T12:05:00+00:00",
            skipped_notices: 1,
        },
        Expected {
            fixture: "whatsapp-ios-vi-time-first.txt",
            me: "Minh Trần",
            messages: 3,
            sent_by_me: 2,
            first: "2022-04-27T08:16:10+00:00",
            last: "2022-04-28T19:02:00+00:00",
            skipped_notices: 1,
        },
        Expected {
            fixture: "whatsapp-ios-id-dotted-time.txt",
            me: "Budi Santoso",
            messages: 3,
            sent_by_me: 2,
            first: "2022-04-27T08:16:10+00:00",
            last: "2022-04-28T19:02:00+00:00",
            skipped_notices: 0,
        },
        Expected {
            fixture: "whatsapp-old-2012.txt",
            me: "Ana Pereira",
            messages: 3,
            sent_by_me: 2,
            first: "2012-12-14T09:30:12+00:00",
            last: "2012-12-15T20:00:05+00:00",
            skipped_notices: 0,
        },
        Expected {
            fixture: "whatsapp-android-ko.txt",
            me: "김민수",
            messages: 2,
            sent_by_me: 1,
            first: "2023-05-02T09:10:00+00:00",
            last: "2023-05-02T15:04:00+00:00",
            skipped_notices: 0,
        },
        Expected {
            fixture: "whatsapp-android-zh.txt",
            me: "李明",
            messages: 2,
            sent_by_me: 1,
            first: "2023-05-02T09:10:00+00:00",
            last: "2023-05-02T15:04:00+00:00",
            skipped_notices: 0,
        },
        Expected {
            fixture: "whatsapp-android-ar.txt",
            me: "أحمد علي",
            messages: 2,
            sent_by_me: 1,
            first: "2023-05-02T15:04:00+00:00",
            last: "2023-05-14T09:10:00+00:00",
            skipped_notices: 0,
        },
        Expected {
            fixture: "whatsapp-android-nl-dashes.txt",
            me: "Eva de Vries",
            messages: 4,
            sent_by_me: 3,
            first: "2023-03-18T14:56:00+00:00",
            last: "2023-03-20T09:00:00+00:00",
            skipped_notices: 0,
        },
        Expected {
            fixture: "whatsapp-ios-de-ampm-bom.txt",
            me: "Jonas Weber",
            messages: 3,
            sent_by_me: 2,
            first: "2018-01-29T12:25:00+00:00",
            last: "2018-01-30T00:01:00+00:00",
            skipped_notices: 1,
        },
        Expected {
            fixture: "whatsapp-android-narrow-space.txt",
            me: "Sam Lee",
            messages: 2,
            sent_by_me: 1,
            first: "2024-01-05T09:00:00+00:00",
            last: "2024-01-13T17:30:00+00:00",
            skipped_notices: 0,
        },
    ];
    for expected in layouts {
        let name = expected.fixture;
        let (summary, messages) = import(name, expected.me);
        assert_eq!(messages.len(), expected.messages, "{name}: {messages:?}");
        let sent = messages.iter().filter(|m| m.1 == "out").count();
        assert_eq!(sent, expected.sent_by_me, "{name}: {messages:?}");
        assert_eq!(messages[0].0, expected.first, "{name}");
        assert_eq!(messages[messages.len() - 1].0, expected.last, "{name}");
        let skipped = skipped_warning(&summary);
        match expected.skipped_notices {
            0 => assert_eq!(skipped, None, "{name}"),
            1 => assert_eq!(
                skipped.as_deref(),
                Some("skipped 1 line WhatsApp wrote itself"),
                "{name}"
            ),
            n => assert_eq!(
                skipped,
                Some(format!("skipped {n} lines WhatsApp wrote itself")),
                "{name}"
            ),
        }
    }
}

#[test]
fn attachments_deletions_and_locations_keep_their_bubble() {
    let (_, messages) = import("whatsapp-ios-de-media.txt", "Jonas Weber");
    let texts: Vec<&str> = messages.iter().map(|m| m.2.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Guten Morgen",
            "[media]",
            "[media]",
            "[media]",
            "Diese Nachricht wurde gelöscht.",
            "Standort: https://maps.example.org/?q=1,2",
            "Bis bald",
        ]
    );
    let (_, dutch) = import("whatsapp-android-nl-dashes.txt", "Eva de Vries");
    assert_eq!(dutch[1].2, "[media]");
    assert_eq!(
        dutch[2].2, "IMG-20230318-WA0001.jpg (bestand bijgevoegd)\nOnderschrift bij de foto",
        "the caption on the next line stays with its attachment"
    );
}

#[test]
fn a_file_that_is_no_chat_is_refused_with_its_line() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Lead"]);
    let file = desk.dir.path().join("notes.txt");
    std::fs::write(&file, "Call list\n1/15/24 Sam\n").unwrap();
    let message = desk.refuses(
        &[
            "import",
            file.to_str().unwrap(),
            "--format",
            "whatsapp",
            "--contact",
            "Lead",
        ],
        4,
    );
    assert!(message.contains("notes.txt:1:"), "{message}");
    assert!(message.contains("not a WhatsApp chat export"), "{message}");
    assert!(message.contains("Call list"), "{message}");
}
