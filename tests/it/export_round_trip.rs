//! `export` then `import` into an empty file: custom fields come back under their own
//! keys (even one named like a standard column), and phone extensions with them.

use crate::common;
use common::{Desk, contact, import, strings};
use serde_json::json;

/// Exports the desk's contacts as `format` into its folder; the file's path.
fn export(desk: &Desk, format: &str) -> String {
    let out = desk.dir.path().join(format!("out.{format}"));
    let out = out.to_str().unwrap().to_string();
    desk.json(&["export", "--format", format, "--out", &out]);
    out
}

#[test]
fn custom_fields_come_back_from_a_csv_export_even_one_named_email() {
    let desk = Desk::new();
    let summary = import(&desk, "custom-columns.csv", &[]);
    let tamar = contact(&desk, "tamar@golan.example");
    let custom = json!({
        "Birthday": "1985-04-02",
        "Email": "tamar.old@golan.example",
        "ID": "A-17",
    });
    assert_eq!(
        tamar["custom"], custom,
        "custom:Email and custom:ID as declared"
    );
    assert_eq!(strings(&tamar["emails"]), ["tamar@golan.example"]);
    assert_eq!(
        strings(&summary["warnings"]),
        ["1 column not mapped to a contact field, kept as custom fields: \"Birthday\""],
        "declared custom columns are mapped"
    );

    let csv = export(&desk, "csv");
    let text = std::fs::read_to_string(&csv).unwrap();
    let header = text.trim_start_matches('\u{FEFF}').lines().next().unwrap();
    assert!(
        header.ends_with(",Labels,custom:Birthday,custom:Email,custom:ID"),
        "{header}"
    );
    let fresh = Desk::new();
    let summary = fresh.json(&["import", &csv]);
    assert_eq!(summary["created"], 1, "{summary}");
    assert_eq!(summary["warnings"], json!([]), "{summary}");
    let back = contact(&fresh, "tamar@golan.example");
    assert_eq!(back["custom"], custom);
    assert_eq!(back["emails"], tamar["emails"]);
    assert_eq!(back["phones"], tamar["phones"]);

    let vcf = export(&desk, "vcard");
    let cards = Desk::new();
    cards.json(&["import", &vcf]);
    assert_eq!(contact(&cards, "tamar@golan.example")["custom"], custom);
}

#[test]
fn phone_extensions_survive_export_and_import() {
    let desk = Desk::new();
    import(&desk, "phone-extensions.csv", &[]);
    let csv = export(&desk, "csv");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.contains("+97235550162 x12 ::: +972545550163"),
        "{text}"
    );
    assert!(text.contains("+3612345678 ext. 3"), "{text}");
    let vcf = export(&desk, "vcard");
    let cards = std::fs::read_to_string(&vcf).unwrap();
    assert!(
        cards.contains("TEL;VALUE=uri:tel:+97235550162;ext=12\r\n"),
        "{cards}"
    );

    for file in [csv, vcf] {
        let fresh = Desk::new();
        fresh.json(&["import", &file]);
        let yoav = contact(&fresh, "yoav@katz.example");
        assert_eq!(
            strings(&yoav["phones"]),
            ["+97235550162", "+972545550163"],
            "{file}"
        );
        let typed = strings(&yoav["phones_as_typed"]);
        assert!(
            typed[0].ends_with("12") && typed[0] != "+97235550162",
            "{typed:?}"
        );
        let again = fresh.json(&["import", &file]);
        assert_eq!(again["created"], 0, "{file}: {again}");
        assert_eq!(again["merged"], 0, "{file}: the same phone, {again}");
    }
}
