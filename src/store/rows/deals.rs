//! Deals and their movement through the pipeline.

use super::meta::Stamp;
use super::{from_json, from_ms, json, ms};
use crate::domain::Deal;
use crate::domain::deal::StageStep;
use crate::domain::text::clean_line;
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

const DEAL_COLUMNS: &str = "id, contact_id, account_id, title, amount_minor, currency, stage, probability, competitors, quotes, close_date, closed_reason, stage_changed_at, created_at, updated_at, owner, notes, quotes_required, quotes_received";
/// How many columns `DEAL_COLUMNS` names: a joined column follows them.
pub(crate) const DEAL_WIDTH: usize = 19;

pub(crate) fn deal_from_row(r: &Row<'_>) -> rusqlite::Result<Deal> {
    Ok(Deal {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        account_id: r.get(2)?,
        title: r.get(3)?,
        amount_minor: r.get(4)?,
        currency: r.get(5)?,
        stage: r.get(6)?,
        probability_override: r.get(7)?,
        competitors: from_json(&r.get::<_, String>(8)?),
        quotes: from_json(&r.get::<_, String>(9)?),
        close_date: r.get::<_, Option<String>>(10)?.and_then(|d| d.parse().ok()),
        closed_reason: r.get(11)?,
        stage_changed_at: from_ms(r.get(12)?),
        created_at: from_ms(r.get(13)?),
        updated_at: from_ms(r.get(14)?),
        owner: r.get(15)?,
        notes: r.get(16)?,
        // A count a broken copy made negative or huge reads as none.
        quotes_required: u32::try_from(r.get::<_, i64>(17)?).unwrap_or(0),
        quotes_received: u32::try_from(r.get::<_, i64>(18)?).unwrap_or(0),
    })
}

pub(crate) fn insert_deal(tx: &Transaction<'_>, deal: &Deal, stamp: &Stamp) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO deals (id, contact_id, account_id, title, amount_minor, currency, stage, probability,
            competitors, quotes, close_date, closed_reason, stage_changed_at, created_at, updated_at,
            updated_by, clock, owner, notes, quotes_required, quotes_received)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?20, ?21)",
    )?
    .execute(params![
        deal.id,
        deal.contact_id,
        deal.account_id,
        deal.title,
        deal.amount_minor,
        deal.currency,
        deal.stage,
        deal.probability_override,
        json(&deal.competitors),
        json(&deal.quotes),
        deal.close_date.map(|d| d.to_string()),
        deal.closed_reason,
        ms(deal.stage_changed_at),
        ms(deal.created_at),
        ms(stamp.at),
        stamp.user,
        stamp.clock,
        deal.owner,
        deal.notes,
        deal.quotes_required,
        deal.quotes_received,
    ])?;
    Ok(())
}

pub(crate) fn load_deal(conn: &Connection, id: &str) -> Result<Option<Deal>> {
    let sql = format!("SELECT {DEAL_COLUMNS} FROM deals WHERE id = ?1 AND deleted_at IS NULL");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], deal_from_row)
        .optional()?)
}

impl Store {
    pub fn deal(&self, id: &str) -> Result<Deal> {
        load_deal(self.conn(), id)?.ok_or_else(|| StoreError::NotFound {
            what: "deal",
            query: id.to_string(),
            hint: String::new(),
        })
    }

