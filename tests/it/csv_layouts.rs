//! `import` on the CSV layouts people's address books write (tests/fixtures, invented
//! people): Outlook in English and German, Thunderbird in UTF-8, UTF-16 and Shift_JIS,
//! lower-case generic headers and tab-separated sheets. Every phone and email column
//! lands, other columns with data become custom fields, and the summary names them.

use crate::common;
use common::{Desk, contact, fixture, import, strings};
use serde_json::Value;

fn created(summary: &Value) -> u64 {
    summary["created"].as_u64().unwrap()
}

#[test]
fn outlook_keeps_every_phone_and_email_column_and_names_what_it_did_not_map() {
    let desk = Desk::new();
    let summary = import(&desk, "outlook-en.csv", &[]);
    assert_eq!(created(&summary), 2, "{summary}");
    let rivka = contact(&desk, "rivka@orchard.example");
    assert_eq!(rivka["name"], "Rivka Tamari");
    assert_eq!(
        strings(&rivka["phones"]),
        [
            "+97235550101",
            "+97235550102",
            "+97235550103",
            "+972545550104"
        ],
        "business fax, business phone, home phone and mobile phone"
    );
    assert_eq!(
        strings(&rivka["emails"]),
        ["rivka@orchard.example", "rivka.t@mail.example"]
    );
    assert_eq!(rivka["custom"]["job title"], "Buyer");
    assert_eq!(
        rivka["custom"]["Title"], "Dr.",
        "beside Job Title, Title is the honorific"
    );
    assert_eq!(rivka["custom"]["Department"], "Sales");
    assert_eq!(strings(&rivka["flags"]), ["prospects"]);
    let warnings = strings(&summary["warnings"]);
    assert_eq!(
        warnings[..3],
        [
            "4 columns not mapped to a contact field, kept as custom fields: \"Title\", \
             \"Department\", \"Birthday\", \"Priority\"",
            "3 columns not imported, as they hold the kind of a phone, email or address kept from \
             another column: \"E-mail Type\", \"E-mail Display Name\", \"E-mail 2 Type\"",
            "11 filler values that exports write into empty fields left out: \"My Contacts\" in \
             \"Categories\" (1), \"0/0/00\" in \"Anniversary\" (2), \"0/0/00\" in \"Birthday\" (1), \
             \"Unspecified\" in \"Gender\" (2), \"Normal\" in \"Priority\" (1), \"False\" in \
             \"Private\" (2), \"Normal\" in \"Sensitivity\" (2)",
        ]
    );
    assert_eq!(
        warnings
            .iter()
            .filter(|w| w.contains("not mapped") || w.contains("filler"))
            .count(),
        2,
        "each said once, not once a row: {warnings:?}"
    );
}

#[test]
fn outlooks_filler_values_are_left_out_and_real_values_kept() {
    let desk = Desk::new();
    import(&desk, "outlook-en.csv", &[]);
    let rivka = contact(&desk, "rivka@orchard.example");
    assert_eq!(rivka["custom"]["Birthday"], "3/14/1980");
    assert_eq!(rivka["custom"]["Priority"], "High");
    for filled in ["Anniversary", "Gender", "Private", "Sensitivity"] {
        assert_eq!(rivka["custom"][filled], Value::Null, "{filled}");
    }
    let cafe = contact(&desk, "+97235550199");
    assert_eq!(cafe["custom"], serde_json::json!({}), "only fillers");
    assert_eq!(cafe["flags"], serde_json::json!([]), "My Contacts");
    let summary = import(&desk, "outlook-de-semicolon.csv", &[]);
    let joerg = contact(&desk, "joerg@lindenholz.example");
    assert_eq!(joerg["custom"]["Geschlecht"], "Männlich");
    for filled in [
        "Geburtstag",
        "Jahrestag",
        "Priorität",
        "Privat",
        "Vertraulichkeit",
    ] {
        assert_eq!(joerg["custom"][filled], Value::Null, "{filled}");
    }
    let warnings = strings(&summary["warnings"]);
    assert!(
        warnings.iter().any(|w| w.starts_with(
            "5 filler values that exports write into empty fields left out: \"0.0.00\" in \
             \"Geburtstag\" (1)"
        )),
        "{warnings:?}"
    );
}

