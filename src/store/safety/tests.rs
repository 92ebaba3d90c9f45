use super::*;
use crate::config::Config;
use chrono::TimeZone;

fn store_with_pages(dir: &Path) -> (PathBuf, Store) {
    let db = dir.join("leads.db");
    let mut store = Store::open(&db, &Config::default()).unwrap();
    let at = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let args = crate::synthetic::Recipe {
        contacts: 200,
        interactions_per_contact: 10,
        seed: 1,
    };
    crate::synthetic::generate(&mut store, &Config::default().pipeline(), &args, at).unwrap();
    (db, store)
}

/// Garbage over one page in the middle of the file, as a failing disk writes it.
fn overwrite_middle_page(db: &Path) {
    let mut bytes = std::fs::read(db).unwrap();
    let page = bytes.len() / 4096 / 2 * 4096;
    for (i, byte) in bytes[page..page + 4096].iter_mut().enumerate() {
        *byte = (i * 7 + 13) as u8;
    }
    std::fs::write(db, bytes).unwrap();
}

fn listing(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn a_damaged_file_gives_no_backup_and_its_good_backups_all_stay() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let (db, store) = store_with_pages(dir.path());
    let start = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    for hour in 0..AUTOMATIC_BACKUPS_KEPT as i64 {
        let at = start + chrono::Duration::hours(hour);
        store.backup_into(&folder, at, Kind::Automatic).unwrap();
    }
    drop(store);
    // Opened before the damage, as a desk open for hours: only the backup's own
    // check stands between the damage and a damaged backup.
    let store = Store::open(&db, &Config::default()).unwrap();
    let good = listing(&folder);
    overwrite_middle_page(&db);

    // Backing up what is on disk now is refused, naming the file.
    let later = start + chrono::Duration::days(1);
    let refused = store
        .backup_into(&folder, later, Kind::Automatic)
        .unwrap_err();
    assert!(
        matches!(&refused, StoreError::Damaged { path, .. } if path == &db),
        "{refused}"
    );
    drop(store);
    // The desk's start: no damaged backup, nothing rotated away, no partial left.
    let refused = automatic_backup_into(&folder, &db, &Config::default(), later).unwrap_err();
    assert!(refused.is_damage(), "{refused}");
    assert_eq!(listing(&folder), good);
}

#[test]
fn rotation_after_a_good_backup_keeps_good_ones_below_damaged_ones() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let (db, store) = store_with_pages(dir.path());
    let start = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let mut made = Vec::new();
    for hour in 0..AUTOMATIC_BACKUPS_KEPT as i64 {
        let at = start + chrono::Duration::hours(hour);
        made.push(store.backup_into(&folder, at, Kind::Automatic).unwrap());
    }
    drop(store);
    // The three newest went bad on disk.
    for backup in &made[made.len() - 3..] {
        overwrite_middle_page(backup);
    }
    let later = start + chrono::Duration::days(1);
    let new = automatic_backup_into(&folder, &db, &Config::default(), later).unwrap();
    // 1 new + 7 older good ones: fewer than the kept number, so nothing went.
    assert!(new.exists());
    assert!(made.iter().all(|backup| backup.exists()));
}

#[test]
fn a_full_disk_and_a_read_only_file_are_said_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("leads.db");
    let mut store = Store::open(&db, &Config::default()).unwrap();
    let pages: i64 = store
        .conn()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    // SQLite's own limit stands in for the disk: the next page does not fit.
    store
        .conn()
        .pragma_update(None, "max_page_count", pages)
        .unwrap();
    let at = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let full = store
        .write(at, |tx, _| {
            tx.execute_batch("CREATE TABLE filler (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) INSERT INTO filler SELECT randomblob(500) FROM n;")?;
            Ok(())
        })
        .unwrap_err();
    assert!(matches!(full, StoreError::DiskFull { .. }), "{full}");
    let message = full.to_string();
    assert!(message.contains(&db.display().to_string()), "{message}");
    assert!(
        message.contains("the disk is full") && !full.is_damage(),
        "{message}"
    );

    let read_only = open_untrusted(&db).unwrap();
    let refused = read_only
        .execute_batch("CREATE TABLE x (y)")
        .map_err(|e| StoreError::from_sqlite(&db, e))
        .unwrap_err();
    assert!(
        matches!(refused, StoreError::NotPermitted { .. }),
        "{refused}"
    );
    assert!(refused.to_string().contains("permission denied"));
    assert!(!refused.is_damage());
}
