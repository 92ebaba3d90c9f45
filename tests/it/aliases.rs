//! Another spelling of a name, from a second file or typed: one contact that both
//! spellings find, shown with the main name, edited, exported and read back.

use crate::common;
use common::{Desk, contact, import, names, strings};

#[test]
fn a_second_spelling_from_another_file_is_an_alias_that_finds_her() {
    let desk = Desk::new();
    import(&desk, "alias-latin.csv", &[]);
    let summary = import(&desk, "alias-hebrew.vcf", &[]);
    assert_eq!(summary["created"], 0, "{summary}");
    assert_eq!(summary["merged"], 1, "{summary}");
    assert_eq!(
        summary["skipped"], 1,
        "a number as a name adds nothing: {summary}"
    );

    let dana = contact(&desk, "054-490-0148");
    assert_eq!(dana["name"], "Dana Levi");
    assert_eq!(strings(&dana["aliases"]), ["דנה לוי"]);
    assert!(dana["notes"].as_str().unwrap().contains("Prefers WhatsApp"));
    assert_eq!(names(&desk, "דנה"), ["Dana Levi"]);
    assert_eq!(names(&desk, "Dana"), ["Dana Levi"]);
    assert_eq!(
        contact(&desk, "דנה לוי")["id"],
        dana["id"],
        "an alias names the contact as the name does"
    );
    let shown = desk.text(&["show", "Dana Levi"]);
    assert!(
        shown
            .lines()
            .any(|l| l.starts_with("also known as") && l.ends_with("דנה לוי")),
        "{shown}"
    );
    let odon = contact(&desk, "+36301234567");
    assert_eq!(odon["name"], "Ödön Szabó");
    assert_eq!(strings(&odon["aliases"]), Vec::<String>::new());

    // The same record again adds nothing.
    let again = import(&desk, "alias-hebrew.vcf", &[]);
    assert_eq!(again["merged"], 0, "{again}");
}

#[test]
fn differing_values_are_kept_beside_the_stored_ones() {
    let desk = Desk::new();
    import(&desk, "alias-latin.csv", &[]);
    let summary = import(&desk, "alias-hebrew.csv", &[]);
    assert_eq!(summary["merged"], 1, "{summary}");
    let dana = contact(&desk, "dana.levi@example.com");
    assert_eq!(strings(&dana["aliases"]), ["דנה לוי", "D. Levi"]);
    assert_eq!(dana["source"], "Google Ads", "the stored value stays");
    assert_eq!(
        dana["custom"]["source (2)"], "Facebook",
        "the other is kept"
    );
}

#[test]
fn edit_adds_and_removes_an_alias_and_refuses_one_she_does_not_have() {
    let desk = Desk::new();
    import(&desk, "alias-latin.csv", &[]);
    let edited = desk.json(&[
        "edit",
        "Dana Levi",
        "--alias",
        "D. Levi",
        "--alias",
        "dana levi",
    ]);
    assert_eq!(
        strings(&edited["aliases"]),
        ["D. Levi"],
        "her name is no alias"
    );
    assert_eq!(names(&desk, "d. levi"), ["Dana Levi"]);

    let before = desk.json(&["show", "Dana Levi"]);
    let err = desk.refuses(&["edit", "Dana Levi", "--remove-alias", "Dani"], 4);
    assert!(
        err.contains("--remove-alias") && err.contains("D. Levi"),
        "{err}"
    );
    assert_eq!(desk.json(&["show", "Dana Levi"]), before, "nothing changed");

    let edited = desk.json(&["edit", "D. Levi", "--remove-alias", "d. LEVI"]);
    assert_eq!(strings(&edited["aliases"]), Vec::<String>::new());
    assert_eq!(names(&desk, "d. levi"), Vec::<String>::new());
}

#[test]
fn aliases_go_out_in_the_csv_export_and_come_back_in() {
    let desk = Desk::new();
    import(&desk, "alias-latin.csv", &[]);
    import(&desk, "alias-hebrew.csv", &[]);
    let csv = desk.dir.path().join("out.csv");
    desk.json(&["export", "--out", csv.to_str().unwrap()]);
    let fresh = Desk::new();
    fresh.json(&["import", csv.to_str().unwrap()]);
    let dana = contact(&fresh, "054-490-0148");
    assert_eq!(strings(&dana["aliases"]), ["דנה לוי", "D. Levi"]);
    assert_eq!(names(&fresh, "דנה"), ["Dana Levi"]);
}

#[test]
fn adding_a_known_lead_under_another_spelling_keeps_it_as_an_alias() {
    let desk = Desk::new();
    import(&desk, "alias-latin.csv", &[]);
    let back = desk.json(&["add", "--name", "דנה לוי", "--phone", "+972 54 490 0148"]);
    assert_eq!(back["created"], false, "{back}");
    assert_eq!(back["name"], "Dana Levi");
    assert_eq!(strings(&back["aliases"]), ["דנה לוי"]);
}
