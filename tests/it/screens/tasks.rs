//! The Tasks screen on the demo data: the agenda in its groups, the keys that close
//! and snooze a follow-up through the store, the filters, a list cut at 80×24, and
//! the screen with nothing open.

use super::*;
use leadometer::domain::Task;
use leadometer::domain::agenda::{Bounds, Group};
use leadometer::tui::tasks::OwnerFilter;

fn char_key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

impl Desk {
    fn tasks(&mut self) -> &mut Desk {
        self.press(char_key('5'))
    }

    /// The open follow-ups' titles, as the store has them.
    fn open_titles(&self) -> Vec<String> {
        let bounds = Bounds::at(now());
        let agenda = self.store.agenda(&bounds, Group::Later, None).unwrap();
        agenda.into_iter().map(|e| e.task.title).collect()
    }

    fn message(&self) -> String {
        self.state.message.clone().unwrap_or_default()
    }
}

#[test]
fn tasks() {
    let mut desk = Desk::demo();
    desk.tasks();
    assert_eq!(desk.state.tab, Tab::Tasks);
    assert_eq!(desk.state.tasks.len(), 4, "the demo's open follow-ups");
    desk.snapshot("tasks");
}

#[test]
fn x_closes_the_selected_task_and_says_so() {
    let mut desk = Desk::demo();
    desk.tasks().press(char_key('x'));
    assert_eq!(desk.message(), "Done: Try calling again (מיכל כהן)");
    assert!(
        !desk
            .open_titles()
            .contains(&"Try calling again".to_string())
    );
    assert_eq!(desk.state.tasks.len(), 3, "the agenda was loaded again");
    desk.snapshot("tasks_done");
}

#[test]
fn s_snoozes_the_selected_task_to_a_time_picked() {
    let mut desk = Desk::demo();
    desk.tasks().press(char_key('s'));
    desk.snapshot("tasks_snooze");
    desk.act(Action::Down).act(Action::Down).act(Action::Save);
    assert_eq!(
        desk.message(),
        "Snoozed to tomorrow 09:00: Try calling again"
    );
    assert!(desk.state.overlay.is_none());
    let first = desk.state.tasks.row(0).unwrap();
    assert_eq!(
        first.task.title, "Call about the countertop",
        "no longer overdue"
    );
}

#[test]
fn o_shows_one_owners_tasks_and_m_mine() {
    let mut desk = Desk::demo();
    desk.tasks().press(char_key('O')).type_text("yos");
    desk.snapshot("tasks_owner");
    desk.act(Action::Down).act(Action::Save);
    assert_eq!(desk.state.tasks.filter, OwnerFilter::Owner("Yossi".into()));
    assert_eq!(desk.state.tasks.len(), 1);
    desk.press(char_key('m'));
    assert_eq!(desk.state.tasks.filter, OwnerFilter::Mine);
    desk.snapshot("tasks_mine");
}

#[test]
fn a_long_agenda_at_80x24_says_how_much_more_there_is() {
    let mut desk = Desk::demo();
    let noa = desk.store.search("Noa Levi", Some(1)).unwrap()[0]
        .contact
        .id
        .clone();
    for hour in 1..=30 {
        let task = Task {
            id: leadometer::store::new_id(),
            contact_id: noa.clone(),
            title: format!("Follow-up number {hour}"),
            due_at: now() + Duration::hours(hour) + Duration::minutes(30),
            done_at: None,
            owner: Some("Dana".into()),
            created_at: now(),
        };
        desk.store.add_task(now(), &task).unwrap();
    }
    desk.tasks();
    for _ in 0..20 {
        desk.act(Action::Down);
    }
    desk.snapshot("tasks_cut");
}

#[test]
fn with_nothing_open_the_screen_says_how_to_add_a_follow_up() {
    let mut desk = Desk::demo();
    let bounds = Bounds::at(now());
    for entry in desk.store.agenda(&bounds, Group::Later, None).unwrap() {
        desk.store.complete_task(now(), &entry.task.id).unwrap();
    }
    desk.tasks();
    desk.snapshot("tasks_empty");
    desk.press(char_key('x'));
    assert_eq!(desk.message(), "No task is selected.");
}
