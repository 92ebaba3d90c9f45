//! What a sync finds beside the shared file: the conflicted copies sync clients
//! leave, the files it must never take for one (the live file, a file in use, our
//! own half-written publishes), and the archive merged copies go to.

use super::{ARCHIVE, Result, folder_of, io};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How old another device's half-written publish must be before a sync removes it:
/// younger, that device may be writing it right now (a large file takes a while).
const STALE_PARTIAL_AFTER: Duration = Duration::from_secs(10 * 60);

/// The copies sync clients leave beside `shared` when two machines wrote it at once:
/// Dropbox's "leads (Dana's conflicted copy 2026-11-22).db", Syncthing's
/// "leads.sync-conflict-20261122-101010-ABCDEFG.db", OneDrive's "leads-DANA-PC.db"
/// and Google Drive's "leads (1).db". Whether one is really ours is checked later,
/// by its content.
///
/// Never among them: `live`, the file this sync runs on (OneDrive's rule matches a
/// "leads-laptop.db" kept beside the shared file), nor a file with a -wal or
/// -journal beside it, which a desk somewhere has open: moving either away would
/// leave its journal behind and the next start would find an empty file.
pub fn conflicted_copies(shared: &Path, live: &Path) -> Vec<PathBuf> {
    let folder = folder_of(shared);
    let (Some(stem), extension) = (
        shared.file_stem().map(|s| s.to_string_lossy().to_string()),
        shared
            .extension()
            .map(|e| e.to_string_lossy().to_string())
            .unwrap_or_default(),
    ) else {
        return Vec::new();
    };
    let live = SameFile::new(live);
    let mut copies: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.as_path() != shared)
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            is_conflicted_copy(&stem, &extension, &name)
        })
        .filter(|path| !live.is(path) && !in_use(path))
        .collect();
    copies.sort();
    copies
}

pub(super) fn is_conflicted_copy(stem: &str, extension: &str, name: &str) -> bool {
    if is_partial_name(name) {
        return false;
    }
    let Some(base) = name
        .strip_suffix(extension)
        .and_then(|n| n.strip_suffix('.'))
        .filter(|_| !extension.is_empty())
        .or_else(|| extension.is_empty().then_some(name))
    else {
        return false;
    };
    let Some(rest) = base.strip_prefix(stem) else {
        return false;
    };
    let bracketed = rest.strip_prefix(" (").and_then(|r| r.strip_suffix(')'));
    let dropbox = bracketed.is_some_and(|inside| inside.contains("conflicted copy"));
    let google = bracketed.is_some_and(|inside| inside.chars().all(|c| c.is_ascii_digit()));
    let syncthing = rest.starts_with(".sync-conflict-");
    let onedrive = rest.strip_prefix('-').is_some_and(|machine| {
        !machine.is_empty()
            && machine
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    });
    dropbox || google || syncthing || onedrive
}

/// Whether SQLite has `path` open somewhere: its write-ahead log or rollback
/// journal lies beside it.
fn in_use(path: &Path) -> bool {
    ["-wal", "-journal"].iter().any(|suffix| {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        Path::new(&side).exists()
    })
}

/// One file, recognised under any name: by device and inode where there are such,
/// and by its canonical path.
struct SameFile {
    canonical: Option<PathBuf>,
    #[cfg(unix)]
    inode: Option<(u64, u64)>,
}

impl SameFile {
    fn new(path: &Path) -> SameFile {
        SameFile {
            canonical: path.canonicalize().ok(),
            #[cfg(unix)]
            inode: inode_of(path),
        }
    }

    fn is(&self, other: &Path) -> bool {
        #[cfg(unix)]
        if self.inode.is_some() && self.inode == inode_of(other) {
            return true;
        }
        self.canonical.is_some() && self.canonical == other.canonicalize().ok()
    }
}

#[cfg(unix)]
fn inode_of(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.dev(), meta.ino()))
}

/// Where this device writes the file it is about to publish: beside the shared
/// file, so the rename over it is one step on one disk, under a hidden name of
/// ours that no sync client's conflicted-copy rule matches.
pub(super) fn partial_path(shared: &Path, device: &str) -> PathBuf {
    folder_of(shared).join(format!(
        ".{}.{device}{PARTIAL}",
        shared.file_name().unwrap_or_default().to_string_lossy()
    ))
}

