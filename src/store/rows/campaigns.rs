//! Campaigns worked as checklists: each campaign's members read from the contacts
//! when it is opened, and the ticks kept in the file, synced and kept across days.

use super::meta::{Stamp, new_id};
use super::{Table, from_json, from_ms, ms, tombstone, update_fields};
use crate::domain::campaign::{Campaign, CampaignBy, Member, Progress, tick_id};
use crate::domain::text::{clean_line, fold};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::Serialize;
use std::collections::HashMap;

/// What a new campaign, or a campaign's edit, says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignSpec {
    pub name: String,
    pub by: CampaignBy,
    pub value: String,
    /// The template's id or name, or none.
    pub template: Option<String>,
}

/// A campaign with how far it has got and the name of its template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CampaignSummary {
    #[serde(flatten)]
    pub campaign: Campaign,
    /// The attached template's name; none when none is attached, or it was deleted.
    pub template: Option<String>,
    #[serde(flatten)]
    pub progress: Progress,
}

const COLUMNS: &str = "id, name, by_field, by_value, template_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Option<Campaign>> {
    // A field a broken copy filled with a word we do not know leaves the campaign out
    // rather than failing every list.
    let Ok(by) = r.get::<_, String>(2)?.parse::<CampaignBy>() else {
        return Ok(None);
    };
    Ok(Some(Campaign {
        id: r.get(0)?,
        name: r.get(1)?,
        by,
        value: r.get(3)?,
        template_id: r.get(4)?,
    }))
}

fn live_campaigns(conn: &Connection) -> Result<Vec<Campaign>> {
    let sql = format!("SELECT {COLUMNS} FROM campaigns WHERE deleted_at IS NULL ORDER BY name, id");
    let rows = conn
        .prepare_cached(&sql)?
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().flatten().collect())
}

