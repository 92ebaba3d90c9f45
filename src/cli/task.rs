//! `task`: follow-ups, added and marked done.

use super::Context;
use super::output::{print_json, task_json};
use crate::domain::Task;
use crate::domain::text::{clean_line, non_empty};
use crate::domain::when::parse_when_local;
use crate::store::new_id;
use anyhow::{Context as _, Result, bail};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Add a follow-up for a contact.
    Add {
        contact: String,
        /// What to do, e.g. "send the quote".
        #[arg(long)]
        title: String,
        /// When: tomorrow 10:00, +3d, 2024-02-01 09:00.
        #[arg(long)]
        due: String,
        #[arg(long)]
        owner: Option<String>,
    },
    /// Mark a follow-up done.
    Done { task: String },
}

pub fn task(ctx: &mut Context, command: TaskCommand) -> Result<()> {
    let task = match command {
        TaskCommand::Add {
            contact,
            title,
            due,
            owner,
        } => {
            let title = clean_line(&title);
            if title.is_empty() {
                bail!("--title: say what to do");
            }
            let due_at =
                parse_when_local(&due, ctx.now).map_err(|e| anyhow::anyhow!("--due: {e}"))?;
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
        TaskCommand::Done { task } => ctx
            .store
            .complete_task(ctx.now, task.trim())
            .context("cannot mark the task done")?,
    };
    if ctx.json {
        print_json(&task_json(&task));
    } else {
        let due = task
            .due_at
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M");
        let state = if task.done_at.is_some() {
            "done"
        } else {
            "open"
        };
        println!(
            "{}  {}  due {due}  ({state})",
            clean_line(&task.id),
            clean_line(&task.title)
        );
    }
    Ok(())
}
