//! `deal list`, `deal edit` and `deal rm`, every field `deal add` takes, and deals in
//! a stage the config no longer has.

use crate::common::Desk;
use serde_json::Value;

/// Noa with one deal carrying every field `deal add` takes; returns the deal's JSON.
fn desk_with_a_deal() -> (Desk, Value) {
    let desk = Desk::new();
    desk.noa();
    let deal = desk.json(&[
        "deal",
        "add",
        "Noa Levi",
        "--title",
        "Walnut kitchen",
        "--amount",
        "48,000",
        "--currency",
        "eur",
        "--stage",
        "quote",
        "--probability",
        "0.5",
        "--close-date",
        "2024-04-30",
        "--competitor",
        "IKEA",
        "--quotes-required",
        "3",
        "--quotes-received",
        "1",
        "--owner",
        "me",
        "--notes",
        "wants walnut fronts",
    ]);
    (desk, deal)
}

#[test]
fn deal_add_takes_every_field() {
    let (_desk, deal) = desk_with_a_deal();
    assert_eq!(deal["currency"], "EUR");
    assert_eq!(deal["stage"], "Quote");
    assert_eq!(deal["probability"], 0.5);
    assert_eq!(deal["expected_value"], 24000.0);
    assert_eq!(deal["close_date"], "2024-04-30");
    assert_eq!(deal["competitors"], serde_json::json!(["IKEA"]));
    assert_eq!(deal["quotes_required"], 3);
    assert_eq!(deal["quotes_received"], 1);
    assert_eq!(deal["owner"], "Dana");
    assert_eq!(deal["notes"], "wants walnut fronts");
}

#[test]
fn deal_list_filters_by_stage_and_owner_with_totals() {
    let (desk, _) = desk_with_a_deal();
    desk.json(&[
        "deal",
        "add",
        "Noa Levi",
        "--title",
        "Second flat",
        "--amount",
        "1000",
        "--owner",
        "Yossi",
    ]);
    let all = desk.json(&["deal", "list"]);
    assert_eq!(all["count"], 2);
    assert_eq!(all["amount"], 49000.0);
    assert_eq!(all["expected_value"], 24100.0);
    // The plain sums stay for scripts; each currency is kept apart beside them.
    assert_eq!(all["by_currency"]["EUR"]["amount"], 48000.0);
    assert_eq!(all["by_currency"]["ILS"]["amount"], 1000.0);
    assert_eq!(all["by_currency"]["ILS"]["expected_value"], 100.0);
    let mine = desk.json(&["deal", "list", "--owner", "me"]);
    assert_eq!(mine["count"], 1);
    assert_eq!(mine["deals"][0]["title"], "Walnut kitchen");
    assert_eq!(mine["deals"][0]["contact"], "Noa Levi");
    let calls = desk.json(&["deal", "list", "--stage", "call"]);
    assert_eq!(calls["count"], 1);
    assert_eq!(calls["deals"][0]["title"], "Second flat");
    let table = desk.text(&["deal", "list"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("TITLE"), "{table}");
    assert!(
        lines[0].contains("EXPECTED") && lines[0].contains("OWNER"),
        "{table}"
    );
    // A total per currency: euros and shekels are never added.
    assert_eq!(
        lines[lines.len() - 3..],
        [
            "2 deals:",
            "  €48,000, expected €24,000",
            "  ₪1,000, expected ₪100"
        ],
        "{table}"
    );
    let err = desk.refuses(&["deal", "list", "--stage", "Nope"], 4);
    assert!(err.contains("--stage \"Nope\""), "{err}");
}

#[test]
fn deal_edit_changes_the_fields_named() {
    let (desk, deal) = desk_with_a_deal();
    let id = deal["id"].as_str().unwrap();
    let edited = desk.json(&[
        "deal",
        "edit",
        id,
        "--amount",
        "52000",
        "--probability",
        "stage",
        "--competitor",
        "Kitchen World",
        "--remove-competitor",
        "ikea",
        "--quotes-received",
        "2",
        "--close-date",
        "none",
        "--owner",
        "Yossi",
        "--notes",
        "",
        "--title",
        "Walnut kitchen, bigger",
    ]);
    assert_eq!(edited["amount"], 52000.0);
    assert_eq!(edited["probability"], 0.6, "back to the stage's");
    assert_eq!(edited["competitors"], serde_json::json!(["Kitchen World"]));
    assert_eq!(edited["quotes_required"], 3);
    assert_eq!(edited["quotes_received"], 2);
    assert_eq!(edited["close_date"], Value::Null);
    assert_eq!(edited["owner"], "Yossi");
    assert_eq!(edited["notes"], Value::Null);
    assert_eq!(edited["title"], "Walnut kitchen, bigger");
    assert_eq!(edited["stage"], "Quote", "the stage moves with deal move");
    let shown = desk.json(&["show", "Noa Levi"]);
    let texts = super::timeline_texts(&shown);
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("deal \"Walnut kitchen, bigger\" edited: title, amount")),
        "{texts:?}"
    );
}

