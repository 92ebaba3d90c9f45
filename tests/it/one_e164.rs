//! One number, one E.164: a number of a possible shape is stored in E.164 however it
//! was written, and one outside the ranges its country has allocated says so where
//! it comes in (issue 17).

use crate::common;

use common::{Desk, import, strings};

/// 054-100-… is of an Israeli mobile's shape, in a range Israel has not allocated.
const UNALLOCATED: &str = "054-100-1234";
const UNALLOCATED_E164: &str = "+972541001234";

#[test]
fn add_stores_an_unallocated_number_in_e164_with_a_warning() {
    let desk = Desk::new();
    let out = desk
        .cmd()
        .args(["add", "--name", "Dana Levi", "--phone", UNALLOCATED])
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "054-100-1234 (+972541001234) is not in a range Israel has allocated; stored, check it"
        ),
        "{stderr}"
    );
    let again = desk.json(&["add", "--name", "Dana", "--phone", "+972 54 100 1234"]);
    assert_eq!(
        again["created"], false,
        "the same digits are the same person"
    );
    assert_eq!(strings(&again["phones"]), [UNALLOCATED_E164]);
    assert!(
        strings(&again["warnings"])
            .iter()
            .any(|w| w.contains("not in a range Israel has allocated")),
        "{again}"
    );
    let allocated = desk.json(&["add", "--name", "Noa", "--phone", "054-490-0148"]);
    assert_eq!(allocated["warnings"], serde_json::json!([]));
}

#[test]
fn edit_warns_of_an_added_unallocated_number() {
    let desk = Desk::new();
    desk.noa();
    let edited = desk.json(&["edit", "Noa Levi", "--add-phone", "0541001234"]);
    assert!(strings(&edited["phones"]).contains(&UNALLOCATED_E164.to_string()));
    assert!(
        strings(&edited["warnings"])
            .iter()
            .any(|w| w.starts_with("0541001234 (+972541001234) is not in a range")),
        "{edited}"
    );
}

#[test]
fn an_import_merges_an_unallocated_number_written_two_ways_and_warns_by_line() {
    let desk = Desk::new();
    let summary = import(&desk, "unallocated-phones.csv", &[]);
    assert_eq!(summary["created"], 2, "{summary}");
    assert_eq!(summary["merged"], 1, "{summary}");
    let warnings = strings(&summary["warnings"]);
    for line in [2, 3] {
        assert!(
            warnings
                .iter()
                .any(|w| w.starts_with(&format!("line {line}: "))
                    && w.contains("(+972541001234) is not in a range Israel has allocated")),
            "line {line}: {warnings:?}"
        );
    }
    assert!(
        !warnings.iter().any(|w| w.starts_with("line 4: ")),
        "an allocated number is no news: {warnings:?}"
    );
    let found = desk.json(&["search", "5410012"]);
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
}
