//! Merging another copy of the file into this one. Rows are matched by id; each field
//! goes to the later clock; interactions, being append-only, are unioned; tombstones
//! are fields like any other, and a later edit revives a deleted row. What a merge
//! overwrote unseen is kept in `overwritten`, so both versions stay readable.
//!
//! The result depends only on the two files' contents: merging twice changes nothing,
//! and A into B holds the same data as B into A. (Whether a clock lies "more than a
//! day ahead" depends on the merging machine's time too; see clocks.rs.)
//!
//! Nothing is taken from the other file as it is: a private snapshot of it, beside
//! this database (snapshot.rs), is first made fit to take (prepare.rs): schema
//! objects not ours dropped unrun, rows that would break our constraints set aside
//! whole (quarantine.rs), clocks not believed put lowest (clocks.rs), control
//! characters cleaned (clean.rs). One bad row never fails the whole merge. Each row is
//! merged in row.rs; what each side has seen of every device is in vectors.rs, the
//! conflicts kept on record in record.rs.

use crate::config::Config;
use crate::domain::hlc::Hlc;
use crate::store::file::copies::{copy_whole, open_scratch};
use crate::store::rows::meta::Stamp;
use crate::store::rows::{BOOKKEEPING, MERGED, ms};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, Transaction, params_from_iter};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod clean;
mod clocks;
mod merge_steps;
pub(crate) mod outbox;
mod prepare;
mod quarantine;
mod record;
mod row;
mod snapshot;
mod vectors;
mod whole;
use merge_steps::{Steps, refresh_touched};
use prepare::{Prepared, prepare_snapshot};
use record::record_conflicts;
use row::merge_row;
pub use vectors::{database_id_of, version_vector_of};
use vectors::{remember_seen, seen_by};

pub(crate) use clocks::distrusted_clocks;
pub(crate) use quarantine::set_aside_rows;
pub(crate) use snapshot::sweep_leftovers;

/// The tables a merge takes rows from, parents before children so that every
/// reference lands on a row already there (and a parent set aside takes its
/// children with it); the interactions, facts that never change, come last.
const TAKEN: &[&str] = &MERGED;

/// The tables whose rows change and carry clocks: all those taken but the facts.
const MUTABLE: &[&str] = TAKEN.split_last().expect("tables are taken").1;

/// What a merge brought in.
#[derive(Debug, Default, Clone, Serialize, schemars::JsonSchema)]
pub struct MergeReport {
    pub contacts_added: usize,
    pub contacts_updated: usize,
    pub interactions_added: usize,
    /// Phones, emails, accounts, deals and tasks added or changed.
    pub other_rows_added: usize,
    pub other_rows_updated: usize,
    /// Fields both sides changed without seeing the other's change.
    pub conflicts: Vec<Conflict>,
    /// What it did not take as it was.
    #[serde(flatten)]
    pub not_taken: NotTaken,
}

/// What a merge did not take as the other file held it, each named so that nothing
/// is dropped unsaid.
#[derive(Debug, Default, Clone, Serialize, schemars::JsonSchema)]
pub struct NotTaken {
    /// Schema objects of the other file that Leadometer did not create (a planted
    /// trigger, an extra table): named here, never run or copied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_copied: Vec<String>,
    /// Rows of the other file that could not be stored here (a call whose contact
    /// neither file holds, a value of the wrong type), newly kept whole in the
    /// `set_aside` table instead of failing the merge.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rows_set_aside: Vec<SetAside>,
    /// Rows refused again that an earlier merge from the same file already kept.
    #[serde(skip_serializing_if = "is_zero")]
    pub rows_already_set_aside: usize,
    /// Change clocks of the other file that are not clocks or lie more than a day
    /// ahead: each counts as the earliest, so its value loses to any other change.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub clocks_distrusted: Vec<ClockDistrusted>,
    /// Text values of the other file whose control characters were removed.
    #[serde(skip_serializing_if = "is_zero")]
    pub texts_cleaned: usize,
}

