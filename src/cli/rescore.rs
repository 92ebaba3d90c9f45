//! `rescore`: every score again, lifecycles raised, expired leads marked.

use super::Context;
use super::output::print_json;
use crate::domain::text::counted;
use anyhow::Result;

pub fn rescore(ctx: &mut Context) -> Result<()> {
    let started = std::time::Instant::now();
    let summary = ctx.store.rescore_all(ctx.now, true)?;
    let seconds = started.elapsed().as_secs_f64();
    if ctx.json {
        let mut value = serde_json::to_value(&summary)?;
        value["seconds"] = seconds.into();
        print_json(&value);
    } else {
        println!(
            "Rescored {} in {seconds:.2} s: {} changed, {} raised, {} expired.",
            counted(summary.contacts, "contact", "contacts"),
            counted(summary.changed, "score", "scores"),
            counted(summary.lifecycle_raised, "lifecycle", "lifecycles"),
            counted(summary.expired, "lead", "leads"),
        );
    }
    Ok(())
}
