//! `check`: every problem with a file, on the open store, or on a file that opening
//! refuses (objects not ours, damage), read-only and with nothing in it trusted.

use crate::store::file::inspect::read_header;
use crate::store::file::schema::{self, APPLICATION_ID};
use crate::store::file::schema_guard;
use crate::store::search::chunks;
use crate::store::{Result, Store, StoreError};
use rusqlite::Connection;
use std::path::Path;

impl Store {
    /// Every problem with this file: SQLite's own integrity and foreign-key checks,
    /// then ours. Empty when all is well.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = problems_in(self.conn(), true)?;
        problems.extend(self.deals_in_unknown_stages()?);
        Ok(problems)
    }
}

/// Every problem with a file that `Store::open` refuses for what it holds (objects
/// not ours, damaged pages), found without writing to it or running anything in
/// it: each object that is not ours, then what SQLite's checks and ours find. A
/// file that is not a Leadometer file at all, or is newer, is refused as opening
/// would refuse it.
pub fn check_untrusted(path: &Path) -> Result<Vec<String>> {
    let (conn, header) = read_header(path)?;
    if header.application_id != APPLICATION_ID {
        return Err(StoreError::Foreign {
            path: path.to_path_buf(),
        });
    }
    header.refuse_newer(path)?;
    let foreign = schema_guard::foreign_objects(&conn, "main", path)?;
    let mut problems: Vec<String> = foreign
        .iter()
        .map(|object| format!("schema: {object}"))
        .collect();
    // Our own rules read our tables as this version lays them out: on an older
    // file, or one whose tables were changed, they would misread.
    let our_layout = foreign.is_empty() && header.version == schema::VERSION;
    problems.extend(problems_in(&conn, our_layout)?);
    Ok(problems)
}

/// SQLite's integrity and foreign-key checks, then (when `our_layout`) our rules.
fn problems_in(conn: &Connection, our_layout: bool) -> Result<Vec<String>> {
    let mut problems = integrity_problems(conn)?;
    match missing_parents(conn) {
        Ok(found) => problems.extend(found),
        // A damaged page under the rows, which integrity names.
        Err(e) if !problems.is_empty() => {
            problems.push(format!("foreign keys: not checked ({e})"));
        }
        Err(e) => return Err(e.into()),
    }
    if !our_layout {
        return Ok(problems);
    }
    for (sql, what) in INVARIANTS {
        match conn.query_row(sql, [], |r| r.get::<_, i64>(0)) {
            Ok(0) => {}
            Ok(count) => problems.push(format!("{count} {what}")),
            // A damaged page under the rows, which integrity names.
            Err(e) if !problems.is_empty() => problems.push(format!("{what}: not counted ({e})")),
            Err(e) => return Err(e.into()),
        }
    }
    // Reading every search row fails on a damaged page, which integrity names.
    let stale = match chunks::mismatched(conn) {
        Ok(stale) => stale,
        Err(e) if !problems.is_empty() => {
            problems.push(format!("search chunks: not compared ({e})"));
            Vec::new()
        }
        Err(e) => return Err(e),
    };
    if !stale.is_empty() {
        let first: Vec<String> = stale.iter().take(5).map(i64::to_string).collect();
        problems.push(format!(
            "{} {} from the search table (chunk {}{}): command-line searches may miss contacts; `leadometer rescore` rebuilds them",
            crate::domain::text::counted(stale.len(), "search chunk", "search chunks"),
            if stale.len() == 1 { "differs" } else { "differ" },
            first.join(", "),
            if stale.len() > first.len() { ", …" } else { "" }
        ));
    }
    Ok(problems)
}

/// What `integrity_check` finds, one line each. On a badly damaged file SQLite
/// stops partway with an error of its own; what it found until then is kept, and
/// the stop is one more problem.
fn integrity_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let mut rows = stmt.query([])?;
    loop {
        match rows.next() {
            Ok(Some(row)) => {
                let line: String = row.get(0)?;
                if line != "ok" {
                    problems.push(format!("integrity: {line}"));
                }
            }
            Ok(None) => return Ok(problems),
            Err(e) => {
                problems.push(format!("integrity: the check stopped partway ({e})"));
                return Ok(problems);
            }
        }
    }
}

/// What `foreign_key_check` finds: rows pointing to a row that is not there.
fn missing_parents(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut found = Vec::new();
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let table: String = row.get(0)?;
        let rowid: Option<i64> = row.get(1)?;
        let parent: String = row.get(2)?;
        found.push(format!(
            "{table} row {} points to a missing {parent} row",
            rowid.map_or_else(|| "?".into(), |r| r.to_string())
        ));
    }
    Ok(found)
}

/// Our own rules, each a count of the rows that break it.
const INVARIANTS: &[(&str, &str)] = &[
    (
        "SELECT count(*) FROM contacts c WHERE c.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM contact_search s WHERE s.contact_id = c.id)",
        "contacts missing from the search table (a rescore or any edit rebuilds them)",
    ),
    (
        "SELECT count(*) FROM contact_phones WHERE e164 IS NOT NULL AND e164 NOT GLOB '+[1-9]*'",
        "phones whose E.164 form is not one",
    ),
    (
        "SELECT count(*) FROM contact_emails WHERE email != lower(email)",
        "emails not stored in lower case",
    ),
    (
        "SELECT count(*) FROM deals WHERE amount_minor < 0",
        "deals with a negative amount",
    ),
    // The words of LeadStatus, Lifecycle and ContactKind (src/domain/contact.rs);
    // tests/it/merge/values.rs holds a contact with each, which must pass.
    (
        "SELECT count(*) FROM contacts WHERE status NOT IN
             ('new', 'attempting', 'connected', 'nurturing', 'disqualified')
         OR lifecycle NOT IN ('subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer',
             'evangelist', 'other')
         OR kind NOT IN ('person', 'business')",
        "contacts whose status, lifecycle or kind this version does not know (shown as another)",
    ),
    (
        "SELECT count(*) FROM contacts WHERE quality IS NOT NULL AND quality NOT BETWEEN 1 AND 5",
        "contacts whose quality is not from 1 to 5",
    ),
    (
        "SELECT count(*) FROM contacts WHERE created_at NOT BETWEEN -2208988800000 AND 253402300799999
         OR updated_at NOT BETWEEN -2208988800000 AND 253402300799999
         OR deleted_at NOT BETWEEN -2208988800000 AND 253402300799999",
        "contacts with a time outside the years 1900 to 9999",
    ),
    (
        "SELECT count(*) FROM contacts WHERE NOT json_valid(aliases) OR json_type(aliases) != 'array'",
        "contacts whose aliases are not a JSON list (read as none)",
    ),
    (
        "SELECT count(*) FROM contacts WHERE trim(name, ' ' || char(9, 10, 13)) = ''",
        "contacts with an empty name",
    ),
    (
        "SELECT count(*) FROM (SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'device_id'))",
        "missing device id (merges could not tell this copy apart)",
    ),
];
