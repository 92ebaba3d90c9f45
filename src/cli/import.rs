//! `import`: contacts from the files people already have.

use super::Context;
use super::output::print_json;
use crate::domain::text::clean_line;
use crate::import::{ImportReport, ImportRequest, Prepared};
use anyhow::{Result, bail};

/// Imports `request`'s file, `prepared` (read and checked before the store was
/// opened) where the command line did that already.
pub fn import(ctx: &mut Context, request: ImportRequest, prepared: Option<Prepared>) -> Result<()> {
    let name = request.file.display().to_string();
    let prepared = match prepared {
        Some(prepared) => prepared,
        None => crate::import::prepare(&request, &ctx.config)?,
    };
    let report = prepared.store(&mut ctx.store, ctx.now, &mut |_| true)?;
    if ctx.json {
        print_json(&serde_json::to_value(&report)?);
    } else {
        print_report(&name, &report, request.dry_run);
    }
    if report.refused {
        let count = report.errors.len();
        bail!(
            "{name}: {count} bad row{}, nothing imported; fix {} or pass --skip-bad-rows",
            if count == 1 { "" } else { "s" },
            if count == 1 { "it" } else { "them" }
        );
    }
    Ok(())
}

/// Warnings printed for a person; `--json` lists them all.
const WARNINGS_SHOWN: usize = 20;

fn print_warnings(name: &str, warnings: &[String]) {
    for warning in warnings.iter().take(WARNINGS_SHOWN) {
        eprintln!("warning: {name}: {}", clean_line(warning));
    }
    if warnings.len() > WARNINGS_SHOWN {
        eprintln!(
            "warning: {name}: … and {} more (--json lists them all)",
            warnings.len() - WARNINGS_SHOWN
        );
    }
}

/// Warnings and errors quote the file's own cells, and a chat names its sender: all
/// of it is outside text, cleaned before it is shown.
fn print_report(name: &str, report: &ImportReport, dry_run: bool) {
    let name = clean_line(name);
    print_warnings(&name, &report.warnings);
    for error in &report.errors {
        eprintln!("{name}:{}: {}", error.line, clean_line(&error.message));
    }
    if !report.refused {
        println!("{}", clean_line(&report.summary(&name, dry_run)));
        for line in report.sender_lines() {
            println!("  {}", clean_line(&line));
        }
    }
}
