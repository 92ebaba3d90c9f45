//! `triage`: the three decisions about a lead: convert, nurture or drop.

use super::Context;
use super::output::{contact_summary, print_json};
use crate::domain::Deal;
use crate::domain::deal::parse_amount;
use crate::domain::text::{clean_line, non_empty};
use crate::store::{Decision, new_id};
use anyhow::{Result, anyhow, bail};
use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DecisionWord {
    /// Open a deal: the lead becomes an opportunity.
    Convert,
    /// Not now: status nurturing.
    Nurture,
    /// Not a fit: status disqualified, with --reason.
    Drop,
}

#[derive(Debug, Args)]
pub struct TriageArgs {
    /// The contact: an id, a phone, an email or an exact name.
    contact: String,
    decision: DecisionWord,
    /// Why the lead is dropped (required with drop).
    #[arg(long)]
    reason: Option<String>,
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
        bail!("--title and --amount go with convert");
    }
    if !matches!(args.decision, DecisionWord::Drop) && reason.is_some() {
        bail!("--reason goes with drop");
    }
    let amount_minor = match args.amount.as_deref() {
        Some(text) => parse_amount(text)
            .ok_or_else(|| anyhow!("--amount \"{text}\" is not an amount, e.g. 12500"))?,
        None => 0,
    };
    let (contact, _) = ctx.store.resolve_contact(&args.contact)?;
    let decision = match args.decision {
        DecisionWord::Convert => {
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
        DecisionWord::Nurture => Decision::Nurture,
        DecisionWord::Drop => match reason {
            Some(reason) => Decision::Drop(reason),
            None => bail!("drop needs --reason, e.g. --reason \"no budget\""),
        },
    };
    let updated = ctx.store.triage(ctx.now, &contact.id, decision)?;
    if ctx.json {
        let mut value = super::output::contact_json(&updated);
        value["deals"] = ctx
            .store
            .deals_for(&updated.id)?
            .iter()
            .map(|d| super::output::deal_json(d, &ctx.config.pipeline()))
            .collect::<Vec<_>>()
            .into();
        print_json(&value);
    } else {
        println!(
            "{}: status {}, lifecycle {}",
            contact_summary(&updated),
            updated.status,
            updated.lifecycle
        );
    }
    Ok(())
}