/// Calls `each` with every row of the search table that `campaign` picks out, its
/// columns `contact_id, name, phone, name_key` first. Only lifecycle is a stored
/// word compared in SQL; every other value is compared folded, once per distinct
/// value (a file holds a few dozen sources, not a hundred thousand), over the
/// narrow search table or, for a flag, the index of flagged contacts.
fn each_member(
    conn: &Connection,
    campaign: &Campaign,
    mut each: impl FnMut(&Row<'_>) -> Result<()>,
) -> Result<()> {
    const COLUMNS: &str = "s.contact_id, s.name, s.phone, s.name_key";
    let sql = match campaign.by {
        CampaignBy::Lifecycle => {
            format!("SELECT {COLUMNS}, s.lifecycle FROM contact_search s WHERE s.lifecycle = ?1")
        }
        CampaignBy::Flag => format!(
            "SELECT {COLUMNS}, c.flags FROM contacts c INDEXED BY contacts_flagged
             JOIN contact_search s ON s.contact_id = c.id
             WHERE c.flags <> '[]' AND c.deleted_at IS NULL AND ?1 IS NOT NULL"
        ),
        by => {
            let column = match by {
                CampaignBy::Campaign => "campaign",
                CampaignBy::Source => "source",
                _ => "owner",
            };
            format!(
                "SELECT {COLUMNS}, s.{column} FROM contact_search s
                 WHERE s.{column} IS NOT NULL AND ?1 IS NOT NULL"
            )
        }
    };
    let holds = |value: &str| match campaign.by {
        CampaignBy::Lifecycle => true,
        CampaignBy::Flag => from_json::<Vec<String>>(value)
            .iter()
            .any(|flag| campaign.holds(flag)),
        _ => campaign.holds(value),
    };
    let mut decided: HashMap<String, bool> = HashMap::new();
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query([&campaign.value])?;
    while let Some(r) = rows.next()? {
        let value = r.get_ref(4)?.as_str().unwrap_or_default();
        let keep = match decided.get(value) {
            Some(keep) => *keep,
            None => {
                let keep = holds(value);
                decided.insert(value.to_string(), keep);
                keep
            }
        };
        if keep {
            each(r)?;
        }
    }
    Ok(())
}

/// The contacts `campaign` picks out, by name (as search folds it), each with its
/// tick: a checklist is read in this order, so ticking never moves a row.
pub(crate) fn members(conn: &Connection, campaign: &Campaign) -> Result<Vec<Member>> {
    let ticks = ticks(conn, &campaign.id)?;
    let mut found: Vec<(String, Member)> = Vec::new();
    each_member(conn, campaign, |r| {
        let contact_id: String = r.get(0)?;
        found.push((
            r.get(3)?,
            Member {
                done_at: ticks.get(&contact_id).copied(),
                contact_id,
                name: r.get(1)?,
                phone: r.get(2)?,
            },
        ));
        Ok(())
    })?;
    found
        .sort_unstable_by(|(a, one), (b, other)| (a, &one.contact_id).cmp(&(b, &other.contact_id)));
    Ok(found.into_iter().map(|(_, member)| member).collect())
}

/// How many contacts `campaign` holds and how many of them are ticked, without
/// reading their names: what the list of campaigns shows.
fn progress(conn: &Connection, campaign: &Campaign) -> Result<Progress> {
    let ticks = ticks(conn, &campaign.id)?;
    let mut progress = Progress::default();
    each_member(conn, campaign, |r| {
        progress.total += 1;
        if ticks.contains_key(r.get_ref(0)?.as_str().unwrap_or_default()) {
            progress.done += 1;
        }
        Ok(())
    })?;
    Ok(progress)
}

/// When each contact of the campaign was ticked.
fn ticks(conn: &Connection, campaign_id: &str) -> Result<HashMap<String, DateTime<Utc>>> {
    let ticks = conn
        .prepare_cached(
            "SELECT contact_id, done_at FROM campaign_ticks
             WHERE campaign_id = ?1 AND done_at IS NOT NULL AND deleted_at IS NULL",
        )?
        .query_map([campaign_id], |r| {
            Ok((r.get::<_, String>(0)?, from_ms(r.get(1)?)))
        })?
        .collect::<rusqlite::Result<HashMap<_, _>>>()?;
    Ok(ticks)
}

/// Ticks or unticks one contact of a campaign inside `tx` (see `Store::tick_campaign`).
pub(crate) fn tick_in(
    tx: &Transaction<'_>,
    stamp: &Stamp,
    campaign_id: &str,
    contact_id: &str,
    done: bool,
    interaction_id: Option<&str>,
) -> Result<()> {
    let id = tick_id(campaign_id, contact_id);
    let live = |sql: &str, id: &str| {
        tx.query_row(sql, [id], |_| Ok(()))
            .optional()
            .map(|found| found.is_some())
    };
    if !live(
        "SELECT 1 FROM campaigns WHERE id = ?1 AND deleted_at IS NULL",
        campaign_id,
    )? {
        return Err(StoreError::NotFound {
            what: "campaign",
            query: campaign_id.to_string(),
            hint: String::new(),
        });
    }
    if !live(
        "SELECT 1 FROM contacts WHERE id = ?1 AND deleted_at IS NULL",
        contact_id,
    )? {
        return Err(StoreError::NotFound {
            what: "contact",
            query: contact_id.to_string(),
            hint: String::new(),
        });
    }
    let existing: Option<(Option<i64>, Option<i64>)> = tx
        .query_row(
            "SELECT done_at, deleted_at FROM campaign_ticks WHERE id = ?1",
            [&id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let done_at = done.then(|| ms(stamp.at));
    match existing {
        None if !done => Ok(()),
        None => {
            tx.execute(
                "INSERT INTO campaign_ticks (id, campaign_id, contact_id, done_at,
                     interaction_id, created_at, updated_at, updated_by, clock)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?4, ?6, ?7)",
                params![
                    id,
                    campaign_id,
                    contact_id,
                    done_at,
                    interaction_id,
                    stamp.user,
                    stamp.clock
                ],
            )?;
            Ok(())
        }
        Some((was, deleted)) => {
            let mut changes: Vec<(&str, Value)> = Vec::new();
            if deleted.is_some() {
                changes.push(("deleted_at", Value::Null));
            }
            if was.is_some() != done {
                changes.push(("done_at", done_at.map_or(Value::Null, Value::Integer)));
            }
            if let Some(interaction) = interaction_id {
                changes.push(("interaction_id", Value::Text(interaction.into())));
            }
            update_fields(tx, Table::CampaignTicks, &id, &changes, stamp)
        }
    }
}

impl Store {
    /// Every campaign with its progress, by name.
    pub fn campaigns(&self) -> Result<Vec<CampaignSummary>> {
        let templates = self.templates()?;
        live_campaigns(self.conn())?
            .into_iter()
            .map(|campaign| {
                let progress = progress(self.conn(), &campaign)?;
                let template = campaign.template_id.as_ref().and_then(|id| {
                    templates
                        .iter()
                        .find(|t| &t.id == id)
                        .map(|t| t.template.name.clone())
                });
                Ok(CampaignSummary {
                    progress,
                    template,
                    campaign,
                })
            })
            .collect()
    }

    /// The campaign whose id or name (case and accents aside) is `wanted`.
    pub fn find_campaign(&self, wanted: &str) -> Result<Campaign> {
        super::by_id_or_name(
            &live_campaigns(self.conn())?,
            wanted,
            |c| (&c.id, &c.name),
            |c| format!("{}  {}", c.id, c.name),
            || StoreError::NotFound {
                what: "campaign",
                query: wanted.to_string(),
                hint: "; `leadometer campaign list` shows every campaign".into(),
            },
        )
    }

    /// The campaign's contacts, by name, each done or still to do.
    pub fn campaign_members(&self, campaign: &Campaign) -> Result<Vec<Member>> {
        members(self.conn(), campaign)
    }

    pub fn add_campaign(&mut self, now: DateTime<Utc>, spec: &CampaignSpec) -> Result<Campaign> {
        let campaign = self.checked_campaign(None, spec)?;
        let id = campaign.id.clone();
        self.write(now, |tx, stamp| {
            tx.execute(
                "INSERT INTO campaigns (id, name, by_field, by_value, template_id,
                     created_at, updated_at, updated_by, clock)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8)",
                params![
                    id,
                    campaign.name,
                    campaign.by.as_str(),
                    campaign.value,
                    campaign.template_id,
                    ms(stamp.at),
                    stamp.user,
                    stamp.clock,
                ],
            )?;
            Ok(())
        })?;
        Ok(campaign)
    }

    /// Changes a campaign's name, members or template; its ticks stay.
    pub fn edit_campaign(
        &mut self,
        now: DateTime<Utc>,
        id: &str,
        spec: &CampaignSpec,
    ) -> Result<Campaign> {
        let old = self.find_campaign(id)?;
        let new = self.checked_campaign(Some(&old.id), spec)?;
        let mut changes: Vec<(&str, Value)> = Vec::new();
        if old.name != new.name {
            changes.push(("name", Value::Text(new.name.clone())));
        }
        if old.by != new.by {
            changes.push(("by_field", Value::Text(new.by.as_str().into())));
        }
        if old.value != new.value {
            changes.push(("by_value", Value::Text(new.value.clone())));
        }
        if old.template_id != new.template_id {
            changes.push(("template_id", super::text(new.template_id.as_deref())));
        }
        if changes.is_empty() {
            return Err(StoreError::invalid(
                "campaign",
                format!("\"{}\" already reads so; nothing was changed", old.name),
            ));
        }
        self.write(now, |tx, stamp| {
            update_fields(tx, Table::Campaigns, &old.id, &changes, stamp)
        })?;
        Ok(new)
    }

    /// Deletes a campaign (a tombstone: it syncs, and an undo brings it back with
    /// its ticks).
    pub fn delete_campaign(&mut self, now: DateTime<Utc>, id: &str) -> Result<Campaign> {
        let old = self.find_campaign(id)?;
        self.write(now, |tx, stamp| {
            tombstone(tx, Table::Campaigns, &old.id, stamp)
        })?;
        Ok(old)
    }

    /// Ticks (`done`) or unticks one contact of a campaign, naming the message that
    /// did it where there was one. Ticking what is ticked keeps its first time.
    pub fn tick_campaign(
        &mut self,
        now: DateTime<Utc>,
        campaign_id: &str,
        contact_id: &str,
        done: bool,
        interaction_id: Option<&str>,
    ) -> Result<()> {
        self.write(now, |tx, stamp| {
            tick_in(tx, stamp, campaign_id, contact_id, done, interaction_id)
        })
    }

    /// A campaign from what was typed: a name, a value and a template that exist.
    fn checked_campaign(&self, editing: Option<&str>, spec: &CampaignSpec) -> Result<Campaign> {
        let name = clean_line(&spec.name);
        if name.is_empty() {
            return Err(StoreError::invalid("name", "a campaign needs a name"));
        }
        let mut value = clean_line(&spec.value);
        if value.is_empty() {
            return Err(StoreError::invalid(
                spec.by.as_str(),
                format!("name the {} whose contacts the campaign holds", spec.by),
            ));
        }
        // "me" is whoever works this desk, as the inbox's views and the command line
        // read it.
        if spec.by == CampaignBy::Owner && value.eq_ignore_ascii_case("me") {
            value = self.user().to_string();
        }
        if spec.by == CampaignBy::Lifecycle {
            let stage = value
                .parse::<crate::domain::Lifecycle>()
                .map_err(|problem| StoreError::invalid("lifecycle", problem))?;
            value = stage.as_str().to_string();
        }
        let clash = live_campaigns(self.conn())?
            .into_iter()
            .find(|c| Some(c.id.as_str()) != editing && fold(&c.name) == fold(&name));
        if let Some(other) = clash {
            return Err(StoreError::invalid(
                "name",
                format!(
                    "a campaign called \"{}\" exists already ({})",
                    other.name, other.id
                ),
            ));
        }
        let template_id = match spec.template.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(wanted) => Some(self.find_template(wanted)?.id),
        };
        Ok(Campaign {
            id: editing.map_or_else(new_id, str::to_string),
            name,
            by: spec.by,
            value,
            template_id,
        })
    }
}

#[cfg(test)]
#[path = "campaigns_tests.rs"]
mod tests;
