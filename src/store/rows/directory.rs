//! Everyone, a page at a time, and the accounts with what they hold: what the desk's
//! Contacts and Accounts screens list. Contacts are read from the narrow search table
//! (live contacts only), in one of four orders that each walk an index, so a page
//! costs its own rows however large the file.

use super::from_ms;
use crate::domain::Role;
use crate::domain::deal::{LOST, Pipeline, WON};
use crate::domain::money::Sums;
use crate::store::{Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, params, params_from_iter};

/// What the Contacts screen keeps: each filter set holds one value, compared without
/// regard to case; an account and a flag are named as they are shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactFilter {
    pub lifecycle: Option<String>,
    pub status: Option<String>,
    pub owner: Option<String>,
    pub flag: Option<String>,
    pub source: Option<String>,
    pub campaign: Option<String>,
    pub account: Option<String>,
}

impl ContactFilter {
    /// The filters set, with their names: what the screen's title lists.
    pub fn active(&self) -> Vec<(&'static str, &str)> {
        [
            ("lifecycle", &self.lifecycle),
            ("status", &self.status),
            ("owner", &self.owner),
            ("flag", &self.flag),
            ("source", &self.source),
            ("campaign", &self.campaign),
            ("account", &self.account),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(|v| (name, v)))
        .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.active().is_empty()
    }

    /// The WHERE for these filters over `contact_search s`, with its parameters. The
    /// fragments are the code's own; only values are parameters.
    fn condition(&self) -> (String, Vec<Value>) {
        let mut terms: Vec<&str> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        let mut term = |sql: &'static str, value: &Option<String>| {
            if let Some(value) = value {
                terms.push(sql);
                values.push(Value::Text(value.clone()));
            }
        };
        term("s.lifecycle = lower(?)", &self.lifecycle);
        term("s.status = lower(?)", &self.status);
        term("s.owner = ? COLLATE NOCASE", &self.owner);
        term("s.source = ? COLLATE NOCASE", &self.source);
        term("s.campaign = ? COLLATE NOCASE", &self.campaign);
        // Only flagged contacts are looked at: contacts_flagged holds them alone.
        term(
            "s.contact_id IN (SELECT c.id FROM contacts c WHERE c.flags <> '[]' AND c.deleted_at IS NULL
                 AND EXISTS (SELECT 1 FROM json_each(c.flags) f WHERE lower(f.value) = lower(?)))",
            &self.flag,
        );
        term(
            "s.contact_id IN (SELECT m.contact_id FROM accounts a JOIN memberships m ON m.account_id = a.id
                 WHERE a.name = ? COLLATE NOCASE AND a.deleted_at IS NULL AND m.deleted_at IS NULL)",
            &self.account,
        );
        if terms.is_empty() {
            return (String::new(), values);
        }
        (format!("WHERE {}", terms.join(" AND ")), values)
    }
}

/// The orders the Contacts screen cycles through, most recently active first by default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ContactOrder {
    #[default]
    LastActivity,
    Name,
    Score,
    Created,
}

impl ContactOrder {
    pub const ALL: [ContactOrder; 4] = [
        ContactOrder::LastActivity,
        ContactOrder::Name,
        ContactOrder::Score,
        ContactOrder::Created,
    ];

    pub fn title(self) -> &'static str {
        match self {
            ContactOrder::LastActivity => "last activity",
            ContactOrder::Name => "name",
            ContactOrder::Score => "score",
            ContactOrder::Created => "newest",
        }
    }

    /// The order's name in the user's language.
    pub fn shown(self) -> String {
        match self {
            ContactOrder::LastActivity => crate::t!("order-last-activity"),
            ContactOrder::Name => crate::t!("order-name"),
            ContactOrder::Score => crate::t!("order-score"),
            ContactOrder::Created => crate::t!("order-newest"),
        }
    }

    pub fn next(self) -> ContactOrder {
        let index = Self::ALL.iter().position(|o| *o == self).unwrap_or(0);
        Self::ALL[(index + 1) % Self::ALL.len()]
    }

    /// Each order is one index walked (the rowid breaks ties, as the index holds it),
    /// so SQLite never sorts.
    fn sql(self) -> &'static str {
        match self {
            ContactOrder::LastActivity => "s.last_activity_at DESC, s.rowid DESC",
            ContactOrder::Name => "s.name_key, s.rowid",
            ContactOrder::Score => "s.score DESC, s.rowid DESC",
            ContactOrder::Created => "s.created_at DESC, s.rowid DESC",
        }
    }
}

