//! `deal edit`: change a deal's fields. Every flag is read and checked before the
//! store is touched, so a bad value names its flag and writes nothing.

use super::Context;
use super::deal::{read_amount, read_close_date, read_currency, read_probability, read_title};
use crate::domain::Deal;
use crate::domain::text::{clean_line, clean_text, fold, non_empty};
use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The deal: its id, or its exact title when that is unique.
    deal: String,
    /// A new title.
    #[arg(long)]
    title: Option<String>,
    /// e.g. 12500 or 12,500.50
    #[arg(long)]
    amount: Option<String>,
    /// A three-letter code such as ILS.
    #[arg(long)]
    currency: Option<String>,
    /// This deal's chance of closing, 0.0 to 1.0; "stage" goes back to the stage's.
    #[arg(long)]
    probability: Option<String>,
    /// Expected close date: 2024-04-30, or a day as --due takes it (next friday,
    /// in 2 weeks, 15.12.); "none" clears it.
    #[arg(long)]
    close_date: Option<String>,
    /// Add a competitor (repeatable).
    #[arg(long = "competitor", value_name = "NAME")]
    competitors: Vec<String>,
    /// Remove a competitor (repeatable).
    #[arg(long = "remove-competitor", value_name = "NAME")]
    remove_competitors: Vec<String>,
    /// How many quotes the customer wants before deciding.
    #[arg(long, value_name = "N")]
    quotes_required: Option<u32>,
    /// How many quotes they have had.
    #[arg(long, value_name = "N")]
    quotes_received: Option<u32>,
    /// Who works the deal ("me" for the configured user; "" or "none": nobody).
    #[arg(long)]
    owner: Option<String>,
    /// "" clears them.
    #[arg(long)]
    notes: Option<String>,
}

/// What the flags ask for, read and checked: None leaves a field as it is.
struct Wanted {
    title: Option<String>,
    amount_minor: Option<i64>,
    currency: Option<String>,
    probability: Option<Option<f64>>,
    close_date: Option<Option<NaiveDate>>,
    owner: Option<Option<String>>,
    notes: Option<Option<String>>,
}

pub fn edit(ctx: &mut Context, args: EditArgs) -> Result<Deal> {
    let wanted = read(ctx, &args)?;
    let deal = ctx.store.resolve_deal(&args.deal)?;
    for name in &args.remove_competitors {
        if !deal.competitors.iter().any(|c| fold(c) == fold(name)) {
            let competitors = match deal.competitors.as_slice() {
                [] => crate::t!("cli-deal-no-competitors"),
                all => all.join(", "),
            };
            crate::refuse!(
                "cli-deal-not-a-competitor",
                typed = clean_line(name),
                competitors = competitors
            );
        }
    }
    let edited = ctx.store.edit_deal(ctx.now, &deal.id, |d| {
        if let Some(title) = &wanted.title {
            d.title = title.clone();
        }
        if let Some(amount) = wanted.amount_minor {
            d.amount_minor = amount;
        }
        if let Some(currency) = &wanted.currency {
            d.currency = currency.clone();
        }
        if let Some(probability) = wanted.probability {
            d.probability_override = probability;
        }
        if let Some(date) = wanted.close_date {
            d.close_date = date;
        }
        d.competitors
            .retain(|c| !args.remove_competitors.iter().any(|r| fold(r) == fold(c)));
        for name in args.competitors.iter().filter_map(|c| non_empty(Some(c))) {
            if !d.competitors.iter().any(|c| fold(c) == fold(&name)) {
                d.competitors.push(name);
            }
        }
        if let Some(n) = args.quotes_required {
            d.quotes_required = n;
        }
        if let Some(n) = args.quotes_received {
            d.quotes_received = n;
        }
        if let Some(owner) = &wanted.owner {
            d.owner = owner.clone();
        }
        if let Some(notes) = &wanted.notes {
            d.notes = notes.clone();
        }
        Ok(())
    })?;
    if !ctx.json {
        println!("{}", crate::t!("cli-deal-saved"));
    }
    Ok(edited)
}

fn read(ctx: &Context, args: &EditArgs) -> Result<Wanted> {
    let probability = match args.probability.as_deref().map(str::trim) {
        None => None,
        Some("stage") => Some(None),
        Some(typed) => {
            let p: f64 = typed.parse().map_err(|_| {
                crate::failure::refused(crate::t!(
                    "cli-deal-probability-not-number",
                    typed = clean_line(typed)
                ))
            })?;
            Some(Some(read_probability(p)?))
        }
    };
    let close_date = match args.close_date.as_deref().map(str::trim) {
        None => None,
        Some("none" | "") => Some(None),
        Some(typed) => Some(Some(read_close_date(ctx, typed)?)),
    };
    let owner = args.owner.as_deref().map(|typed| match typed.trim() {
        "" | "none" => None,
        typed => non_empty(Some(ctx.owner(typed))),
    });
    Ok(Wanted {
        title: args.title.as_deref().map(read_title).transpose()?,
        amount_minor: args.amount.as_deref().map(read_amount).transpose()?,
        currency: args.currency.as_deref().map(read_currency).transpose()?,
        probability,
        close_date,
        owner,
        notes: args
            .notes
            .as_deref()
            .map(|n| Some(clean_text(n)).filter(|n| !n.is_empty())),
    })
}
