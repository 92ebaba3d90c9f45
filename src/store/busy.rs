//! Waiting for another writer. SQLite lets one connection write at a time; an import
//! is one transaction by design (killed halfway, it leaves nothing), so a writer that
//! finds the file held waits its turn for as long as the holder plausibly needs,
//! sleeping in short steps, and says once on stderr what it waits for.
//!
//! The desk cannot wait that long on the thread that draws it: it sets a short wait
//! (`Store::set_write_wait`) and keeps what met a held file to save again later.

use super::{Store, StoreError};
use crate::domain::text::counted;
use rusqlite::{Connection, ErrorCode};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long a writer waits for another one before giving up: far longer than any
/// import of a real file takes, short enough that a program that hung holding the
/// file is reported rather than waited on forever.
pub const LONGEST_WAIT: Duration = Duration::from_secs(10 * 60);

/// After this long, a waiting command says what it waits for.
const NOTE_AFTER: Duration = Duration::from_secs(1);

/// The sleeps between attempts, by attempt: quick at first, as a short write is the
/// usual holder, then a steady step that costs nothing over a long wait.
const STEPS_MS: [u64; 8] = [1, 2, 5, 10, 15, 20, 25, 50];

/// Set once the desk owns the terminal: a note on stderr would be drawn over it.
static NOTES_SILENCED: AtomicBool = AtomicBool::new(false);

/// What the busy handler does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Turn {
    /// Sleep this long, then try again.
    Sleep(Duration),
    /// The bound has passed: the statement fails with SQLITE_BUSY.
    GiveUp,
}

/// The `attempt`-th wait (from 0) of one locking event, `waited` into it, with a
/// bound of `bound`: never sleeps past the bound.
pub(crate) fn next_turn(attempt: i32, waited: Duration, bound: Duration) -> Turn {
    if waited >= bound {
        return Turn::GiveUp;
    }
    let step = STEPS_MS[(attempt.max(0) as usize).min(STEPS_MS.len() - 1)];
    Turn::Sleep(Duration::from_millis(step).min(bound - waited))
}

/// How long a connection's writes wait; shared with its busy handler, so that the
/// desk can shorten it, and a caller suspend it, on a connection already open.
#[derive(Debug, Clone)]
pub(crate) struct Patience {
    bound_ms: Arc<AtomicU64>,
}

impl Default for Patience {
    fn default() -> Patience {
        Patience {
            bound_ms: Arc::new(AtomicU64::new(LONGEST_WAIT.as_millis() as u64)),
        }
    }
}

impl Patience {
    fn bound(&self) -> Duration {
        Duration::from_millis(self.bound_ms.load(Ordering::Relaxed))
    }

    fn set(&self, bound: Duration) {
        let ms = u64::try_from(bound.as_millis()).unwrap_or(u64::MAX);
        self.bound_ms.store(ms, Ordering::Relaxed);
    }
}

/// Makes `conn` wait for other writers as `Patience` says (until `LONGEST_WAIT` unless
/// changed), noting once on stderr, after `NOTE_AFTER`, which file it waits for.
pub(crate) fn wait_for_writers(conn: &mut Connection, path: &Path) -> rusqlite::Result<Patience> {
    let patience = Patience::default();
    let shared = patience.clone();
    let file = path.display().to_string();
    let mut started = Instant::now();
    let mut noted = false;
    conn.busy_handler(Some(move |attempt: i32| {
        if attempt == 0 {
            (started, noted) = (Instant::now(), false);
        }
        let waited = started.elapsed();
        let bound = shared.bound();
        if waited >= NOTE_AFTER && bound > NOTE_AFTER && !noted {
            noted = true;
            if !NOTES_SILENCED.load(Ordering::Relaxed) {
                eprintln!(
                    "Waiting for another program writing to {file} (an import?) to finish; up to {}…",
                    describe(bound)
                );
            }
        }
        match next_turn(attempt, waited, bound) {
            Turn::Sleep(step) => {
                std::thread::sleep(step);
                true
            }
            Turn::GiveUp => false,
        }
    }))?;
    Ok(patience)
}

/// From now on no waiting writer in this process writes to stderr: the desk draws there.
pub fn silence_notes() {
    NOTES_SILENCED.store(true, Ordering::Relaxed);
}

/// A wait as a person reads it: "10 minutes", "100 ms".
fn describe(wait: Duration) -> String {
    match wait.as_secs() {
        0 => format!("{} ms", wait.as_millis()),
        secs if secs % 60 == 0 => counted((secs / 60) as usize, "minute", "minutes"),
        secs => counted(secs as usize, "second", "seconds"),
    }
}

