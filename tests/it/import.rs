//! `import` on the files people bring (tests/fixtures): what lands in the database,
//! what is merged across formats, and that a bad file changes nothing.

mod chats;

use crate::common;
use common::{Desk, contact, fixture, import, strings};
use serde_json::Value;

fn counts(summary: &Value) -> (u64, u64, u64) {
    let n = |key: &str| summary[key].as_u64().unwrap();
    (n("created"), n("merged"), n("skipped"))
}

#[test]
fn a_hubspot_export_maps_onto_our_model() {
    let desk = Desk::new();
    let summary = import(&desk, "hubspot.csv", &[]);
    assert_eq!(counts(&summary), (3, 0, 0), "{summary}");
    assert_eq!(summary["errors"], serde_json::json!([]));

    let noa = contact(&desk, "054-490-0148");
    assert_eq!(noa["name"], "Noa Levi");
    assert_eq!(strings(&noa["phones"]), ["+97235551234", "+972544900148"]);
    assert_eq!(strings(&noa["emails"]), ["noa@levi-design.co.il"]);
    assert_eq!(noa["accounts"][0]["name"], "Levi Design");
    assert_eq!(noa["owner"], "Dana");
    assert_eq!(noa["lifecycle"], "mql", "marketingqualifiedlead");
    assert_eq!(noa["status"], "connected", "IN_PROGRESS");
    assert_eq!(noa["source"], "Paid Social");
    assert_eq!(noa["created_at"], "2024-03-01T09:14:00+00:00");
    assert_eq!(noa["custom"]["job title"], "Owner");

    let odon = contact(&desk, "odon@duna.hu");
    assert_eq!(odon["name"], "Ödön Szabó");
    assert_eq!(strings(&odon["phones"]), ["+36301234567"]);
    assert_eq!(odon["lifecycle"], "sql");
    assert_eq!(odon["status"], "new");
    assert_eq!(
        odon["created_at"], "2024-03-05T14:30:00+00:00",
        "3/5/2024 2:30 PM"
    );

    let emma = contact(&desk, "emma@clarke.co.uk");
    assert_eq!(
        strings(&emma["emails"]),
        ["emma@clarke.co.uk"],
        "lower-cased"
    );
    assert_eq!(strings(&emma["phones"]), ["+447700900123"]);
    assert_eq!(emma["status"], "disqualified");
    assert_eq!(emma["disqualified_reason"], "unqualified in HubSpot");
    assert_eq!(emma["lifecycle"], "subscriber");

    let timeline = desk.json(&["show", "054-490-0148"])["timeline"].clone();
    assert_eq!(timeline[0]["text"], "imported from hubspot.csv, line 2");

    // New contacts are scored from the rows in hand; a full rescore must agree.
    let rescored = desk.json(&["rescore"]);
    assert_eq!(rescored["changed"], 0, "{rescored}");
    assert_eq!(rescored["lifecycle_raised"], 0, "{rescored}");
}

#[test]
fn google_contacts_merge_into_the_same_people_by_phone_and_email() {
    let desk = Desk::new();
    import(&desk, "hubspot.csv", &[]);
    let summary = import(&desk, "google.csv", &[]);
    assert_eq!(
        counts(&summary),
        (1, 1, 0),
        "Noa again (her mobile in another format), Michal new: {summary}"
    );
    let noa = contact(&desk, "noa.levi@gmail.com");
    assert_eq!(noa["name"], "Noa Levi", "the stored name is kept");
    assert_eq!(
        strings(&noa["emails"]),
        ["noa@levi-design.co.il", "noa.levi@gmail.com"],
        "both values of the ::: cell, the known one once"
    );
    assert_eq!(strings(&noa["phones"]), ["+97235551234", "+972544900148"]);
    assert_eq!(noa["notes"], "Met at the fair.\nWants walnut fronts.");
    assert_eq!(
        strings(&noa["flags"]),
        ["vip"],
        "labels, without myContacts"
    );
    assert_eq!(noa["owner"], "Dana", "nothing stored is overwritten");
    assert_eq!(noa["lifecycle"], "mql");

    let michal = contact(&desk, "052-381-7720");
    assert_eq!(michal["name"], "מיכל כהן");
    assert_eq!(
        strings(&michal["phones"]),
        ["+972523817720", "+97235559876"]
    );
    assert_eq!(michal["accounts"][0]["name"], "מרפאת שיניים");
    assert_eq!(strings(&michal["flags"]), ["clinic"]);

    let again = import(&desk, "google.csv", &[]);
    assert_eq!(counts(&again), (0, 0, 2), "a second import adds nothing");
}

