//! The lead engine through the command line: scores with their reasons, lifecycle
//! automation, the three decisions, assignment, speed-to-lead and the inbox.

use crate::common;

use common::{Desk, NOW, timeline_texts as texts};
use serde_json::Value;

const RULES: &str = r#"
user = "Dana"
region = "IL"
[scoring]
mql_at = 30
sql_at = 60
half_life_days = 14
[scoring.bands]
hot = 60
warm = 30
[[scoring.rules]]
name = "Decision maker"
points = 15
when = { role = "decision-maker" }
[[scoring.rules]]
name = "Came to us"
points = 30
when = { inbound = true }
[[scoring.rules]]
name = "Answered on WhatsApp"
points = 10
when = { interaction = "whatsapp", direction = "in", within_days = 14 }
[[scoring.rules]]
name = "Met us"
points = 35
when = { interaction = "meeting", within_days = 60 }
[[scoring.rules]]
name = "Returning customer"
points = 20
when = { returning = true }
[[scoring.rules]]
name = "Do not contact"
points = -100
when = { flag = "do-not-contact" }
"#;

fn minutes_after(minutes: i64) -> String {
    let at =
        chrono::DateTime::parse_from_rfc3339(NOW).unwrap() + chrono::Duration::minutes(minutes);
    at.to_rfc3339()
}

#[test]
fn score_explains_every_point_and_the_parts_add_up() {
    let desk = Desk::with_config(RULES);
    desk.json(&[
        "add",
        "--name",
        "Noa Levi",
        "--phone",
        "054-490-0148",
        "--company",
        "Levi Design",
        "--role",
        "decision-maker",
    ]);
    let message = desk.json(&[
        "log",
        "whatsapp",
        "4900148",
        "--direction",
        "in",
        "--text",
        "Price?",
        "--at",
        "3 days ago",
    ]);
    let score = desk.json(&["score", "4900148"]);
    assert_eq!(score["total"], 24, "{score}");
    assert_eq!(score["temperature"], "cold");
    assert_eq!(score["lifecycle"], "lead");
    assert_eq!(score["thresholds"]["sql_at"], 60);
    let rules = score["rules"].as_array().unwrap();
    let sum: i64 = rules.iter().map(|r| r["points"].as_i64().unwrap()).sum();
    assert_eq!(sum, 24);
    assert_eq!(rules[0]["name"], "Decision maker");
    assert_eq!(rules[0]["evidence"][0]["field"], "role");
    assert_eq!(
        rules[0]["evidence"][0]["value"],
        "decision-maker at Levi Design"
    );
    assert_eq!(rules[1]["name"], "Answered on WhatsApp");
    assert_eq!(
        rules[1]["points"], 9,
        "10 decayed over 3 days with a 14-day half-life"
    );
    assert_eq!(rules[1]["base_points"], 10);
    assert_eq!(rules[1]["evidence"][0]["interaction_id"], message["id"]);
    let text = desk.text(&["score", "Noa Levi"]);
    assert!(
        text.contains("+15  Decision maker")
            && text.contains("+9  Answered on WhatsApp (of 10, decayed)"),
        "{text}"
    );
}

#[test]
fn scores_raise_the_lifecycle_and_never_lower_it() {
    let desk = Desk::with_config(RULES);
    let lead = desk.json(&[
        "add",
        "--name",
        "Odon",
        "--phone",
        "+36 30 123 4567",
        "--origin",
        "inbound",
    ]);
    assert_eq!(lead["lifecycle"], "mql", "30 points reach mql_at");
    desk.json(&["log", "meeting", "Odon", "--duration", "1h"]);
    let shown = desk.json(&["show", "Odon"]);
    assert_eq!(shown["contact"]["lifecycle"], "sql");
    let texts = texts(&shown);
    assert!(
        texts.contains(&"lifecycle mql → sql: score 65 ≥ 60".to_string()),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"lifecycle lead → mql: score 30 ≥ 30".to_string()),
        "{texts:?}"
    );
    desk.json(&["edit", "Odon", "--flag", "do-not-contact"]);
    let score = desk.json(&["score", "Odon"]);
    assert_eq!(score["total"], -35);
    assert_eq!(
        score["lifecycle"], "sql",
        "a falling score never lowers the stage"
    );
}

