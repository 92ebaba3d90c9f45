//! `deal` and `task`: the pipeline with expected values, custom stages, follow-ups.

use super::timeline_texts;
use crate::common::{Desk, NOW};
use serde_json::Value;

#[test]
fn deals_move_through_the_pipeline_with_expected_values() {
    let desk = Desk::new();
    desk.noa();
    let deal = desk.json(&[
        "deal",
        "add",
        "054-490-0148",
        "--title",
        "Walnut kitchen",
        "--amount",
        "48,000",
        "--competitor",
        "IKEA",
    ]);
    assert_eq!(deal["stage"], "Call");
    assert_eq!(deal["amount"], 48000.0);
    assert_eq!(deal["currency"], "ILS");
    assert_eq!(deal["probability"], 0.1);
    assert_eq!(deal["expected_value"], 4800.0);
    let id = deal["id"].as_str().unwrap();
    let moved = desk.json(&["deal", "move", id, "quote"]);
    assert_eq!(moved["stage"], "Quote");
    assert_eq!(moved["expected_value"], 28800.0);
    let err = desk.refuses(&["deal", "move", id, "Lost"], 4);
    assert!(err.contains("deal lost"), "{err}");
    let won = desk.json(&["deal", "won", "walnut kitchen"]);
    assert_eq!(won["stage"], "Won");
    assert_eq!(won["expected_value"], 48000.0);
    let other = desk.json(&[
        "deal",
        "add",
        "Noa Levi",
        "--title",
        "Second flat",
        "--amount",
        "1000",
        "--probability",
        "0.5",
        "--stage",
        "meeting",
    ]);
    assert_eq!(other["expected_value"], 500.0);
    let lost = desk.json(&[
        "deal",
        "lost",
        other["id"].as_str().unwrap(),
        "--reason",
        "price",
    ]);
    assert_eq!(lost["stage"], "Lost");
    assert_eq!(lost["closed_reason"], "price");
    assert_eq!(lost["expected_value"], 0.0);
    let shown = desk.json(&["show", "Noa Levi"]);
    assert_eq!(shown["deals"].as_array().unwrap().len(), 2);
    let texts = timeline_texts(&shown);
    assert!(
        texts.contains(&"deal \"Second flat\" Meeting → Lost: price"),
        "{texts:?}"
    );
}

#[test]
fn custom_stages_come_from_the_config() {
    let desk = Desk::with_config(
        "[[deals.stages]]\nname = \"Visit\"\nprobability = 0.25\n[[deals.stages]]\nname = \"Offer\"\nprobability = 0.7\n",
    );
    desk.noa();
    let deal = desk.json(&["deal", "add", "Noa Levi", "--title", "T", "--amount", "100"]);
    assert_eq!(deal["stage"], "Visit");
    assert_eq!(deal["expected_value"], 25.0);
    let err = desk.refuses(&["deal", "move", "T", "Quote"], 4);
    assert!(err.contains("Visit, Offer, Won, Lost"), "{err}");
}

#[test]
fn tasks_are_added_and_done() {
    let desk = Desk::new();
    desk.noa();
    let task = desk.json(&[
        "task",
        "add",
        "Noa Levi",
        "--title",
        "Send the quote",
        "--due",
        "tomorrow 10:00",
    ]);
    assert_eq!(task["due_at"], "2024-03-13T10:00:00+00:00");
    assert_eq!(task["done_at"], Value::Null);
    let done = desk.json(&["task", "done", task["id"].as_str().unwrap()]);
    assert_eq!(done["done_at"], NOW.replace('Z', "+00:00"));
    assert_eq!(
        desk.json(&["show", "Noa Levi"])["tasks"][0]["title"],
        "Send the quote"
    );
}
