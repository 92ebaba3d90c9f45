//! `search` and `show`.

use super::Context;
use super::output::{
    contact_json, deal_json, interaction_json, interaction_line, print_contact_details, print_json,
    print_table, task_json,
};
use crate::domain::text::clean_line;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Digits of a phone in any format, an email, a name or a company; empty lists everyone.
    #[arg(default_value = "")]
    query: String,
    /// At most this many results (default 50; everyone for an empty query).
    #[arg(long)]
    limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The contact: an id, a phone, an email or an exact name.
    contact: String,
}

/// What `leadometer` prints without a command: where the file is, what it holds, and
/// who was active last.
pub fn overview(ctx: &Context) -> Result<()> {
    let count = ctx.store.contact_count()?;
    if ctx.json {
        print_json(&serde_json::json!({
            "database": ctx.store.path().display().to_string(),
            "contacts": count,
        }));
        return Ok(());
    }
    let path = ctx.store.path().display().to_string();
    println!("{} contacts in {}", count, clean_line(&path));
    if count > 0 {
        println!("\nMost recently active:");
        search(
            ctx,
            SearchArgs {
                query: String::new(),
                limit: Some(10),
            },
        )?;
    }
    println!("\nTry: leadometer search 4900148 | show CONTACT | log call CONTACT | --help");
    Ok(())
}

pub fn search(ctx: &Context, args: SearchArgs) -> Result<()> {
    let limit = args.limit.or((!args.query.trim().is_empty()).then_some(50));
    let hits = ctx.store.search(&args.query, limit)?;
    if ctx.json {
        let values: Vec<_> = hits
            .iter()
            .map(|hit| {
                let mut value = contact_json(&hit.contact);
                value["matched_on"] = serde_json::to_value(hit.matched_on).unwrap_or_default();
                value["exact"] = hit.exact.into();
                value
            })
            .collect();
        print_json(&values.into());
        return Ok(());
    }
    if hits.is_empty() {
        eprintln!("no contact matches \"{}\"", clean_line(&args.query));
        return Ok(());
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|hit| {
            let c = &hit.contact;
            vec![
                c.name.clone(),
                c.primary_phone()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                c.emails.first().cloned().unwrap_or_default(),
                c.company().unwrap_or_default().to_string(),
                c.lifecycle.to_string(),
                c.status.to_string(),
                c.id.clone(),
            ]
        })
        .collect();
    print_table(
        &["NAME", "PHONE", "EMAIL", "COMPANY", "STAGE", "STATUS", "ID"],
        &rows,
    );
    Ok(())
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
        println!("\nDeals");
        let rows: Vec<Vec<String>> = deals
            .iter()
            .map(|d| {
                vec![
                    d.title.clone(),
                    d.stage.clone(),
                    format!("{} {}", d.amount_text(), d.currency),
                    format!("{:.0}%", d.probability(&pipeline) * 100.0),
                    format!("{:.2}", d.expected_value(&pipeline)),
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
        println!("\nTasks");
        for task in &tasks {
            let due = task
                .due_at
                .with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M");
            let mark = if task.done_at.is_some() { "x" } else { " " };
            println!(
                "  [{mark}] {due}  {}  {}",
                clean_line(&task.title),
                clean_line(&task.id)
            );
        }
    }
    println!("\nTimeline ({} entries, newest first)", timeline.len());
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
) -> Result<serde_json::Value> {
    let pipeline = ctx.config.pipeline();
    let accounts: Vec<_> = contact
        .accounts
        .iter()
        .map(|m| serde_json::json!({"id": m.account_id, "name": m.account, "role": m.role}))
        .collect();
    let deals = ctx.store.deals_for(&contact.id)?;
    let tasks = ctx.store.tasks_for(&contact.id)?;
    let timeline = ctx.store.timeline(&contact.id)?;
    Ok(serde_json::json!({
        "contact": contact_json(contact),
        "accounts": accounts,
        "deals": deals.iter().map(|d| deal_json(d, &pipeline)).collect::<Vec<_>>(),
        "tasks": tasks.iter().map(task_json).collect::<Vec<_>>(),
        "timeline": timeline.iter().map(interaction_json).collect::<Vec<_>>(),
    }))
}
