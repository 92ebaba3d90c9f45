//! `inbox`: the leads that still need work, most urgent first.

use super::Context;
use super::output::{print_json, print_table, shown};
use crate::domain::sla::age_label;
use crate::domain::text::clean_line;
use crate::store::{InboxItem, Label, nothing_waits, nothing_waits_for};
use anyhow::Result;
use chrono::Local;
use clap::Args;

#[derive(Debug, Args)]
pub struct InboxArgs {
    /// At most this many items (default: all).
    #[arg(long)]
    limit: Option<usize>,
    /// Only the leads owned by this person ("me" for the configured user).
    #[arg(long)]
    owner: Option<String>,
    /// List the leads left out because nobody touched them for sla.expire_after_days.
    #[arg(long)]
    expired: bool,
}

pub fn inbox(ctx: &Context, args: InboxArgs) -> Result<()> {
    let day_ends = crate::domain::when::end_of_local_day(ctx.now);
    let mut inbox = ctx.store.inbox(ctx.now, day_ends, args.expired)?;
    if args.expired {
        inbox.entries.retain(|lead| lead.expired);
    }
    let before_owner = inbox.entries.len();
    if let Some(owner) = args.owner.as_deref() {
        let owner = ctx.owner(owner);
        inbox
            .entries
            .retain(|lead| lead.owner.as_ref().map(Label::as_str) == Some(owner));
    }
    inbox.entries.truncate(args.limit.unwrap_or(usize::MAX));
    let items = ctx.store.inbox_items(&inbox.entries)?;
    if ctx.json {
        print_json(&items);
        return Ok(());
    }
    if args.expired {
        print_expired(&items, ctx.store.config().sla.expire_after_days);
        return Ok(());
    }
    if items.is_empty() {
        match args.owner.as_deref() {
            _ if inbox.no_contacts => print_how_to_begin(),
            Some(owner) if before_owner > 0 => {
                // The name as typed, cleaned: it reaches the terminal.
                let person = (owner != "me").then(|| clean_line(owner));
                println!("{}", nothing_waits_for(person.as_deref(), before_owner));
            }
            _ => println!("{}", nothing_waits()),
        }
    } else {
        let rows: Vec<Vec<String>> = items.iter().map(row).collect();
        print_table(
            &[
                "PRI",
                "NAME",
                "PHONE",
                "SOURCE",
                "CAMPAIGN",
                "AGE",
                "SLA",
                "TEMP",
                "SCORE",
                "OWNER",
                "NEXT TASK",
            ],
            &rows,
        );
    }
    let waiting = items.iter().filter(|i| i.waiting_for_owner).count();
    if waiting > 0 {
        let line = crate::t!("cli-inbox-waiting-for-owner", count = waiting);
        println!("\n⧖ {}", shown(&line));
    }
    if inbox.expired > 0 {
        let line = crate::t!("cli-inbox-left-out", count = inbox.expired);
        println!("\n{}", shown(&line));
    }
    Ok(())
}

/// The leads left out of the inbox, each with how long ago it expired.
fn print_expired(items: &[InboxItem], expire_after_days: u32) {
    if items.is_empty() {
        println!("{}", shown(&crate::t!("cli-inbox-none-expired")));
        return;
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let lead = &item.lead;
            vec![
                item.name_with_marks(),
                item.phone
                    .as_deref()
                    .map(crate::i18n::format::phone_number)
                    .unwrap_or_default(),
                item.email.clone().unwrap_or_default(),
                label(lead.source.as_ref()),
                label(lead.owner.as_ref()),
                lead.expired_minutes
                    .map(|m| crate::t!("cli-inbox-ago", age = age_label(m)))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        &["NAME", "PHONE", "EMAIL", "SOURCE", "OWNER", "EXPIRED"],
        &rows,
    );
    let line = crate::t!(
        "cli-inbox-expired-summary",
        count = items.len(),
        days = expire_after_days
    );
    println!("\n{}", shown(&line));
}

fn label(label: Option<&Label>) -> String {
    label.map_or_else(|| "-".into(), |l| l.as_str().to_string())
}

fn row(item: &InboxItem) -> Vec<String> {
    let lead = &item.lead;
    let text = |label: Option<&Label>| label.map(|l| l.as_str().to_string()).unwrap_or_default();
    let owner = if item.waiting_for_owner {
        crate::t!("inbox-waiting")
    } else {
        label(lead.owner.as_ref())
    };
    vec![
        lead.priority.to_string(),
        item.name_with_marks(),
        item.phone
            .as_deref()
            .map(crate::i18n::format::phone_number)
            .unwrap_or_default(),
        text(lead.source.as_ref()),
        text(lead.campaign.as_ref()),
        age_label(lead.age_minutes),
        lead.sla.label(),
        lead.temperature.label(),
        lead.score.to_string(),
        owner,
        item.next_task
            .as_ref()
            .map(|t| t.label(&Local))
            .unwrap_or_default(),
    ]
}

/// What `inbox` says on a file without a single contact: how to begin, the
/// commands in one column and what each does beside it.
fn print_how_to_begin() {
    println!("{}", shown(&crate::t!("cli-inbox-begin")));
    let steps = [
        (
            "leadometer add --name \"Noa Levi\" --phone 054-490-0148",
            crate::t!("cli-inbox-begin-add"),
        ),
        (
            "leadometer import FILE",
            crate::t!("cli-inbox-begin-import"),
        ),
        ("leadometer --demo", crate::t!("cli-inbox-begin-demo")),
    ];
    for (command, what) in steps {
        println!("  {command:<55}  {}", shown(&what));
    }
}
