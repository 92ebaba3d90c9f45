//! `task list`, `task done` and `task snooze`: the agenda in its groups, tasks named
//! by number, title or id, and the due dates people type. NOW is Tuesday 12 March
//! 2024, 09:00 UTC, and the desk's clock face is UTC.

use crate::common::Desk;
use serde_json::Value;

/// A desk with Noa (owner Dana) and Ödön (owner Avi), and five open follow-ups: one
/// overdue, one today, one this week and two later.
fn desk_with_tasks() -> Desk {
    let desk = Desk::new();
    desk.noa();
    desk.json(&["add", "--name", "Szabó Ödön", "--phone", "+36301234567"]);
    for (who, title, due, owner) in [
        ("Noa Levi", "Send the quote", "yesterday 10:00", "Dana"),
        ("Noa Levi", "Call back", "14:00", "Dana"),
        ("Szabó Ödön", "Call back", "friday 10:00", "Avi"),
        ("Noa Levi", "Visit the site", "dec 15 10:00", "Dana"),
        ("Szabó Ödön", "Árajánlat", "in 2 weeks", "Avi"),
    ] {
        let args = [
            "task", "add", who, "--title", title, "--due", due, "--owner", owner,
        ];
        desk.json(&args);
    }
    desk
}

fn list(desk: &Desk, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["task", "list"];
    args.extend(extra);
    desk.json(&args).as_array().unwrap().clone()
}

fn titles(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|item| {
            format!("{} {} {}", item["index"], item["group"], item["title"]).replace('"', "")
        })
        .collect()
}

#[test]
fn the_list_is_numbered_in_groups_earliest_first() {
    let desk = desk_with_tasks();
    let items = list(&desk, &[]);
    assert_eq!(
        titles(&items),
        [
            "1 overdue Send the quote",
            "2 today Call back",
            "3 this_week Call back",
            "4 later Árajánlat",
            "5 later Visit the site",
        ]
    );
    assert_eq!(items[2]["contact_name"], "Szabó Ödön");
    assert_eq!(items[2]["owner"], "Avi");
    assert_eq!(items[2]["due_at"], "2024-03-15T10:00:00+00:00");
    assert_eq!(items[4]["due_at"], "2024-12-15T10:00:00+00:00");
    assert_eq!(items[3]["due_at"], "2024-03-26T09:00:00+00:00");
    let text = desk.text(&["task", "list"]);
    let headings: Vec<&str> = text
        .lines()
        .filter(|l| l.chars().all(|c| c.is_ascii_uppercase() || c == ' '))
        .collect();
    assert_eq!(
        headings,
        ["OVERDUE", "TODAY", "THIS WEEK", "LATER"],
        "{text}"
    );
}

#[test]
fn filters_by_due_and_owner() {
    let desk = desk_with_tasks();
    assert_eq!(
        titles(&list(&desk, &["--due", "overdue"])),
        ["1 overdue Send the quote"]
    );
    assert_eq!(list(&desk, &["--due", "today"]).len(), 2);
    assert_eq!(list(&desk, &["--due", "week"]).len(), 3);
    assert_eq!(list(&desk, &["--due", "all"]).len(), 5);
    let mine = list(&desk, &["--owner", "me"]);
    assert!(mine.iter().all(|item| item["owner"] == "Dana"), "{mine:?}");
    assert_eq!(mine.len(), 3);
    assert_eq!(
        titles(&list(&desk, &["--owner", "avi", "--due", "week"])),
        ["1 this_week Call back"]
    );
    let text = desk.text(&["task", "list", "--owner", "Nobody", "--due", "today"]);
    assert_eq!(text, "No follow-ups of Nobody due today.\n");
    let err = desk.refuses(&["task", "list", "--due", "soon"], 2);
    assert!(err.contains("soon") && err.contains("overdue"), "{err}");
}

#[test]
fn done_takes_a_number_from_the_last_list_a_title_or_an_id() {
    let desk = desk_with_tasks();
    list(&desk, &[]);
    let done = desk.json(&["task", "done", "2"]);
    assert_eq!(done["title"], "Call back");
    assert_eq!(done["owner"], "Dana");
    assert!(done["done_at"].is_string());
    // The list stays as it was shown: 4 is still Árajánlat, found by number.
    assert_eq!(desk.json(&["task", "done", "4"])["title"], "Árajánlat");
    // A title, ignoring case and accents; a title now unique among open tasks.
    assert_eq!(desk.json(&["task", "done", "call BACK"])["owner"], "Avi");
    let visit = &list(&desk, &[])[1];
    let id = visit["id"].as_str().unwrap();
    assert_eq!(desk.json(&["task", "done", id])["title"], "Visit the site");
    assert_eq!(titles(&list(&desk, &[])), ["1 overdue Send the quote"]);
}

#[test]
fn an_ambiguous_title_is_refused_with_the_numbers_of_each() {
    let desk = desk_with_tasks();
    list(&desk, &[]);
    let err = desk.refuses(&["task", "done", "Call Back"], 4);
    assert!(
        err.contains("2 open tasks are titled \"Call Back\""),
        "{err}"
    );
    assert!(
        err.contains("  2  Tue 12/03/2024 14:00  Call back  Noa Levi  id "),
        "{err}"
    );
    assert!(
        err.contains("  3  Fri 15/03/2024 10:00  Call back  Szabó Ödön  id "),
        "{err}"
    );
    let err = desk.refuses(&["task", "done", "Nothing like it"], 3);
    assert!(
        err.contains("no open task has the title or the id \"Nothing like it\""),
        "{err}"
    );
}

