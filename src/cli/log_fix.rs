//! `log edit`, `log rm`, `log versions`: correcting what was logged. A correction
//! is a new fact superseding the entry; the earlier versions are kept.

use super::Context;
use super::json::records::InteractionJson;
use super::log::{parse_at, parse_duration};
use super::output::{interaction_line, print_json};
use crate::domain::text::clean_text;
use crate::domain::{Direction, InteractionKind};
use crate::store::{Changes, StoreError};
use anyhow::Result;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum LogFix {
    /// Correct a logged entry: its text, outcome, duration, time or direction.
    Edit(EditEntryArgs),
    /// Delete a logged entry (it stays among the earlier versions).
    Rm(EntryArgs),
    /// Every version of a logged entry, oldest first.
    Versions(EntryArgs),
}

#[derive(Debug, Args)]
pub struct EntryArgs {
    /// The entry's id, or a unique start of it (8 characters at least);
    /// `show CONTACT --json` gives the ids.
    entry: String,
}

#[derive(Debug, Args)]
pub struct EditEntryArgs {
    #[command(flatten)]
    entry: EntryArgs,
    /// The corrected text ("" clears it).
    #[arg(long)]
    text: Option<String>,
    /// The corrected outcome ("" clears it), e.g. answered, no-answer.
    #[arg(long)]
    outcome: Option<String>,
    /// The corrected duration, e.g. 5m, 1h30m, 90s.
    #[arg(long)]
    duration: Option<String>,
    /// When it really happened: 14:30, yesterday 10:00, 2024-01-15 21:05.
    #[arg(long)]
    at: Option<String>,
    /// in (they reached us) or out (we reached them).
    #[arg(long)]
    direction: Option<Direction>,
}

pub fn run(ctx: &mut Context, fix: LogFix) -> Result<()> {
    match fix {
        LogFix::Edit(args) => {
            let changes = Changes {
                text: args.text.as_deref().map(clean_text),
                outcome: args.outcome.as_deref().map(clean_text),
                duration_secs: parse_duration(args.duration.as_deref())?,
                occurred_at: parse_at(args.at.as_deref(), ctx.now)?,
                direction: args.direction,
            };
            if changes == Changes::default() {
                crate::refuse!("cli-log-fix-nothing");
            }
            let corrected = ctx
                .store
                .correct_interaction(ctx.now, &args.entry.entry, &changes)
                .map_err(name_the_option)?;
            if ctx.json {
                print_json(&InteractionJson::from(&corrected));
            } else {
                println!("{}", crate::t!("cli-corrected"));
                println!("  {}", interaction_line(&corrected));
            }
        }
        LogFix::Rm(args) => {
            let gone = ctx.store.interaction(&args.entry)?;
            let retraction = ctx.store.retract_interaction(ctx.now, &args.entry)?;
            if ctx.json {
                print_json(&InteractionJson::from(&retraction));
            } else {
                println!("{}", crate::t!("cli-entry-deleted", id = &gone.id));
                println!("  {}", interaction_line(&gone));
            }
        }
        LogFix::Versions(args) => {
            let versions = ctx.store.versions_of(&args.entry)?;
            if ctx.json {
                print_json(
                    &versions
                        .iter()
                        .map(InteractionJson::from)
                        .collect::<Vec<_>>(),
                );
                return Ok(());
            }
            let last = versions.len().saturating_sub(1);
            for (n, version) in versions.iter().enumerate() {
                let mark = match (n == last, version.kind) {
                    (true, InteractionKind::Retracted) => crate::t!("version-deleted"),
                    (true, _) => crate::t!("version-current"),
                    (false, _) if n == 0 => crate::t!("version-first"),
                    _ => crate::t!("version-earlier"),
                };
                let mark = pad_to(&super::output::shown(&mark), 8);
                println!("  {mark} {}  {}", interaction_line(version), version.id);
            }
        }
    }
    Ok(())
}

/// `text` padded with spaces to `width` columns of the terminal.
fn pad_to(text: &str, width: usize) -> String {
    let used = unicode_width::UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(used)))
}

/// A refused value named as the option that gives it (`text:` → `--text:`).
pub(super) fn name_the_option(error: StoreError) -> anyhow::Error {
    match error {
        StoreError::Invalid { field, message } if field == "text" => {
            crate::failure::refused(format!("--text: {message}"))
        }
        other => other.into(),
    }
}
