//! Which schema objects are ours. A file's tables, indexes and triggers come from
//! this program's migrations and from nowhere else: a trigger planted in a shared
//! file would otherwise run on every machine that copies it, and publish its damage
//! back. A file is compared, object by object and word for word, with what the
//! migrations create at its version; whatever differs is named and never run or
//! copied.

use super::schema::{MIGRATIONS, VERSION};
use crate::store::{Result, StoreError};
use rusqlite::Connection;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

/// One row of `sqlite_master`: what kind of object, its name, its table and its SQL.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SchemaObject {
    kind: String,
    table: String,
    sql: Option<String>,
}

/// An object in a file that this program did not create, or one of ours changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignObject {
    pub kind: String,
    pub name: String,
    pub table: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not created by any migration: an extra trigger, view, table or index.
    NotOurs,
    /// One of ours, with another definition (or another kind: a view in place of a table).
    Changed,
    /// One of ours that is not there.
    Missing,
}

impl fmt::Display for ForeignObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = crate::domain::text::clean_line(&self.name);
        let table = crate::domain::text::clean_line(&self.table);
        match self.problem {
            Problem::NotOurs if self.kind == "table" || self.kind == "view" || name == table => {
                write!(f, "{} \"{name}\" (not Leadometer's)", self.kind)
            }
            Problem::NotOurs => write!(f, "{} \"{name}\" on {table} (not Leadometer's)", self.kind),
            Problem::Changed => write!(
                f,
                "{} \"{name}\" differs from Leadometer's own definition",
                self.kind
            ),
            Problem::Missing => write!(f, "Leadometer's {} \"{name}\" is missing", self.kind),
        }
    }
}

/// The objects each schema version's migrations create, by name; index 0 is an
/// empty file. Built once, in memory, by running the migrations themselves, so it
/// can never drift from them.
fn expected() -> &'static [BTreeMap<String, SchemaObject>] {
    static EXPECTED: OnceLock<Vec<BTreeMap<String, SchemaObject>>> = OnceLock::new();
    EXPECTED.get_or_init(|| {
        let conn = Connection::open_in_memory().expect("an in-memory database opens");
        let mut versions = vec![BTreeMap::new()];
        for migration in MIGRATIONS {
            conn.execute_batch(migration)
                .expect("the migrations apply to an empty database");
            versions.push(objects_in(&conn, "main").expect("sqlite_master is readable"));
        }
        versions
    })
}

/// The objects of one attached schema ("main", "other"), leaving out SQLite's own
/// (`sqlite_autoindex_…`, `sqlite_stat1` from ANALYZE, `sqlite_sequence`).
fn objects_in(conn: &Connection, schema: &str) -> rusqlite::Result<BTreeMap<String, SchemaObject>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT type, name, tbl_name, sql FROM \"{schema}\".sqlite_master
         WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(1)?,
            SchemaObject {
                kind: r.get(0)?,
                table: r.get(2)?,
                sql: r.get(3)?,
            },
        ))
    })?;
    rows.collect()
}

/// Every object in `schema` (of the connection) that is not exactly what this
/// program's migrations made at the file's version: extra, changed or missing.
/// A version this program does not know is the caller's to refuse first.
pub fn foreign_objects(conn: &Connection, schema: &str, path: &Path) -> Result<Vec<ForeignObject>> {
    let version: i64 = conn.query_row(&format!("PRAGMA \"{schema}\".user_version"), [], |r| {
        r.get(0)
    })?;
    let Some(ours) = usize::try_from(version)
        .ok()
        .filter(|_| version <= VERSION)
        .map(|v| &expected()[v])
    else {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            detail: format!("its schema version {version} is not one Leadometer ever wrote"),
        });
    };
    let found = objects_in(conn, schema).map_err(|_| StoreError::NotADatabase {
        path: path.to_path_buf(),
    })?;
    Ok(compare(&found, ours))
}

