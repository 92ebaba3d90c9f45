//! The timeline: append-only interactions and automatic events.

use super::meta::{Stamp, new_id};
use super::{from_ms, ms};
use crate::domain::hlc::Hlc;
use crate::domain::{Interaction, InteractionKind};
use crate::store::{Result, Store};
use rusqlite::{Connection, Row, Transaction, params};

/// Whether the interaction `i` is on the timeline: not retracted, and no later
/// version of the same entry. Every version names the original (`supersedes`), so
/// this is one look-up in `interactions_supersedes`, and it gives the same answer
/// whatever order merges brought the versions in. Only a version on the same
/// contact counts: a row from a hostile or broken copy that names another contact's
/// entry cannot take it off that contact's timeline. A macro, to join constant SQL.
macro_rules! is_current {
    () => {
        "i.kind != 'retracted' AND NOT EXISTS (SELECT 1 FROM interactions later
             WHERE later.supersedes = coalesce(i.supersedes, i.id)
             AND later.contact_id = i.contact_id
             AND (i.supersedes IS NULL OR later.created_at > i.created_at
                  OR (later.created_at = i.created_at AND later.id > i.id)))"
    };
}
pub(crate) use is_current;

pub(crate) fn insert_interaction(tx: &Transaction<'_>, item: &Interaction) -> Result<()> {
    insert_interaction_row(tx, item)?;
    // The first response is the earliest interaction that answers the lead.
    tx.prepare_cached(
        "UPDATE contact_search SET last_activity_at = max(last_activity_at, ?2),
             first_response_at = CASE WHEN ?3 THEN min(coalesce(first_response_at, ?2), ?2) ELSE first_response_at END
         WHERE contact_id = ?1",
    )?
    .execute(params![
        item.contact_id,
        ms(item.occurred_at),
        crate::domain::interaction::is_response(item.kind, item.direction, item.outcome.as_deref())
    ])?;
    Ok(())
}

/// The interaction's row alone, for a contact whose search row is written after it.
pub(crate) fn insert_interaction_row(tx: &Transaction<'_>, item: &Interaction) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO interactions (id, contact_id, deal_id, kind, direction, outcome, duration_secs,
            subject, text, occurred_at, logged_by, created_at, supersedes, template)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        item.id,
        item.contact_id,
        item.deal_id,
        item.kind.as_str(),
        item.direction.map(|d| d.as_str()),
        item.outcome,
        item.duration_secs,
        item.subject,
        item.text,
        ms(item.occurred_at),
        item.logged_by,
        ms(item.created_at),
        item.supersedes,
        item.template,
    ])?;
    Ok(())
}

/// Records an automatic fact on a contact's timeline ("came back", "stage changed").
pub(crate) fn record_event(
    tx: &Transaction<'_>,
    contact_id: &str,
    subject: &str,
    text: &str,
    stamp: &Stamp,
) -> Result<Interaction> {
    let event = event_of(contact_id, subject, text.to_string(), stamp);
    insert_interaction(tx, &event)?;
    Ok(event)
}

/// Records a move of the contact's lifecycle: the stage entered goes in `outcome`,
/// as a deal's stage does, so the lifecycle history the reports read never depends
/// on the wording of the text.
pub(crate) fn record_lifecycle_event(
    tx: &Transaction<'_>,
    contact_id: &str,
    entered: crate::domain::Lifecycle,
    text: &str,
    stamp: &Stamp,
) -> Result<Interaction> {
    let mut event = event_of(contact_id, "lifecycle", text.to_string(), stamp);
    event.outcome = Some(entered.as_str().to_string());
    insert_interaction(tx, &event)?;
    Ok(event)
}

/// An automatic fact about a contact, at the stamp's time and by its user.
pub(crate) fn event_of(
    contact_id: &str,
    subject: &str,
    text: String,
    stamp: &Stamp,
) -> Interaction {
    Interaction::event(new_id(), contact_id, subject, text, stamp.at, &stamp.user)
}

fn interaction_from_row(r: &Row<'_>) -> rusqlite::Result<Interaction> {
    Ok(Interaction {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        deal_id: r.get(2)?,
        kind: r
            .get::<_, String>(3)?
            .parse()
            .unwrap_or(InteractionKind::Note),
        direction: r.get::<_, Option<String>>(4)?.and_then(|d| d.parse().ok()),
        outcome: r.get(5)?,
        duration_secs: r.get(6)?,
        subject: r.get(7)?,
        text: r.get(8)?,
        occurred_at: from_ms(r.get(9)?),
        logged_by: r.get(10)?,
        created_at: from_ms(r.get(11)?),
        supersedes: r.get(12)?,
        template: r.get(13)?,
    })
}

