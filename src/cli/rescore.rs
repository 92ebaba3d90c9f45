//! `rescore`: every score again, lifecycles raised, expired leads marked.

use super::Context;
use super::output::print_json;
use anyhow::Result;

pub fn rescore(ctx: &mut Context) -> Result<()> {
    let started = std::time::Instant::now();
    let mut bar = super::progress_bar::Bar::new(ctx.json, super::progress_bar::Job::Rescore);
    let summary = ctx.store.rescore_all_with(ctx.now, true, &mut bar)?;
    bar.done();
    let seconds = started.elapsed().as_secs_f64();
    if ctx.json {
        print_json(&super::json::file::RescoredJson {
            summary: summary.clone(),
            seconds,
        });
    } else {
        let line = crate::t!(
            "cli-rescored",
            contacts = summary.contacts,
            seconds = super::output::seconds(seconds, 2),
            changed = summary.changed,
            raised = summary.lifecycle_raised,
            expired = summary.expired
        );
        println!("{}", super::output::shown(&line));
    }
    Ok(())
}
