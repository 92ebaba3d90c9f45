//! `sync`: the shared copy merged into this file, and the result published back.

use super::Context;
use super::merge::{counts, print_conflicts, print_refusals, shown_path};
use super::output::print_json;
use super::progress_bar::{Bar, Job};
use crate::store::MergeReport;
use crate::sync::SyncReport;
use anyhow::{Result, bail};

pub fn sync(ctx: &mut Context) -> Result<()> {
    let Some(shared) = ctx.config.shared.clone() else {
        if ctx.config.server.is_some() {
            return super::server::sync(ctx);
        }
        bail!(crate::sync::SyncError::NotConfigured);
    };
    let mut bar = Bar::new(ctx.json, Job::Sync);
    let report = crate::sync::run_with(&mut ctx.store, ctx.now, &shared, &mut bar)?;
    bar.done();
    tracing::info!(
        merged = report.merged.len(),
        set_aside = report.set_aside.len(),
        published = report.published,
        "synced with the shared folder"
    );
    if ctx.json {
        print_json(&super::json::server::SyncJson::SharedFolder(report));
        return Ok(());
    }
    let waiting = crate::sync::status(&ctx.store)?.unpublished;
    print_sync(&report, waiting);
    // An office moving over keeps its shared folder and its server side by side.
    if ctx.config.server.is_some() {
        return super::server::sync(ctx);
    }
    Ok(())
}

/// Every path and reason printed comes from the shared folder, where anyone may
/// have named a file: each is cleaned of control characters first (an escape
/// sequence in a file name would otherwise act on the terminal).
fn print_sync(report: &SyncReport, waiting: bool) {
    for file in &report.merged {
        match &file.archived_to {
            Some(to) => println!(
                "{}",
                crate::t!(
                    "cli-sync-merged-moved",
                    file = shown_path(&file.path),
                    to = shown_path(to)
                )
            ),
            None => println!(
                "{}",
                crate::t!("cli-sync-merged", file = shown_path(&file.path))
            ),
        }
    }
    for aside in &report.set_aside {
        let reason = crate::domain::text::clean_line(&aside.reason);
        match &aside.moved_to {
            Some(to) => eprintln!(
                "{}",
                crate::t!(
                    "cli-sync-set-aside",
                    file = shown_path(&aside.path),
                    reason = &reason,
                    to = shown_path(to)
                )
            ),
            None => eprintln!(
                "{}",
                crate::t!(
                    "cli-sync-skipped",
                    file = shown_path(&aside.path),
                    reason = &reason
                )
            ),
        }
    }
    let brought = MergeReport {
        contacts_added: report.contacts_added,
        contacts_updated: report.contacts_updated,
        interactions_added: report.interactions_added,
        ..MergeReport::default()
    };
    if brought.changed_anything() {
        println!(
            "{}",
            crate::t!("cli-sync-brought", counts = counts(&brought))
        );
    }
    print_refusals(&report.not_taken);
    print_conflicts(&report.conflicts);
    if report.published {
        let file = shown_path(&report.shared);
        println!("{}", crate::t!("cli-sync-published", file = file));
    } else if waiting {
        let file = shown_path(&report.shared);
        println!("{}", crate::t!("cli-sync-waiting", file = file));
    } else {
        let file = shown_path(&report.shared);
        println!("{}", crate::t!("cli-sync-up-to-date", file = file));
    }
}
