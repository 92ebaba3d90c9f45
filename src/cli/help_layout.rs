//! Help and clap's refusals in Hebrew on a terminal: each line laid out in visual
//! order, the way `output` lays out what the commands print.
//!
//! A help line is an option (Latin, read left to right) and, after a gap, what it is
//! for: the option column keeps its place and only the description after it is laid
//! out, right to left from its first Hebrew word. Inside a description, an option,
//! a file name or a usage line (`'--format <FORMAT>'`, `leads.db`) is isolated as a
//! unit first, so the quotes and angle brackets around it stay with it instead of
//! being taken into the Hebrew around it. Into a pipe or a file, nothing changes.

use crate::domain::bidi::{has_rtl, visual};

/// Left-to-right isolate, and the pop that ends it: the layout honours them, then
/// drops them, so they never reach the terminal.
const ISOLATE: char = '\u{2066}';
const END_ISOLATE: char = '\u{2069}';
const RIGHT_TO_LEFT_MARK: char = '\u{200F}';

/// `text` (help, or a refusal) as printed on stdout or stderr: laid out line by
/// line when `output` lays out what goes there.
pub fn shown(text: &str, to_stderr: bool) -> String {
    if !super::output::lays_out(to_stderr) {
        return text.to_string();
    }
    text.split('\n')
        .map(laid_out_line)
        .collect::<Vec<_>>()
        .join("\n")
}

fn laid_out_line(line: &str) -> String {
    if !has_rtl(line) {
        return line.to_string();
    }
    let (column, description) = line.split_at(description_start(line));
    // In Hebrew a description is a sentence read from the right even when it opens
    // with a Latin word ("nurture: מתי לחזור…"): a right-to-left mark first says so,
    // and the layout drops it; its Latin units are isolated. In another language
    // the line's first letter decides, as for any other text (a Hungarian refusal
    // quoting a Hebrew value reads from the left).
    let description = match crate::i18n::lang().is_rtl() {
        true => format!("{RIGHT_TO_LEFT_MARK}{}", with_latin_isolated(description)),
        false => description.to_string(),
    };
    format!("{column}{}", visual(&description))
}

/// Where a line's description begins: after the gap (two spaces or more) that ends
/// the Latin column before its first right-to-left letter, or after a listed
/// value's `- name: `; at the start of a line that is all text (a heading, the
/// command's about).
fn description_start(line: &str) -> usize {
    let first_rtl = line
        .char_indices()
        .find(|(_, c)| is_rtl(*c))
        .map_or(line.len(), |(at, _)| at);
    let before = &line[..first_rtl];
    let after_gap = before.rfind("  ").map(|at| {
        let rest = &before[at..];
        at + (rest.len() - rest.trim_start_matches(' ').len())
    });
    let listed_value = before.trim_start().starts_with("- ");
    let after_name = before.rfind(": ").filter(|_| listed_value).map(|at| at + 2);
    after_gap.max(after_name).unwrap_or(0)
}

fn is_rtl(c: char) -> bool {
    has_rtl(c.encode_utf8(&mut [0; 4]))
}

/// Whether `c` is a Latin letter or a digit: what starts and ends a Latin unit.
fn is_latin(c: char) -> bool {
    c.is_alphanumeric() && !is_rtl(c)
}

/// What may stand at either end of a Latin unit and belongs to it: an option's
/// dashes, a placeholder's angle brackets. Brackets, parentheses and a sentence's
/// last stop are the sentence's, and are left to the layout (which mirrors them).
fn belongs_to_latin(c: char) -> bool {
    matches!(c, '-' | '`' | '<' | '>' | '=' | '/' | '_')
}

fn is_quote(c: char) -> bool {
    matches!(c, '\'' | '"')
}

/// `text` with each Latin unit (from a Latin letter to the last one before the next
/// right-to-left letter, with its quotes and dashes) in a left-to-right isolate.
fn with_latin_isolated(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut at = 0;
    while at < chars.len() {
        if !is_latin(chars[at]) {
            out.push(chars[at]);
            at += 1;
            continue;
        }
        let next_rtl = (at..chars.len())
            .find(|&i| is_rtl(chars[i]))
            .unwrap_or(chars.len());
        let mut end = (at..next_rtl)
            .rev()
            .find(|&i| is_latin(chars[i]))
            .map_or(at + 1, |i| i + 1);
        while end < next_rtl && belongs_to_latin(chars[end]) {
            end += 1;
        }
        // The unit's leading marks were pushed already: the isolate goes before them.
        let mut start = out.len();
        for c in out.chars().rev() {
            if !belongs_to_latin(c) {
                break;
            }
            start -= c.len_utf8();
        }
        // Quotes around the unit are its own ('--format <FORMAT>'); a quote on one
        // side only closes or opens the sentence's quotation.
        let quote_before = out[..start].chars().next_back().filter(|c| is_quote(*c));
        if quote_before.is_some() && chars.get(end) == quote_before.as_ref() {
            start -= 1;
            end += 1;
        }
        let unit: String = chars[at..end].iter().collect();
        out.insert(start, ISOLATE);
        out.push_str(&unit);
        out.push(END_ISOLATE);
        at = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_column_is_kept_apart_from_its_description() {
        let line = "      --db <PATH>      קובץ מסד הנתונים (leads.db)";
        assert_eq!(
            &line[description_start(line)..],
            "קובץ מסד הנתונים (leads.db)"
        );
        let value = "          - funnel: הלידים";
        assert_eq!(&value[description_start(value)..], "הלידים");
        let latin_first = "  --csv  CSV לגיליון";
        assert_eq!(
            &latin_first[description_start(latin_first)..],
            "CSV לגיליון"
        );
        let heading = "שימוש: leadometer [OPTIONS]";
        assert_eq!(description_start(heading), 0);
        let latin_word_first = "  --back-on <WHEN>  nurture: מתי";
        let description = &latin_word_first[description_start(latin_word_first)..];
        assert_eq!(description, "nurture: מתי");
    }

    #[test]
    fn an_option_in_quotes_is_laid_out_as_one_unit() {
        let refusal = "ערך לא תקין 'xml' עבור '--format <FORMAT>'";
        assert_eq!(
            visual(&with_latin_isolated(refusal)),
            "'--format <FORMAT>' רובע 'xml' ןיקת אל ךרע"
        );
        let usage = "שימוש: leadometer deal [OPTIONS] <COMMAND>";
        assert_eq!(
            visual(&with_latin_isolated(usage)),
            "leadometer deal [OPTIONS] <COMMAND> :שומיש"
        );
        // The sentence's stop and quotation marks stay the sentence's.
        let stop = "למידע נוסף, נסו '--help'.";
        assert_eq!(
            visual(&with_latin_isolated(stop)),
            ".'--help' וסנ ,ףסונ עדימל"
        );
        let quoted = "כמו \"אחרי 17:00\"";
        assert_eq!(visual(&with_latin_isolated(quoted)), "\"17:00 ירחא\" ומכ");
        // The sentence's own brackets stay the sentence's, mirrored as it reads.
        let env = "[משתנה סביבה: LEADOMETER_DB]";
        assert_eq!(
            visual(&with_latin_isolated(env)),
            "[LEADOMETER_DB :הביבס הנתשמ]"
        );
    }
}