#[test]
fn deals_drive_the_lifecycle_and_keep_the_reason() {
    let desk = Desk::with_config(RULES);
    desk.json(&["add", "--name", "Eszter", "--phone", "+36 20 555 0101"]);
    let deal = desk.json(&[
        "deal",
        "add",
        "Eszter",
        "--title",
        "Catalogue",
        "--amount",
        "12500",
    ]);
    assert_eq!(
        desk.json(&["show", "Eszter"])["contact"]["lifecycle"],
        "opportunity"
    );
    desk.json(&[
        "deal",
        "won",
        deal["id"].as_str().unwrap(),
        "--reason",
        "best price",
    ]);
    let shown = desk.json(&["show", "Eszter"]);
    assert_eq!(shown["contact"]["lifecycle"], "customer");
    assert!(texts(&shown).contains(
        &"lifecycle opportunity → customer: deal \"Catalogue\" won (best price)".to_string()
    ));

    desk.json(&["add", "--name", "Reka", "--phone", "+36 70 987 6543"]);
    let lost = desk.json(&[
        "deal", "add", "Reka", "--title", "Lighting", "--amount", "6400",
    ]);
    desk.json(&[
        "deal",
        "lost",
        lost["id"].as_str().unwrap(),
        "--reason",
        "no budget",
    ]);
    let shown = desk.json(&["show", "Reka"]);
    assert_eq!(shown["contact"]["lifecycle"], "other");
    assert!(
        texts(&shown)
            .iter()
            .any(|t| t == "lifecycle opportunity → other: deal \"Lighting\" lost (no budget)")
    );
    assert_eq!(shown["deals"][0]["closed_reason"], "no budget");
}

#[test]
fn the_three_decisions_are_recorded_with_who_and_when() {
    let desk = Desk::with_config(RULES);
    desk.json(&["add", "--name", "Yossi", "--phone", "052-381-7720"]);
    let converted = desk.json(&[
        "triage",
        "0523817720",
        "convert",
        "--title",
        "Wardrobe",
        "--amount",
        "3500",
    ]);
    assert_eq!(converted["status"], "connected");
    assert_eq!(converted["lifecycle"], "opportunity");
    assert_eq!(converted["deals"][0]["title"], "Wardrobe");
    assert_eq!(converted["deals"][0]["expected_value"], 350.0);
    let shown = desk.json(&["show", "Yossi"]);
    let decision = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["subject"] == "decision")
        .unwrap();
    assert_eq!(
        decision["text"],
        "convert: deal \"Wardrobe\" opened in Call (by Dana)"
    );
    assert_eq!(decision["logged_by"], "Dana");
    assert_eq!(decision["occurred_at"], "2024-03-12T09:00:00+00:00");

    desk.json(&["add", "--name", "Reka", "--phone", "+36 70 987 6543"]);
    assert_eq!(
        desk.json(&["triage", "Reka", "nurture"])["status"],
        "nurturing"
    );
    let err = desk.refuses(&["triage", "Reka", "drop"], 4);
    assert!(err.contains("--reason"), "{err}");
    desk.refuses(&["triage", "Reka", "convert", "--reason", "x"], 4);
    desk.refuses(&["triage", "Reka", "maybe"], 2);
    let dropped = desk.json(&["triage", "Reka", "drop", "--reason", "wrong number"]);
    assert_eq!(dropped["status"], "disqualified");
    assert_eq!(dropped["disqualified_reason"], "wrong number");
    assert!(
        texts(&desk.json(&["show", "Reka"])).contains(&"drop: wrong number (by Dana)".to_string())
    );
}