const INTERACTION_COLUMNS: &str = "i.id, i.contact_id, i.deal_id, i.kind, i.direction, i.outcome, i.duration_secs, i.subject, i.text, i.occurred_at, i.logged_by, i.created_at, i.supersedes, i.template";

/// A contact's current entries (see `is_current!`), newest first.
pub(crate) fn timeline(conn: &Connection, contact_id: &str) -> Result<Vec<Interaction>> {
    let sql = format!(
        "SELECT {INTERACTION_COLUMNS} FROM interactions i WHERE i.contact_id = ?1 AND {}
         ORDER BY i.occurred_at DESC, i.id DESC",
        is_current!()
    );
    interactions_where(conn, &sql, contact_id)
}

fn interactions_where(conn: &Connection, sql: &str, param: &str) -> Result<Vec<Interaction>> {
    let items = conn
        .prepare_cached(sql)?
        .query_map([param], interaction_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(items)
}

/// The interactions whose id is `id` or starts with it (at most two: one is an
/// answer, two say the prefix is not unique).
pub(crate) fn interactions_by_id(conn: &Connection, id: &str) -> Result<Vec<Interaction>> {
    let sql = format!(
        "SELECT {INTERACTION_COLUMNS} FROM interactions i
         WHERE i.id >= ?1 AND i.id < ?1 || char(1114111) ORDER BY i.id = ?1 DESC, i.id LIMIT 2"
    );
    interactions_where(conn, &sql, id)
}

/// Every version of the entry first logged as `original_id`, oldest first; the last
/// one is current (or retracted it).
pub(crate) fn versions(conn: &Connection, original_id: &str) -> Result<Vec<Interaction>> {
    let sql = format!(
        "SELECT {INTERACTION_COLUMNS} FROM interactions i WHERE i.id = ?1
         UNION ALL
         SELECT {INTERACTION_COLUMNS} FROM interactions i WHERE i.supersedes = ?1
           AND i.contact_id = (SELECT contact_id FROM interactions WHERE id = ?1)
         ORDER BY 12, 1"
    );
    let mut items = interactions_where(conn, &sql, original_id)?;
    // The original first, whatever its clock said.
    items.sort_by_key(|i| i.supersedes.is_some());
    Ok(items)
}

/// The fields a merge found edited on two copies at once, as timeline events that
/// show both versions: which was kept, which was overwritten, and by whom.
fn merge_conflicts(conn: &Connection, contact_id: &str) -> Result<Vec<Interaction>> {
    let mut stmt = conn.prepare_cached(
        "SELECT row_id, table_name, field, kept_value, kept_clock, kept_by, lost_value, lost_clock, lost_by
         FROM overwritten WHERE contact_id = ?1",
    )?;
    let shown = |value: rusqlite::types::Value| match value {
        rusqlite::types::Value::Text(text) => {
            format!("\"{}\"", crate::domain::text::clean_line(&text))
        }
        rusqlite::types::Value::Integer(n) => n.to_string(),
        rusqlite::types::Value::Real(n) => n.to_string(),
        _ => "nothing".into(),
    };
    let items = stmt
        .query_map([contact_id], |r| {
            let kept_clock: String = r.get(4)?;
            let lost_clock: String = r.get(7)?;
            let at = Hlc::wall_time;
            let kept_by = crate::domain::text::clean_line(&r.get::<_, String>(5)?);
            let lost_by = crate::domain::text::clean_line(&r.get::<_, String>(8)?);
            let table: String = r.get(1)?;
            let field: String = r.get(2)?;
            let what = if table == "contacts" {
                field
            } else {
                format!("{table} {field}")
            };
            let text = format!(
                "{what}: kept {} ({kept_by}, {}), overwritten {} ({lost_by}, {})",
                shown(r.get(3)?),
                crate::i18n::format::day_month_time(&at(&kept_clock)),
                shown(r.get(6)?),
                crate::i18n::format::day_month_time(&at(&lost_clock)),
            );
            Ok(Interaction::event(
                format!("merge-{}-{lost_clock}", r.get::<_, String>(0)?),
                contact_id,
                "merge conflict",
                text,
                at(&kept_clock),
                &kept_by,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(items)
}

impl Store {
    /// Every interaction and event of a contact, newest first, with every field a
    /// merge found changed on two copies at once shown as an event of its own.
    pub fn timeline(&self, contact_id: &str) -> Result<Vec<Interaction>> {
        let mut items = timeline(self.conn(), contact_id)?;
        items.extend(merge_conflicts(self.conn(), contact_id)?);
        items.sort_by(|a, b| (b.occurred_at, &b.id).cmp(&(a.occurred_at, &a.id)));
        Ok(items)
    }
}
