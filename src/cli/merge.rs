//! `merge`: another Leadometer file into this one, and how a merge is reported.

use super::Context;
use super::output::print_json;
use super::output::shown as laid_out;
use super::progress_bar::{Bar, Job};
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
    let mut bar = Bar::new(ctx.json, Job::Merge);
    let report = ctx
        .store
        .merge_from_with(ctx.now, &args.other, args.dry_run, &mut bar)
        .with_context(|| crate::t!("cli-merge-nothing", file = shown_path(&args.other)))?;
    bar.done();
    if ctx.json {
        print_json(&report);
        return Ok(());
    }
    let id = if args.dry_run {
        "cli-merge-would"
    } else {
        "cli-merge-done"
    };
    let line = crate::i18n::message_with(
        id,
        &[
            ("file", shown_path(&args.other).into()),
            ("into", shown_path(ctx.store.path()).into()),
            ("counts", counts(&report).into()),
        ],
    );
    println!("{}", laid_out(&line));
    print_conflicts(&report.conflicts);
    print_refusals(&report.not_taken);
    Ok(())
}

/// What the merge did not take as it was: schema objects not copied, rows kept
/// aside, clocks not believed, text cleaned. Every value shown is cleaned first.
pub(super) fn print_refusals(report: &NotTaken) {
    let clean = crate::domain::text::clean_line;
    for object in &report.not_copied {
        println!(
            "{}",
            laid_out(&crate::t!("cli-merge-not-copied", object = clean(object)))
        );
    }
    if !report.rows_set_aside.is_empty() {
        let count = report.rows_set_aside.len();
        println!(
            "{}",
            laid_out(&crate::t!("cli-merge-rows-aside", count = count))
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
        let count = report.rows_already_set_aside;
        let line = crate::t!("cli-merge-rows-aside-again", count = count);
        println!("{}", laid_out(&line));
    }
    if !report.clocks_distrusted.is_empty() {
        let count = report.clocks_distrusted.len();
        let line = crate::t!("cli-merge-clocks-distrusted", count = count);
        println!("{}", laid_out(&line));
        for c in report.clocks_distrusted.iter().take(20) {
            let line = crate::t!(
                "cli-merge-clock",
                table = c.table.as_str(),
                row = clean(&c.row_id),
                field = clean(&c.field),
                clock = clean(&c.clock),
                reason = clock_distrusted_because(&c.reason)
            );
            println!("  {}", laid_out(&line));
        }
        if report.clocks_distrusted.len() > 20 {
            let more = report.clocks_distrusted.len() - 20;
            println!("  {}", laid_out(&crate::t!("cli-and-more", count = more)));
        }
    }
    if report.texts_cleaned > 0 {
        let line = crate::t!("cli-merge-texts-cleaned", count = report.texts_cleaned);
        println!("{}", laid_out(&line));
    }
}

/// A path as the terminal may show it.
/// Why a clock was not believed, in the user's language: the merge names it by a
/// fixed English phrase, which `--json` keeps.
fn clock_distrusted_because(reason: &str) -> String {
    match reason {
        "not a clock" => crate::t!("cli-merge-not-a-clock"),
        "more than a day ahead" => crate::t!("cli-merge-clock-ahead"),
        other => crate::domain::text::clean_line(other),
    }
}

pub(super) fn shown_path(path: &Path) -> String {
    crate::domain::text::clean_line(&path.display().to_string())
}

pub(super) fn counts(report: &MergeReport) -> String {
    crate::t!(
        "cli-merge-counts",
        contacts = report.contacts_added,
        updated = report.contacts_updated,
        interactions = report.interactions_added,
        others = report.other_rows_added + report.other_rows_updated
    )
}

pub(super) fn print_conflicts(conflicts: &[Conflict]) {
    if conflicts.is_empty() {
        return;
    }
    let heading = crate::t!("cli-merge-conflicts", count = conflicts.len());
    println!("{}", laid_out(&heading));
    for c in conflicts {
        let who = c.contact.as_deref().unwrap_or(&c.table);
        let line = crate::t!(
            "cli-merge-conflict",
            who = crate::domain::text::clean_line(who),
            field = c.field.as_str(),
            kept = shown(&c.kept),
            kept_by = crate::domain::text::clean_line(&c.kept_by),
            kept_at = crate::i18n::format::date_time(&c.kept_at),
            lost = shown(&c.lost),
            lost_by = crate::domain::text::clean_line(&c.lost_by),
            lost_at = crate::i18n::format::date_time(&c.lost_at)
        );
        println!("  {}", laid_out(&line));
    }
}

fn shown(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => format!("\"{}\"", crate::domain::text::clean_line(text)),
        serde_json::Value::Null => crate::t!("cli-merge-nothing-value"),
        other => other.to_string(),
    }
}
