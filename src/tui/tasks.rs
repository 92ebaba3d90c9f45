//! The Tasks screen: every contact's open follow-ups as the day's agenda (overdue,
//! today, this week, later), filtered to mine or to one owner, and what its keys do:
//! mark done, snooze, pick an owner. Drawing is `screens::tasks`.
//!
//! The agenda is loaded whole when the screen is entered and after saves made on it;
//! the filters work on what was loaded, so no key reads the file. Groups are not
//! stored with the rows: the list is sorted by due time, so each group's rows are
//! found by a binary search against `now` whenever they are drawn, and a task that
//! falls due while the screen is open moves to Overdue without a reload.

use super::actions::NO_TASK;
use super::app::{Action, Effect, Overlay, State, Tab};
use super::forms::{Field, Form, FormKind};
use crate::domain::agenda::{AgendaEntry, Bounds, Group, snooze_choices};
use crate::domain::text::{clean_line, fold};
use crate::domain::when::parse_when;
use chrono::{DateTime, Datelike, FixedOffset, Utc};
use std::ops::Range;

/// What the snooze dialog's field offers besides its choices.
const SNOOZE_HINT: &str =
    "↑/↓: in an hour, tomorrow morning, next week; or type a time (next friday, 15.12. 9:00)";
/// The owner dialog's choice that shows every owner's follow-ups.
const EVERYONE: &str = "everyone";

/// Whose follow-ups the screen shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum OwnerFilter {
    #[default]
    Everyone,
    /// The desk user's.
    Mine,
    Owner(String),
}

impl OwnerFilter {
    /// How the screen's title says it.
    pub fn title(&self) -> String {
        match self {
            // Laid out here, as drawn: an owner's name is outside text.
            OwnerFilter::Everyone => super::bidi::label(&crate::t!("tasks-everyone")),
            OwnerFilter::Mine => super::bidi::label(&crate::t!("tasks-mine")),
            OwnerFilter::Owner(owner) => {
                super::bidi::label(&crate::t!("tasks-owner", owner = clean_line(owner)))
            }
        }
    }

    fn keeps(&self, owner: Option<&str>, user: &str) -> bool {
        let wanted = match self {
            OwnerFilter::Everyone => return true,
            OwnerFilter::Mine => user,
            OwnerFilter::Owner(owner) => owner,
        };
        owner.is_some_and(|owner| fold(owner) == fold(wanted))
    }
}

/// A follow-up a write acts on, with what the status line names it by.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskRef {
    pub id: String,
    pub title: String,
    pub contact_id: String,
    pub contact_name: String,
    /// When it is due now: a snooze never moves it earlier.
    pub due_at: DateTime<Utc>,
}

impl TaskRef {
    fn of(entry: &AgendaEntry) -> TaskRef {
        TaskRef {
            id: entry.task.id.clone(),
            title: entry.task.title.clone(),
            contact_id: entry.task.contact_id.clone(),
            contact_name: entry.contact_name.clone(),
            due_at: entry.task.due_at,
        }
    }
}

/// What the Tasks screen holds between frames.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TasksScreen {
    /// Every open follow-up as last loaded, earliest due first.
    entries: Vec<AgendaEntry>,
    /// The positions in `entries` the filter keeps, in the same order.
    shown: Vec<usize>,
    /// The selected row among `shown`.
    pub(crate) selected: usize,
    pub filter: OwnerFilter,
    /// The owners the loaded follow-ups have, and the desk user: the owner dialog's
    /// choices, folded apart once per load rather than on a key.
    owners: Vec<String>,
    /// The task the open snooze dialog moves: the list may reload under the dialog.
    snoozing: Option<TaskRef>,
    /// The screen was on show after the last action: entering it again loads anew.
    on_screen: bool,
}

