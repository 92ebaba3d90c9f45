//! `task`: follow-ups, added, listed as the day's agenda, snoozed and marked done.
//!
//! A task is named by its number in the last `task list`, its id, or its title.
//! The list's order is kept in the file per user, and a number is refused once the
//! tasks changed since that list was shown (by a colleague, a sync, another
//! terminal): the number might then mean another task than the one on the screen.
//! `task done` and `task snooze` themselves keep a list that was current so: the
//! numbers on the screen still name the same tasks.

use super::Context;
use super::json::records::TaskJson;
use super::json::work::AgendaItemJson;
use super::output::{print_json, shown, table_lines};
use crate::domain::Task;
use crate::domain::agenda::{AgendaEntry, Bounds, Group};
use crate::domain::text::{clean_line, non_empty};
use crate::domain::when::{DateOrder, parse_when_local_in};
use crate::failure::refused_because;
use crate::store::{LastTaskList, StoreError, new_id};
use anyhow::{Context as _, Result};
use chrono::{DateTime, Local, Utc};
use clap::{Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Add a follow-up for a contact.
    Add {
        /// The contact: an id, a phone, an email or an exact name.
        contact: String,
        /// What to do, e.g. "send the quote".
        #[arg(long)]
        title: String,
        /// When: tomorrow 10:00, friday, next friday 10:00, 15.12., dec 15, in 3 days.
        #[arg(long)]
        due: String,
        /// Who does it ("me" for the configured user; default: the contact's owner).
        #[arg(long)]
        owner: Option<String>,
    },
    /// Every contact's open follow-ups, numbered, in groups: overdue, today, this
    /// week (to Sunday night), later.
    List {
        /// Only those due by then: overdue; today (and overdue); week (to Sunday
        /// night, and all before); all.
        #[arg(long, value_enum, default_value = "all")]
        due: DueBy,
        /// Only this owner's ("me" for the configured user).
        #[arg(long)]
        owner: Option<String>,
    },
    /// Mark a follow-up done. TASK: its number in the last `task list`, its title,
    /// or its id.
    Done {
        /// The task: its number in the last `task list`, its title, or its id.
        task: String,
    },
    /// Move a follow-up to another time. TASK as for `done`.
    Snooze {
        /// The task, as for `done`.
        task: String,
        /// The new time: in 1 hour, tomorrow 09:00, next week, 15.12.
        #[arg(long)]
        to: String,
    },
}

/// How far ahead `task list` looks.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DueBy {
    Overdue,
    Today,
    Week,
    All,
}

impl DueBy {
    /// The last group listed.
    fn through(self) -> Group {
        match self {
            DueBy::Overdue => Group::Overdue,
            DueBy::Today => Group::Today,
            DueBy::Week => Group::ThisWeek,
            DueBy::All => Group::Later,
        }
    }
}

pub fn task(ctx: &mut Context, command: TaskCommand) -> Result<()> {
    let order = DateOrder::of_region(ctx.config.region);
    let task = match command {
        TaskCommand::Add {
            contact,
            title,
            due,
            owner,
        } => {
            let title = clean_line(&title);
            if title.is_empty() {
                crate::refuse!("cli-task-needs-title");
            }
            let due_at = parse_when_local_in(&due, ctx.now, order)
                .map_err(|e| refused_because("--due", e))?;
            let (contact, _) = ctx.store.resolve_contact(&contact)?;
            let task = Task {
                id: new_id(),
                contact_id: contact.id.clone(),
                title,
                due_at,
                done_at: None,
                owner: non_empty(owner.as_deref()).or_else(|| contact.owner.clone()),
                created_at: ctx.now,
            };
            ctx.store.add_task(ctx.now, &task)?;
            task
        }
        TaskCommand::List { due, owner } => return list(ctx, due, owner.as_deref()),
        TaskCommand::Done { task } => {
            let list = ctx.store.last_task_list()?;
            let task = resolve(ctx, &task, &list)?;
            let done = ctx
                .store
                .complete_task(ctx.now, &task.id)
                .with_context(|| crate::t!("cli-task-cannot-complete"))?;
            keep_current(ctx, list)?;
            done
        }
        TaskCommand::Snooze { task, to } => {
            let due_at =
                parse_when_local_in(&to, ctx.now, order).map_err(|e| refused_because("--to", e))?;
            let list = ctx.store.last_task_list()?;
            let task = resolve(ctx, &task, &list)?;
            // A snooze puts a task off; a done one is refused by the store, saying so.
            if task.done_at.is_none() && due_at < task.due_at {
                crate::refuse!(
                    "cli-task-snooze-earlier",
                    typed = clean_line(&to),
                    due = local_time(task.due_at)
                );
            }
            let snoozed = ctx.store.snooze_task(ctx.now, &task.id, due_at)?;
            keep_current(ctx, list)?;
            snoozed
        }
    };
    if ctx.json {
        print_json(&TaskJson::from(&task));
    } else {
        let state = if task.done_at.is_some() {
            crate::t!("cli-task-done")
        } else {
            crate::t!("cli-task-open")
        };
        let due = crate::t!("cli-task-due", due = local_time(task.due_at));
        println!(
            "{}  {}  {}  ({})",
            clean_line(&task.id),
            shown(&clean_line(&task.title)),
            shown(&due),
            shown(&state)
        );
    }
    Ok(())
}