impl NotTaken {
    /// Adds what another merge (of the same sync) did not take.
    pub fn absorb(&mut self, other: NotTaken) {
        self.not_copied.extend(other.not_copied);
        self.rows_set_aside.extend(other.rows_set_aside);
        self.rows_already_set_aside += other.rows_already_set_aside;
        self.clocks_distrusted.extend(other.clocks_distrusted);
        self.texts_cleaned += other.texts_cleaned;
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// One row of the other file kept aside rather than merged.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct SetAside {
    pub table: String,
    pub row_id: String,
    pub reason: String,
}

/// One change clock of the other file that a merge does not believe.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ClockDistrusted {
    pub table: String,
    pub row_id: String,
    /// The field whose clock it was, or "clock" for the row's insert clock.
    pub field: String,
    /// The clock as the file held it, cleaned and cut short for showing.
    pub clock: String,
    pub reason: String,
}

impl MergeReport {
    pub fn changed_anything(&self) -> bool {
        self.contacts_added
            + self.contacts_updated
            + self.interactions_added
            + self.other_rows_added
            + self.other_rows_updated
            > 0
    }
}

/// One field two people changed at once: the later change is kept, the other is
/// recorded beside it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Conflict {
    #[serde(skip)]
    pub row_id: String,
    #[serde(skip)]
    pub kept_clock: String,
    #[serde(skip)]
    pub lost_clock: String,
    pub contact_id: Option<String>,
    pub contact: Option<String>,
    pub table: String,
    pub field: String,
    pub kept: serde_json::Value,
    pub kept_by: String,
    #[serde(serialize_with = "crate::domain::timestamp::write")]
    #[schemars(with = "crate::domain::timestamp::Rfc3339")]
    pub kept_at: DateTime<Utc>,
    pub lost: serde_json::Value,
    pub lost_by: String,
    #[serde(serialize_with = "crate::domain::timestamp::write")]
    #[schemars(with = "crate::domain::timestamp::Rfc3339")]
    pub lost_at: DateTime<Utc>,
}

impl Store {
    /// What merges left for a person to look at in this file, one line each: rows
    /// kept aside, and stored clocks a merge would not believe at `now` (for `check`).
    pub fn merge_problems(&self, now: DateTime<Utc>) -> Result<Vec<String>> {
        let mut lines = set_aside_rows(self.conn())?;
        lines.extend(distrusted_clocks(self.conn(), now)?);
        lines.extend(clean::stored_controls(self.conn())?);
        Ok(lines)
    }

    /// Removes the working copies that merges into the file at `db_path` left when
    /// they were killed (see snapshot.rs); how many went. For the start of a run.
    pub fn sweep_merge_leftovers(db_path: &Path) -> usize {
        sweep_leftovers(db_path)
    }