#[test]
fn an_organisation_only_row_becomes_the_companys_contact() {
    let desk = Desk::new();
    import(&desk, "outlook-en.csv", &[]);
    let cafe = contact(&desk, "+97235550199");
    assert_eq!(cafe["name"], "Blue Kettle Cafe");
    assert_eq!(cafe["kind"], "business");
    import(&desk, "thunderbird.csv", &[]);
    // Thunderbird writes the company as the display name too: still no person.
    let inn = contact(&desk, "Quiet Pines Inn");
    assert_eq!(inn["kind"], "business");
    assert_eq!(strings(&inn["phones"]), ["+97235550120"]);
}

#[test]
fn a_german_outlook_export_with_semicolons_and_a_bom() {
    let desk = Desk::new();
    let summary = import(&desk, "outlook-de-semicolon.csv", &[]);
    assert_eq!(created(&summary), 1, "{summary}");
    let joerg = contact(&desk, "joerg@lindenholz.example");
    assert_eq!(joerg["name"], "Jörg Weißmann");
    assert_eq!(
        strings(&joerg["emails"]),
        ["joerg@lindenholz.example", "jw@post.example"]
    );
    assert_eq!(
        strings(&joerg["phones"]),
        [
            "+493055501001",
            "+493055501002",
            "+491705550103",
            "+493055501009"
        ]
    );
    assert_eq!(joerg["custom"]["job title"], "Leiter");
    assert_eq!(joerg["custom"]["Abteilung"], "Einkauf");
    assert_eq!(joerg["custom"]["Anrede"], "Herr");
    assert_eq!(joerg["notes"], "Rückruf im Mai");
    assert_eq!(
        strings(
            &joerg["accounts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["name"].clone())
                .collect()
        ),
        ["Lindenholz GmbH"]
    );
}

#[test]
fn thunderbird_placeholder_words_are_no_phone_numbers_but_are_kept() {
    let desk = Desk::new();
    let summary = import(&desk, "thunderbird.csv", &[]);
    assert_eq!(created(&summary), 2, "{summary}");
    let gil = contact(&desk, "gil@harari.example");
    assert_eq!(gil["name"], "Gil Harari", "Display Name");
    assert_eq!(strings(&gil["phones"]), ["+972505550111"], "Mobile Number");
    assert_eq!(
        strings(&gil["emails"]),
        ["gil@harari.example", "gil.h@other.example"],
        "Primary Email and Secondary Email"
    );
    assert_eq!(gil["custom"]["Work Phone"], "work phone");
    assert_eq!(gil["custom"]["Pager Number"], "pager");
    assert_eq!(gil["custom"]["Nickname"], "gilly");
    assert_eq!(gil["custom"]["Web Page 1"], "https://harari.example");
    let warnings = strings(&summary["warnings"]);
    assert!(
        warnings.contains(
            &"line 2, column \"Work Phone\": \"work phone\" has no digits, so it is no phone number; \
              kept as a custom field"
                .to_string()
        ),
        "{warnings:?}"
    );
}

#[test]
fn utf16_is_read_with_a_bom_and_without_one() {
    for file in ["thunderbird-utf16le.csv", "thunderbird-utf16be-nobom.csv"] {
        let desk = Desk::new();
        let summary = import(&desk, file, &[]);
        assert_eq!(created(&summary), 1, "{file}: {summary}");
        assert_eq!(contact(&desk, "maya@doron.example")["name"], "Maya Doron");
    }
}

#[test]
fn shift_jis_is_refused_by_its_name_and_read_once_named() {
    let desk = Desk::new();
    desk.noa();
    let file = fixture("thunderbird-shiftjis.csv");
    let error = desk.refuses(&["import", &file], 4);
    assert!(error.contains("thunderbird-shiftjis.csv"), "{error}");
    assert!(error.contains("line 2 is not UTF-8"), "{error}");
    assert!(error.contains("--encoding shift_jis"), "{error}");
    assert!(!error.contains("windows-1255"), "{error}");
    let summary = import(
        &desk,
        "thunderbird-shiftjis.csv",
        &["--encoding", "shift_jis"],
    );
    assert_eq!(created(&summary), 1, "{summary}");
    assert_eq!(contact(&desk, "hanako@yamada.example")["name"], "山田花子");
}

#[test]
fn lower_case_generic_headers_with_underscores() {
    let desk = Desk::new();
    let summary = import(&desk, "generic-lowercase.csv", &[]);
    assert_eq!(created(&summary), 1, "{summary}");
    let noam = contact(&desk, "noam@segal.example");
    assert_eq!(noam["name"], "Noam Segal");
    assert_eq!(strings(&noam["phones"]), ["+97245550131"]);
    assert_eq!(noam["accounts"][0]["name"], "Segal Bakery", "org");
    assert_eq!(noam["custom"]["job title"], "Owner");
    assert_eq!(noam["custom"]["city"], "Akko");
}

#[test]
fn a_tab_separated_sheet_and_a_row_with_an_email_alone() {
    let desk = Desk::new();
    let summary = import(&desk, "tab-separated.csv", &[]);
    assert_eq!(created(&summary), 2, "{summary}");
    assert_eq!(
        strings(&contact(&desk, "ofer@benami.example")["phones"]),
        ["+972525550142"]
    );
    assert_eq!(
        contact(&desk, "nameless@list.example")["name"],
        "nameless@list.example",
        "named by its email"
    );
}

#[test]
fn a_phone_cell_with_an_extension_is_read_without_it_and_shown_with_it() {
    let desk = Desk::new();
    let summary = import(&desk, "phone-extensions.csv", &[]);
    assert_eq!(created(&summary), 2, "{summary}");
    assert_eq!(
        summary["warnings"],
        serde_json::json!([]),
        "every number read"
    );
    let yoav = contact(&desk, "yoav@katz.example");
    assert_eq!(strings(&yoav["phones"]), ["+97235550162", "+972545550163"]);
    assert_eq!(
        strings(&yoav["phones_as_typed"]),
        ["03-555-0162 x12", "054-555-0163"]
    );
    let eszter = contact(&desk, "eszter@kovacs.example");
    assert_eq!(strings(&eszter["phones"]), ["+3612345678", "+36305550164"]);
    let shown = desk.text(&["show", "yoav@katz.example"]);
    assert!(
        shown.contains("03-555-0162 (typed 03-555-0162 x12)"),
        "{shown}"
    );
    let again = import(&desk, "phone-extensions.csv", &[]);
    assert_eq!(
        (
            created(&again),
            again["merged"].as_u64(),
            again["skipped"].as_u64()
        ),
        (0, Some(0), Some(2)),
        "the same phones: {again}"
    );
    assert_eq!(
        contact(&desk, "yoav@katz.example")["phones"],
        yoav["phones"]
    );
}

#[test]
fn the_summary_names_the_columns_it_did_not_map_once_in_every_layout() {
    for (file, first) in [
        (
            "thunderbird.csv",
            "4 columns not mapped to a contact field, kept as custom fields: \"Nickname\", \
             \"Home City\", \"Department\", \"Web Page 1\"",
        ),
        (
            "google.csv",
            "3 columns not imported, as they hold the kind of a phone, email or address kept \
             from another column: \"E-mail 1 - Label\", \"Phone 1 - Label\", \"Phone 2 - Label\"",
        ),
        (
            "hubspot.csv",
            "1 column not imported, as they hold the exporting system's own record id: \
             \"Record ID\"",
        ),
        (
            "generic-lowercase.csv",
            "2 columns not mapped to a contact field, kept as custom fields: \"website\", \"city\"",
        ),
    ] {
        let desk = Desk::new();
        let warnings = strings(&import(&desk, file, &[])["warnings"]);
        assert_eq!(warnings[0], first, "{file}");
        let said = warnings.iter().filter(|w| *w == first).count();
        assert_eq!(said, 1, "{file}: said once, {warnings:?}");
    }
}

/// Two people at one switchboard share its number, not their extensions: two
/// contacts, each found by the number; the same person's extension again is a merge.
#[test]
fn two_extensions_of_one_number_are_two_people() {
    let desk = Desk::new();
    let file = desk.dir.path().join("switchboard.csv");
    std::fs::write(
        &file,
        "Name,Phone\n\
         Alice Cohen,+1 212 555 0100 x101\n\
         Bob Stone,+1 212 555 0100 x102\n\
         Alice C.,+1 212 555 0100 x101\n",
    )
    .unwrap();
    let summary = desk.json(&["import", file.to_str().unwrap()]);
    assert_eq!(summary["created"], 2, "{summary}");
    assert_eq!(summary["merged"], 1, "{summary}");
    let found = desk.json(&["search", "2125550100"]);
    assert_eq!(found.as_array().unwrap().len(), 2, "{found}");
}
