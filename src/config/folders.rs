//! Where the config, the data and the log live by default.

use std::path::{Path, PathBuf};

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "leadometer")
}

pub fn default_config_path() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.config_dir().join("config.toml"))
}

/// The folder of the database, its backups and the log: the machine's local
/// application data, never the roaming one. On Windows a roaming profile is copied
/// between machines at sign-in and sign-out, and a database copied while open is a
/// damaged database; elsewhere the two are the same folder.
pub fn data_dir() -> Option<PathBuf> {
    project_dirs()
        .map(|dirs| local_unless_roaming_holds_the_data(dirs.data_local_dir(), dirs.data_dir()))
}

/// Where the log is kept: the state folder on Linux (`~/.local/state/leadometer`),
/// which is what it is for; macOS and Windows have none, and there it is the local
/// data folder (never a roaming one: a log is this machine's).
pub fn state_dir() -> Option<PathBuf> {
    project_dirs().map(|dirs| match dirs.state_dir() {
        Some(state) => state.to_path_buf(),
        None => dirs.data_local_dir().to_path_buf(),
    })
}

/// `~/x` as a shell would read it: a dialog or a config value is not a shell, but
/// people write it.
pub fn expand_home(path: &Path) -> PathBuf {
    match (path.strip_prefix("~"), directories::BaseDirs::new()) {
        (Ok(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => path.to_path_buf(),
    }
}

pub fn default_db_path() -> Option<PathBuf> {
    data_dir().map(|dir| dir.join("leads.db"))
}

/// Versions before 0.2 kept the data in the roaming folder on Windows. Where that one
/// holds a database and the local one none, it stays in use, so that nobody's leads
/// seem to vanish on an update; the README says how to move it.
fn local_unless_roaming_holds_the_data(local: &Path, roaming: &Path) -> PathBuf {
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
