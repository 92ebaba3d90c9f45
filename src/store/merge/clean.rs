//! Text from another copy is cleaned as an import cleans it: control characters and
//! terminal escape sequences go ("\x1b]52;c;…\x07" would write to the clipboard of
//! whoever views the lead). Only values that hold one are touched, and a cleaned
//! value holds none, so merging the same file again changes nothing.

use crate::domain::text::{clean_line, clean_text};
use crate::store::Result;
use rusqlite::Connection;

/// Columns that are keys, clocks or JSON rather than words: never rewritten.
const NOT_WORDS: &[&str] = &[
    "id",
    "contact_id",
    "account_id",
    "deal_id",
    "supersedes",
    "external_key",
    "clock",
    "clocks",
    "flags",
    "custom",
    "competitors",
    "quotes",
];

/// Columns of several lines: their line breaks and tabs stay.
const MULTI_LINE: &[&str] = &["notes", "text"];

/// The tables whose words a merge takes in.
const TAKEN: &[&str] = &[
    "contacts",
    "accounts",
    "contact_phones",
    "contact_emails",
    "memberships",
    "deals",
    "tasks",
    "interactions",
];

/// Cleans every text value of the snapshot (schema `main` of `copy`) that holds a
/// control character; returns how many values changed.
pub(super) fn clean_texts(copy: &Connection) -> Result<usize> {
    let mut cleaned = 0;
    for table in TAKEN {
        let mut stmt = copy.prepare(&format!(
            "SELECT name FROM pragma_table_info('{table}', 'main') WHERE upper(type) = 'TEXT'"
        ))?;
        let columns = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for column in columns.iter().filter(|c| !NOT_WORDS.contains(&c.as_str())) {
            let multi_line = MULTI_LINE.contains(&column.as_str());
            let found = {
                // SQLite finds the few candidates; Rust decides, with the import's rules.
                let mut stmt = copy.prepare(&format!(
                    "SELECT rowid, \"{column}\" FROM main.\"{table}\" WHERE \"{column}\" GLOB ?1"
                ))?;
                stmt.query_map([pattern(multi_line)], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?
            };
            let mut update = copy.prepare(&format!(
                "UPDATE main.\"{table}\" SET \"{column}\" = ?2 WHERE rowid = ?1"
            ))?;
            for (rowid, value) in found {
                let clean = if multi_line {
                    clean_text(&value)
                } else {
                    clean_line(&value)
                };
                if clean != value {
                    update.execute(rusqlite::params![rowid, clean])?;
                    cleaned += 1;
                }
            }
        }
    }
    Ok(cleaned)
}

/// A GLOB matching text that holds any character the cleaning removes: C0 and C1
/// controls (a line break and a tab only in one-line values) and bidirectional marks.
fn pattern(multi_line: bool) -> String {
    let controls = (1u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .filter(|c| !(multi_line && (*c == '\n' || *c == '\t')));
    let bidi = ['\u{200E}', '\u{200F}']
        .into_iter()
        .chain('\u{202A}'..='\u{202E}')
        .chain('\u{2066}'..='\u{2069}');
    let class: String = controls.chain(bidi).collect();
    format!("*[{class}]*")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pattern_finds_exactly_what_cleaning_changes() {
        let conn = Connection::open_in_memory().unwrap();
        let matches = |value: &str, multi_line: bool| -> bool {
            conn.query_row("SELECT ?1 GLOB ?2", [value, &pattern(multi_line)], |r| {
                r.get(0)
            })
            .unwrap()
        };
        assert!(matches("Noa\u{1b}]52;c;aGk=\u{7}", false));
        assert!(matches("a\u{202E}b", true));
        assert!(matches("two\nlines", false));
        assert!(!matches("two\nlines\tand a tab", true));
        assert!(!matches("Szabó Ödön, שלום", false));
    }
}
