//! Undo and redo. An action made through `recording` leaves a `Recorded`: each row
//! it wrote, before and after. Undoing it is a new change, stamped and merged like
//! any other, never a rewind of the file:
//! - a field it changed gets its earlier value back, with a fresh clock;
//! - a row it inserted gets a tombstone;
//! - a timeline entry it logged is retracted, and a correction it made is
//!   superseded by the version before it (interactions are append-only facts).
//!
//! A value changed since, by a later action or a colleague's merged copy, is never
//! overwritten: the undo is refused, naming it. What the undo writes is recorded in
//! turn, so undoing an undo is the redo.

use super::corrections::retraction_of;
use crate::domain::Interaction;
use crate::store::rows::interactions::{insert_interaction_row, interactions_by_id, versions};
use crate::store::rows::journal::{self, RowImage, columns_of};
use crate::store::rows::meta::{Stamp, new_id};
use crate::store::rows::{BOOKKEEPING, Table, tombstone, update_fields};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Transaction};
use std::collections::BTreeSet;

/// What one action wrote, to be undone as a whole.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recorded {
    rows: Vec<RowImage>,
}

impl Recorded {
    /// Whether the action wrote nothing an undo could take back.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// How many rows the action wrote.
    pub fn len(&self) -> usize {
        self.rows.len()
    }
}

impl Store {
    /// Runs `action` and returns, beside its result, what it wrote to the tables
    /// that are merged between copies. Writes that rolled back leave nothing; when
    /// the journal cannot be kept, the action still runs and there is nothing to undo.
    pub fn recording<T>(&mut self, action: impl FnOnce(&mut Store) -> T) -> (T, Recorded) {
        let started = journal::start(self.conn());
        let value = action(self);
        let rows = match (started, journal::finish(self.conn())) {
            (Ok(()), Ok(rows)) => rows,
            _ => Vec::new(),
        };
        (value, Recorded { rows })
    }

    /// Writes back what `done` changed, in one transaction, and returns what the
    /// undo itself wrote: undoing that redoes `done`. Refused, with nothing written,
    /// when something `done` wrote was changed since.
    pub fn undo(&mut self, now: DateTime<Utc>, done: &Recorded) -> Result<Recorded> {
        let config = self.config().clone();
        let user = self.user().to_string();
        let (written, undone) = self.recording(|store| {
            store.write(now, |tx, stamp| {
                let mut contacts = BTreeSet::new();
                for row in done.rows.iter().rev() {
                    let columns = columns_of(tx, row.table)?;
                    contacts.extend(contact_of(row, &columns));
                    if row.table == "interactions" {
                        undo_entry(tx, row, &user, now)?;
                    } else {
                        undo_row(tx, row, &columns, stamp)?;
                    }
                }
                for contact_id in &contacts {
                    super::refresh_derived(tx, contact_id, &config, now)?;
                }
                Ok(())
            })
        });
        written?;
        Ok(undone)
    }
}

/// The contact whose derived rows (search, score) the row bears on.
fn contact_of(row: &RowImage, columns: &[String]) -> Option<String> {
    let column = if row.table == "contacts" {
        "id"
    } else {
        "contact_id"
    };
    let at = columns.iter().position(|c| c == column)?;
    match row.after.as_ref().or(row.before.as_ref())?.get(at)? {
        Value::Text(id) => Some(id.clone()),
        _ => None,
    }
}

/// The row as it stands now, or None when it is gone.
fn current(tx: &Transaction<'_>, table: &str, id: &str) -> Result<Option<Vec<Value>>> {
    let mut statement = tx.prepare_cached(&format!("SELECT * FROM {table} WHERE id = ?1"))?;
    let count = statement.column_count();
    Ok(statement
        .query_row([id], |r| (0..count).map(|i| r.get::<_, Value>(i)).collect())
        .optional()?)
}

