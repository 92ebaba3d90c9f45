//! Correcting the timeline. Interactions are append-only facts, so a correction is
//! a new fact: a row carrying the full corrected values that supersedes the
//! original entry, and a deletion is a `retracted` row superseding it. Merges union
//! interactions, so corrections travel with them; an entry's current version is its
//! latest (by created_at, then id), whichever copy it came from.

use crate::domain::lifecycle::status_after;
use crate::domain::{Direction, Interaction, InteractionKind, LeadStatus};
use crate::store::rows::contacts::{load_contact, refresh_search_row};
use crate::store::rows::interactions::{
    insert_interaction_row, interactions_by_id, timeline, versions,
};
use crate::store::rows::meta::{Stamp, new_id};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, Transaction};

/// What a correction changes; None leaves a value as it is, and an empty text or
/// outcome clears it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    pub text: Option<String>,
    pub outcome: Option<String>,
    pub duration_secs: Option<i64>,
    pub occurred_at: Option<DateTime<Utc>>,
    pub direction: Option<Direction>,
}
pub use crate::store::rows::SHORTEST_PREFIX;

impl Store {
    /// The interaction whose id is `id`, or the one whose id starts with it (at
    /// least `SHORTEST_PREFIX` characters).
    pub fn interaction(&self, id: &str) -> Result<Interaction> {
        find_interaction(self.conn(), id)
    }

    /// Every version of the entry `id` belongs to, oldest first: the original, then
    /// each correction, the last being current (or its retraction).
    pub fn versions_of(&self, id: &str) -> Result<Vec<Interaction>> {
        let item = find_interaction(self.conn(), id)?;
        versions(self.conn(), item.original_id())
    }

    /// Saves a corrected version of the entry `id`, in one transaction, and reads
    /// again what depends on it: first response, status and score.
    pub fn correct_interaction(
        &mut self,
        now: DateTime<Utc>,
        id: &str,
        changes: &Changes,
    ) -> Result<Interaction> {
        let old = self.current_entry(id)?;
        let clean = |value: &Option<String>, was: &Option<String>| match value {
            Some(v) if v.trim().is_empty() => None,
            Some(v) => Some(v.clone()),
            None => was.clone(),
        };
        let corrected = Interaction {
            id: new_id(),
            text: clean(&changes.text, &old.text),
            outcome: clean(&changes.outcome, &old.outcome),
            duration_secs: changes.duration_secs.or(old.duration_secs),
            occurred_at: changes.occurred_at.unwrap_or(old.occurred_at),
            direction: changes.direction.or(old.direction),
            logged_by: self.user().to_string(),
            created_at: now,
            supersedes: Some(old.original_id().to_string()),
            ..old.clone()
        };
        let same = Interaction {
            id: old.id.clone(),
            logged_by: old.logged_by.clone(),
            created_at: old.created_at,
            supersedes: old.supersedes.clone(),
            ..corrected.clone()
        };
        if same == old {
            return Err(StoreError::invalid(
                "correction",
                "it changes nothing; give a new text, outcome, duration, time or direction",
            ));
        }
        super::lifecycle::refuse_empty(&corrected)?;
        self.save_version(now, &corrected)?;
        Ok(corrected)
    }

    /// Takes the entry `id` off the timeline: a retraction superseding it, so the
    /// entry stays among the earlier versions and a merge carries the deletion.
    pub fn retract_interaction(&mut self, now: DateTime<Utc>, id: &str) -> Result<Interaction> {
        let old = self.current_entry(id)?;
        let retraction = retraction_of(&old, self.user(), now);
        self.save_version(now, &retraction)?;
        Ok(retraction)
    }

