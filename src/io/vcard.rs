//! Contacts from vCard files: 2.1 as Android exports it (quoted-printable, bare
//! types), 3.0 as Apple writes it (folded lines, grouped properties, escapes) and 4.0
//! (RFC 6350, numbers as `tel:` URIs).

use super::{Draft, Incoming, LineError, MAX_FIELD_BYTES, Parsed};
use crate::domain::Contact;
use crate::domain::phone::Region;
use crate::domain::text::{clean_line, clean_text, has_controls};

/// The property our vCard export writes a custom field as: `key;value`, escaped.
pub const CUSTOM_PROPERTY: &str = "X-LEADOMETER-CUSTOM";

/// Whether `text` is a vCard file: it starts with BEGIN:VCARD.
pub fn looks_like_vcard(text: &str) -> bool {
    text.trim_start_matches('\u{FEFF}')
        .trim_start()
        .get(..11)
        .is_some_and(|start| start.eq_ignore_ascii_case("BEGIN:VCARD"))
}

/// Whether raw bytes (before decoding) start as a vCard file does.
pub fn looks_like_vcard_bytes(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    looks_like_vcard(&String::from_utf8_lossy(&start[..start.len().min(64)]))
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
    let (properties, binaries) = properties(text);
    parsed.warnings.extend(binaries.summary());
    for property in properties {
        let property = match property {
            Ok(property) => property,
            Err(error) => {
                parsed.errors.push(error);
                continue;
            }
        };
        let upper = property.value.trim().to_ascii_uppercase();
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

/// Properties whose values are pictures, sounds or keys: skipped with their folded
/// lines before any size limit, since a contact keeps none of them.
const BINARY: [&str; 4] = ["PHOTO", "LOGO", "SOUND", "KEY"];

/// How many of each `BINARY` property a file held, for the summary.
#[derive(Default)]
struct Binaries([usize; BINARY.len()]);

impl Binaries {
    /// Counts the property `name` when it is a binary one; false when it is not.
    fn skipped(&mut self, name: &str) -> bool {
        let Some(at) = BINARY.iter().position(|binary| *binary == name) else {
            return false;
        };
        self.0[at] += 1;
        true
    }

    /// One line: "2 photos and 1 logo not imported (…)"; None when there were none.
    fn summary(&self) -> Option<String> {
        let each: Vec<String> = BINARY
            .iter()
            .zip(self.0)
            .filter(|(_, count)| *count > 0)
            .map(|(name, count)| {
                let one = name.to_ascii_lowercase();
                crate::domain::text::counted(count, &one, &format!("{one}s"))
            })
            .collect();
        let (last, rest) = each.split_last()?;
        let listed = match rest {
            [] => last.clone(),
            rest => format!("{} and {last}", rest.join(", ")),
        };
        Some(format!(
            "{listed} not imported: a contact keeps no pictures, sounds or keys"
        ))
    }
}

/// The property name a line starts with, without its group, upper-case.
fn name_of(line: &str) -> String {
    let head = line.split([':', ';']).next().unwrap_or_default();
    head.rsplit('.')
        .next()
        .unwrap_or(head)
        .trim()
        .to_ascii_uppercase()
}

/// The file's physical lines, numbered from 1: split at `\n` with any `\r` before it
/// dropped (CR LF, and CR CR LF from an iPhone export that passed through Windows),
/// or at `\r` when the file has no `\n` at all (old Mac files).
fn physical_lines(text: &str) -> Vec<(usize, &str)> {
    let separator = if text.contains('\n') { '\n' } else { '\r' };
    text.split(separator)
        .map(|line| line.trim_end_matches('\r'))
        .enumerate()
        .map(|(index, line)| (index + 1, line))
        .collect()
}

/// The file's logical lines as properties: folded lines joined (a line starting with
/// a space or tab continues the one before), and quoted-printable soft breaks too.
/// Blank lines are ignored wherever they are; pictures, sounds and keys are skipped
/// with their continuation lines (and 2.1's unindented base64 lines).
fn properties(text: &str) -> (Vec<Result<Property, LineError>>, Binaries) {
    // Each logical line with whether its property is quoted-printable, told from the
    // line's start once: looking through the whole line at each soft break made a
    // 1 MB value take seconds.
    let mut logical: Vec<(usize, String, bool)> = Vec::new();
    let mut binaries = Binaries::default();
    let mut skipping = false;
    for (number, raw) in physical_lines(text.trim_start_matches('\u{FEFF}')) {
        if raw.trim().is_empty() {
            continue;
        }
        let folded = raw.starts_with([' ', '\t']);
        if skipping && (folded || !raw.contains(':')) {
            continue;
        }
        skipping = false;
        match logical.last_mut() {
            Some((_, last, _)) if folded => last.push_str(&raw[1..]),
            Some((_, last, true)) if last.ends_with('=') => {
                last.pop();
                last.push_str(raw);
            }
            _ if binaries.skipped(&name_of(raw)) => skipping = true,
            _ => logical.push((number, raw.to_string(), is_quoted_printable(raw))),
        }
    }
    let properties = logical
        .into_iter()
        .map(|(line, text, _)| property(line, &text))
        .collect();
    (properties, binaries)
}

/// Whether the property `line` starts says its value is quoted-printable: a
/// parameter before the value's colon says so, as 2.1 writes it
/// (`NOTE;ENCODING=QUOTED-PRINTABLE:` or bare `;QUOTED-PRINTABLE`), never the value.
fn is_quoted_printable(line: &str) -> bool {
    let head = line.split(':').next().unwrap_or_default();
    head.to_ascii_uppercase().contains("QUOTED-PRINTABLE")
}

/// A vCard file that is not UTF-8 as a whole, decoded line by line: a line that is not
/// UTF-8 is read in the `CHARSET` its property names (2.1 writers such as Roundcube
/// mark windows-1252 or ISO-8859-x names so), folded lines in their property's.
/// An error names the line and the value.
pub fn decode_by_charset(bytes: &[u8]) -> Result<String, String> {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    super::decode::refuse_binary(start)?;
    let separator = if start.contains(&b'\n') { b'\n' } else { b'\r' };
    let mut out = String::with_capacity(start.len());
    let mut charset: Option<&'static encoding_rs::Encoding> = None;
    for (index, line) in start.split(|b| *b == separator).enumerate() {
        let folded = line.first().is_some_and(|b| *b == b' ' || *b == b'\t');
        if !folded {
            charset = charset_of(line);
        }
        match std::str::from_utf8(line) {
            Ok(text) => out.push_str(text),
            Err(_) => {
                let Some(encoding) = charset else {
                    return Err(format!(
                        "line {}: \"{}\" is not UTF-8 and its property names no CHARSET; \
                         say what it is with --encoding",
                        index + 1,
                        clean_line(&String::from_utf8_lossy(line))
                    ));
                };
                let (text, _) = encoding.decode_without_bom_handling(line);
                out.push_str(&text);
            }
        }
        out.push(separator as char);
    }
    out.pop();
    Ok(out)
}

/// The encoding a property line's `CHARSET=` parameter names, if any and known.
fn charset_of(line: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let colon = line.iter().position(|b| *b == b':')?;
    let head = String::from_utf8_lossy(&line[..colon]);
    head.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("CHARSET")
            .then(|| encoding_rs::Encoding::for_label(value.trim().trim_matches('"').as_bytes()))
            .flatten()
    })
}

