//! Import and export formats. Parsers turn a file's text into domain values with the
//! line each came from; they never touch the store.

pub mod csv;
pub mod decode;
pub mod export;
pub mod vcard;
pub mod whatsapp;

use crate::domain::Contact;
use serde::Serialize;

/// The largest field accepted: anything bigger is not a name, a phone or a note.
pub const MAX_FIELD_BYTES: usize = 64 * 1024;

/// A contact read from a file, with the line its record starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub line: usize,
    pub contact: Contact,
}

/// A problem with one record: it cannot be imported as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
