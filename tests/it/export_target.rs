//! Where `export --out` may write: never over a database, its journals or a symbolic
//! link, over an existing file only with --force, and always owner-only.

use crate::common;

use common::{Desk, mode};
use std::os::unix::fs::PermissionsExt;

/// A desk with one contact, so that its file exists and an export has a row.
fn desk_with_a_lead() -> Desk {
    let desk = Desk::new();
    desk.noa();
    desk
}

/// Runs `export --out OUT` (and `extra`) from the desk's folder; it must fail with
/// exit 1, leave the database and `out` byte for byte as they were, and say `expected`.
fn refused(desk: &Desk, out: &str, extra: &[&str], expected: &str) {
    let target = desk.dir.path().join(out);
    let before = (
        std::fs::read(&desk.db).unwrap(),
        std::fs::read(&target).ok(),
    );
    let assert = desk
        .cmd()
        .current_dir(desk.dir.path())
        .args(["export", "--out", out])
        .args(extra)
        .assert()
        .code(4);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(err.contains(out) && err.contains(expected), "{out}: {err}");
    let after = (
        std::fs::read(&desk.db).unwrap(),
        std::fs::read(&target).ok(),
    );
    assert!(before == after, "export --out {out} changed a file");
}

#[test]
fn an_export_over_the_open_database_is_refused_under_any_name() {
    let desk = desk_with_a_lead();
    let absolute = desk.db.display().to_string();
    std::fs::hard_link(&desk.db, desk.dir.path().join("same-file")).unwrap();
    for out in ["leads.db", "./leads.db", &absolute, "same-file"] {
        for extra in [&[][..], &["--force"][..]] {
            refused(&desk, out, extra, "database");
        }
    }
    // Its journals too, whether or not SQLite has one open right now.
    for out in ["leads.db-wal", "leads.db-shm", "./leads.db-journal"] {
        refused(&desk, out, &["--force"], "database");
    }
}

#[test]
fn another_sqlite_file_and_its_journals_are_never_replaced() {
    let desk = desk_with_a_lead();
    std::fs::copy(&desk.db, desk.dir.path().join("colleague.db")).unwrap();
    refused(&desk, "colleague.db", &["--force"], "database file");
    refused(&desk, "colleague.db-wal", &["--force"], "journal");
    std::fs::write(desk.dir.path().join("colleague.db-journal"), "x").unwrap();
    refused(&desk, "colleague.db-journal", &["--force"], "journal");
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let desk = desk_with_a_lead();
    let out = desk.dir.path().join("contacts.csv");
    std::fs::write(&out, "keep me").unwrap();
    refused(&desk, "contacts.csv", &[], "--force");
    desk.cmd()
        .current_dir(desk.dir.path())
        .args(["export", "--out", "contacts.csv", "--force"])
        .assert()
        .success();
    assert!(std::fs::read_to_string(&out).unwrap().contains("Noa Levi"));
}

#[test]
fn a_symbolic_link_is_refused_even_with_force_and_what_it_points_at_is_kept() {
    let desk = desk_with_a_lead();
    let pointed_at = desk.dir.path().join("precious.txt");
    std::fs::write(&pointed_at, "precious").unwrap();
    std::os::unix::fs::symlink(&pointed_at, desk.dir.path().join("link.csv")).unwrap();
    std::os::unix::fs::symlink(&desk.db, desk.dir.path().join("db-link.csv")).unwrap();
    std::os::unix::fs::symlink("nowhere", desk.dir.path().join("dangling.csv")).unwrap();
    for out in ["link.csv", "db-link.csv", "dangling.csv"] {
        refused(&desk, out, &["--force"], "symbolic link");
    }
    assert_eq!(std::fs::read_to_string(&pointed_at).unwrap(), "precious");
    assert!(!desk.dir.path().join("nowhere").exists());
}

#[test]
fn an_export_file_is_owner_only_and_leaves_no_temporary_file() {
    let desk = desk_with_a_lead();
    let fresh = desk.dir.path().join("fresh.vcf");
    desk.cmd()
        .args(["export", "--format", "vcard", "--out"])
        .arg(&fresh)
        .assert()
        .success();
    assert_eq!(mode(&fresh), 0o600);
    let replaced = desk.dir.path().join("old.json");
    std::fs::write(&replaced, "{}").unwrap();
    std::fs::set_permissions(&replaced, std::fs::Permissions::from_mode(0o644)).unwrap();
    desk.cmd()
        .args(["export", "--format", "json", "--force", "--out"])
        .arg(&replaced)
        .assert()
        .success();
    assert_eq!(mode(&replaced), 0o600);
    let left: Vec<_> = std::fs::read_dir(desk.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn force_without_a_file_is_refused() {
    let desk = desk_with_a_lead();
    let err = desk.refuses(&["export", "--force"], 2);
    assert!(err.contains("--out <FILE>"), "{err}");
}