#[test]
fn the_older_google_layout_and_a_hebrew_sheet() {
    let desk = Desk::with_config("user = \"Dana\"\nregion = \"HU\"\n[scoring]\nrules = []\n");
    let summary = import(&desk, "google-old.csv", &[]);
    assert_eq!(counts(&summary), (1, 0, 0));
    let eszter = contact(&desk, "eszter@kovacs.hu");
    assert_eq!(eszter["name"], "Kovács Eszter");
    assert_eq!(
        strings(&eszter["phones"]),
        ["+36205551234"],
        "06 is the trunk prefix"
    );
    assert_eq!(strings(&eszter["flags"]), ["partners"]);

    let summary = import(&desk, "generic-he.csv", &["--region", "IL"]);
    assert_eq!(counts(&summary), (2, 0, 0));
    assert_eq!(
        strings(&summary["warnings"]),
        [
            "line 3, column \"טלפון\": \"not a number\" has no digits, so it is no phone number; kept as a custom field"
        ]
    );
    let yossi = contact(&desk, "yossi@example.co.il");
    assert_eq!(yossi["name"], "יוסי מזרחי");
    assert_eq!(
        strings(&yossi["phones"]),
        ["+972507001122"],
        "read as Israeli"
    );
    assert_eq!(yossi["notes"], "חזר מהקמפיין");
    let avi = contact(&desk, "אבי כהן");
    assert_eq!(
        avi["custom"]["טלפון"], "not a number",
        "no number, yet never dropped"
    );
    assert_eq!(avi["phones"], serde_json::json!([]));
}

#[test]
fn a_windows_code_page_is_refused_until_named() {
    let desk = Desk::new();
    desk.noa();
    let file = fixture("generic-hu-1250.csv");
    let error = desk.refuses(&["import", &file], 4);
    assert!(error.contains("line 1 is not UTF-8"), "{error}");
    assert!(error.contains("--encoding windows-1250"), "{error}");
    let summary = import(
        &desk,
        "generic-hu-1250.csv",
        &["--encoding", "windows-1250", "--region", "HU"],
    );
    assert_eq!(counts(&summary), (1, 0, 0));
    let peter = contact(&desk, "peter@toth.hu");
    assert_eq!(peter["name"], "Tóth Péter");
    assert_eq!(strings(&peter["phones"]), ["+36301112222"]);
    assert_eq!(peter["accounts"][0]["name"], "Tóth és Társa Kft.");
}

#[test]
fn a_broken_file_changes_nothing_and_says_where() {
    let desk = Desk::new();
    desk.noa();
    for (name, expected) in [
        (
            "wrong-columns.csv",
            "wrong-columns.csv:3: 4 fields where the header has 3",
        ),
        ("empty.csv", "empty.csv:1: the file is empty"),
        (
            "broken-quote.csv",
            "broken-quote.csv:3: a quote opened here is never closed",
        ),
    ] {
        let error = desk.refuses(&["import", &fixture(name)], 4);
        assert!(error.contains(expected), "{name}: {error}");
        assert!(error.contains("nothing imported"), "{name}: {error}");
    }
    // The same with --json: the summary lists the errors, and still nothing is stored.
    let out = desk
        .cmd()
        .args(["import", &fixture("wrong-columns.csv"), "--json"])
        .assert()
        .code(4)
        .get_output()
        .stdout
        .clone();
    let summary: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(summary["errors"][0]["line"], 3);
    assert_eq!(counts(&summary), (0, 0, 0));
    assert_eq!(desk.json(&["search", "good"]), serde_json::json!([]));

    let summary = import(&desk, "broken-quote.csv", &["--skip-bad-rows"]);
    assert_eq!(
        counts(&summary),
        (1, 0, 1),
        "the row before the quote: {summary}"
    );
    assert_eq!(contact(&desk, "050-123-4567")["name"], "Good Row");

    // Good Row's 050-123-4567 (a range Israel has not allocated) is the number stored
    // from broken-quote.csv: the same person, merged rather than made twice.
    let summary = import(&desk, "wrong-columns.csv", &["--skip-bad-rows"]);
    assert_eq!(counts(&summary), (1, 1, 1), "{summary}");
    assert_eq!(summary["errors"][0]["line"], 3);
    assert_eq!(contact(&desk, "also@example.com")["name"], "Also Good");
}

#[test]
fn escape_sequences_are_removed_with_a_warning() {
    let desk = Desk::new();
    let summary = import(&desk, "escapes.csv", &[]);
    assert_eq!(counts(&summary), (1, 0, 0));
    let warnings = strings(&summary["warnings"]);
    assert!(
        warnings.contains(&"line 2, column \"Name\": control characters removed".to_string()),
        "{warnings:?}"
    );
    let evil = contact(&desk, "050-999-8888");
    assert_eq!(evil["name"], "EvilRed Name");
    assert_eq!(evil["notes"], "bell here");
}