fn local_time(at: DateTime<Utc>) -> String {
    crate::i18n::format::weekday_date_time(&at.with_timezone(&Local))
}

/// `task list`: prints the agenda and remembers its order for the numbers typed next.
fn list(ctx: &Context, due: DueBy, owner: Option<&str>) -> Result<()> {
    let owner = owner.map(|owner| ctx.owner(owner));
    let bounds = Bounds::local(ctx.now);
    let agenda = ctx.store.agenda(&bounds, due.through(), owner)?;
    let ids: Vec<String> = agenda.iter().map(|entry| entry.task.id.clone()).collect();
    ctx.store.remember_task_list(&ids)?;
    if ctx.json {
        let items: Vec<AgendaItemJson> = agenda
            .iter()
            .enumerate()
            .map(|(i, entry)| agenda_json(i + 1, entry))
            .collect();
        print_json(&items);
        return Ok(());
    }
    if agenda.is_empty() {
        println!("{}", shown(&nothing_due(due, owner)));
        return Ok(());
    }
    let rows: Vec<Vec<String>> = agenda
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            vec![
                (i + 1).to_string(),
                local_time(entry.task.due_at),
                entry.task.title.clone(),
                entry.contact_name.clone(),
                entry.task.owner.clone().unwrap_or_else(|| "-".into()),
            ]
        })
        .collect();
    let lines = table_lines(&["#", "DUE", "TASK", "CONTACT", "OWNER"], &rows);
    println!("{}", lines[0]);
    let mut heading = None;
    for (entry, line) in agenda.iter().zip(&lines[1..]) {
        if heading != Some(entry.group) {
            heading = Some(entry.group);
            println!("{}", shown(&entry.group.shown()));
        }
        println!("{line}");
    }
    Ok(())
}

fn nothing_due(due: DueBy, owner: Option<&str>) -> String {
    let whose = owner.map_or(String::new(), |owner| {
        crate::t!("cli-task-whose", owner = clean_line(owner))
    });
    match due {
        DueBy::Overdue => crate::t!("cli-task-none-overdue", whose = whose),
        DueBy::Today => crate::t!("cli-task-none-today", whose = whose),
        DueBy::Week => crate::t!("cli-task-none-week", whose = whose),
        DueBy::All => crate::t!("cli-task-none-open", whose = whose),
    }
}

fn agenda_json(index: usize, entry: &AgendaEntry) -> AgendaItemJson {
    AgendaItemJson {
        index,
        group: entry.group.as_str().to_string(),
        contact_name: entry.contact_name.clone(),
        task: TaskJson::from(&entry.task),
    }
}

/// After a change made through a list that was current, the list stays current:
/// its numbers still name the tasks they named.
fn keep_current(ctx: &Context, list: LastTaskList) -> Result<()> {
    if let LastTaskList::Current(ids) = list {
        ctx.store.remember_task_list(&ids)?;
    }
    Ok(())
}

/// The task `query` names: a number in the last list, an id, or the title of
/// exactly one open task (ignoring case and accents, as search does).
fn resolve(ctx: &Context, query: &str, list: &LastTaskList) -> Result<Task> {
    let query = query.trim();
    if let Ok(number) = query.parse::<usize>() {
        return by_number(ctx, number, list);
    }
    match ctx.store.task(query) {
        Ok(task) => return Ok(task),
        Err(StoreError::NotFound { .. }) => {}
        Err(e) => return Err(e.into()),
    }
    let mut found = ctx.store.open_tasks_titled(query)?;
    match found.len() {
        0 => Err(crate::failure::not_found(crate::t!(
            "cli-task-no-match",
            typed = clean_line(query)
        ))),
        1 => Ok(found.remove(0).0),
        count => {
            let numbered = match list {
                LastTaskList::Current(ids) => ids.as_slice(),
                _ => &[],
            };
            let candidates: Vec<String> = found
                .iter()
                .map(|(task, contact)| {
                    let number = numbered
                        .iter()
                        .position(|id| *id == task.id)
                        .map_or("-".to_string(), |i| (i + 1).to_string());
                    format!(
                        "  {number}  {}  {}  {}  {}",
                        local_time(task.due_at),
                        clean_line(&task.title),
                        clean_line(contact),
                        crate::t!("cli-task-id", id = task.id.as_str())
                    )
                })
                .collect();
            Err(crate::failure::refused(format!(
                "{}\n{}",
                crate::t!(
                    "cli-task-many-titled",
                    count = count,
                    typed = clean_line(query)
                ),
                candidates.join("\n")
            )))
        }
    }
}

fn by_number(ctx: &Context, number: usize, list: &LastTaskList) -> Result<Task> {
    let ids = match list {
        LastTaskList::Current(ids) => ids,
        LastTaskList::Unknown => crate::refuse!(
            "cli-task-no-list",
            number = number.to_string(),
            user = clean_line(ctx.store.user())
        ),
        LastTaskList::Stale => crate::refuse!("cli-task-list-stale", number = number.to_string()),
    };
    let Some(id) = number.checked_sub(1).and_then(|i| ids.get(i)) else {
        return Err(crate::failure::not_found(crate::t!(
            "cli-task-not-in-list",
            count = ids.len(),
            number = number.to_string()
        )));
    };
    Ok(ctx.store.task(id)?)
}
