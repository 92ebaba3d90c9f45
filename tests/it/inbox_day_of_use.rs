//! What a day of use found in the inbox: a lead whose salespeople are all full waits
//! visibly, `--expired` names the expired leads, an owner's empty inbox counts the
//! leads waiting for others, an empty file says how to begin, and the desk shows
//! the source and the campaign apart, the flags as marks, and cuts nothing unseen.

use crate::common::{Desk as Cli, timeline_texts as texts};
use crate::screens::Desk;
use leadometer::tui::app::{Action, InboxView};
use serde_json::Value;

/// Inbound and a decision maker make an MQL (45); a returning one an SQL (65).
const SALES_OF_ONE: &str = r#"
user = "Dana"
region = "IL"
[scoring]
mql_at = 30
sql_at = 60
[[scoring.rules]]
name = "Decision maker"
points = 15
when = { role = "decision-maker" }
[[scoring.rules]]
name = "Came to us"
points = 30
when = { inbound = true }
[[scoring.rules]]
name = "Returning customer"
points = 20
when = { returning = true }
[assignment]
sales = ["Sara"]
sales_max_open = 1
"#;

const FULL: &str = "No owner has room (all at sales_max_open = 1); waiting for an owner";

fn add_mql(cli: &Cli, name: &str, phone: &str) {
    cli.json(&[
        "add",
        "--name",
        name,
        "--phone",
        phone,
        "--company",
        "Levi Design",
        "--role",
        "decision-maker",
        "--origin",
        "inbound",
        "--owner",
        "Dana",
    ]);
}

fn waiting(cli: &Cli, name: &str) -> Value {
    let inbox = cli.json(&["inbox"]);
    let item = inbox
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == name)
        .unwrap_or_else(|| panic!("{name} is not in the inbox: {inbox}"));
    item["waiting_for_owner"].clone()
}

#[test]
fn a_lead_whose_salespeople_are_full_waits_for_an_owner_once_said() {
    let cli = Cli::with_config(SALES_OF_ONE);
    add_mql(&cli, "First", "050-300-0001");
    cli.json(&["edit", "First", "--flag", "returning"]);
    assert_eq!(cli.json(&["show", "First"])["contact"]["owner"], "Sara");

    add_mql(&cli, "Second", "050-300-0002");
    cli.json(&["edit", "Second", "--flag", "returning"]);
    let shown = cli.json(&["show", "Second"]);
    assert_eq!(shown["contact"]["lifecycle"], "sql");
    assert_eq!(shown["contact"]["owner"], "Dana", "kept meanwhile");
    assert!(texts(&shown).contains(&FULL.to_string()), "{shown}");
    assert_eq!(waiting(&cli, "Second"), true);
    assert_eq!(waiting(&cli, "First"), false);
    let text = cli.text(&["inbox"]);
    assert!(text.contains("Second ↺⧖"), "{text}");
    assert!(text.contains("1 lead waits for an owner"), "{text}");

    // Another change, and a rescore, with Sara still full: said once.
    cli.json(&["edit", "Second", "--flag", "vip"]);
    cli.json(&["rescore"]);
    let said = texts(&cli.json(&["show", "Second"]))
        .iter()
        .filter(|t| t.starts_with("No owner has room"))
        .count();
    assert_eq!(said, 1);

    // Sara's lead is dropped: the next rescore hands the waiting lead to her.
    cli.json(&["triage", "First", "drop", "--reason", "no budget"]);
    cli.json(&["rescore"]);
    let shown = cli.json(&["show", "Second"]);
    assert_eq!(shown["contact"]["owner"], "Sara");
    assert!(
        texts(&shown).contains(
            &"assigned to Sara: hand-off to sales (became SQL; a salesperson has room now)"
                .to_string()
        ),
        "{shown}"
    );
    assert_eq!(waiting(&cli, "Second"), false);
    assert_eq!(
        shown["contact"]["flags"],
        serde_json::json!(["returning", "vip"])
    );
}

#[test]
fn expired_lists_the_expired_leads_themselves() {
    let cli = Cli::new();
    cli.cmd()
        .env("LEADOMETER_NOW", "2024-01-01T09:00:00Z")
        .args(["add", "--name", "Old lead", "--email", "old@example.com"])
        .args(["--source", "Referral"])
        .assert()
        .success();
    cli.json(&["add", "--name", "Fresh lead", "--phone", "050-400-0003"]);

    let text = cli.text(&["inbox", "--expired"]);
    assert!(text.contains("Old lead"), "{text}");
    assert!(text.contains("old@example.com"), "{text}");
    assert!(text.contains("Referral"), "{text}");
    // Untouched since 1 January, expired 30 days later: 5 weeks ago on 12 March.
    assert!(text.contains("5w ago"), "{text}");
    assert!(!text.contains("Fresh lead"), "{text}");

    let listed = cli.json(&["inbox", "--expired"]);
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["name"], "Old lead");
    assert_eq!(listed[0]["email"], "old@example.com");
    assert_eq!(listed[0]["expired_minutes"], 41 * 24 * 60);
}

#[test]
fn an_owners_empty_inbox_counts_the_leads_waiting_for_others() {
    let cli = Cli::new();
    cli.json(&["add", "--name", "Yossi's lead", "--phone", "050-400-0004"]);
    cli.json(&["edit", "Yossi's lead", "--owner", "Yossi"]);
    let text = cli.text(&["inbox", "--owner", "me"]);
    assert_eq!(
        text.trim(),
        "Nothing waits for you: 1 lead waits for others."
    );
    let text = cli.text(&["inbox", "--owner", "Avi"]);
    assert!(
        text.contains("Nothing waits for Avi: 1 lead waits"),
        "{text}"
    );
    let text = cli.text(&["inbox", "--owner", "A\x1b[31mvi"]);
    assert!(!text.contains('\x1b'), "{text:?}");
}

#[test]
fn an_empty_file_says_how_to_begin_and_an_answered_one_that_nothing_waits() {
    let cli = Cli::new();
    let text = cli.text(&["inbox"]);
    for begin in [
        "leadometer add",
        "leadometer import FILE",
        "leadometer --demo",
    ] {
        assert!(text.contains(begin), "{text}");
    }
    cli.json(&["add", "--name", "Customer", "--phone", "050-400-0001"]);
    cli.json(&["log", "call", "Customer", "--outcome", "answered"]);
    let text = cli.text(&["inbox"]);
    assert!(text.starts_with("Nothing waits"), "{text}");
}

#[test]
fn the_desks_inbox_on_an_empty_file_says_how_to_begin() {
    Desk::empty().snapshot("inbox_empty_file");
}

#[test]
fn the_mine_view_counts_the_leads_waiting_for_others() {
    let mut desk = Desk::demo();
    desk.state.user = "Avi".into();
    desk.state.inbox_view = InboxView::Mine;
    desk.snapshot("inbox_mine_empty");
}

#[test]
fn the_desks_inbox_marks_flags_and_a_lead_waiting_for_an_owner() {
    let mut desk = Desk::demo();
    desk.act(Action::Refresh);
    let first = desk.state.visible_inbox()[0].id.clone();
    let row = desk.state.inbox_rows.get_mut(&first).unwrap();
    row.flags.push("waiting-for-owner".into());
    row.waiting_for_owner = true;
    desk.snapshot("inbox_waiting");
}

#[test]
fn a_view_of_one_lead_says_one_lead() {
    let mut desk = Desk::demo();
    desk.state.inbox_view = InboxView::Hot;
    desk.snapshot("inbox_one_lead");
}
