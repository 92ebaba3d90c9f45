//! Import and export formats. Parsers turn a file's text into domain values with the
//! line each came from; they never touch the store. `opener` hands a link to the
//! program that opens it.

pub mod csv;
pub mod decode;
pub mod export;
pub mod opener;
mod phone_extension;
pub mod vcard;
pub mod whatsapp;

use crate::domain::Contact;
use crate::domain::contact::{Membership, normalize_email};
use crate::domain::phone::{Phone, Region};
use crate::domain::text::fold;
use chrono::Utc;
use serde::Serialize;
use std::collections::HashSet;

/// The largest field accepted: anything bigger is not a name, a phone or a note.
pub const MAX_FIELD_BYTES: usize = 64 * 1024;

/// How many line breaks `bytes` holds: `\n`, `\r\n` and a lone `\r` (old Mac files,
/// some Excel exports) each count once, so a line number is the same whatever the
/// endings. A `\r` at the very end counts as a break of its own: a caller cuts the
/// text between lines, never inside a `\r\n`.
pub(crate) fn count_line_breaks(bytes: &[u8]) -> usize {
    let lone_cr = |at: usize| bytes[at] == b'\r' && bytes.get(at + 1) != Some(&b'\n');
    (0..bytes.len())
        .filter(|&at| bytes[at] == b'\n' || lone_cr(at))
        .count()
}

/// A contact read from a file, with the line its record starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub line: usize,
    pub contact: Contact,
}

/// A problem with one record: it cannot be imported as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct LineError {
    pub line: usize,
    pub message: String,
}

/// What a parser found: the records it could read, what it changed or doubted on
/// the way (warnings), and the records it could not read (errors).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    pub records: Vec<Incoming>,
    pub warnings: Vec<String>,
    pub errors: Vec<LineError>,
}

/// A contact being read from one record, whatever the format: phones, emails,
/// companies and flags are added the same way, each once.
pub(crate) struct Draft<'a> {
    pub contact: Contact,
    region: Region,
    pub warnings: &'a mut Vec<String>,
    /// What is already in the contact, to tell a repeat in constant time: a row can
    /// have 100,000 phone columns, and a scan of the list for each made it quadratic.
    seen: Seen,
}

/// The keys of the values a draft holds, each as `Draft` compares them.
#[derive(Default)]
struct Seen {
    /// `Phone::same_number`'s key: E.164 when read, the text as written otherwise.
    phones: HashSet<(bool, String)>,
    emails: HashSet<String>,
    /// Folded, as `Contact::belongs_to` compares companies.
    companies: HashSet<String>,
    flags: HashSet<String>,
}

/// Two phones are the same number when this is equal (see `Phone::same_number`):
/// parsing is a function of the text, so the same text never reads two ways.
fn phone_key(phone: &Phone) -> (bool, String) {
    match &phone.e164 {
        Some(e164) => (true, e164.clone()),
        None => (false, phone.raw.clone()),
    }
}

impl<'a> Draft<'a> {
    pub fn new(region: Region, user: &str, warnings: &'a mut Vec<String>) -> Draft<'a> {
        Draft {
            contact: Contact::new_lead(String::new(), String::new(), Utc::now(), user),
            region,
            warnings,
            seen: Seen::default(),
        }
    }

    /// A number that cannot be read is kept as written, and one outside the ranges its
    /// country has allocated is stored in E.164, each with a warning naming `line`.
    pub fn add_phone(&mut self, raw: &str, line: usize) {
        let (phone, unallocated) = Phone::parse_noting_range(raw, self.region);
        if phone.e164.is_none() {
            self.warnings.push(format!(
                "line {line}: the phone \"{}\" cannot be read; kept as written",
                phone.raw
            ));
        } else if let Some(warning) = unallocated {
            self.warnings.push(format!("line {line}: {warning}"));
        }
        if self.seen.phones.insert(phone_key(&phone)) {
            self.contact.phones.push(phone);
        }
    }

    /// False when `raw` is not an email: the format says what becomes of it.
    pub fn add_email(&mut self, raw: &str) -> bool {
        let Some(email) = normalize_email(raw) else {
            return false;
        };
        if self.seen.emails.insert(email.clone()) {
            self.contact.emails.push(email);
        }
        true
    }

    pub fn add_company(&mut self, company: String) {
        if !company.is_empty() && self.seen.companies.insert(fold(&company)) {
            self.contact.accounts.push(Membership {
                account_id: String::new(),
                account: company,
                role: None,
            });
        }
    }

    /// Flags are lower-case.
    pub fn add_flag(&mut self, label: &str) {
        let flag = label.to_lowercase();
        if !flag.is_empty() && self.seen.flags.insert(flag.clone()) {
            self.contact.flags.push(flag);
        }
    }

    /// The contact, named `name` or else by its first email or phone; None when
    /// nothing in the record identifies anyone.
    pub fn finish(mut self, name: Option<String>, notes: Vec<String>) -> Option<Contact> {
        let contact = &mut self.contact;
        contact.notes = (!notes.is_empty()).then(|| notes.join("\n"));
        contact.name = name
            .filter(|n| !n.is_empty())
            .or_else(|| contact.emails.first().cloned())
            .or_else(|| contact.phones.first().map(|p| p.raw.clone()))
            .unwrap_or_default();
        contact.updated_at = contact.created_at;
        (!contact.name.is_empty()).then_some(self.contact)
    }
}
