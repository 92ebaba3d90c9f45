//! `export`: every contact out, for Excel, for scripts, or for an address book.

use super::Context;
use super::output::print_json;
use anyhow::{Context as _, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One row per contact; Excel opens it, `import` reads it back.
    Csv,
    /// Everything: each contact with its accounts, deals, tasks and whole timeline.
    Json,
    /// vCard 4.0, for a phone's or a mail program's address book.
    Vcard,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Write here instead of to standard output (replaced whole, never half-written).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn export(ctx: &Context, args: ExportArgs) -> Result<()> {
    let contacts = ctx.store.all_contacts()?;
    let bytes = match args.format {
        ExportFormat::Csv => crate::io::export::to_csv(&contacts).map_err(anyhow::Error::msg)?,
        ExportFormat::Vcard => crate::io::export::to_vcard(&contacts).into_bytes(),
        ExportFormat::Json => {
            let whole = contacts
                .iter()
                .map(|c| super::search::whole_contact(ctx, c))
                .collect::<Result<Vec<_>>>()?;
            let mut text = serde_json::to_string_pretty(&serde_json::json!({ "contacts": whole }))?;
            text.push('\n');
            text.into_bytes()
        }
    };
    let Some(out) = &args.out else {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(&bytes)
            .context("cannot write the export")?;
        return Ok(stdout.flush()?);
    };
    write_whole(out, &bytes)?;
    if ctx.json {
        print_json(&serde_json::json!({"path": out, "contacts": contacts.len()}));
    } else {
        println!("Exported {} contacts to {}.", contacts.len(), out.display());
    }
    Ok(())
}

/// Writes a temporary file beside `path`, flushes it to disk, then renames it over
/// `path`: a full disk or a killed process leaves the old file, never half a new one.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().to_string());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(e).with_context(|| format!("cannot write {}", path.display()));
    }
    Ok(())
}
