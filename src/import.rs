//! One import, start to end: read the file, tell its format, parse it and store it
//! in one transaction. The command line and the desk both run imports through here,
//! so a file gives the same contacts, warnings and errors wherever it is imported.

use crate::domain::phone::Region;
use crate::domain::text::fold;
use crate::domain::when::local_to_utc;
use crate::domain::{Contact, Direction};
use crate::io::csv::Flavor;
use crate::io::decode::decode;
use crate::io::whatsapp::DateOrder;
use crate::io::{Incoming, LineError, Parsed};
use crate::store::{ChatMessage, ImportCounts, Store, StoreError};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ImportFormat {
    /// Tell from the headers.
    #[default]
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

/// What to import, and how.
#[derive(Debug, Clone, Default, PartialEq, clap::Args)]
pub struct ImportRequest {
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

/// What an import did, or on a dry run would do: the store's counts and what
/// reading the file found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImportReport {
    #[serde(flatten)]
    pub counts: ImportCounts,
    pub warnings: Vec<String>,
    pub errors: Vec<LineError>,
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
        let verb = if dry_run { "Dry run of" } else { "Imported" };
        let counts = match &self.chat_with {
            Some(with) => format!(
                "{} messages for {with}, {} already there",
                self.counts.interactions, self.counts.skipped
            ),
            None => self.counts.to_string(),
        };
        let tail = if dry_run { " Nothing was written." } else { "" };
        format!("{verb} {file}: {counts}.{tail}")
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

/// Runs `request` against `store`. `progress` hears each stage; when it answers
/// false the import stops and nothing is written. An error names the file, and the
/// line where there is one.
pub fn run(
    store: &mut Store,
    now: DateTime<Utc>,
    request: &ImportRequest,
    progress: &mut dyn FnMut(Stage) -> bool,
) -> anyhow::Result<ImportReport> {
    let name = request.file.display().to_string();
    if !progress(Stage::Reading) {
        return Err(StoreError::Cancelled.into());
    }
    let bytes =
        std::fs::read(&request.file).map_err(|e| anyhow::anyhow!("cannot read {name}: {e}"))?;
    // A vCard that is not UTF-8 as a whole may name each property's CHARSET.
    let text = match decode(&bytes, request.encoding.as_deref()) {
        Err(_)
            if request.encoding.is_none() && crate::io::vcard::looks_like_vcard_bytes(&bytes) =>
        {
            crate::io::vcard::decode_by_charset(&bytes)
        }
        decoded => decoded,
    }
    .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
    let format = request.format;
    let chat = match format {
        ImportFormat::Whatsapp => true,
        ImportFormat::Auto => crate::io::whatsapp::looks_like_chat(&text),
        _ => false,
    };
    if chat {
        return run_chat(store, now, request, &text, progress);
    }
    let vcard = match format {
        ImportFormat::Vcard => true,
        ImportFormat::Auto => crate::io::vcard::looks_like_vcard(&text),
        _ => false,
    };
    let flavor = match format {
        ImportFormat::Csv => Some(Flavor::Csv),
        ImportFormat::Hubspot => Some(Flavor::Hubspot),
        ImportFormat::Google => Some(Flavor::Google),
        _ => None,
    };
    let region = match &request.region {
        Some(code) => crate::domain::phone::parse_region(code).ok_or_else(|| {
            anyhow::anyhow!("--region {code}: not a country code (try IL, HU or GB)")
        })?,
        None => store.region(),
    };
    if !vcard {
        return run_csv(store, now, request, &text, flavor, region, progress);
    }
    let Parsed {
        records,
        warnings,
        errors,
    } = crate::io::vcard::parse(&text, region, store.user());
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
        chat_with: None,
    })
}

