//! `import`: contacts from the files people already have.

use super::Context;
use super::output::{print_json, shown, shown_error};
use crate::domain::text::clean_line;
use crate::import::{ImportFormat, ImportReport, ImportRequest, Prepared};
use crate::io::whatsapp::DateOrder;
use anyhow::Result;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// `import`'s options, read into an [`ImportRequest`].
#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// The file: a CSV (HubSpot, Google Contacts, Excel, any sheet with a header row),
    /// a vCard file, or a WhatsApp chat export.
    pub file: PathBuf,
    /// The file's format (default: told from its content and headers).
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    pub format: FormatArg,
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
    /// For a chat: your name as it appears in it (default: the config's user, else
    /// the sender the file shows exported it).
    #[arg(long, value_name = "NAME")]
    pub me: Option<String>,
    /// For a group chat: which sender is the contact, when their name in the chat is
    /// not the contact's and their number is not the contact's phone.
    #[arg(long, value_name = "NAME")]
    pub sender: Option<String>,
    /// For a chat whose dates could be read either way.
    #[arg(long, value_enum)]
    pub date_order: Option<DateOrderArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DateOrderArg {
    Dmy,
    Mdy,
    Ymd,
}

impl From<ImportArgs> for ImportRequest {
    fn from(args: ImportArgs) -> ImportRequest {
        ImportRequest {
            file: args.file,
            format: match args.format {
                FormatArg::Auto => ImportFormat::Auto,
                FormatArg::Csv => ImportFormat::Csv,
                FormatArg::Hubspot => ImportFormat::Hubspot,
                FormatArg::Google => ImportFormat::Google,
                FormatArg::Vcard => ImportFormat::Vcard,
                FormatArg::Whatsapp => ImportFormat::Whatsapp,
            },
            encoding: args.encoding,
            dry_run: args.dry_run,
            skip_bad_rows: args.skip_bad_rows,
            region: args.region,
            contact: args.contact,
            me: args.me,
            sender: args.sender,
            date_order: args.date_order.map(|order| match order {
                DateOrderArg::Dmy => DateOrder::Dmy,
                DateOrderArg::Mdy => DateOrder::Mdy,
                DateOrderArg::Ymd => DateOrder::Ymd,
            }),
        }
    }
}

/// Imports `request`'s file, `prepared` (read and checked before the store was
/// opened) where the command line did that already.
pub fn import(ctx: &mut Context, request: ImportRequest, prepared: Option<Prepared>) -> Result<()> {
    let name = request.file.display().to_string();
    let prepared = match prepared {
        Some(prepared) => prepared,
        None => crate::import::prepare(&request, &ctx.config)?,
    };
    let mut bar = super::progress_bar::Bar::new(ctx.json, super::progress_bar::Job::Import);
    let report = prepared.store(&mut ctx.store, ctx.now, &mut |stage| {
        if let crate::import::Stage::Storing { done, total } = stage {
            crate::progress::Progress::reached(&mut bar, done as u64, total as u64);
        }
        true
    })?;
    bar.done();
    if ctx.json {
        print_json(&report);
    } else {
        print_report(&name, &report, request.dry_run);
    }
    if report.refused {
        let count = report.errors.len();
        return Err(crate::failure::refused(crate::t!(
            "cli-import-refused",
            file = clean_line(&name),
            count = count
        )));
    }
    Ok(())
}

/// Warnings printed for a person; `--json` lists them all.
const WARNINGS_SHOWN: usize = 20;

fn print_warnings(name: &str, warnings: &[String]) {
    for warning in warnings.iter().take(WARNINGS_SHOWN) {
        let text = format!(
            "{name}: {}",
            clean_line(&crate::i18n::notices::shown(warning))
        );
        eprintln!("{}", shown_error(&crate::t!("cli-warning", text = text)));
    }
    if warnings.len() > WARNINGS_SHOWN {
        let more = crate::t!(
            "cli-import-more-warnings",
            count = warnings.len() - WARNINGS_SHOWN
        );
        let text = format!("{name}: {more}");
        eprintln!("{}", shown_error(&crate::t!("cli-warning", text = text)));
    }
}

/// Warnings and errors quote the file's own cells, and a chat names its sender: all
/// of it is outside text, cleaned before it is shown.
fn print_report(name: &str, report: &ImportReport, dry_run: bool) {
    let name = clean_line(name);
    print_warnings(&name, &report.warnings);
    for error in &report.errors {
        let message = crate::i18n::notices::shown(&error.message);
        eprintln!("{name}:{}: {}", error.line, clean_line(&message));
    }
    if !report.refused {
        println!("{}", shown(&clean_line(&report.summary(&name, dry_run))));
        for line in report.sender_lines() {
            println!("  {}", shown(&clean_line(&line)));
        }
    }
}