#[test]
fn a_number_is_refused_without_a_list_past_it_or_once_tasks_changed() {
    let desk = desk_with_tasks();
    let err = desk.refuses(&["task", "done", "1"], 4);
    assert!(
        err.contains("no list was shown to Dana") && err.contains("task list"),
        "{err}"
    );
    list(&desk, &["--due", "today"]);
    let err = desk.refuses(&["task", "done", "3"], 3);
    assert!(
        err.contains("numbered 2 tasks; 3 is not one of them"),
        "{err}"
    );
    desk.refuses(&["task", "done", "0"], 3);
    desk.json(&[
        "task", "add", "Noa Levi", "--title", "New", "--due", "10:00",
    ]);
    let err = desk.refuses(&["task", "done", "1"], 4);
    assert!(
        err.contains("changed since the last `leadometer task list`"),
        "{err}"
    );
    assert!(err.contains("run `leadometer task list` again"), "{err}");
    let err = desk.refuses(&["task", "snooze", "1", "--to", "friday"], 4);
    assert!(err.contains("changed since"), "{err}");
    assert_eq!(list(&desk, &["--due", "today"])[1]["title"], "New");
    assert_eq!(desk.json(&["task", "done", "2"])["title"], "New");
}

#[test]
fn snooze_moves_the_due_time() {
    let desk = desk_with_tasks();
    list(&desk, &[]);
    let snoozed = desk.json(&["task", "snooze", "1", "--to", "in 1 hour"]);
    assert_eq!(snoozed["title"], "Send the quote");
    assert_eq!(snoozed["due_at"], "2024-03-12T10:00:00+00:00");
    assert_eq!(
        list(&desk, &["--due", "today"])[0]["title"],
        "Send the quote"
    );
    let snoozed = desk.json(&[
        "task",
        "snooze",
        "send the quote",
        "--to",
        "next friday 09:30",
    ]);
    assert_eq!(snoozed["due_at"], "2024-03-15T09:30:00+00:00");
    // A snooze puts a task off; it never brings it forward.
    let err = desk.refuses(
        &["task", "snooze", "send the quote", "--to", "in 1 hour"],
        4,
    );
    assert!(err.contains("is earlier than the task is due"), "{err}");
    let err = desk.refuses(&["task", "snooze", "1", "--to", "someday"], 4);
    assert!(
        err.contains("--to: cannot read the time \"someday\""),
        "{err}"
    );
    desk.json(&["task", "done", "1"]);
    let err = desk.refuses(&["task", "snooze", "1", "--to", "friday"], 4);
    assert!(err.contains("is done already"), "{err}");
}

#[test]
fn due_dates_as_people_type_them() {
    let desk = Desk::new();
    desk.noa();
    let due = |when: &str| {
        desk.json(&["task", "add", "Noa Levi", "--title", "T", "--due", when])["due_at"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(due("next friday"), "2024-03-15T09:00:00+00:00");
    assert_eq!(due("15.12."), "2024-12-15T00:00:00+00:00");
    assert_eq!(due("15.12.2025 10:00"), "2025-12-15T10:00:00+00:00");
    assert_eq!(
        due("1.3."),
        "2025-03-01T00:00:00+00:00",
        "a past date is next year's"
    );
    assert_eq!(due("dec 15"), "2024-12-15T00:00:00+00:00");
    assert_eq!(due("in 3 days"), "2024-03-15T09:00:00+00:00");
    let err = desk.refuses(
        &["task", "add", "Noa Levi", "--title", "T", "--due", "31.2."],
        4,
    );
    assert!(err.contains("--due: \"31.2.\" is not a date"), "{err}");
    let us = Desk::with_config("user = \"Sam\"\nregion = \"US\"\n[scoring]\nrules = []\n");
    us.noa();
    let task = us.json(&["task", "add", "Noa Levi", "--title", "T", "--due", "12/15"]);
    assert_eq!(task["due_at"], "2024-12-15T00:00:00+00:00");
}

#[test]
fn a_snooze_and_a_done_on_two_copies_both_survive_a_merge() {
    let desk = desk_with_tasks();
    let other = Desk::new();
    let here = desk.db.to_str().unwrap();
    let there = other.db.to_str().unwrap();
    other.json(&["merge", here]);
    let id = list(&desk, &[])[0]["id"].as_str().unwrap().to_string();
    desk.json(&["task", "snooze", &id, "--to", "friday 16:00"]);
    other.json_at("2024-03-12T09:05:00Z", &["task", "done", &id]);
    desk.json_at("2024-03-12T09:10:00Z", &["merge", there]);
    let shown = desk.json(&["show", "Noa Levi"]);
    let task = shown["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|task| task["id"] == id.as_str())
        .unwrap();
    assert_eq!(task["due_at"], "2024-03-15T16:00:00+00:00");
    assert_eq!(task["done_at"], "2024-03-12T09:05:00+00:00");
}
