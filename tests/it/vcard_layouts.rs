//! `import` on the vCard layouts address books really write (tests/fixtures, invented
//! people): an iPhone export that passed through Windows (CR CR LF, lower-case
//! `begin:vcard`, a photo, an organisation-only card), a 2.1 file whose names are in
//! windows-1252 by their CHARSET, 4.0 `tel:` URIs with extensions, and old Mac CR ends.

use crate::common;
use common::Desk;
use serde_json::Value;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn import(desk: &Desk, name: &str) -> Value {
    desk.json(&["import", &fixture(name)])
}

fn contact(desk: &Desk, who: &str) -> Value {
    desk.json(&["show", who])["contact"].clone()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn an_iphone_export_with_cr_cr_lf_ends_imports_every_card() {
    let desk = Desk::new();
    let summary = import(&desk, "iphone-crcrlf.vcf");
    assert_eq!(summary["created"], 2, "{summary}");
    let yael = contact(&desk, "yael@halevi-tiles.example");
    assert_eq!(yael["name"], "Yael Halevi");
    assert_eq!(strings(&yael["phones"]), ["+972523817721", "+97235550101"]);
    assert_eq!(yael["custom"]["job title"], "Head of Sales; Co-founder");
    let orbit = contact(&desk, "Orbit Glassworks");
    assert_eq!(orbit["phones"], serde_json::json!([]));
}

#[test]
fn a_2_1_file_in_windows_1252_is_read_by_its_charset_parameters() {
    let desk = Desk::new();
    let summary = import(&desk, "charset-2.1.vcf");
    assert_eq!(summary["created"], 1, "{summary}");
    let joerg = contact(&desk, "joerg@mueller.example");
    assert_eq!(joerg["name"], "Jörg Müller");
    assert_eq!(joerg["notes"], "Pozdrawiam Łukasz");
}

#[test]
fn a_file_not_in_utf_8_without_a_charset_is_refused_by_line_and_value() {
    let desk = Desk::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("latin.vcf");
    std::fs::write(&file, b"BEGIN:VCARD\nVERSION:3.0\nFN:J\xf6rg\nEND:VCARD\n").unwrap();
    let out = desk
        .cmd()
        .args(["import", file.to_str().unwrap()])
        .assert()
        .failure()
        .get_output()
        .clone();
    let error = String::from_utf8(out.stderr).unwrap();
    assert!(error.contains("latin.vcf"), "{error}");
    assert!(
        error.contains("line 3") && error.contains("FN:J"),
        "{error}"
    );
}

#[test]
fn tel_uris_and_old_mac_line_ends() {
    let desk = Desk::new();
    import(&desk, "tel-uri-4.0.vcf");
    let ori = contact(&desk, "Ori Sasson");
    assert_eq!(
        strings(&ori["phones"]),
        ["+97235550188", "+972523817733", "+972544900149"]
    );
    assert_eq!(ori["notes"], "email: ori@dev");
    import(&desk, "mac-cr.vcf");
    assert_eq!(contact(&desk, "gal@peretz.example")["name"], "Gal Peretz");
}

#[test]
fn a_utf_16_vcard_with_or_without_a_byte_order_mark() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Shira Ben-Ami\r\nEMAIL:shira@ben-ami.example\r\nEND:VCARD\r\n";
    let dir = tempfile::tempdir().unwrap();
    for (name, bom) in [("bom.vcf", true), ("bare.vcf", false)] {
        let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let desk = Desk::new();
        let summary = desk.json(&["import", file.to_str().unwrap()]);
        assert_eq!(summary["created"], 1, "{name}: {summary}");
        assert_eq!(
            contact(&desk, "shira@ben-ami.example")["name"],
            "Shira Ben-Ami"
        );
    }
}

#[test]
fn a_tel_uri_extension_is_shown_exported_and_the_same_phone_on_a_second_import() {
    let desk = Desk::new();
    import(&desk, "tel-uri-4.0.vcf");
    let ori = contact(&desk, "Ori Sasson");
    assert_eq!(
        strings(&ori["phones"])[0],
        "+97235550188",
        "E.164 without it"
    );
    assert_eq!(
        strings(&ori["phones_as_typed"])[0],
        "+972-3-555-0188;ext=42"
    );
    let shown = desk.text(&["show", "Ori Sasson"]);
    assert!(
        shown.contains("03-555-0188 (typed +972-3-555-0188;ext=42)"),
        "{shown}"
    );
    let again = import(&desk, "tel-uri-4.0.vcf");
    assert_eq!(
        (&again["created"], &again["merged"], &again["skipped"]),
        (&Value::from(0), &Value::from(0), &Value::from(1)),
        "{again}"
    );
    assert_eq!(contact(&desk, "Ori Sasson")["phones"], ori["phones"]);
    let cards = desk.text(&["export", "--format", "vcard"]);
    assert!(
        cards.contains("TEL;VALUE=uri:tel:+97235550188;ext=42\r\n"),
        "{cards}"
    );
    let out = desk.text(&["export", "--format", "csv"]);
    assert!(
        out.contains("+97235550188;ext=42 ::: +972523817733"),
        "{out}"
    );
}

#[test]
fn a_200_kb_photo_among_other_properties_is_skipped_and_counted_once() {
    let base64 = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5";
    let mut photo = String::from("PHOTO;ENCODING=b;TYPE=JPEG:");
    while photo.len() < 200 * 1024 {
        photo.push_str(base64);
    }
    // Folded at 75 octets, as a writer folds it.
    let folded: Vec<String> = photo
        .as_bytes()
        .chunks(74)
        .enumerate()
        .map(|(at, chunk)| {
            let indent = if at == 0 { "" } else { " " };
            format!("{indent}{}", std::str::from_utf8(chunk).unwrap())
        })
        .collect();
    let text = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hila Mizrahi\r\nTEL;TYPE=CELL:052-555-0171\r\n{}\r\n\
         EMAIL:hila@mizrahi.example\r\nLOGO:https://mizrahi.example/logo.png\r\nNOTE:Met at the fair\r\n\
         END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amir Oz\r\n{}\r\nTEL:052-555-0172\r\nEND:VCARD\r\n",
        folded.join("\r\n"),
        folded.join("\r\n"),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("photos.vcf");
    std::fs::write(&file, text).unwrap();
    let desk = Desk::new();
    let summary = desk.json(&["import", file.to_str().unwrap()]);
    assert_eq!(summary["created"], 2, "{summary}");
    assert_eq!(summary["errors"], serde_json::json!([]));
    assert_eq!(
        strings(&summary["warnings"]),
        ["2 photos and 1 logo not imported: a contact keeps no pictures, sounds or keys"]
    );
    let hila = contact(&desk, "hila@mizrahi.example");
    assert_eq!(strings(&hila["phones"]), ["+972525550171"]);
    assert_eq!(hila["notes"], "Met at the fair");
    assert_eq!(
        strings(&contact(&desk, "Amir Oz")["phones"]),
        ["+972525550172"]
    );
}
