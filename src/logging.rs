//! The log: `tracing` events, written to a daily file in the state folder and, when
//! asked with `-v` (or `LEADOMETER_LOG` / `RUST_LOG`), to stderr for the command
//! line. The desk never writes to the terminal it draws on: once it opens, stderr
//! is silenced and only the file is written.
//!
//! Logging must never break the program: a folder or file that cannot be written is
//! skipped without a word.

use crate::domain::text::clean_line;
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::writer::OptionalWriter;
use tracing_subscriber::prelude::*;
use tracing_subscriber::{EnvFilter, fmt};

/// The log files' names: `leadometer.log.2026-12-02`, one a day (UTC).
pub const FILE_PREFIX: &str = "leadometer.log";

/// How many daily files are kept: a week, the older ones removed.
pub const FILES_KEPT: usize = 7;

/// What the file records when no variable says otherwise.
const FILE_LEVEL: &str = "info";

/// Set once the desk draws on the terminal: from then on nothing goes to stderr.
static DESK_OPEN: AtomicBool = AtomicBool::new(false);

/// Whether this run writes its log to stderr (`-v`, or a variable asked for it).
static TO_STDERR: AtomicBool = AtomicBool::new(false);

/// Whether the log goes to stderr: a progress bar there would be torn by it.
pub fn writes_to_stderr() -> bool {
    TO_STDERR.load(Ordering::Relaxed)
}

/// The level `-v` asks for: none, then info, debug, trace.
pub fn level_for(verbosity: u8) -> Option<&'static str> {
    match verbosity {
        0 => None,
        1 => Some("info"),
        2 => Some("debug"),
        _ => Some("trace"),
    }
}

/// The filter the environment asks for: `LEADOMETER_LOG`, else `RUST_LOG`.
fn filter_from_env() -> Option<String> {
    ["LEADOMETER_LOG", "RUST_LOG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty())
}

/// Our own events at `level`, nobody else's (the libraries below have their own say).
fn ours_at(level: &str) -> String {
    format!("leadometer={level}")
}

/// The file's filter, and what was wrong with the environment's if it could not be
/// read. A `-v` above the default raises the file too.
fn file_filter(verbosity: u8, env: Option<&str>) -> (EnvFilter, Option<String>) {
    let wanted = match (env, level_for(verbosity)) {
        (Some(env), _) => env.to_string(),
        (None, Some(level)) if verbosity > 1 => ours_at(level),
        (None, _) => ours_at(FILE_LEVEL),
    };
    match EnvFilter::try_new(&wanted) {
        Ok(filter) => (filter, None),
        Err(e) => (
            EnvFilter::new(ours_at(FILE_LEVEL)),
            Some(format!("{wanted}: {e}")),
        ),
    }
}

/// The stderr's filter: `-v`'s level, else the environment's; none when neither
/// asked (a command says nothing more than its output).
fn stderr_filter(verbosity: u8, env: Option<&str>) -> Option<EnvFilter> {
    match (level_for(verbosity), env) {
        (Some(level), _) => Some(EnvFilter::new(ours_at(level))),
        (None, Some(env)) => EnvFilter::try_new(env).ok(),
        (None, None) => None,
    }
}

/// Starts the log for this run. Called once, first thing; a second call changes
/// nothing.
pub fn init(verbosity: u8) {
    let env = filter_from_env();
    let (file_filter, bad_env) = file_filter(verbosity, env.as_deref());
    let file = crate::config::state_dir()
        .and_then(|dir| PrivateDailyFile::open(&dir))
        .map(|file| {
            fmt::layer()
                .with_writer(file)
                .with_ansi(false)
                .fmt_fields(cleaned_fields())
                .with_filter(file_filter)
        });
    let stderr = stderr_filter(verbosity, env.as_deref()).map(|filter| {
        let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        fmt::layer()
            .with_writer(StderrUnlessDesk)
            .with_ansi(colour)
            .without_time()
            .fmt_fields(cleaned_fields())
            .with_filter(filter)
    });
    TO_STDERR.store(stderr.is_some(), Ordering::Relaxed);
    let started = tracing_subscriber::registry()
        .with(file)
        .with(stderr)
        .try_init();
    if let (Ok(()), Some(problem)) = (started, bad_env) {
        tracing::warn!("the log filter was not understood, {FILE_LEVEL} is used: {problem}");
    }
}

/// The desk is about to draw: nothing more goes to stderr, only to the file.
pub fn keep_off_the_terminal() {
    DESK_OPEN.store(true, Ordering::Relaxed);
}

/// Every field of an event, its message included, cleaned of control characters:
/// names, files and errors from outside reach neither the terminal nor the file
/// with escape sequences or line breaks of their own.
fn cleaned_fields() -> impl for<'w> fmt::FormatFields<'w> + 'static {
    use tracing_subscriber::field::MakeExt as _;
    fmt::format::debug_fn(|writer, field, value| {
        let text = clean_line(&format!("{value:?}"));
        match field.name() {
            "message" => write!(writer, "{text}"),
            name => write!(writer, "{name}={text}"),
        }
    })
    .delimited(" ")
}

