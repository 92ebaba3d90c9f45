//! Message templates: a body (and, for email, a subject) with fields in braces,
//! `{first_name}`, filled from a contact before anything is sent.
//!
//! A field with no value is never sent as a gap: filling names every such field, so
//! the desk and the command line can say so before a message leaves. A brace that
//! does not hold a field's name (`{`, `{ }`, `{not a field}`) is text, sent as it is:
//! a message may well hold braces of its own.

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

#[cfg(test)]
#[path = "template_tests.rs"]
mod tests;
