//! The desk's fixed sentences: refusals, notices and form errors written in English
//! in the code and shown through `from_english`. Each must have its message, or it
//! would reach a Hebrew or Hungarian desk in English.

use super::id_of_english;
use std::path::Path;

/// Where the desk writes a fixed sentence for the user.
const PATTERNS: [&str; 6] = [
    r#"message = Some\(\s*"((?:[^"\\]|\\.)+)""#,
    r#"Notice\(\s*"((?:[^"\\]|\\.)+)""#,
    r#"Err\(\s*"((?:[^"\\]|\\.)+)"\.into\(\)"#,
    r#"ok_or\(\s*"((?:[^"\\]|\\.)+)"\s*\)"#,
    r#"Refusal::\w+\(\s*"((?:[^"\\]|\\.)+)""#,
    r#"Failed\(\s*"((?:[^"\\]|\\.)+)""#,
];

/// Every Rust file under `dir`, its tests left out.
fn code_under(dir: &Path, found: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.to_string_lossy().to_string();
        if path.is_dir() {
            code_under(&path, found);
        } else if name.ends_with(".rs") && !name.ends_with("_tests.rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            found.push((name, code.to_string()));
        }
    }
}

#[test]
fn every_fixed_sentence_of_the_desk_has_its_message() {
    let mut files = Vec::new();
    code_under(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui"),
        &mut files,
    );
    let mut seen = 0;
    let mut missing = Vec::new();
    for pattern in PATTERNS {
        let pattern = regex::Regex::new(pattern).unwrap();
        for (file, code) in &files {
            for found in pattern.captures_iter(code) {
                seen += 1;
                let sentence = found[1].replace("\\\"", "\"");
                if id_of_english(&sentence).is_none() {
                    missing.push(format!("{file}: {sentence:?}"));
                }
            }
        }
    }
    assert!(seen > 20, "the scan found only {seen} sentences");
    assert!(
        missing.is_empty(),
        "no message for:\n{}",
        missing.join("\n")
    );
}
