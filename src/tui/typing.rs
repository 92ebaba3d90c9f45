//! Editing what is typed in a text field: the cursor, and the keys that move it and
//! erase around it. ratatui-textarea does the editing: it moves by character (a
//! Hebrew letter or an accented one is never split), knows words and lines, and
//! erases around the cursor. A field keeps its text as a plain `String` with the
//! place of its cursor beside it, so that the code reading or setting a value needs
//! to know nothing of the widget: an edit lends the text to the widget and takes it
//! back.

use super::app::Action;
use super::theme::Theme;
use ratatui::text::Span;
use ratatui_textarea::{CursorMove, TextArea};
use unicode_width::UnicodeWidthChar;

/// One edit of a text field: a key's action (through the keymap), or a paste.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit<'a> {
    /// A typed character, put in at the cursor.
    Type(char),
    /// Text put in at the cursor (a paste, cleaned before).
    Insert(&'a str),
    Left,
    Right,
    Home,
    End,
    WordLeft,
    WordRight,
    /// Backspace: the character before the cursor.
    EraseBack,
    /// Delete: the character under the cursor.
    DeleteForward,
    /// Ctrl-W: the word before the cursor.
    DeleteWordBack,
    /// Ctrl-U: the whole field, to type it anew.
    Clear,
    /// To the line above or below, in a field of several lines.
    LineUp,
    LineDown,
    /// Enter in a field of several lines.
    NewLine,
}

impl Edit<'_> {
    /// The edit an action asks of the focused text field; None for other actions.
    pub fn of(action: &Action) -> Option<Edit<'static>> {
        Some(match action {
            Action::Input(c) => Edit::Type(*c),
            Action::Erase => Edit::EraseBack,
            Action::ClearField => Edit::Clear,
            Action::CursorLeft => Edit::Left,
            Action::CursorRight => Edit::Right,
            Action::CursorHome => Edit::Home,
            Action::CursorEnd => Edit::End,
            Action::WordLeft => Edit::WordLeft,
            Action::WordRight => Edit::WordRight,
            Action::DeleteForward => Edit::DeleteForward,
            Action::DeleteWordBack => Edit::DeleteWordBack,
            Action::LineUp => Edit::LineUp,
            Action::LineDown => Edit::LineDown,
            Action::NewLine => Edit::NewLine,
            _ => return None,
        })
    }
}

/// What an edit did: callers act on a change (narrowing choices, searching again),
/// and a move that could not happen (↑ on a note's first line) goes to a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Changed,
    Moved,
    Stayed,
}

/// A one-line box to type in (the history filter) and its cursor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LineInput {
    pub text: String,
    /// How many characters stand after the cursor (see [`apply`]).
    pub after_cursor: usize,
}

impl LineInput {
    /// The box holding `text`, the cursor at its end.
    pub fn new(text: &str) -> LineInput {
        LineInput {
            text: text.to_string(),
            after_cursor: 0,
        }
    }

    pub fn apply(&mut self, edit: Edit<'_>) -> Outcome {
        apply(&mut self.text, &mut self.after_cursor, false, edit)
    }
}