    /// A batch of the team server's changes (src/server), written as a file of
    /// ours at `batch`, merged in: row by row, what it writes not recorded as this
    /// desk's changes, and `then` run in the same transaction (the cursors moving
    /// past the batch), so that a crash neither skips the batch nor half-takes it.
    /// With `whole`, into a file that holds nothing, the batch is taken whole
    /// (a desk joining from the server's snapshot) and `then` runs after it.
    fn merge_server_batch(
        &mut self,
        now: DateTime<Utc>,
        batch: &Path,
        known_as: &Path,
        whole: bool,
        then: &dyn Fn(&Transaction<'_>) -> Result<()>,
    ) -> Result<MergeReport> {
        let whole = whole && self.holds_nothing()?;
        outbox::pause(&self.conn, true)?;
        // A desk's log holds its own changes, not everything it had seen: what its
        // vector says guides the merge's conflicts, but is not taken as seen here.
        let flags = (false, whole, whole);
        // A batch nobody watches merge by merge: the pull tells how far it got.
        let mut unseen = crate::progress::Unseen;
        let mut steps = Steps::of_merge(&mut unseen);
        let merged = self.merge_prepared(now, batch, known_as, flags, then, &mut steps);
        outbox::pause(&self.conn, false)?;
        let report = merged?;
        if whole {
            self.transact_as(now, true, false, |tx, _| then(tx))?;
        }
        Ok(report)
    }

    fn merge_prepared(
        &mut self,
        now: DateTime<Utc>,
        other: &Path,
        known_as: &Path,
        (dry_run, whole, holds_all_it_saw): (bool, bool, bool),
        then: &dyn Fn(&Transaction<'_>) -> Result<()>,
        steps: &mut Steps<'_>,
    ) -> Result<MergeReport> {
        let beside = if self.is_in_memory() {
            std::env::temp_dir().join("leads.db")
        } else {
            self.path().to_path_buf()
        };
        let snapshot = snapshot::Snapshot::beside(&beside)?;
        // The other file's rows are judged against this one, read from a second
        // connection: a database in memory has no file to open, so a copy stands in.
        let in_memory_copy = if self.is_in_memory() && !whole {
            let copy = snapshot::Snapshot::beside(&beside)?;
            copy_whole(self.conn(), &mut open_scratch(copy.path())?)?;
            Some(copy)
        } else {
            None
        };
        let local = match &in_memory_copy {
            Some(copy) => Some(copy.path()),
            None => (!whole).then(|| self.path()),
        };
        let prepared = prepare_snapshot(snapshot.path(), other, local, now, self.config())?;
        drop(in_memory_copy);
        steps.step();
        let source = known_as.display().to_string();
        if whole {
            return self.take_whole(now, snapshot.path(), prepared, &source);
        }
        let uri = snapshot.path().to_string_lossy().to_string();
        // Nothing in the other file's schema may run code here.
        self.conn().pragma_update(None, "trusted_schema", "OFF")?;
        self.conn().execute("ATTACH DATABASE ?1 AS other", [&uri])?;
        let config = self.config().clone();
        let merged = self.transact_as(now, !dry_run, false, |tx, stamp| {
            let mut report = merge_attached(
                tx,
                stamp,
                &config,
                clocks::bound_at(now),
                &prepared.latest,
                (holds_all_it_saw, &mut *steps),
            )?;
            let (kept, already) = quarantine::keep(tx, &prepared.refused, &source, ms(now))?;
            report.not_taken.rows_set_aside = kept;
            report.not_taken.rows_already_set_aside = already;
            then(tx)?;
            Ok(report)
        });
        steps.step();
        let detached = self.conn().execute_batch("DETACH DATABASE other");
        let mut report = merged?;
        detached?;
        report.not_taken.not_copied = prepared.not_copied;
        report.not_taken.clocks_distrusted = prepared.distrusted;
        report.not_taken.texts_cleaned = prepared.texts_cleaned;
        Ok(report)
    }
}

/// A row's fields and bookkeeping, by column name.
struct Row {
    values: Vec<Value>,
}

/// The columns of one table and where its bookkeeping sits among them.
struct Layout {
    table: &'static str,
    columns: Vec<String>,
    clock: usize,
    clocks: usize,
    updated_at: usize,
    updated_by: usize,
    contact_id: Option<usize>,
}

impl Layout {
    fn read(tx: &Transaction<'_>, table: &'static str) -> Result<Layout> {
        let columns = columns_of(tx, "main", table)?;
        if columns_of(tx, "other", table)? != columns {
            return Err(StoreError::invalid(
                table,
                "the other file's table has different columns; it was not merged",
            ));
        }
        let at = |name: &str| columns.iter().position(|c| c == name);
        let need = |name: &str| {
            at(name).ok_or_else(|| StoreError::invalid(table, format!("no {name} column")))
        };
        Ok(Layout {
            table,
            clock: need("clock")?,
            clocks: need("clocks")?,
            updated_at: need("updated_at")?,
            updated_by: need("updated_by")?,
            contact_id: if table == "contacts" {
                at("id")
            } else {
                at("contact_id")
            },
            columns,
        })
    }

    fn fields(&self) -> impl Iterator<Item = (usize, &str)> {
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, c)| !BOOKKEEPING.contains(&c.as_str()))
            .map(|(i, c)| (i, c.as_str()))
    }

    fn list(&self, alias: &str) -> String {
        column_list(&self.columns, &format!("{alias}."))
    }
}