const PARTIAL: &str = ".partial";
/// What the backup writing a partial calls it until it is whole (`Store::backup_to`).
const PARTIAL_HALFWAY: &str = ".db-partial";

fn is_partial_name(name: &str) -> bool {
    name.ends_with(PARTIAL) || name.ends_with(PARTIAL_HALFWAY)
}

/// Removes what killed publishes left in the shared folder: this device's partial
/// files (no publish of this file runs while this one does), and other devices'
/// once they are old enough that no publish can still be writing them. Only names
/// a publish makes are touched; a file that cannot be removed is left for later.
pub(super) fn sweep_partials(shared: &Path, device: &str) {
    let prefix = format!(
        ".{}.",
        shared.file_name().unwrap_or_default().to_string_lossy()
    );
    // A publish writes its snapshot through the backup's own partial file first:
    // killed then, it leaves one of those (swept once no process can be writing it).
    crate::store::backups::sweep_partials(folder_of(shared));
    let entries = std::fs::read_dir(folder_of(shared)).into_iter().flatten();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let Some(rest) = name.strip_prefix(&prefix) else {
            continue;
        };
        let Some(owner) = rest
            .strip_suffix(PARTIAL_HALFWAY)
            .or_else(|| rest.strip_suffix(PARTIAL))
        else {
            continue;
        };
        if owner.is_empty() || owner.contains(['/', '\\']) {
            continue;
        }
        let path = entry.path();
        let mine = owner == device;
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|at| SystemTime::now().duration_since(at).ok())
            .is_some_and(|age| age >= STALE_PARTIAL_AFTER);
        if (mine || stale) && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Moves `file` into the archive folder beside `shared`, under a name not yet taken.
/// Two machines archiving copies of the same name at once must not put one over
/// the other: the name is claimed with a hard link, which never replaces a file.
pub(super) fn archive(shared: &Path, file: &Path) -> Result<PathBuf> {
    let folder = folder_of(shared).join(ARCHIVE);
    // What it keeps is the office's leads: for its owner's eyes only.
    crate::config::create_private_dir(&folder, false).map_err(|e| io(&folder, e))?;
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    for n in 1.. {
        let dest = match n {
            1 => folder.join(&*name),
            n => folder.join(format!("{n} {name}")),
        };
        if dest.exists() {
            continue;
        }
        match std::fs::hard_link(file, &dest) {
            Ok(()) => {
                std::fs::remove_file(file).map_err(|e| io(file, e))?;
                return Ok(dest);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            // A folder without hard links (some shares): a rename, as before.
            Err(_) if file.exists() => {
                std::fs::rename(file, &dest).map_err(|e| io(file, e))?;
                return Ok(dest);
            }
            Err(e) => return Err(io(file, e)),
        }
    }
    unreachable!("an unbounded search for a free name ends")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflicted_copies_are_known_by_the_names_sync_clients_give_them() {
        for name in [
            "leads (Dana's conflicted copy 2026-11-22).db",
            "leads (Avi Cohen's conflicted copy 2026-11-22 (1)).db",
            "leads.sync-conflict-20261122-101010-ABCDEFG.db",
            "leads-DANA-PC.db",
            "leads (1).db",
        ] {
            assert!(is_conflicted_copy("leads", "db", name), "{name}");
        }
        for name in [
            "leads.db",
            "leads.db-journal",
            "leads.db-wal",
            "other.db",
            "leads (notes).db",
            "leads-copy.csv",
            ".leads.db.abc.partial",
            ".leads.db.abc.db-partial",
        ] {
            assert!(!is_conflicted_copy("leads", "db", name), "{name}");
        }
        // A shared file without an extension: our partial names still are not copies.
        assert!(!is_conflicted_copy("leads", "", "leads-abc.partial"));
    }

    #[test]
    fn the_live_file_is_known_under_another_name() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("leads-laptop.db");
        std::fs::write(&live, b"x").unwrap();
        let same = SameFile::new(&live);
        assert!(same.is(&dir.path().join(".").join("leads-laptop.db")));
        #[cfg(unix)]
        {
            let linked = dir.path().join("leads-LINK.db");
            std::fs::hard_link(&live, &linked).unwrap();
            assert!(same.is(&linked), "same inode");
        }
        std::fs::write(dir.path().join("leads-OTHER.db"), b"x").unwrap();
        assert!(!same.is(&dir.path().join("leads-OTHER.db")));
    }
}
