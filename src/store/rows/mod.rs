//! Row plumbing shared by the table modules: time columns, JSON columns, and the
//! per-field clock that every update of a mutable row advances.

pub(crate) mod accounts;
mod bulk;
pub(crate) mod campaigns;
pub(crate) mod contacts;
pub(crate) mod deals;
pub(crate) mod directory;
pub(crate) mod interactions;
pub(crate) mod journal;
pub(crate) mod meta;
pub(crate) mod tasks;
pub(crate) mod templates;

pub use bulk::BulkWriter;

use crate::store::Result;
use chrono::{DateTime, TimeZone, Utc};
use meta::Stamp;
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, Transaction};
use std::path::Path;
use std::time::Duration;

/// How long a second, read-only connection waits for the file. Reading never waits
/// for a writer in WAL mode, only for a moment's recovery or reset of the log;
/// writers wait as `busy` says.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// A second, read-only connection to the file at `path`, for reading a large table
/// on another thread while the first one writes.
pub(crate) fn open_reader(path: &Path) -> rusqlite::Result<Connection> {
    let reader = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    reader.busy_timeout(BUSY_TIMEOUT)?;
    reader.pragma_update(None, "cache_size", -65_536)?;
    Ok(reader)
}

/// The shortest id prefix accepted: shorter ones match too much to be meant.
pub const SHORTEST_PREFIX: usize = 8;

/// FNV-1a's starting value: feed it to [`fnv1a`] for a fresh digest.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `bytes`, continued from `hash`: stable across runs and Rust versions,
/// which the standard library's hasher does not promise, for digests kept in a file.
pub(crate) fn fnv1a(hash: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(hash, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub fn ms(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

pub fn from_ms(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().unwrap_or_default()
}

pub fn text(value: Option<&str>) -> Value {
    value.map_or(Value::Null, |s| Value::Text(s.to_string()))
}

pub fn json<T: serde::Serialize>(value: &T) -> Value {
    Value::Text(serde_json::to_string(value).unwrap_or_else(|_| "null".into()))
}

pub fn from_json<T: serde::de::DeserializeOwned + Default>(text: &str) -> T {
    serde_json::from_str(text).unwrap_or_default()
}

/// The tables merged between copies, parents before children; the interactions,
/// facts that never change, come last. Each has `id` as its first column.
pub(crate) const MERGED: [&str; 11] = [
    "contacts",
    "accounts",
    "contact_phones",
    "contact_emails",
    "memberships",
    "deals",
    "tasks",
    "templates",
    "campaigns",
    "campaign_ticks",
    "interactions",
];

/// Columns that say who wrote a row and when, rather than what it holds: a merge
/// does not compare them as fields, and an undo writes its own.
pub(crate) const BOOKKEEPING: [&str; 6] = [
    "id",
    "created_at",
    "updated_at",
    "updated_by",
    "clock",
    "clocks",
];

/// The tables whose rows are mutable and carry clocks and tombstones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Contacts,
    Phones,
    Emails,
    Accounts,
    Memberships,
    Deals,
    Tasks,
    Templates,
    Campaigns,
    CampaignTicks,
}

impl Table {
    pub(crate) const ALL: [Table; 10] = [
        Table::Contacts,
        Table::Phones,
        Table::Emails,
        Table::Accounts,
        Table::Memberships,
        Table::Deals,
        Table::Tasks,
        Table::Templates,
        Table::Campaigns,
        Table::CampaignTicks,
    ];

    /// The table called `name`, when it is one of the mutable ones.
    pub(crate) fn named(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|table| table.name() == name)
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Table::Contacts => "contacts",
            Table::Phones => "contact_phones",
            Table::Emails => "contact_emails",
            Table::Accounts => "accounts",
            Table::Memberships => "memberships",
            Table::Deals => "deals",
            Table::Tasks => "tasks",
            Table::Templates => "templates",
            Table::Campaigns => "campaigns",
            Table::CampaignTicks => "campaign_ticks",
        }
    }
}

/// Updates the named fields of one row and stamps each of them with the change clock.
/// Field names come from the code or from this file's own checked schema (an undo
/// writes back the columns it recorded), never from input; every value is a parameter.
pub fn update_fields<Field: AsRef<str>>(
    tx: &Transaction<'_>,
    table: Table,
    id: &str,
    changes: &[(Field, Value)],
    stamp: &Stamp,
) -> Result<()> {
    if changes.is_empty() {
        return Ok(());
    }
    let mut assignments = Vec::new();
    let mut clock_paths = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    for (field, value) in changes {
        let field = field.as_ref();
        params.push(value.clone());
        assignments.push(format!("{field} = ?{}", params.len()));
        clock_paths.push(format!("'$.{field}', ?CLOCK"));
    }
    params.push(Value::Integer(ms(stamp.at)));
    let at = params.len();
    params.push(Value::Text(stamp.user.clone()));
    let by = params.len();
    params.push(Value::Text(stamp.clock.clone()));
    let clock = params.len();
    params.push(Value::Text(id.to_string()));
    let id_param = params.len();
    let sql = format!(
        "UPDATE {table} SET {assignments}, updated_at = ?{at}, updated_by = ?{by}, clocks = json_set(clocks, {paths}) WHERE id = ?{id_param}",
        table = table.name(),
        assignments = assignments.join(", "),
        paths = clock_paths
            .join(", ")
            .replace("?CLOCK", &format!("?{clock}")),
    );
    tx.execute(&sql, rusqlite::params_from_iter(params))?;
    Ok(())
}

/// The one of `all` whose id is `wanted` (or starts with it, as long as an entry's
/// shortest prefix), or else whose name is (case and accents aside, as search
/// compares names); a name several share is refused, each named
/// with its id, and none found is `not_found`.
pub(crate) fn by_id_or_name<T: Clone>(
    all: &[T],
    wanted: &str,
    id_and_name: impl Fn(&T) -> (&str, &str),
    shown: impl Fn(&T) -> String,
    not_found: impl FnOnce() -> crate::store::StoreError,
) -> Result<T> {
    let wanted_id = wanted.trim();
    if let Some(exact) = all.iter().find(|t| id_and_name(t).0 == wanted_id) {
        return Ok(exact.clone());
    }
    // The start of an id, as `list` prints it, when it is long enough to mean one.
    if wanted_id.len() >= SHORTEST_PREFIX {
        let starting: Vec<&T> = all
            .iter()
            .filter(|t| id_and_name(t).0.starts_with(wanted_id))
            .collect();
        if let [one] = starting.as_slice() {
            return Ok((*one).clone());
        }
    }
    let folded = crate::domain::text::fold(wanted_id);
    let named: Vec<&T> = all
        .iter()
        .filter(|t| crate::domain::text::fold(id_and_name(t).1) == folded)
        .collect();
    match named.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(not_found()),
        many => Err(crate::store::StoreError::AmbiguousNamed {
            query: wanted.to_string(),
            candidates: many.iter().map(|t| shown(t)).collect(),
        }),
    }
}

/// Deletion only ever sets a tombstone, so a merge can tell "deleted" from "never seen".
pub fn tombstone(tx: &Transaction<'_>, table: Table, id: &str, stamp: &Stamp) -> Result<()> {
    update_fields(
        tx,
        table,
        id,
        &[("deleted_at", Value::Integer(ms(stamp.at)))],
        stamp,
    )
}