/// Takes back one mutable row's change: fields back to their earlier values, an
/// inserted row tombstoned.
fn undo_row(tx: &Transaction<'_>, row: &RowImage, columns: &[String], stamp: &Stamp) -> Result<()> {
    let Some(table) = Table::named(row.table) else {
        return Ok(());
    };
    let Some(now) = current(tx, row.table, &row.id)? else {
        return Ok(()); // gone altogether: nothing left to take back
    };
    match (&row.before, &row.after) {
        // A tick's row is shared by every desk that ticks that contact (its id is
        // the campaign's and the contact's): undone, it is unticked, never
        // tombstoned, so that a colleague's own tick of it survives the merge.
        (None, Some(_)) if table == Table::CampaignTicks => {
            let done = columns.iter().position(|c| c == "done_at");
            if done.is_some_and(|at| now.get(at).is_some_and(|v| *v != Value::Null)) {
                update_fields(tx, table, &row.id, &[("done_at", Value::Null)], stamp)?;
            }
            Ok(())
        }
        (None, Some(_)) => {
            let deleted = columns.iter().position(|c| c == "deleted_at");
            if deleted.is_some_and(|at| now.get(at) == Some(&Value::Null)) {
                tombstone(tx, table, &row.id, stamp)?;
            }
            Ok(())
        }
        (Some(before), Some(after)) => {
            let mut changes: Vec<(&str, Value)> = Vec::new();
            for (at, column) in columns.iter().enumerate() {
                let (Some(was), Some(made), Some(is)) =
                    (before.get(at), after.get(at), now.get(at))
                else {
                    continue;
                };
                if BOOKKEEPING.contains(&column.as_str()) || was == made || is == was {
                    continue;
                }
                if is != made {
                    return Err(changed_since(row.table, column, is));
                }
                changes.push((column, was.clone()));
            }
            update_fields(tx, table, &row.id, &changes, stamp)
        }
        _ => Err(StoreError::invalid(
            "undo",
            format!(
                "a {} row was removed outright; it cannot be put back",
                singular(row.table)
            ),
        )),
    }
}

/// Takes back one timeline row: the entry it logged is retracted, and the version
/// it made current gives way to the version before it.
fn undo_entry(tx: &Transaction<'_>, row: &RowImage, user: &str, now: DateTime<Utc>) -> Result<()> {
    if row.before.is_some() {
        return Err(StoreError::invalid(
            "undo",
            "a timeline entry was changed in place; entries are only ever added",
        ));
    }
    let Some(entry) = interactions_by_id(tx, &row.id)?
        .into_iter()
        .find(|i| i.id == row.id)
    else {
        return Ok(());
    };
    let chain = versions(tx, entry.original_id())?;
    let Some(at) = chain.iter().position(|v| v.id == entry.id) else {
        return Ok(());
    };
    // The entry as it stands must still say what the step made it say: it is the
    // step's own version, or a later one with the same facts (an undo of a later
    // correction or deletion brings the step's version back as a new row).
    let Some(latest) = chain.last() else {
        return Ok(());
    };
    if latest.id != entry.id && !same_facts(latest, &entry) {
        return Err(StoreError::invalid(
            "undo",
            format!("the {} was corrected since; undo that first", entry.kind),
        ));
    }
    // Never dated before the version it supersedes, or it would not be current.
    let now = now.max(latest.created_at);
    let replacement = match at.checked_sub(1).and_then(|before| chain.get(before)) {
        Some(earlier) => Interaction {
            id: new_id(),
            logged_by: user.to_string(),
            created_at: now,
            supersedes: Some(entry.original_id().to_string()),
            ..earlier.clone()
        },
        None => retraction_of(&entry, user, now),
    };
    insert_interaction_row(tx, &replacement)
}

/// Whether two versions of an entry say the same: all but who saved them and when.
fn same_facts(a: &Interaction, b: &Interaction) -> bool {
    (
        a.kind,
        a.direction,
        &a.outcome,
        a.duration_secs,
        &a.subject,
        &a.text,
        a.occurred_at,
        &a.deal_id,
    ) == (
        b.kind,
        b.direction,
        &b.outcome,
        b.duration_secs,
        &b.subject,
        &b.text,
        b.occurred_at,
        &b.deal_id,
    )
}

fn changed_since(table: &str, column: &str, now: &Value) -> StoreError {
    let shown = match now {
        Value::Null => "empty".to_string(),
        Value::Integer(n) => n.to_string(),
        Value::Real(x) => x.to_string(),
        Value::Text(text) => format!("\"{}\"", crate::domain::text::clean_line(text)),
        Value::Blob(_) => "data".to_string(),
    };
    let field = column.replace('_', " ");
    StoreError::invalid(
        &field,
        format!(
            "the {}'s {field} was changed since (it is {shown} now); nothing was undone",
            singular(table),
        ),
    )
}

fn singular(table: &str) -> &'static str {
    match table {
        "contacts" => "contact",
        "contact_phones" => "phone",
        "contact_emails" => "email",
        "accounts" => "account",
        "memberships" => "account membership",
        "deals" => "deal",
        "tasks" => "task",
        "templates" => "template",
        "campaigns" => "campaign",
        "campaign_ticks" => "campaign tick",
        _ => "entry",
    }
}

#[cfg(test)]
#[path = "undo_tests.rs"]
mod tests;
