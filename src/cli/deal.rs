//! `deal add | move | won | lost`, and the checks of a deal's values that `deal
//! edit` (deal_edit.rs) shares; `deal list` is in deal_list.rs.

use super::Context;
use super::json::records::DealJson;
use super::output::{contact_summary, print_json, shown};
use crate::domain::deal::{LOST, WON, parse_amount, parse_close_date};
use crate::domain::text::{clean_line, clean_text, non_empty};
use crate::domain::when::DateOrder;
use crate::domain::{Deal, Pipeline};
use crate::failure::refused;
use crate::store::new_id;
use anyhow::Result;
use chrono::{Local, NaiveDate};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DealCommand {
    /// Open a deal for a contact.
    Add {
        /// The contact: an id, a phone, an email or an exact name.
        contact: String,
        /// What is being sold, e.g. "Kitchen renovation".
        #[arg(long)]
        title: String,
        /// e.g. 12500 or 12,500.50
        #[arg(long)]
        amount: Option<String>,
        /// The starting stage (default: the first stage).
        #[arg(long)]
        stage: Option<String>,
        /// Default: the config's currency.
        #[arg(long)]
        currency: Option<String>,
        /// This deal's own chance of closing, 0.0 to 1.0 (default: the stage's).
        #[arg(long)]
        probability: Option<f64>,
        /// Expected close date: 2024-04-30, or a day as --due takes it (next friday,
        /// in 2 weeks, 15.12.).
        #[arg(long)]
        close_date: Option<String>,
        /// A competitor in the running (repeatable).
        #[arg(long = "competitor", value_name = "NAME")]
        competitors: Vec<String>,
        /// A quote the customer asked for (repeatable).
        #[arg(long = "quote", value_name = "TEXT")]
        quotes: Vec<String>,
        /// How many quotes the customer wants before deciding.
        #[arg(long, value_name = "N", default_value_t = 0)]
        quotes_required: u32,
        /// How many quotes they have had.
        #[arg(long, value_name = "N", default_value_t = 0)]
        quotes_received: u32,
        /// Who works the deal ("me" for the configured user; default: the contact's owner).
        #[arg(long)]
        owner: Option<String>,
        /// Free notes about the deal.
        #[arg(long)]
        notes: Option<String>,
    },
    /// Move a deal to another stage.
    Move {
        /// The deal: its id, or its exact title when that is unique.
        deal: String,
        /// The stage it moves to (its name as the config's pipeline has it).
        stage: String,
    },
    /// Mark a deal won.
    Won {
        /// The deal: its id, or its exact title when that is unique.
        deal: String,
        /// Why it was won.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Mark a deal lost, with the reason.
    Lost {
        /// The deal: its id, or its exact title when that is unique.
        deal: String,
        /// Why it was lost.
        #[arg(long)]
        reason: String,
    },
    /// Every deal, with its expected value, and the totals.
    List(super::deal_list::ListArgs),
    /// Change a deal's fields (its stage moves with `deal move`, `won`, `lost`).
    Edit(super::deal_edit::EditArgs),
    /// Delete a deal (kept as a tombstone, so every copy of the file learns of it).
    Rm {
        /// The deal: its id, or its exact title when that is unique.
        deal: String,
    },
}

pub fn run(ctx: &mut Context, command: DealCommand) -> Result<()> {
    let pipeline = ctx.config.pipeline();
    let deal = match command {
        DealCommand::Add {
            contact,
            title,
            amount,
            stage,
            currency,
            probability,
            close_date,
            competitors,
            quotes,
            quotes_required,
            quotes_received,
            owner,
            notes,
        } => {
            let title = read_title(&title)?;
            let amount_minor = match amount.as_deref() {
                Some(text) => read_amount(text)?,
                None => 0,
            };
            let stage = match stage.as_deref() {
                Some(name) => stage_name(&pipeline, name)?,
                None => pipeline.first().to_string(),
            };
            let probability = probability.map(read_probability).transpose()?;
            let currency = match currency.as_deref() {
                Some(code) => read_currency(code)?,
                None => ctx.store.currency().to_string(),
            };
            let close_date = close_date
                .as_deref()
                .map(|typed| read_close_date(ctx, typed))
                .transpose()?;
            let (contact, _) = ctx.store.resolve_contact(&contact)?;
            let owner = match owner.as_deref() {
                Some(typed) => non_empty(Some(ctx.owner(typed))),
                None => contact.owner.clone(),
            };
            let deal = Deal {
                probability_override: probability,
                competitors: competitors
                    .iter()
                    .filter_map(|c| non_empty(Some(c)))
                    .collect(),
                quotes: quotes.iter().filter_map(|q| non_empty(Some(q))).collect(),
                close_date,
                owner,
                notes: notes.as_deref().map(clean_text).filter(|n| !n.is_empty()),
                quotes_required,
                quotes_received,
                ..Deal::open(
                    new_id(),
                    &contact,
                    title,
                    amount_minor,
                    &currency,
                    &stage,
                    ctx.now,
                )
            };
            ctx.store.add_deal(ctx.now, &deal)?;
            if !ctx.json {
                let contact = contact_summary(&contact);
                println!("{}", crate::t!("cli-deal-opened", contact = contact));
            }
            deal
        }
        DealCommand::Move { deal, stage } => {
            let deal = ctx.store.resolve_deal(&deal)?;
            let stage = stage_name(&pipeline, &stage)?;
            if stage == LOST {
                crate::refuse!("cli-deal-lose-with");
            }
            ctx.store
                .move_deal(ctx.now, &pipeline, &deal.id, &stage, None)?
        }
        DealCommand::Won { deal, reason } => {
            let deal = ctx.store.resolve_deal(&deal)?;
            let reason = non_empty(reason.as_deref());
            ctx.store
                .move_deal(ctx.now, &pipeline, &deal.id, WON, reason.as_deref())?
        }
        DealCommand::Lost { deal, reason } => {
            let deal = ctx.store.resolve_deal(&deal)?;
            let Some(reason) = non_empty(Some(&reason)) else {
                crate::refuse!("cli-deal-lost-needs-reason");
            };
            ctx.store
                .move_deal(ctx.now, &pipeline, &deal.id, LOST, Some(&reason))?
        }
        DealCommand::List(args) => return super::deal_list::list(ctx, &args),
        DealCommand::Edit(args) => super::deal_edit::edit(ctx, args)?,
        DealCommand::Rm { deal } => {
            let deal = ctx.store.resolve_deal(&deal)?;
            let gone = ctx.store.delete_deal(ctx.now, &deal.id)?;
            if !ctx.json {
                println!("{}", crate::t!("cli-deal-deleted"));
            }
            gone
        }
    };
    if ctx.json {
        print_json(&DealJson::of(&deal, &pipeline));
    } else {
        // English keeps the line scripts have always read; other languages show
        // money as their people write it.
        let currency = clean_line(&deal.currency);
        let (amount, expected) = match crate::i18n::lang() {
            crate::i18n::Lang::En => (
                format!("{} {currency}", deal.amount_text()),
                format!("{:.2}", deal.expected_value(&pipeline)),
            ),
            _ => (
                crate::i18n::format::money_minor(deal.amount_minor, &currency),
                crate::i18n::format::money(deal.expected_value(&pipeline), &currency),
            ),
        };
        println!(
            "{}  {}  {}  p={:.0}%  {}  {}",
            shown(&clean_line(&deal.title)),
            shown(&clean_line(&crate::i18n::stage(&deal.stage))),
            amount,
            deal.probability(&pipeline) * 100.0,
            shown(&crate::t!("cli-deal-expected", value = expected)),
            clean_line(&deal.id)
        );
    }
    Ok(())
}

pub(super) fn read_title(typed: &str) -> Result<String> {
    let title = clean_line(typed);
    if title.is_empty() {
        crate::refuse!("cli-deal-needs-title");
    }
    Ok(title)
}

pub(super) fn read_amount(typed: &str) -> Result<i64> {
    parse_amount(typed)
        .ok_or_else(|| refused(crate::t!("cli-deal-bad-amount", typed = clean_line(typed))))
}

pub(super) fn read_probability(p: f64) -> Result<f64> {
    if !(0.0..=1.0).contains(&p) {
        crate::refuse!("cli-deal-bad-probability", typed = p.to_string());
    }
    Ok(p)
}

pub(super) fn read_currency(code: &str) -> Result<String> {
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
        return Ok(code.to_ascii_uppercase());
    }
    crate::refuse!("cli-deal-bad-currency", typed = clean_line(code))
}

/// `--close-date` as typed: a date, or a day named as `--due` names one.
pub(super) fn read_close_date(ctx: &Context, typed: &str) -> Result<NaiveDate> {
    let order = DateOrder::of_region(ctx.config.region);
    parse_close_date(typed, ctx.now.with_timezone(&Local), order)
        .map_err(|problem| refused(format!("--close-date {problem}")))
}

fn stage_name(pipeline: &Pipeline, input: &str) -> Result<String> {
    pipeline
        .stage_name(input)
        .map(str::to_string)
        .ok_or_else(|| {
            refused(crate::t!(
                "cli-deal-not-a-stage",
                typed = clean_line(input),
                stages = pipeline.names().join(", ")
            ))
        })
}
