//! What a contact's score and its assignment rules see: its fields, its current
//! interactions within the scoring horizon, whether it ever won a deal, the
//! countries of its phones.

use crate::config::Config;
use crate::domain::deal::WON;
use crate::domain::scoring::{InteractionFact, ScoreFacts};
use crate::domain::{Contact, InteractionKind, Origin};
use crate::store::Result;
use crate::store::rows::from_ms;
use crate::store::rows::interactions::is_current;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

/// Gathers what a contact's score depends on.
pub(crate) fn facts_for(
    conn: &Connection,
    contact: &Contact,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<ScoreFacts> {
    // Only what a rule can still see; a contact with years of history loads its last weeks.
    let horizon = config.scoring.behaviour_horizon(now).unwrap_or(i64::MAX);
    let interactions = conn
        .prepare_cached(concat!(
            "SELECT i.id, i.kind, i.direction, i.outcome, i.occurred_at FROM interactions i
                 WHERE i.contact_id = ?1 AND i.occurred_at >= ?2 AND i.kind != 'event' AND ",
            is_current!(),
            " ORDER BY i.occurred_at"
        ))?
        .query_map(params![contact.id, horizon], |r| {
            Ok(InteractionFact {
                id: r.get(0)?,
                kind: r
                    .get::<_, String>(1)?
                    .parse()
                    .unwrap_or(InteractionKind::Note),
                direction: r.get::<_, Option<String>>(2)?.and_then(|d| d.parse().ok()),
                outcome: r.get(3)?,
                occurred_at: from_ms(r.get(4)?),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // `+stage`: without statistics SQLite would pick the stage index and walk a sixth of
    // all deals; a contact has a handful, found by contact_id.
    let won_before: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM deals WHERE contact_id = ?1 AND +stage = ?2 AND deleted_at IS NULL)")?
        .query_row(params![contact.id, WON], |r| r.get(0))?;
    Ok(facts_from(contact, won_before, interactions))
}

pub(crate) fn facts_from(
    contact: &Contact,
    won_before: bool,
    interactions: Vec<InteractionFact>,
) -> ScoreFacts {
    // Always read (a lookup per phone): an assignment rule may name a country while no
    // scoring rule does, and a rule must see the same facts whoever loaded them.
    let countries = contact
        .phones
        .iter()
        .filter_map(|p| p.e164.as_deref().and_then(crate::domain::phone::country_of))
        .collect();
    ScoreFacts {
        kind: contact.kind,
        roles: contact
            .accounts
            .iter()
            .filter_map(|m| m.role.map(|role| (role, m.account.clone())))
            .collect(),
        source: contact.source.clone(),
        campaign: contact.campaign.clone(),
        inbound: contact.origin.map(|o| o == Origin::Inbound),
        flags: contact.flags.clone(),
        quality: contact.quality,
        lifecycle: contact.lifecycle,
        emails: contact.emails.len(),
        phones: contact.phones.len(),
        countries,
        returning: contact.flags.iter().any(|f| f == "returning"),
        won_before,
        interactions,
    }
}
