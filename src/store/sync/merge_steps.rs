//! A merge told step by step to a `Progress`, and the entry points that take one.
//! Most of a merge is whole-table SQL with nothing to count inside it, so the
//! steps are its phases: the other file verified, its private copy prepared, each
//! table merged, the interactions added, the conflicts recorded, every contact the
//! merge touched refreshed (counted one by one: the loop that takes longest on a
//! large merge), and the transaction committed.

use super::{MUTABLE, MergeReport};
use crate::config::Config;
use crate::progress::{EVERY, Progress, Unseen};
use crate::store::file::copies::verify_copy;
use crate::store::{Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use std::collections::BTreeSet;
use std::path::Path;

/// How far a merge got, in steps; the contacts to refresh join the total once
/// they are known.
pub(crate) struct Steps<'a> {
    progress: &'a mut dyn Progress,
    done: u64,
    total: u64,
}

impl<'a> Steps<'a> {
    /// Verified, prepared, each changing table, the interactions, the conflicts
    /// recorded, and the commit.
    const FIXED: u64 = MUTABLE.len() as u64 + 5;

    pub(crate) fn of_merge(progress: &'a mut dyn Progress) -> Steps<'a> {
        let mut steps = Steps {
            progress,
            done: 0,
            total: Self::FIXED,
        };
        steps.tell();
        steps
    }

    fn tell(&mut self) {
        self.progress.reached(self.done, self.total);
    }

    /// One more step done.
    pub(super) fn step(&mut self) {
        self.done = (self.done + 1).min(self.total);
        self.tell();
    }

    /// `more` steps the merge found it has to take besides.
    pub(super) fn more(&mut self, more: u64) {
        self.total += more;
    }

    /// The merge is over (whole, or without the steps a merge taken whole skips).
    pub(super) fn all_done(&mut self) {
        self.done = self.total;
        self.tell();
    }
}

/// Brings the search row and score of every contact the merge touched up to date,
/// each one a step, told now and then.
pub(super) fn refresh_touched(
    tx: &Transaction<'_>,
    touched: &BTreeSet<String>,
    config: &Config,
    at: DateTime<Utc>,
    steps: &mut Steps<'_>,
) -> Result<()> {
    steps.more(touched.len() as u64);
    for (i, contact_id) in touched.iter().enumerate() {
        crate::store::rules::refresh_derived(tx, contact_id, config, at)?;
        steps.done += 1;
        if (i + 1).is_multiple_of(EVERY) {
            steps.tell();
        }
    }
    steps.tell();
    Ok(())
}

impl Store {
    /// Merges `other` into this file, or with `dry_run` reports what it would do and
    /// writes nothing. `other` is only read: a consistent snapshot of it is taken
    /// first, after it proves to be a sound Leadometer file.
    pub fn merge_from(
        &mut self,
        now: DateTime<Utc>,
        other: &Path,
        dry_run: bool,
    ) -> Result<MergeReport> {
        self.merge_from_with(now, other, dry_run, &mut Unseen)
    }

    /// `merge_from`, telling `progress` how far it got.
    pub fn merge_from_with(
        &mut self,
        now: DateTime<Utc>,
        other: &Path,
        dry_run: bool,
        progress: &mut dyn Progress,
    ) -> Result<MergeReport> {
        let mut steps = Steps::of_merge(progress);
        verify_copy(other)?;
        steps.step();
        self.merge_verified_told(now, other, other, dry_run, &mut steps)
    }

    /// `merge_from` of `other`, a private copy of `known_as` (a file a sync found
    /// in the shared folder) that the caller has just verified itself (a sync sets
    /// a failing copy aside; a `quick_check` of a large file takes seconds). Rows
    /// set aside are kept as coming from the file the user knows, so that the next
    /// sync's copy of it finds them kept already.
    pub(crate) fn merge_verified_as(
        &mut self,
        now: DateTime<Utc>,
        other: &Path,
        known_as: &Path,
        dry_run: bool,
        progress: &mut dyn Progress,
    ) -> Result<MergeReport> {
        let mut steps = Steps::of_merge(progress);
        steps.step();
        self.merge_verified_told(now, other, known_as, dry_run, &mut steps)
    }

    fn merge_verified_told(
        &mut self,
        now: DateTime<Utc>,
        other: &Path,
        known_as: &Path,
        dry_run: bool,
        steps: &mut Steps<'_>,
    ) -> Result<MergeReport> {
        let whole = !dry_run && self.holds_nothing()?;
        let flags = (dry_run, whole, true);
        let report = self.merge_prepared(now, other, known_as, flags, &|_| Ok(()), steps)?;
        // Rows taken whole were never written row by row: a desk on a team server
        // as well owes them to it.
        if whole && self.server_office()?.is_some() {
            self.owe_everything_again()?;
        }
        steps.all_done();
        Ok(report)
    }
}
