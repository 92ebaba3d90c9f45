//! Which kind of file an import was given: a chat, a vCard, a sheet, or none of them,
//! and then what it looks like instead, so that a log or a JSON file is refused as
//! what it is rather than with a sheet's complaint about its header row.

use super::{ImportFormat, ImportRequest};
use crate::domain::phone::Region;
use crate::io::csv::Flavor;
use crate::io::decode::decode;

/// What the importer will read the file as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Chat,
    Vcard,
    Sheet(Option<Flavor>),
}

/// The file's text. A vCard that is not UTF-8 as a whole may name each property's
/// CHARSET; bytes that are no text at all are refused as a binary file.
pub(super) fn decode_text(
    name: &str,
    bytes: &[u8],
    request: &ImportRequest,
) -> anyhow::Result<String> {
    let guessing = request.format == ImportFormat::Auto;
    let decoded = match decode(bytes, request.encoding.as_deref()) {
        Err(_) if request.encoding.is_none() && crate::io::vcard::looks_like_vcard_bytes(bytes) => {
            crate::io::vcard::decode_by_charset(bytes)
        }
        decoded => decoded,
    };
    match decoded {
        // Only the start is looked at: no need to copy a whole file that is refused.
        Err(_) if guessing && is_binary(&String::from_utf8_lossy(sniffed(bytes))) => {
            Err(not_known(name, "a binary file"))
        }
        Err(e) => Err(crate::failure::refused(format!("{name}: {e}"))),
        Ok(text) if guessing && is_binary(&text) => Err(not_known(name, "a binary file")),
        Ok(text) => Ok(text),
    }
}

/// The kind `request` says, or else the kind the text shows.
pub(super) fn kind(
    name: &str,
    text: &str,
    request: &ImportRequest,
    region: Region,
    user: &str,
) -> anyhow::Result<Kind> {
    Ok(match request.format {
        ImportFormat::Whatsapp => Kind::Chat,
        ImportFormat::Vcard => Kind::Vcard,
        ImportFormat::Csv => Kind::Sheet(Some(Flavor::Csv)),
        ImportFormat::Hubspot => Kind::Sheet(Some(Flavor::Hubspot)),
        ImportFormat::Google => Kind::Sheet(Some(Flavor::Google)),
        ImportFormat::Auto if crate::io::whatsapp::looks_like_chat(text) => Kind::Chat,
        ImportFormat::Auto if crate::io::vcard::looks_like_vcard(text) => Kind::Vcard,
        ImportFormat::Auto => {
            if let Some(other) = markup_kind(text) {
                return Err(not_known(name, other));
            }
            if !is_sheet(name, text, region, user) {
                return Err(not_known(name, prose_kind(text)));
            }
            Kind::Sheet(None)
        }
    })
}

fn not_known(name: &str, looks_like: &str) -> anyhow::Error {
    crate::failure::refused(format!(
        "{name} does not look like a contacts sheet, a vCard or a WhatsApp chat: it looks \
         like {looks_like} (--format says what it is, if it is one of them)"
    ))
}

/// How much of a file is looked at to tell what it is.
const SNIFFED_CHARS: usize = 4096;

/// The bytes `is_binary` reads of an undecoded file: enough for its characters at
/// four bytes each at most.
fn sniffed(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(SNIFFED_CHARS * 4)]
}

/// Control characters other than tabs, line ends and form feeds (NUL among them): no
/// sheet, card or chat holds many (a stray one is cleaned, a stray NUL refused by its
/// line; one in twenty characters means a binary file). Bytes of a legacy code page
/// (above 0x7F) are no sign: they are text to decode.
fn is_binary(text: &str) -> bool {
    let start: Vec<char> = text.chars().take(SNIFFED_CHARS).collect();
    let controls = start
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}'))
        .count();
    controls * 20 > start.len()
}

/// JSON, HTML or XML, told by how they begin.
fn markup_kind(text: &str) -> Option<&'static str> {
    let start = text
        .trim_start_matches('\u{FEFF}')
        .trim_start()
        .chars()
        .take(256)
        .collect::<String>()
        .to_lowercase();
    if start.starts_with('{')
        || (start.starts_with('[')
            && serde_json::from_str::<serde::de::IgnoredAny>(text.trim_start_matches('\u{FEFF}'))
                .is_ok())
    {
        Some("JSON")
    } else if start.starts_with("<!doctype html") || start.starts_with("<html") {
        Some("an HTML page")
    } else if start.starts_with("<?xml") || start.starts_with('<') && start.contains('>') {
        Some("XML")
    } else {
        None
    }
}