/// The file stayed held past the bound: said with the file and the wait, instead of
/// SQLite's "database is locked".
pub(crate) fn name_lock(error: StoreError, path: &Path, patience: &Patience) -> StoreError {
    match &error {
        StoreError::Sqlite(e) if e.sqlite_error_code() == Some(ErrorCode::DatabaseBusy) => {
            StoreError::Locked {
                path: PathBuf::from(path),
                waited: describe(patience.bound()),
            }
        }
        _ => error,
    }
}

impl Store {
    /// How long this store's writes wait for another writer before failing with
    /// `StoreError::Locked` (`LONGEST_WAIT` unless set).
    pub fn set_write_wait(&self, wait: Duration) {
        self.patience.set(wait);
    }

    /// Runs `attempt` with no waiting at all: for work that has another way through
    /// when the file is held.
    pub(crate) fn without_waiting<T>(&self, attempt: impl FnOnce() -> T) -> T {
        let bound = self.patience.bound();
        self.patience.set(Duration::ZERO);
        let result = attempt();
        self.patience.set(bound);
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn waits_in_short_steps_below_the_bound_and_gives_up_at_it() {
        let bound = Duration::from_secs(600);
        assert_eq!(
            next_turn(0, Duration::ZERO, bound),
            Turn::Sleep(Duration::from_millis(1))
        );
        // A long wait goes on in the steady step, far past the old 10 s.
        let late = Duration::from_secs(599);
        assert_eq!(
            next_turn(40_000, late, bound),
            Turn::Sleep(Duration::from_millis(50))
        );
        // The last sleep ends at the bound, not past it.
        let almost = bound - Duration::from_millis(3);
        assert_eq!(
            next_turn(40_000, almost, bound),
            Turn::Sleep(Duration::from_millis(3))
        );
        assert_eq!(next_turn(40_001, bound, bound), Turn::GiveUp);
        assert_eq!(
            next_turn(3, Duration::from_millis(120), Duration::from_millis(100)),
            Turn::GiveUp
        );
        assert_eq!(next_turn(0, Duration::ZERO, Duration::ZERO), Turn::GiveUp);
    }

    #[test]
    fn waits_are_described_in_words() {
        assert_eq!(describe(LONGEST_WAIT), "10 minutes");
        assert_eq!(describe(Duration::from_millis(100)), "100 ms");
        assert_eq!(describe(Duration::from_secs(90)), "90 seconds");
    }

    /// A store on a new file, and another connection holding that file's write lock.
    fn held_store() -> (tempfile::TempDir, Store, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("leads.db");
        let store = Store::open(&path, &Config::default()).unwrap();
        let holder = Connection::open(&path).unwrap();
        holder.execute_batch("BEGIN IMMEDIATE").unwrap();
        (dir, store, holder)
    }

    #[test]
    fn a_write_past_its_wait_fails_naming_the_file_and_writes_nothing() {
        let (_dir, mut store, holder) = held_store();
        store.set_write_wait(Duration::from_millis(50));
        let result = store.write(chrono::Utc::now(), |tx, _| {
            Ok(tx.execute("INSERT INTO meta (key, value) VALUES ('probe', 'x')", [])?)
        });
        match result {
            Err(StoreError::Locked {
                path: named,
                waited,
            }) => {
                assert_eq!(named, store.path());
                assert_eq!(waited, "50 ms");
            }
            other => panic!("expected Locked, got {other:?}"),
        }
        holder.execute_batch("ROLLBACK").unwrap();
        assert_eq!(store.meta("probe").unwrap(), None);
    }

    #[test]
    fn a_write_waits_for_the_holder_and_lands_once_it_lets_go() {
        let (_dir, mut store, holder) = held_store();
        let released = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            holder.execute_batch("COMMIT").unwrap();
        });
        store
            .write(chrono::Utc::now(), |tx, _| {
                Ok(tx.execute("INSERT INTO meta (key, value) VALUES ('probe', 'x')", [])?)
            })
            .unwrap();
        released.join().unwrap();
        assert_eq!(store.meta("probe").unwrap().as_deref(), Some("x"));
    }

    #[test]
    fn not_waiting_for_a_moment_keeps_the_wait_set_before() {
        let (_dir, store, _holder) = held_store();
        store.set_write_wait(Duration::from_secs(3));
        let begun = store.without_waiting(|| store.conn().execute_batch("BEGIN IMMEDIATE"));
        assert!(begun.is_err(), "the file is held");
        assert_eq!(store.patience.bound(), Duration::from_secs(3));
    }
}
