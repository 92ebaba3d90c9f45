//! The inbox: leads that still need work, most urgent first.
//!
//! It comes in two steps so that it stays fast at 100k contacts: `inbox` orders every
//! lead by reading only the small columns that ordering and the views need, and
//! `inbox_items` adds names, phones and follow-up titles for the few that are shown.

use super::rescore::ID_CEILING;
use crate::config::Config;
use crate::domain::lifecycle::WAITING_FOR_OWNER;
use crate::domain::scoring::Temperature;
use crate::domain::sla::{SlaState, is_expired, priority, sla_state};
use crate::domain::text::fold;
use crate::domain::{LeadStatus, Lifecycle};
use crate::store::rows::{from_ms, ms};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, TimeZone, Utc};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use serde::{Serialize, Serializer};
use std::collections::HashMap;
use std::sync::Arc;

/// A source, campaign or owner: one shared copy for every lead that carries it,
/// folded once for the views that compare it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label(Arc<(String, String)>);

/// In JSON a label is its text (see its `Serialize`).
impl schemars::JsonSchema for Label {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Label".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

impl Label {
    pub fn new(text: &str) -> Label {
        Label(Arc::new((text.to_string(), fold(text))))
    }

    pub fn as_str(&self) -> &str {
        &self.0.0
    }