/// One line of the Contacts screen.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactRow {
    pub id: String,
    pub name: String,
    /// The primary phone, as shown.
    pub phone: Option<String>,
    /// The first account, as the search list shows it.
    pub company: Option<String>,
    pub status: String,
    pub lifecycle: String,
    pub owner: Option<String>,
    pub score: i64,
    pub last_activity: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    /// The flags, for their marks beside the name ("vip" is ★).
    pub flags: Vec<String>,
}

/// One line of the Accounts screen: a company and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountSummary {
    pub id: String,
    pub name: String,
    pub contacts: u64,
    pub deals: u64,
    /// The deals' amounts, lost ones left out, in major units, per currency.
    pub total: Sums,
}

/// A contact at an account, with the role they play in buying.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountMember {
    pub contact_id: String,
    pub name: String,
    pub role: Option<Role>,
    pub status: String,
}

/// One deal of an account, with what the Accounts screen shows of it.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountDeal {
    pub id: String,
    pub contact_id: String,
    pub title: String,
    pub amount_minor: i64,
    pub currency: String,
    pub stage: String,
    /// The amount times the chance of closing: the deal's own, else its stage's.
    pub expected_minor: i64,
}

/// `amount_minor` times the chance a deal in `stage` closes (`set`, else the stage's).
fn expected_minor(amount_minor: i64, stage: &str, set: Option<f64>, pipeline: &Pipeline) -> i64 {
    let probability = match stage {
        WON => 1.0,
        LOST => 0.0,
        stage => set.unwrap_or_else(|| pipeline.probability(stage)),
    };
    (amount_minor as f64 * probability).round() as i64
}

/// One account in full: its people (role holders first), its deals, newest first,
/// each list cut at the limit asked for, with how many there are in all.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountDetail {
    pub id: String,
    pub name: String,
    pub members: Vec<AccountMember>,
    pub member_count: u64,
    pub deals: Vec<AccountDeal>,
    pub deal_count: u64,
    /// Over all its deals, lost ones left out: the amounts, and the expected value,
    /// in major units, each currency apart.
    pub total: Sums,
    pub expected: Sums,
}

/// The deals of the account `?1`: those opened at it, and those of its people opened
/// at no account; only of live contacts. Two index walks joined, not one condition
/// with OR: with the account's people in an IN, SQLite read them again for every deal.
const ACCOUNT_DEALS: &str = "(SELECT d.id, d.contact_id, d.title, d.amount_minor, d.stage,
        d.probability, d.created_at, d.currency
       FROM deals d WHERE d.account_id = ?1 AND d.deleted_at IS NULL
     UNION ALL
     SELECT d.id, d.contact_id, d.title, d.amount_minor, d.stage, d.probability, d.created_at,
        d.currency
       FROM memberships m JOIN deals d ON d.contact_id = m.contact_id
      WHERE m.account_id = ?1 AND m.deleted_at IS NULL
        AND d.account_id IS NULL AND d.deleted_at IS NULL) d
    WHERE EXISTS (SELECT 1 FROM contact_search s WHERE s.contact_id = d.contact_id)";

/// The live people of the account `?1`.
const ACCOUNT_MEMBERS: &str = "memberships m JOIN contact_search s ON s.contact_id = m.contact_id
    WHERE m.account_id = ?1 AND m.deleted_at IS NULL";

