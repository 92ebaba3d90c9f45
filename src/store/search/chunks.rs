//! The search table's text kept in chunks (see migration 4 in file/schema.rs): what a
//! search reads in a few hundred blobs, and how each write's commit rebuilds the
//! chunks its changes touched.
//!
//! A chunk's text is seven lines per contact: id, name key, alias key, company key,
//! emails, phone digits, last activity (milliseconds). (Six before migration 6, which
//! marks every chunk dirty so that none is read in the old layout.) It is built by SQL from the rows, so a chunk
//! and the rows it stands for are the same text by construction, in id order.

use crate::store::Result;
use rusqlite::Connection;

/// The lines of one contact in a chunk, in order.
pub(super) const LINES: usize = 7;

/// One contact's seven lines, without a line break at the end; a line break inside a
/// field (never stored, but possible in a foreign file) would shift every line after.
const CONTACT_TEXT: &str = "replace(contact_id, char(10), ' ') || char(10)
    || replace(name_key, char(10), ' ') || char(10)
    || replace(alias_key, char(10), ' ') || char(10)
    || replace(company_key, char(10), ' ') || char(10)
    || replace(emails, char(10), ' ') || char(10)
    || replace(phone_digits, char(10), ' ') || char(10)
    || last_activity_at";

/// (chunk, data) of the chunks whose rows pass `filter`, built from those rows: the
/// one definition of a chunk's text, which reading, rebuilding and checking share.
fn built_from_rows(filter: &str) -> String {
    format!(
        "SELECT search_chunk AS chunk,
                group_concat({CONTACT_TEXT}, char(10) ORDER BY contact_id) AS data
           FROM contact_search WHERE {filter} GROUP BY search_chunk"
    )
}

const DIRTY_ROWS: &str = "search_chunk IN (SELECT chunk FROM search_dirty)";

/// Every chunk's text in one statement, so one snapshot: the stored blob of each clean
/// chunk, and the dirty ones built from their rows.
fn read_sql() -> String {
    format!(
        "SELECT data FROM search_chunks WHERE chunk NOT IN (SELECT chunk FROM search_dirty)
         UNION ALL
         SELECT data FROM ({})",
        built_from_rows(DIRTY_ROWS)
    )
}

/// Calls `each` with the text of every chunk, clean or dirty. The texts hold whole
/// contacts: `LINES` lines each, with no line break after the last.
pub(super) fn read_all(conn: &Connection, mut each: impl FnMut(&[u8]) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare_cached(&read_sql())?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        // Bytes as stored: the caller checks them as UTF-8 once, all together.
        if let rusqlite::types::ValueRef::Text(text) = row.get_ref(0)? {
            each(text)?;
        }
    }
    Ok(())
}

/// Rebuilds the chunks that this transaction's changes made dirty: part of every
/// write, so that the next search reads blobs rather than rows.
pub(crate) fn rebuild_dirty(tx: &Connection) -> Result<()> {
    let dirty: i64 = tx
        .prepare_cached("SELECT count(*) FROM search_dirty")?
        .query_row([], |r| r.get(0))?;
    if dirty == 0 {
        return Ok(());
    }
    tx.prepare_cached("DELETE FROM search_chunks WHERE chunk IN (SELECT chunk FROM search_dirty)")?
        .execute([])?;
    tx.prepare_cached(&format!(
        "INSERT INTO search_chunks (chunk, data) {}",
        built_from_rows(DIRTY_ROWS)
    ))?
    .execute([])?;
    tx.prepare_cached("DELETE FROM search_dirty")?.execute([])?;
    Ok(())
}

/// Marks every chunk to be rebuilt at commit, and drops the chunks no row is in.
pub(crate) fn mark_all_dirty(tx: &Connection) -> Result<()> {
    tx.execute_batch(
        "INSERT OR IGNORE INTO search_dirty SELECT chunk FROM search_chunks;
         INSERT OR IGNORE INTO search_dirty
             SELECT DISTINCT search_chunk FROM contact_search WHERE search_chunk IS NOT NULL;",
    )?;
    Ok(())
}

/// Chunks whose stored text is not what their rows make: a damaged file, or one
/// written by hand around the triggers. `check` reports them.
pub(crate) fn mismatched(conn: &Connection) -> Result<Vec<i64>> {
    let sql = format!(
        "WITH built AS ({})
         SELECT b.chunk FROM built b LEFT JOIN search_chunks s ON s.chunk = b.chunk
          WHERE b.chunk NOT IN (SELECT chunk FROM search_dirty) AND s.data IS NOT b.data
         UNION
         SELECT s.chunk FROM search_chunks s
          WHERE s.chunk NOT IN (SELECT chunk FROM built)
            AND s.chunk NOT IN (SELECT chunk FROM search_dirty)
         ORDER BY 1",
        built_from_rows("search_chunk IS NOT NULL")
    );
    let chunks = conn
        .prepare(&sql)?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(chunks)
}
