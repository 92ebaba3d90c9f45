//! Help in Hebrew on a terminal: each line's description laid out on its own.
//!
//! A help line is an option (Latin, read left to right) and, after a gap, what it is
//! for. Laid out as one line, a Latin word inside a Hebrew description would break
//! the description in two runs read in the wrong order; so the option column keeps
//! its place and the description after it is laid out as its own text, right to
//! left from its first Hebrew word. Into a pipe or a file the text stays as typed.

use crate::domain::bidi::has_rtl;

/// `text` (a help page) as printed: each description laid out as `output::shown`
/// decided for stdout.
pub fn shown_help(text: &str) -> String {
    text.split('\n')
        .map(|line| {
            if !has_rtl(line) {
                return line.to_string();
            }
            let (column, description) = line.split_at(description_start(line));
            format!("{column}{}", super::output::shown(description))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where a line's description begins: after the gap (two spaces or more) or the
/// `name: ` that ends the Latin column before its first right-to-left letter; at
/// the start of a line that is all text (a heading, the command's about).
fn description_start(line: &str) -> usize {
    let first_rtl = line
        .char_indices()
        .find(|(_, c)| has_rtl(c.encode_utf8(&mut [0; 4])))
        .map_or(line.len(), |(at, _)| at);
    let before = &line[..first_rtl];
    let after_gap = before.rfind("  ").map(|at| {
        let rest = &before[at..];
        at + (rest.len() - rest.trim_start_matches(' ').len())
    });
    let after_name = before.rfind(": ").map(|at| at + 2);
    after_gap.max(after_name).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::description_start;

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
    }
}