/// A CSV is read on a second thread while this one stores the contacts already read,
/// so an import takes about the time of the longer of the two (phones parsed by
/// libphonenumber's rules, and SQLite's inserts) rather than of both. A bad row
/// without --skip-bad-rows stops the storing there, and what was stored is rolled
/// back; the reading goes on to the end, so the report lists every bad row.
fn run_csv(
    store: &mut Store,
    now: DateTime<Utc>,
    request: &ImportRequest,
    text: &str,
    flavor: Option<Flavor>,
    region: Region,
    progress: &mut dyn FnMut(Stage) -> bool,
) -> anyhow::Result<ImportReport> {
    let total = crate::io::csv::count_rows(text);
    let user = store.user().to_string();
    let refused = Cell::new(false);
    // Set once the storing is over, unless a bad row ended it: a person who stopped
    // the import waits for no more reading (a refusal reads on, to name every bad row).
    let stop = AtomicBool::new(false);
    let (sender, receiver) = sync_channel(4);
    std::thread::scope(|threads| {
        let stop = &stop;
        let reader = threads.spawn(move || {
            let mut errors = Vec::new();
            let mut batch = Vec::with_capacity(BATCH);
            // Once the storing stopped, sends go nowhere: a refusal reads on only to
            // name every bad row; otherwise `stop` ends the reading.
            let parsed = crate::io::csv::parse_each(text, flavor, region, &user, &mut |row| {
                if let Err(error) = &row {
                    errors.push(error.clone());
                }
                batch.push(row);
                if batch.len() == BATCH {
                    let _ = sender.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)));
                }
                !stop.load(Ordering::Relaxed)
            });
            let _ = sender.send(batch);
            (parsed.warnings, errors)
        });
        let mut records = Streamed {
            batches: receiver,
            batch: Vec::new().into_iter(),
            skip_bad_rows: request.skip_bad_rows,
            refused: &refused,
        };
        let stored = store.import_contacts_with(
            now,
            &file_name(&request.file),
            &mut records,
            request.dry_run,
            &mut |done| !refused.get() && progress(Stage::Storing { done, total }),
        );
        if !refused.get() {
            stop.store(true, Ordering::Relaxed);
        }
        drop(records); // so that a reader waiting to send goes on
        let (warnings, errors) = reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let counts = match stored {
            Err(StoreError::Cancelled) if refused.get() => ImportCounts::default(),
            Err(e) => return Err(e.into()),
            Ok(mut counts) => {
                counts.skipped += errors.len();
                counts
            }
        };
        Ok(ImportReport {
            counts,
            warnings,
            errors,
            refused: refused.get(),
            chat_with: None,
        })
    })
}

/// Rows the reading thread hands over at once: one hand-over per row cost more in
/// waking the other thread than the row itself.
const BATCH: usize = 256;

/// The contacts the reading thread sends, as they come. A bad row ends them unless
/// bad rows are skipped, and marks the import `refused`.
struct Streamed<'a> {
    batches: Receiver<Vec<Result<Incoming, LineError>>>,
    batch: std::vec::IntoIter<Result<Incoming, LineError>>,
    skip_bad_rows: bool,
    refused: &'a Cell<bool>,
}

impl Iterator for Streamed<'_> {
    type Item = (usize, Contact);

    fn next(&mut self) -> Option<(usize, Contact)> {
        loop {
            let row = match self.batch.next() {
                Some(row) => row,
                None => {
                    self.batch = self.batches.recv().ok()?.into_iter();
                    continue;
                }
            };
            match row {
                Ok(record) => return Some((record.line, record.contact)),
                Err(_) if self.skip_bad_rows => {}
                Err(_) => {
                    self.refused.set(true);
                    return None;
                }
            }
        }
    }
}

fn run_chat(
    store: &mut Store,
    now: DateTime<Utc>,
    request: &ImportRequest,
    text: &str,
    progress: &mut dyn FnMut(Stage) -> bool,
) -> anyhow::Result<ImportReport> {
    let name = request.file.display().to_string();
    let Some(who) = request.contact.as_deref().filter(|w| !w.trim().is_empty()) else {
        anyhow::bail!("{name} is a WhatsApp chat: say who it is with, --contact CONTACT");
    };
    let (contact, _) = store.resolve_contact(who)?;
    let chat = crate::io::whatsapp::parse(text, request.date_order)
        .map_err(|e| anyhow::anyhow!("{name}:{}: {}", e.line, e.message))?;
    let me_name = request
        .me
        .clone()
        .unwrap_or_else(|| store.user().to_string());
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
    let total = messages.len();
    let counts = store.import_chat_with(
        now,
        &file_name(&request.file),
        &contact.id,
        &messages,
        request.dry_run,
        &mut |done| progress(Stage::Storing { done, total }),
    )?;
    let mut warnings = Vec::new();
    if !senders.iter().any(|s| fold(s) == me) {
        warnings.push(format!(
            "nobody in the chat is called \"{me_name}\", so every message counts as theirs; \
             pass --me with your name as the chat shows it ({})",
            senders.join(", ")
        ));
    }
    match chat.system_lines {
        0 => {}
        1 => warnings.push("skipped 1 line WhatsApp wrote itself".into()),
        n => warnings.push(format!("skipped {n} lines WhatsApp wrote itself")),
    }
    Ok(ImportReport {
        counts,
        warnings,
        errors: Vec::new(),
        refused: false,
        chat_with: Some(contact.name),
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