#[test]
fn deal_edit_refuses_a_bad_value_naming_its_flag_and_writes_nothing() {
    let (desk, deal) = desk_with_a_deal();
    let id = deal["id"].as_str().unwrap();
    for (flag, value) in [
        ("--amount", "12e3"),
        ("--probability", "1.5"),
        ("--probability", "likely"),
        ("--currency", "euro"),
        ("--close-date", "31.02.2024"),
        ("--close-date", "1800-01-01"),
        ("--title", "  "),
        ("--remove-competitor", "Nobody"),
    ] {
        let err = desk.refuses(&["deal", "edit", id, "--notes", "x", flag, value], 4);
        assert!(err.contains(flag), "{flag} {value}: {err}");
    }
    let err = desk.refuses(&["deal", "edit", id, "--quotes-required", "many"], 2);
    assert!(err.contains("--quotes-required"), "{err}");
    let err = desk.refuses(&["deal", "edit", "No such deal", "--amount", "1"], 3);
    assert!(err.contains("No such deal"), "{err}");
}

#[test]
fn deal_rm_leaves_a_tombstone_and_the_list_without_it() {
    let (desk, deal) = desk_with_a_deal();
    let gone = desk.json(&["deal", "rm", "walnut kitchen"]);
    assert_eq!(gone["id"], deal["id"]);
    assert_eq!(desk.json(&["deal", "list"])["count"], 0);
    let err = desk.refuses(&["deal", "rm", "walnut kitchen"], 3);
    assert!(err.contains("walnut kitchen"), "{err}");
    let shown = desk.json(&["show", "Noa Levi"]);
    let texts = super::timeline_texts(&shown);
    assert!(
        texts.contains(&"deal \"Walnut kitchen\" deleted (48000.00 EUR, Quote)"),
        "{texts:?}"
    );
    desk.text(&["check"]);
}

/// A command on the demo file, which must succeed, and its JSON.
fn demo_json(desk: &Desk, args: &[&str]) -> Value {
    let out = desk
        .bare_cmd()
        .args(["--demo", "--json"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Renaming the stages in the config once hid the demo's open deals from the board
/// and `check` found nothing: now check names each, and the list still shows them.
#[test]
fn deals_in_stages_the_config_no_longer_has_are_named_by_check() {
    let desk = Desk::new();
    let before = demo_json(&desk, &["deal", "list"]);
    desk.set_config(
        "user = \"Dana\"\nregion = \"IL\"\ncurrency = \"ILS\"\n[scoring]\nrules = []\n\
         [[deals.stages]]\nname = \"Discovery\"\nprobability = 0.1\n\
         [[deals.stages]]\nname = \"Demo\"\nprobability = 0.3\n\
         [[deals.stages]]\nname = \"Quote\"\nprobability = 0.6\n\
         [[deals.stages]]\nname = \"Proposal\"\nprobability = 0.8\n",
    );
    let after = demo_json(&desk, &["deal", "list"]);
    assert_eq!(after["count"], before["count"], "no deal hidden");
    let unknown: Vec<(String, String)> = after["deals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["stage_known"] == false)
        .map(|d| {
            (
                d["title"].as_str().unwrap().to_string(),
                d["stage"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        unknown.len(),
        4,
        "the two in Call, Meeting, Closing: {unknown:?}"
    );
    let out = desk.bare_cmd().args(["--demo", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8(out.stderr).unwrap();
    for (title, stage) in &unknown {
        assert!(
            err.contains(&format!("deal \"{title}\""))
                && err.contains(&format!("stage \"{stage}\"")),
            "{title} in {stage}: {err}"
        );
    }
    let moved = demo_json(
        &desk,
        &["deal", "move", "Office renovation 120 m²", "discovery"],
    );
    assert_eq!(
        moved["stage"], "Discovery",
        "moved out of its unknown stage"
    );
}
