//! `import`: contacts from the files people already have.

use super::Context;
use super::output::print_json;
use crate::domain::Direction;
use crate::domain::text::fold;
use crate::domain::when::local_to_utc;
use crate::io::LineError;
use crate::io::csv::Flavor;
use crate::io::decode::decode;
use crate::io::whatsapp::DateOrder;
use crate::store::{ChatMessage, ImportCounts};
use anyhow::{Context as _, Result, anyhow, bail};
use serde::Serialize;
use std::path::PathBuf;

/// What `import` reports: the store's counts, and what reading the file found.
#[derive(Debug, Default, Serialize)]
struct ImportSummary {
    #[serde(flatten)]
    counts: ImportCounts,
    warnings: Vec<String>,
    errors: Vec<LineError>,
}

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
    /// vCard 2.1, 3.0 or 4.0 (a phone's or Apple's address book export).
    Vcard,
    /// A WhatsApp "Export chat" text file (needs --contact).
    Whatsapp,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file: a CSV (HubSpot, Google Contacts, Excel, any sheet with a header row),
    /// a vCard file, or a WhatsApp chat export.
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
    /// For a chat: who it is with (an id, a phone, an email or a unique name).
    #[arg(long, value_name = "CONTACT")]
    pub contact: Option<String>,
    /// For a chat: your name as it appears in it (default: the config's user).
    #[arg(long, value_name = "NAME")]
    pub me: Option<String>,
    /// For a chat whose dates could be read either way.
    #[arg(long, value_enum)]
    pub date_order: Option<DateOrder>,
}

pub fn import(ctx: &mut Context, args: ImportArgs) -> Result<()> {
    let name = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {name}"))?;
    let text = decode(&bytes, args.encoding.as_deref()).map_err(|e| anyhow!("{name}: {e}"))?;
    let chat = match args.format {
        ImportFormat::Whatsapp => true,
        ImportFormat::Auto => crate::io::whatsapp::looks_like_chat(&text),
        _ => false,
    };
    if chat {
        return import_chat(ctx, &args, &name, &text);
    }
    let vcard = match args.format {
        ImportFormat::Vcard => true,
        ImportFormat::Auto => crate::io::vcard::looks_like_vcard(&text),
        _ => false,
    };
    let flavor = match args.format {
        ImportFormat::Csv => Some(Flavor::Csv),
        ImportFormat::Hubspot => Some(Flavor::Hubspot),
        ImportFormat::Google => Some(Flavor::Google),
        _ => None,
    };
    let region = match &args.region {
        Some(code) => crate::domain::phone::parse_region(code)
            .ok_or_else(|| anyhow!("--region {code}: not a country code (try IL, HU or GB)"))?,
        None => ctx.store.region(),
    };
    let parsed = if vcard {
        crate::io::vcard::parse(&text, region, ctx.store.user())
    } else {
        crate::io::csv::parse(&text, flavor, region, ctx.store.user())
    };
    let refused = !parsed.errors.is_empty() && !args.skip_bad_rows;
    let mut counts = if refused {
        ImportCounts::default()
    } else {
        let records: Vec<_> = parsed
            .records
            .iter()
            .map(|r| (r.line, &r.contact))
            .collect();
        ctx.store
            .import_contacts(ctx.now, &file_name(&args.file), &records, args.dry_run)?
    };
    counts.skipped += if refused { 0 } else { parsed.errors.len() };
    let summary = ImportSummary {
        counts,
        warnings: parsed.warnings,
        errors: parsed.errors,
    };
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

fn import_chat(ctx: &mut Context, args: &ImportArgs, name: &str, text: &str) -> Result<()> {
    let Some(who) = args.contact.as_deref() else {
        bail!("{name} is a WhatsApp chat: say who it is with, --contact CONTACT");
    };
    let (contact, _) = ctx.store.resolve_contact(who)?;
    let chat = crate::io::whatsapp::parse(text, args.date_order)
        .map_err(|e| anyhow!("{name}:{}: {}", e.line, e.message))?;
    let me_name = args
        .me
        .clone()
        .unwrap_or_else(|| ctx.store.user().to_string());
    let me = fold(&me_name);
    let mut senders: Vec<&str> = Vec::new();
    let messages: Vec<ChatMessage> = chat
        .messages
        .iter()
        .map(|m| {
            if !senders.contains(&m.sender.as_str()) {
                senders.push(&m.sender);
            }
            ChatMessage {
                at: local_to_utc(m.at).unwrap_or_else(|| m.at.and_utc()),
                direction: if fold(&m.sender) == me {
                    Direction::Out
                } else {
                    Direction::In
                },
                text: m.text.clone(),
            }
        })
        .collect();
    let file = file_name(&args.file);
    let mut summary = ImportSummary {
        counts: ctx
            .store
            .import_chat(ctx.now, &file, &contact.id, &messages, args.dry_run)?,
        ..ImportSummary::default()
    };
    if !senders.iter().any(|s| fold(s) == me) {
        summary.warnings.push(format!(
            "nobody in the chat is called \"{me_name}\", so every message counts as theirs; \
             pass --me with your name as the chat shows it ({})",
            senders.join(", ")
        ));
    }
    match chat.system_lines {
        0 => {}
        1 => summary
            .warnings
            .push("skipped 1 line WhatsApp wrote itself".into()),
        n => summary
            .warnings
            .push(format!("skipped {n} lines WhatsApp wrote itself")),
    }
    if ctx.json {
        print_json(&serde_json::to_value(&summary)?);
    } else {
        print_warnings(name, &summary.warnings);
        let verb = if args.dry_run {
            "Dry run of"
        } else {
            "Imported"
        };
        println!(
            "{verb} {name}: {} messages for {}, {} already there.{}",
            summary.counts.interactions,
            contact.name,
            summary.counts.skipped,
            if args.dry_run {
                " Nothing was written."
            } else {
                ""
            }
        );
    }
    Ok(())
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |f| f.to_string_lossy().to_string(),
    )
}

/// Warnings printed for a person; `--json` lists them all.
const WARNINGS_SHOWN: usize = 20;

fn print_warnings(name: &str, warnings: &[String]) {
    for warning in warnings.iter().take(WARNINGS_SHOWN) {
        eprintln!("warning: {name}: {warning}");
    }
    if warnings.len() > WARNINGS_SHOWN {
        eprintln!(
            "warning: {name}: … and {} more (--json lists them all)",
            warnings.len() - WARNINGS_SHOWN
        );
    }
}

fn report(name: &str, summary: &ImportSummary, dry_run: bool, refused: bool) {
    print_warnings(name, &summary.warnings);
    for error in &summary.errors {
        eprintln!("{name}:{}: {}", error.line, error.message);
    }
    if refused {
        return;
    }
    let counts = format!(
        "{} created, {} merged, {} skipped",
        summary.counts.created, summary.counts.merged, summary.counts.skipped
    );
    if dry_run {
        println!("Dry run of {name}: {counts}. Nothing was written.");
    } else {
        println!("Imported {name}: {counts}.");
    }
}