    /// The entry `id` as it stands, or why it cannot be corrected.
    fn current_entry(&self, id: &str) -> Result<Interaction> {
        let item = find_interaction(self.conn(), id)?;
        if matches!(
            item.kind,
            InteractionKind::Event | InteractionKind::Retracted
        ) {
            return Err(StoreError::invalid(
                "entry",
                format!(
                    "{} is written by Leadometer ({}); it is not corrected by hand",
                    item.id,
                    item.subject.as_deref().unwrap_or("an automatic event")
                ),
            ));
        }
        let chain = versions(self.conn(), item.original_id())?;
        match chain.last() {
            Some(latest) if latest.id != item.id => Err(StoreError::invalid(
                "entry",
                format!(
                    "{} is an earlier version, superseded by {}{}",
                    item.id,
                    latest.id,
                    if latest.kind == InteractionKind::Retracted {
                        " (deleted)"
                    } else {
                        "; correct that one"
                    }
                ),
            )),
            _ => Ok(item),
        }
    }

    fn save_version(&mut self, now: DateTime<Utc>, version: &Interaction) -> Result<()> {
        let contact_id = version.contact_id.clone();
        self.write_and_rescore(now, &contact_id, |tx, stamp| {
            insert_interaction_row(tx, version)?;
            refresh_search_row(tx, &contact_id)?;
            super::engine::refresh_first_response(tx, &contact_id)?;
            replay_status(tx, &contact_id, version.kind, stamp)
        })
    }
}

/// The row that takes `old` off the timeline: it supersedes `old`'s entry and says
/// what it retracts, so the versions read "retracted call".
pub(crate) fn retraction_of(old: &Interaction, user: &str, now: DateTime<Utc>) -> Interaction {
    Interaction {
        id: new_id(),
        kind: InteractionKind::Retracted,
        direction: None,
        outcome: None,
        duration_secs: None,
        subject: Some(old.kind.to_string()),
        text: None,
        logged_by: user.to_string(),
        created_at: now,
        supersedes: Some(old.original_id().to_string()),
        ..old.clone()
    }
}

fn find_interaction(conn: &Connection, id: &str) -> Result<Interaction> {
    let id = id.trim();
    let not_found = |hint: &str| StoreError::NotFound {
        what: "entry",
        query: id.to_string(),
        hint: hint.to_string(),
    };
    if id.chars().count() < SHORTEST_PREFIX {
        return Err(StoreError::invalid(
            "entry",
            format!("give at least {SHORTEST_PREFIX} characters of the id"),
        ));
    }
    let mut found = interactions_by_id(conn, id)?;
    match found.len() {
        0 => Err(not_found(
            "; `leadometer show CONTACT --json` lists a contact's entries with their ids",
        )),
        1 => Ok(found.remove(0)),
        _ if found[0].id == id => Ok(found.remove(0)),
        _ => Err(StoreError::invalid(
            "entry",
            format!("{id} starts more than one id; give more of it"),
        )),
    }
}

/// The lead status the current timeline implies, when it is one the timeline moves
/// (new, attempting, connected): the entries replayed oldest first, as they were
/// logged. A status set by hand or by a decision is left alone.
pub(super) fn replay_status(
    tx: &Transaction<'_>,
    contact_id: &str,
    why: InteractionKind,
    stamp: &Stamp,
) -> Result<()> {
    let Some(contact) = load_contact(tx, contact_id)? else {
        return Ok(());
    };
    let moved_by_timeline = [
        LeadStatus::New,
        LeadStatus::Attempting,
        LeadStatus::Connected,
    ];
    if !moved_by_timeline.contains(&contact.status) {
        return Ok(());
    }
    let status = timeline(tx, contact_id)?
        .iter()
        .rev()
        .fold(LeadStatus::New, |status, item| {
            status_after(status, item.kind, item.direction, item.outcome.as_deref())
                .map_or(status, |(next, _)| next)
        });
    if status == contact.status {
        return Ok(());
    }
    let why = format!("the timeline was corrected ({why})");
    super::lifecycle::set_status(tx, contact, status, &why, stamp)?;
    Ok(())
}

#[cfg(test)]
#[path = "corrections_tests.rs"]
mod tests;