    /// Lower-case, without accents: what views compare.
    pub fn folded(&self) -> &str {
        &self.0.1
    }
}

impl From<&str> for Label {
    fn from(text: &str) -> Label {
        Label::new(text)
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One lead as ordering and the views need it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct InboxEntry {
    pub id: String,
    pub source: Option<Label>,
    pub campaign: Option<Label>,
    pub owner: Option<Label>,
    pub status: LeadStatus,
    pub lifecycle: Lifecycle,
    #[serde(serialize_with = "crate::domain::timestamp::write")]
    #[schemars(with = "crate::domain::timestamp::Rfc3339")]
    pub created_at: DateTime<Utc>,
    pub age_minutes: i64,
    pub first_response_minutes: Option<i64>,
    pub sla: SlaState,
    pub sla_minutes: u32,
    pub score: i64,
    pub temperature: Temperature,
    pub expected_value: f64,
    pub priority: i64,
    pub expired: bool,
    /// How long ago an expired lead expired (`sla.expire_after_days` after it was last
    /// touched); None for the others.
    pub expired_minutes: Option<i64>,
    /// When the earliest open follow-up is due; `InboxItem::next_task` says what it is.
    #[serde(skip)]
    pub next_due: Option<DateTime<Utc>>,
}

/// What the inbox says when it is empty.
/// What the inbox says when nothing waits at all.
pub fn nothing_waits() -> String {
    crate::t!("nothing-waits")
}

/// What the inbox says, for a person (None: the user, "you"), when nothing waits
/// for them but `others` leads wait for other owners or for none.
pub fn nothing_waits_for(person: Option<&str>, others: usize) -> String {
    match person {
        None => crate::t!("nothing-waits-for-you", others = others),
        Some(person) => crate::t!("nothing-waits-for", person = person, others = others),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct NextTask {
    pub id: String,
    pub title: String,
    #[serde(serialize_with = "crate::domain::timestamp::write")]
    #[schemars(with = "crate::domain::timestamp::Rfc3339")]
    pub due_at: DateTime<Utc>,
}

impl NextTask {
    /// "11-22 16:55 Call back", the time in `tz`.
    pub fn label<Tz: TimeZone>(&self, tz: &Tz) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        let due = crate::i18n::format::day_month_time(&self.due_at.with_timezone(tz));
        format!("{due} {}", self.title)
    }
}

/// A lead as the inbox shows it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct InboxItem {
    #[serde(flatten)]
    pub lead: InboxEntry,
    pub name: String,
    pub phone: Option<String>,
    /// The first email, for a lead without a phone.
    pub email: Option<String>,
    /// vip, bad-payer and the rest: the lists show each as its mark (`flag_mark`).
    pub flags: Vec<String>,
    /// No salesperson had room when it became SQL: it keeps its owner meanwhile.
    pub waiting_for_owner: bool,
    pub next_task: Option<NextTask>,
}

impl InboxItem {
    /// The marks of its flags (`flag_mark`: ★ vip, ! bad-payer, ⧖ waiting for an
    /// owner…), "" for none.
    pub fn marks(&self) -> String {
        crate::domain::contact::flag_marks(&self.flags)
    }

    /// "Noa Levi ★": the name, then its marks, as every list shows them.
    pub fn name_with_marks(&self) -> String {
        match self.marks() {
            marks if marks.is_empty() => self.name.clone(),
            marks => format!("{} {marks}", self.name),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inbox {
    /// Most urgent first.
    pub entries: Vec<InboxEntry>,
    /// Leads left out because nobody touched them for `sla.expire_after_days`.
    pub expired: usize,
    /// The file holds no contact at all: the empty inbox says how to begin.
    pub no_contacts: bool,
}

/// One shared `Label` per distinct text. A business has a handful of sources, owners
/// and campaigns, so a short list beats hashing every lead's three labels.
#[derive(Default)]
struct Labels(Vec<Label>);

impl Labels {
    fn get(&mut self, value: ValueRef<'_>) -> Option<Label> {
        let text = text(value)?;
        if let Some(known) = self.0.iter().find(|l| l.as_str() == text) {
            return Some(known.clone());
        }
        let label = Label::new(text);
        self.0.push(label.clone());
        Some(label)
    }
}

fn text(value: ValueRef<'_>) -> Option<&str> {
    value.as_str().ok()
}

const COLUMNS: &str = "contact_id, source, campaign, owner, status, lifecycle, created_at,
                       score, temperature, first_response_at, last_activity_at";

/// Word for word the WHERE of the index contact_search_inbox (file/schema.rs), or SQLite
/// reads the whole search table instead of that index.
const NEEDS_WORK: &str = "(status IN ('new', 'attempting')
     OR (first_response_at IS NULL AND status NOT IN ('disqualified', 'nurturing')))";

/// Every open deal, from the index deals_open_value alone.
const OPEN_DEALS: &str = "SELECT contact_id, amount_minor, stage, probability
                          FROM deals INDEXED BY deals_open_value
                          WHERE deleted_at IS NULL AND stage NOT IN ('Won', 'Lost')";

/// Each contact's earliest open follow-up, from the index tasks_open_contact alone.
const NEXT_DUE: &str = "SELECT contact_id, min(due_at) FROM tasks
                        WHERE done_at IS NULL AND deleted_at IS NULL GROUP BY contact_id";

/// What only the shown leads need, each found by its id: name, phone, flags, email.
const SHOWN: &str = "SELECT s.contact_id, s.name, s.phone, c.flags,
                            (SELECT e.email FROM contact_emails e
                             WHERE e.contact_id = s.contact_id AND e.deleted_at IS NULL
                             ORDER BY e.created_at, e.id LIMIT 1)
                     FROM contact_search s JOIN contacts c ON c.id = s.contact_id
                     WHERE s.contact_id IN (SELECT value FROM json_each(?1))";

/// Below this many contacts one thread reads the inbox faster than two.
const SPLIT_FROM: i64 = 2_000;

/// What turns a row of the search table into an inbox entry.
struct Scan<'a> {
    config: &'a Config,
    now: DateTime<Utc>,
    day_ends: DateTime<Utc>,
    include_expired: bool,
}

/// What ranks a lead besides its own row, read while the other thread scans.
struct OpenWork {
    /// The expected value of each contact's open deals.
    expected: HashMap<String, f64>,
    /// When each contact's earliest open follow-up is due (ms).
    next_due: HashMap<String, i64>,
}

impl OpenWork {
    /// Fills in what the scan left for later: open deals, follow-ups and priority.
    fn rank(&self, entries: &mut [InboxEntry], now: DateTime<Utc>, day_ends: DateTime<Utc>) {
        for entry in entries {
            entry.expected_value = self.expected.get(&entry.id).copied().unwrap_or(0.0);
            entry.next_due = self.next_due.get(&entry.id).copied().map(from_ms);
            entry.priority = priority(
                entry.score,
                entry.expected_value,
                entry.sla,
                entry.next_due.is_some_and(|due| due < now),
                entry.next_due.is_some_and(|due| due < day_ends),
            );
        }
    }
}

/// Entries read, and how many expired leads were left out.
type Scanned = (Vec<InboxEntry>, usize);

impl Scan<'_> {
    /// The leads that need work with an id in `from..to`: two threads each take one
    /// range of the same index.
    fn needing_work(&self, conn: &Connection, from: &str, to: &str) -> Result<Scanned> {
        let sql = format!(
            "SELECT {COLUMNS} FROM contact_search
             WHERE {NEEDS_WORK} AND contact_id >= ?1 AND contact_id < ?2"
        );
        self.rows(conn, &sql, (from, to))
    }

    /// Anyone else with a follow-up due today.
    fn due_today(&self, conn: &Connection) -> Result<Scanned> {
        let sql = format!(
            "SELECT {COLUMNS} FROM contact_search
             WHERE contact_id IN (SELECT contact_id FROM tasks
                                  WHERE done_at IS NULL AND deleted_at IS NULL AND due_at < ?1)
               AND NOT {NEEDS_WORK}"
        );
        self.rows(conn, &sql, [ms(self.day_ends)])
    }

    fn rows(&self, conn: &Connection, sql: &str, params: impl rusqlite::Params) -> Result<Scanned> {
        let (now, config) = (self.now, self.config);
        let mut stmt = conn.prepare_cached(sql)?;
        let mut labels = Labels::default();
        let (mut entries, mut expired_left_out) = (Vec::new(), 0);
        let mut rows = stmt.query(params)?;
        while let Some(row) = rows.next()? {
            let last_activity = from_ms(row.get(10)?);
            let expire_after_days = config.sla.expire_after_days;
            let expired = is_expired(last_activity, expire_after_days, now);
            if expired && !self.include_expired {
                expired_left_out += 1;
                continue;
            }
            let id = text(row.get_ref(0)?).unwrap_or_default();
            let source = labels.get(row.get_ref(1)?);
            let created_at = from_ms(row.get(6)?);
            let first_response_at = row.get::<_, Option<i64>>(9)?.map(from_ms);
            let sla_minutes = config.sla.minutes_for(source.as_ref().map(Label::as_str));
            let sla = sla_state(created_at, first_response_at, sla_minutes, now);
            let score: i64 = row.get(7)?;
            let word = |i: usize| row.get_ref(i).ok().and_then(text).unwrap_or_default();
            entries.push(InboxEntry {
                id: id.to_string(),
                campaign: labels.get(row.get_ref(2)?),
                owner: labels.get(row.get_ref(3)?),
                status: word(4).parse().unwrap_or(LeadStatus::New),
                lifecycle: word(5).parse().unwrap_or(Lifecycle::Lead),
                age_minutes: (now - created_at).num_minutes(),
                first_response_minutes: first_response_at.map(|at| (at - created_at).num_minutes()),
                sla,
                sla_minutes,
                score,
                temperature: word(8).parse().unwrap_or(Temperature::Cold),
                // Left for `OpenWork::rank`.
                expected_value: 0.0,
                priority: 0,
                next_due: None,
                expired,
                expired_minutes: expired.then(|| {
                    let expired_at =
                        last_activity + chrono::Duration::days(expire_after_days.into());
                    (now - expired_at).num_minutes()
                }),
                created_at,
                source,
            });
        }
        Ok((entries, expired_left_out))
    }
}

fn join(all: &mut Scanned, more: Scanned) {
    all.0.extend(more.0);
    all.1 += more.1;
}

impl Store {
    /// Leads that still need work: status new or attempting, or never answered, plus
    /// anyone with a follow-up due before `day_ends`. Overdue first, then priority,
    /// then the longest waiting.
    pub fn inbox(
        &self,
        now: DateTime<Utc>,
        day_ends: DateTime<Utc>,
        include_expired: bool,
    ) -> Result<Inbox> {
        let config = self.config();
        let scan = Scan {
            config,
            now,
            day_ends,
            include_expired,
        };
        let ((mut entries, expired), open_work) = self.leads(&scan)?;
        open_work.rank(&mut entries, now, day_ends);
        // Entries are large: sorting small keys and moving each entry once is several
        // times faster than sorting the entries.
        let mut order: Vec<(bool, i64, i64, usize)> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.sla != SlaState::Overdue, -e.priority, ms(e.created_at), i))
            .collect();
        // Ties keep the order the rows were read in.
        order.sort_unstable();
        let no_contacts = entries.is_empty() && expired == 0 && !self.holds_contacts()?;
        let mut entries: Vec<Option<InboxEntry>> = entries.into_iter().map(Some).collect();
        Ok(Inbox {
            entries: order
                .into_iter()
                .filter_map(|(.., i)| entries[i].take())
                .collect(),
            expired,
            no_contacts,
        })
    }

