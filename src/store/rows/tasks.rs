//! Follow-ups across every contact: the agenda in its groups, snoozing, finding an
//! open one by its title, and the order of the last list each user was shown, so
//! that "the 2nd one" means what that list showed.

use super::meta::{Stamp, read_meta, write_meta};
use super::{FNV_OFFSET, Table, fnv1a, from_ms, ms, update_fields};
use crate::domain::Task;
use crate::domain::agenda::{AgendaEntry, Bounds, Group};
use crate::domain::text::fold;
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};

/// Open follow-ups of live contacts due before ?1, of the owner ?2 (anyone when
/// NULL), earliest first: a range of the index tasks_open_due, never a scan.
const OPEN_TASKS: &str = "SELECT t.id, t.contact_id, t.title, t.due_at, t.done_at, t.owner,
        t.created_at, c.name
     FROM tasks t INDEXED BY tasks_open_due
     JOIN contacts c ON c.id = t.contact_id
     WHERE t.done_at IS NULL AND t.deleted_at IS NULL AND c.deleted_at IS NULL
       AND t.due_at < ?1 AND (?2 IS NULL OR t.owner = ?2 COLLATE NOCASE)
     ORDER BY t.due_at, t.id";

/// The meta key of the last list `user` was shown.
fn list_key(user: &str) -> String {
    format!("task_list:{user}")
}

/// A list of tasks as it was shown: which task each number stood for, and the
/// tasks table's version then.
#[derive(Debug, Serialize, Deserialize)]
struct ShownList {
    tasks_version: String,
    ids: Vec<String>,
}

/// What the last list shown to a user still says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LastTaskList {
    /// No list was shown to this user on this file.
    Unknown,
    /// Tasks changed since the list was shown: its numbers may mislead.
    Stale,
    /// The ids of the list, the first one numbered 1.
    Current(Vec<String>),
}

