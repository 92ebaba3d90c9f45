//! The vCard reader on each version's quirks.

use super::*;

fn read(name: &str) -> Parsed {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    parse(
        &text,
        crate::domain::phone::parse_region("IL").unwrap(),
        "Dana",
    )
}

fn phones(contact: &Contact) -> Vec<&str> {
    contact
        .phones
        .iter()
        .filter_map(|p| p.e164.as_deref())
        .collect()
}

#[test]
fn android_2_1_quoted_printable_names_and_bare_types() {
    let parsed = read("android-2.1.vcf");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let michal = &parsed.records[0];
    assert_eq!(michal.line, 1);
    assert_eq!(michal.contact.name, "מיכל כהן", "a soft line break inside");
    assert_eq!(phones(&michal.contact), ["+972523817720", "+97235559876"]);
    assert_eq!(michal.contact.emails, ["michal@clinic.co.il"]);
    let tamar = &parsed.records[1];
    assert_eq!(
        tamar.contact.name, "Tamar Friedman",
        "from N when there is no FN"
    );
    assert_eq!(tamar.line, 10);
}

#[test]
fn apple_3_0_folding_groups_and_escapes() {
    let parsed = read("apple-3.0.vcf");
    let noa = &parsed.records[0].contact;
    assert_eq!(noa.name, "Noa Levi");
    assert_eq!(phones(noa), ["+972544900148"]);
    assert_eq!(noa.company(), Some("Levi Design, Ltd."));
    assert_eq!(
        noa.notes.as_deref(),
        Some("Prefers WhatsApp after 17:00.\nTwo more flats coming; maybe in the spring.")
    );
    assert_eq!(noa.flags, ["vip", "kitchens"]);
}

#[test]
fn rfc_6350_numbers_come_as_tel_uris() {
    let parsed = read("rfc-4.0.vcf");
    let emma = &parsed.records[0].contact;
    assert_eq!(phones(emma), ["+447700900123"]);
    assert_eq!(emma.emails, ["emma@clarke.co.uk"]);
    assert_eq!(emma.custom["job title"], "Buyer");
}

#[test]
fn broken_cards_are_named_by_line() {
    let region = crate::domain::phone::parse_region("IL").unwrap();
    let parsed = parse(
        "BEGIN:VCARD\nFN:Noa\nBEGIN:VCARD\nFN:Dana\nEND:VCARD\n",
        region,
        "Dana",
    );
    assert_eq!(parsed.errors[0].line, 1);
    let parsed = parse("BEGIN:VCARD\nFN:Noa\n", region, "Dana");
    assert_eq!(
        parsed.errors[0].message,
        "this card never ends (no END:VCARD)"
    );
    let parsed = parse("BEGIN:VCARD\nFN Noa\nEND:VCARD\n", region, "Dana");
    assert_eq!(parsed.errors[0].line, 2);
    assert!(looks_like_vcard("\u{FEFF}begin:vcard\r\n"));
    assert!(!looks_like_vcard("Name,Phone\n"));
}
