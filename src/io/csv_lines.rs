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
}

impl<'a> LineCounter<'a> {
    pub fn new(text: &'a str) -> LineCounter<'a> {
        LineCounter {
            text: text.as_bytes(),
            at: 0,
            line: 1,
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
            (self.at, self.line) = (0, 1);
        }
        self.line += crate::io::count_line_breaks(&self.text[self.at..offset]);
        self.at = offset;
        self.line
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
            let mut lines = LineCounter::new(text);
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
    fn an_offset_past_the_end_is_the_last_line() {
        let mut lines = LineCounter::new("a\nb");
        assert_eq!(lines.record_line(u64::MAX), 2);
    }
}