    /// Whether the file holds any contact at all.
    fn holds_contacts(&self) -> Result<bool> {
        let any = self
            .conn()
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM contacts WHERE deleted_at IS NULL)")?
            .query_row([], |r| r.get(0))?;
        Ok(any)
    }

    /// Every lead of the inbox, unordered and not yet ranked, and what ranks them:
    /// read by two threads on a large file, each on its own connection. Holding the
    /// write lock meanwhile keeps both on the same snapshot; where it cannot be had
    /// (a read-only file, another writer), one thread reads it all.
    fn leads(&self, scan: &Scan<'_>) -> Result<(Scanned, OpenWork)> {
        let conn = self.conn();
        let size: i64 = conn.query_row(
            "SELECT coalesce(max(rowid), 0) FROM contact_search",
            [],
            |r| r.get(0),
        )?;
        let reader = (size >= SPLIT_FROM).then(|| self.take_reader()).flatten();
        // Another writer's lock is not waited for: one thread reads without it.
        let lock = reader.as_ref().and_then(|_| {
            self.without_waiting(|| {
                Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
            })
            .ok()
        });
        let (reader, lock) = match (reader, lock) {
            (Some(reader), Some(lock)) => (reader, lock),
            (reader, _) => {
                if let Some(reader) = reader {
                    self.return_reader(reader);
                }
                let mut all = scan.needing_work(conn, "", ID_CEILING)?;
                join(&mut all, scan.due_today(conn)?);
                return Ok((all, self.open_work()?));
            }
        };
        // Ids are time-ordered, like rowids, so an id partway through the rowids
        // splits the contacts. This thread also reads the open deals and follow-ups,
        // the other the leads due today: that share keeps both about equally busy.
        let split: String = conn.query_row(
            "SELECT contact_id FROM contact_search WHERE rowid >= ?1 ORDER BY rowid LIMIT 1",
            [size * 9 / 20],
            |r| r.get(0),
        )?;
        let (upper, lower) = std::thread::scope(|threads| {
            let upper = threads.spawn(|| {
                let upper = scan
                    .needing_work(&reader, &split, ID_CEILING)
                    .and_then(|mut upper| {
                        join(&mut upper, scan.due_today(&reader)?);
                        Ok(upper)
                    });
                (upper, reader)
            });
            let lower = self
                .open_work()
                .and_then(|open_work| Ok((scan.needing_work(conn, "", &split)?, open_work)));
            (upper.join(), lower)
        });
        lock.finish()?;
        let (upper, reader) =
            upper.map_err(|_| StoreError::invalid("inbox", "the second reader stopped"))?;
        self.return_reader(reader);
        let (mut all, open_work) = lower?;
        join(&mut all, upper?);
        Ok((all, open_work))
    }

