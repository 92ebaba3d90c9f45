//! Contacts out: a CSV that Excel opens and that `import` reads back, and vCard 4.0
//! or 3.0 for address books.

use super::csv::CUSTOM_COLUMN_PREFIX;
use super::vcard::CUSTOM_PROPERTY;
use crate::domain::phone::Phone;
use crate::domain::phone_extension::split_extension;
use crate::domain::template::family_name_first;
use crate::domain::text::{clean_field, clean_line};
use crate::domain::{Contact, ContactKind};
use crate::progress::{Progress, Unseen, all_done, now_and_then};
use std::collections::BTreeSet;

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

/// The custom field the `Job Title` column holds.
const JOB_TITLE_KEY: &str = "job title";

/// One row per contact, UTF-8 with a byte order mark so that Excel does not show
/// mojibake; several phones or emails share a cell, separated by ` ::: `. After the
/// standard columns comes one column per custom field any contact has, in key order.
/// Every cell is cleaned of escapes, C1 controls and bidi overrides (values merged from
/// a colleague's file may hold them, and an export is often printed or opened in a
/// terminal); line breaks stay, quoted by the writer, as notes need them.
pub fn to_csv(contacts: &[Contact]) -> Result<Vec<u8>, String> {
    to_csv_with(contacts, &mut Unseen)
}

/// `to_csv`, telling `progress` how many contacts are written.
pub fn to_csv_with(contacts: &[Contact], progress: &mut dyn Progress) -> Result<Vec<u8>, String> {
    let mut writer = ::csv::Writer::from_writer(vec![0xEF, 0xBB, 0xBF]);
    let custom_keys = custom_keys(contacts);
    let header = HEADER
        .iter()
        .map(|name| name.to_string())
        .chain(custom_headers(&custom_keys));
    writer.write_record(header).map_err(|e| e.to_string())?;
    for (index, c) in contacts.iter().enumerate() {
        now_and_then(progress, index, contacts.len());
        let phones: Vec<String> = c.phones.iter().map(phone_cell).collect();
        let cells = [
            c.name.as_str(),
            &c.aliases.join(" ::: "),
            &phones.join(" ::: "),
            &c.emails.join(" ::: "),
            &companies(c),
            c.custom.get(JOB_TITLE_KEY).map_or("", String::as_str),
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
        let custom = custom_keys
            .iter()
            .map(|key| c.custom.get(*key).map_or("", String::as_str));
        writer
            .write_record(cells.into_iter().chain(custom).map(clean_field))
            .map_err(|e| e.to_string())?;
    }
    all_done(progress, contacts.len());
    writer.into_inner().map_err(|e| e.to_string())
}

/// Every organisation the contact belongs to, first the main one.
fn companies(contact: &Contact) -> String {
    let names: Vec<&str> = contact
        .accounts
        .iter()
        .map(|m| m.account.as_str())
        .collect();
    names.join(" ::: ")
}

/// Every custom field's key that some contact uses, sorted; the job title has a
/// column of its own.
fn custom_keys(contacts: &[Contact]) -> Vec<&str> {
    let keys: BTreeSet<&str> = contacts
        .iter()
        .flat_map(|c| c.custom.keys())
        .map(String::as_str)
        .filter(|key| *key != JOB_TITLE_KEY)
        .collect();
    keys.into_iter().collect()
}

/// The header of each custom field's column: prefixed, so that a custom field named
/// like a standard column (someone's own "Email") is read back as the custom field.
/// A key is text from outside: cleaned to one line, as `import` keeps keys.
fn custom_headers<'a>(keys: &'a [&str]) -> impl Iterator<Item = String> + 'a {
    keys.iter()
        .map(|key| format!("{CUSTOM_COLUMN_PREFIX}{}", clean_line(key)))
}

/// A phone in a CSV cell: its E.164 with the extension as it was written, or, when
/// it could not be read, the text as typed. E.164 rather than the text as typed, so
/// that the file means the same numbers wherever it is imported.
fn phone_cell(phone: &Phone) -> String {
    match (&phone.e164, split_extension(&phone.raw)) {
        (Some(e164), Some(extension)) => format!("{e164}{}", extension.suffix),
        _ => phone.display().to_string(),
    }
}

/// The vCard versions `export` writes: 4.0 (RFC 6350) by default; 3.0 (RFC 2426) for
/// address books that read no other, among them older Apple Contacts and Outlook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VcardVersion {
    V3,
    #[default]
    V4,
}

/// Who wrote the cards, as every card says in its PRODID.
fn product_id() -> String {
    format!(
        "PRODID:-//Leadometer//Leadometer {}//EN",
        env!("CARGO_PKG_VERSION")
    )
}

/// One card per contact, lines folded at 75 octets. Each card has what address books
/// need to read it back and to know it again on the next import: `UID` (the
/// contact's id), `N` (the name split into family and given names) beside `FN`, and
/// `PRODID`. Numbers are `tel:` URIs in 4.0 and plain numbers in 3.0.
pub fn to_vcard(contacts: &[Contact], version: VcardVersion) -> String {
    to_vcard_with(contacts, version, &mut Unseen)
}