#[test]
fn new_leads_are_assigned_round_robin_up_to_max_open() {
    let desk = Desk::with_config(&format!(
        "{RULES}\n[assignment]\nsales = [\"Sara\"]\n[[assignment.rules]]\nname = \"Facebook leads\"\nwhen = {{ source = \"Facebook ad\" }}\nassign = [\"Dana\", \"Yossi\"]\nmax_open = 1\n"
    ));
    let first = desk.json(&[
        "add",
        "--name",
        "A",
        "--phone",
        "050-200-0001",
        "--source",
        "Facebook ad",
    ]);
    let second = desk.json(&[
        "add",
        "--name",
        "B",
        "--phone",
        "050-200-0002",
        "--source",
        "facebook AD",
    ]);
    let third = desk.json(&[
        "add",
        "--name",
        "C",
        "--phone",
        "050-200-0003",
        "--source",
        "Facebook ad",
    ]);
    let other = desk.json(&[
        "add",
        "--name",
        "D",
        "--phone",
        "050-200-0004",
        "--source",
        "Referral",
    ]);
    assert_eq!(first["owner"], "Dana");
    assert_eq!(second["owner"], "Yossi");
    assert_eq!(third["owner"], Value::Null, "both are at max_open");
    assert_eq!(other["owner"], Value::Null, "no rule matches");
    let shown = desk.json(&["show", "A"]);
    assert!(texts(&shown).contains(&"assigned to Dana: rule \"Facebook leads\"".to_string()));
    let shown = desk.json(&["show", "C"]);
    assert!(
        texts(&shown)
            .iter()
            .any(|t| t.contains("everyone has 1 open lead or more"))
    );

    // Reaching SQL hands the lead to sales.
    desk.json(&[
        "edit",
        "A",
        "--company",
        "Levi Design",
        "--role",
        "decision-maker",
        "--origin",
        "inbound",
    ]);
    desk.json(&["log", "meeting", "A"]);
    let shown = desk.json(&["show", "A"]);
    assert_eq!(shown["contact"]["lifecycle"], "sql");
    assert_eq!(shown["contact"]["owner"], "Sara");
    assert!(
        texts(&shown).contains(&"assigned to Sara: hand-off to sales (became SQL)".to_string())
    );
}

#[test]
fn the_sla_moves_from_on_time_to_overdue_and_a_response_answers_it() {
    let desk = Desk::with_config(&format!(
        "{RULES}\n[sla]\nfirst_response_minutes = 15\n[sla.by_source]\n\"WhatsApp\" = 5\n"
    ));
    desk.json(&[
        "add",
        "--name",
        "Web lead",
        "--phone",
        "050-300-0001",
        "--source",
        "Website form",
    ]);
    desk.json(&[
        "add",
        "--name",
        "Chat lead",
        "--phone",
        "050-300-0002",
        "--source",
        "WhatsApp",
    ]);
    let sla_of = |minutes: i64, name: &str| -> Value {
        let inbox = desk.json_at(&minutes_after(minutes), &["inbox"]);
        inbox
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["name"] == name)
            .cloned()
            .unwrap_or(Value::Null)
    };
    assert_eq!(sla_of(5, "Web lead")["sla"], "on_time");
    assert_eq!(sla_of(12, "Web lead")["sla"], "due_soon");
    let overdue = sla_of(20, "Web lead");
    assert_eq!(overdue["sla"], "overdue");
    assert_eq!(overdue["age_minutes"], 20);
    assert_eq!(overdue["first_response_minutes"], Value::Null);
    assert_eq!(
        sla_of(4, "Chat lead")["sla"],
        "due_soon",
        "a 5-minute SLA for WhatsApp"
    );
    assert_eq!(sla_of(6, "Chat lead")["sla_minutes"], 5);

    let inbox = desk.json_at(&minutes_after(6), &["inbox"]);
    assert_eq!(inbox[0]["name"], "Chat lead", "overdue comes first");

    desk.cmd()
        .env("LEADOMETER_NOW", minutes_after(25))
        .args(["log", "call", "050-300-0001", "--outcome", "no-answer"])
        .assert()
        .success();
    let answered = sla_of(30, "Web lead");
    assert_eq!(answered["sla"], "answered");
    assert_eq!(answered["first_response_minutes"], 25);
    assert_eq!(
        answered["status"], "attempting",
        "we tried, nobody talked to them yet: it still needs work"
    );
    for key in [
        "age_minutes",
        "first_response_minutes",
        "sla",
        "score",
        "temperature",
        "owner",
        "priority",
        "next_task",
    ] {
        assert!(answered.get(key).is_some(), "inbox item lacks {key}");
    }
}