/// stderr, or nowhere once the desk is open.
struct StderrUnlessDesk;

impl<'a> MakeWriter<'a> for StderrUnlessDesk {
    type Writer = OptionalWriter<std::io::Stderr>;

    fn make_writer(&'a self) -> Self::Writer {
        match DESK_OPEN.load(Ordering::Relaxed) {
            true => OptionalWriter::none(),
            false => OptionalWriter::some(std::io::stderr()),
        }
    }
}

/// tracing-appender's daily file, kept owner-only: the log names contacts and files,
/// as private as the database. The folder is made (or tightened to) 0700, and each
/// day's file is created 0600 before the appender opens it (it would make it
/// readable by all), a file left open by an older version tightened too.
struct PrivateDailyFile {
    dir: PathBuf,
    appender: tracing_appender::rolling::RollingFileAppender,
    /// The day whose file was last made private, as its name's suffix.
    made_private: std::sync::Mutex<String>,
}

impl PrivateDailyFile {
    fn open(dir: &Path) -> Option<PrivateDailyFile> {
        crate::config::create_private_dir(dir, true).ok()?;
        let today = today();
        make_private(&dir.join(file_name(&today))).ok()?;
        let appender = tracing_appender::rolling::RollingFileAppender::builder()
            .rotation(tracing_appender::rolling::Rotation::DAILY)
            .filename_prefix(FILE_PREFIX)
            .max_log_files(FILES_KEPT)
            .build(dir)
            .ok()?;
        Some(PrivateDailyFile {
            dir: dir.to_path_buf(),
            appender,
            made_private: std::sync::Mutex::new(today),
        })
    }
}

impl<'a> MakeWriter<'a> for PrivateDailyFile {
    type Writer = tracing_appender::rolling::RollingWriter<'a>;

    fn make_writer(&'a self) -> Self::Writer {
        // A desk open past midnight: the new day's file is made private before the
        // appender rolls over to it (it rolls when asked for a writer).
        let today = today();
        if let Ok(mut made) = self.made_private.lock()
            && *made != today
        {
            let _ = make_private(&self.dir.join(file_name(&today)));
            *made = today;
        }
        self.appender.make_writer()
    }
}

/// Today's suffix as tracing-appender names a daily file (its days are UTC).
fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

fn file_name(day: &str) -> String {
    format!("{FILE_PREFIX}.{day}")
}

/// Creates `path` empty and owner-only if missing, and tightens it if it is not.
#[cfg(unix)]
fn make_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(path)?;
    if file.metadata()?.permissions().mode() & 0o077 != 0 {
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn make_private(path: &Path) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map(drop)
}

#[cfg(test)]
#[path = "logging_tests.rs"]
mod tests;
