//! The three decisions and the names the command line is given, as a day of use met
//! them (issue 25): nurture with a reason and a date to come back, a second deal
//! asked about, several contacts or deals a name fits told apart, a snooze never
//! moving a task earlier, and a close date typed as a follow-up's day is.

use crate::common::{Desk, timeline_texts};
use leadometer::tui::app::Action;

fn add(desk: &Desk, name: &str, phone: &str) -> String {
    desk.json(&["add", "--name", name, "--phone", phone])["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn nurture_takes_a_reason_and_a_day_to_come_back_as_a_follow_up() {
    let desk = Desk::new();
    desk.noa();
    let nurtured = desk.json(&[
        "triage",
        "Noa Levi",
        "nurture",
        "--reason",
        "no budget yet",
        "--back-on",
        "next friday 10:00",
    ]);
    assert_eq!(nurtured["status"], "nurturing");
    assert_eq!(nurtured["nurture_reason"], "no budget yet");
    assert_eq!(
        nurtured["task"]["title"],
        "Come back to Noa Levi: no budget yet"
    );
    assert_eq!(nurtured["task"]["due_at"], "2024-03-15T10:00:00+00:00");

    let shown = desk.json(&["show", "Noa Levi"]);
    assert!(
        timeline_texts(&shown).contains(&"nurture: no budget yet (by Dana)".to_string()),
        "{shown}"
    );
    let tasks = desk.json(&["task", "list"]);
    assert_eq!(tasks[0]["title"], "Come back to Noa Levi: no budget yet");
    // Noa has no owner: the follow-up is Dana's, who nurtured her.
    assert_eq!(shown["contact"]["owner"], serde_json::Value::Null);
    assert_eq!(tasks[0]["owner"], "Dana");

    // Neither is needed; a past day or a day with another decision is refused.
    let plain = desk.json(&["triage", "Noa Levi", "nurture"]);
    assert_eq!(plain["task"], serde_json::Value::Null);
    let err = desk.refuses(
        &["triage", "Noa Levi", "nurture", "--back-on", "yesterday"],
        4,
    );
    assert!(err.contains("--back-on: that is past"), "{err}");
    let err = desk.refuses(
        &[
            "triage",
            "Noa Levi",
            "drop",
            "--reason",
            "x",
            "--back-on",
            "friday",
        ],
        4,
    );
    assert!(err.contains("--back-on goes with nurture"), "{err}");
}

#[test]
fn converting_a_contact_with_an_open_deal_asks_for_another_deal_by_name() {
    let desk = Desk::new();
    desk.noa();
    desk.json(&[
        "triage",
        "Noa Levi",
        "convert",
        "--title",
        "Website redesign",
        "--amount",
        "12000",
    ]);
    let err = desk.refuses(&["triage", "Noa Levi", "convert"], 4);
    assert!(
        err.contains(
            "Noa Levi already has the open deal \"Website redesign\" (12000.00 ILS, Call)"
        ) && err.contains("--another-deal"),
        "{err}"
    );
    let again = desk.json(&["triage", "Noa Levi", "convert", "--another-deal"]);
    assert_eq!(again["deals"].as_array().unwrap().len(), 2);
}

#[test]
fn a_first_name_two_contacts_share_lists_them_and_an_unknown_one_stays_unknown() {
    let desk = Desk::new();
    let cohen = add(&desk, "Avi Cohen", "054-111-2233");
    let levi = add(&desk, "Avi Levi", "054-444-5566");
    add(&desk, "Noa Avital", "054-777-8899");
    let err = desk.refuses(&["log", "call", "Avi"], 4);
    assert!(
        err.contains("\"Avi\" matches 2 contacts; say which one by id, phone or email:"),
        "{err}"
    );
    assert!(err.contains(&cohen) && err.contains(&levi), "{err}");
    assert!(
        err.contains("Avi Cohen  +972541112233") && err.contains("Avi Levi"),
        "{err}"
    );
    assert!(
        !err.contains("Noa Avital") && !err.contains("no contact"),
        "{err}"
    );

    // Part of a word, when no name has the word whole.
    let err = desk.refuses(&["log", "call", "Av"], 4);
    assert!(err.contains("\"Av\" matches 3 contacts"), "{err}");

    let err = desk.refuses(&["log", "call", "Zohar"], 3);
    assert!(err.contains("no contact matches \"Zohar\""), "{err}");

    // A part only one name holds is named, but not taken for the whole name.
    let err = desk.refuses(&["log", "call", "Cohen"], 4);
    assert!(
        err.contains(
            "\"Cohen\" is only part of a name; give the whole name, a phone, an email or the id"
        ),
        "{err}"
    );
    assert!(err.contains("Avi Cohen  +972541112233 · id "), "{err}");
}

#[test]
fn a_title_two_deals_share_names_the_deals_and_how_to_tell_them_apart() {
    let desk = Desk::new();
    add(&desk, "Avi Cohen", "054-111-2233");
    add(&desk, "Noa Levi", "054-444-5566");
    let first = desk.json(&[
        "deal",
        "add",
        "Avi Cohen",
        "--title",
        "Website",
        "--amount",
        "5000",
    ]);
    let second = desk.json(&["deal", "add", "Noa Levi", "--title", "Website"]);
    for args in [
        &["deal", "lost", "Website", "--reason", "price"][..],
        &["deal", "move", "Website", "Won"][..],
        &["deal", "edit", "Website", "--amount", "1"][..],
    ] {
        let err = desk.refuses(args, 4);
        assert!(
            err.contains("\"Website\" matches 2 deals; give the id of the one you mean:")
                && !err.contains("contacts"),
            "{args:?}: {err}"
        );
        for (deal, contact) in [(&first, "Avi Cohen"), (&second, "Noa Levi")] {
            assert!(
                err.contains(deal["id"].as_str().unwrap()) && err.contains(contact),
                "{err}"
            );
        }
        assert!(err.contains("5000.00 ILS"), "{err}");
    }
}

#[test]
fn a_snooze_to_before_the_task_is_due_is_refused() {
    let desk = Desk::new();
    desk.noa();
    desk.json(&[
        "task",
        "add",
        "Noa Levi",
        "--title",
        "Send the quote",
        "--due",
        "tomorrow 15:00",
    ]);
    let err = desk.refuses(
        &["task", "snooze", "Send the quote", "--to", "tomorrow 09:00"],
        4,
    );
    assert!(
        err.contains("is earlier than the task is due (Wed 13/03/2024 15:00); pick a later time"),
        "{err}"
    );
    let later = desk.json(&["task", "snooze", "Send the quote", "--to", "tomorrow 16:00"]);
    assert_eq!(later["due_at"], "2024-03-13T16:00:00+00:00");
}

#[test]
fn a_close_date_takes_the_day_words_a_follow_up_does() {
    let desk = Desk::new();
    desk.noa();
    let deal = desk.json(&[
        "deal",
        "add",
        "Noa Levi",
        "--title",
        "Kitchen",
        "--close-date",
        "in 2 weeks",
    ]);
    assert_eq!(deal["close_date"], "2024-03-26");
    let edited = desk.json(&["deal", "edit", "Kitchen", "--close-date", "next friday"]);
    assert_eq!(edited["close_date"], "2024-03-15");
    let edited = desk.json(&["deal", "edit", "Kitchen", "--close-date", "2024-05-01"]);
    assert_eq!(edited["close_date"], "2024-05-01");
    let err = desk.refuses(&["deal", "edit", "Kitchen", "--close-date", "soonish"], 4);
    assert!(
        err.contains("--close-date \"soonish\" is not a date"),
        "{err}"
    );
}

#[test]
fn nurture_dialog() {
    crate::screens::Desk::demo()
        .act(Action::Nurture)
        .act(Action::Down)
        .act(Action::NextField)
        .type_text("in 3 weeks")
        .snapshot("nurture");
}

#[test]
fn convert_dialog_asking_about_the_open_deal() {
    let mut desk = crate::screens::Desk::demo();
    desk.open_noa().act(Action::Convert).act(Action::Save);
    desk.snapshot("convert_asks_about_the_open_deal");
}
