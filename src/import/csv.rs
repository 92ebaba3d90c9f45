//! A sheet's rows, read on one thread and stored on another.

use super::{ImportReport, ImportRequest, Stage, file_name};
use crate::domain::Contact;
use crate::domain::phone::Region;
use crate::io::csv::Flavor;
use crate::io::{Incoming, LineError};
use crate::store::{ImportCounts, Store, StoreError};
use chrono::{DateTime, Utc};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};

/// A CSV is read on a second thread while this one stores the contacts already read,
/// so an import takes about the time of the longer of the two (phones parsed by
/// libphonenumber's rules, and SQLite's inserts) rather than of both. A bad row
/// without --skip-bad-rows stops the storing there, and what was stored is rolled
/// back; the reading goes on to the end, so the report lists every bad row.
pub(super) fn run_csv(
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
            ..ImportReport::default()
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
