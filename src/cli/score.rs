//! `score`: why a contact scores what it scores, rule by rule.

use super::Context;
use super::output::{contact_summary, print_json, shown};
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
        println!("  {:>+5}  {}{decayed}", hit.points, clean_line(&hit.name));
        for evidence in &hit.evidence {
            match evidence {
                Evidence::Field { field, value } => {
                    let line = format!("{}: {}", field_word(field), value_word(field, value));
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

/// A scoring rule's field, as `show` names it; a field with no label of its own
/// (emails, phones, flag) keeps its name.
fn field_word(field: &str) -> String {
    match field {
        "kind" => crate::t!("cli-field-kind"),
        "role" => crate::t!("cli-field-role"),
        "source" => crate::t!("cli-field-source"),
        "campaign" => crate::t!("cli-field-campaign"),
        "origin" => crate::t!("cli-field-origin"),
        "quality" => crate::t!("cli-field-quality"),
        "lifecycle" => crate::t!("cli-field-lifecycle"),
        "emails" => crate::t!("cli-field-emails"),
        "phones" => crate::t!("cli-field-phones"),
        "flag" => crate::t!("cli-field-flag"),
        other => other.to_string(),
    }
}

/// The value a rule saw: a word of a list by its label, anything typed as typed.
fn value_word(field: &str, value: &str) -> String {
    use crate::domain::{ContactKind, Lifecycle, Origin};
    let label = match field {
        "kind" => value.parse::<ContactKind>().ok().map(ContactKind::label),
        "origin" => value.parse::<Origin>().ok().map(Origin::label),
        "lifecycle" => value.parse::<Lifecycle>().ok().map(Lifecycle::label),
        _ => None,
    };
    label.unwrap_or_else(|| clean_line(value))
}
