//! Rows of the other file that cannot be stored here: a call whose contact neither
//! file holds, a value of the wrong type, a clock map that is not one. Before, one
//! such row failed every merge in the office ("FOREIGN KEY constraint failed"). Now
//! each is taken out of the snapshot before anything is copied, so the bulk copies
//! stay plain INSERT…SELECTs over good rows, and kept whole in `set_aside`: with why,
//! from which file and when. One record per table, row and source file, however
//! many merges meet it.

use super::SetAside;
use crate::store::Result;
use rusqlite::Connection;
use rusqlite::types::Value;

/// JSON columns and the shape each must have.
const JSON_SHAPES: &[(&str, &str, &str)] = &[
    ("clocks", "object", "a map of field to clock"),
    ("custom", "object", "a JSON object"),
    ("flags", "array", "a JSON list"),
    ("aliases", "array", "a JSON list"),
    ("competitors", "array", "a JSON list"),
    ("quotes", "array", "a JSON list"),
];

/// One row refused: where it was, all of it as JSON, and why.
#[derive(Debug, Clone)]
pub(super) struct Refused {
    pub table: String,
    pub row_id: String,
    pub row_json: String,
    pub reason: String,
}

/// One way a row can fail our constraints: an SQL test on the row `o`, true when
/// it fails, and what to say.
struct Rule {
    fails: String,
    reason: String,
    /// The column whose value the reason names, as the row holds it.
    shows: Option<String>,
}

impl Rule {
    fn new(fails: impl Into<String>, reason: impl Into<String>) -> Rule {
        Rule {
            fails: fails.into(),
            reason: reason.into(),
            shows: None,
        }
    }

    /// A rule on one column's value: the reason names the value.
    fn on(column: &str, fails: impl Into<String>, reason: impl Into<String>) -> Rule {
        Rule {
            shows: Some(column.to_string()),
            ..Rule::new(fails, reason)
        }
    }

    /// Why the row fails this rule, its value named when the rule is on one.
    fn why(&self, row: &serde_json::Map<String, serde_json::Value>) -> String {
        match self.shows.as_ref().and_then(|column| row.get(column)) {
            Some(value) => format!("{} ({})", self.reason, shown_value(value)),
            None => self.reason.clone(),
        }
    }
}

/// A value as a reason may show it: as JSON, cleaned, and cut short if it is long.
fn shown_value(value: &serde_json::Value) -> String {
    crate::domain::text::clean_line_cut(&value.to_string(), 40)
}

/// Takes every row out of the snapshot (schema `main` of `copy`) that could not be
/// stored in the local file, attached as `local` when there is one (a merge into
/// an empty file has none), and returns them. Rows the local file already holds in
/// the same version are left alone: nothing of theirs would be copied.
pub(super) fn take_out_bad_rows(copy: &Connection, has_local: bool) -> Result<Vec<Refused>> {
    let mut refused = Vec::new();
    for table in super::TAKEN {
        let rules = rules_for(copy, table, has_local)?;
        let columns = super::columns_of(copy, "main", table)?;
        let any_fails = rules
            .iter()
            .map(|r| format!("coalesce(({}), 1)", r.fails))
            .collect::<Vec<_>>()
            .join(" OR ");
        let same_here = match (has_local, *table) {
            (false, _) => "0".to_string(),
            (true, "interactions") => {
                "EXISTS (SELECT 1 FROM local.interactions m WHERE m.id = o.id)".to_string()
            }
            (true, _) => format!(
                "EXISTS (SELECT 1 FROM local.\"{table}\" m WHERE m.id = o.id
                     AND m.clock IS o.clock AND m.clocks IS o.clocks)"
            ),
        };
        // The rows this file already holds as they are go first and cheaply: in a
        // sync, that is nearly all of them.
        let sql = format!(
            "SELECT o.rowid, {tests}, {values} FROM main.\"{table}\" o
             WHERE NOT {same_here} AND ({any_fails})",
            tests = rules
                .iter()
                .map(|r| format!("coalesce(({}), 1)", r.fails))
                .collect::<Vec<_>>()
                .join(", "),
            values = super::column_list(&columns, "o."),
        );
        let mut found = Vec::new();
        {
            let mut stmt = copy.prepare(&sql)?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let rowid: i64 = row.get(0)?;
                let first = 1 + rules.len();
                let mut whole = serde_json::Map::new();
                for (i, column) in columns.iter().enumerate() {
                    whole.insert(column.clone(), json_of(row.get::<_, Value>(first + i)?));
                }
                let reasons: Vec<String> = rules
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| row.get::<_, i64>(i + 1).unwrap_or(1) != 0)
                    .map(|(_, r)| r.why(&whole))
                    .collect();
                let row_id = match whole.get("id") {
                    // Said, never stored as it came: it may hold control characters.
                    Some(serde_json::Value::String(id)) if !id.is_empty() => {
                        crate::domain::text::clean_line(id)
                    }
                    _ => format!("(row {rowid}, without a text id)"),
                };
                found.push((
                    rowid,
                    Refused {
                        table: table.to_string(),
                        row_id,
                        row_json: serde_json::Value::Object(whole).to_string(),
                        reason: reasons.join("; "),
                    },
                ));
            }
        }
        let mut delete = copy.prepare(&format!("DELETE FROM main.\"{table}\" WHERE rowid = ?1"))?;
        for (rowid, row) in found {
            delete.execute([rowid])?;
            refused.push(row);
        }
    }
    Ok(refused)
}

