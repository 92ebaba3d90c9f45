//! The custom field a CSV column's cells go to when no field of ours holds them: the
//! key a `custom:KEY` header declares (as the CSV export writes it), or the header.

use std::collections::{HashMap, HashSet};

/// The custom field a column headed `custom:KEY` (as the CSV export writes it) holds:
/// such a column is never a standard one, even when KEY is "Email" or "ID".
pub(super) fn declared_custom_key(header: &str) -> Option<String> {
    let header = header.trim_start();
    let prefix = super::CUSTOM_COLUMN_PREFIX;
    let key = header
        .get(..prefix.len())
        .filter(|start| start.eq_ignore_ascii_case(prefix))
        .map(|_| crate::domain::text::clean_line(&header[prefix.len()..]))?;
    (!key.is_empty()).then_some(key)
}

/// The custom field each column's cells go to: a declared key as it is, any other
/// column under its header (or its place, when it has none), numbered when the name
/// is taken. Declared keys are taken first, so that a standard column's header (the
/// export's `Notes`) never takes the name of a custom field (`custom:Notes`).
pub(super) fn custom_keys_of(headers: &[String], declared: &[Option<String>]) -> Vec<String> {
    // A sheet may repeat a header thousands of times: the keys taken and the
    // last repeat of each name are remembered, so naming them stays linear.
    let mut taken: HashSet<String> = declared.iter().flatten().cloned().collect();
    let mut last_repeat: HashMap<String, usize> = HashMap::new();
    let mut custom_keys: Vec<String> = Vec::with_capacity(headers.len());
    for (at, (header, declared)) in headers.iter().zip(declared).enumerate() {
        if let Some(key) = declared {
            custom_keys.push(key.clone());
            continue;
        }
        let named = crate::domain::text::clean_line(header);
        let base = if named.is_empty() {
            format!("column {}", at + 1)
        } else {
            named
        };
        let mut key = base.clone();
        let repeat = last_repeat.entry(base.clone()).or_insert(1);
        while taken.contains(&key) {
            *repeat += 1;
            key = format!("{base} ({repeat})");
        }
        taken.insert(key.clone());
        custom_keys.push(key);
    }
    custom_keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_key_is_kept_whole_and_never_taken_by_a_standard_column() {
        let headers: Vec<String> = ["Phone", "custom:Phone", "Custom: Email ", "custom:", "X"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        let declared: Vec<Option<String>> =
            headers.iter().map(|h| declared_custom_key(h)).collect();
        assert_eq!(
            declared,
            [None, Some("Phone".into()), Some("Email".into()), None, None]
        );
        assert_eq!(
            custom_keys_of(&headers, &declared),
            ["Phone (2)", "Phone", "Email", "custom:", "X"],
            "the Phone column's words go apart from the declared custom field"
        );
    }
}
