//! The desk's diagnostics log: a file in the data directory, never the screen it
//! draws on.

use std::io::Write;
use std::path::Path;

/// Appends a timestamped line to `leadometer.log` in the data directory. Logging must
/// never break the desk, so a log that cannot be written is skipped.
pub fn write(message: &str) {
    let Some(dir) = crate::config::data_dir() else {
        return;
    };
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let line = format!(
        "{} {}\n",
        chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        crate::domain::text::clean_line(message)
    );
    let _ = append_owner_only(&dir.join("leadometer.log"), &line);
}

/// Appends to `path`, creating it readable by its owner alone: the log names contacts
/// and files, as private as the database. A log left open by an older version is
/// tightened too.
fn append_owner_only(path: &Path, line: &str) -> std::io::Result<()> {
    open_owner_only(path)?.write_all(line.as_bytes())
}

#[cfg(unix)]
fn open_owner_only(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(path)?;
    if file.metadata()?.permissions().mode() & 0o077 != 0 {
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

#[cfg(not(unix))]
fn open_owner_only(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn the_log_is_created_owner_only_and_an_open_one_is_tightened() {
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("new.log");
        append_owner_only(&new, "first\n").unwrap();
        assert_eq!(mode(&new), 0o600);
        let old = dir.path().join("old.log");
        std::fs::write(&old, "before\n").unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
        append_owner_only(&old, "after\n").unwrap();
        assert_eq!(mode(&old), 0o600);
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "before\nafter\n");
    }
}