/// `to_vcard`, telling `progress` how many contacts are written.
pub fn to_vcard_with(
    contacts: &[Contact],
    version: VcardVersion,
    progress: &mut dyn Progress,
) -> String {
    let mut out = String::new();
    for (index, c) in contacts.iter().enumerate() {
        now_and_then(progress, index, contacts.len());
        let mut lines = vec![
            "BEGIN:VCARD".to_string(),
            match version {
                VcardVersion::V3 => "VERSION:3.0".to_string(),
                VcardVersion::V4 => "VERSION:4.0".to_string(),
            },
            product_id(),
            uid(c, version),
            format!("FN:{}", escape(&c.name)),
            format!("N:{}", structured_name(c)),
        ];
        if version == VcardVersion::V4 && c.kind == ContactKind::Business {
            lines.push("KIND:org".to_string());
        }
        lines.extend(c.phones.iter().map(|phone| tel(phone, version)));
        if !c.aliases.is_empty() {
            let aliases: Vec<String> = c.aliases.iter().map(|a| escape(a)).collect();
            lines.push(format!("NICKNAME:{}", aliases.join(",")));
        }
        let email = match version {
            VcardVersion::V3 => "EMAIL;TYPE=INTERNET",
            VcardVersion::V4 => "EMAIL",
        };
        lines.extend(c.emails.iter().map(|e| format!("{email}:{}", escape(e))));
        lines.extend(
            c.accounts
                .iter()
                .map(|m| format!("ORG:{}", escape(&m.account))),
        );
        if let Some(title) = c.custom.get(JOB_TITLE_KEY) {
            lines.push(format!("TITLE:{}", escape(title)));
        }
        if let Some(notes) = c.notes.as_deref().filter(|n| !n.is_empty()) {
            lines.push(format!("NOTE:{}", escape(notes)));
        }
        lines.extend(custom_properties(c));
        if !c.flags.is_empty() {
            let flags: Vec<String> = c.flags.iter().map(|f| escape(f)).collect();
            lines.push(format!("CATEGORIES:{}", flags.join(",")));
        }
        lines.push("END:VCARD".to_string());
        for line in lines {
            fold_into(&mut out, &line);
        }
    }
    all_done(progress, contacts.len());
    out
}

/// The contact's id, as a URN where it is a UUID (RFC 6350 asks for a URI in 4.0);
/// 3.0 takes any text. An id merged from someone else's file is cleaned like any text.
fn uid(contact: &Contact, version: VcardVersion) -> String {
    let id = escape(&contact.id);
    match (version, uuid::Uuid::try_parse(&contact.id)) {
        (VcardVersion::V4, Ok(uuid)) => format!("UID:urn:uuid:{uuid}"),
        _ => format!("UID:{id}"),
    }
}

/// `N`'s five parts (family; given; additional; prefixes; suffixes) from the one name
/// Leadometer keeps: the last word is the family name, or the first where the name is
/// written family name first ("Kovács Eszter"). A business has no person's name.
fn structured_name(contact: &Contact) -> String {
    if contact.kind == ContactKind::Business {
        return ";;;;".to_string();
    }
    let words: Vec<&str> = contact.name.split_whitespace().collect();
    let (family, given) = match words.as_slice() {
        [] => (String::new(), String::new()),
        [only] => (String::new(), (*only).to_string()),
        [first, rest @ ..] if family_name_first(contact, "en") => {
            ((*first).to_string(), rest.join(" "))
        }
        [given @ .., last] => ((*last).to_string(), given.join(" ")),
    };
    format!("{};{};;;", escape(&family), escape(&given))
}

/// A phone: in 4.0 a `tel:` URI with its extension as a parameter; in 3.0 the number
/// as the CSV writes it (E.164 and the extension as it was written, which `import`
/// reads back), or the text as typed when it could not be read.
fn tel(phone: &Phone, version: VcardVersion) -> String {
    if version == VcardVersion::V3 {
        return format!("TEL;TYPE=VOICE:{}", escape(&phone_cell(phone)));
    }
    let extension = split_extension(&phone.raw)
        .map(|e| format!(";ext={}", e.digits))
        .filter(|_| phone.e164.is_some())
        .unwrap_or_default();
    match &phone.e164 {
        Some(e164) => format!("TEL;VALUE=uri:tel:{}{extension}", clean_line(e164)),
        None => format!("TEL;VALUE=text:{}", escape(&phone.raw)),
    }
}

/// Each custom field but the job title (written as TITLE) as the extension property
/// `X-LEADOMETER-CUSTOM:key;value`, which the importer reads back; other programs
/// ignore it, as RFC 6350 says they must.
fn custom_properties(contact: &Contact) -> impl Iterator<Item = String> + '_ {
    contact
        .custom
        .iter()
        .filter(|(key, _)| *key != JOB_TITLE_KEY)
        .map(|(key, value)| format!("{CUSTOM_PROPERTY}:{};{}", escape(key), escape(value)))
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
#[path = "export_tests.rs"]
mod tests;
