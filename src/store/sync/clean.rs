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
    "aliases",
    "custom",
    "competitors",
    "quotes",
    "channels",
    "template_id",
    "campaign_id",
    "interaction_id",
];

/// Columns of several lines: their line breaks and tabs stay.
const MULTI_LINE: &[&str] = &["notes", "text", "body"];

/// Cleans every text value of the snapshot (schema `main` of `copy`) that holds a
/// control character; returns how many values changed.
pub(super) fn clean_texts(copy: &Connection) -> Result<usize> {
    let mut cleaned = 0;
    for table in super::TAKEN {
        let (columns, found) = dirty_values(copy, table)?;
        for (rowid, i) in found {
            let value: String = copy.query_row(
                &format!(
                    "SELECT \"{}\" FROM main.\"{table}\" WHERE rowid = ?1",
                    columns[i]
                ),
                [rowid],
                |r| r.get(0),
            )?;
            let clean = if MULTI_LINE.contains(&columns[i].as_str()) {
                clean_text(&value)
            } else {
                clean_line(&value)
            };
            copy.execute(
                &format!(
                    "UPDATE main.\"{table}\" SET \"{}\" = ?2 WHERE rowid = ?1",
                    columns[i]
                ),
                rusqlite::params![rowid, clean],
            )?;
            cleaned += 1;
        }
    }
    Ok(cleaned)
}

/// For `check`: how many stored values of each column hold a control character or
/// an escape sequence (stored before merges cleaned them, or written by another
/// program), one line per column.
pub(crate) fn stored_controls(conn: &Connection) -> Result<Vec<String>> {
    let mut lines = Vec::new();
    for table in super::TAKEN {
        let (columns, found) = dirty_values(conn, table)?;
        let mut per_column = vec![0usize; columns.len()];
        for (_, i) in found {
            per_column[i] += 1;
        }
        for (column, count) in columns.iter().zip(per_column).filter(|(_, n)| *n > 0) {
            lines.push(format!(
                "{} of {table}.{column} hold{} control characters or escape sequences (they are never printed raw)",
                crate::domain::text::counted(count, "value", "values"),
                if count == 1 { "s" } else { "" },
            ));
        }
    }
    Ok(lines)
}

/// One value to clean: its row, and which of the word columns it is in.
type Found = (i64, usize);

/// The text columns of `table` that hold words, and the (rowid, column) of every
/// value among them that holds something cleaning removes. One pass per table,
/// reading each value in place: a GLOB per column took a second at 20k contacts.
fn dirty_values(conn: &Connection, table: &str) -> Result<(Vec<String>, Vec<Found>)> {
    let mut stmt = conn.prepare(&format!(
        "SELECT name FROM pragma_table_info('{table}', 'main') WHERE upper(type) = 'TEXT'"
    ))?;
    let columns: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|c| !NOT_WORDS.contains(&c.as_str()))
        .collect();
    let mut found = Vec::new();
    if columns.is_empty() {
        return Ok((columns, found));
    }
    let multi_line: Vec<bool> = columns
        .iter()
        .map(|c| MULTI_LINE.contains(&c.as_str()))
        .collect();
    let mut stmt = conn.prepare(&format!(
        "SELECT rowid, {} FROM main.\"{table}\"",
        super::column_list(&columns, "")
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        for (i, multi_line) in multi_line.iter().enumerate() {
            let Ok(value) = row.get_ref(i + 1)?.as_str() else {
                continue; // NULL, or a type the set-aside rules took out
            };
            if holds_removable(value, *multi_line) {
                found.push((row.get::<_, i64>(0)?, i));
            }
        }
    }
    Ok((columns, found))
}

/// Whether the cleaning removes something from `text`: a C0 or C1 control (a line
/// break and a tab only in one-line values) or a bidirectional mark.
fn holds_removable(text: &str, multi_line: bool) -> bool {
    text.chars().any(|c| {
        let kept_break = multi_line && (c == '\n' || c == '\t');
        (c.is_control() && !kept_break)
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_looked_for_is_exactly_what_cleaning_removes() {
        assert!(holds_removable("Noa\u{1b}]52;c;aGk=\u{7}", false));
        assert!(holds_removable("a\u{202E}b", true));
        assert!(holds_removable("two\nlines", false));
        assert!(!holds_removable("two\nlines\tand a tab", true));
        assert!(!holds_removable("Szabó Ödön, שלום", false));
        for c in (1u32..0x2100).filter_map(char::from_u32) {
            let value = format!("a{c}b");
            for multi_line in [false, true] {
                let removed = clean_line(&value) != value && !c.is_whitespace()
                    || c.is_control() && !(multi_line && (c == '\n' || c == '\t'));
                assert_eq!(
                    holds_removable(&value, multi_line),
                    removed,
                    "U+{:04X} (multi-line {multi_line})",
                    c as u32
                );
            }
        }
        // A cleaned value holds nothing more to clean: merging it again changes nothing.
        let dirty = "x\u{1b}[31m y\r\n\u{85}z\u{2067}";
        assert!(!holds_removable(&clean_line(dirty), false));
        assert!(!holds_removable(&clean_text(dirty), true));
    }
}
