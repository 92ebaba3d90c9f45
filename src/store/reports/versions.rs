//! Whether a lifecycle entry is current, answered in memory: the later versions in
//! the file (a correction or an undo's retraction each) are few, so they are read
//! once, where asking SQLite for each entry doubled the time a report reads them.

use crate::store::error::Result;
use rusqlite::Connection;
use std::collections::HashMap;

/// An entry as the reports read it: its id, what it supersedes, when it was written.
pub(super) struct Entry<'a> {
    pub id: &'a str,
    pub contact_id: &'a str,
    pub supersedes: Option<&'a str>,
    pub created_at: i64,
}

/// Every row that supersedes another, by the entry it supersedes: its contact, when
/// it was written and its id.
pub(super) struct LaterVersions(HashMap<String, Vec<(String, i64, String)>>);

impl LaterVersions {
    pub fn read(conn: &Connection) -> Result<LaterVersions> {
        let mut later: HashMap<String, Vec<(String, i64, String)>> = HashMap::new();
        let mut statement = conn.prepare_cached(
            "SELECT supersedes, contact_id, created_at, id FROM interactions
              WHERE supersedes IS NOT NULL",
        )?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            // A hostile file's row with a value that is not text supersedes nothing.
            let text = |i| row.get_ref(i).ok().and_then(|v| v.as_str().ok());
            let (Some(supersedes), Some(contact_id), Some(id)) = (text(0), text(1), text(3)) else {
                continue;
            };
            let created_at = row.get::<_, Option<i64>>(2)?.unwrap_or(i64::MIN);
            later.entry(supersedes.to_string()).or_default().push((
                contact_id.to_string(),
                created_at,
                id.to_string(),
            ));
        }
        Ok(LaterVersions(later))
    }

    /// Whether no later version of the same entry, on the same contact, stands over
    /// it: what `is_current!` asks of a row in SQL. The original is superseded by
    /// any version; a version only by one written after it (ties by id).
    pub fn is_current(&self, entry: &Entry<'_>) -> bool {
        if self.0.is_empty() {
            return true;
        }
        let original = entry.supersedes.unwrap_or(entry.id);
        let Some(versions) = self.0.get(original) else {
            return true;
        };
        !versions.iter().any(|(contact_id, created_at, id)| {
            contact_id == entry.contact_id
                && (entry.supersedes.is_none()
                    || (*created_at, id.as_str()) > (entry.created_at, entry.id))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry<'a>(id: &'a str, supersedes: Option<&'a str>, created_at: i64) -> Entry<'a> {
        Entry {
            id,
            contact_id: "c",
            supersedes,
            created_at,
        }
    }

    #[test]
    fn an_entry_is_current_until_a_later_version_of_it_on_its_contact() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE interactions (id TEXT, contact_id TEXT, supersedes TEXT, created_at INTEGER);
             INSERT INTO interactions VALUES
               ('a2', 'c', 'a', 20), ('a3', 'c', 'a', 30),
               ('b2', 'other', 'b', 20), ('x', 'c', 7, 20);",
        )
        .unwrap();
        let later = LaterVersions::read(&conn).unwrap();
        // The original gives way to any version; a version to a later one only.
        assert!(!later.is_current(&entry("a", None, 10)));
        assert!(!later.is_current(&entry("a2", Some("a"), 20)));
        assert!(later.is_current(&entry("a3", Some("a"), 30)));
        // A row on another contact supersedes nothing of this one's.
        assert!(later.is_current(&entry("b", None, 10)));
        assert!(later.is_current(&entry("untouched", None, 10)));
    }
}