/// `prefix."a", prefix."b"`: columns by name, from our own schema, never from input.
fn column_list(columns: &[String], prefix: &str) -> String {
    columns
        .iter()
        .map(|c| format!("{prefix}\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn columns_of(tx: &Connection, schema: &str, table: &str) -> Result<Vec<String>> {
    let mut stmt = tx.prepare(&format!("PRAGMA {schema}.table_info(\"{table}\")"))?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names)
}

fn merge_attached(
    tx: &Transaction<'_>,
    stamp: &Stamp,
    config: &Config,
    bound_ms: i64,
    taken: &BTreeMap<String, Hlc>,
    (holds_all_it_saw, steps): (bool, &mut Steps<'_>),
) -> Result<MergeReport> {
    let mut report = MergeReport::default();
    let seen_here = seen_by(tx, "main")?;
    // A device seen "a year from now" would make every change look already seen,
    // and pull this file's own clock ahead with it.
    let seen_there = seen_by(tx, "other")?
        .into_iter()
        .filter(|(_, clock)| clock.wall_ms <= bound_ms)
        .collect();
    let mut touched = BTreeSet::new();
    for table in MUTABLE {
        let layout = Layout::read(tx, table)?;
        let added = add_missing_rows(tx, &layout, &mut touched)?;
        let updated = merge_common_rows(
            tx,
            &layout,
            (&seen_here, &seen_there),
            bound_ms,
            &mut touched,
            &mut report.conflicts,
        )?;
        if *table == "contacts" {
            report.contacts_added += added;
            report.contacts_updated += updated;
        } else {
            report.other_rows_added += added;
            report.other_rows_updated += updated;
        }
        steps.step();
    }
    report.interactions_added = add_missing_interactions(tx, &mut touched)?;
    steps.step();
    record_conflicts(tx, &report.conflicts)?;
    tx.execute(
        "INSERT INTO main.overwritten SELECT * FROM other.overwritten WHERE true
         ON CONFLICT (table_name, row_id, field, lost_clock) DO UPDATE SET
             kept_value = excluded.kept_value, kept_clock = excluded.kept_clock,
             kept_by = excluded.kept_by
         WHERE excluded.kept_clock > overwritten.kept_clock",
        [],
    )?;
    let vouched = match holds_all_it_saw {
        true => seen_there.clone(),
        false => BTreeMap::new(),
    };
    remember_seen(tx, &vouched, taken, stamp)?;
    steps.step();
    refresh_touched(tx, &touched, config, stamp.at, steps)?;
    for conflict in &mut report.conflicts {
        if let Some(id) = &conflict.contact_id {
            conflict.contact = tx
                .query_row("SELECT name FROM contacts WHERE id = ?1", [id], |r| {
                    r.get(0)
                })
                .ok();
        }
    }
    Ok(report)
}

/// Copies the rows only the other file has, whole, and returns how many.
fn add_missing_rows(
    tx: &Transaction<'_>,
    layout: &Layout,
    touched: &mut BTreeSet<String>,
) -> Result<usize> {
    let table = layout.table;
    let missing = format!(
        "FROM other.\"{table}\" o WHERE NOT EXISTS (SELECT 1 FROM main.\"{table}\" m WHERE m.id = o.id)"
    );
    touch_contacts(tx, layout, &missing, [], touched)?;
    let copied = tx.execute(
        &format!(
            "INSERT INTO main.\"{table}\" ({names}) SELECT {others} {missing}",
            names = column_list(&layout.columns, ""),
            others = layout.list("o"),
        ),
        [],
    )?;
    Ok(copied)
}

/// Notes whose search row and score the rows `from` selects affect.
fn touch_contacts(
    tx: &Transaction<'_>,
    layout: &Layout,
    from: &str,
    params: impl rusqlite::Params,
    touched: &mut BTreeSet<String>,
) -> Result<()> {
    let sql = match layout.contact_id {
        Some(i) => format!("SELECT o.\"{}\" {from}", layout.columns[i]),
        // Templates and campaigns are no part of any contact's derived rows.
        None if layout.table != "accounts" => return Ok(()),
        // An account's name is part of its members' search rows.
        None => format!(
            "SELECT mb.contact_id FROM main.memberships mb WHERE mb.account_id IN (SELECT o.id {from})"
        ),
    };
    // Cached: it runs once for every row a merge changes.
    let mut stmt = tx.prepare_cached(&sql)?;
    let ids = stmt.query_map(params, |r| r.get::<_, String>(0))?;
    for id in ids {
        touched.insert(id?);
    }
    Ok(())
}

/// Merges, field by field, the rows both files hold in different versions. Returns
/// how many rows here changed.
fn merge_common_rows(
    tx: &Transaction<'_>,
    layout: &Layout,
    seen: (&BTreeMap<String, Hlc>, &BTreeMap<String, Hlc>),
    bound_ms: i64,
    touched: &mut BTreeSet<String>,
    conflicts: &mut Vec<Conflict>,
) -> Result<usize> {
    let table = layout.table;
    let width = layout.columns.len();
    // A clock is one write: rows with the same clocks hold the same values, but for
    // when a tick made apart on two desks under one id was first made (row.rs).
    let made_apart = match table {
        "campaign_ticks" => " OR o.created_at < m.created_at",
        _ => "",
    };
    let sql = format!(
        "SELECT {ours}, {theirs} FROM other.\"{table}\" o JOIN main.\"{table}\" m ON m.id = o.id
         WHERE o.clock IS NOT m.clock OR o.clocks IS NOT m.clocks{made_apart}",
        ours = layout.list("m"),
        theirs = layout.list("o"),
    );
    let mut pairs = Vec::new();
    {
        let mut stmt = tx.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let mut values = (0..2 * width)
                .map(|i| row.get::<_, Value>(i))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let theirs = values.split_off(width);
            pairs.push((Row { values }, Row { values: theirs }));
        }
    }
    let assignments = layout
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| format!("\"{c}\" = ?{}", i + 1))
        .collect::<Vec<_>>()
        .join(", ");
    let update = format!(
        "UPDATE main.\"{table}\" SET {assignments} WHERE id = ?{}",
        width + 1
    );
    let row = format!("FROM main.\"{table}\" o WHERE o.id = ?1");
    let mut changed = 0;
    for (ours, theirs) in pairs {
        let merged = merge_row(layout, &ours, &theirs, seen, bound_ms);
        conflicts.extend(merged.conflicts);
        if merged.values == ours.values {
            continue;
        }
        tx.prepare_cached(&update)?.execute(params_from_iter(
            merged.values.iter().chain([&ours.values[0]]),
        ))?;
        touch_contacts(tx, layout, &row, [&ours.values[0]], touched)?;
        changed += 1;
    }
    Ok(changed)
}

