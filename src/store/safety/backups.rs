//! Where the backups of one file live, what they are called, which of them count,
//! and which go when the folder is tidied.
//!
//! Each database file has a folder of its own under `backups`, named after the file
//! and a short hash of its full path: `backups/leads-3f9a1c2e77b0/`. Two files that
//! share a name (`/x/leads.db`, `/y/leads.db`) therefore never overwrite, rotate
//! away or recommend each other's backups. The path is what keys the folder, not
//! the `database_id` inside the file, because the backups matter most when the file
//! cannot be read: its folder is still found. The `database_id` is checked when a
//! backup is restored (see `cli::safety::restore`).
//!
//! Backups made before this layout sit directly in `backups` (`leads-….db`); they
//! are still listed, never rotated, and offered only when their `database_id` shows
//! they are copies of this file.

use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How many automatic backups of one file are kept; the oldest go first.
pub const AUTOMATIC_BACKUPS_KEPT: usize = 10;

/// The name part of a backup the desk made by itself.
const AUTOMATIC: &str = "auto-";

/// What every file being written by us ends with, until it is complete and renamed:
/// a name no one else uses, so the sweep never removes anything not ours.
pub const PARTIAL_SUFFIX: &str = ".leadometer-partial";

/// The temporary name the backups of earlier versions used (`leads-….db-partial`).
const LEGACY_PARTIAL_SUFFIX: &str = ".db-partial";

/// A partial file this old was left by a process that was killed: a live backup
/// or restore touches its file far more often than this.
pub const STALE_PARTIAL_AGE: Duration = Duration::from_secs(5 * 60);

/// Where all backups go: `backups` in the data directory, or beside the file when
/// there is no data directory.
pub fn backups_root(db: &Path) -> PathBuf {
    crate::config::data_dir().map_or_else(
        || {
            db.parent()
                .unwrap_or_else(|| Path::new("."))
                .join("backups")
        },
        |dir| dir.join("backups"),
    )
}

/// The folder of this file's backups: `backups/<stem>-<hash of its full path>`.
pub fn backups_folder(db: &Path) -> PathBuf {
    backups_root(db).join(format!("{}-{:012x}", stem(db), path_hash(db) >> 16))
}

/// The file's full path with links resolved, so `leads.db` seen through a symlink
/// or a relative path is the same file. A file not yet created is placed in its
/// (resolved) folder.
fn canonical(db: &Path) -> PathBuf {
    if let Ok(path) = std::fs::canonicalize(db) {
        return path;
    }
    let parent = db.parent().filter(|p| !p.as_os_str().is_empty());
    let folder = parent.map_or_else(|| Path::new(".").to_path_buf(), Path::to_path_buf);
    match (std::fs::canonicalize(folder), db.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => std::path::absolute(db).unwrap_or_else(|_| db.to_path_buf()),
    }
}

/// FNV-1a of the canonical path, so the folder's name is the same on every run.
fn path_hash(db: &Path) -> u64 {
    let path = canonical(db);
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().as_bytes().to_vec();
    crate::store::rows::fnv1a(crate::store::rows::FNV_OFFSET, bytes)
}

pub(crate) fn stem(db: &Path) -> String {
    db.file_stem()
        .map_or_else(|| "leads".into(), |s| s.to_string_lossy().to_string())
}

/// What a backup is called: `leads-20241112-093000.db` when asked for,
/// `leads-auto-20241112-093000.db` when the desk made it, and
/// `leads-before-restore-20241112-093000.db` for what a restore replaced (a name
/// rotation never matches). A second one in the same second gets `-2`, `-3`, ….
pub fn backup_name(db: &Path, at: DateTime<Utc>, kind: Kind, sequence: u32) -> String {
    let kind = match kind {
        Kind::Asked => "",
        Kind::Automatic => AUTOMATIC,
        Kind::BeforeRestore => "before-restore-",
    };
    let sequence = if sequence > 1 {
        format!("-{sequence}")
    } else {
        String::new()
    };
    format!(
        "{}-{kind}{}{sequence}.db",
        stem(db),
        at.format("%Y%m%d-%H%M%S")
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Asked,
    Automatic,
    BeforeRestore,
}

/// Puts a finished file (`partial`) in place under the first free name of its
/// kind, never over an existing backup, even one another process made in the same
/// second: a hard link fails if the name is taken. Returns the name used.
pub(crate) fn publish(
    partial: &Path,
    folder: &Path,
    db: &Path,
    at: DateTime<Utc>,
    kind: Kind,
) -> std::io::Result<PathBuf> {
    for sequence in 1..10_000 {
        let dest = folder.join(backup_name(db, at, kind, sequence));
        match std::fs::hard_link(partial, &dest) {
            Ok(()) => {
                std::fs::remove_file(partial)?;
                return Ok(dest);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            // A file system without hard links: rename, having looked first.
            Err(_) if !dest.exists() => {
                std::fs::rename(partial, &dest)?;
                return Ok(dest);
            }
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other(format!(
        "{} already holds 10,000 backups made in the same second",
        folder.display()
    )))
}

/// One backup found in a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub automatic: bool,
    /// `YYYYMMDD-HHMMSS` and the same-second sequence: what orders them.
    order: (String, u32),
}

/// The backups of `db` in `folder`, newest first (asked-for and automatic ones).
pub fn backups_in(folder: &Path, db: &Path) -> Vec<Found> {
    let prefix = format!("{}-", stem(db));
    let mut found: Vec<Found> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            if path.extension()? != "db" || !entry.file_type().ok()?.is_file() {
                return None;
            }
            let name = path.file_stem()?.to_string_lossy().to_string();
            let rest = name.strip_prefix(&prefix)?;
            let (automatic, rest) = match rest.strip_prefix(AUTOMATIC) {
                Some(rest) => (true, rest),
                None => (false, rest),
            };
            let (time, sequence) = parse_time(rest)?;
            Some(Found {
                path,
                automatic,
                order: (time.to_string(), sequence),
            })
        })
        .collect();
    found.sort_by(|a, b| b.order.cmp(&a.order));
    found
}

