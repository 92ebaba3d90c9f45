//! `score`: why a contact scores what it scores, rule by rule.

use super::Context;
use super::output::{contact_summary, print_json};
use crate::domain::scoring::Evidence;
use crate::domain::text::clean_line;
use anyhow::Result;
use clap::Args;
use serde_json::json;

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// The contact: an id, a phone, an email or an exact name.
    contact: String,
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
                    let when =
                        crate::i18n::format::date_time(&occurred_at.with_timezone(&chrono::Local));
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