/// What `found` holds beyond, against or without the objects `ours`.
fn compare(
    found: &BTreeMap<String, SchemaObject>,
    ours: &BTreeMap<String, SchemaObject>,
) -> Vec<ForeignObject> {
    let mut foreign = Vec::new();
    for (name, object) in found {
        let problem = match ours.get(name) {
            None => Problem::NotOurs,
            Some(mine) if !same_definition(mine, object) => Problem::Changed,
            Some(_) => continue,
        };
        foreign.push(ForeignObject {
            kind: object.kind.clone(),
            name: name.clone(),
            table: object.table.clone(),
            problem,
        });
    }
    for (name, mine) in ours {
        if !found.contains_key(name) {
            foreign.push(ForeignObject {
                kind: mine.kind.clone(),
                name: name.clone(),
                table: mine.table.clone(),
                problem: Problem::Missing,
            });
        }
    }
    foreign
}

/// A file whose objects are exactly another version's, all of them, while its
/// version number says otherwise: one damaged number, not a long list of objects.
fn version_mismatch(conn: &Connection, schema: &str, path: &Path) -> Option<StoreError> {
    let version: i64 = conn
        .query_row(&format!("PRAGMA \"{schema}\".user_version"), [], |r| {
            r.get(0)
        })
        .ok()?;
    let found = objects_in(conn, schema).ok()?;
    let matching = expected()
        .iter()
        .enumerate()
        .skip(1)
        .rev()
        .find(|(_, ours)| {
            compare(&found, ours)
                .iter()
                .all(|o| o.problem == Problem::NotOurs)
        })?;
    (i64::try_from(matching.0).ok()? != version).then(|| StoreError::Damaged {
        path: path.to_path_buf(),
        detail: format!(
            "its schema version {version} does not match its tables, which are those of version {}",
            matching.0
        ),
    })
}

/// Refuses a file whose own objects (ours by name) are changed or missing, naming
/// them, or naming its version when that is what is wrong; objects not ours are
/// returned for the caller (they are stripped, or refused, elsewhere).
pub fn refuse_broken_own(
    conn: &Connection,
    schema: &str,
    path: &Path,
) -> Result<Vec<ForeignObject>> {
    let foreign = foreign_objects(conn, schema, path)?;
    if foreign.is_empty() {
        return Ok(foreign);
    }
    if let Some(mismatch) = version_mismatch(conn, schema, path) {
        return Err(mismatch);
    }
    let broken: Vec<String> = foreign
        .iter()
        .filter(|o| o.problem != Problem::NotOurs)
        .map(ToString::to_string)
        .collect();
    if broken.is_empty() {
        return Ok(foreign);
    }
    Err(StoreError::ForeignObjects {
        path: path.to_path_buf(),
        objects: broken,
    })
}

