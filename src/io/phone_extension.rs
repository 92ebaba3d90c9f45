//! Phones written with an extension, as a file gives them: read without it (see
//! `domain::phone_extension`), kept as written.

use super::{Draft, phone_key};
use crate::domain::phone::Phone;
use crate::domain::phone_extension::split_extension;
use crate::domain::text::clean_line;

impl Draft<'_> {
    /// A phone whose `number` carries an extension in `as_written`: read as `number`,
    /// kept as `as_written`. A number that cannot be read is kept whole as written,
    /// with the warning `add_phone` gives. The same number with another extension is
    /// the same phone, as E.164 says.
    pub(crate) fn add_phone_with_extension(&mut self, number: &str, as_written: &str, line: usize) {
        let read = Phone::parse(number, self.region);
        if read.e164.is_none() {
            self.add_phone(as_written, line);
            return;
        }
        let phone = Phone {
            raw: clean_line(as_written),
            ..read
        };
        if self.seen.phones.insert(phone_key(&phone)) {
            self.contact.phones.push(phone);
        }
    }

    /// A phone as a cell or a card writes it, with or without an extension.
    pub(crate) fn add_phone_as_written(&mut self, text: &str, line: usize) {
        match split_extension(text) {
            Some(extension) => self.add_phone_with_extension(extension.number, text, line),
            None => self.add_phone(text, line),
        }
    }
}
