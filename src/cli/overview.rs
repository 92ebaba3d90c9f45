//! `leadometer` with no command, in a pipe or a script: an overview of the file.

use super::Context;
use super::output::{print_json, shown};
use super::search::{SearchArgs, search};
use crate::domain::text::clean_line;
use anyhow::Result;

/// What `leadometer` prints without a command: where the file is, what it holds, and
/// who was active last.
pub fn overview(ctx: &Context) -> Result<()> {
    let count = ctx.store.contact_count()?;
    if ctx.json {
        print_json(&super::json::contacts::OverviewJson {
            database: ctx.store.path().display().to_string(),
            contacts: count,
        });
        return Ok(());
    }
    let path = ctx.store.path().display().to_string();
    let line = crate::t!(
        "cli-overview-count",
        count = count,
        file = clean_line(&path)
    );
    println!("{}", shown(&line));
    if count > 0 {
        println!("\n{}", shown(&crate::t!("cli-overview-recent")));
        search(
            ctx,
            SearchArgs {
                query: String::new(),
                limit: Some(10),
            },
        )?;
    }
    let hint = crate::t!(
        "cli-overview-try",
        commands = "leadometer search 4900148 | show CONTACT | log call CONTACT | --help"
    );
    println!("\n{}", shown(&hint));
    Ok(())
}
