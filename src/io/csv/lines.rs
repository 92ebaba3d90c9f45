//! Physical line numbers for CSV records, whatever the line endings.
//!
//! The csv crate's `Position::line()` counts `\n` bytes up to where it *started*
//! reading a record: that start is before the blank lines it skips, before the `\n`
//! of a CRLF it stopped at, and it never moves in a file of bare `\r`. So its line is
//! one too low after every CRLF row or blank line, and always 1 with `\r` endings. The
//! byte offset of the same position is exact, so lines are counted here from it.

/// Counts line breaks (`\n`, `\r\n` and a lone `\r`, each one break) from the start
/// of the text, never splitting a `\r\n` (a record starts after its breaks), moving forward from the last offset asked about so that a whole file
/// is counted once, however many records it has.
pub(super) struct LineCounter<'a> {
    text: &'a [u8],
    /// The last offset asked about, and the 1-based line it is on.
    at: usize,
    line: usize,
    /// The line the text starts on: 2 when Excel's `sep=` line came before it.
    first_line: usize,
}

impl<'a> LineCounter<'a> {
    /// For a text cut out of a file after its first `first_line - 1` lines.
    pub fn starting_on(text: &'a str, first_line: usize) -> LineCounter<'a> {
        LineCounter {
            text: text.as_bytes(),
            at: 0,
            line: first_line,
            first_line,
        }
    }

    /// The line a record read from `byte` starts on: the line breaks and blank lines
    /// the reader passes over before the record's first field are skipped.
    pub fn record_line(&mut self, byte: u64) -> usize {
        let mut start = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        self.line_at(start)
    }

    /// The 1-based line of `offset`. An offset before the last one asked about (which
    /// the reader never gives) is counted again from the start rather than wrongly.
    fn line_at(&mut self, offset: usize) -> usize {
        if offset < self.at {
            (self.at, self.line) = (0, self.first_line);
        }
        self.line += crate::io::count_line_breaks(&self.text[self.at..offset]);
        self.at = offset;
        self.line
    }
}

/// The delimiters a CSV is written with: a comma, a semicolon (what Excel writes where
/// the comma is the decimal mark: Hungary and most of Europe) or a tab.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// Where a file's rows start and what separates their fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Layout {
    pub delimiter: u8,
    /// The byte offset of the header row: past Excel's `sep=;` line when there is one.
    pub header_at: usize,
    /// The physical lines before the header row (1 after a `sep=` line).
    pub lines_before: usize,
}

/// The delimiter Excel's `sep=X` first line names, or else the one of comma, semicolon
/// and tab that the header row holds most often outside quotes (a comma on a tie, as
/// a one-column file has none).
pub(super) fn layout_of(text: &str) -> Layout {
    let first_line_end = text.find(['\r', '\n']).unwrap_or(text.len());
    let first_line = &text[..first_line_end];
    if let Some(named) = first_line
        .strip_prefix("sep=")
        .or_else(|| first_line.strip_prefix("SEP="))
        && let [delimiter] = named.as_bytes()
        && DELIMITERS.contains(delimiter)
    {
        let rest = &text.as_bytes()[first_line_end..];
        let break_length = if rest.starts_with(b"\r\n") {
            2
        } else {
            1.min(rest.len())
        };
        return Layout {
            delimiter: *delimiter,
            header_at: first_line_end + break_length,
            lines_before: 1,
        };
    }
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\r' | b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(at) = DELIMITERS.iter().position(|d| *d == byte) {
                    counts[at] += 1;
                }
            }
            _ => {}
        }
    }
    // `max_by_key` keeps the last of equals: walk from the tab back to the comma.
    let most = (0..DELIMITERS.len())
        .rev()
        .max_by_key(|at| counts[*at])
        .unwrap_or(0);
    let delimiter = if counts[most] == 0 {
        b','
    } else {
        DELIMITERS[most]
    };
    Layout {
        delimiter,
        header_at: 0,
        lines_before: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_break_counts_once_and_blank_lines_are_passed_over() {
        for (text, ending) in [
            ("a\nb\n\nc", "LF"),
            ("a\r\nb\r\n\r\nc", "CRLF"),
            ("a\rb\r\rc", "CR"),
        ] {
            let mut lines = LineCounter::starting_on(text, 1);
            assert_eq!(lines.record_line(0), 1, "{ending}");
            let b = text.find('b').unwrap() as u64;
            // The reader starts the record at the break it stopped at.
            assert_eq!(lines.record_line(b - 1), 2, "{ending}");
            let c = text.find('c').unwrap() as u64;
            assert_eq!(lines.record_line(b + 1), 4, "{ending}");
            assert_eq!(lines.record_line(c), 4, "{ending}");
            assert_eq!(
                lines.record_line(0),
                1,
                "{ending}: asked again from the start"
            );
        }
    }

    #[test]
    fn the_delimiter_is_the_one_the_header_row_holds_most_outside_quotes() {
        let delimiter = |text: &str| layout_of(text).delimiter;
        assert_eq!(delimiter("Név;Telefon;E-mail\nA;1;a@b.hu"), b';');
        assert_eq!(delimiter("Name\tPhone\nA\t1"), b'\t');
        assert_eq!(delimiter("Name,Phone\nA;B,1"), b',');
        assert_eq!(
            delimiter("\"Last; First\",Phone\n"),
            b',',
            "a quoted semicolon"
        );
        assert_eq!(delimiter("Email\na@b.c"), b',', "one column");
        assert_eq!(delimiter("a;b,c\n"), b',', "a tie goes to the comma");
    }

    #[test]
    fn excels_sep_line_names_the_delimiter_and_is_not_the_header() {
        let layout = layout_of("sep=;\r\nName;Phone\r\nA;1");
        assert_eq!(layout.delimiter, b';');
        assert_eq!(layout.header_at, 7);
        assert_eq!(layout.lines_before, 1);
        assert_eq!(
            layout_of("sep=|\nName,Phone").delimiter,
            b',',
            "not one of ours"
        );
    }

    #[test]
    fn an_offset_past_the_end_is_the_last_line() {
        let mut lines = LineCounter::starting_on("a\nb", 1);
        assert_eq!(lines.record_line(u64::MAX), 2);
    }
}
