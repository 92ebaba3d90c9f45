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

fn il() -> Region {
    crate::domain::phone::parse_region("IL").unwrap()
}

#[test]
fn cr_cr_lf_lower_case_blank_lines_photo_and_organisation_only_cards() {
    let parsed = read("iphone-crcrlf.vcf");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.records.len(), 2);
    let yael = &parsed.records[0].contact;
    assert_eq!(yael.name, "Yael Halevi");
    assert_eq!(phones(yael), ["+972523817721", "+97235550101"]);
    assert_eq!(yael.emails, ["yael@halevi-tiles.example"]);
    assert_eq!(yael.company(), Some("Halevi Tiles"));
    assert_eq!(yael.custom["job title"], "Head of Sales; Co-founder");
    assert_eq!(
        yael.flags,
        ["tiles,floors", "vip"],
        "only unescaped commas split"
    );
    let orbit = &parsed.records[1];
    assert_eq!(orbit.contact.name, "Orbit Glassworks", "named by ORG");
    assert!(orbit.contact.phones.is_empty(), "a TEL without digits");
    assert!(
        parsed
            .warnings
            .iter()
            .any(|w| w.contains("line 22") && w.contains("\"BusinessPhone\"")),
        "{:?}",
        parsed.warnings
    );
}

#[test]
fn a_huge_photo_is_skipped_before_the_size_limit() {
    let mut text = String::from("BEGIN:VCARD\nFN:Noa\nPHOTO;ENCODING=b:QUJD\n");
    for _ in 0..5000 {
        text.push_str(" QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\n");
    }
    text.push_str("TEL:052-381-7720\nEND:VCARD\n");
    let parsed = parse(&text, il(), "Dana");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(phones(&parsed.records[0].contact), ["+972523817720"]);
    // 2.1 base64 lines without indentation, ended by a blank line.
    let text = "BEGIN:VCARD\nFN:Noa\nLOGO;BASE64:QUJD\nREVG\n\nEMAIL:noa@levi.example\nEND:VCARD\n";
    let parsed = parse(text, il(), "Dana");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.records[0].contact.emails, ["noa@levi.example"]);
}

#[test]
fn tel_uris_keep_their_extension_and_value_uri_may_omit_the_scheme() {
    let parsed = read("tel-uri-4.0.vcf");
    let ori = &parsed.records[0].contact;
    assert_eq!(
        phones(ori),
        ["+97235550188", "+972523817733", "+972544900149"]
    );
    assert_eq!(ori.phones[0].raw, "+972-3-555-0188;ext=42");
    assert_eq!(
        ori.emails,
        Vec::<String>::new(),
        "ori@dev is refused as an email"
    );
    assert_eq!(ori.notes.as_deref(), Some("email: ori@dev"), "but kept");
}

#[test]
fn lone_cr_line_ends_and_lower_case_names() {
    let parsed = read("mac-cr.vcf");
    assert_eq!(parsed.records[0].contact.emails, ["gal@peretz.example"]);
    let parsed = parse(
        "begin:vcard\nversion:4.0\nfn:Gal\nemail;pref=1:gal@peretz.example\nend:vcard\n",
        il(),
        "Dana",
    );
    assert_eq!(parsed.records[0].contact.emails, ["gal@peretz.example"]);
}

#[test]
fn each_property_is_read_in_its_own_charset() {
    let path = format!(
        "{}/tests/fixtures/charset-2.1.vcf",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(path).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err());
    assert!(looks_like_vcard_bytes(&bytes));
    let text = decode_by_charset(&bytes).unwrap();
    let parsed = parse(&text, il(), "Dana");
    let joerg = &parsed.records[0].contact;
    assert_eq!(joerg.name, "Jörg Müller");
    assert_eq!(joerg.notes.as_deref(), Some("Pozdrawiam Łukasz"));
    let error = decode_by_charset(b"BEGIN:VCARD\nFN:J\xf6rg\nEND:VCARD\n").unwrap_err();
    assert!(error.starts_with("line 2: \"FN:J"), "{error}");
    let binary = decode_by_charset(b"BEGIN:VCARD\nFN;CHARSET=latin1:J\xf6rg\0\nEND:VCARD\n");
    assert!(
        binary
            .as_ref()
            .unwrap_err()
            .starts_with("line 2 holds a NUL byte"),
        "{binary:?}"
    );
}

fn parse_text(text: &str) -> Parsed {
    parse(
        text,
        crate::domain::phone::parse_region("IL").unwrap(),
        "Dana",
    )
}

#[test]
fn a_value_that_mentions_quoted_printable_and_ends_in_equals_is_no_soft_break() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Noa\r\n\
                NOTE:wants quoted-printable, a=\r\nTEL:+972501234567\r\nEND:VCARD\r\n";
    let parsed = parse_text(text);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let noa = &parsed.records[0].contact;
    assert_eq!(phones(noa), ["+972501234567"]);
    assert_eq!(noa.notes.as_deref(), Some("wants quoted-printable, a="));
}

#[test]
fn quoted_printable_soft_breaks_over_many_lines_are_joined_and_refused_by_name() {
    let joined = |lines: usize| {
        format!(
            "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Noa\r\nNOTE;ENCODING=QUOTED-PRINTABLE:{}x\r\n\
             END:VCARD\r\n",
            "=41=\r\n".repeat(lines)
        )
    };
    let parsed = parse_text(&joined(3));
    assert_eq!(parsed.records[0].contact.notes.as_deref(), Some("AAAx"));
    let errors: Vec<(usize, String)> = parse_text(&joined(200_000))
        .errors
        .into_iter()
        .map(|e| {
            (
                e.line,
                e.message.split(" (it starts").next().unwrap().into(),
            )
        })
        .collect();
    let named = "the property NOTE holds 585 KiB, over the 64 KiB a field may hold";
    assert_eq!(errors, [(4, named.to_string())]);
}
