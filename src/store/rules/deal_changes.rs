//! A deal edited or deleted, and the deals whose stage the config no longer has.
//! Each change is one transaction with a fact on the contact's timeline that names
//! the deal, and the contact rescored (an open deal's value counts in its score).

use super::deals::record_deal_event;
use crate::domain::Deal;
use crate::domain::deal::MAX_AMOUNT_MINOR;
use crate::store::rows::deals::load_deal;
use crate::store::rows::{Table, json, text, tombstone, update_fields};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::types::Value;

/// The timeline subjects of a deal edited and a deal deleted.
const EDITED: &str = "deal edited";
const DELETED: &str = "deal deleted";

impl Store {
    /// Changes a deal's fields (not its stage: `move_deal` moves it) through `edit`,
    /// which sees the deal as stored inside the transaction; an error from it (such
    /// as `StoreError::Cancelled`) writes nothing. Only the fields that changed are
    /// written, each with its own clock, so a merge keeps another copy's edit of
    /// another field.
    pub fn edit_deal(
        &mut self,
        now: DateTime<Utc>,
        id: &str,
        edit: impl FnOnce(&mut Deal) -> Result<()>,
    ) -> Result<Deal> {
        let contact_id = self.deal(id)?.contact_id;
        self.write_and_rescore(now, &contact_id, |tx, stamp| {
            let stored = load_deal(tx, id)?.ok_or_else(|| not_found(id))?;
            let mut deal = stored.clone();
            edit(&mut deal)?;
            check_values(&deal)?;
            let changes = changed_fields(&stored, &deal);
            if changes.is_empty() {
                return Ok(stored);
            }
            update_fields(tx, Table::Deals, id, &changes, stamp)?;
            let names: Vec<&str> = changes.iter().map(|(field, _)| label(field)).collect();
            let text = format!("deal \"{}\" edited: {}", deal.title, names.join(", "));
            record_deal_event(tx, &stored, EDITED, text, None, stamp)?;
            load_deal(tx, id)?.ok_or_else(|| not_found(id))
        })
    }

    /// Deletes a deal: a tombstone, so every copy learns of it on the next merge,
    /// and a fact on its contact's timeline. Returns the deal as it was.
    pub fn delete_deal(&mut self, now: DateTime<Utc>, id: &str) -> Result<Deal> {
        let contact_id = self.deal(id)?.contact_id;
        self.write_and_rescore(now, &contact_id, |tx, stamp| {
            let deal = load_deal(tx, id)?.ok_or_else(|| not_found(id))?;
            tombstone(tx, Table::Deals, id, stamp)?;
            let text = format!(
                "deal \"{}\" deleted ({} {}, {})",
                deal.title,
                deal.amount_text(),
                deal.currency,
                deal.stage
            );
            record_deal_event(tx, &deal, DELETED, text, None, stamp)?;
            Ok(deal)
        })
    }

    /// One problem line for each live deal in a stage the config's pipeline does not
    /// have (renamed or removed since): the board shows it in a column of its own,
    /// and `check` names it so that it is moved on.
    pub fn deals_in_unknown_stages(&self) -> Result<Vec<String>> {
        let pipeline = self.config().pipeline();
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, title, stage FROM deals WHERE deleted_at IS NULL ORDER BY stage, title, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut problems = Vec::new();
        for row in rows {
            let (id, title, stage) = row?;
            if !pipeline.knows(&stage) {
                problems.push(format!(
                    "deal \"{title}\" ({id}) is in stage \"{stage}\", which the config's pipeline does not have; move it to one of {} (`leadometer deal move`)",
                    pipeline.names().join(", ")
                ));
            }
        }
        Ok(problems)
    }
}

fn not_found(id: &str) -> StoreError {
    StoreError::NotFound {
        what: "deal",
        query: id.to_string(),
        hint: String::new(),
    }
}

/// What no deal may hold, whoever wrote it: the command line and the desk check
/// their input first and name their own flag or field.
fn check_values(deal: &Deal) -> Result<()> {
    if deal.title.trim().is_empty() {
        return Err(StoreError::invalid("title", "a deal needs a title"));
    }
    if !(0..=MAX_AMOUNT_MINOR).contains(&deal.amount_minor) {
        return Err(StoreError::invalid(
            "amount",
            "an amount is from 0 to 999,999,999,999,999.99",
        ));
    }
    if deal
        .probability_override
        .is_some_and(|p| !(0.0..=1.0).contains(&p))
    {
        return Err(StoreError::invalid(
            "probability",
            "a probability is from 0.0 to 1.0",
        ));
    }
    if deal.currency.len() != 3 || !deal.currency.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(StoreError::invalid(
            "currency",
            "a currency is a three-letter code such as ILS",
        ));
    }
    Ok(())
}

/// The columns whose value differs, with the new value.
fn changed_fields(old: &Deal, new: &Deal) -> Vec<(&'static str, Value)> {
    let mut changes = Vec::new();
    let mut differ = |column: &'static str, changed: bool, value: Value| {
        if changed {
            changes.push((column, value));
        }
    };
    differ(
        "title",
        old.title != new.title,
        Value::Text(new.title.clone()),
    );
    differ(
        "amount_minor",
        old.amount_minor != new.amount_minor,
        Value::Integer(new.amount_minor),
    );
    differ(
        "currency",
        old.currency != new.currency,
        Value::Text(new.currency.clone()),
    );
    differ(
        "probability",
        old.probability_override != new.probability_override,
        new.probability_override.map_or(Value::Null, Value::Real),
    );
    differ(
        "competitors",
        old.competitors != new.competitors,
        json(&new.competitors),
    );
    differ("quotes", old.quotes != new.quotes, json(&new.quotes));
    let close_date = new.close_date.map(|d| d.to_string());
    differ(
        "close_date",
        old.close_date != new.close_date,
        text(close_date.as_deref()),
    );
    differ("owner", old.owner != new.owner, text(new.owner.as_deref()));
    differ("notes", old.notes != new.notes, text(new.notes.as_deref()));
    differ(
        "quotes_required",
        old.quotes_required != new.quotes_required,
        Value::Integer(i64::from(new.quotes_required)),
    );
    differ(
        "quotes_received",
        old.quotes_received != new.quotes_received,
        Value::Integer(i64::from(new.quotes_received)),
    );
    changes
}

/// A column as the timeline names it.
fn label(column: &str) -> &str {
    match column {
        "amount_minor" => "amount",
        "close_date" => "close date",
        "quotes_required" => "quotes required",
        "quotes_received" => "quotes received",
        column => column,
    }
}

#[cfg(test)]
#[path = "deal_changes_tests.rs"]
mod tests;
