//! The desk's log: a file in the data directory, never the screen it draws on.

use std::io::Write;

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
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("leadometer.log"))
    {
        let _ = file.write_all(line.as_bytes());
    }
}