#[test]
fn an_oversized_field_is_refused() {
    let desk = Desk::new();
    desk.noa();
    let file = desk.dir.path().join("huge.csv");
    let note = "x".repeat(70 * 1024);
    std::fs::write(&file, format!("Name,Notes\nBig,{note}\n")).unwrap();
    let error = desk.refuses(&["import", file.to_str().unwrap()], 4);
    assert!(
        error.contains("huge.csv:2: column \"Notes\" holds 70 KiB, over the 64 KiB"),
        "{error}"
    );
}

#[test]
fn a_dry_run_reports_exactly_what_the_import_does_and_writes_nothing() {
    let desk = Desk::new();
    desk.noa();
    let before = std::fs::read(&desk.db).unwrap();
    let dry = import(&desk, "google.csv", &["--dry-run"]);
    assert_eq!(
        std::fs::read(&desk.db).unwrap(),
        before,
        "the file is untouched"
    );
    let real = import(&desk, "google.csv", &[]);
    assert_eq!(dry, real);
    assert_eq!(counts(&real), (1, 1, 0));
}

#[test]
fn a_person_sees_the_first_twenty_warnings_and_how_many_more() {
    let desk = Desk::new();
    let file = desk.dir.path().join("many.csv");
    let rows: String = (0..25)
        .map(|i| format!("Lead {i},not-a-phone-{i}\n"))
        .collect();
    std::fs::write(&file, format!("Name,Phone\n{rows}")).unwrap();
    let out = desk
        .cmd()
        .args(["import", file.to_str().unwrap()])
        .assert()
        .success()
        .get_output()
        .clone();
    let errors = String::from_utf8(out.stderr).unwrap();
    assert_eq!(errors.lines().count(), 21, "{errors}");
    assert!(
        errors.ends_with("… and 5 more (--json lists them all)\n"),
        "{errors}"
    );
}

#[test]
fn vcards_of_every_version_merge_with_the_same_people_from_csv() {
    let desk = Desk::new();
    import(&desk, "hubspot.csv", &[]);
    import(&desk, "google.csv", &[]);
    let summary = import(&desk, "apple-3.0.vcf", &[]);
    assert_eq!(counts(&summary), (0, 1, 0), "Noa, by phone: {summary}");
    let noa = contact(&desk, "054-490-0148");
    assert_eq!(
        strings(&noa["flags"]),
        ["vip", "kitchens"],
        "her new category added, the known one once"
    );
    assert_eq!(
        noa["notes"],
        "Met at the fair.\nWants walnut fronts.\n\nPrefers WhatsApp after 17:00.\nTwo more flats coming; maybe in the spring."
    );
    let companies: Vec<&str> = noa["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(companies, ["Levi Design", "Levi Design, Ltd."]);

    let summary = import(&desk, "android-2.1.vcf", &[]);
    assert_eq!(counts(&summary), (1, 1, 0), "Michal merged, Tamar new");
    let michal = contact(&desk, "michal@clinic.co.il");
    assert_eq!(michal["name"], "מיכל כהן");
    assert_eq!(
        strings(&michal["phones"]),
        ["+972523817720", "+97235559876"]
    );

    let summary = import(&desk, "rfc-4.0.vcf", &[]);
    assert_eq!(counts(&summary), (0, 1, 0), "Emma, by email and phone");
    assert_eq!(
        contact(&desk, "emma@clarke.co.uk")["custom"]["job title"],
        "Buyer"
    );
}

/// Every contact as export and import must keep it, in a stable order.
fn everyone(desk: &Desk) -> Vec<Value> {
    let mut people: Vec<Value> = desk
        .json(&["search", "", "--limit", "1000"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let mut kept = serde_json::json!({});
            for key in [
                "name",
                "phones",
                "emails",
                "owner",
                "lifecycle",
                "status",
                "disqualified_reason",
                "source",
                "campaign",
                "notes",
                "flags",
                "created_at",
                "custom",
            ] {
                kept[key] = c[key].clone();
            }
            kept["company"] = c["accounts"][0]["name"].clone();
            kept
        })
        .collect();
    people.sort_by_key(|p| p["name"].as_str().unwrap().to_string());
    people
}

#[test]
fn a_csv_or_vcard_export_imported_into_an_empty_file_gives_back_the_same_contacts() {
    let desk = Desk::new();
    for file in [
        "hubspot.csv",
        "google.csv",
        "android-2.1.vcf",
        "escapes.csv",
    ] {
        import(&desk, file, &[]);
    }
    let original = everyone(&desk);
    assert_eq!(original.len(), 6);

    let csv = desk.dir.path().join("out.csv");
    let written = desk.json(&["export", "--out", csv.to_str().unwrap()]);
    assert_eq!(written["contacts"], 6);
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "a BOM, for Excel");
    let fresh = Desk::new();
    let summary = fresh.json(&["import", csv.to_str().unwrap()]);
    assert_eq!(counts(&summary), (6, 0, 0), "{summary}");
    assert_eq!(everyone(&fresh), original);

    let vcf = desk.dir.path().join("out.vcf");
    desk.json(&[
        "export",
        "--format",
        "vcard",
        "--out",
        vcf.to_str().unwrap(),
    ]);
    let cards = Desk::new();
    cards.json(&["import", vcf.to_str().unwrap()]);
    for (back, sent) in everyone(&cards).iter().zip(&original) {
        for key in ["name", "phones", "emails", "notes", "flags", "company"] {
            assert_eq!(back[key], sent[key], "{key} of {}", sent["name"]);
        }
    }
}

