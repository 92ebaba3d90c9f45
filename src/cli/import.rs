//! `import`: contacts from the files people already have.

use super::Context;
use super::output::print_json;
use crate::io::csv::Flavor;
use crate::io::decode::decode;
use crate::store::ImportSummary;
use anyhow::{Context as _, Result, anyhow, bail};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    /// Tell from the headers.
    Auto,
    /// Any sheet with a header row; columns are mapped by their names.
    Csv,
    /// HubSpot's contact export.
    Hubspot,
    /// Google Contacts' export (the current and the older layout).
    Google,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file: a CSV from HubSpot, Google Contacts, Excel or anywhere with a header row.
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = ImportFormat::Auto)]
    pub format: ImportFormat,
    /// The file's encoding when it is not UTF-8: windows-1255 (Hebrew), windows-1250
    /// (Hungarian), or any WHATWG label.
    #[arg(long, value_name = "ENC")]
    pub encoding: Option<String>,
    /// Report exactly what would happen, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows and list the bad ones, instead of importing nothing.
    #[arg(long)]
    pub skip_bad_rows: bool,
    /// Read local phone numbers as this country's (e.g. HU), instead of the config's
    /// region: for a sheet from an office abroad.
    #[arg(long, value_name = "CC")]
    pub region: Option<String>,
}

pub fn import(ctx: &mut Context, args: ImportArgs) -> Result<()> {
    let name = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {name}"))?;
    let text = decode(&bytes, args.encoding.as_deref()).map_err(|e| anyhow!("{name}: {e}"))?;
    let flavor = match args.format {
        ImportFormat::Auto => None,
        ImportFormat::Csv => Some(Flavor::Csv),
        ImportFormat::Hubspot => Some(Flavor::Hubspot),
        ImportFormat::Google => Some(Flavor::Google),
    };
    let region = match &args.region {
        Some(code) => crate::domain::phone::parse_region(code)
            .ok_or_else(|| anyhow!("--region {code}: not a country code (try IL, HU or GB)"))?,
        None => ctx.store.region(),
    };
    let parsed = crate::io::csv::parse(&text, flavor, region, ctx.store.user());
    let refused = !parsed.errors.is_empty() && !args.skip_bad_rows;
    let mut summary = if refused {
        ImportSummary::default()
    } else {
        let file = args
            .file
            .file_name()
            .map_or_else(|| name.clone(), |f| f.to_string_lossy().to_string());
        ctx.store
            .import_contacts(ctx.now, &file, &parsed.records, args.dry_run)?
    };
    summary.warnings = parsed.warnings;
    summary.skipped += if refused { 0 } else { parsed.errors.len() };
    summary.errors = parsed.errors;
    if ctx.json {
        print_json(&serde_json::to_value(&summary)?);
    } else {
        report(&name, &summary, args.dry_run, refused);
    }
    if refused {
        let count = summary.errors.len();
        bail!(
            "{name}: {count} bad row{}, nothing imported; fix {} or pass --skip-bad-rows",
            if count == 1 { "" } else { "s" },
            if count == 1 { "it" } else { "them" }
        );
    }
    Ok(())
}

fn report(name: &str, summary: &ImportSummary, dry_run: bool, refused: bool) {
    for warning in &summary.warnings {
        eprintln!("warning: {name}: {warning}");
    }
    for error in &summary.errors {
        eprintln!("{name}:{}: {}", error.line, error.message);
    }
    if refused {
        return;
    }
    let counts = format!(
        "{} created, {} merged, {} skipped",
        summary.created, summary.merged, summary.skipped
    );
    if dry_run {
        println!("Dry run of {name}: {counts}. Nothing was written.");
    } else {
        println!("Imported {name}: {counts}.");
    }
}