/// Every constraint of ours a row of `table` could break, from the table's own
/// definition: its id, NOT NULL and STRICT types, JSON shapes, references, and
/// the one unique key a row from elsewhere can collide on.
fn rules_for(copy: &Connection, table: &str, has_local: bool) -> Result<Vec<Rule>> {
    let mut rules = vec![Rule::new(
        "typeof(o.id) != 'text' OR o.id = ''",
        "its id is missing or not text",
    )];
    let mut stmt = copy.prepare(&format!(
        "SELECT name, upper(type), \"notnull\" FROM pragma_table_info('{table}', 'main')"
    ))?;
    let columns = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (column, kind, not_null) in &columns {
        let c = format!("o.\"{column}\"");
        // The merge cleans words, never keys (a key cleaned would name another row):
        // a key holding a control character would reach the terminal of whoever
        // looks the row up. No Leadometer writes one.
        if column == "id" || column.ends_with("_id") || column == "supersedes" {
            rules.push(Rule::on(
                column,
                format!("{c} IS NOT NULL AND {c} GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'"),
                format!("its {column} holds control characters"),
            ));
        }
        if *not_null {
            rules.push(Rule::new(
                format!("{c} IS NULL"),
                format!("{column} is missing"),
            ));
        }
        let (allowed, what) = match kind.as_str() {
            "INTEGER" => ("'integer', 'null'", "a whole number"),
            "REAL" => ("'real', 'integer', 'null'", "a number"),
            "TEXT" => ("'text', 'null'", "text"),
            _ => continue,
        };
        rules.push(Rule::on(
            column,
            format!("typeof({c}) NOT IN ({allowed})"),
            format!("{column} is not {what}"),
        ));
        if let Some((_, shape, what)) = JSON_SHAPES.iter().find(|(name, ..)| name == column) {
            let mut fails = format!(
                "CASE WHEN typeof({c}) = 'text' AND json_valid({c}) THEN json_type({c}) != '{shape}' ELSE 1 END"
            );
            if column == "clocks" {
                fails = format!(
                    "CASE WHEN ({fails}) THEN 1
                     ELSE EXISTS (SELECT 1 FROM json_each({c}) WHERE type != 'text') END"
                );
            }
            rules.push(Rule::new(fails, format!("{column} is not {what}")));
        }
    }
    let mut stmt = copy.prepare(&format!(
        "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('{table}', 'main')"
    ))?;
    let references = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?
                    .unwrap_or_else(|| "id".into()),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (parent, column, key) in references {
        let there = format!("SELECT 1 FROM main.\"{parent}\" p WHERE p.\"{key}\" = o.\"{column}\"");
        let here = format!("SELECT 1 FROM local.\"{parent}\" p WHERE p.\"{key}\" = o.\"{column}\"");
        let (fails, nowhere) = if has_local {
            (
                format!(
                    "o.\"{column}\" IS NOT NULL AND NOT EXISTS ({there}) AND NOT EXISTS ({here})"
                ),
                "neither file holds",
            )
        } else {
            (
                format!("o.\"{column}\" IS NOT NULL AND NOT EXISTS ({there})"),
                "the file does not hold",
            )
        };
        rules.push(Rule::on(
            &column,
            fails,
            format!("its {column} points to a {parent} row {nowhere}"),
        ));
    }
    if table == "interactions" && has_local {
        rules.push(Rule::new(
            "o.external_key IS NOT NULL AND EXISTS (SELECT 1 FROM local.interactions m
                    WHERE m.external_key = o.external_key AND m.id IS NOT o.id)",
            "another interaction here has the same external_key (the same message, imported on both copies)",
        ));
    }
    let names: Vec<&str> = columns.iter().map(|(name, ..)| name.as_str()).collect();
    rules.extend(value_rules(table, &names));
    Ok(rules)
}