/// Applies `edit` to `text`, whose cursor has `after_cursor` characters after it.
/// The cursor is counted from the end so that a value set from outside (a choice
/// picked, a value reloaded) leaves it at the end, where typing goes on; a count
/// past the text means its start. A one-line field takes no line break.
pub fn apply(
    text: &mut String,
    after_cursor: &mut usize,
    multiline: bool,
    edit: Edit<'_>,
) -> Outcome {
    let total = text.chars().count();
    let (row, col) = line_and_column(text, *after_cursor);
    let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
    // The desk has its own undo: the widget keeps no history of its own.
    area.set_max_histories(0);
    place(&mut area, row, col);
    let before = area.cursor();
    let changed = match edit {
        Edit::Type('\n' | '\r') | Edit::NewLine if !multiline => false,
        Edit::Type('\n' | '\r') | Edit::NewLine => {
            area.insert_newline();
            true
        }
        Edit::Type(c) => {
            area.insert_char(c);
            true
        }
        Edit::Insert(pasted) if !multiline && pasted.contains(['\n', '\r']) => {
            area.insert_str(pasted.replace(['\n', '\r'], " "))
        }
        Edit::Insert(pasted) => area.insert_str(pasted),
        Edit::EraseBack => area.delete_char(),
        Edit::DeleteForward => area.delete_next_char(),
        Edit::DeleteWordBack => area.delete_word(),
        Edit::Clear => {
            let had_text = !text.is_empty();
            text.clear();
            *after_cursor = 0;
            return if had_text {
                Outcome::Changed
            } else {
                Outcome::Stayed
            };
        }
        Edit::LineUp | Edit::LineDown if !multiline => false,
        Edit::Left | Edit::Right if right_to_left(text, row) => {
            let line = text.split('\n').nth(row).unwrap_or("");
            let to = crate::domain::bidi::cursor_step(line, col, edit == Edit::Right);
            place(&mut area, row, to);
            false
        }
        Edit::Left => step(&mut area, CursorMove::Back),
        Edit::Right => step(&mut area, CursorMove::Forward),
        Edit::Home => step(&mut area, CursorMove::Head),
        Edit::End => step(&mut area, CursorMove::End),
        Edit::WordLeft => step(&mut area, CursorMove::WordBack),
        Edit::WordRight => step(&mut area, CursorMove::WordForward),
        Edit::LineUp => step(&mut area, CursorMove::Up),
        Edit::LineDown => step(&mut area, CursorMove::Down),
    };
    let (row, col) = (area.cursor().0, area.cursor().1);
    let moved = area.cursor() != before;
    let lines = area.into_lines();
    let at: usize = lines[..row]
        .iter()
        .map(|l| l.chars().count() + 1)
        .sum::<usize>()
        + col;
    if changed {
        *text = lines.join("\n");
    }
    let now_total = if changed { text.chars().count() } else { total };
    *after_cursor = now_total.saturating_sub(at);
    match (changed, moved) {
        (true, _) => Outcome::Changed,
        (false, true) => Outcome::Moved,
        (false, false) => Outcome::Stayed,
    }
}

/// Whether line `row` of `text` holds right-to-left letters the desk lays out: then
/// ← and → move the cursor as it is seen, not along the order of typing.
fn right_to_left(text: &str, row: usize) -> bool {
    super::bidi::is_desk() && (text.split('\n').nth(row)).is_some_and(crate::domain::bidi::has_rtl)
}

/// A move is no change of the text.
fn step(area: &mut TextArea<'_>, to: CursorMove) -> bool {
    area.move_cursor(to);
    false
}

/// The line the cursor is on and its column there, in characters.
pub fn line_and_column(text: &str, after_cursor: usize) -> (usize, usize) {
    let total = text.chars().count();
    let before = total - after_cursor.min(total);
    text.chars()
        .take(before)
        .fold((0, 0), |(row, col), c| match c {
            '\n' => (row + 1, 0),
            _ => (row, col + 1),
        })
}

/// Puts the widget's cursor at `row`, `col`. Its jump takes 16-bit numbers: a text of
/// more lines, or a line of more characters, is walked the rest of the way.
fn place(area: &mut TextArea<'_>, row: usize, col: usize) {
    let fit = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    area.move_cursor(CursorMove::Jump(fit(row), fit(col)));
    walk(area, CursorMove::Down, |(r, _)| r >= row);
    if area.cursor().0 == row && area.cursor().1 < col {
        walk(area, CursorMove::Forward, |(r, c)| r != row || c >= col);
    }
}

/// Moves the cursor until `arrived`, or until it moves no more.
fn walk(area: &mut TextArea<'_>, to: CursorMove, arrived: impl Fn((usize, usize)) -> bool) {
    loop {
        let here = (area.cursor().0, area.cursor().1);
        if arrived(here) {
            return;
        }
        area.move_cursor(to);
        if (area.cursor().0, area.cursor().1) == here {
            return;
        }
    }
}