fn open_tasks(
    conn: &Connection,
    before: Option<DateTime<Utc>>,
    owner: Option<&str>,
) -> Result<Vec<(Task, String)>> {
    let before = before.map_or(i64::MAX, ms);
    let tasks = conn
        .prepare_cached(OPEN_TASKS)?
        .query_map(rusqlite::params![before, owner], |r| {
            Ok((task_from_row(r)?, r.get(7)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(tasks)
}

/// A digest of every task row's change clocks: it moves with any insert, edit,
/// completion, deletion or merge of a task, and with nothing else.
fn tasks_version(conn: &Connection) -> Result<String> {
    let mut stmt = conn.prepare_cached("SELECT id, clock, clocks FROM tasks")?;
    let mut rows = stmt.query([])?;
    let (mut count, mut sum) = (0u64, 0u64);
    while let Some(row) = rows.next()? {
        let mut hash = FNV_OFFSET;
        for column in 0..3 {
            let text: String = row.get(column)?;
            hash = fnv1a(hash, text.bytes().chain([0]));
        }
        count += 1;
        sum = sum.wrapping_add(hash);
    }
    Ok(format!("{count}-{sum:016x}"))
}

/// A task row's columns, in the order `task_from_row` reads them.
const TASK_COLUMNS: &str = "id, contact_id, title, due_at, done_at, owner, created_at";

fn task_from_row(r: &Row<'_>) -> rusqlite::Result<Task> {
    Ok(Task {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        title: r.get(2)?,
        due_at: from_ms(r.get(3)?),
        done_at: r.get::<_, Option<i64>>(4)?.map(from_ms),
        owner: r.get(5)?,
        created_at: from_ms(r.get(6)?),
    })
}

pub(crate) fn insert_task(tx: &Transaction<'_>, task: &Task, stamp: &Stamp) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO tasks (id, contact_id, title, due_at, done_at, owner, created_at, updated_at, updated_by, clock)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9)",
    )?
    .execute(params![
        task.id,
        task.contact_id,
        task.title,
        ms(task.due_at),
        task.done_at.map(ms),
        task.owner,
        ms(task.created_at),
        stamp.user,
        stamp.clock,
    ])?;
    Ok(())
}

impl Store {
    pub fn add_task(&mut self, now: DateTime<Utc>, task: &Task) -> Result<()> {
        self.write(now, |tx, stamp| insert_task(tx, task, stamp))
    }

    pub fn tasks_for(&self, contact_id: &str) -> Result<Vec<Task>> {
        let tasks = self
            .conn()
            .prepare_cached(
                &format!(
                    "SELECT {TASK_COLUMNS} FROM tasks
                     WHERE contact_id = ?1 AND deleted_at IS NULL ORDER BY done_at IS NOT NULL, due_at"
                ),
            )?
            .query_map([contact_id], task_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(tasks)
    }

    pub fn task(&self, id: &str) -> Result<Task> {
        self.conn()
            .prepare_cached(&format!(
                "SELECT {TASK_COLUMNS} FROM tasks WHERE id = ?1 AND deleted_at IS NULL"
            ))?
            .query_row([id], task_from_row)
            .optional()?
            .ok_or_else(|| StoreError::NotFound {
                what: "task",
                query: id.to_string(),
                hint: "; `leadometer show CONTACT` lists a contact's tasks with their ids".into(),
            })
    }

    /// Marks a follow-up done; doing it twice keeps the first time.
    pub fn complete_task(&mut self, now: DateTime<Utc>, id: &str) -> Result<Task> {
        let task = self.task(id)?;
        if task.done_at.is_none() {
            self.set_task_field(now, id, "done_at", Value::Integer(ms(now)))?;
        }
        self.task(id)
    }

    /// The open follow-ups of every contact in `bounds`' groups up to `through`
    /// (`Group::Later` for all), of `owner` when given (ignoring case), earliest first.
    pub fn agenda(
        &self,
        bounds: &Bounds,
        through: Group,
        owner: Option<&str>,
    ) -> Result<Vec<AgendaEntry>> {
        Ok(open_tasks(self.conn(), bounds.end_of(through), owner)?
            .into_iter()
            .map(|(task, contact_name)| AgendaEntry {
                group: bounds.group(task.due_at),
                task,
                contact_name,
            })
            .collect())
    }

    /// The open follow-ups whose title is `title`, compared as search compares
    /// names (ignoring case and accents), earliest due first, with their contacts.
    pub fn open_tasks_titled(&self, title: &str) -> Result<Vec<(Task, String)>> {
        let wanted = fold(title);
        let mut tasks = open_tasks(self.conn(), None, None)?;
        tasks.retain(|(task, _)| fold(&task.title) == wanted);
        Ok(tasks)
    }

    /// Moves an open follow-up to `due_at`, stamped as any edit, so that a merge
    /// takes the later of two snoozes. A done one is refused.
    pub fn snooze_task(
        &mut self,
        now: DateTime<Utc>,
        id: &str,
        due_at: DateTime<Utc>,
    ) -> Result<Task> {
        let task = self.task(id)?;
        if task.done_at.is_some() {
            return Err(StoreError::invalid(
                "TASK",
                format!(
                    "\"{}\" is done already; add a new follow-up instead",
                    task.title
                ),
            ));
        }
        if task.due_at != due_at {
            self.set_task_field(now, id, "due_at", Value::Integer(ms(due_at)))?;
        }
        self.task(id)
    }

    /// Changes one field of a task as one write, stamped for the merge.
    pub(crate) fn set_task_field(
        &mut self,
        now: DateTime<Utc>,
        id: &str,
        field: &'static str,
        value: Value,
    ) -> Result<()> {
        self.write(now, |tx, stamp| {
            update_fields(tx, Table::Tasks, id, &[(field, value)], stamp)
        })
    }

    /// Keeps the order of a list just shown to this file's user, with the tasks'
    /// version, so that a number typed next can be checked against it.
    pub fn remember_task_list(&self, ids: &[String]) -> Result<()> {
        let shown = ShownList {
            tasks_version: tasks_version(self.conn())?,
            ids: ids.to_vec(),
        };
        let text = serde_json::to_string(&shown).unwrap_or_default();
        write_meta(self.conn(), &list_key(self.user()), &text)
    }

    /// The last list shown to this file's user, if tasks did not change since.
    pub fn last_task_list(&self) -> Result<LastTaskList> {
        let Some(text) = read_meta(self.conn(), &list_key(self.user()))? else {
            return Ok(LastTaskList::Unknown);
        };
        let Ok(shown) = serde_json::from_str::<ShownList>(&text) else {
            return Ok(LastTaskList::Unknown);
        };
        if shown.tasks_version != tasks_version(self.conn())? {
            return Ok(LastTaskList::Stale);
        }
        Ok(LastTaskList::Current(shown.ids))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    /// Every column of every task row, in id order.
    fn all_task_rows(store: &Store) -> Vec<(String, Vec<Value>)> {
        let mut stmt = store
            .conn()
            .prepare("SELECT * FROM tasks ORDER BY id")
            .unwrap();
        let width = stmt.column_count();
        stmt.query_map([], |r| {
            let values = (0..width)
                .map(|i| r.get::<_, Value>(i))
                .collect::<rusqlite::Result<_>>()?;
            Ok((r.get::<_, String>("id")?, values))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    }

    /// The rows that differ between two readings, by id.
    fn changed(before: &[(String, Vec<Value>)], after: &[(String, Vec<Value>)]) -> Vec<String> {
        assert_eq!(before.len(), after.len(), "no row comes or goes");
        (before.iter().zip(after))
            .filter(|(b, a)| b != a)
            .map(|(b, _)| b.0.clone())
            .collect()
    }

    #[test]
    fn done_and_snooze_change_the_one_task_and_no_other() {
        use chrono::{Duration, TimeZone};
        let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
        let mut store = Store::open_in_memory(&Config::default()).unwrap();
        crate::store::demo::seed(&mut store, now).unwrap();
        let agenda = store.agenda(&Bounds::at(now), Group::Later, None).unwrap();
        let (first, second) = (agenda[0].task.clone(), agenda[1].task.clone());

        let before = all_task_rows(&store);
        let done = store
            .complete_task(now + Duration::minutes(1), &first.id)
            .unwrap();
        let after = all_task_rows(&store);
        assert_eq!(changed(&before, &after), [first.id.as_str()]);
        assert_eq!(done.done_at, Some(now + Duration::minutes(1)));
        assert_eq!(
            Task {
                done_at: None,
                ..done
            },
            first,
            "only done_at moved"
        );

        let to = now + Duration::days(2);
        let snoozed = store
            .snooze_task(now + Duration::minutes(2), &second.id, to)
            .unwrap();
        let last = all_task_rows(&store);
        assert_eq!(changed(&after, &last), [second.id.as_str()]);
        assert_eq!(
            Task {
                due_at: second.due_at,
                ..snoozed
            },
            second,
            "only due_at moved"
        );
        assert_eq!(snoozed.due_at, to);
        let still_open: Vec<String> = (store.agenda(&Bounds::at(now), Group::Later, None).unwrap())
            .into_iter()
            .map(|e| e.task.id)
            .collect();
        assert!(!still_open.contains(&first.id) && still_open.contains(&second.id));
    }

    #[test]
    fn the_agenda_reads_a_range_of_its_index() {
        let store = Store::open_in_memory(&Config::default()).unwrap();
        let plan: Vec<String> = store
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {OPEN_TASKS}"))
            .unwrap()
            .query_map(rusqlite::params![0, "Dana"], |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            plan.iter()
                .any(|step| step.contains("USING INDEX tasks_open_due (due_at<?)")),
            "{plan:?}"
        );
        assert!(
            !plan.iter().any(|step| step.starts_with("SCAN")),
            "{plan:?}"
        );
        assert!(
            !plan.iter().any(|step| step.contains("interactions")),
            "{plan:?}"
        );
    }
}
