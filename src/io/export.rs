//! Contacts out: a CSV that Excel opens and that `import` reads back, and vCard 4.0.

use crate::domain::Contact;
use crate::domain::text::{clean_field, clean_line};

/// The CSV's columns; each is one `import` maps back to the same field.
const HEADER: [&str; 15] = [
    "Name",
    "Aliases",
    "Phones",
    "Emails",
    "Company",
    "Job Title",
    "Owner",
    "Lifecycle Stage",
    "Lead Status",
    "Disqualified Reason",
    "Source",
    "Campaign",
    "Created",
    "Notes",
    "Labels",
];

/// One row per contact, UTF-8 with a byte order mark so that Excel does not show
/// mojibake; several phones or emails share a cell, separated by ` ::: `.
/// Every cell is cleaned of escapes, C1 controls and bidi overrides (values merged from
/// a colleague's file may hold them, and an export is often printed or opened in a
/// terminal); line breaks stay, quoted by the writer, as notes need them.
pub fn to_csv(contacts: &[Contact]) -> Result<Vec<u8>, String> {
    let mut writer = ::csv::Writer::from_writer(vec![0xEF, 0xBB, 0xBF]);
    writer.write_record(HEADER).map_err(|e| e.to_string())?;
    for c in contacts {
        let phones: Vec<&str> = c.phones.iter().map(|p| p.display()).collect();
        let cells = [
            c.name.as_str(),
            &c.aliases.join(" ::: "),
            &phones.join(" ::: "),
            &c.emails.join(" ::: "),
            c.company().unwrap_or_default(),
            c.custom.get("job title").map_or("", String::as_str),
            c.owner.as_deref().unwrap_or_default(),
            c.lifecycle.as_str(),
            c.status.as_str(),
            c.disqualified_reason.as_deref().unwrap_or_default(),
            c.source.as_deref().unwrap_or_default(),
            c.campaign.as_deref().unwrap_or_default(),
            &c.created_at.to_rfc3339(),
            c.notes.as_deref().unwrap_or_default(),
            &c.flags.join(" ::: "),
        ];
        writer
            .write_record(cells.iter().map(|cell| clean_field(cell)))
            .map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// vCard 4.0 (RFC 6350): numbers as `tel:` URIs, lines folded at 75 octets.
pub fn to_vcard(contacts: &[Contact]) -> String {
    let mut out = String::new();
    for c in contacts {
        let mut lines = vec![
            "BEGIN:VCARD".to_string(),
            "VERSION:4.0".to_string(),
            format!("FN:{}", escape(&c.name)),
        ];
        for phone in &c.phones {
            lines.push(match &phone.e164 {
                Some(e164) => format!("TEL;VALUE=uri:tel:{}", clean_line(e164)),
                None => format!("TEL;VALUE=text:{}", escape(&phone.raw)),
            });
        }
        lines.extend(c.emails.iter().map(|e| format!("EMAIL:{}", escape(e))));
        lines.extend(
            c.accounts
                .iter()
                .map(|m| format!("ORG:{}", escape(&m.account))),
        );
        if let Some(title) = c.custom.get("job title") {
            lines.push(format!("TITLE:{}", escape(title)));
        }
        if let Some(notes) = c.notes.as_deref().filter(|n| !n.is_empty()) {
            lines.push(format!("NOTE:{}", escape(notes)));
        }
        if !c.flags.is_empty() {
            let flags: Vec<String> = c.flags.iter().map(|f| escape(f)).collect();
            lines.push(format!("CATEGORIES:{}", flags.join(",")));
        }
        lines.push("END:VCARD".to_string());
        for line in lines {
            fold_into(&mut out, &line);
        }
    }
    out
}

/// A vCard text value: cleaned of escapes and controls first, then RFC 6350's escapes.
fn escape(text: &str) -> String {
    clean_field(text)
        .replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
}

/// Appends `line` with CRLF, folded so no physical line passes 75 octets and no
/// character is split.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters() {
        let mut out = String::new();
        let note = format!("NOTE:{}", "שלום ".repeat(30));
        fold_into(&mut out, &note);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.strip_suffix("\r\n"), Some(note.as_str()));
    }
}
