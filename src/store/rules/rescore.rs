//! Rescoring every contact at once: after the rules change, or as time decays the
//! behaviour points. Each table is read once, in contact order, and the contacts are
//! split in two halves scored on both cores.

use super::assignment::hand_to_sales;
use super::engine::{RescoreSummary, save_score, set_lifecycle};
use crate::config::Config;
use crate::domain::lifecycle::{WAITING_FOR_OWNER, lifecycle_for_score};
use crate::domain::scoring::{InteractionFact, ScoreFacts, total};
use crate::domain::sla::is_expired;
use crate::domain::{ContactKind, InteractionKind, Lifecycle, Origin, Role};
use crate::progress::{Progress, Unseen};
use crate::store::rows::contacts::{load_contact, update_contact};
use crate::store::rows::interactions::record_event;
use crate::store::rows::{from_json, from_ms, ms};
use crate::store::{Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use std::sync::atomic::{AtomicUsize, Ordering};

/// What scoring one range of contacts found; the writes come after, in one place.
#[derive(Default)]
struct Scored {
    contacts: usize,
    changed: Vec<(String, i64)>,
    raise: Vec<(String, Lifecycle, String)>,
    expire: Vec<String>,
    /// Leads waiting for a salesperson with room: each is offered again.
    waiting: Vec<String>,
}

impl Scored {
    fn join(mut self, other: Scored) -> Scored {
        self.contacts += other.contacts;
        self.changed.extend(other.changed);
        self.raise.extend(other.raise);
        self.expire.extend(other.expire);
        self.waiting.extend(other.waiting);
        self
    }
}

impl Store {
    /// Recomputes every score. With `automate`, also raises the lifecycles the new
    /// scores earn and marks expired leads, each as a fact on the timeline.
    pub fn rescore_all(&mut self, now: DateTime<Utc>, automate: bool) -> Result<RescoreSummary> {
        self.rescore_all_with(now, automate, &mut Unseen)
    }

    /// `rescore_all`, telling `progress` how many contacts are scored. Both halves
    /// count into one counter; the half on this thread tells it now and then (the
    /// listener is this thread's), and the whole once all is written.
    pub fn rescore_all_with(
        &mut self,
        now: DateTime<Utc>,
        automate: bool,
        progress: &mut dyn Progress,
    ) -> Result<RescoreSummary> {
        let config = self.config().clone();
        let path = self.path().to_path_buf();
        let summary = self.write(now, |tx, stamp| {
            // A full rescore is the repair `check` offers for search chunks that differ.
            crate::store::search::chunks::mark_all_dirty(tx)?;
            let count: i64 = tx.query_row("SELECT count(*) FROM contacts WHERE deleted_at IS NULL", [], |r| r.get(0))?;
            let on_disk = path.as_os_str() != ":memory:";
            let all = count.max(0) as usize;
            let scored_so_far = AtomicUsize::new(0);
            let mut own = 0;
            let mut told = |progress: &mut dyn Progress| {
                own += 1;
                let so_far = scored_so_far.fetch_add(1, Ordering::Relaxed) + 1;
                if own % crate::progress::EVERY == 0 {
                    progress.reached(so_far.min(all) as u64, all as u64);
                }
            };
            let mut here = || told(progress);
            let scored = if on_disk && count >= 2_000 {
                // The write lock is ours, so a second connection reads the same snapshot.
                let split: String = tx.query_row(
                    "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET ?1",
                    [count / 2],
                    |r| r.get(0),
                )?;
                std::thread::scope(|scope| {
                    let upper = scope.spawn(|| {
                        let reader = crate::store::rows::open_reader(&path)?;
                        let mut there = || {
                            scored_so_far.fetch_add(1, Ordering::Relaxed);
                        };
                        score_range(&reader, &config, now, &split, ID_CEILING, &mut there)
                    });
                    let lower = score_range(tx, &config, now, "", &split, &mut here)?;
                    let upper = upper.join().map_err(|_| crate::store::StoreError::invalid("rescore", "the second scorer stopped"))??;
                    Ok::<_, crate::store::StoreError>(lower.join(upper))
                })?
            } else {
                score_range(tx, &config, now, "", ID_CEILING, &mut here)?
            };
            let mut summary = RescoreSummary {
                contacts: scored.contacts,
                changed: scored.changed.len(),
                ..RescoreSummary::default()
            };
            for (id, total) in &scored.changed {
                save_score(tx, id, *total, config.scoring.temperature(*total), now)?;
            }
            if !automate {
                return Ok(summary);
            }
            for (id, stage, why) in scored.raise {
                if let Some(contact) = load_contact(tx, &id)? {
                    set_lifecycle(tx, &contact, stage, &why, stamp)?;
                    if stage == Lifecycle::Sql {
                        hand_to_sales(tx, &id, &config, stamp)?;
                    }
                    summary.lifecycle_raised += 1;
                }
            }
            for id in &scored.waiting {
                hand_to_sales(tx, id, &config, stamp)?;
            }
            for id in scored.expire {
                if let Some(contact) = load_contact(tx, &id)? {
                    let mut changed = contact.clone();
                    changed.flags.push("expired".into());
                    update_contact(tx, &contact, &changed, stamp)?;
                    let days = crate::domain::text::counted(config.sla.expire_after_days as usize, "day", "days");
                    record_event(tx, &id, "expired", &format!("expired: untouched for {days} or more"), stamp)?;
                    summary.expired += 1;
                }
            }
            Ok(summary)
        })?;
        crate::progress::all_done(progress, summary.contacts);
        Ok(summary)
    }
}

/// Scores the contacts with ids in `from..to`, reading each table once in id order.
fn score_range(
    conn: &Connection,
    config: &Config,
    now: DateTime<Utc>,
    from: &str,
    to: &str,
    scored_one: &mut dyn FnMut(),
) -> Result<Scored> {
    let mut won_stmt = conn.prepare(WON_SQL)?;
    let mut roles_stmt = conn.prepare(ROLES_SQL)?;
    let mut phones_stmt = conn.prepare(PHONES_SQL)?;
    let mut emails_stmt = conn.prepare(EMAILS_SQL)?;
    let mut interactions_stmt = conn.prepare(INTERACTIONS_SQL)?;
    let mut won = Sorted::open(&mut won_stmt, [from, to], nothing)?;
    let mut roles = Sorted::open(&mut roles_stmt, [from, to], role_at)?;
    let mut phones = Sorted::open(&mut phones_stmt, [from, to], e164)?;
    let mut emails = Sorted::open(&mut emails_stmt, [from, to], nothing)?;
    let mut interactions = match config.scoring.behaviour_horizon(now) {
        Some(horizon) => Sorted::open(
            &mut interactions_stmt,
            params![from, to, horizon, ms(now)],
            interaction_fact,
        )?,
        None => Sorted::empty(interaction_fact),
    };
    let mut scored = Scored::default();
    let mut stmt = conn.prepare(CONTACTS_SQL)?;
    let mut rows = stmt.query([from, to])?;
    while let Some(row) = rows.next()? {
        let id: String = row.get(0)?;
        let word = |i: usize| -> rusqlite::Result<&str> {
            row.get_ref(i)?.as_str().map_err(rusqlite::Error::from)
        };
        let flags: Vec<String> = match word(5)? {
            "[]" => Vec::new(),
            text => from_json(text),
        };
        let lifecycle: Lifecycle = word(7)?.parse().unwrap_or(Lifecycle::Lead);
        let contact_phones = phones.take_for(&id)?;
        let facts = ScoreFacts {
            kind: word(1)?.parse().unwrap_or(ContactKind::Person),
            roles: roles.take_for(&id)?.into_iter().flatten().collect(),
            source: row.get(2)?,
            campaign: row.get(3)?,
            inbound: row
                .get_ref(4)?
                .as_str_or_null()
                .map_err(rusqlite::Error::from)?
                .map(|o| o == Origin::Inbound.as_str()),
            returning: flags.iter().any(|f| f == "returning"),
            quality: row
                .get::<_, Option<i64>>(6)?
                .and_then(|q| u8::try_from(q).ok()),
            lifecycle,
            emails: emails.take_for(&id)?.len(),
            phones: contact_phones.len(),
            // Read whether or not a scoring rule names a country, as `facts_from` does.
            countries: contact_phones
                .iter()
                .flatten()
                .filter_map(|e| crate::domain::phone::country_of(e))
                .collect(),
            won_before: !won.take_for(&id)?.is_empty(),
            interactions: interactions.take_for(&id)?,
            flags,
        };
        let total = total(&config.scoring, &facts, now);
        scored.contacts += 1;
        scored_one();
        if let Some((stage, why)) = lifecycle_for_score(
            lifecycle,
            total,
            config.scoring.mql_at,
            config.scoring.sql_at,
        ) {
            scored.raise.push((id.clone(), stage, why));
        }
        let open = matches!(word(8)?, "new" | "attempting");
        let untouched = is_expired(from_ms(row.get(10)?), config.sla.expire_after_days, now);
        if open && untouched && !facts.flags.iter().any(|f| f == "expired") {
            scored.expire.push(id.clone());
        }
        if facts.flags.iter().any(|f| f == WAITING_FOR_OWNER) {
            scored.waiting.push(id.clone());
        }
        if total != row.get::<_, i64>(9)? {
            scored.changed.push((id, total));
        }
    }
    Ok(scored)
}

/// Rows of one query in contact-id order, handed out contact by contact while the
/// contacts are read in the same order: each table is read once, in one pass, with
/// no map of every contact held in memory.
struct Sorted<'a, T> {
    rows: Option<rusqlite::Rows<'a>>,
    pending: Option<(String, T)>,
    read: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
}

