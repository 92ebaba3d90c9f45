//! Message templates: a body (and, for email, a subject) with fields in braces,
//! `{first_name}`, filled from a contact before anything is sent.
//!
//! A field with no value is never sent as a gap: filling names every such field, so
//! the desk and the command line can say so before a message leaves. A brace that
//! does not hold a field's name (`{`, `{ }`, `{not a field}`) is text, sent as it is:
//! a message may well hold braces of its own.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The fields every template may use; custom fields of a contact come beside them.
pub const FIELDS: &[&str] = &[
    "first_name",
    "name",
    "company",
    "owner",
    "my_name",
    "deal",
    "amount",
    "due",
];

/// What a template's fields are filled with: a field known but empty is absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values {
    values: BTreeMap<String, String>,
}

impl Values {
    /// Sets `field` to `value`, unless the value is blank.
    pub fn set(&mut self, field: &str, value: impl Into<String>) {
        let value = value.into();
        if !value.trim().is_empty() {
            self.values.insert(field.to_ascii_lowercase(), value);
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.values.get(field).map(String::as_str)
    }
}

/// A text filled in, and the fields it uses that had no value (each once, in the
/// order they first appear). Those are left in the text as written, `{due}`, so the
/// gap shows where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filled {
    pub text: String,
    pub missing: Vec<String>,
}

