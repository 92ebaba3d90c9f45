//! What must be known before the command line is read: the language its help and
//! its refusals are in, and whether they are laid out for a terminal.
//!
//! The config is read a first time here, quietly and only for `language` and
//! `[display] bidi`: a config that cannot be read or parsed leaves the locale to
//! decide, and `run` reports what is wrong with it once the command line is read.

use crate::config::{self, Bidi};
use crate::i18n::Lang;
use std::ffi::OsString;
use std::path::PathBuf;

/// Speaks the config's language (else the locale's) and lays clap's messages out as
/// the config says, for the command line `args` (the program's name first).
pub fn speak_for(args: &[OsString]) {
    let table = config_path(args)
        .and_then(|path| read_if_plain_file(&path))
        .and_then(|text| text.parse::<toml::Table>().ok())
        .unwrap_or_default();
    let language = table
        .get("language")
        .and_then(toml::Value::as_str)
        .and_then(Lang::from_code);
    crate::i18n::set(language.unwrap_or_else(Lang::from_env));
    let bidi = table
        .get("display")
        .and_then(|display| display.get("bidi"))
        .and_then(|bidi| bidi.clone().try_into::<Bidi>().ok())
        .unwrap_or_default();
    let json = super::exit::json_asked(args);
    super::output::lay_out_for(bidi, json);
}

/// The largest config read before parsing; a larger one is left to `run`.
const AT_MOST: u64 = 1 << 20;

/// The text of `path` if it is a plain file of reasonable size: a pipe
/// (`--config <(…)`) read here would be empty when `run` reads it, and a device
/// could block.
fn read_if_plain_file(path: &std::path::Path) -> Option<String> {
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_file() || metadata.len() > AT_MOST {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

/// The config file `run` will read: `--config`, else `LEADOMETER_CONFIG`, else the
/// default one.
fn config_path(args: &[OsString]) -> Option<PathBuf> {
    let mut options = options_of(args);
    while let Some(arg) = options.next() {
        if arg == "--config" {
            return options.next().map(PathBuf::from);
        }
        if let Some(path) = arg.to_str().and_then(|a| a.strip_prefix("--config=")) {
            return Some(PathBuf::from(path));
        }
    }
    match std::env::var_os("LEADOMETER_CONFIG") {
        Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => config::default_config_path(),
    }
}

/// The arguments after the program's name, up to a `--` (after which nothing is an
/// option).
pub(super) fn options_of(args: &[OsString]) -> impl Iterator<Item = &OsString> {
    args.iter().skip(1).take_while(|arg| *arg != "--")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_config_option_is_found_in_either_spelling() {
        let found = |list: &[&str]| config_path(&args(list));
        assert_eq!(
            found(&["leadometer", "--config", "a.toml", "inbox"]),
            Some(PathBuf::from("a.toml"))
        );
        assert_eq!(
            found(&["leadometer", "inbox", "--config=b.toml"]),
            Some(PathBuf::from("b.toml"))
        );
        assert_eq!(
            found(&["leadometer", "search", "--", "--config", "c.toml"]),
            found(&["leadometer"])
        );
    }

    #[test]
    fn only_a_plain_file_is_read_before_parsing() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_if_plain_file(dir.path()), None);
        assert_eq!(read_if_plain_file(&dir.path().join("none.toml")), None);
        let file = dir.path().join("config.toml");
        std::fs::write(&file, "language = \"hu\"\n").unwrap();
        assert_eq!(
            read_if_plain_file(&file).as_deref(),
            Some("language = \"hu\"\n")
        );
    }
}