    /// The deals on the board: every open one, and those won or lost since `closed_since`,
    /// each with its contact's name.
    pub fn board(&self, closed_since: DateTime<Utc>) -> Result<Vec<(Deal, String)>> {
        let columns = joined_columns();
        let sql = format!(
            "SELECT {columns}, c.name FROM deals d JOIN contacts c ON c.id = d.contact_id
             WHERE d.deleted_at IS NULL AND c.deleted_at IS NULL
               AND (d.stage NOT IN ('Won', 'Lost') OR d.stage_changed_at >= ?1)
             ORDER BY d.stage_changed_at, d.id"
        );
        let rows = self
            .conn()
            .prepare_cached(&sql)?
            .query_map([ms(closed_since)], |r| {
                Ok((deal_from_row(r)?, r.get::<_, String>(DEAL_WIDTH)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Every deal of a live contact, with the contact's name, newest first: what
    /// `deal list` filters.
    pub fn all_deals(&self) -> Result<Vec<(Deal, String)>> {
        let sql = format!(
            "SELECT {}, c.name FROM deals d JOIN contacts c ON c.id = d.contact_id
             WHERE d.deleted_at IS NULL AND c.deleted_at IS NULL
             ORDER BY d.created_at DESC, d.id",
            joined_columns()
        );
        let rows = self
            .conn()
            .prepare_cached(&sql)?
            .query_map([], |r| {
                Ok((deal_from_row(r)?, r.get::<_, String>(DEAL_WIDTH)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The stages the deal entered, oldest first, from the facts its moves left on
    /// its contact's timeline (read through the contact's index, never the whole
    /// table). A deal opened before stages were recorded (or brought in by an import
    /// or the demo) starts with when it was opened, its first stage unknown; with no
    /// move recorded either, its stage follows, since when it is in it.
    pub fn stage_history(&self, deal: &Deal) -> Result<Vec<StageStep>> {
        let sql = "SELECT i.occurred_at, i.outcome, i.logged_by, i.subject FROM interactions i
             WHERE i.contact_id = ?1 AND i.deal_id = ?2 AND i.kind = 'event'
               AND i.subject IN (?3, ?4) AND i.outcome IS NOT NULL
             ORDER BY i.occurred_at, i.created_at, i.id";
        let mut opened_recorded = false;
        let mut steps = Vec::new();
        let mut stmt = self.conn().prepare_cached(sql)?;
        let rows = stmt.query_map(params![deal.contact_id, deal.id, OPENED, MOVED], |r| {
            Ok((
                StageStep {
                    at: from_ms(r.get(0)?),
                    stage: r.get(1)?,
                    by: r.get(2)?,
                },
                r.get::<_, String>(3)? == OPENED,
            ))
        })?;
        for row in rows {
            let (step, opened) = row?;
            opened_recorded |= opened;
            steps.push(step);
        }
        if opened_recorded {
            return Ok(steps);
        }
        let unrecorded_opening = StageStep {
            at: deal.created_at,
            stage: None,
            by: None,
        };
        if !steps.is_empty() {
            steps.insert(0, unrecorded_opening);
        } else if deal.created_at < deal.stage_changed_at {
            steps = vec![
                unrecorded_opening,
                StageStep {
                    at: deal.stage_changed_at,
                    stage: Some(deal.stage.clone()),
                    by: None,
                },
            ];
        } else {
            steps.push(StageStep {
                at: deal.created_at,
                stage: Some(deal.stage.clone()),
                by: None,
            });
        }
        Ok(steps)
    }

    pub fn deals_for(&self, contact_id: &str) -> Result<Vec<Deal>> {
        let sql = format!(
            "SELECT {DEAL_COLUMNS} FROM deals WHERE contact_id = ?1 AND deleted_at IS NULL ORDER BY created_at DESC"
        );
        let deals = self
            .conn()
            .prepare_cached(&sql)?
            .query_map([contact_id], deal_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(deals)
    }

    /// A deal named by its id or by its exact title (case-insensitive), if that is unique.
    pub fn resolve_deal(&self, query: &str) -> Result<Deal> {
        let query = query.trim();
        if let Some(deal) = load_deal(self.conn(), query)? {
            return Ok(deal);
        }
        let sql = format!(
            "SELECT {DEAL_COLUMNS} FROM deals WHERE title = ?1 COLLATE NOCASE AND deleted_at IS NULL ORDER BY created_at"
        );
        let mut deals: Vec<Deal> = self
            .conn()
            .prepare_cached(&sql)?
            .query_map([query], deal_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        match deals.len() {
            1 => Ok(deals.remove(0)),
            0 => Err(StoreError::NotFound {
                what: "deal",
                query: query.to_string(),
                hint: "; give the deal's id (see `leadometer show CONTACT`) or its exact title"
                    .into(),
            }),
            _ => Err(StoreError::AmbiguousDeal {
                query: query.to_string(),
                candidates: deals.iter().map(|d| self.deal_line(d)).collect(),
            }),
        }
    }
}

impl Store {
    /// One of several deals a title names, told apart: its id, contact, amount and
    /// stage.
    fn deal_line(&self, deal: &Deal) -> String {
        let contact = self
            .contact(&deal.contact_id)
            .map_or_else(|_| "(no contact)".to_string(), |c| clean_line(&c.name));
        format!(
            "  id {}  {}  {}  {} {}  {}",
            deal.id,
            clean_line(&deal.title),
            contact,
            deal.amount_text(),
            clean_line(&deal.currency),
            clean_line(&deal.stage)
        )
    }
}

/// The timeline subjects of a deal opened and a deal moved; the stage entered is the
/// fact's outcome, the deal its deal_id.
pub(crate) const OPENED: &str = "deal opened";
pub(crate) const MOVED: &str = "deal stage";

/// `DEAL_COLUMNS` of the deals table joined as `d`.
pub(crate) fn joined_columns() -> String {
    DEAL_COLUMNS
        .split(", ")
        .map(|c| format!("d.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}