/// Fills `text`'s fields from `values`.
pub fn fill(text: &str, values: &Values) -> Filled {
    let mut out = String::with_capacity(text.len());
    let mut missing: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if is_field_name(name) => {
                let field = name.to_ascii_lowercase();
                match values.get(&field) {
                    Some(value) => out.push_str(value),
                    None => {
                        out.push_str(&rest[open..open + close + 2]);
                        if !missing.contains(&field) {
                            missing.push(field);
                        }
                    }
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Filled { text: out, missing }
}

/// The fields `text` uses, each once, in order.
pub fn fields_used(text: &str) -> Vec<String> {
    fill(text, &Values::default()).missing
}

/// A field's name: a letter, then letters, digits or `_` (a custom field's key as
/// the config writes it).
fn is_field_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The ways a template's message can be sent.
pub const CHANNELS: &[&str] = &["whatsapp", "sms", "email"];

/// The languages a template can be written in.
pub const LANGUAGES: &[&str] = &["en", "he", "hu"];

/// A message template: its name, how it may be sent, its language, whether it is
/// written to one person or may go to a whole campaign, and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub name: String,
    pub language: String,
    pub channels: Vec<String>,
    #[serde(default)]
    pub personal: bool,
    /// For email.
    pub subject: Option<String>,
    pub body: String,
}

impl Template {
    /// The fields the subject and the body use, each once, the subject's first.
    pub fn fields(&self) -> Vec<String> {
        let mut all = fields_used(self.subject.as_deref().unwrap_or_default());
        for field in fields_used(&self.body) {
            if !all.contains(&field) {
                all.push(field);
            }
        }
        all
    }

    /// What is wrong with the template, if anything: an empty name or body, a channel
    /// or a language Leadometer does not send in.
    pub fn problem(&self) -> Option<String> {
        if self.name.trim().is_empty() {
            return Some("a template needs a name".into());
        }
        if self.body.trim().is_empty() {
            return Some(format!("template \"{}\": its body is empty", self.name));
        }
        if !LANGUAGES.contains(&self.language.as_str()) {
            return Some(format!(
                "template \"{}\": language \"{}\" is not one of {}",
                self.name,
                self.language,
                LANGUAGES.join(", ")
            ));
        }
        if self.channels.is_empty() {
            return Some(format!("template \"{}\": name a channel", self.name));
        }
        self.channels
            .iter()
            .find(|channel| !CHANNELS.contains(&channel.as_str()))
            .map(|channel| {
                format!(
                    "template \"{}\": channel \"{channel}\" is not one of {}",
                    self.name,
                    CHANNELS.join(", ")
                )
            })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateFile {
    template: Vec<Template>,
}

/// The starter templates shipped in `assets/templates.toml`.
pub fn starter() -> Vec<Template> {
    const STARTER: &str = include_str!("../../assets/templates.toml");
    // The file is the binary's own and a test reads every template of it.
    toml::from_str::<TemplateFile>(STARTER).map_or_else(|_| Vec::new(), |file| file.template)
}

/// A person's given name as a message greets them: the name's first word, or its
/// last where the family name comes first, as Hungarian writes it ("Kovács Eszter").
pub fn first_name(name: &str, family_name_first: bool) -> &str {
    let mut words = name.split_whitespace();
    let word = match family_name_first {
        true => words.next_back(),
        false => words.next(),
    };
    word.unwrap_or("")
}

/// The most common Hungarian family names, folded: a name that starts with one is
/// written family name first ("Kovács Eszter"), as Hungarian writes names.
const HUNGARIAN_FAMILY_NAMES: &[&str] = &[
    "nagy",
    "kovacs",
    "toth",
    "szabo",
    "horvath",
    "varga",
    "kiss",
    "molnar",
    "nemeth",
    "farkas",
    "balogh",
    "papp",
    "takacs",
    "juhasz",
    "lakatos",
    "meszaros",
    "olah",
    "racz",
    "fekete",
    "szilagyi",
    "torok",
    "feher",
    "balazs",
    "gal",
    "kis",
    "szucs",
    "kocsis",
    "pinter",
    "fodor",
    "szalai",
    "sipos",
    "magyar",
    "lukacs",
    "gulyas",
    "biro",
    "kiraly",
    "katona",
    "jakab",
    "bogdan",
    "sandor",
    "boros",
    "fazekas",
    "kelemen",
    "antal",
    "orosz",
    "somogyi",
    "fulop",
    "veres",
    "vincze",
    "hegedus",
    "deak",
    "balint",
    "illes",
    "vass",
    "szoke",
    "fabian",
    "voros",
    "lengyel",
    "bognar",
    "bodnar",
    "jonas",
    "hajdu",
    "halasz",
    "szekely",
    "kozma",
    "gaspar",
    "pasztor",
    "bakos",
    "dudas",
    "orban",
    "barna",
    "novak",
    "soos",
    "nemes",
    "pataki",
    "balla",
    "barta",
    "szekeres",
    "csizmadia",
];

/// Whether `contact` shows it is Hungarian: a Hungarian number, a name with ő or ű,
/// or one that starts with a common Hungarian family name.
fn looks_hungarian(contact: &super::Contact) -> bool {
    let hungarian_phone = contact
        .primary_phone()
        .and_then(|p| p.e164.as_deref())
        .is_some_and(|e164| e164.starts_with("+36"));
    let first_word = contact.name.split_whitespace().next().unwrap_or("");
    hungarian_phone
        || contact.name.chars().any(|c| "őűŐŰ".contains(c))
        || (contact.name.split_whitespace().count() > 1
            && HUNGARIAN_FAMILY_NAMES.contains(&super::text::fold(first_word).as_str()))
}

/// The contact's own `language` custom field, when it is one templates are written in.
fn own_language(contact: &super::Contact) -> Option<&'static str> {
    let own = contact.custom.get("language")?.trim();
    LANGUAGES
        .iter()
        .copied()
        .find(|known| own.eq_ignore_ascii_case(known))
}

fn hebrew_name(contact: &super::Contact) -> bool {
    contact
        .name
        .chars()
        .any(|c| ('\u{05D0}'..='\u{05EA}').contains(&c))
}

/// The language a message to `contact` is best written in: the contact's own
/// `language` custom field where the office keeps one, Hebrew for a name in Hebrew
/// letters, Hungarian for a contact that looks Hungarian (a `+36` number, ő or ű, a
/// common Hungarian family name first), else `fallback` (the desk's language).
pub fn language_for<'a>(contact: &'a super::Contact, fallback: &'a str) -> &'a str {
    if let Some(own) = own_language(contact) {
        return own;
    }
    if hebrew_name(contact) {
        return "he";
    }
    if looks_hungarian(contact) {
        return "hu";
    }
    fallback
}

/// Whether `contact`'s name is written family name first, so that `{first_name}` is
/// its last word: told from the contact itself where it says (its language, a
/// Hungarian look, a number of another country), else from the message's `language`.
pub fn family_name_first(contact: &super::Contact, language: &str) -> bool {
    if let Some(own) = own_language(contact) {
        return own == "hu";
    }
    if hebrew_name(contact) {
        return false;
    }
    if looks_hungarian(contact) {
        return true;
    }
    let foreign_phone = contact
        .primary_phone()
        .and_then(|p| p.e164.as_deref())
        .is_some();
    !foreign_phone && language == "hu"
}

#[cfg(test)]
#[path = "template_tests.rs"]
mod tests;