/// `20241112-093000` or `20241112-093000-2`: the time, and the sequence (1 if none).
fn parse_time(rest: &str) -> Option<(&str, u32)> {
    let time = rest.get(..15)?;
    let is_time = time.bytes().enumerate().all(|(i, b)| {
        if i == 8 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    if !is_time {
        return None;
    }
    match &rest[15..] {
        "" => Some((time, 1)),
        tail => {
            let digits = tail.strip_prefix('-')?;
            let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
            all_digits.then(|| Some((time, digits.parse().ok()?)))?
        }
    }
}

/// Every backup of `db`, newest first: its own folder's, then those an earlier
/// version left directly in `backups` under its name (which may be another file's
/// of the same name: the caller checks their identity before offering one).
pub fn backups_of(db: &Path) -> Vec<PathBuf> {
    let own = backups_in(&backups_folder(db), db);
    let legacy = backups_in(&backups_root(db), db);
    own.into_iter()
        .chain(legacy)
        .map(|found| found.path)
        .collect()
}

/// Whether `backup` is one of the backups kept in this file's own folder.
pub fn is_own_backup(db: &Path, backup: &Path) -> bool {
    let folder = backups_folder(db);
    let same_folder =
        |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
    backup
        .parent()
        .is_some_and(|parent| same_folder(parent, &folder))
}

/// Keeps the newest `keep` automatic backups that pass `is_good`, deletes the
/// automatic ones older than the last of them, and never deletes a backup that was
/// asked for. A backup that fails the check is not counted, so a run of damaged
/// ones never pushes a good one out; the damaged ones among the kept stay for the
/// user to look at. Returns what was deleted.
pub fn rotate(
    folder: &Path,
    db: &Path,
    keep: usize,
    mut is_good: impl FnMut(&Path) -> bool,
) -> Vec<PathBuf> {
    let mut good = 0;
    let mut deleted = Vec::new();
    for found in backups_in(folder, db).into_iter().filter(|f| f.automatic) {
        if good >= keep {
            if std::fs::remove_file(&found.path).is_ok() {
                deleted.push(found.path);
            }
        } else if is_good(&found.path) {
            good += 1;
        }
    }
    deleted
}

/// Removes what a killed backup or restore left in `folder`: our own partial names
/// only, and only once they are old enough that no live process is still writing
/// them.
pub fn sweep_partials(folder: &Path) {
    let now = SystemTime::now();
    for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let base = name.strip_suffix("-journal").unwrap_or(&name);
        if !(base.ends_with(PARTIAL_SUFFIX) || base.ends_with(LEGACY_PARTIAL_SUFFIX)) {
            continue;
        }
        remove_if_stale(&entry.path(), now);
    }
}

/// Removes one partial file of ours if nothing has written it for a while.
pub(crate) fn remove_if_stale(path: &Path, now: SystemTime) {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return;
    };
    let age = meta
        .modified()
        .ok()
        .and_then(|at| now.duration_since(at).ok());
    if meta.is_file() && age.is_some_and(|age| age >= STALE_PARTIAL_AGE) {
        let _ = std::fs::remove_file(path);
    }
}

/// Makes a backups folder (and the `backups` folder above it) readable by its owner
/// only, and tidies what a killed run left in it.
pub(crate) fn prepare(folder: &Path) -> std::io::Result<()> {
    crate::config::create_private_dir(folder, true)?;
    sweep_partials(folder);
    Ok(())
}

