//! `score`: why a contact scores what it scores, rule by rule.

use super::Context;
use super::json::contacts::{ScoreJson, ThresholdsJson};
use super::output::{contact_summary, print_json, shown};
use crate::domain::scoring::Evidence;
use crate::domain::text::clean_line;
use anyhow::Result;
use clap::Args;

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
        print_json(&ScoreJson {
            contact_id: contact.id,
            name: contact.name,
            total: result.total,
            temperature: result.temperature,
            lifecycle: contact.lifecycle,
            thresholds: ThresholdsJson {
                mql_at: scoring.mql_at,
                sql_at: scoring.sql_at,
                warm: scoring.bands.warm,
                hot: scoring.bands.hot,
            },
            rules: result.rules,
        });
        return Ok(());
    }
    println!("{}", contact_summary(&contact));
    let line = crate::t!(
        "cli-score-line",
        total = result.total.to_string(),
        temperature = result.temperature.label(),
        lifecycle = contact.lifecycle.label(),
        warm = scoring.bands.warm.to_string(),
        hot = scoring.bands.hot.to_string(),
        mql = scoring.mql_at.to_string(),
        sql = scoring.sql_at.to_string()
    );
    println!("{}", shown(&line));
    if result.rules.is_empty() {
        println!("  {}", shown(&crate::t!("score-no-rule")));
    }
    for hit in &result.rules {
        let decayed = if hit.points != hit.base_points {
            let of = crate::t!("cli-score-decayed", points = hit.base_points.to_string());
            format!(" ({of})")
        } else {
            String::new()
        };
        let name = crate::domain::scoring_words::rule_name(&hit.name);
        println!(
            "  {:>+5}  {}{decayed}",
            hit.points,
            shown(&clean_line(&name))
        );
        for evidence in &hit.evidence {
            match evidence {
                Evidence::Field { field, value } => {
                    let line =
                        clean_line(&crate::domain::scoring_words::field_evidence(field, value));
                    println!("           {}", shown(&line));
                }
                Evidence::Interaction {
                    kind,
                    direction,
                    occurred_at,
                    interaction_id,
                } => {
                    let when =
                        crate::i18n::format::date_time(&occurred_at.with_timezone(&chrono::Local));
                    let what = match direction {
                        Some(d) => format!("{} {}", kind.label(), d.label()),
                        None => kind.label(),
                    };
                    let line = crate::t!("cli-score-evidence-at", what = what, when = when);
                    println!(
                        "           {}  ({})",
                        shown(&line),
                        clean_line(interaction_id)
                    );
                }
            }
        }
    }
    Ok(())
}