/// One line of a field as typed, with the cursor `column` characters in, drawn in
/// `width` columns: the cursor a reverse-video cell (a block past the end), and a line
/// too long for the box scrolled to keep the cursor in sight, `…` where it is cut. A
/// control character from stored data shows as `�` (a tab as a space), so that it
/// never reaches the terminal and each character keeps its one place.
pub fn cursor_line(line: &str, column: usize, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let chars: Vec<char> = line.chars().map(shown).collect();
    let column = column.min(chars.len());
    let (start, end) = in_sight(&chars, column, width);
    if super::bidi::is_desk() && crate::domain::bidi::has_rtl(line) {
        return laid_out(&chars, (start, end), column, theme);
    }
    let piece = |from: usize, to: usize| chars[from..to].iter().collect::<String>();
    let mut spans = Vec::new();
    if start > 0 {
        spans.push(Span::styled("…", theme.dim()));
    }
    spans.push(Span::raw(piece(start, column)));
    match chars.get(column) {
        Some(under) => {
            spans.push(Span::styled(under.to_string(), theme.selected()));
            spans.push(Span::raw(piece(column + 1, end.max(column + 1))));
        }
        None => spans.push(Span::styled("█", theme.key())),
    }
    if end < chars.len() {
        spans.push(Span::styled("…", theme.dim()));
    }
    spans
}

/// [`cursor_line`] for a line with right-to-left letters: the part in sight laid out
/// in visual order, the cursor on its character wherever that is drawn, the end of
/// the line (and its block) on the line's end side, and each `…` on the side where
/// the line goes on.
fn laid_out(
    chars: &[char],
    (start, end): (usize, usize),
    column: usize,
    theme: &Theme,
) -> Vec<Span<'static>> {
    use crate::domain::bidi;
    let piece: String = chars[start..end].iter().collect();
    let rtl = bidi::is_rtl_line(&piece);
    let mut middle: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    for (index, c) in bidi::visual_chars(&piece) {
        if start + index == column {
            middle.push(Span::raw(std::mem::take(&mut run)));
            middle.push(Span::styled(c.to_string(), theme.selected()));
        } else {
            run.push(c);
        }
    }
    middle.push(Span::raw(run));
    let at_end = (column == chars.len()).then(|| Span::styled("█", theme.key()));
    let cut_before = (start > 0).then(|| Span::styled("…", theme.dim()));
    let cut_after = (end < chars.len()).then(|| Span::styled("…", theme.dim()));
    // Left to right: what comes first in the line is on the left; else on the right.
    let (left, right) = match rtl {
        true => ([cut_after, at_end], [cut_before, None]),
        false => ([cut_before, None], [at_end, cut_after]),
    };
    let mut spans: Vec<Span<'static>> = left.into_iter().flatten().collect();
    spans.extend(middle.into_iter().filter(|s| !s.content.is_empty()));
    spans.extend(right.into_iter().flatten());
    spans
}

fn shown(c: char) -> char {
    match c {
        '\t' => ' ',
        c if crate::domain::text::is_unsafe_char(c) => '\u{FFFD}',
        c => c,
    }
}

/// The characters `start..end` of a line shown in `width` columns with the cursor at
/// `column`: all that fit; else the end of the line, as before the cursor could move,
/// while the cursor is in it; else the cursor a third of the way in.
fn in_sight(chars: &[char], column: usize, width: usize) -> (usize, usize) {
    let cols = |c: &char| UnicodeWidthChar::width(*c).unwrap_or(0);
    let cursor_cell = usize::from(column == chars.len());
    let all: usize = chars.iter().map(cols).sum::<usize>() + cursor_cell;
    if all <= width {
        return (0, chars.len());
    }
    // The end in sight: as much before it as fits after a `…`.
    let mut start = chars.len();
    let mut used = 1 + cursor_cell;
    while start > 0 && used + cols(&chars[start - 1]) <= width {
        start -= 1;
        used += cols(&chars[start]);
    }
    if column >= start {
        return (start, chars.len());
    }
    let mut start = column;
    let mut before = 0;
    while start > 0 && 1 + before + cols(&chars[start - 1]) <= width / 3 {
        start -= 1;
        before += cols(&chars[start]);
    }
    // Room for the `…` on either side; the cursor's own cell always shows.
    let mut end = column + 1;
    let mut used = usize::from(start > 0) + before + cols(&chars[column]) + 1;
    while end < chars.len() && used + cols(&chars[end]) <= width {
        used += cols(&chars[end]);
        end += 1;
    }
    (start, end)
}

#[cfg(test)]
#[path = "typing_tests.rs"]
mod tests;
