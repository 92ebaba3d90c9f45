//! Who lays right-to-left text out, and the desk's text in visual order
//! (`domain::bidi`): a cell, a line laid out field by field, and
//! what tells the terminal that the desk lays text out itself.
//!
//! The choice is made once, at the desk's start, from `[display] bidi` and the
//! terminal, and read by every draw; tests keep the default, the desk.

use crate::domain::bidi;
use ratatui::text::{Line, Span};
use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

/// True while the desk draws text in visual order; false when the terminal does.
static DESK_LAYS_OUT: AtomicBool = AtomicBool::new(true);

/// Sets who lays text out, for every frame from now on.
pub fn set_desk_lays_out(on: bool) {
    DESK_LAYS_OUT.store(on, Ordering::Relaxed);
}

pub fn is_desk() -> bool {
    DESK_LAYS_OUT.load(Ordering::Relaxed)
}

/// One line of outside text as the desk draws it: in visual order, or as it is when
/// the terminal lays it out. Spaces around it stay where they are: they are the
/// layout's (a cell's padding, a gap before the next field), not the text's.
pub fn text(line: &str) -> Cow<'_, str> {
    if !is_desk() || !bidi::has_rtl(line) {
        return Cow::Borrowed(line);
    }
    let inner = line.trim_matches(' ');
    let before = line.len() - line.trim_start_matches(' ').len();
    let after = line.len() - line.trim_end_matches(' ').len();
    let shown = bidi::visual(inner);
    Cow::Owned(format!(
        "{}{shown}{}",
        &line[..before],
        &line[line.len() - after..]
    ))
}

/// A sentence of the desk's own with outside text in it ("Noa Levi mentve: …"),
/// marked to read in the direction of the user's language, whatever the name it
/// starts with: a Hungarian sentence left to right, a Hebrew one right to left. The
/// mark decides the layout (`text`, `more::fit_line`) and is dropped by it.
pub fn in_desk_direction(sentence: &str) -> Cow<'_, str> {
    if !is_desk() || !bidi::has_rtl(sentence) {
        return Cow::Borrowed(sentence);
    }
    let mark = match crate::i18n::lang().is_rtl() {
        true => '\u{200F}',
        false => '\u{200E}',
    };
    Cow::Owned(format!("{mark}{sentence}"))
}

/// `sentence` laid out in the direction of the user's language (`in_desk_direction`).
pub fn sentence(sentence: &str) -> String {
    text(&in_desk_direction(sentence)).into_owned()
}

/// A label of the desk's own (a title, a column, a key's name in the user's
/// language) as it is drawn: laid out like outside text, owned.
pub fn label(line: &str) -> String {
    text(line).into_owned()
}

/// A line of the desk's own words and fields (a contact's state, a follow-up) as one
/// run when the desk speaks a right-to-left language: its fields then follow one
/// another from the right, as the sentence reads, rather than each reading right to
/// left in places set from the left. The first span's style carries over.
pub fn one_run_when_rtl(line: Line<'_>) -> Line<'_> {
    if !is_desk() || !crate::i18n::lang().is_rtl() || line.spans.len() < 2 {
        return line;
    }
    let style = line
        .spans
        .first()
        .map(|span| span.style)
        .unwrap_or_default();
    // A right-to-left mark first makes the whole run read right to left even when it
    // starts with a Latin word ("SQL · בקשר"); the layout drops the mark itself.
    let text: String = std::iter::once("\u{200F}")
        .chain(line.spans.iter().map(|span| span.content.as_ref()))
        .collect();
    Line::from(Span::styled(text, style)).style(line.style)
}

/// Whether a block of text reads right to left and may stand on the right of its
/// area: its first line's first strong letter is Hebrew (or Arabic), and the desk
/// lays it out (a terminal laying it out aligns it itself).
pub fn reads_right_to_left(text: &str) -> bool {
    is_desk() && bidi::is_rtl_line(text.lines().next().unwrap_or(""))
}

/// A line of spans laid out span by span: each span is a field (a name, a time, a
/// message's gist) with its own direction, so that the fields keep their order and
/// places, as the cells of a table do, and a Hebrew name never trades places with
/// the phone beside it.
pub fn line(line: Line<'_>) -> Line<'static> {
    let Line {
        style,
        alignment,
        spans,
    } = line;
    let spans = spans
        .into_iter()
        .map(|s| Span::styled(text(&s.content).into_owned(), s.style))
        .collect();
    Line {
        style,
        alignment,
        spans,
    }
}

/// BiDi support mode (ECMA-48 BDSM, as the terminal-wg bidi recommendation that
/// VTE follows): `CSI 8 l` is explicit mode, where the application reorders and the
/// terminal draws cells as given, with `CSI 1 SP k` for a left-to-right line;
/// `CSI 8 h` and `CSI 0 SP k` are the defaults given back on the way out.
/// Terminals that know neither ignore both.
pub struct Explicit(pub bool);

pub const EXPLICIT_ON: &str = "\x1b[8l\x1b[1 k";
pub const EXPLICIT_OFF: &str = "\x1b[8h\x1b[0 k";

impl crossterm::Command for Explicit {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str(if self.0 { EXPLICIT_ON } else { EXPLICIT_OFF })
    }

    #[cfg(windows)]
    fn execute_winapi(&self) -> std::io::Result<()> {
        Ok(())
    }

    #[cfg(windows)]
    fn is_ansi_code_supported(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    #[test]
    fn a_line_is_laid_out_field_by_field() {
        let bold = Style::new().bold();
        let line = Line::from(vec![
            Span::styled("יוסי כהן", bold),
            Span::raw("  054-490-0148"),
        ]);
        let shown = super::line(line);
        assert_eq!(shown.to_string(), "ןהכ יסוי  054-490-0148");
        assert_eq!(shown.spans[0].style, bold);
        assert_eq!(super::line(Line::raw("Noa Levi")).to_string(), "Noa Levi");
        // The padding stays on the side it was put.
        assert_eq!(text(" שלום  "), " םולש  ");
    }

    /// A sentence reads in the direction of the user's language, whatever name it
    /// starts with; the mark that says so never reaches the screen.
    #[test]
    fn a_sentence_reads_in_the_desks_direction() {
        let _hungarian = crate::i18n::scoped(crate::i18n::Lang::Hu);
        assert_eq!(sentence("מיכל כהן mentve: név"), "ןהכ לכימ mentve: név");
        assert_eq!(sentence("Noa Levi mentve"), "Noa Levi mentve");
        let _hebrew = crate::i18n::scoped(crate::i18n::Lang::He);
        assert_eq!(sentence("Noa Levi נשמר"), "רמשנ Noa Levi");
        assert!(!sentence("Noa Levi נשמר").contains(['\u{200E}', '\u{200F}']));
    }
}
