//! `triage`: the three decisions about a lead: convert, nurture or drop.

use super::Context;
use super::json::contacts::{NurtureJson, TriagedJson};
use super::json::records::{DealJson, TaskJson};
use super::output::{contact_summary, print_json, shown};
use crate::domain::deal::{already_open, parse_amount};
use crate::domain::text::{clean_line, non_empty};
use crate::domain::when::{DateOrder, parse_when_local_in};
use crate::domain::{Contact, Deal};
use crate::failure::{refused, refused_because};
use crate::store::{Decision, new_id};
use anyhow::Result;
use chrono::Local;
use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DecisionWord {
    /// Open a deal: the lead becomes an opportunity.
    Convert,
    /// Not now: status nurturing, with an optional --reason and --back-on.
    Nurture,
    /// Not a fit: status disqualified, with --reason.
    Drop,
}

#[derive(Debug, Args)]
pub struct TriageArgs {
    /// The contact: an id, a phone, an email or an exact name.
    contact: String,
    /// What becomes of the lead.
    decision: DecisionWord,
    /// Why the lead is dropped (required with drop), or nurtured (optional).
    #[arg(long)]
    reason: Option<String>,
    /// Nurture: when to come back to the lead, as `task add --due` takes it
    /// (friday 10:00, in 3 weeks, 15.1.); a follow-up is added, due then.
    #[arg(long, value_name = "WHEN")]
    back_on: Option<String>,
    /// Convert: open a deal although the contact has an open one already.
    #[arg(long)]
    another_deal: bool,
    /// The deal's title (convert; default "NAME: new deal").
    #[arg(long)]
    title: Option<String>,
    /// The deal's amount (convert).
    #[arg(long)]
    amount: Option<String>,
}

pub fn triage(ctx: &mut Context, args: TriageArgs) -> Result<()> {
    let reason = non_empty(args.reason.as_deref());
    let decision_needs_deal = matches!(args.decision, DecisionWord::Convert);
    if !decision_needs_deal && (args.title.is_some() || args.amount.is_some()) {
        crate::refuse!("cli-triage-title-with-convert");
    }
    if matches!(args.decision, DecisionWord::Convert) && reason.is_some() {
        crate::refuse!("cli-triage-reason-with");
    }
    if !matches!(args.decision, DecisionWord::Nurture) && args.back_on.is_some() {
        crate::refuse!("cli-triage-back-on-with");
    }
    if !decision_needs_deal && args.another_deal {
        crate::refuse!("cli-triage-another-deal-with");
    }
    let back_on = match args.back_on.as_deref() {
        Some(typed) => Some(
            parse_when_local_in(typed, ctx.now, DateOrder::of_region(ctx.config.region))
                .map_err(|e| refused_because("--back-on", e))?,
        ),
        None => None,
    };
    if back_on.is_some_and(|at| at < ctx.now) {
        crate::refuse!("cli-triage-back-on-past");
    }
    let amount_minor = match args.amount.as_deref() {
        Some(text) => parse_amount(text)
            .ok_or_else(|| refused(crate::t!("cli-triage-bad-amount", typed = clean_line(text))))?,
        None => 0,
    };
    let (contact, _) = ctx.store.resolve_contact(&args.contact)?;
    let decision = match args.decision {
        DecisionWord::Convert => {
            if !args.another_deal {
                refuse_a_second_deal(ctx, &contact)?;
            }
            let pipeline = ctx.config.pipeline();
            let title = non_empty(args.title.as_deref())
                .unwrap_or_else(|| format!("{}: new deal", clean_line(&contact.name)));
            Decision::Convert(Box::new(Deal::open(
                new_id(),
                &contact,
                title,
                amount_minor,
                ctx.store.currency(),
                pipeline.first(),
                ctx.now,
            )))
        }
        DecisionWord::Nurture => {
            Decision::nurture(&contact, reason, back_on, (ctx.now, ctx.store.user()))
        }
        DecisionWord::Drop => match reason {
            Some(reason) => Decision::Drop(reason),
            None => crate::refuse!("cli-triage-drop-needs-reason"),
        },
    };
    let come_back = match &decision {
        Decision::Nurture { reason, come_back } => Some((reason.clone(), come_back.clone())),
        _ => None,
    };
    let updated = ctx.store.triage(ctx.now, &contact.id, decision)?;
    if ctx.json {
        let pipeline = ctx.config.pipeline();
        print_json(&TriagedJson {
            contact: (&updated).into(),
            nurture: come_back.as_ref().map(|(reason, task)| NurtureJson {
                nurture_reason: reason.clone(),
                task: task.as_deref().map(TaskJson::from),
            }),
            deals: ctx
                .store
                .deals_for(&updated.id)?
                .iter()
                .map(|d| DealJson::of(d, &pipeline))
                .collect(),
        });
    } else {
        let line = crate::t!(
            "cli-triage-done",
            contact = contact_summary(&updated),
            status = updated.status.label(),
            lifecycle = updated.lifecycle.label()
        );
        println!("{}", shown(&line));
        if let Some((_, Some(task))) = &come_back {
            let line = crate::t!(
                "cli-triage-follow-up",
                title = clean_line(&task.title),
                due = crate::i18n::format::weekday_date_time(&task.due_at.with_timezone(&Local))
            );
            println!("{}", shown(&line));
        }
    }
    Ok(())
}

/// Refuses to convert a contact that has an open deal already: converting twice
/// is more often a slip than a second sale; `--another-deal` says it is not.
fn refuse_a_second_deal(ctx: &Context, contact: &Contact) -> Result<()> {
    let deals = ctx.store.deals_for(&contact.id)?;
    if let Some(open) = deals.iter().find(|deal| deal.is_open()) {
        crate::refuse!(
            "cli-triage-already-open",
            open = already_open(&contact.name, open)
        );
    }
    Ok(())
}
