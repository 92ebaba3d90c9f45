//! Everything SQLite, in layers; each uses only those above it in this list:
//!
//! - `error`: what can go wrong, said for what it is.
//! - `rows`: plain reads and writes of contacts, interactions, deals, tasks and
//!   accounts; the per-field clocks and the meta table.
//! - `search`: the search table and its index in memory.
//! - `rules`: what a change implies: scoring, lifecycle, assignment, imports,
//!   merging two contacts, the inbox.
//! - `reports`: what the reports read (a period's cohort, its lifecycle moves).
//! - `file`: the file itself: schema and migrations, what is ours, safe copies.
//! - `sync`: merging another copy of the file, row by row, and version vectors.
//! - `safety`: backups, restore, and the check of a file.
//!
//! This module is the handle over all of them: [`Store`] opens the file (open.rs) and
//! runs every user action as one `BEGIN IMMEDIATE` transaction through
//! [`Store::write`], which also advances the hybrid logical clock that stamps each
//! changed field. The layers name `Store` only to add its methods. tests/it/layers.rs
//! holds them to this order.

mod busy;
#[cfg(test)]
mod cost_tests;
pub mod demo;
mod demo_history;
mod error;
mod file;
mod open;
mod reports;
mod rows;
mod rules;
pub mod safety;
mod search;
mod sync;

pub use crate::domain::report::{
    Goal, Group as ReportGroup, Reasons, SourceLine, Split, TargetReport,
};
pub use busy::silence_notes;
pub use error::{Result, StoreError};
pub use file::schema::APPLICATION_ID;
pub use file::{inspect, schema_guard};
pub use reports::CohortLead;
pub use rows::BulkWriter;
pub use rows::campaigns::{CampaignSpec, CampaignSummary};
pub use rows::directory::{
    AccountDeal, AccountDetail, AccountMember, AccountSummary, ContactFilter, ContactOrder,
    ContactRow,
};
pub use rows::meta::{LAST_OWN_CHANGE, Stamp, new_id};
pub(crate) use rows::meta::{read_meta, write_meta};
pub use rows::tasks::LastTaskList;
pub use rows::templates::StoredTemplate;
pub use rules::{
    Changes, ChatMessage, ContactMatch, Decision, ImportCounts, Inbox, InboxEntry, InboxItem,
    Label, NextTask, Recorded, RescoreSummary, SHORTEST_PREFIX, nothing_waits, nothing_waits_for,
};
pub use rules::{MESSAGE_CHANNELS, Outgoing, link_for};
pub use safety::backups;
pub use search::{MatchedOn, SearchHit};
pub use sync::outbox::{OwedRow, SERVER_OFFICE, UnwritableRow};

/// The tables whose rows travel between copies, parents first.
pub const MERGED_TABLES: [&str; 11] = rows::MERGED;
/// The schema version of files this binary writes.
pub const SCHEMA_VERSION: i64 = file::schema::VERSION;
pub(crate) use file::copies::open_scratch;
pub use sync::{ClockDistrusted, Conflict, MergeReport, NotTaken, SetAside as RowSetAside};

use crate::config::Config;
use chrono::{DateTime, Utc};
use open::FileIdentity;
use phonenumber::country::Id as Region;
use rows::meta::next_stamp;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

pub struct Store {
    conn: Connection,
    path: PathBuf,
    device: String,
    user: String,
    config: Config,
    /// The search table in memory, once a desk asked for it (see `keep_search_index`).
    search_index: std::cell::RefCell<Option<search::SearchIndex>>,
    /// A second, read-only connection for reading a large table on two threads.
    reader: std::cell::RefCell<Option<Connection>>,
    /// Which file was opened: another one renamed over the path (a restore by a sync
    /// client, a copy from a backup) is a different file, and must be reopened.
    opened: Option<FileIdentity>,
    /// How long a write waits for another writer (see `busy`).
    patience: busy::Patience,
}

impl Store {
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn region(&self) -> Region {
        self.config.region
    }

    pub fn currency(&self) -> &str {
        &self.config.currency
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Runs one user action as one immediate transaction, stamped with the next clock.
    pub fn write<T>(
        &mut self,
        now: DateTime<Utc>,
        action: impl FnOnce(&Transaction<'_>, &Stamp) -> Result<T>,
    ) -> Result<T> {
        self.transact(now, true, action)
    }

    /// `write`, or with `commit` false everything `write` would do, rolled back: what
    /// a dry run reports is exactly what the real run would do, and the file is left
    /// as it was.
    pub(crate) fn transact<T>(
        &mut self,
        now: DateTime<Utc>,
        commit: bool,
        action: impl FnOnce(&Transaction<'_>, &Stamp) -> Result<T>,
    ) -> Result<T> {
        self.transact_as(now, commit, true, action)
    }

    /// `transact`; `own_change` is false for a merge, which brings others' changes
    /// and must not count as a change made here (see `LAST_OWN_CHANGE`).
    pub(crate) fn transact_as<T>(
        &mut self,
        now: DateTime<Utc>,
        commit: bool,
        own_change: bool,
        action: impl FnOnce(&Transaction<'_>, &Stamp) -> Result<T>,
    ) -> Result<T> {
        let tx = match self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
        {
            Ok(tx) => tx,
            Err(e) => {
                let said = StoreError::from_sqlite(&self.path, e);
                return Err(busy::name_lock(said, &self.path, &self.patience));
            }
        };
        let stamp = next_stamp(&tx, &self.device, &self.user, now, own_change)?;
        let value = action(&tx, &stamp).map_err(|e| e.at(&self.path))?;
        search::chunks::rebuild_dirty(&tx).map_err(|e| e.at(&self.path))?;
        if !commit {
            return Ok(value); // dropping the transaction rolls it back
        }
        tx.commit()
            .map_err(|e| StoreError::from_sqlite(&self.path, e))?;
        // data_version does not move for this connection's own writes.
        if let Some(index) = self.search_index.get_mut().as_mut() {
            index.version = i64::MIN;
        }
        Ok(value)
    }

    /// Makes this a scratch file (a compaction's private office, thrown away after):
    /// its commits stop waiting for the disk, as `open_scratch`'s files do.
    pub(crate) fn as_scratch(&self) -> Result<()> {
        self.conn.pragma_update(None, "synchronous", "OFF")?;
        Ok(())
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Changes whenever another connection commits to the file: how the desk notices
    /// what other processes wrote.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    /// A value this file keeps about itself (its identity, its sync state).
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        read_meta(&self.conn, key)
    }

    /// Sets one such value; bookkeeping, not a change to the leads, so the clock
    /// does not move.
    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        write_meta(&self.conn, key, value)
    }

    /// This copy's device id: the tie-breaker of its clocks.
    pub fn device(&self) -> &str {
        &self.device
    }

    /// How many live contacts the file holds.
    pub fn contact_count(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM contacts WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }
}
