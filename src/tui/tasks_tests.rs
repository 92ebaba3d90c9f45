//! The Tasks screen's actions, on hand-made agendas: no terminal, no store.

use super::*;
use crate::domain::Task;
use crate::tui::actions::NO_TASK;
use crate::tui::app::update;
use crate::tui::fixtures::{now, state};
use chrono::Duration;

fn entry(id: &str, title: &str, contact: &str, owner: Option<&str>, hours: i64) -> AgendaEntry {
    AgendaEntry {
        group: Group::Today,
        task: Task {
            id: id.into(),
            contact_id: format!("c-{id}"),
            title: title.into(),
            due_at: now() + Duration::hours(hours),
            done_at: None,
            owner: owner.map(String::from),
            created_at: now() - Duration::days(1),
        },
        contact_name: contact.into(),
    }
}

/// The fixture's agenda, earliest first: one overdue, two today (Tuesday 09:00 UTC
/// now), one this week, one later.
fn agenda() -> Vec<AgendaEntry> {
    vec![
        entry("1", "Try calling again", "מיכל כהן", Some("Yossi"), -2),
        entry(
            "2",
            "Call about the countertop",
            "Noa Levi",
            Some("Dana"),
            2,
        ),
        entry("3", "Send the quote", "Szabó Ödön", None, 5),
        entry(
            "4",
            "Send the re-order quote",
            "James Walker",
            Some("dana"),
            30,
        ),
        entry(
            "5",
            "Check the budget",
            "Nagy Réka",
            Some("Eszter"),
            24 * 90,
        ),
    ]
}

/// The desk on the Tasks screen with `agenda` loaded, as the runtime loads it.
fn on_tasks(agenda: Vec<AgendaEntry>) -> State {
    let mut s = state();
    let effects = update(&mut s, Action::GoTo(Tab::Tasks));
    assert!(effects.contains(&Effect::LoadAgenda), "{effects:?}");
    update(&mut s, Action::AgendaLoaded(agenda));
    s
}

fn titles(s: &State) -> Vec<String> {
    (0..s.tasks.len())
        .filter_map(|row| s.tasks.row(row))
        .map(|e| e.task.title.clone())
        .collect()
}

fn form(s: &State) -> &Form {
    match &s.overlay {
        Some(Overlay::Form(form)) => form,
        other => panic!("no form: {other:?}"),
    }
}

fn type_text(s: &mut State, text: &str) {
    for c in text.chars() {
        update(s, Action::Input(c));
    }
}

#[test]
fn entering_the_screen_loads_the_agenda_once_a_visit() {
    let mut s = on_tasks(agenda());
    assert!(!update(&mut s, Action::Down).contains(&Effect::LoadAgenda));
    update(&mut s, Action::GoTo(Tab::Inbox));
    let effects = update(&mut s, Action::NextTab);
    assert!(!effects.contains(&Effect::LoadAgenda), "on the Timeline");
    update(&mut s, Action::GoTo(Tab::Tasks));
    assert_eq!(s.tasks.selected(), 1, "the selection keeps its place");
    let mut s = state();
    for _ in 0..4 {
        update(&mut s, Action::NextTab);
    }
    assert_eq!(s.tab, Tab::Tasks, "after the Score");
}

#[test]
fn the_agenda_falls_into_its_groups_by_the_clock() {
    let s = on_tasks(agenda());
    let bounds = Bounds::at(now().with_timezone(&s.tz));
    let groups = s.tasks.groups(&bounds);
    assert_eq!(
        groups,
        [
            (Group::Overdue, 0..1),
            (Group::Today, 1..3),
            (Group::ThisWeek, 3..4),
            (Group::Later, 4..5),
        ]
    );
    // Three hours on, the countertop call is overdue without a reload.
    let later = Bounds::at((now() + Duration::hours(3)).with_timezone(&s.tz));
    assert_eq!(s.tasks.groups(&later)[0], (Group::Overdue, 0..2));
}

#[test]
fn x_marks_the_selected_task_done_through_a_save() {
    let mut s = on_tasks(agenda());
    update(&mut s, Action::Down);
    let effects = update(&mut s, Action::MarkDone);
    assert_eq!(
        effects,
        [Effect::CompleteTask(TaskRef {
            id: "2".into(),
            title: "Call about the countertop".into(),
            contact_id: "c-2".into(),
            contact_name: "Noa Levi".into(),
            due_at: now() + Duration::hours(2),
        })]
    );
    // The save lands: the agenda is loaded again, and the next task is selected.
    let effects = update(
        &mut s,
        Action::Saved {
            message: "Done: Call about the countertop (Noa Levi)".into(),
            contact_id: "c-2".into(),
        },
    );
    assert!(effects.contains(&Effect::LoadAgenda), "{effects:?}");
    let mut rest = agenda();
    rest.remove(1);
    update(&mut s, Action::AgendaLoaded(rest));
    assert_eq!(s.tasks.row(s.tasks.selected()).unwrap().task.id, "3");
    assert_eq!(
        s.message.as_deref(),
        Some("Done: Call about the countertop (Noa Levi)")
    );
}