/// Copies the interactions only the other file has: facts are never changed, so
/// the union is the whole merge.
fn add_missing_interactions(tx: &Transaction<'_>, touched: &mut BTreeSet<String>) -> Result<usize> {
    let columns = columns_of(tx, "main", "interactions")?;
    if columns_of(tx, "other", "interactions")? != columns {
        return Err(StoreError::invalid(
            "interactions",
            "the other file's table has different columns; it was not merged",
        ));
    }
    let missing = "FROM other.interactions o WHERE NOT EXISTS (SELECT 1 FROM main.interactions m WHERE m.id = o.id)";
    let mut stmt = tx.prepare(&format!("SELECT DISTINCT o.contact_id {missing}"))?;
    for id in stmt.query_map([], |r| r.get::<_, String>(0))? {
        touched.insert(id?);
    }
    let names = column_list(&columns, "");
    let others = column_list(&columns, "o.");
    Ok(tx.execute(
        // Rows that would collide were set aside first: a collision left is an error,
        // never a row dropped unsaid.
        &format!("INSERT INTO main.interactions ({names}) SELECT {others} {missing}"),
        [],
    )?)
}

#[cfg(test)]
mod older_copy_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_in_memory_judges_the_other_files_rows_against_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let config = Config::default();
        let shared = dir.path().join("shared.db");
        let noa = {
            let mut store = Store::open(&shared, &config).unwrap();
            let lead = crate::domain::Contact::new_lead(
                crate::store::new_id(),
                "Noa Levi".into(),
                now,
                "Dana",
            );
            store.add_lead(now, &lead).unwrap().0.id
        };
        let mut memory = Store::open_in_memory(&config).unwrap();
        memory.merge_from(now, &shared, false).unwrap();
        // The other file now lacks Noa but holds a call to her: this store has her.
        let conn = Connection::open(&shared).unwrap();
        conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
        conn.execute_batch(&format!(
            "DELETE FROM contact_search; DELETE FROM score_history; DELETE FROM contacts;
             INSERT INTO interactions (id, contact_id, kind, occurred_at, logged_by, created_at)
             VALUES ('call', '{noa}', 'call', 0, 'Dana', 0);"
        ))
        .unwrap();
        drop(conn);
        let report = memory.merge_from(now, &shared, false).unwrap();
        assert!(report.not_taken.rows_set_aside.is_empty(), "{report:?}");
        assert_eq!(report.interactions_added, 1);
    }
}