impl TasksScreen {
    /// How many follow-ups the filter keeps.
    pub fn len(&self) -> usize {
        self.shown.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    /// Whether no follow-up at all is open, whoever owns it.
    pub fn none_open(&self) -> bool {
        self.entries.is_empty()
    }

    /// The `row`-th follow-up the filter keeps.
    pub fn row(&self, row: usize) -> Option<&AgendaEntry> {
        self.entries.get(*self.shown.get(row)?)
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The rows of each group, in the agenda's order: ranges of `row` numbers,
    /// empty for a group with nothing in it.
    pub fn groups(&self, bounds: &Bounds) -> [(Group, Range<usize>); 4] {
        let due = |row: &usize| self.entries[*row].task.due_at;
        let end = |group: Group| match bounds.end_of(group) {
            Some(end) => self.shown.partition_point(|row| due(row) < end),
            None => self.shown.len(),
        };
        let mut start = 0;
        Group::ALL.map(|group| {
            let rows = start..end(group).max(start);
            start = rows.end;
            (group, rows)
        })
    }

    /// Takes a freshly loaded agenda; the selection keeps its place, so that the
    /// task after one just done is selected next.
    fn loaded(&mut self, entries: Vec<AgendaEntry>, user: &str) {
        self.entries = entries;
        let mut owners: Vec<String> = std::iter::once(user)
            .chain(self.entries.iter().filter_map(|e| e.task.owner.as_deref()))
            .map(clean_line)
            .filter(|owner| !owner.is_empty())
            .collect();
        owners.sort_by_key(|owner| fold(owner));
        owners.dedup_by_key(|owner| fold(owner));
        self.owners = owners;
        self.refilter(user);
    }

    fn refilter(&mut self, user: &str) {
        let filter = &self.filter;
        self.shown = (self.entries.iter().enumerate())
            .filter(|(_, e)| filter.keeps(e.task.owner.as_deref(), user))
            .map(|(index, _)| index)
            .collect();
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }

    fn set_filter(&mut self, filter: OwnerFilter, user: &str) {
        self.filter = filter;
        self.selected = 0;
        self.refilter(user);
    }
}

/// The selected follow-up, when the Tasks screen is the one on show.
pub(crate) fn selected(state: &State) -> Option<&AgendaEntry> {
    (state.tab == Tab::Tasks)
        .then(|| state.tasks.row(state.tasks.selected))
        .flatten()
}

/// The agenda to load now: on entering the screen. Called after every action.
pub(crate) fn agenda_wanted(state: &mut State) -> Option<Effect> {
    let here = state.tab == Tab::Tasks;
    let entering = here && !state.tasks.on_screen;
    state.tasks.on_screen = here;
    entering.then_some(Effect::LoadAgenda)
}

/// The agenda again after a save or a reload, when it is on show.
pub(crate) fn reload(state: &State) -> Option<Effect> {
    (state.tab == Tab::Tasks).then_some(Effect::LoadAgenda)
}

/// What the screen's keys do; None for actions it leaves to the rest of the desk.
/// Called once `Action::available` has let the action through.
pub(crate) fn update(state: &mut State, action: &Action) -> Option<Vec<Effect>> {
    let effects = match action {
        Action::MarkDone => {
            let task = selected(state).map(TaskRef::of);
            task.map(Effect::CompleteTask).into_iter().collect()
        }
        Action::Snooze => {
            if let Some(entry) = selected(state) {
                let task = TaskRef::of(entry);
                let form = snooze_form(&task, state.now, state.tz);
                state.tasks.snoozing = Some(task);
                state.overlay = Some(Overlay::Form(form));
            }
            Vec::new()
        }
        Action::ToggleMine => {
            let filter = match state.tasks.filter {
                OwnerFilter::Mine => OwnerFilter::Everyone,
                _ => OwnerFilter::Mine,
            };
            state.tasks.set_filter(filter, &state.user);
            Vec::new()
        }
        Action::PickOwner => {
            state.overlay = Some(Overlay::Form(owner_form(&state.tasks.owners)));
            Vec::new()
        }
        _ => return None,
    };
    Some(effects)
}

/// Takes a loaded agenda.
pub(crate) fn on_loaded(state: &mut State, entries: Vec<AgendaEntry>) {
    state.tasks.loaded(entries, &state.user);
}

/// Save (or Enter) in one of the screen's dialogs: the snooze becomes a write; the
/// owner becomes the filter. What cannot be read stays in the dialog, said why.
pub(crate) fn on_dialog_save(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &mut state.overlay else {
        return Vec::new();
    };
    let outcome = match form.kind {
        FormKind::Snooze => {
            let task = state.tasks.snoozing.clone();
            let due_at = snooze_target(form.value("To"), task.as_ref(), state.now, state.tz);
            match (due_at, task) {
                (Ok(due_at), Some(task)) => {
                    let due_label = due_label(due_at, state.now, state.tz);
                    return vec![Effect::SnoozeTask {
                        task,
                        due_at,
                        due_label,
                    }];
                }
                (Err(problem), _) => Err(format!("To: {problem}")),
                (_, None) => Err(NO_TASK.to_string()),
            }
        }
        _ => owner_filter(form.value("Owner"), &state.tasks.owners, &state.user),
    };
    match outcome {
        Ok(filter) => {
            state.overlay = None;
            state.tasks.set_filter(filter, &state.user);
        }
        Err(problem) => form.error = Some(problem),
    }
    Vec::new()
}

/// The snooze dialog: the usual times as choices, or a time typed.
fn snooze_form(task: &TaskRef, now: DateTime<Utc>, tz: FixedOffset) -> Form {
    // A choice before the task is due would bring it forward, not snooze it.
    let choices: Vec<String> = snooze_choices(now.with_timezone(&tz))
        .into_iter()
        .filter(|(_, at)| *at > task.due_at)
        .map(|(label, at)| choice_text(label, at, tz))
        .collect();
    let mut form = Form::for_contact(FormKind::Snooze, &task.contact_id, &task.contact_name);
    // The title names the task as well as whose it is (a deal's form does the same).
    form.contact_name = format!("{} ({})", task.title, task.contact_name);
    form.fields = vec![Field::new("To", "", SNOOZE_HINT).with_choices(&choices)];
    form
}

/// A snooze choice as the dialog offers it: "tomorrow morning · Wed 09:00".
fn choice_text(label: &str, at: DateTime<Utc>, tz: FixedOffset) -> String {
    let at = at.with_timezone(&tz);
    let day = crate::i18n::format::weekday(at.weekday());
    let label = said_when(label);
    format!("{label} · {day} {}", crate::i18n::format::time(&at))
}

/// A snooze choice's words in the user's language ("in an hour": "egy óra múlva").
fn said_when(label: &str) -> String {
    crate::i18n::named("said-when", label).unwrap_or_else(|| label.to_string())
}

/// The time the snooze dialog's field names: one of its choices (whole, or by its
/// label alone), or a time typed as the forms read them; never one already past,
/// nor one earlier than `task` is due.
fn snooze_target(
    value: &str,
    task: Option<&TaskRef>,
    now: DateTime<Utc>,
    tz: FixedOffset,
) -> Result<DateTime<Utc>, String> {
    let wanted = fold(value);
    if wanted.is_empty() {
        return Err(crate::t!(
            "desk-snooze-pick",
            hint = crate::i18n::from_english(SNOOZE_HINT)
        ));
    }
    let chosen = snooze_choices(now.with_timezone(&tz))
        .into_iter()
        .find(|(label, at)| {
            fold(label) == wanted
                || fold(&said_when(label)) == wanted
                || fold(&choice_text(label, *at, tz)) == wanted
        });
    let due_at = match chosen {
        Some((_, at)) => at,
        None => parse_when(value, now.with_timezone(&tz))?,
    };
    if due_at < now {
        return Err(crate::t!("desk-snooze-past", typed = clean_line(value)));
    }
    if let Some(task) = task.filter(|task| due_at < task.due_at) {
        return Err(crate::t!(
            "desk-snooze-earlier",
            due = due_label(task.due_at, now, tz)
        ));
    }
    Ok(due_at)
}

/// The owner dialog: everyone, or one of the owners the loaded follow-ups have
/// (typing narrows them).
fn owner_form(owners: &[String]) -> Form {
    let mut form = Form::for_contact(FormKind::TaskOwner, "", "");
    // Built through for_contact so that what a form gains later keeps its default;
    // the filter concerns no contact.
    form.contact_id = None;
    let choices = std::iter::once(super::field_words::choice_word(EVERYONE))
        .chain(super::field_words::as_typed(owners))
        .collect();
    let mut field = Field::new("Owner", "", "type to narrow, ↑/↓ to pick").with_words(choices);
    field.filters_choices = true;
    form.fields = vec![field];
    form
}

/// The filter the owner dialog's value names: everyone (or nothing typed), the desk
/// user's own, or an owner the list knows, spelt as the list spells it.
fn owner_filter(value: &str, owners: &[String], user: &str) -> Result<OwnerFilter, String> {
    let wanted = fold(value);
    if wanted.is_empty() || wanted == EVERYONE {
        return Ok(OwnerFilter::Everyone);
    }
    if wanted == fold(user) {
        return Ok(OwnerFilter::Mine);
    }
    owners
        .iter()
        .find(|owner| fold(owner) == wanted)
        .map(|owner| OwnerFilter::Owner(owner.clone()))
        .ok_or_else(|| crate::t!("desk-owner-has-no-follow-up", typed = clean_line(value)))
}

/// When a follow-up is due, said from `now` in `tz`: "today 14:30", "tomorrow
/// 09:00", "yesterday 17:00", a weekday within six days either way ("Fri 10:00"),
/// else the day and month ("10 Jun 09:00"), or the whole date when it is another
/// year's ("10/06/2027 09:00"), in the user's forms (`i18n::format`).
pub fn due_label(due: DateTime<Utc>, now: DateTime<Utc>, tz: FixedOffset) -> String {
    let (due, now) = (due.with_timezone(&tz), now.with_timezone(&tz));
    let day = match (due.date_naive() - now.date_naive()).num_days() {
        0 => crate::t!("day-today"),
        1 => crate::t!("day-tomorrow"),
        -1 => crate::t!("day-yesterday"),
        -6..=6 => crate::i18n::format::weekday(due.weekday()).to_string(),
        _ if due.year() == now.year() => crate::i18n::format::day_month(due.date_naive()),
        _ => crate::i18n::format::date(due.date_naive()),
    };
    format!("{day} {}", crate::i18n::format::time(&due))
}

#[cfg(test)]
#[path = "tasks_tests.rs"]
mod tests;