#[test]
fn with_no_task_the_task_keys_refuse_and_say_why() {
    let mut s = on_tasks(Vec::new());
    for action in [Action::MarkDone, Action::Snooze, Action::Open] {
        s.message = None;
        assert_eq!(update(&mut s, action.clone()), [], "{action:?}");
        assert_eq!(s.message.as_deref(), Some(NO_TASK), "{action:?}");
        assert!(s.overlay.is_none());
    }
    assert_eq!(s.tab, Tab::Tasks);
    // Elsewhere the task keys have no task to act on either.
    let mut inbox = state();
    update(&mut inbox, Action::MarkDone);
    assert_eq!(inbox.message.as_deref(), Some(NO_TASK));
}

#[test]
fn enter_opens_the_tasks_contact_on_the_timeline() {
    let mut s = on_tasks(agenda());
    let effects = update(&mut s, Action::Open);
    assert_eq!(s.tab, Tab::Timeline);
    assert!(
        effects.contains(&Effect::LoadContact("c-1".into())),
        "{effects:?}"
    );
}

#[test]
fn logging_keys_act_on_the_selected_tasks_contact() {
    let mut s = on_tasks(agenda());
    assert_eq!(
        s.current_contact(),
        Some(("c-1".to_string(), "מיכל כהן".to_string()))
    );
    update(&mut s, Action::AddTask);
    assert_eq!(form(&s).contact_id.as_deref(), Some("c-1"));
}

#[test]
fn s_offers_the_usual_times_and_snoozes_to_the_one_picked() {
    let mut s = on_tasks(agenda());
    update(&mut s, Action::Snooze);
    let field = &form(&s).fields[0];
    assert_eq!(
        field.choices,
        [
            "in an hour · Tue 10:00",
            "tomorrow morning · Wed 09:00",
            "next week · Mon 09:00"
        ]
    );
    assert_eq!(form(&s).title(), "Snooze: Try calling again (מיכל כהן)");
    update(&mut s, Action::Down);
    update(&mut s, Action::Down);
    let effects = update(&mut s, Action::Save);
    let [
        Effect::SnoozeTask {
            task,
            due_at,
            due_label,
        },
    ] = &effects[..]
    else {
        panic!("{effects:?}");
    };
    assert_eq!(task.id, "1");
    assert_eq!(*due_at, now() + Duration::hours(24));
    assert_eq!(due_label, "tomorrow 09:00");
    // The dialog stays until the save lands, to show a refusal.
    assert!(s.overlay.is_some());
}

#[test]
fn s_takes_a_time_typed_and_refuses_what_it_cannot_read() {
    let mut s = on_tasks(agenda());
    update(&mut s, Action::Snooze);
    for (typed, said) in [
        ("next friday 10:30", "Fri 10:30"),
        ("15.12. 9:00", "15 Dec 09:00"),
        ("Tomorrow Morning", "tomorrow 09:00"), // a choice's label alone
    ] {
        update(&mut s, Action::ClearField);
        type_text(&mut s, typed);
        let effects = update(&mut s, Action::Save);
        assert!(
            matches!(&effects[..], [Effect::SnoozeTask { due_label, .. }] if due_label == said),
            "{typed}: {effects:?}"
        );
    }
    for (typed, problem) in [
        ("", "pick a time"),
        ("someday", "cannot read the time"),
        ("yesterday 10:00", "is past"),
    ] {
        update(&mut s, Action::ClearField);
        type_text(&mut s, typed);
        assert_eq!(update(&mut s, Action::Save), [], "{typed}");
        let error = form(&s).error.clone().unwrap_or_default();
        assert!(
            error.starts_with("To: ") && error.contains(problem),
            "{error}"
        );
    }
}

