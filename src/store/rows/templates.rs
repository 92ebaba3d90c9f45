//! Message templates: the starter set every file begins with, those the config adds,
//! and those an office writes. They live in the file, so they sync like contacts.

use super::meta::new_id;
use super::{FNV_OFFSET, Table, fnv1a, from_json, json, ms, tombstone, update_fields};
use crate::domain::hlc::Hlc;
use crate::domain::template::{Template, starter};
use crate::domain::text::{clean_line, clean_text, fold};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::Serialize;

/// A template as the file holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredTemplate {
    pub id: String,
    #[serde(flatten)]
    pub template: Template,
}

const COLUMNS: &str = "id, name, language, channels, personal, subject, body";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredTemplate> {
    Ok(StoredTemplate {
        id: r.get(0)?,
        template: Template {
            name: r.get(1)?,
            language: r.get(2)?,
            // A list a broken copy spoilt reads as none: the template is then offered
            // for no channel, and its editor says so.
            channels: from_json(&r.get::<_, String>(3)?),
            personal: r.get::<_, i64>(4)? != 0,
            subject: r.get(5)?,
            body: r.get(6)?,
        },
    })
}

/// The clock the starter and config templates are written with: the earliest a
/// device writes, so that the same template written on every desk is the same row,
/// and any change made to it on one desk wins over it on the others.
pub(crate) fn seed_clock() -> String {
    Hlc {
        wall_ms: 1,
        counter: 0,
        device: SEED_DEVICE.into(),
    }
    .to_string()
}

/// The device of the seeded rows' clock: no desk's, and seen by every desk, since
/// every desk writes those rows alike (a merge names no conflict with them).
pub(crate) const SEED_DEVICE: &str = "templates";

/// The starter templates, each under an id of its place in `assets/templates.toml`
/// (new ones are added at its end, so an id never moves to another template).
pub(crate) fn add_starters(tx: &Transaction<'_>) -> Result<()> {
    for (place, template) in starter().iter().enumerate() {
        seed(tx, &format!("starter-{place}"), template)?;
    }
    Ok(())
}

/// The id a template from the config is stored under: the same on every desk with
/// the same config, and kept when its text changes (its name and language name it).
pub(crate) fn config_id(template: &Template) -> String {
    let key = format!("{}\u{0}{}", fold(&template.name), template.language);
    format!("config-{:016x}", fnv1a(FNV_OFFSET, key.bytes()))
}

/// Adds the config's templates the file does not hold yet. One the file holds, even
/// deleted, is left as the file has it: the config brings a template in once, and
/// from then on it is edited where colleagues see the edit.
pub(crate) fn add_from_config(conn: &mut Connection, templates: &[Template]) -> Result<()> {
    let missing: Vec<Template> = templates
        .iter()
        .map(cleaned)
        .filter(|template| {
            !conn
                .query_row(
                    "SELECT 1 FROM templates WHERE id = ?1",
                    [config_id(template)],
                    |_| Ok(()),
                )
                .optional()
                .is_ok_and(|found| found.is_some())
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    // A template of the same name and language the file holds already (a starter,
    // one written on a desk) is the office's: the config's is not added beside it.
    let held = live_templates(conn)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    for template in missing {
        let clash = held.iter().any(|t| {
            t.template.language == template.language
                && fold(&t.template.name) == fold(&template.name)
        });
        if !clash && template.problem().is_none() {
            seed(&tx, &config_id(&template), &template)?;
        }
    }
    tx.commit()?;
    Ok(())
}

fn seed(tx: &Transaction<'_>, id: &str, template: &Template) -> Result<()> {
    insert(tx, id, template, (0, "leadometer", &seed_clock()))
}

/// Writes `template` under `id`, stamped when, by whom and with which clock; a row
/// the file holds under that id already (a seeded one) is left as it is.
fn insert(
    tx: &Transaction<'_>,
    id: &str,
    template: &Template,
    (at, by, clock): (i64, &str, &str),
) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO templates (id, name, language, channels, personal, subject, body,
             created_at, updated_at, updated_by, clock)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10)",
        params![
            id,
            template.name,
            template.language,
            json(&template.channels),
            template.personal,
            template.subject,
            template.body,
            at,
            by,
            clock,
        ],
    )?;
    Ok(())
}

