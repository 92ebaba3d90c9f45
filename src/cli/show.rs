//! `show`: a contact with its accounts, deals, tasks and whole timeline.

use super::Context;
use super::json::contacts::WholeContactJson;
use super::json::records::{DealJson, InteractionJson, TaskJson, accounts_of};
use super::output::shown;
use super::output::{interaction_line, print_contact_details, print_json, print_table};
use crate::domain::text::clean_line;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The contact: an id, a phone, an email or an exact name.
    contact: String,
}

pub fn show(ctx: &Context, args: ShowArgs) -> Result<()> {
    let (contact, _) = ctx.store.resolve_contact(&args.contact)?;
    let deals = ctx.store.deals_for(&contact.id)?;
    let tasks = ctx.store.tasks_for(&contact.id)?;
    let timeline = ctx.store.timeline(&contact.id)?;
    let pipeline = ctx.config.pipeline();
    if ctx.json {
        print_json(&whole_contact(ctx, &contact)?);
        return Ok(());
    }
    print_contact_details(&contact);
    if !deals.is_empty() {
        println!("\n{}", shown(&crate::t!("cli-show-deals")));
        let rows: Vec<Vec<String>> = deals
            .iter()
            .map(|d| {
                vec![
                    d.title.clone(),
                    crate::i18n::stage(&d.stage),
                    crate::i18n::format::money_minor(d.amount_minor, &d.currency),
                    format!("{:.0}%", d.probability(&pipeline) * 100.0),
                    crate::i18n::format::money(d.expected_value(&pipeline), &d.currency),
                    d.id.clone(),
                ]
            })
            .collect();
        print_table(
            &["TITLE", "STAGE", "AMOUNT", "PROB", "EXPECTED", "ID"],
            &rows,
        );
    }
    if !tasks.is_empty() {
        println!("\n{}", shown(&crate::t!("cli-show-tasks")));
        for task in &tasks {
            let due = crate::i18n::format::date_time(&task.due_at.with_timezone(&chrono::Local));
            let mark = if task.done_at.is_some() { "x" } else { " " };
            let title = clean_line(&task.title);
            let (due, title) = (shown(&due), shown(&title));
            println!("  [{mark}] {due}  {title}  {}", clean_line(&task.id));
        }
    }
    let heading = crate::t!("cli-show-timeline", count = timeline.len());
    println!("\n{}", shown(&heading));
    for item in &timeline {
        println!("  {}", interaction_line(item));
    }
    Ok(())
}

/// A contact with its accounts, deals, tasks and whole timeline, as `show --json` and
/// `export --format json` give it.
pub(super) fn whole_contact(
    ctx: &Context,
    contact: &crate::domain::Contact,
) -> Result<WholeContactJson> {
    let pipeline = ctx.config.pipeline();
    let deals = ctx.store.deals_for(&contact.id)?;
    let tasks = ctx.store.tasks_for(&contact.id)?;
    let timeline = ctx.store.timeline(&contact.id)?;
    Ok(WholeContactJson {
        contact: contact.into(),
        accounts: accounts_of(contact),
        deals: deals.iter().map(|d| DealJson::of(d, &pipeline)).collect(),
        tasks: tasks.iter().map(TaskJson::from).collect(),
        timeline: timeline.iter().map(InteractionJson::from).collect(),
    })
}
