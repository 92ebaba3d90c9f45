//! One import, start to end: read the file, tell its format, parse it and store it
//! in one transaction. The command line and the desk both run imports through here,
//! so a file gives the same contacts, warnings and errors wherever it is imported.
//! Reading, decoding, recognising and (but for a sheet, read while it is stored)
//! parsing need no store: [`prepare`] does them first, so that a refused file never
//! gets as far as opening, or creating, the database.

use crate::config::Config;
use crate::domain::phone::Region;
use crate::io::csv::Flavor;
use crate::io::whatsapp::DateOrder;
use crate::io::{LineError, Parsed};
use crate::store::{ImportCounts, Store, StoreError};
use anyhow::Context as _;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::{Path, PathBuf};

mod chat;
mod csv;
mod recognise;

pub use chat::{DateOrderNeeded, SenderReport, SenderRole};

/// Which reader a file goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImportFormat {
    /// Tell from the content and the headers.
    #[default]
    Auto,
    /// Any sheet with a header row; columns are mapped by their names.
    Csv,
    /// HubSpot's contact export.
    Hubspot,
    /// Google Contacts' export (the current and the older layout).
    Google,
    /// vCard 2.1, 3.0 or 4.0.
    Vcard,
    /// A WhatsApp "Export chat" text file, for one contact's timeline.
    Whatsapp,
}

/// What to import, and how; the command line's `import` and the desk's dialog both
/// fill one in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportRequest {
    pub file: PathBuf,
    pub format: ImportFormat,
    /// The file's encoding when it is not UTF-8 (a WHATWG label).
    pub encoding: Option<String>,
    /// Report exactly what would happen, and write nothing.
    pub dry_run: bool,
    /// Import the good rows and list the bad ones, instead of importing nothing.
    pub skip_bad_rows: bool,
    /// Read local phone numbers as this country's, instead of the config's region.
    pub region: Option<String>,
    /// For a chat: who it is with (an id, a phone, an email or a unique name).
    pub contact: Option<String>,
    /// For a chat: the user's name as it appears in it.
    pub me: Option<String>,
    /// For a group chat: which sender is the contact.
    pub sender: Option<String>,
    /// For a chat whose dates could be read either way.
    pub date_order: Option<DateOrder>,
}

/// What an import did, or on a dry run would do: the store's counts and what
/// reading the file found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ImportReport {
    #[serde(flatten)]
    pub counts: ImportCounts,
    pub warnings: Vec<String>,
    pub errors: Vec<LineError>,
    /// For a chat: each sender, how many messages, and whose timeline they went to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub senders: Vec<SenderReport>,
    /// Bad rows and no --skip-bad-rows: nothing was stored.
    #[serde(skip)]
    pub refused: bool,
    /// For a chat: the name of the contact it was with.
    #[serde(skip)]
    pub chat_with: Option<String>,
}

impl ImportReport {
    /// The line a person reads about an import that went through: what it did to
    /// `file`, or on a dry run would have done.
    pub fn summary(&self, file: &str, dry_run: bool) -> String {
        let counts = &self.counts;
        let counts = match &self.chat_with {
            Some(with) => {
                let corrected = match counts.corrected {
                    0 => String::new(),
                    n => crate::t!("cli-import-summary-corrected", count = n),
                };
                crate::t!(
                    "cli-import-summary-chat",
                    count = counts.interactions,
                    with = with.as_str(),
                    skipped = counts.skipped,
                    corrected = corrected
                )
            }
            None => crate::t!(
                "cli-import-summary-counts",
                created = counts.created,
                merged = counts.merged,
                skipped = counts.skipped
            ),
        };
        match dry_run {
            true => crate::t!("cli-import-summary-dry-run", file = file, counts = counts),
            false => crate::t!("cli-import-summary", file = file, counts = counts),
        }
    }

    /// For a chat, one line per sender: how many messages, and where they went.
    pub fn sender_lines(&self) -> Vec<String> {
        self.senders.iter().map(SenderReport::describe).collect()
    }
}

/// The stages a person watches go by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading, decoding and parsing the file.
    Reading,
    /// Storing: this many of that many records.
    Storing { done: usize, total: usize },
}

/// The file's name alone, as the timeline's provenance notes cite it.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |f| f.to_string_lossy().to_string(),
    )
}

/// A file read, decoded, recognised and, where that needs no store, parsed: what is
/// left to do against the store.
pub struct Prepared {
    request: ImportRequest,
    body: Body,
}

enum Body {
    /// A sheet is parsed while it is stored (see `csv`): only its text is kept.
    Sheet {
        text: String,
        flavor: Option<Flavor>,
        region: Region,
    },
    Vcard(Parsed),
    Chat(chat::ChatPlan),
}