#[test]
fn a_json_export_holds_every_timeline_and_deal() {
    let desk = Desk::new();
    desk.noa();
    desk.json(&[
        "deal",
        "add",
        "054-490-0148",
        "--title",
        "Walnut kitchen",
        "--amount",
        "48000",
    ]);
    desk.json(&["log", "call", "054-490-0148", "--text", "Sent the quote"]);
    let out = desk
        .cmd()
        .args(["export", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let export: Value = serde_json::from_slice(&out).unwrap();
    let noa = &export["contacts"][0];
    assert_eq!(
        noa,
        &desk.json(&["show", "054-490-0148"]),
        "what show gives, for each"
    );
    assert_eq!(noa["deals"][0]["title"], "Walnut kitchen");
    assert!(
        noa["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["text"] == "Sent the quote")
    );
}

#[test]
fn a_shared_phone_does_not_pull_a_row_into_the_wrong_person() {
    let desk = Desk::new();
    // Noa's office line is also Michal's; Emma's number was James's before.
    let michal = desk.json(&["add", "--name", "Michal Cohen", "--phone", "03-555-1234"]);
    let noa = desk.noa();
    let james = desk.json(&[
        "add",
        "--name",
        "James Walker",
        "--phone",
        "+44 7700 900123",
    ]);
    let emma = desk.json(&[
        "add",
        "--name",
        "Emma Clarke",
        "--email",
        "emma@clarke.co.uk",
    ]);
    let summary = import(&desk, "hubspot.csv", &[]);
    assert_eq!(counts(&summary), (1, 2, 0), "{summary}");
    let first_entry = |who: &Value| {
        desk.json(&["show", who["id"].as_str().unwrap()])["timeline"][0]["text"].clone()
    };
    assert_eq!(first_entry(&noa), "merged with line 2 of hubspot.csv");
    assert_eq!(first_entry(&emma), "merged with line 4 of hubspot.csv");
    assert_ne!(first_entry(&michal), "merged with line 2 of hubspot.csv");
    assert_ne!(first_entry(&james), "merged with line 4 of hubspot.csv");
}

#[test]
fn a_bad_row_deep_in_a_large_file_still_refuses_all_of_it_and_every_bad_row_is_named() {
    // More rows than the reading thread hands over at once, so the storing has
    // begun when the bad rows come, and the reading must go on after it stops.
    let desk = Desk::new();
    desk.noa();
    let mut csv = String::from("Name,Phone,Email\n");
    for row in 2..=3_001 {
        match row {
            2_500 | 2_900 => csv.push_str("Broken,row\n"),
            _ => csv.push_str(&format!("Person {row},050-{row:07},p{row}@example.com\n")),
        }
    }
    let file = desk.dir.path().join("large.csv");
    std::fs::write(&file, csv).unwrap();
    let file = file.to_str().unwrap();

    let error = desk.refuses(&["import", file], 4);
    assert!(
        error.contains("large.csv:2500: 2 fields where the header has 3"),
        "{error}"
    );
    assert!(error.contains("large.csv:2900:"), "{error}");
    assert!(error.contains("nothing imported"), "{error}");
    assert_eq!(desk.json(&["search", "Person"]), serde_json::json!([]));

    let summary = desk.json(&["import", file, "--skip-bad-rows"]);
    assert_eq!(counts(&summary), (2_998, 0, 2), "{summary}");
    assert_eq!(contact(&desk, "p3001@example.com")["name"], "Person 3001");
}