/// `prepare` for `db`'s own folder, and the `backups` folder above it; returns it.
pub(crate) fn prepare_folder(db: &Path) -> std::io::Result<PathBuf> {
    let root = backups_root(db);
    prepare(&root)?;
    let folder = backups_folder(db);
    prepare(&folder)?;
    Ok(folder)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn touch(path: &Path) {
        std::fs::write(path, b"").unwrap();
    }

    fn names(found: &[Found]) -> Vec<String> {
        found
            .iter()
            .map(|f| f.path.file_name().unwrap().to_string_lossy().to_string())
            .collect()
    }

    #[test]
    fn rotation_keeps_the_newest_automatic_backups_and_every_asked_for_one() {
        let folder = tempfile::tempdir().unwrap();
        let db = Path::new("/somewhere/leads.db");
        let start = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
        for hour in 0..12 {
            let at = start + chrono::Duration::hours(hour);
            touch(&folder.path().join(backup_name(db, at, Kind::Automatic, 1)));
        }
        for day in [1, 20] {
            let at = start + chrono::Duration::days(day);
            touch(&folder.path().join(backup_name(db, at, Kind::Asked, 1)));
        }
        touch(&folder.path().join("other-20240312-090000.db"));
        touch(
            &folder
                .path()
                .join(backup_name(db, start, Kind::BeforeRestore, 1)),
        );

        rotate(folder.path(), db, 10, |_| true);
        let names = names(&backups_in(folder.path(), db));
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

    #[test]
    fn rotation_never_counts_a_damaged_backup_to_make_room() {
        let folder = tempfile::tempdir().unwrap();
        let db = Path::new("/somewhere/leads.db");
        let start = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
        for hour in 0..4 {
            let at = start + chrono::Duration::hours(hour);
            touch(&folder.path().join(backup_name(db, at, Kind::Automatic, 1)));
        }
        // The two newest are damaged: the two good ones below them must stay.
        let bad = |p: &Path| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.contains("-110000") || name.contains("-120000")
        };
        let deleted = rotate(folder.path(), db, 2, |p| !bad(p));
        assert_eq!(deleted, Vec::<PathBuf>::new());
        assert_eq!(backups_in(folder.path(), db).len(), 4);
    }

    #[test]
    fn two_backups_in_the_same_second_get_two_names_newest_first() {
        let folder = tempfile::tempdir().unwrap();
        let db = Path::new("/somewhere/leads.db");
        let at = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
        let mut made = Vec::new();
        for content in [b"first".as_slice(), b"second"] {
            let partial = folder.path().join(format!("x{PARTIAL_SUFFIX}"));
            std::fs::write(&partial, content).unwrap();
            made.push(publish(&partial, folder.path(), db, at, Kind::Asked).unwrap());
        }
        assert_ne!(made[0], made[1]);
        assert_eq!(std::fs::read(&made[0]).unwrap(), b"first");
        assert_eq!(std::fs::read(&made[1]).unwrap(), b"second");
        assert_eq!(
            names(&backups_in(folder.path(), db)),
            ["leads-20240312-090000-2.db", "leads-20240312-090000.db"]
        );
    }

    #[test]
    fn two_files_of_the_same_name_have_two_backup_folders() {
        let dir = tempfile::tempdir().unwrap();
        let x = dir.path().join("x").join("leads.db");
        let y = dir.path().join("y").join("leads.db");
        assert_ne!(backups_folder(&x), backups_folder(&y));
        assert_eq!(backups_folder(&x), backups_folder(&x));
        // The same file seen through a relative folder is the same file.
        std::fs::create_dir_all(x.parent().unwrap()).unwrap();
        let roundabout = x.parent().unwrap().join("..").join("x").join("leads.db");
        assert_eq!(backups_folder(&x), backups_folder(&roundabout));
    }

    #[test]
    fn the_sweep_removes_only_our_own_old_partial_files() {
        let folder = tempfile::tempdir().unwrap();
        let old = folder.path().join(format!("leads-1{PARTIAL_SUFFIX}"));
        let old_journal = folder
            .path()
            .join(format!("leads-1{PARTIAL_SUFFIX}-journal"));
        let legacy = folder.path().join("leads-20240312-090000.db-partial");
        let fresh = folder.path().join(format!("leads-2{PARTIAL_SUFFIX}"));
        let not_ours = folder.path().join("notes.partial");
        for path in [&old, &old_journal, &legacy, &fresh, &not_ours] {
            touch(path);
        }
        let long_ago = SystemTime::now() - STALE_PARTIAL_AGE * 2;
        for path in [&old, &old_journal, &legacy, &not_ours] {
            std::fs::File::options()
                .write(true)
                .open(path)
                .unwrap()
                .set_modified(long_ago)
                .unwrap();
        }
        sweep_partials(folder.path());
        assert!(!old.exists() && !old_journal.exists() && !legacy.exists());
        assert!(fresh.exists(), "a live backup's partial file stays");
        assert!(not_ours.exists(), "a name not ours is never touched");
    }
}
