//! `merge`: another Leadometer file into this one, and how a merge is reported.

use super::Context;
use super::output::print_json;
use crate::domain::text::counted;
use crate::store::{Conflict, MergeReport, NotTaken};
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// The other Leadometer file: a colleague's copy, a conflicted copy, a backup.
    /// It is only read.
    pub other: PathBuf,
    /// Report what the merge would bring, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn merge(ctx: &mut Context, args: MergeArgs) -> Result<()> {
    let report = ctx
        .store
        .merge_from(ctx.now, &args.other, args.dry_run)
        .with_context(|| format!("nothing was merged from {}", args.other.display()))?;
    if ctx.json {
        print_json(&serde_json::to_value(&report)?);
        return Ok(());
    }
    let verb = if args.dry_run {
        "Would merge"
    } else {
        "Merged"
    };
    println!(
        "{verb} {} into {}: {}.",
        shown_path(&args.other),
        shown_path(ctx.store.path()),
        counts(&report)
    );
    print_conflicts(&report.conflicts);
    print_refusals(&report.not_taken);
    Ok(())
}

/// What the merge did not take as it was: schema objects not copied, rows kept
/// aside, clocks not believed, text cleaned. Every value shown is cleaned first.
pub(super) fn print_refusals(report: &NotTaken) {
    let clean = crate::domain::text::clean_line;
    for object in &report.not_copied {
        println!("Not copied: {}.", clean(object));
    }
    if !report.rows_set_aside.is_empty() {
        println!(
            "{} could not be stored here and {} kept aside whole (`leadometer check` lists them):",
            counted(report.rows_set_aside.len(), "row", "rows"),
            if report.rows_set_aside.len() == 1 {
                "is"
            } else {
                "are"
            },
        );
        for row in &report.rows_set_aside {
            println!(
                "  {} {}: {}",
                row.table,
                clean(&row.row_id),
                clean(&row.reason)
            );
        }
    }
    if report.rows_already_set_aside > 0 {
        println!(
            "{} refused again, already kept aside by an earlier merge.",
            counted(report.rows_already_set_aside, "row", "rows"),
        );
    }
    if !report.clocks_distrusted.is_empty() {
        let one = report.clocks_distrusted.len() == 1;
        println!(
            "{} not believed (not a clock, or over a day ahead); {} to any other change:",
            counted(
                report.clocks_distrusted.len(),
                "change clock was",
                "change clocks were"
            ),
            if one {
                "its value loses"
            } else {
                "their values lose"
            },
        );
        for c in report.clocks_distrusted.iter().take(20) {
            println!(
                "  {} {} {}: \"{}\" is {}",
                c.table,
                clean(&c.row_id),
                clean(&c.field),
                clean(&c.clock),
                c.reason
            );
        }
        if report.clocks_distrusted.len() > 20 {
            println!("  … and {} more", report.clocks_distrusted.len() - 20);
        }
    }
    if report.texts_cleaned > 0 {
        println!(
            "{} held control characters or escape sequences, removed on the way in.",
            counted(report.texts_cleaned, "text value", "text values"),
        );
    }
}

/// A path as the terminal may show it.
pub(super) fn shown_path(path: &Path) -> String {
    crate::domain::text::clean_line(&path.display().to_string())
}

pub(super) fn counts(report: &MergeReport) -> String {
    format!(
        "{} added and {} updated, {} added, and {} of phones, emails, accounts, deals and tasks added or changed",
        counted(report.contacts_added, "contact", "contacts"),
        report.contacts_updated,
        counted(report.interactions_added, "interaction", "interactions"),
        report.other_rows_added + report.other_rows_updated
    )
}

pub(super) fn print_conflicts(conflicts: &[Conflict]) {
    if conflicts.is_empty() {
        return;
    }
    println!(
        "{} changed on both copies; the later change is kept and both are on the timeline:",
        counted(conflicts.len(), "field was", "fields were"),
    );
    for c in conflicts {
        let who = c.contact.as_deref().unwrap_or(&c.table);
        println!(
            "  {} · {}: kept {} ({}, {}), overwritten {} ({}, {})",
            crate::domain::text::clean_line(who),
            c.field,
            shown(&c.kept),
            crate::domain::text::clean_line(&c.kept_by),
            crate::i18n::format::date_time(&c.kept_at),
            shown(&c.lost),
            crate::domain::text::clean_line(&c.lost_by),
            crate::i18n::format::date_time(&c.lost_at),
        );
    }
}

fn shown(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => format!("\"{}\"", crate::domain::text::clean_line(text)),
        serde_json::Value::Null => "nothing".into(),
        other => other.to_string(),
    }
}