/// Reads `request`'s file and makes it ready to store, with nothing but `config`:
/// an unreadable file, bytes that do not decode, a file of no known kind, a chat
/// without its contact, a bad --region are all refused here, before any store is
/// opened. An error names the file, and the line where there is one.
pub fn prepare(request: &ImportRequest, config: &Config) -> anyhow::Result<Prepared> {
    let name = request.file.display().to_string();
    let bytes = read_regular_file(&request.file, &name)?;
    let text = recognise::decode_text(&name, &bytes, request)?;
    let region = match &request.region {
        Some(code) => crate::domain::phone::parse_region(code).ok_or_else(|| {
            crate::failure::refused(format!(
                "--region {code}: not a country code (try IL, HU or GB)"
            ))
        })?,
        None => config.region,
    };
    // What the store stamps its records with, so that a prepared file is the same
    // whichever store it then goes into.
    let user = crate::domain::text::clean_line(&config.user);
    let body = match recognise::kind(&name, &text, request, region, &user)? {
        recognise::Kind::Chat => Body::Chat(chat::prepare(&name, &text, request, &user, region)?),
        recognise::Kind::Vcard => Body::Vcard(crate::io::vcard::parse(&text, region, &user)),
        recognise::Kind::Sheet(flavor) => Body::Sheet {
            text,
            flavor,
            region,
        },
    };
    Ok(Prepared {
        request: request.clone(),
        body,
    })
}

/// The file's bytes, when it is a regular file (through any link): a FIFO would wait
/// for a writer and a device such as /dev/zero never end, so both are refused by what
/// they are before a byte is read.
fn read_regular_file(path: &Path, name: &str) -> anyhow::Result<Vec<u8>> {
    // The I/O error stays in the chain (said after the sentence, as before): a
    // missing file ends with "not found" (`cli::exit`).
    let cannot_read = || format!("cannot read {name}");
    let meta = std::fs::metadata(path).with_context(cannot_read)?;
    if meta.is_dir() {
        anyhow::bail!("{name} is a folder, not a file to import");
    }
    if !meta.is_file() {
        anyhow::bail!(
            "{name} is not a regular file (a pipe, a socket or a device): nothing to import"
        );
    }
    std::fs::read(path).with_context(cannot_read)
}

impl Prepared {
    /// Stores what was prepared into `store`. `progress` hears each stage; when it
    /// answers false the import stops and nothing is written.
    pub fn store(
        self,
        store: &mut Store,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(Stage) -> bool,
    ) -> anyhow::Result<ImportReport> {
        let request = &self.request;
        let report = match self.body {
            Body::Sheet {
                text,
                flavor,
                region,
            } => csv::run_csv(store, now, request, &text, flavor, region, progress),
            Body::Chat(plan) => plan.store(store, now, request, progress),
            Body::Vcard(parsed) => store_vcards(store, now, request, parsed, progress),
        };
        let file = file_name(&request.file);
        match &report {
            Ok(report) => tracing::info!(
                file,
                created = report.counts.created,
                merged = report.counts.merged,
                skipped = report.counts.skipped,
                interactions = report.counts.interactions,
                warnings = report.warnings.len(),
                errors = report.errors.len(),
                refused = report.refused,
                dry_run = request.dry_run,
                "import"
            ),
            Err(e) => tracing::warn!(file, "import failed: {e:#}"),
        }
        report
    }
}

/// Runs `request` against `store`: [`prepare`], then [`Prepared::store`]. `progress`
/// hears each stage; when it answers false the import stops and nothing is written.
pub fn run(
    store: &mut Store,
    now: DateTime<Utc>,
    request: &ImportRequest,
    progress: &mut dyn FnMut(Stage) -> bool,
) -> anyhow::Result<ImportReport> {
    if !progress(Stage::Reading) {
        return Err(StoreError::Cancelled.into());
    }
    let config = store.config().clone();
    prepare(request, &config)?.store(store, now, progress)
}

fn store_vcards(
    store: &mut Store,
    now: DateTime<Utc>,
    request: &ImportRequest,
    parsed: Parsed,
    progress: &mut dyn FnMut(Stage) -> bool,
) -> anyhow::Result<ImportReport> {
    let Parsed {
        records,
        warnings,
        errors,
    } = parsed;
    let refused = !errors.is_empty() && !request.skip_bad_rows;
    let mut counts = ImportCounts::default();
    if !refused {
        let total = records.len();
        let mut records = records.into_iter().map(|r| (r.line, r.contact));
        counts = store.import_contacts_with(
            now,
            &file_name(&request.file),
            &mut records,
            request.dry_run,
            &mut |done| progress(Stage::Storing { done, total }),
        )?;
        counts.skipped += errors.len();
    }
    Ok(ImportReport {
        counts,
        warnings,
        errors,
        refused,
        ..ImportReport::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use chrono::TimeZone;

    #[test]
    fn stopping_a_csv_import_midway_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("leads.csv");
        let mut csv = String::from("Name,Email\n");
        for row in 0..3_000 {
            csv.push_str(&format!("Person {row},p{row}@example.com\n"));
        }
        std::fs::write(&file, csv).unwrap();
        let mut store = Store::open_in_memory(&Config::default()).unwrap();
        let request = ImportRequest {
            file,
            ..ImportRequest::default()
        };
        let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
        let mut stored = 0;
        let outcome = run(&mut store, now, &request, &mut |stage| match stage {
            Stage::Storing { done, .. } => {
                stored = done;
                done < 1_024
            }
            Stage::Reading => true,
        });
        let error = outcome.unwrap_err();
        assert!(
            matches!(error.downcast_ref(), Some(StoreError::Cancelled)),
            "{error}"
        );
        assert_eq!(stored, 1_024, "stopped where it was told to");
        assert!(store.search("Person", None).unwrap().is_empty());
    }
}