/// Every template not deleted, by language and name.
pub(crate) fn live_templates(conn: &Connection) -> Result<Vec<StoredTemplate>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM templates WHERE deleted_at IS NULL ORDER BY language, name, id"
    );
    let rows = conn
        .prepare_cached(&sql)?
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A template as stored: one line where one line is meant, text cleaned of what
/// could drive a terminal, no empty subject.
fn cleaned(template: &Template) -> Template {
    Template {
        name: clean_line(&template.name),
        language: template.language.trim().to_ascii_lowercase(),
        channels: template
            .channels
            .iter()
            .map(|c| c.trim().to_ascii_lowercase())
            .collect(),
        personal: template.personal,
        subject: template
            .subject
            .as_deref()
            .map(clean_line)
            .filter(|s| !s.is_empty()),
        body: clean_text(&template.body),
    }
}

impl Store {
    /// Every template, by language and name.
    pub fn templates(&self) -> Result<Vec<StoredTemplate>> {
        live_templates(self.conn())
    }

    /// The template whose id is `wanted`, or whose name is (case and accents aside).
    /// Two of one name (in two languages, or written on two desks) are told apart
    /// by their ids.
    pub fn find_template(&self, wanted: &str) -> Result<StoredTemplate> {
        super::by_id_or_name(
            &self.templates()?,
            wanted,
            |t| (&t.id, &t.template.name),
            |t| format!("{}  {} ({})", t.id, t.template.name, t.template.language),
            || StoreError::NotFound {
                what: "template",
                query: wanted.to_string(),
                hint: "; `leadometer template list` shows every template".into(),
            },
        )
    }

    /// Adds a template, refused when it is not one that can be sent or when one of
    /// the same name and language exists.
    pub fn add_template(
        &mut self,
        now: DateTime<Utc>,
        template: &Template,
    ) -> Result<StoredTemplate> {
        let template = cleaned(template);
        self.refuse_template(None, &template)?;
        let id = new_id();
        self.write(now, |tx, stamp| {
            insert(
                tx,
                &id,
                &template,
                (ms(stamp.at), &stamp.user, &stamp.clock),
            )
        })?;
        Ok(StoredTemplate { id, template })
    }

    /// Writes the template `id` as `template` says: only the fields that changed get
    /// a new clock, so a colleague's change to another field survives the merge.
    pub fn edit_template(
        &mut self,
        now: DateTime<Utc>,
        id: &str,
        template: &Template,
    ) -> Result<StoredTemplate> {
        let old = self.find_template(id)?;
        let new = cleaned(template);
        self.refuse_template(Some(&old.id), &new)?;
        let (was, is) = (&old.template, &new);
        let mut changes: Vec<(&str, Value)> = Vec::new();
        if was.name != is.name {
            changes.push(("name", Value::Text(is.name.clone())));
        }
        if was.language != is.language {
            changes.push(("language", Value::Text(is.language.clone())));
        }
        if was.channels != is.channels {
            changes.push(("channels", json(&is.channels)));
        }
        if was.personal != is.personal {
            changes.push(("personal", Value::Integer(i64::from(is.personal))));
        }
        if was.subject != is.subject {
            changes.push(("subject", super::text(is.subject.as_deref())));
        }
        if was.body != is.body {
            changes.push(("body", Value::Text(is.body.clone())));
        }
        if changes.is_empty() {
            return Err(StoreError::invalid(
                "template",
                format!(
                    "\"{}\" already reads so; nothing was changed",
                    old.template.name
                ),
            ));
        }
        self.write(now, |tx, stamp| {
            update_fields(tx, Table::Templates, &old.id, &changes, stamp)
        })?;
        Ok(StoredTemplate {
            id: old.id,
            template: new,
        })
    }

    /// Deletes a template (a tombstone, so the deletion syncs and can be undone).
    /// Campaigns it was attached to keep naming it, and say it is gone.
    pub fn delete_template(&mut self, now: DateTime<Utc>, id: &str) -> Result<StoredTemplate> {
        let old = self.find_template(id)?;
        self.write(now, |tx, stamp| {
            tombstone(tx, Table::Templates, &old.id, stamp)
        })?;
        Ok(old)
    }

    fn refuse_template(&self, editing: Option<&str>, template: &Template) -> Result<()> {
        if let Some(problem) = template.problem() {
            return Err(StoreError::invalid("template", problem));
        }
        let clash = self.templates()?.into_iter().find(|t| {
            Some(t.id.as_str()) != editing
                && t.template.language == template.language
                && fold(&t.template.name) == fold(&template.name)
        });
        match clash {
            Some(other) => Err(StoreError::invalid(
                "template",
                format!(
                    "a template called \"{}\" in {} exists already ({}); give another name",
                    other.template.name, other.template.language, other.id
                ),
            )),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
#[path = "templates_tests.rs"]
mod tests;
