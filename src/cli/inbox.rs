//! `inbox`: the leads that still need work, most urgent first.

use super::Context;
use super::output::{print_json, print_table};
use crate::domain::sla::age_label;
use crate::domain::text::counted;
use crate::store::{InboxItem, Label, NOTHING_WAITS};
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
    /// Include leads nobody touched for sla.expire_after_days.
    #[arg(long)]
    expired: bool,
}

pub fn inbox(ctx: &Context, args: InboxArgs) -> Result<()> {
    let day_ends = crate::domain::when::end_of_local_day(ctx.now);
    let mut inbox = ctx.store.inbox(ctx.now, day_ends, args.expired)?;
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
    if items.is_empty() {
        println!("{NOTHING_WAITS}");
    } else {
        let rows: Vec<Vec<String>> = items.iter().map(row).collect();
        print_table(
            &[
                "PRI",
                "NAME",
                "PHONE",
                "SOURCE",
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
    if inbox.expired > 0 && !args.expired {
        let count = counted(inbox.expired, "expired lead", "expired leads");
        let verb = if inbox.expired == 1 { "is" } else { "are" };
        println!("\n{count} {verb} left out (leadometer inbox --expired).");
    }
    Ok(())
}

fn row(item: &InboxItem) -> Vec<String> {
    let lead = &item.lead;
    let label = |label: Option<&Label>| label.map(|l| l.as_str().to_string());
    vec![
        lead.priority.to_string(),
        item.name.clone(),
        item.phone.clone().unwrap_or_default(),
        label(lead.origin_label()).unwrap_or_default(),
        age_label(lead.age_minutes),
        lead.sla.as_str().replace('_', " "),
        lead.temperature.to_string(),
        lead.score.to_string(),
        label(lead.owner.as_ref()).unwrap_or_else(|| "-".into()),
        item.next_task
            .as_ref()
            .map(|t| t.label(&Local))
            .unwrap_or_default(),
    ]
}
