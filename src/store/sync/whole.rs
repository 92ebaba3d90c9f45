//! A machine joining the office: merging into a file that holds nothing is taking
//! the other file whole, page by page.

use super::{MUTABLE, MergeReport, NotTaken, Prepared, clocks, quarantine, remember_seen, seen_by};
use crate::store::file::copies::copy_whole;
use crate::store::file::inspect::open_untrusted;
use crate::store::rows::meta::write_meta;
use crate::store::rows::ms;
use crate::store::rows::templates::seed_clock;
use crate::store::{Result, Store};
use chrono::{DateTime, Utc};
use std::path::Path;

impl Store {
    /// Whether this file holds nothing of its own: no interaction, and no other row
    /// but those every new file holds alike (the starter templates, untouched). A
    /// machine joining the office, whose merge is the other file whole. Anything made
    /// here before, even without a lead (an account, a template, a change to a
    /// starter), makes the merge row by row: taking the other file whole would drop it.
    pub(crate) fn holds_nothing(&self) -> Result<bool> {
        let exists = |sql: &str, seed: &[&str]| -> Result<bool> {
            Ok(self
                .conn()
                .query_row(sql, rusqlite::params_from_iter(seed), |r| r.get(0))?)
        };
        if exists("SELECT EXISTS (SELECT 1 FROM interactions)", &[])? {
            return Ok(false);
        }
        let seed = seed_clock();
        for table in MUTABLE {
            // A seeded row keeps the seed's clock until somebody changes a field of it.
            let sql = format!(
                "SELECT EXISTS (SELECT 1 FROM {table} WHERE clock <> ?1 OR clocks <> '{{}}')"
            );
            if exists(&sql, &[&seed])? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Merging into a file that holds nothing gives the other file's rows, all of
    /// them as the prepared snapshot holds them: its pages are copied whole
    /// (seconds, where row by row took minutes at 100k contacts), then this file's
    /// own identity, and the rows it had set aside, are put back.
    pub(super) fn take_whole(
        &mut self,
        now: DateTime<Utc>,
        snapshot: &Path,
        prepared: Prepared,
        source_name: &str,
    ) -> Result<MergeReport> {
        let own: Vec<(String, String)> = self
            .conn()
            .prepare("SELECT key, value FROM meta")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let own_set_aside: Vec<KeptAside> = self
            .conn()
            .prepare("SELECT table_name, row_id, source, row_json, reason, set_at FROM set_aside")?
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let source = open_untrusted(snapshot)?;
        let bound = clocks::bound_at(now);
        let seen_there = seen_by(&source, "main")?
            .into_iter()
            .filter(|(_, clock)| clock.wall_ms <= bound)
            .collect();
        drop(source);
        // This file's identity goes into the private snapshot before its pages are
        // copied here, so that the file never holds the other's device id, even if
        // what follows fails: two machines with one device id would mix their clocks.
        keep_identity(snapshot, &own, &own_set_aside)?;
        let source = open_untrusted(snapshot)?;
        copy_whole(&source, &mut self.conn)?;
        drop(source);
        let mut report = self.transact_as(now, true, false, |tx, stamp| {
            write_meta(tx, "clock", &stamp.clock)?;
            remember_seen(tx, &seen_there, &prepared.latest, stamp)?;
            let (kept, already) = quarantine::keep(tx, &prepared.refused, source_name, ms(now))?;
            let count = |table: &str| -> Result<usize> {
                Ok(
                    tx.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
                        r.get::<_, i64>(0)
                    })? as usize,
                )
            };
            let mut other_rows_added = 0;
            for table in &MUTABLE[1..] {
                other_rows_added += count(table)?;
            }
            Ok(MergeReport {
                contacts_added: count("contacts")?,
                interactions_added: count("interactions")?,
                other_rows_added,
                not_taken: NotTaken {
                    rows_set_aside: kept,
                    rows_already_set_aside: already,
                    ..NotTaken::default()
                },
                ..MergeReport::default()
            })
        })?;
        report.not_taken.not_copied = prepared.not_copied;
        report.not_taken.clocks_distrusted = prepared.distrusted;
        report.not_taken.texts_cleaned = prepared.texts_cleaned;
        Ok(report)
    }
}

/// A row this file had set aside: table, row id, source, the row, why, when.
type KeptAside = (String, String, String, String, String, i64);

/// Puts this file's meta values, and the rows it had set aside, in place of the
/// snapshot's: what the other file set aside is its own business.
fn keep_identity(
    snapshot: &Path,
    own: &[(String, String)],
    own_set_aside: &[KeptAside],
) -> Result<()> {
    let mut copy = crate::store::file::copies::open_scratch(snapshot)?;
    let tx = copy.transaction()?;
    tx.execute("DELETE FROM meta", [])?;
    for (key, value) in own {
        write_meta(&tx, key, value)?;
    }
    // What the other file owed its server, and how far it had read others', are
    // its own; a desk taking it whole starts with its own (none).
    tx.execute_batch("DELETE FROM server_outbox; DELETE FROM server_cursors;")?;
    tx.execute("DELETE FROM set_aside", [])?;
    for row in own_set_aside {
        tx.execute(
            "INSERT INTO set_aside (table_name, row_id, source, row_json, reason, set_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![row.0, row.1, row.2, row.3, row.4, row.5],
        )?;
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::store::Store;
    use chrono::{DateTime, Utc};

    fn new_file() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("desk.db"), &Config::default()).unwrap();
        (dir, store)
    }

    #[test]
    fn a_new_file_holds_nothing_but_any_change_to_a_template_is_its_own() {
        let now = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
        let (_dir, store) = new_file();
        assert!(
            store.holds_nothing().unwrap(),
            "the starters are everybody's"
        );

        let (_dir, mut store) = new_file();
        let starter = store.find_template("First reply").unwrap();
        let mut edited = starter.template.clone();
        edited.body = "Hi {first_name}!".into();
        store.edit_template(now, &starter.id, &edited).unwrap();
        assert!(!store.holds_nothing().unwrap(), "an edited starter");

        let (_dir, mut store) = new_file();
        store.delete_template(now, "Missed your call").unwrap();
        assert!(!store.holds_nothing().unwrap(), "a deleted starter");

        let (_dir, mut store) = new_file();
        let mut own = starter.template.clone();
        own.name = "Viewing".into();
        store.add_template(now, &own).unwrap();
        assert!(!store.holds_nothing().unwrap(), "a template of its own");
    }
}
