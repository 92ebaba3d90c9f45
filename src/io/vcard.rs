//! Contacts from vCard files: 2.1 as Android exports it (quoted-printable, bare
//! types), 3.0 as Apple writes it (folded lines, grouped properties, escapes) and 4.0
//! (RFC 6350, numbers as `tel:` URIs).

use super::{Draft, Incoming, LineError, MAX_FIELD_BYTES, Parsed};
use crate::domain::Contact;
use crate::domain::phone::Region;
use crate::domain::text::{clean_line, clean_text, has_controls};

/// Whether `text` is a vCard file: it starts with BEGIN:VCARD.
pub fn looks_like_vcard(text: &str) -> bool {
    text.trim_start_matches('\u{FEFF}')
        .trim_start()
        .get(..11)
        .is_some_and(|start| start.eq_ignore_ascii_case("BEGIN:VCARD"))
}

/// One property: `item1.TEL;TYPE=CELL:+36…` → name "TEL", its parameters, the value.
struct Property {
    line: usize,
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

impl Property {
    fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }

    /// 2.1 writes bare parameters (`;QUOTED-PRINTABLE`, `;CELL`).
    fn has(&self, bare: &str) -> bool {
        self.params
            .iter()
            .any(|(k, v)| k.eq_ignore_ascii_case(bare) && v.is_empty())
    }
}

pub fn parse(text: &str, region: Region, user: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut card: Option<(usize, Vec<Property>)> = None;
    for property in properties(text) {
        let property = match property {
            Ok(property) => property,
            Err(error) => {
                parsed.errors.push(error);
                continue;
            }
        };
        let upper = property.value.to_ascii_uppercase();
        match (property.name.as_str(), upper.as_str()) {
            ("BEGIN", "VCARD") => {
                if let Some((line, _)) = card.replace((property.line, Vec::new())) {
                    parsed.errors.push(LineError {
                        line,
                        message: "this card has no END:VCARD before the next BEGIN:VCARD".into(),
                    });
                }
            }
            ("END", "VCARD") => match card.take() {
                Some((line, properties)) => {
                    match contact_from(&properties, region, user, &mut parsed.warnings) {
                        Ok(Some(contact)) => parsed.records.push(Incoming { line, contact }),
                        Ok(None) => parsed.warnings.push(format!(
                            "line {line}: skipped, the card has no name, phone or email"
                        )),
                        Err(message) => parsed.errors.push(LineError { line, message }),
                    }
                }
                None => parsed.errors.push(LineError {
                    line: property.line,
                    message: "END:VCARD without a BEGIN:VCARD".into(),
                }),
            },
            _ => match card.as_mut() {
                Some((_, properties)) => properties.push(property),
                None if property.value.trim().is_empty() && property.name.is_empty() => {}
                None => parsed.errors.push(LineError {
                    line: property.line,
                    message: "text outside BEGIN:VCARD … END:VCARD".into(),
                }),
            },
        }
    }
    if let Some((line, _)) = card {
        parsed.errors.push(LineError {
            line,
            message: "this card never ends (no END:VCARD)".into(),
        });
    }
    if parsed.records.is_empty() && parsed.errors.is_empty() {
        parsed.errors.push(LineError {
            line: 1,
            message: "the file has no cards".into(),
        });
    }
    parsed
}

/// The file's logical lines as properties: folded lines joined (a line starting with
/// a space or tab continues the one before), and quoted-printable soft breaks too.
fn properties(text: &str) -> Vec<Result<Property, LineError>> {
    let mut logical: Vec<(usize, String)> = Vec::new();
    for (index, raw) in text.trim_start_matches('\u{FEFF}').lines().enumerate() {
        let continues_qp = logical.last().is_some_and(|(_, l)| {
            l.ends_with('=') && l.to_ascii_uppercase().contains("QUOTED-PRINTABLE")
        });
        match logical.last_mut() {
            Some((_, last)) if raw.starts_with([' ', '\t']) => last.push_str(&raw[1..]),
            Some((_, last)) if continues_qp => {
                last.pop();
                last.push_str(raw);
            }
            _ => logical.push((index + 1, raw.to_string())),
        }
    }
    logical
        .into_iter()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(line, text)| property(line, &text))
        .collect()
}