    fn open_work(&self) -> Result<OpenWork> {
        Ok(OpenWork {
            expected: self.open_deal_values()?,
            next_due: self.next_due_dates()?,
        })
    }

    fn open_deal_values(&self) -> Result<HashMap<String, f64>> {
        let pipeline = self.config().pipeline();
        let mut expected: HashMap<String, f64> = HashMap::new();
        let mut deals = self.conn().prepare_cached(OPEN_DEALS)?;
        let mut rows = deals.query([])?;
        while let Some(row) = rows.next()? {
            let probability = match row.get::<_, Option<f64>>(3)? {
                Some(p) => p,
                None => pipeline.probability(text(row.get_ref(2)?).unwrap_or_default()),
            };
            let value = row.get::<_, i64>(1)? as f64 / 100.0 * probability;
            let contact = text(row.get_ref(0)?).unwrap_or_default();
            match expected.get_mut(contact) {
                Some(sum) => *sum += value,
                None => {
                    expected.insert(contact.to_string(), value);
                }
            }
        }
        Ok(expected)
    }

    /// Read once rather than joined into the inbox query: the join made SQLite build
    /// a temporary index on every call.
    fn next_due_dates(&self) -> Result<HashMap<String, i64>> {
        let mut next_due = HashMap::new();
        let mut tasks = self.conn().prepare_cached(NEXT_DUE)?;
        let mut rows = tasks.query([])?;
        while let Some(row) = rows.next()? {
            next_due.insert(row.get(0)?, row.get(1)?);
        }
        Ok(next_due)
    }