/// A sheet: named so, or a header row that names a contact's column, or rows that
/// are split as the header row is (a sheet whose header names no contact's column,
/// which the sheet reader then refuses by its header).
fn is_sheet(name: &str, text: &str, region: Region, user: &str) -> bool {
    let extension = std::path::Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    if matches!(extension.as_deref(), Some("csv" | "tsv" | "tab")) {
        return true;
    }
    let mut lines = text
        .lines()
        .map(|l| l.trim_start_matches('\u{FEFF}'))
        .filter(|l| !l.trim().is_empty())
        .skip_while(|l| l.to_ascii_lowercase().starts_with("sep="));
    let Some(header) = lines.next() else {
        return false;
    };
    let mut named = true;
    crate::io::csv::parse_each(header, None, region, user, &mut |row| {
        named &= row.is_ok();
        true
    });
    if named {
        return true;
    }
    let row = lines.next().unwrap_or_default();
    [',', ';', '\t'].iter().any(|separator| {
        let columns = header.matches(*separator).count();
        columns > 0 && row.matches(*separator).count() == columns
    })
}

/// Plain text or a log file (whose lines mostly start with a date or a time), or
/// nothing at all.
fn prose_kind(text: &str) -> &'static str {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let stamped = lines
        .iter()
        .filter(|line| {
            let start: String = line
                .trim_start_matches(['[', ' ', '\u{FEFF}'])
                .chars()
                .take(25)
                .collect();
            start.starts_with(|c: char| c.is_ascii_digit()) && start.contains(':')
        })
        .count();
    if lines.is_empty() {
        "an empty file"
    } else if stamped * 2 >= lines.len() {
        "a log file"
    } else {
        "plain text"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(name: &str, text: &str) -> Result<Kind, String> {
        let request = ImportRequest {
            file: name.into(),
            ..ImportRequest::default()
        };
        kind(name, text, &request, Region::IL, "Dana").map_err(|e| e.to_string())
    }

    #[test]
    fn files_that_are_no_sheet_card_or_chat_are_named_by_what_they_look_like() {
        let cases = [
            (
                "notes.txt",
                "Met Dana at the fair.\nShe wants a quote.\n",
                "plain text",
            ),
            (
                "server.txt",
                "2024-03-12 10:15:01 INFO started\n2024-03-12 10:15:02 WARN slow disk\n",
                "a log file",
            ),
            ("export.txt", "{\"contacts\": []}\n", "JSON"),
            ("list.txt", "[1, 2, 3]\n", "JSON"),
            (
                "page.txt",
                "<!DOCTYPE html>\n<html><body>hi</body></html>\n",
                "an HTML page",
            ),
            (
                "prose.txt",
                "Hi Dana, here are the notes.\nWe spoke about the kitchen, the budget, and dates.\n",
                "plain text",
            ),
            ("blank.txt", "\n \n", "an empty file"),
        ];
        for (name, text, looks) in cases {
            let error = kind_of(name, text).unwrap_err();
            assert!(
                error.starts_with(&format!("{name} does not look like a contacts sheet, a vCard or a WhatsApp chat: it looks like {looks}")),
                "{name}: {error}"
            );
        }
    }

    #[test]
    fn sheets_are_still_sheets_whatever_their_name() {
        for (name, text) in [
            ("leads.txt", "Name,Phone\nDana,054-490-0148\n"),
            ("one-column.txt", "Name\nDana\n"),
            ("odd.txt", "Colour;Size\nred;big\n"),
            ("odd.csv", "just some words\n"),
        ] {
            assert_eq!(kind_of(name, text), Ok(Kind::Sheet(None)), "{name}");
        }
    }

    #[test]
    fn binary_bytes_are_a_binary_file() {
        assert!(is_binary("PNG\0\0\u{1}\u{2}\u{3}IHDR"));
        assert!(!is_binary("Name,Phone\r\nDana,054\t\n"));
    }
}
