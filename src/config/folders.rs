//! Where the data lives by default.

use std::path::{Path, PathBuf};

/// Versions before 0.2 kept the data in the roaming folder on Windows. Where that one
/// holds a database and the local one none, it stays in use, so that nobody's leads
/// seem to vanish on an update; the README says how to move it.
pub(super) fn local_unless_roaming_holds_the_data(local: &Path, roaming: &Path) -> PathBuf {
    let database = "leads.db";
    match local != roaming && !local.join(database).exists() && roaming.join(database).exists() {
        true => roaming.to_path_buf(),
        false => local.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_local_folder_unless_only_the_roaming_one_holds_a_database() {
        let root = tempfile::tempdir().unwrap();
        let local = root.path().join("Local/leadometer/data");
        let roaming = root.path().join("Roaming/leadometer/data");
        assert_eq!(local_unless_roaming_holds_the_data(&local, &roaming), local);
        std::fs::create_dir_all(&roaming).unwrap();
        std::fs::write(roaming.join("leads.db"), b"").unwrap();
        assert_eq!(
            local_unless_roaming_holds_the_data(&local, &roaming),
            roaming
        );
        std::fs::create_dir_all(&local).unwrap();
        std::fs::write(local.join("leads.db"), b"").unwrap();
        assert_eq!(local_unless_roaming_holds_the_data(&local, &roaming), local);
        // Where the two are one folder (Linux, macOS), it is that folder.
        assert_eq!(local_unless_roaming_holds_the_data(&local, &local), local);
    }
}