#[test]
fn a_snooze_never_moves_a_task_earlier_than_it_is_due() {
    // The re-order quote is due tomorrow (Wednesday) 15:00.
    let mut s = on_tasks(agenda());
    for _ in 0..3 {
        update(&mut s, Action::Down);
    }
    update(&mut s, Action::Snooze);
    assert_eq!(
        form(&s).title(),
        "Snooze: Send the re-order quote (James Walker)"
    );
    assert_eq!(form(&s).fields[0].choices, ["next week · Mon 09:00"]);
    for typed in ["tomorrow morning", "tomorrow 09:00", "in 2 hours"] {
        update(&mut s, Action::ClearField);
        type_text(&mut s, typed);
        assert_eq!(update(&mut s, Action::Save), [], "{typed}");
        assert_eq!(
            form(&s).error.as_deref(),
            Some("To: That is earlier than it is due (tomorrow 15:00); pick a later time"),
            "{typed}"
        );
    }
    update(&mut s, Action::ClearField);
    type_text(&mut s, "tomorrow 16:00");
    let effects = update(&mut s, Action::Save);
    assert!(
        matches!(&effects[..], [Effect::SnoozeTask { due_label, .. }] if due_label == "tomorrow 16:00"),
        "{effects:?}"
    );
}

#[test]
fn m_shows_my_tasks_whatever_the_case_and_again_everyones() {
    let mut s = on_tasks(agenda());
    update(&mut s, Action::Down);
    update(&mut s, Action::ToggleMine);
    assert_eq!(s.tasks.filter, OwnerFilter::Mine);
    assert_eq!(
        titles(&s),
        ["Call about the countertop", "Send the re-order quote"]
    );
    assert_eq!(s.tasks.selected(), 0);
    update(&mut s, Action::ToggleMine);
    assert_eq!(s.tasks.filter, OwnerFilter::Everyone);
    assert_eq!(titles(&s).len(), 5);
}

#[test]
fn o_picks_an_owner_among_those_with_tasks() {
    let mut s = on_tasks(agenda());
    update(&mut s, Action::PickOwner);
    assert_eq!(
        form(&s).fields[0].choices,
        ["everyone", "Dana", "Eszter", "Yossi"]
    );
    type_text(&mut s, "yos");
    update(&mut s, Action::Down);
    assert_eq!(update(&mut s, Action::Save), []);
    assert!(s.overlay.is_none());
    assert_eq!(s.tasks.filter, OwnerFilter::Owner("Yossi".into()));
    assert_eq!(titles(&s), ["Try calling again"]);
    assert_eq!(s.tasks.filter.title(), "Owner: Yossi");

    update(&mut s, Action::PickOwner);
    type_text(&mut s, "dana");
    update(&mut s, Action::Save);
    assert_eq!(s.tasks.filter, OwnerFilter::Mine, "the desk user is Mine");

    update(&mut s, Action::PickOwner);
    type_text(&mut s, "Zoltán");
    update(&mut s, Action::Save);
    let error = form(&s).error.clone().unwrap_or_default();
    assert!(error.contains("\"Zoltán\""), "{error}");
    update(&mut s, Action::ClearField);
    type_text(&mut s, "everyone");
    update(&mut s, Action::Save);
    assert_eq!(s.tasks.filter, OwnerFilter::Everyone);
}

#[test]
fn a_filter_keeps_across_reloads() {
    let mut s = on_tasks(agenda());
    update(&mut s, Action::ToggleMine);
    update(&mut s, Action::AgendaLoaded(agenda()));
    assert_eq!(titles(&s).len(), 2);
}

#[test]
fn due_times_are_said_from_today() {
    let tz = FixedOffset::east_opt(2 * 3600).unwrap();
    let at = |hours: i64| due_label(now() + Duration::hours(hours), now(), tz);
    // now() is Tuesday 12 March 2024, 11:00 at UTC+2.
    assert_eq!(at(0), "today 11:00");
    assert_eq!(at(-12), "yesterday 23:00");
    assert_eq!(at(22), "tomorrow 09:00");
    assert_eq!(at(-48), "Sun 11:00");
    assert_eq!(at(24 * 4), "Sat 11:00");
    assert_eq!(at(24 * 90), "10 Jun 11:00");
    assert_eq!(at(24 * 300), "06/01/2025 11:00");
    // In the user's language and region.
    let _hu = crate::i18n::scoped(crate::i18n::Lang::Hu);
    assert_eq!(at(24 * 4), "Szo 11:00");
    assert_eq!(at(24 * 90), "jún. 10. 11:00");
    assert_eq!(at(24 * 300), "2025. 01. 06. 11:00");
    let _he = crate::i18n::scoped(crate::i18n::Lang::He);
    assert_eq!(at(24 * 4), "שבת 11:00");
    assert_eq!(at(24 * 90), "10 ביוני 11:00");
    let _en = crate::i18n::scoped(crate::i18n::Lang::En);
    let _us = crate::i18n::format::scoped_region(crate::domain::phone::Region::US);
    assert_eq!(at(24 * 90), "Jun 10 11:00");
    assert_eq!(at(24 * 300), "01/06/2025 11:00");
}