/// Same kind, same table, same SQL but for white space (which SQLite keeps as typed).
fn same_definition(mine: &SchemaObject, theirs: &SchemaObject) -> bool {
    let words = |sql: &Option<String>| {
        sql.as_deref()
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    mine.kind == theirs.kind && mine.table == theirs.table && words(&mine.sql) == words(&theirs.sql)
}

/// Refuses a file that holds any object not ours, naming each: it must be neither
/// run nor copied.
pub fn refuse_foreign(conn: &Connection, schema: &str, path: &Path) -> Result<()> {
    let foreign = refuse_broken_own(conn, schema, path)?;
    if foreign.is_empty() {
        return Ok(());
    }
    Err(StoreError::ForeignObjects {
        path: path.to_path_buf(),
        objects: foreign.iter().map(ToString::to_string).collect(),
    })
}

/// Makes a private copy of another file (a snapshot being merged or restored) hold
/// only our objects: the ones not ours are dropped, unrun, and returned so that the
/// caller can name them. A copy whose own tables or indexes were changed or removed
/// is refused: its data cannot be trusted to fit ours.
pub fn strip_foreign(copy: &Connection, path: &Path) -> Result<Vec<ForeignObject>> {
    let foreign = refuse_broken_own(copy, "main", path)?;
    // Triggers and views first: dropping a table drops its triggers with it.
    let order = |kind: &str| match kind {
        "trigger" => 0,
        "view" => 1,
        "index" => 2,
        _ => 3,
    };
    let mut extras = foreign.clone();
    extras.sort_by_key(|o| order(&o.kind));
    for object in &extras {
        let kind = match object.kind.as_str() {
            "trigger" => "TRIGGER",
            "view" => "VIEW",
            "index" => "INDEX",
            _ => "TABLE",
        };
        let name = object.name.replace('"', "\"\"");
        copy.execute_batch(&format!("DROP {kind} IF EXISTS \"{name}\""))
            .map_err(|e| StoreError::ForeignObjects {
                path: path.to_path_buf(),
                objects: vec![format!("{object} (it could not be removed: {e})")],
            })?;
    }
    Ok(foreign)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current_file() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("leads.db");
        crate::store::Store::open(&path, &crate::config::Config::default()).unwrap();
        (dir, path)
    }

    #[test]
    fn a_file_made_by_the_migrations_holds_nothing_foreign() {
        let (_dir, path) = current_file();
        let conn = Connection::open(&path).unwrap();
        assert_eq!(foreign_objects(&conn, "main", &path).unwrap(), vec![]);
    }

    #[test]
    fn a_planted_trigger_a_view_in_place_of_a_table_and_an_extra_table_are_named() {
        let (_dir, path) = current_file();
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TRIGGER eat AFTER INSERT ON interactions BEGIN DELETE FROM interactions; END;
             CREATE TABLE loot (x);
             DROP TABLE replicas; CREATE VIEW replicas AS SELECT 'a' AS device, 'b' AS clock;",
        )
        .unwrap();
        let named: Vec<String> = foreign_objects(&conn, "main", &path)
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            named,
            vec![
                "trigger \"eat\" on interactions (not Leadometer's)",
                "table \"loot\" (not Leadometer's)",
                "view \"replicas\" differs from Leadometer's own definition",
            ]
        );
        assert!(matches!(
            refuse_foreign(&conn, "main", &path),
            Err(StoreError::ForeignObjects { .. })
        ));
    }

    #[test]
    fn stripping_a_copy_drops_what_is_not_ours_and_refuses_what_was_changed() {
        let (_dir, path) = current_file();
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TRIGGER \"a\"\"b\" AFTER INSERT ON interactions BEGIN SELECT 1; END;
             CREATE VIEW peek AS SELECT * FROM contacts;
             CREATE INDEX extra ON contacts (name);",
        )
        .unwrap();
        let dropped = strip_foreign(&conn, &path).unwrap();
        assert_eq!(dropped.len(), 3);
        assert_eq!(foreign_objects(&conn, "main", &path).unwrap(), vec![]);

        conn.execute_batch("DROP INDEX contacts_status").unwrap();
        let refused = strip_foreign(&conn, &path).unwrap_err().to_string();
        assert!(
            refused.contains("index \"contacts_status\" is missing"),
            "{refused}"
        );
    }

    #[test]
    fn a_schema_version_no_leadometer_wrote_is_refused_not_a_panic() {
        let (_dir, path) = current_file();
        let conn = Connection::open(&path).unwrap();
        for version in [-1, VERSION + 1, i64::from(i32::MIN)] {
            conn.pragma_update(None, "user_version", version).unwrap();
            assert!(foreign_objects(&conn, "main", &path).is_err(), "{version}");
        }
    }

    #[test]
    fn every_older_version_is_known_object_by_object() {
        // Each migration adds objects or changes them (a column added changes its
        // table's definition), but for a step that only changes rows: no object is
        // ever lost, and the last set is what a new file holds.
        let versions = expected();
        assert_eq!(versions.len() as i64, VERSION + 1);
        let rows_only = [super::super::schema::PHONE_REPAIR_VERSION as usize];
        for (from, pair) in versions.windows(2).enumerate() {
            if rows_only.contains(&(from + 1)) {
                assert_eq!(pair[0], pair[1], "version {}", from + 1);
            } else {
                assert_ne!(pair[0], pair[1], "version {}", from + 1);
                assert!(
                    pair[0].keys().all(|name| pair[1].contains_key(name)),
                    "version {}",
                    from + 1
                );
            }
        }
    }
}
