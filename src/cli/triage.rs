//! `score` and `triage`: why a lead scores what it scores, and the three decisions.

use super::Context;
use super::output::{contact_summary, print_json};
use crate::domain::Deal;
use crate::domain::deal::parse_amount;
use crate::domain::scoring::Evidence;
use crate::domain::text::{clean_line, non_empty};
use crate::store::{Decision, new_id};
use anyhow::{Result, anyhow, bail};
use clap::{Args, ValueEnum};
use serde_json::json;

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// The contact: an id, a phone, an email or an exact name.
    contact: String,
}

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

pub fn score(ctx: &Context, args: ScoreArgs) -> Result<()> {
    let (contact, _) = ctx.store.resolve_contact(&args.contact)?;
    let result = ctx.store.score(&contact, ctx.now)?;
    let scoring = &ctx.config.scoring;
    if ctx.json {
        print_json(&json!({
            "contact_id": contact.id,
            "name": contact.name,
            "total": result.total,
            "temperature": result.temperature,
            "lifecycle": contact.lifecycle,
            "thresholds": {"mql_at": scoring.mql_at, "sql_at": scoring.sql_at, "warm": scoring.bands.warm, "hot": scoring.bands.hot},
            "rules": result.rules,
        }));
        return Ok(());
    }
    println!("{}", contact_summary(&contact));
    println!(
        "Score {} ({}), lifecycle {}   [warm ≥ {}, hot ≥ {}; MQL at {}, SQL at {}]",
        result.total,
        result.temperature,
        contact.lifecycle,
        scoring.bands.warm,
        scoring.bands.hot,
        scoring.mql_at,
        scoring.sql_at
    );
    if result.rules.is_empty() {
        println!("  No rule fires for this contact.");
    }
    for hit in &result.rules {
        let decayed = if hit.points != hit.base_points {
            format!(" (of {}, decayed)", hit.base_points)
        } else {
            String::new()
        };
        println!("  {:>+5}  {}{decayed}", hit.points, clean_line(&hit.name));
        for evidence in &hit.evidence {
            match evidence {
                Evidence::Field { field, value } => {
                    println!("           {field}: {}", clean_line(value))
                }
                Evidence::Interaction {
                    kind,
                    direction,
                    occurred_at,
                    interaction_id,
                } => {
                    let when = occurred_at
                        .with_timezone(&chrono::Local)
                        .format("%Y-%m-%d %H:%M");
                    let direction = direction.map(|d| format!(" {d}")).unwrap_or_default();
                    println!(
                        "           {kind}{direction} at {when}  ({})",
                        clean_line(interaction_id)
                    );
                }
            }
        }
    }
    Ok(())
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
