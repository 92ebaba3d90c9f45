//! The safety net: consistent backups through SQLite's backup API, restoring one
//! (with the current content kept aside first), and a check of a file's health.

use super::{APPLICATION_ID, Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, MAIN_DB, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How many automatic backups of one file are kept; the oldest go first.
pub const AUTOMATIC_BACKUPS_KEPT: usize = 10;

impl Store {
    /// A consistent copy of the whole file at `dest`, readable by its owner only.
    /// It is written under a temporary name beside `dest`, synced and renamed, so a
    /// backup is either whole or absent, even if the machine stops halfway.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let folder = dest.parent().filter(|p| !p.as_os_str().is_empty());
        if let Some(folder) = folder {
            std::fs::create_dir_all(folder).map_err(|e| io_error(folder, e))?;
        }
        let partial = dest.with_extension("db-partial");
        let _ = std::fs::remove_file(&partial);
        let copied = (|| -> Result<()> {
            let mut copy = Connection::open(&partial)?;
            restrict_to_owner(&partial)?;
            copy_whole(self.conn(), &mut copy)?;
            // The copy is a plain file: no -wal beside it to lose.
            copy.pragma_update(None, "journal_mode", "DELETE")?;
            drop(copy);
            let file = std::fs::File::open(&partial).map_err(|e| io_error(&partial, e))?;
            file.sync_all().map_err(|e| io_error(&partial, e))?;
            std::fs::rename(&partial, dest).map_err(|e| io_error(dest, e))?;
            Ok(())
        })();
        if copied.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        copied
    }

    /// Replaces everything in this file with `backup`'s content, once `backup` is
    /// known to be a sound Leadometer file. The caller keeps the current content
    /// aside first (`backup_to`).
    pub fn restore_from(&mut self, backup: &Path) -> Result<()> {
        verify_copy(backup)?;
        let source = open_untrusted(backup)?;
        copy_whole(&source, &mut self.conn)?;
        Ok(())
    }

    /// Every problem with this file: SQLite's own integrity and foreign-key checks,
    /// then ours. Empty when all is well.
    pub fn check(&self) -> Result<Vec<String>> {
        let conn = self.conn();
        let mut problems: Vec<String> = conn
            .prepare("PRAGMA integrity_check")?
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter(|line| line != "ok")
            .map(|line| format!("integrity: {line}"))
            .collect();
        let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let table: String = row.get(0)?;
            let rowid: Option<i64> = row.get(1)?;
            let parent: String = row.get(2)?;
            problems.push(format!(
                "{table} row {} points to a missing {parent} row",
                rowid.map_or_else(|| "?".into(), |r| r.to_string())
            ));
        }
        for (sql, what) in INVARIANTS {
            let count: i64 = conn.query_row(sql, [], |r| r.get(0))?;
            if count > 0 {
                problems.push(format!("{count} {what}"));
            }
        }
        // Reading every search row fails on a damaged page, which integrity names.
        let stale = match super::search_chunks::mismatched(conn) {
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
                "{} search chunks differ from the search table (chunk {}{}): command-line searches may miss contacts; `leadometer rescore` rebuilds them",
                stale.len(),
                first.join(", "),
                if stale.len() > first.len() { ", …" } else { "" }
            ));
        }
        Ok(problems)
    }
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
    (
        "SELECT count(*) FROM (SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'device_id'))",
        "missing device id (merges could not tell this copy apart)",
    ),
];

/// Opens a file that came from elsewhere (a backup, a synced copy) so that nothing
/// in it can act: read-only, and with the schema's own code not trusted.
pub(crate) fn open_untrusted(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|_| StoreError::NotADatabase {
        path: path.to_path_buf(),
    })?;
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    Ok(conn)
}

/// The identity a copy carries: which office's lead file it is a copy of.
pub fn database_id_of(path: &Path) -> Result<Option<String>> {
    let conn = open_untrusted(path)?;
    super::read_meta(&conn, "database_id")
}

/// What a copy has seen of every device's changes (see `Store::version_vector`).
pub fn version_vector_of(
    path: &Path,
) -> Result<std::collections::BTreeMap<String, crate::domain::hlc::Hlc>> {
    let conn = open_untrusted(path)?;
    super::merge::seen_by(&conn, "main")
}

/// Refuses a copy that is not ours, is newer than this version, or is damaged.
pub fn verify_copy(path: &Path) -> Result<()> {
    let not_a_db = || StoreError::NotADatabase {
        path: path.to_path_buf(),
    };
    if !path.is_file() {
        return Err(StoreError::Open {
            path: path.to_path_buf(),
            message: "no such file".into(),
        });
    }
    let (conn, header) = super::read_header(path)?;
    if header.application_id != APPLICATION_ID {
        return Err(StoreError::Foreign {
            path: path.to_path_buf(),
        });
    }
    header.refuse_newer(path)?;
    let verdict: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|_| not_a_db())?;
    if verdict != "ok" {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            detail: verdict,
        });
    }
    Ok(())
}

