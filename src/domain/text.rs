//! Text hygiene shared by every layer: what may be stored, shown and searched.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_width::UnicodeWidthStr;

/// Removes control characters and terminal escape sequences from a one-line value
/// (a name, a subject), so that text typed or imported never drives the terminal.
/// Bidirectional marks are control-like too: a stray U+202E would reverse the rest of a line.
pub fn clean_line(input: &str) -> String {
    let cleaned = strip_controls(input, false);
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`clean_line`], cut after `chars` characters with `…` when longer: outside text
/// quoted inside a message of ours (a reason, a conflict) at a length it can hold.
pub fn clean_line_cut(input: &str, chars: usize) -> String {
    let clean = clean_line(input);
    match clean.char_indices().nth(chars) {
        Some((end, _)) => format!("{}…", &clean[..end]),
        None => clean,
    }
}

/// Like [`clean_line`] but keeps line breaks and tabs, for notes and message bodies.
pub fn clean_text(input: &str) -> String {
    strip_controls(input, true).trim().to_string()
}

/// Like [`clean_text`] but keeps surrounding space: a field written out (an export's
/// cell) keeps its value, and loses only what could drive a terminal or reorder a line.
pub fn clean_field(input: &str) -> String {
    strip_controls(input, true)
}

/// True when `clean_line`/`clean_text` would remove something other than surrounding space.
pub fn has_controls(input: &str) -> bool {
    input
        .chars()
        .any(|c| is_unsafe_char(c) && c != '\n' && c != '\t')
}

/// A character that could drive a terminal or reorder a line: a control or a bidi override.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// The characters a JSON string must not carry raw to a terminal: serde_json escapes
/// C0 controls itself, but writes C1 controls (an 8-bit CSI is U+009B) and bidi
/// overrides as they are.
pub fn needs_json_escape(c: char) -> bool {
    ('\u{80}'..='\u{9f}').contains(&c) || is_bidi_control(c)
}

pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn strip_controls(input: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            skip_escape_sequence(&mut chars);
        } else if keep_newlines && (c == '\n' || c == '\t') {
            out.push(c);
        } else if c == '\r' && keep_newlines {
            if chars.peek() != Some(&'\n') {
                out.push('\n');
            }
        } else if is_unsafe_char(c) {
            if c.is_whitespace() || c == '\r' || c == '\n' {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Skips a CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`) or two-byte escape.
fn skip_escape_sequence(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    break;
                }
            }
        }
        Some(']') | Some('P') | Some('_') | Some('^') => {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{07}' {
                    break;
                }
                if c == '\u{1b}' {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

/// The form names are compared and fuzzy-matched in: lower case, accents and Hebrew
/// vowel points removed, so "Szabó Ödön" is found by "szabo odon" and "שָׁלוֹם" by "שלום".
pub fn fold(input: &str) -> String {
    input
        .nfd()
        .filter(|c| !is_combining_mark(*c) && !is_unsafe_char(*c))
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Trims and returns None for a value that is empty after cleaning.
pub fn non_empty(input: Option<&str>) -> Option<String> {
    input.map(clean_line).filter(|s| !s.is_empty())
}

/// A count with its noun in the right number: `counted(1, "lead", "leads")` is
/// "1 lead", `counted(3, …)` "3 leads". Both forms are given, since English has
/// irregular plurals ("entry", "entries") and the localisation work will swap the
/// words per language.
pub fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// The header line, then one line per row, in columns aligned by display width.
pub fn table_lines(headers: &[&str], rows: &[Vec<String>]) -> Vec<String> {
    table_lines_laid_out(headers, rows, |c| std::borrow::Cow::Borrowed(c))
}

/// [`table_lines`] with each cell laid out by `layout` (`bidi::visual` for a
/// terminal) before it is padded: cell by cell, so that no column moves.
pub fn table_lines_laid_out(
    headers: &[&str],
    rows: &[Vec<String>],
    layout: impl Fn(&str) -> std::borrow::Cow<'_, str>,
) -> Vec<String> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| layout(&clean_line(c)).into_owned())
                .collect()
        })
        .collect();
    let widths: Vec<usize> = (0..headers.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| r.get(i).map_or(0, |c| c.width()))
                .chain([headers[i].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |row: &[String]| {
        row.iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell}{}", " ".repeat(width - cell.width())))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    // Headers are laid out too: in Hebrew they are Hebrew words.
    let header: Vec<String> = headers.iter().map(|h| layout(h).into_owned()).collect();
    std::iter::once(line(&header))
        .chain(cells.iter().map(|row| line(row)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_controls_are_removed() {
        assert_eq!(clean_line("Dana\u{1b}[31m Cohen\u{7}"), "Dana Cohen");
        assert_eq!(clean_line("a\u{1b}]0;title\u{7}b"), "ab");
        assert_eq!(clean_line("\u{202E}evil\u{202C}"), "evil");
        assert_eq!(clean_text("line1\r\nline2\u{0}"), "line1\nline2");
        assert!(has_controls("x\u{1b}[2J"));
        assert!(!has_controls("plain\nmulti"));
    }

    #[test]
    fn a_field_keeps_its_spacing_and_lines_but_loses_escapes() {
        assert_eq!(
            clean_field("  a\u{1b}]52;c;aGk=\u{7}\tb\r\nc\u{9b}\u{202E}d "),
            "  a\tb\ncd "
        );
        assert!(needs_json_escape('\u{9b}') && needs_json_escape('\u{2066}'));
        assert!(!needs_json_escape('é') && !needs_json_escape('\u{1b}'));
    }

    #[test]
    fn a_count_takes_its_noun_in_the_right_number() {
        assert_eq!(counted(0, "entry", "entries"), "0 entries");
        assert_eq!(counted(1, "entry", "entries"), "1 entry");
        assert_eq!(counted(2, "lead", "leads"), "2 leads");
    }

    #[test]
    fn folding_removes_accents_and_niqqud() {
        assert_eq!(fold("Szabó  Ödön"), "szabo odon");
        assert_eq!(fold("Kovács Ő"), "kovacs o");
        assert_eq!(fold("שָׁלוֹם"), "שלום");
        assert_eq!(fold("  ÁRVÍZTŰRŐ "), "arvizturo");
    }
}