/// The earliest time a stored timestamp may hold: 1900-01-01 00:00 UTC, in ms.
pub(crate) const EARLIEST_MS: i64 = -2_208_988_800_000;
/// The latest: the last millisecond of the year 9999 UTC.
pub(crate) const LATEST_MS: i64 = 253_402_300_799_999;

/// The words a column may hold, from the enum this version reads it as.
fn words(all: &[impl std::fmt::Display]) -> String {
    all.iter()
        .map(|word| format!("'{word}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a row's values must be for this version to read them as they are: a word
/// it knows where a column holds one of a list, numbers in their range, times
/// within the years 1900–9999, names that say something. A value out of range was
/// otherwise stored, shown as another (an unknown status as "new"), and never
/// reported. A deal's stage comes from the configuration, not from here: a deal in
/// a stage this desk does not list is kept.
fn value_rules(table: &str, columns: &[&str]) -> Vec<Rule> {
    use crate::domain::{
        ContactKind, Direction, InteractionKind, LeadStatus, Lifecycle, Origin, Role,
    };
    let mut rules = Vec::new();
    // A missing value or one not text is named by the rules above.
    let mut one_of = |column: &str, known: String, what: &str| {
        let c = format!("o.\"{column}\"");
        rules.push(Rule::on(
            column,
            format!("typeof({c}) = 'text' AND {c} NOT IN ({known})"),
            format!("{column} is not {what} this version knows"),
        ));
    };
    match table {
        "contacts" => {
            one_of("kind", words(ContactKind::ALL), "a kind of contact");
            one_of("lifecycle", words(Lifecycle::ALL), "a lifecycle stage");
            one_of("status", words(LeadStatus::ALL), "a lead status");
            one_of("origin", words(Origin::ALL), "an origin");
        }
        "memberships" => one_of("role", words(Role::ALL), "a role"),
        "templates" => {
            let languages = crate::domain::template::LANGUAGES;
            one_of("language", words(languages), "a template language");
        }
        "campaigns" => {
            let fields = crate::domain::campaign::CampaignBy::ALL;
            one_of(
                "by_field",
                words(fields),
                "a field campaigns pick contacts by",
            );
        }
        "interactions" => {
            one_of("kind", words(InteractionKind::ALL), "a kind of interaction");
            one_of("direction", words(Direction::ALL), "a direction");
        }
        _ => {}
    }
    if table == "contacts" {
        rules.push(Rule::on(
            "quality",
            "typeof(o.quality) = 'integer' AND o.quality NOT BETWEEN 1 AND 5",
            "quality is not from 1 to 5",
        ));
    }
    if table == "deals" {
        rules.push(Rule::on(
            "probability",
            "typeof(o.probability) IN ('integer', 'real') AND o.probability NOT BETWEEN 0 AND 1",
            "probability is not from 0 to 1",
        ));
        rules.push(Rule::on(
            "amount_minor",
            "typeof(o.amount_minor) = 'integer' AND o.amount_minor < 0",
            "amount_minor is negative",
        ));
        for column in ["quotes_required", "quotes_received"] {
            rules.push(Rule::on(
                column,
                format!(
                    "typeof(o.{column}) = 'integer' AND o.{column} NOT BETWEEN 0 AND 4294967295"
                ),
                format!("{column} is not a count"),
            ));
        }
    }
    if table == "templates" {
        // Each channel a word this version sends by: the desk offers the template
        // for them, and says them.
        let known = words(crate::domain::template::CHANNELS);
        rules.push(Rule::on(
            "channels",
            format!(
                "typeof(o.channels) = 'text' AND (json_valid(o.channels) = 0
                  OR json_type(o.channels) IS NOT 'array'
                  OR EXISTS (SELECT 1 FROM json_each(o.channels) c
                             WHERE c.type IS NOT 'text' OR c.value NOT IN ({known})))"
            ),
            "channels is not a list of whatsapp, sms and email",
        ));
        rules.push(Rule::on(
            "personal",
            "typeof(o.personal) = 'integer' AND o.personal NOT IN (0, 1)",
            "personal is not 0 or 1",
        ));
    }
    if table == "campaign_ticks" {
        // A tick's id is its campaign's and its contact's: one that names another
        // contact would move a tick from one row of the checklist to another.
        rules.push(Rule::on(
            "id",
            "typeof(o.id) = 'text' AND o.id IS NOT (o.campaign_id || '/' || o.contact_id)",
            "id is not the campaign's and the contact's",
        ));
    }
    if matches!(table, "templates" | "campaigns") {
        rules.push(Rule::on(
            "name",
            "typeof(o.name) = 'text' AND trim(o.name, ' ' || char(9, 10, 13)) = ''",
            "name is empty",
        ));
    }
    if matches!(table, "contacts" | "accounts") {
        rules.push(Rule::on(
            "name",
            "typeof(o.name) = 'text' AND trim(o.name, ' ' || char(9, 10, 13)) = ''",
            "name is empty",
        ));
    }
    for column in columns.iter().filter(|c| c.ends_with("_at")) {
        rules.push(Rule::on(
            column,
            format!(
                "typeof(o.\"{column}\") = 'integer' AND o.\"{column}\" NOT BETWEEN {EARLIEST_MS} AND {LATEST_MS}"
            ),
            format!("{column} is not a time within the years 1900 to 9999"),
        ));
    }
    rules
}

fn json_of(value: Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => i.into(),
        Value::Real(r) => r.into(),
        Value::Text(t) => t.into(),
        Value::Blob(b) => {
            let hex: String = b.iter().map(|byte| format!("{byte:02x}")).collect();
            format!("blob:{hex}").into()
        }
    }
}

/// Keeps the refused rows in `set_aside`. A row already kept from the same file is
/// not kept twice; returns the rows newly kept and how many were already there.
pub(super) fn keep(
    tx: &Connection,
    refused: &[Refused],
    source: &str,
    at_ms: i64,
) -> Result<(Vec<SetAside>, usize)> {
    let mut stmt = tx.prepare(
        "INSERT INTO main.set_aside (table_name, row_id, source, row_json, reason, set_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (table_name, row_id, source) DO NOTHING",
    )?;
    let mut new = Vec::new();
    let mut already = 0;
    for row in refused {
        let added = stmt.execute(rusqlite::params![
            row.table,
            row.row_id,
            source,
            row.row_json,
            row.reason,
            at_ms
        ])?;
        if added == 0 {
            already += 1;
        } else {
            new.push(SetAside {
                table: row.table.clone(),
                row_id: crate::domain::text::clean_line(&row.row_id),
                reason: row.reason.clone(),
            });
        }
    }
    Ok((new, already))
}

/// The rows merges have kept aside in this file, one line each (at most 50, then a
/// count), for `check`: they are not lost, and not part of the leads either, until
/// someone looks at them.
pub(crate) fn set_aside_rows(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT table_name, row_id, source, reason, set_at FROM set_aside
         ORDER BY set_at, table_name, row_id",
    )?;
    let lines = stmt
        .query_map([], |r| {
            let clean = |i: usize| -> rusqlite::Result<String> {
                Ok(crate::domain::text::clean_line(&r.get::<_, String>(i)?))
            };
            let at = crate::store::rows::from_ms(r.get(4)?);
            Ok(format!(
                "{} row {} from {} was set aside by a merge on {} ({}); it is kept whole in the set_aside table",
                clean(0)?,
                clean(1)?,
                clean(2)?,
                at.format("%Y-%m-%d %H:%M"),
                clean(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(capped(lines, "rows set aside by merges"))
}

/// How many problem lines `check` gets of one kind before a count stands for the rest.
pub(super) const LINES_SHOWN: usize = 50;

/// The first `LINES_SHOWN` lines, and one saying how many more there are.
pub(super) fn capped(mut lines: Vec<String>, what: &str) -> Vec<String> {
    if lines.len() > LINES_SHOWN {
        let more = lines.len() - LINES_SHOWN;
        lines.truncate(LINES_SHOWN);
        lines.push(format!("… and {more} more {what}"));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_gets_fifty_lines_and_a_count_of_the_rest() {
        let lines: Vec<String> = (0..60).map(|i| i.to_string()).collect();
        let shown = capped(lines.clone(), "things");
        assert_eq!(shown.len(), LINES_SHOWN + 1);
        assert_eq!(shown[LINES_SHOWN], "… and 10 more things");
        assert_eq!(
            capped(lines[..LINES_SHOWN].to_vec(), "things").len(),
            LINES_SHOWN
        );
    }

    /// A file made by our migrations, then a STRICT table's rule bent the only way
    /// it can be: its definition edited directly, a row written, the rule put back.
    fn file_with_a_wrong_type(dir: &std::path::Path) -> Connection {
        let path = dir.join("bent.db");
        let conn = Connection::open(&path).unwrap();
        for migration in crate::store::file::schema::MIGRATIONS {
            conn.execute_batch(migration).unwrap();
        }
        let bend = |from: &str, to: &str| {
            conn.execute_batch("PRAGMA writable_schema = ON").unwrap();
            conn.execute(
                "UPDATE sqlite_master SET sql = replace(sql, ?1, ?2) WHERE name = 'contacts'",
                [from, to],
            )
            .unwrap();
            conn.execute_batch("PRAGMA writable_schema = OFF").unwrap();
        };
        bend(") STRICT", ")");
        drop(conn);
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "INSERT INTO contacts (id, name, kind, lifecycle, status, quality, created_at,
                 updated_at, updated_by, clock)
             VALUES ('typed', 'Noa', 'person', 'lead', 'new', 'very high', 0, 0, 'x',
                 '000000000000000-000000-a'),
                    ('fine', 'Ron', 'person', 'lead', 'new', 3, 0, 0, 'x',
                 '000000000000000-000000-a');",
        )
        .unwrap();
        let bend_back = |conn: &Connection| {
            conn.execute_batch("PRAGMA writable_schema = ON").unwrap();
            conn.execute(
                "UPDATE sqlite_master SET sql = sql || ' STRICT' WHERE name = 'contacts'",
                [],
            )
            .unwrap();
            conn.execute_batch("PRAGMA writable_schema = OFF").unwrap();
        };
        bend_back(&conn);
        drop(conn);
        Connection::open(&path).unwrap()
    }

    #[test]
    fn text_in_an_integer_column_of_a_strict_table_is_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        let conn = file_with_a_wrong_type(dir.path());
        let strict: String = conn
            .query_row(
                "SELECT sql FROM sqlite_master WHERE name = 'contacts'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(strict.trim_end().ends_with("STRICT"));
        let verdict: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .unwrap();
        // SQLite's own check sees it too: `verify_copy` refuses such a file whole
        // before a merge reads it. These rules are for the merge that gets one anyway.
        assert_eq!(verdict, "non-INTEGER value in contacts.quality");
        let refused = take_out_bad_rows(&conn, false).unwrap();
        assert_eq!(refused.len(), 1, "{refused:?}");
        assert_eq!(refused[0].row_id, "typed");
        assert_eq!(
            refused[0].reason,
            "quality is not a whole number (\"very high\")"
        );
        assert!(refused[0].row_json.contains("\"quality\":\"very high\""));
        let left: i64 = conn
            .query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 1, "the sound row stays to be merged");
    }
}