/// Copies every page of `from` over `to` in one step, so that the copy is one
/// consistent moment even while others write. A writer holding the file only
/// delays it.
pub(crate) fn copy_whole(from: &Connection, to: &mut Connection) -> Result<()> {
    let backup = Backup::new_with_names(from, MAIN_DB, to, MAIN_DB)?;
    for _ in 0..100 {
        if backup.step(-1)? == StepResult::Done {
            return Ok(());
        }
        // Busy or locked: another connection is writing.
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(StoreError::invalid(
        "backup",
        "the file stayed locked by another program for 10 s; try again",
    ))
}

/// The folder backups go to: `backups` in the data directory, or beside the file
/// when there is no data directory.
pub fn backups_folder(db: &Path) -> PathBuf {
    crate::config::data_dir().map_or_else(
        || {
            db.parent()
                .unwrap_or_else(|| Path::new("."))
                .join("backups")
        },
        |dir| dir.join("backups"),
    )
}

/// A backup of `db` now, then the oldest automatic ones beyond the kept number
/// removed: what the desk does on start and every few hours.
pub fn automatic_backup(
    db: &Path,
    config: &crate::config::Config,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    let folder = backups_folder(db);
    let dest = backup_path(&folder, db, now, true);
    Store::open(db, config)?.backup_to(&dest)?;
    rotate(&folder, db, AUTOMATIC_BACKUPS_KEPT);
    Ok(dest)
}

/// Where a backup of `db` goes, and what it is called: `leads-20241112-093000.db`
/// when asked for, `leads-auto-20241112-093000.db` when the desk made it.
pub fn backup_path(folder: &Path, db: &Path, at: DateTime<Utc>, automatic: bool) -> PathBuf {
    let kind = if automatic { AUTOMATIC } else { "" };
    folder.join(format!(
        "{}-{kind}{}.db",
        stem(db),
        at.format("%Y%m%d-%H%M%S")
    ))
}

const AUTOMATIC: &str = "auto-";

/// Where a restore keeps what the file held: `leads-before-restore-20241112-093000.db`,
/// a name rotation never matches.
pub fn kept_aside_path(folder: &Path, db: &Path, at: DateTime<Utc>) -> PathBuf {
    folder.join(format!(
        "{}-before-restore-{}.db",
        stem(db),
        at.format("%Y%m%d-%H%M%S")
    ))
}

fn stem(db: &Path) -> String {
    db.file_stem()
        .map_or_else(|| "leads".into(), |s| s.to_string_lossy().to_string())
}

/// The backups of `db` in `folder`, newest first, each with whether the desk made it.
fn backups_with_kind(folder: &Path, db: &Path) -> Vec<(String, bool, PathBuf)> {
    let prefix = format!("{}-", stem(db));
    let mut found: Vec<(String, bool, PathBuf)> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            if path.extension()? != "db" {
                return None;
            }
            let name = path.file_stem()?.to_string_lossy().to_string();
            let rest = name.strip_prefix(&prefix)?;
            let (automatic, time) = match rest.strip_prefix(AUTOMATIC) {
                Some(time) => (true, time),
                None => (false, rest),
            };
            let is_time = time.len() == 15
                && time.bytes().enumerate().all(|(i, b)| {
                    if i == 8 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                });
            is_time.then(|| (time.to_string(), automatic, path))
        })
        .collect();
    found.sort();
    found.reverse();
    found
}

/// The backups of `db` in `folder`, newest first.
pub fn backups_of(folder: &Path, db: &Path) -> Vec<PathBuf> {
    backups_with_kind(folder, db)
        .into_iter()
        .map(|(_, _, path)| path)
        .collect()
}

/// Deletes all but the newest `keep` of the backups the desk made of `db`; the
/// ones asked for are never deleted.
pub fn rotate(folder: &Path, db: &Path, keep: usize) {
    let automatic = backups_with_kind(folder, db)
        .into_iter()
        .filter(|(_, automatic, _)| *automatic);
    for (_, _, old) in automatic.skip(keep) {
        let _ = std::fs::remove_file(old);
    }
}

/// The file and what SQLite makes beside it are for their owner's eyes only: they
/// hold a business's customers.
pub(crate) fn restrict_to_owner(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| io_error(path, e))?;
    }
    let _ = path;
    Ok(())
}

fn io_error(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Open {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn rotation_keeps_the_newest_automatic_backups_and_every_asked_for_one() {
        let folder = tempfile::tempdir().unwrap();
        let db = Path::new("/somewhere/leads.db");
        let start = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
        for hour in 0..12 {
            let at = start + chrono::Duration::hours(hour);
            std::fs::write(backup_path(folder.path(), db, at, true), b"").unwrap();
        }
        for day in [1, 20] {
            let at = start + chrono::Duration::days(day);
            std::fs::write(backup_path(folder.path(), db, at, false), b"").unwrap();
        }
        std::fs::write(folder.path().join("other-20240312-090000.db"), b"").unwrap();
        std::fs::write(
            folder
                .path()
                .join("leads-before-restore-20240312-090000.db"),
            b"",
        )
        .unwrap();

        rotate(folder.path(), db, 10);
        let names: Vec<String> = backups_of(folder.path(), db)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
            .collect();
        assert_eq!(names.len(), 12, "{names:?}");
        assert_eq!(names[0], "leads-20240401-090000.db", "newest first");
        assert_eq!(names[1], "leads-20240313-090000.db");
        assert_eq!(names[2], "leads-auto-20240312-200000.db");
        assert_eq!(
            names[11], "leads-auto-20240312-110000.db",
            "the two oldest went"
        );
        assert!(folder.path().join("other-20240312-090000.db").exists());
        assert!(
            folder
                .path()
                .join("leads-before-restore-20240312-090000.db")
                .exists()
        );
    }
}
