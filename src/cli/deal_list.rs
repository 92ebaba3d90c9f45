//! `deal list`: every deal, filtered by stage and owner, with its expected value, and
//! the totals of what is listed.

use super::Context;
use super::json::records::DealJson;
use super::json::work::{DealListJson, ListedDealJson, by_currency};
use super::output::{print_json, print_table, shown};
use crate::domain::money::Sums;
use crate::domain::text::clean_line;
use crate::domain::{Deal, Pipeline};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the deals in this stage (Won and Lost too, or a stage the config no
    /// longer has).
    #[arg(long)]
    stage: Option<String>,
    /// Only this owner's deals ("me" for the configured user).
    #[arg(long)]
    owner: Option<String>,
}

pub fn list(ctx: &mut Context, args: &ListArgs) -> Result<()> {
    let pipeline = ctx.config.pipeline();
    let all = ctx.store.all_deals()?;
    let stage = match args.stage.as_deref() {
        Some(typed) => Some(wanted_stage(&pipeline, &all, typed)?),
        None => None,
    };
    let owner = args
        .owner
        .as_deref()
        .map(|typed| ctx.owner(typed).to_string());
    let deals: Vec<&(Deal, String)> = all
        .iter()
        .filter(|(deal, _)| stage.as_ref().is_none_or(|s| deal.stage == *s))
        .filter(|(deal, _)| {
            owner.as_ref().is_none_or(|o| {
                deal.owner
                    .as_deref()
                    .is_some_and(|mine| mine.eq_ignore_ascii_case(o))
            })
        })
        .collect();
    let amounts: Sums = deals
        .iter()
        .map(|(d, _)| (d.currency.as_str(), d.amount()))
        .collect();
    let expected: Sums = deals
        .iter()
        .map(|(d, _)| (d.currency.as_str(), d.expected_value(&pipeline)))
        .collect();
    if ctx.json {
        // "amount" and "expected_value" stay the plain sums scripts already read
        // (right when the deals share a currency); "by_currency" keeps each apart.
        let total: f64 = amounts.iter().map(|(_, a)| a).sum();
        let expected_total: f64 = expected.iter().map(|(_, a)| a).sum();
        let items: Vec<ListedDealJson> = deals
            .iter()
            .map(|(deal, contact)| ListedDealJson {
                deal: DealJson::of(deal, &pipeline),
                contact: contact.clone(),
                stage_known: pipeline.knows(&deal.stage),
            })
            .collect();
        print_json(&DealListJson {
            deals: items,
            count: deals.len(),
            amount: total,
            expected_value: expected_total,
            by_currency: by_currency(&amounts, &expected),
        });
        return Ok(());
    }
    if deals.is_empty() {
        println!("{}", shown(&crate::t!("cli-deal-none-match")));
        return Ok(());
    }
    let rows: Vec<Vec<String>> = deals
        .iter()
        .map(|(deal, contact)| {
            let stage = if pipeline.knows(&deal.stage) {
                crate::i18n::stage(&deal.stage)
            } else {
                crate::t!("cli-deal-unknown-stage", stage = deal.stage.as_str())
            };
            vec![
                deal.title.clone(),
                contact.clone(),
                stage,
                crate::i18n::format::money_minor(deal.amount_minor, &deal.currency),
                format!("{:.0}%", deal.probability(&pipeline) * 100.0),
                crate::i18n::format::money(deal.expected_value(&pipeline), &deal.currency),
                deal.close_date
                    .map_or(String::new(), crate::i18n::format::date),
                deal.owner.clone().unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        &[
            "TITLE", "CONTACT", "STAGE", "AMOUNT", "P", "EXPECTED", "CLOSE", "OWNER",
        ],
        &rows,
    );
    // One total line per currency: deals in shekels and in forints are not added.
    println!(
        "{}",
        shown(&crate::t!("cli-deal-count", count = deals.len()))
    );
    for (code, amount) in amounts.iter() {
        let line = crate::t!(
            "cli-deal-total",
            amount = crate::i18n::format::money(amount, code),
            expected = crate::i18n::format::money(expected.get(code), code)
        );
        println!("  {}", shown(&line));
    }
    Ok(())
}

/// The stage `--stage` names: one of the pipeline's, matched as `deal move` matches
/// it, or one the config no longer has that a deal is still in.
fn wanted_stage(pipeline: &Pipeline, deals: &[(Deal, String)], typed: &str) -> Result<String> {
    if let Some(known) = pipeline.stage_name(typed) {
        return Ok(known.to_string());
    }
    let wanted = typed.trim();
    match deals
        .iter()
        .find(|(d, _)| d.stage.eq_ignore_ascii_case(wanted))
    {
        Some((deal, _)) => Ok(deal.stage.clone()),
        None => crate::refuse!(
            "cli-deal-not-a-stage-option",
            typed = clean_line(typed),
            stages = pipeline.names().join(", ")
        ),
    }
}