    /// The inbox rows for `entries`, in their order: what only the shown leads need.
    /// A lead deleted since `inbox` ran is left out.
    pub fn inbox_items(&self, entries: &[InboxEntry]) -> Result<Vec<InboxItem>> {
        let ids = serde_json::to_string(&entries.iter().map(|e| &e.id).collect::<Vec<_>>())
            .unwrap_or_else(|_| "[]".into());
        let mut shown: HashMap<String, Shown> = HashMap::new();
        let mut stmt = self.conn().prepare_cached(SHOWN)?;
        let mut rows = stmt.query([&ids])?;
        while let Some(row) = rows.next()? {
            let flags: Vec<String> =
                crate::store::rows::from_json(text(row.get_ref(3)?).unwrap_or("[]"));
            shown.insert(
                row.get(0)?,
                Shown {
                    name: row.get(1)?,
                    phone: row.get(2)?,
                    email: row.get(4)?,
                    flags,
                },
            );
        }
        let mut tasks: HashMap<String, NextTask> = HashMap::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT contact_id, id, title, min(due_at) FROM tasks
             WHERE done_at IS NULL AND deleted_at IS NULL
               AND contact_id IN (SELECT value FROM json_each(?1))
             GROUP BY contact_id",
        )?;
        let mut rows = stmt.query([&ids])?;
        while let Some(row) = rows.next()? {
            let task = NextTask {
                id: row.get(1)?,
                title: row.get(2)?,
                due_at: from_ms(row.get(3)?),
            };
            tasks.insert(row.get(0)?, task);
        }
        Ok(entries
            .iter()
            .filter_map(|entry| {
                let shown = shown.remove(&entry.id)?;
                Some(InboxItem {
                    next_task: tasks.remove(&entry.id),
                    lead: entry.clone(),
                    waiting_for_owner: shown.flags.iter().any(|f| f == WAITING_FOR_OWNER),
                    name: shown.name,
                    phone: shown.phone,
                    email: shown.email,
                    flags: shown.flags,
                })
            })
            .collect())
    }
}

/// What only a shown lead needs, read for the few shown.
struct Shown {
    name: String,
    phone: Option<String>,
    email: Option<String>,
    flags: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(store: &Store, sql: &str) -> Vec<String> {
        store
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map([], |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn the_inbox_reads_its_own_indexes_alone() {
        let store = Store::open_in_memory(&Config::default()).unwrap();
        let leads = format!(
            "SELECT {COLUMNS} FROM contact_search
             WHERE {NEEDS_WORK} AND contact_id >= '' AND contact_id < 'z'"
        );
        assert_eq!(
            plan(&store, &leads),
            [
                "SEARCH contact_search USING COVERING INDEX contact_search_inbox (contact_id>? AND contact_id<?)"
            ],
            "the WHERE no longer matches the index's word for word"
        );
        assert_eq!(
            plan(&store, NEXT_DUE),
            ["SCAN tasks USING COVERING INDEX tasks_open_contact"]
        );
        assert_eq!(
            plan(&store, OPEN_DEALS),
            ["SCAN deals USING COVERING INDEX deals_open_value"]
        );
        let shown = plan(&store, &SHOWN.replace("?1", "'[\"a\"]'"));
        assert!(
            shown
                .iter()
                .all(|step| !step.starts_with("SCAN") || step.contains("json_each")),
            "a shown lead's row is found by its id: {shown:?}"
        );
    }
}