fn property(line: usize, text: &str) -> Result<Property, LineError> {
    if text.len() > MAX_FIELD_BYTES {
        let name = clean_line(&name_of(&text[..text.floor_char_boundary(256)]));
        return Err(LineError {
            line,
            message: super::csv::too_big(&format!("the property {name}"), text),
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
    split_unescaped(raw, ';')
}

/// `raw` split at each `separator` that no backslash escapes, each part unescaped.
fn split_unescaped(raw: &str, separator: char) -> Vec<String> {
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
        } else if c == separator {
            parts.push(unescape(&std::mem::take(&mut current)));
        } else {
            current.push(c);
        }
    }
    parts.push(unescape(&current));
    parts
}

/// A `TEL` value as a number: `tel:` URIs (and `VALUE=uri`) lose the scheme and
/// keep an `;ext=` as the number's extension. None when it has no digit at all
/// (Outlook's placeholders such as "BusinessPhone").
fn tel_number(property: &Property, text: &str) -> Option<(String, Option<String>)> {
    let text = text.trim();
    let uri = property
        .param("VALUE")
        .is_some_and(|v| v.eq_ignore_ascii_case("uri"));
    let scheme = text
        .get(..4)
        .is_some_and(|s| s.eq_ignore_ascii_case("tel:"));
    let (number, extension) = if uri || scheme {
        let rest = if scheme { &text[4..] } else { text };
        let mut parts = rest.split(';');
        let number = parts.next().unwrap_or_default();
        let extension = parts.find_map(|p| {
            p.split_once('=')
                .filter(|(k, _)| k.trim().eq_ignore_ascii_case("ext"))
                .map(|(_, v)| v.trim().to_string())
        });
        (number, extension.filter(|e| !e.is_empty()))
    } else {
        (text, None)
    };
    number
        .chars()
        .any(|c| c.is_ascii_digit())
        .then(|| (number.trim().to_string(), extension))
}

fn contact_from(
    properties: &[Property],
    region: Region,
    user: &str,
    warnings: &mut Vec<String>,
) -> Result<Option<Contact>, String> {
    let mut draft = Draft::new(region, user, warnings);
    let (mut full_name, mut structured, mut first_org) = (None, None, None);
    let mut notes = Vec::new();
    let mut titles: Vec<String> = Vec::new();
    for property in properties {
        let raw = raw_text(property).map_err(|e| format!("line {}: {e}", property.line))?;
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
            "TEL" => match tel_number(property, &text) {
                Some((number, Some(extension))) => {
                    let as_written = format!("{number};ext={extension}");
                    draft.add_phone_with_extension(&number, &as_written, property.line);
                }
                Some((number, None)) => draft.add_phone_as_written(&number, property.line),
                None if text.trim().is_empty() => {}
                None => draft.warnings.push(format!(
                    "line {}: the TEL \"{}\" has no digits, so it is not a phone number; not imported",
                    property.line,
                    clean_line(&text)
                )),
            },
            "EMAIL" => {
                let value = text.trim();
                let value = match value.get(..7) {
                    Some(scheme) if scheme.eq_ignore_ascii_case("mailto:") => &value[7..],
                    _ => value,
                };
                if !draft.add_email(value) && !value.is_empty() {
                    draft.warnings.push(format!(
                        "line {}: \"{}\" is not an email; kept in the notes",
                        property.line,
                        clean_line(value)
                    ));
                    notes.push(format!("email: {}", clean_line(value)));
                }
            }
            "ORG" => {
                let org = components(&raw)
                    .iter()
                    .map(|p| clean_line(p))
                    .find(|p| !p.is_empty())
                    .unwrap_or_default();
                if first_org.is_none() && !org.is_empty() {
                    first_org = Some(org.clone());
                }
                draft.add_company(org);
            }
            "TITLE" => {
                let title = clean_line(&text);
                if !title.is_empty() && !titles.contains(&title) {
                    titles.push(title);
                }
            }
            "NOTE" => notes.push(clean_text(&text)),
            CUSTOM_PROPERTY => {
                let parts = components(&raw);
                let key = clean_line(&parts[0]);
                let value = clean_line(&parts[1..].join(";"));
                if !key.is_empty() && !value.is_empty() {
                    draft.contact.custom.insert(key, value);
                }
            }
            // Other names the person goes by: the contact's aliases, searched as its name.
            "NICKNAME" => draft.contact.aliases.extend(
                split_unescaped(&raw, ',')
                    .iter()
                    .map(|n| clean_line(n))
                    .filter(|n| !n.is_empty()),
            ),
            "CATEGORIES" => split_unescaped(&raw, ',')
                .iter()
                .map(|c| clean_line(c))
                .for_each(|category| draft.add_flag(&category)),
            _ => {}
        }
    }
    if !titles.is_empty() {
        draft
            .contact
            .custom
            .insert("job title".into(), titles.join("; "));
    }
    let name = full_name
        .filter(|n| !n.is_empty())
        .or(structured)
        .or(first_org);
    Ok(draft.finish(name, notes))
}

#[cfg(test)]
#[path = "vcard_tests.rs"]
mod tests;