impl Store {
    /// How many live contacts pass `filter`.
    pub fn count_listed(&self, filter: &ContactFilter) -> Result<u64> {
        let (condition, values) = filter.condition();
        let sql = format!("SELECT count(*) FROM contact_search s {condition}");
        let count: i64 = self
            .conn()
            .prepare_cached(&sql)?
            .query_row(params_from_iter(values), |r| r.get(0))?;
        Ok(count.max(0) as u64)
    }

    /// The live contacts that pass `filter`, in `order`, from the `offset`-th on.
    pub fn list_contacts(
        &self,
        filter: &ContactFilter,
        order: ContactOrder,
        offset: u64,
        limit: u64,
    ) -> Result<Vec<ContactRow>> {
        let (condition, mut values) = filter.condition();
        values.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
        values.push(Value::Integer(i64::try_from(offset).unwrap_or(i64::MAX)));
        let sql = format!(
            "SELECT s.contact_id, s.name, s.status, s.lifecycle, s.owner, s.score,
                    s.last_activity_at, s.created_at, s.phone
               FROM contact_search s {condition} ORDER BY {} LIMIT ? OFFSET ?",
            order.sql()
        );
        let mut rows: Vec<ContactRow> = self
            .conn()
            .prepare_cached(&sql)?
            .query_map(params_from_iter(values), |r| {
                Ok(ContactRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    phone: r.get(8)?,
                    company: None,
                    status: r.get(2)?,
                    lifecycle: r.get(3)?,
                    owner: r.get(4)?,
                    score: r.get(5)?,
                    last_activity: from_ms(r.get(6)?),
                    created_at: from_ms(r.get(7)?),
                    flags: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        // The company of the rows read only: a subquery in the SELECT would run for
        // every row the offset skips too.
        for row in &mut rows {
            row.company = first_account(self.conn(), &row.id)?;
            row.flags = flags_of(self.conn(), &row.id)?;
        }
        Ok(rows)
    }

    /// Every live account's name, in order: what the filters offer.
    pub fn account_names(&self) -> Result<Vec<String>> {
        let names = self
            .conn()
            .prepare_cached(
                "SELECT DISTINCT name FROM accounts WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(names)
    }

    /// Every live account, by name, with its number of people and deals and the deals' total.
    pub fn accounts_overview(&self) -> Result<Vec<AccountSummary>> {
        let sql = format!(
            "SELECT a.id, a.name,
                (SELECT count(*) FROM {members}),
                (SELECT count(*) FROM {deals}),
                (SELECT group_concat(t.currency || ' ' || t.minor, ';') FROM
                   (SELECT d.currency, sum(d.amount_minor) AS minor FROM {deals}
                       AND d.stage <> '{LOST}' GROUP BY d.currency) t)
               FROM accounts a WHERE a.deleted_at IS NULL ORDER BY a.name COLLATE NOCASE, a.id",
            members = ACCOUNT_MEMBERS.replace("?1", "a.id"),
            deals = ACCOUNT_DEALS.replace("?1", "a.id"),
        );
        let accounts = self
            .conn()
            .prepare_cached(&sql)?
            .query_map([], |r| {
                Ok(AccountSummary {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    contacts: r.get::<_, i64>(2)?.max(0) as u64,
                    deals: r.get::<_, i64>(3)?.max(0) as u64,
                    total: sums_listed(r.get::<_, Option<String>>(4)?.as_deref()),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(accounts)
    }

    /// One account: at most `limit` of its people and of its deals, and the totals of all.
    pub fn account_detail(&self, id: &str, limit: u64) -> Result<Option<AccountDetail>> {
        let conn = self.conn();
        let name: Option<String> = conn
            .prepare_cached("SELECT name FROM accounts WHERE id = ?1 AND deleted_at IS NULL")?
            .query_row([id], |r| r.get(0))
            .ok();
        let Some(name) = name else {
            return Ok(None);
        };
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let count = |sql: &str| -> Result<u64> {
            let n: i64 = conn.prepare_cached(sql)?.query_row([id], |r| r.get(0))?;
            Ok(n.max(0) as u64)
        };
        let members = conn
            .prepare_cached(&format!(
                "SELECT s.contact_id, s.name, m.role, s.status FROM {ACCOUNT_MEMBERS}
                 ORDER BY m.role IS NULL, s.name_key, s.rowid LIMIT ?2"
            ))?
            .query_map(params![id, limit], |r| {
                Ok(AccountMember {
                    contact_id: r.get(0)?,
                    name: r.get(1)?,
                    role: r.get::<_, Option<String>>(2)?.and_then(|w| w.parse().ok()),
                    status: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let pipeline = self.config().pipeline();
        let deals = conn
            .prepare_cached(&format!(
                "SELECT d.id, d.contact_id, d.title, d.amount_minor, d.stage, d.probability,
                        d.currency
                   FROM {ACCOUNT_DEALS} ORDER BY d.created_at DESC, d.id LIMIT ?2"
            ))?
            .query_map(params![id, limit], |r| {
                let (amount_minor, stage) = (r.get(3)?, r.get::<_, String>(4)?);
                Ok(AccountDeal {
                    id: r.get(0)?,
                    contact_id: r.get(1)?,
                    title: r.get(2)?,
                    expected_minor: expected_minor(amount_minor, &stage, r.get(5)?, &pipeline),
                    amount_minor,
                    currency: r.get(6)?,
                    stage,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        // The totals are over every deal, by stage and set probability, each currency
        // apart: shekels are never added to forints.
        let (mut total, mut expected) = (Sums::default(), Sums::default());
        let mut by_stage = conn.prepare_cached(&format!(
            "SELECT d.stage, d.probability, sum(d.amount_minor), d.currency FROM {ACCOUNT_DEALS}
              AND d.stage <> '{LOST}' GROUP BY d.stage, d.probability, d.currency"
        ))?;
        let sums = by_stage.query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        for sum in sums {
            let (stage, set, amount, currency) = sum?;
            total.add(&currency, amount as f64 / 100.0);
            let weighted = expected_minor(amount, &stage, set, &pipeline);
            expected.add(&currency, weighted as f64 / 100.0);
        }
        Ok(Some(AccountDetail {
            id: id.to_string(),
            name,
            members,
            member_count: count(&format!("SELECT count(*) FROM {ACCOUNT_MEMBERS}"))?,
            deals,
            deal_count: count(&format!("SELECT count(*) FROM {ACCOUNT_DEALS}"))?,
            total,
            expected,
        }))
    }
}

/// "ILS 4800000;HUF 120000000" (currency and minor units, as the overview's query
/// lists them) as sums in major units; nothing for an account without deals.
fn sums_listed(listed: Option<&str>) -> Sums {
    listed
        .unwrap_or_default()
        .split(';')
        .filter_map(|pair| pair.split_once(' '))
        .filter_map(|(code, minor)| Some((code, minor.parse::<i64>().ok()? as f64 / 100.0)))
        .collect()
}

/// The name of a contact's first account, as the search list shows it.
fn first_account(conn: &Connection, contact_id: &str) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.name FROM memberships m JOIN accounts a ON a.id = m.account_id
          WHERE m.contact_id = ?1 AND m.deleted_at IS NULL AND a.deleted_at IS NULL
          ORDER BY m.created_at, m.id LIMIT 1",
    )?;
    let mut rows = stmt.query([contact_id])?;
    Ok(match rows.next()? {
        Some(row) => Some(row.get(0)?),
        None => None,
    })
}

fn flags_of(conn: &Connection, contact_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT flags FROM contacts WHERE id = ?1")?;
    let mut rows = stmt.query([contact_id])?;
    Ok(match rows.next()? {
        Some(row) => super::from_json(&row.get::<_, String>(0)?),
        None => Vec::new(),
    })
}
