//! `campaign list | show | add | edit | rm | done`: a checklist of the contacts one
//! field picks out, ticked contact by contact, and its refusals writing nothing.

use crate::common::Desk;
use serde_json::Value;

/// Noa and Avi came from "Facebook ad", Ödön from Google; Noa is Dana's.
fn desk() -> Desk {
    let desk = Desk::new();
    desk.noa();
    desk.json(&[
        "add",
        "--name",
        "Avi Cohen",
        "--phone",
        "052-555-1234",
        "--source",
        "facebook AD",
    ]);
    desk.json(&[
        "add",
        "--name",
        "Szabó Ödön",
        "--phone",
        "+36301234567",
        "--source",
        "Google",
    ]);
    desk.json(&["edit", "Noa Levi", "--owner", "Dana"]);
    desk
}

fn members(shown: &Value) -> Vec<(&str, bool)> {
    shown["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["name"].as_str().unwrap(), !m["done_at"].is_null()))
        .collect()
}

#[test]
fn a_campaign_is_worked_as_a_checklist() {
    let desk = desk();
    assert!(desk.text(&["campaign", "list"]).contains("No campaign yet"));
    let added = desk.json(&[
        "campaign",
        "add",
        "Spring",
        "--source",
        "Facebook ad",
        "--template",
        "First reply",
    ]);
    assert_eq!(added["name"], "Spring");
    assert_eq!(added["by"], "source");
    assert_eq!(added["value"], "Facebook ad");
    assert_eq!(added["template_id"], "starter-0");
    assert_eq!(added["template"], "First reply");
    assert_eq!(
        (added["done"].as_u64(), added["total"].as_u64()),
        (Some(0), Some(2))
    );

    let list = desk.json(&["campaign", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let keys: Vec<&String> = list[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "id",
            "name",
            "by",
            "value",
            "template_id",
            "template",
            "done",
            "total"
        ]
    );
    let table = desk.text(&["campaign", "list"]);
    for part in [
        "Spring",
        "source: Facebook ad",
        "First reply",
        "0 of 2 done",
    ] {
        assert!(table.contains(part), "{part}:\n{table}");
    }

    let ticked = desk.json(&["campaign", "done", "spring", "054-490-0148"]);
    assert_eq!(ticked["done"], true);
    assert_eq!(ticked["contact"], "Noa Levi");
    assert_eq!(
        ticked["progress"],
        serde_json::json!({"done": 1, "total": 2})
    );
    let shown = desk.json(&["campaign", "show", "Spring"]);
    assert_eq!(members(&shown), [("Avi Cohen", false), ("Noa Levi", true)]);
    assert_eq!(
        (shown["done"].as_u64(), shown["total"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(shown["template"], "First reply");
    assert_eq!(shown["campaign"]["by"], "source");
    let todo = desk.json(&["campaign", "show", "Spring", "--todo"]);
    assert_eq!(members(&todo), [("Avi Cohen", false)]);
    assert_eq!(todo["done"], 1, "the progress is the whole campaign's");
    let text = desk.text(&["campaign", "show", "Spring"]);
    let noa = text.lines().find(|l| l.contains("Noa Levi")).unwrap();
    assert!(noa.trim_start().starts_with('✓'), "{text}");
    let avi = text.lines().find(|l| l.contains("Avi Cohen")).unwrap();
    assert!(!avi.contains('✓'), "{text}");
    assert!(text.contains("1 of 2 done"), "{text}");
    let text = desk.text(&["campaign", "show", "Spring", "--todo"]);
    assert!(
        !text.contains("Noa Levi") && text.contains("Avi Cohen"),
        "{text}"
    );

    // Ticking twice keeps one tick; --undo takes it off.
    desk.json(&["campaign", "done", "Spring", "Noa Levi"]);
    assert_eq!(desk.json(&["campaign", "list"])[0]["done"], 1);
    let unticked = desk.json(&["campaign", "done", "Spring", "Noa Levi", "--undo"]);
    assert_eq!(unticked["done"], false);
    assert_eq!(unticked["progress"]["done"], 0);
    desk.json(&["campaign", "done", "Spring", "Avi Cohen"]);

    let edited = desk.json(&[
        "campaign",
        "edit",
        "Spring",
        "--name",
        "Spring 24",
        "--no-template",
    ]);
    assert_eq!(edited["name"], "Spring 24");
    assert_eq!(edited["template"], Value::Null);
    assert_eq!(edited["done"], 1, "its ticks stay");
    let edited = desk.json(&["campaign", "edit", "Spring 24", "--lifecycle", "LEAD"]);
    assert_eq!(
        (edited["by"].as_str(), edited["value"].as_str()),
        (Some("lifecycle"), Some("lead"))
    );
    assert_eq!(edited["total"], 3);
    let edited = desk.json(&["campaign", "edit", "Spring 24", "--template", "מענה ראשון"]);
    assert_eq!(edited["template"], "מענה ראשון");
    let mine = desk.json(&["campaign", "add", "Mine", "--owner", "me"]);
    assert_eq!(mine["value"], "Dana");
    assert_eq!(mine["total"], 1);

    let gone = desk.json(&["campaign", "rm", "Spring 24"]);
    assert_eq!(gone["name"], "Spring 24");
    let left = desk.json(&["campaign", "list"]);
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["name"], "Mine");
}

#[test]
fn a_deleted_template_is_said_gone_and_dropped_by_the_next_edit() {
    let desk = desk();
    desk.json(&[
        "template",
        "add",
        "--name",
        "Ours",
        "--language",
        "en",
        "--channel",
        "sms",
        "--body",
        "Hi",
    ]);
    desk.json(&[
        "campaign",
        "add",
        "Spring",
        "--source",
        "Facebook ad",
        "--template",
        "Ours",
    ]);
    desk.json(&["template", "rm", "Ours"]);
    let table = desk.text(&["campaign", "list"]);
    assert!(table.contains("(deleted)"), "{table}");
    let edited = desk.json(&["campaign", "edit", "Spring", "--name", "Spring 2"]);
    assert_eq!(edited["template_id"], Value::Null);
}

#[test]
fn a_refused_campaign_command_names_what_is_wrong_and_writes_nothing() {
    let desk = desk();
    desk.json(&["campaign", "add", "Spring", "--source", "Facebook ad"]);
    let err = desk.refuses(&["campaign", "done", "Spring", "Szabó Ödön"], 4);
    assert!(
        err.contains("Szabó Ödön is not in the campaign Spring")
            && err.contains("source: Facebook ad"),
        "{err}"
    );
    let err = desk.refuses(&["campaign", "done", "Autumn", "Noa Levi"], 3);
    assert!(
        err.contains("no campaign matches \"Autumn\"") && err.contains("campaign list"),
        "{err}"
    );
    desk.refuses(&["campaign", "done", "Spring", "Nobody"], 3);
    let err = desk.refuses(&["campaign", "add", "Autumn"], 4);
    assert!(
        err.contains("--source") && err.contains("--lifecycle"),
        "{err}"
    );
    let err = desk.refuses(
        &[
            "campaign", "add", "Autumn", "--source", "x", "--flag", "vip",
        ],
        2,
    );
    assert!(err.contains("--flag") && err.contains("--source"), "{err}");
    let err = desk.refuses(&["campaign", "add", "SPRING", "--source", "x"], 4);
    assert!(err.contains("exists already"), "{err}");
    let err = desk.refuses(&["campaign", "add", "Autumn", "--lifecycle", "hot"], 2);
    assert!(err.contains("--lifecycle") && err.contains("hot"), "{err}");
    let err = desk.refuses(&["campaign", "add", "Autumn", "--source", " "], 4);
    assert!(err.contains("--source"), "{err}");
    let err = desk.refuses(
        &[
            "campaign",
            "add",
            "Autumn",
            "--source",
            "x",
            "--template",
            "Nope",
        ],
        3,
    );
    assert!(err.contains("no template matches \"Nope\""), "{err}");
    let err = desk.refuses(&["campaign", "add", " ", "--source", "x"], 4);
    assert!(err.contains("needs a name"), "{err}");
    let err = desk.refuses(&["campaign", "edit", "Spring"], 4);
    assert!(err.contains("nothing to change"), "{err}");
    let err = desk.refuses(
        &["campaign", "edit", "Spring", "--source", "Facebook ad"],
        4,
    );
    assert!(err.contains("nothing was changed"), "{err}");
    desk.refuses(
        &[
            "campaign",
            "edit",
            "Spring",
            "--template",
            "First reply",
            "--no-template",
        ],
        2,
    );
    desk.refuses(&["campaign", "rm", "Autumn"], 3);
    desk.refuses(&["campaign", "show", "Autumn"], 3);
}

#[test]
fn progress_is_said_in_the_user_s_language() {
    let desk = desk();
    desk.json(&["campaign", "add", "Spring", "--source", "Facebook ad"]);
    desk.json(&["campaign", "done", "Spring", "Noa Levi"]);
    desk.set_config("user = \"Dana\"\nregion = \"IL\"\nlanguage = \"he\"\n");
    let table = desk.text(&["campaign", "list"]);
    assert!(
        table.contains("1 מתוך 2 בוצע") && table.contains("מקור: Facebook ad"),
        "{table}"
    );
    desk.set_config("user = \"Dana\"\nregion = \"IL\"\nlanguage = \"hu\"\n");
    let shown = desk.text(&["campaign", "show", "Spring"]);
    assert!(
        shown.contains("Kész: 1 / 2") && shown.contains("forrás: Facebook ad"),
        "{shown}"
    );
    let err = desk.refuses(&["campaign", "done", "Spring", "Szabó Ödön"], 4);
    assert!(err.contains("nincs benne"), "{err}");
}