fn property(line: usize, text: &str) -> Result<Property, LineError> {
    if text.len() > MAX_FIELD_BYTES {
        return Err(LineError {
            line,
            message: format!("a property over {} KiB", MAX_FIELD_BYTES / 1024),
        });
    }
    // The value starts at the first colon outside a quoted parameter.
    let mut quoted = false;
    let colon = text.char_indices().find_map(|(i, c)| {
        if c == '"' {
            quoted = !quoted;
        }
        (c == ':' && !quoted).then_some(i)
    });
    let Some(colon) = colon else {
        return Err(LineError {
            line,
            message: format!(
                "\"{}\" is not a vCard property (NAME:value)",
                clean_line(text)
            ),
        });
    };
    let (head, value) = (&text[..colon], &text[colon + 1..]);
    let mut parts = head.split(';');
    let name = parts.next().unwrap_or_default();
    // "item1.TEL": the group only ties a label to its property.
    let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.trim().to_string(), v.trim_matches('"').to_string()),
            None => (p.trim().to_string(), String::new()),
        })
        .collect();
    Ok(Property {
        line,
        name,
        params,
        value: value.to_string(),
    })
}

/// The property's text with quoted-printable and its charset decoded; escapes stay,
/// so that structured values can still be split at their semicolons.
fn raw_text(property: &Property) -> Result<String, String> {
    let quoted_printable = property
        .param("ENCODING")
        .is_some_and(|e| e.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
        || property.has("QUOTED-PRINTABLE");
    let text = if quoted_printable {
        let bytes = quoted_printable_bytes(&property.value);
        let charset = property.param("CHARSET").unwrap_or("UTF-8");
        let encoding = encoding_rs::Encoding::for_label(charset.as_bytes())
            .ok_or_else(|| format!("unknown CHARSET \"{charset}\""))?;
        encoding
            .decode_without_bom_handling_and_without_replacement(&bytes)
            .ok_or_else(|| format!("the {} value is not valid {charset}", property.name))?
            .into_owned()
    } else {
        property.value.clone()
    };
    Ok(text)
}

fn quoted_printable_bytes(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'=')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    out
}

/// `\,` `\;` `\n` `\\` as 3.0 and 4.0 write them.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A structured value (N, ORG) split at its unescaped semicolons, each part unescaped.
fn components(raw: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for c in raw.chars() {
        if escaped {
            current.push('\\');
            current.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == ';' {
            parts.push(unescape(&std::mem::take(&mut current)));
        } else {
            current.push(c);
        }
    }
    parts.push(unescape(&current));
    parts
}

fn contact_from(
    properties: &[Property],
    region: Region,
    user: &str,
    warnings: &mut Vec<String>,
) -> Result<Option<Contact>, String> {
    let mut draft = Draft::new(region, user, warnings);
    let (mut full_name, mut structured) = (None, None);
    let mut notes = Vec::new();
    for property in properties {
        let raw = raw_text(property)?;
        let text = unescape(&raw);
        if has_controls(&text) {
            draft.warnings.push(format!(
                "line {}, {}: control characters removed",
                property.line, property.name
            ));
        }
        match property.name.as_str() {
            "FN" => full_name = Some(clean_line(&text)),
            "N" => {
                // Family;Given;Additional;Prefix;Suffix, written Prefix Given
                // Additional Family Suffix.
                let parts = components(&raw);
                let name: Vec<String> = [3, 1, 2, 0, 4]
                    .iter()
                    .filter_map(|&i| parts.get(i))
                    .map(|p| clean_line(p))
                    .filter(|p| !p.is_empty())
                    .collect();
                structured = (!name.is_empty()).then(|| name.join(" "));
            }
            "TEL" => {
                let number = text.trim();
                let number = number.strip_prefix("tel:").unwrap_or(number);
                if !number.is_empty() {
                    draft.add_phone(number, property.line);
                }
            }
            "EMAIL" => {
                let added = draft.add_email(&text);
                if !added {
                    draft.warnings.push(format!(
                        "line {}: \"{}\" is not an email",
                        property.line,
                        clean_line(&text)
                    ));
                }
            }
            "ORG" => draft.add_company(clean_line(&components(&raw)[0])),
            "TITLE" => {
                draft
                    .contact
                    .custom
                    .insert("job title".into(), clean_line(&text));
            }
            "NOTE" => notes.push(clean_text(&text)),
            "CATEGORIES" => text
                .split(',')
                .map(clean_line)
                .for_each(|category| draft.add_flag(&category)),
            _ => {}
        }
    }
    let name = full_name.filter(|n| !n.is_empty()).or(structured);
    Ok(draft.finish(name, notes))
}

#[cfg(test)]
#[path = "vcard_tests.rs"]
mod tests;
