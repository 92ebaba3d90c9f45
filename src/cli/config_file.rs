//! `config path|show|check|edit`: the config file, found as every command finds it
//! (`--config`, else `LEADOMETER_CONFIG`, else the default), shown, checked, edited.
//!
//! These run before the config is loaded, so that a broken file can still be found,
//! shown as broken, and mended.

use crate::config::{self, Config, ConfigError};
use crate::domain::text::clean_line;
use anyhow::{Context as _, Result};
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the config file is and whether it exists.
    Path,
    /// Print the config in effect (TOML; JSON with --json), defaults filled in.
    Show,
    /// Read the config file and say what is wrong with it: file, line and key.
    Check,
    /// Open the config file in $VISUAL or $EDITOR (created from the example, commented
    /// out, if it is missing), and check it when the editor is closed.
    Edit,
}

/// The example config, the starting point of a new file.
const EXAMPLE: &str = include_str!("../../config.example.toml");

pub fn run(command: &ConfigCommand, explicit: Option<&Path>, json: bool) -> Result<()> {
    let path = config_path(explicit);
    match command {
        ConfigCommand::Path => print_path(path.as_deref(), json),
        ConfigCommand::Show => show(explicit, json),
        ConfigCommand::Check => check(path.as_deref(), json),
        ConfigCommand::Edit => edit(path.as_deref()),
    }
}

/// The file every command reads: `--config` (clap already took
/// `LEADOMETER_CONFIG` into it), else the default one.
fn config_path(explicit: Option<&Path>) -> Option<PathBuf> {
    explicit
        .map(Path::to_path_buf)
        .or_else(config::default_config_path)
}

fn shown(path: &Path) -> String {
    clean_line(&path.display().to_string())
}

fn print_path(path: Option<&Path>, json: bool) -> Result<()> {
    let path = path.with_context(|| crate::t!("cli-config-no-dir"))?;
    let exists = path.is_file();
    if json {
        let value = serde_json::json!({ "path": path, "exists": exists });
        println!("{value}");
        return Ok(());
    }
    let line = match exists {
        true => crate::t!("cli-config-path-exists", file = shown(path)),
        false => crate::t!("cli-config-path-missing", file = shown(path)),
    };
    println!("{line}");
    Ok(())
}

fn show(explicit: Option<&Path>, json: bool) -> Result<()> {
    // A named file that is not there yet is the defaults, as for every command.
    let config = match explicit {
        Some(path) if !path.exists() => Config::default(),
        _ => Config::load(explicit)?,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&config)?);
    } else {
        print!("{}", toml::to_string(&config)?);
    }
    Ok(())
}

/// Loads and validates the file; a problem ends with the file, the line and the key
/// in the message (and a non-zero exit).
fn check(path: Option<&Path>, json: bool) -> Result<()> {
    let path = path.with_context(|| crate::t!("cli-config-no-dir"))?;
    if !path.exists() {
        return Err(crate::failure::not_found(crate::t!(
            "cli-config-path-missing",
            file = shown(path)
        )));
    }
    if let Err(error) = Config::load(Some(path)) {
        let located = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| where_wrong(&text));
        return Err(match located {
            Some((line, field)) => refused_config(error).context(crate::t!(
                "cli-config-problem-at",
                file = shown(path),
                line = line,
                field = clean_line(&field)
            )),
            None => refused_config(error),
        });
    }
    if json {
        println!("{}", serde_json::json!({ "path": path, "problems": [] }));
    } else {
        println!("{}", crate::t!("cli-config-sound", file = shown(path)));
    }
    Ok(())
}

/// The line (from 1) and the key where the TOML reader stopped in `text`: the key
/// of that line (`user` in `user = 5`), or the table it opens.
fn where_wrong(text: &str) -> Option<(usize, String)> {
    let error = toml::from_str::<Config>(text).err()?;
    let at = error.span()?.start.min(text.len());
    let line = text[..at].matches('\n').count() + 1;
    let written = text.lines().nth(line - 1).unwrap_or_default().trim();
    let field = match written.split_once('=') {
        Some((key, _)) => key.trim(),
        None => written.trim_matches(['[', ']']),
    };
    Some((line, field.to_string()))
}

/// An invalid file is a refused value (exit 4); one that cannot be read, a failure.
fn refused_config(error: ConfigError) -> anyhow::Error {
    match error {
        ConfigError::Invalid { .. } => crate::failure::refused(error.to_string()),
        ConfigError::Read { .. } => error.into(),
    }
}

/// Opens the file in the user's editor, made from the example first if it is
/// missing, and checks it once the editor is closed. Nothing is ever removed or
/// replaced: a file left broken stays as the user wrote it, and the problem is said.
fn edit(path: Option<&Path>) -> Result<()> {
    let path = path.with_context(|| crate::t!("cli-config-no-dir"))?;
    if !path.exists() {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .with_context(|| crate::t!("cli-config-cannot-create", file = shown(path)))?;
        }
        std::fs::write(path, commented(EXAMPLE))
            .with_context(|| crate::t!("cli-config-cannot-create", file = shown(path)))?;
        eprintln!("{}", crate::t!("cli-config-created", file = shown(path)));
    }
    let editor = editor();
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or(FALLBACK_EDITOR);
    let status = std::process::Command::new(program)
        .args(words)
        .arg(path)
        .status()
        // Said as a plain failure (exit 1, as an editor that fails): the io error's
        // "not found" would otherwise read as a thing the user named not being there.
        .map_err(|e| {
            let cannot = crate::t!("cli-config-no-editor", editor = clean_line(&editor));
            anyhow::anyhow!("{cannot}: {e}")
        })?;
    if !status.success() {
        return Err(anyhow::anyhow!(crate::t!(
            "cli-config-editor-failed",
            editor = clean_line(&editor)
        )));
    }
    match Config::load(Some(path)) {
        Ok(_) => {
            println!("{}", crate::t!("cli-config-sound", file = shown(path)));
            Ok(())
        }
        Err(error) => Err(refused_config(error))
            .context(crate::t!("cli-config-still-wrong", file = shown(path))),
    }
}

/// `example` with each setting commented out: a new file changes nothing until the
/// user chooses, and keeps the example's explanations beside each key.
fn commented(example: &str) -> String {
    example
        .lines()
        .map(|line| match line.is_empty() || line.starts_with('#') {
            true => format!("{line}\n"),
            false => format!("# {line}\n"),
        })
        .collect()
}

#[cfg(windows)]
const FALLBACK_EDITOR: &str = "notepad";
#[cfg(not(windows))]
const FALLBACK_EDITOR: &str = "vi";

/// `$VISUAL`, else `$EDITOR`, else vi (notepad on Windows), as other tools choose.
fn editor() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(std::env::var_os)
        .map(|value| value.to_string_lossy().trim().to_string())
        .find(|value| !value.is_empty())
        .unwrap_or_else(|| FALLBACK_EDITOR.to_string())
}
