//! `inbox`: the leads that still need work, most urgent first.

use super::Context;
use super::output::{print_json, print_table};
use crate::domain::sla::age_label;
use crate::domain::text::{clean_line, counted};
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

/// What `inbox` says on a file without a single contact: how to begin.
const HOW_TO_BEGIN: &str = "No contact yet. To begin:
  leadometer add --name \"Noa Levi\" --phone 054-490-0148   adds a lead
  leadometer import FILE                                   imports contacts (CSV, vCard, a WhatsApp chat)
  leadometer --demo                                        opens an example desk";

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
        print_json(&serde_json::to_value(&items)?);
        return Ok(());
    }
    if args.expired {
        print_expired(&items, ctx.store.config().sla.expire_after_days);
        return Ok(());
    }
    if items.is_empty() {
        match args.owner.as_deref() {
            _ if inbox.no_contacts => println!("{HOW_TO_BEGIN}"),
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
        let verb = if waiting == 1 { "waits" } else { "wait" };
        let count = counted(waiting, "lead", "leads");
        println!("\n⧖ {count} {verb} for an owner: every salesperson is at sales_max_open.");
    }
    if inbox.expired > 0 {
        let count = counted(inbox.expired, "expired lead", "expired leads");
        let verb = if inbox.expired == 1 { "is" } else { "are" };
        println!("\n{count} {verb} left out (leadometer inbox --expired).");
    }
    Ok(())
}

/// The leads left out of the inbox, each with how long ago it expired.
fn print_expired(items: &[InboxItem], expire_after_days: u32) {
    if items.is_empty() {
        println!("No lead has expired.");
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
                    .map(|m| format!("{} ago", age_label(m)))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        &["NAME", "PHONE", "EMAIL", "SOURCE", "OWNER", "EXPIRED"],
        &rows,
    );
    let count = counted(items.len(), "expired lead", "expired leads");
    let which = if items.len() == 1 { "it" } else { "one" };
    println!(
        "\n{count}: untouched for {expire_after_days} days or more (sla.expire_after_days). \
         A new entry brings {which} back."
    );
}

fn label(label: Option<&Label>) -> String {
    label.map_or_else(|| "-".into(), |l| l.as_str().to_string())
}

fn row(item: &InboxItem) -> Vec<String> {
    let lead = &item.lead;
    let text = |label: Option<&Label>| label.map(|l| l.as_str().to_string()).unwrap_or_default();
    let owner = if item.waiting_for_owner {
        "waiting".to_string()
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
        lead.sla.as_str().replace('_', " "),
        lead.temperature.to_string(),
        lead.score.to_string(),
        owner,
        item.next_task
            .as_ref()
            .map(|t| t.label(&Local))
            .unwrap_or_default(),
    ]
}
