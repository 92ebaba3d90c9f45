//! Every rule sees every fact it can name, whichever path brought the lead in: the
//! assignment rules with the default scoring, `returning` from `add` and from an
//! import alike, and automatic entries that read once.

use crate::common;

use common::{Desk, timeline_texts as texts};
use serde_json::Value;

/// The config.example.toml rule, with no `[scoring]`: the default rules, none of
/// which names a country.
const HUNGARIAN_LEADS: &str = r#"
user = "Dana"
region = "IL"
[[assignment.rules]]
name = "Hungarian leads"
when = { country = "HU" }
assign = ["Eszter"]
"#;

/// Writes `text` as a file of the desk's folder and gives its path.
fn file(desk: &Desk, name: &str, text: &str) -> String {
    let path = desk.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn has_flag(contact: &Value, flag: &str) -> bool {
    contact["flags"]
        .as_array()
        .is_some_and(|flags| flags.contains(&Value::from(flag)))
}

#[test]
fn an_assignment_rule_by_country_assigns_an_added_lead_under_the_default_scoring() {
    let desk = Desk::with_config(HUNGARIAN_LEADS);
    let hungarian = desk.json(&["add", "--name", "Szabó Ödön", "--phone", "+36 30 123 4567"]);
    assert_eq!(hungarian["owner"], "Eszter");
    let israeli = desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    assert_eq!(israeli["owner"], Value::Null, "no rule matches +972");
    let shown = desk.json(&["show", "Szabó Ödön"]);
    assert!(
        texts(&shown).contains(&"assigned to Eszter: rule \"Hungarian leads\"".to_string()),
        "{:?}",
        texts(&shown)
    );
}

#[test]
fn an_assignment_rule_by_country_assigns_an_imported_lead() {
    let desk = Desk::with_config(HUNGARIAN_LEADS);
    let csv = file(
        &desk,
        "budapest.csv",
        "Name,Phone\nSzabó Ödön,06 30 123 4567\nNoa Levi,+972544900148\n",
    );
    let summary = desk.json(&["import", &csv, "--region", "HU"]);
    assert_eq!(summary["created"], 2, "{summary}");
    assert_eq!(common::contact(&desk, "Szabó Ödön")["owner"], "Eszter");
    assert_eq!(common::contact(&desk, "Noa Levi")["owner"], Value::Null);
}

#[test]
fn a_known_contact_met_again_by_an_import_is_returning_as_by_add() {
    let desk = Desk::new();
    for name in ["James Wright", "Emma Clarke", "Ravi Patel"] {
        let phone = match name {
            "James Wright" => "+44 7700 900123",
            "Emma Clarke" => "+44 7700 900456",
            _ => "+44 7700 900789",
        };
        desk.json(&["add", "--name", name, "--phone", phone]);
    }
    // James and Emma have talked with us; Ravi never did.
    desk.json(&["log", "call", "James Wright", "--outcome", "answered"]);
    desk.json(&["log", "call", "Emma Clarke", "--outcome", "answered"]);

    let back = desk.json(&["add", "--name", "James W", "--phone", "+447700900123"]);
    assert!(has_flag(&back, "returning"), "add: {back}");

    let csv = file(
        &desk,
        "fair.csv",
        "Name,Phone,Source\nE. Clarke,+447700900456,Trade fair\nR. Patel,+447700900789,Trade fair\n",
    );
    let summary = desk.json(&["import", &csv]);
    assert_eq!(summary["merged"], 2, "{summary}");
    assert!(
        has_flag(&common::contact(&desk, "Emma Clarke"), "returning"),
        "an import's merge follows the same rule as add"
    );
    assert!(
        !has_flag(&common::contact(&desk, "Ravi Patel"), "returning"),
        "no history, no return"
    );
}

#[test]
fn an_automatic_entry_reads_its_subject_once() {
    let desk = Desk::new();
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    desk.json(&[
        "log",
        "whatsapp",
        "Noa Levi",
        "--text",
        "Hello from the shop",
    ]);
    let shown = desk.text(&["show", "Noa Levi"]);
    let line = shown
        .lines()
        .find(|l| l.contains("new → attempting"))
        .unwrap_or_else(|| panic!("no status change in:\n{shown}"));
    assert!(line.contains("event  status new → attempting"), "{line}");
    assert!(!line.contains("status — status"), "{line}");
}