impl<'a, T> Sorted<'a, T> {
    /// `stmt` selects the contact id first; `read` makes a value of the rest of a row.
    fn open(
        stmt: &'a mut rusqlite::Statement<'_>,
        params: impl rusqlite::Params,
        read: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Sorted<'a, T>> {
        Ok(Sorted {
            rows: Some(stmt.query(params)?),
            pending: None,
            read,
        })
    }

    fn empty(read: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>) -> Sorted<'a, T> {
        Sorted {
            rows: None,
            pending: None,
            read,
        }
    }

    /// The values of `contact_id`; contacts must be asked for in id order.
    fn take_for(&mut self, contact_id: &str) -> Result<Vec<T>> {
        use std::cmp::Ordering;
        let mut taken = Vec::new();
        if let Some((owner, value)) = self.pending.take() {
            match owner.as_str().cmp(contact_id) {
                Ordering::Equal => taken.push(value),
                Ordering::Greater => {
                    self.pending = Some((owner, value));
                    return Ok(taken);
                }
                Ordering::Less => {}
            }
        }
        let Some(rows) = self.rows.as_mut() else {
            return Ok(taken);
        };
        while let Some(row) = rows.next()? {
            let owner = row.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            match owner.cmp(contact_id) {
                Ordering::Less => continue, // rows of a deleted contact
                Ordering::Equal => taken.push((self.read)(row)?),
                Ordering::Greater => {
                    self.pending = Some((owner.to_string(), (self.read)(row)?));
                    break;
                }
            }
        }
        Ok(taken)
    }
}