#[test]
fn the_inbox_holds_due_follow_ups_and_leaves_out_expired_leads() {
    let desk = Desk::with_config(RULES);
    desk.json(&["add", "--name", "Customer", "--phone", "050-400-0001"]);
    desk.json(&["log", "call", "Customer", "--outcome", "answered"]);
    let customer = desk.json(&["show", "Customer"]);
    assert_eq!(
        customer["contact"]["status"], "connected",
        "an answered call connects"
    );
    assert!(
        desk.json(&["inbox"]).as_array().unwrap().is_empty(),
        "answered and connected: nothing to do"
    );
    let task = desk.json(&[
        "task",
        "add",
        "Customer",
        "--title",
        "Send the quote",
        "--due",
        "+2h",
    ]);
    let inbox = desk.json(&["inbox"]);
    assert_eq!(inbox[0]["name"], "Customer");
    assert_eq!(inbox[0]["next_task"]["id"], task["id"]);
    assert_eq!(inbox[0]["next_task"]["title"], "Send the quote");

    // A lead nobody touched for 30 days (the default) expires.
    desk.cmd()
        .env("LEADOMETER_NOW", "2024-01-01T09:00:00Z")
        .args(["add", "--name", "Old lead", "--phone", "050-400-0002"])
        .assert()
        .success();
    let names: Vec<Value> = desk
        .json(&["inbox"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].clone())
        .collect();
    assert!(!names.contains(&Value::from("Old lead")));
    let with_expired = desk.json(&["inbox", "--expired"]);
    let old = with_expired
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "Old lead")
        .unwrap();
    assert_eq!(old["expired"], true);
    assert!(desk.text(&["inbox"]).contains("1 expired lead is left out"));

    let summary = desk.json(&["rescore"]);
    assert_eq!(summary["expired"], 1);
    assert_eq!(summary["contacts"], 2);
    let shown = desk.json(&["show", "Old lead"]);
    assert!(
        shown["contact"]["flags"]
            .as_array()
            .unwrap()
            .contains(&Value::from("expired"))
    );
    assert!(
        texts(&shown)
            .iter()
            .any(|t| t.starts_with("expired: untouched for 30 days"))
    );
    assert_eq!(desk.json(&["rescore"])["expired"], 0, "marked once");
    desk.json(&[
        "log",
        "whatsapp",
        "Old lead",
        "--direction",
        "in",
        "--text",
        "Still interested?",
    ]);
    let shown = desk.json(&["show", "Old lead"]);
    assert!(
        !shown["contact"]["flags"]
            .as_array()
            .unwrap()
            .contains(&Value::from("expired"))
    );
}

#[test]
fn rescore_applies_changed_rules() {
    let desk = Desk::with_config(RULES);
    desk.json(&[
        "add",
        "--name",
        "Noa",
        "--phone",
        "054-490-0148",
        "--origin",
        "inbound",
    ]);
    assert_eq!(desk.json(&["score", "Noa"])["total"], 30);
    desk.set_config(&RULES.replace("points = 30", "points = 70"));
    let summary = desk.json(&["rescore"]);
    assert_eq!(summary["changed"], 1);
    assert_eq!(summary["lifecycle_raised"], 1);
    let shown = desk.json(&["show", "Noa"]);
    assert_eq!(shown["contact"]["lifecycle"], "sql");
    assert_eq!(desk.json(&["inbox"])[0]["score"], 70);
    assert_eq!(desk.json(&["inbox"])[0]["temperature"], "hot");
}

#[test]
fn a_returning_customer_is_marked_and_scored_as_such() {
    let desk = Desk::with_config(RULES);
    desk.json(&["add", "--name", "James", "--phone", "+44 7700 900123"]);
    desk.json(&["log", "call", "James", "--outcome", "answered"]);
    let back = desk.json(&[
        "add",
        "--name",
        "James W",
        "--phone",
        "+447700900123",
        "--source",
        "Google Ads",
    ]);
    assert_eq!(back["created"], false);
    assert!(
        back["flags"]
            .as_array()
            .unwrap()
            .contains(&Value::from("returning"))
    );
    let score = desk.json(&["score", "James"]);
    assert!(
        score["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["name"] == "Returning customer")
    );
}