// Each query reads the contacts from ?1 (inclusive) to ?2 (exclusive), in id order.
const CONTACTS_SQL: &str =
    "SELECT c.id, c.kind, c.source, c.campaign, c.origin, c.flags, c.quality, c.lifecycle,
        c.status, s.score, s.last_activity_at
     FROM contacts c JOIN contact_search s ON s.contact_id = c.id
     WHERE c.deleted_at IS NULL AND c.id >= ?1 AND c.id < ?2 ORDER BY c.id";
const WON_SQL: &str = "SELECT contact_id FROM deals WHERE stage = 'Won' AND deleted_at IS NULL
     AND contact_id >= ?1 AND contact_id < ?2 ORDER BY contact_id";
const ROLES_SQL: &str =
    "SELECT m.contact_id, m.role, a.name FROM memberships m JOIN accounts a ON a.id = m.account_id
     WHERE m.role IS NOT NULL AND m.deleted_at IS NULL AND a.deleted_at IS NULL
     AND m.contact_id >= ?1 AND m.contact_id < ?2 ORDER BY m.contact_id";
const PHONES_SQL: &str = "SELECT contact_id, e164 FROM contact_phones WHERE deleted_at IS NULL
     AND contact_id >= ?1 AND contact_id < ?2 ORDER BY contact_id";
const EMAILS_SQL: &str = "SELECT contact_id FROM contact_emails WHERE deleted_at IS NULL
     AND contact_id >= ?1 AND contact_id < ?2 ORDER BY contact_id";
const INTERACTIONS_SQL: &str = concat!(
    "SELECT i.contact_id, i.kind, i.direction, i.outcome, i.occurred_at FROM interactions i
     INDEXED BY interactions_contact_time
     WHERE i.contact_id >= ?1 AND i.contact_id < ?2 AND i.occurred_at >= ?3 AND i.occurred_at <= ?4
     AND i.kind != 'event' AND ",
    crate::store::rows::interactions::is_current!(),
    " ORDER BY i.contact_id"
);

/// Above every id: the largest character there is.
pub(crate) const ID_CEILING: &str = "\u{10FFFF}";

fn nothing(_: &rusqlite::Row<'_>) -> rusqlite::Result<()> {
    Ok(())
}

fn role_at(row: &rusqlite::Row<'_>) -> rusqlite::Result<Option<(Role, String)>> {
    let role: Option<Role> = row
        .get_ref(1)?
        .as_str()
        .map_err(rusqlite::Error::from)?
        .parse()
        .ok();
    match role {
        Some(role) => Ok(Some((role, row.get(2)?))),
        None => Ok(None),
    }
}

fn e164(row: &rusqlite::Row<'_>) -> rusqlite::Result<Option<String>> {
    row.get(1)
}

fn interaction_fact(row: &rusqlite::Row<'_>) -> rusqlite::Result<InteractionFact> {
    let word = |i: usize| {
        row.get_ref(i)
            .and_then(|v| v.as_str_or_null().map_err(rusqlite::Error::from))
    };
    Ok(InteractionFact {
        // Ids are evidence for a breakdown; a full rescore needs only totals.
        id: String::new(),
        kind: word(1)?
            .and_then(|k| k.parse().ok())
            .unwrap_or(InteractionKind::Note),
        direction: word(2)?.and_then(|d| d.parse().ok()),
        outcome: row.get(3)?,
        occurred_at: from_ms(row.get(4)?),
    })
}
