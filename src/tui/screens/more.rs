//! The sign a cut list or line shows, so that nothing is hidden without one: how
//! many of its items are above and below what fits, and "…" ending a line cut.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// "… 3 above, 12 more", "… 12 more", "… 3 above", or None when all are shown:
/// for a list of `total` items showing `shown` from item `first`.
pub fn sign(first: usize, shown: usize, total: usize) -> Option<String> {
    let below = total.saturating_sub(first + shown);
    match (first, below) {
        (0, 0) => None,
        (0, below) => Some(crate::t!("more-below", below = below)),
        (above, 0) => Some(crate::t!("more-above", above = above)),
        (above, below) => Some(crate::t!("more-both", above = above, below = below)),
    }
    // As drawn: every list shows the sign as it is.
    .map(|sign| crate::tui::bidi::label(&sign))
}

/// The first item a list of `height` lines shows to keep `selected` in view, as
/// every list of the desk scrolls: the selection on the last line once it passes it.
pub fn first_shown(selected: usize, height: usize) -> usize {
    selected.saturating_sub(height.saturating_sub(1))
}

/// `line` in `width` columns: as it is when it fits, else cut between characters
/// and ended with "…", so that a line too long for the screen says so. Cut in
/// logical order, then laid out (`tui::bidi::line`): a line of free text, never
/// one of columns.
pub fn fit_line(line: Line<'_>, width: usize) -> Line<'static> {
    crate::tui::bidi::line(cut_line(line, width))
}

/// [`fit_line`] for a line already laid out (a table's row, its cells laid out one
/// by one): cut at the right, never laid out again, since a second layout would
/// reverse it back.
pub fn cut_line(line: Line<'_>, width: usize) -> Line<'static> {
    let style = line.style;
    if line.width() <= width {
        let spans = line.spans.into_iter().map(owned).collect::<Vec<_>>();
        return Line::from(spans).style(style);
    }
    let room = width.saturating_sub(1);
    let mut used = 0;
    let mut spans: Vec<Span<'static>> = Vec::new();
    for span in line.spans {
        let mut kept = String::new();
        for c in span.content.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > room {
                break;
            }
            used += w;
            kept.push(c);
        }
        let full = kept.len() == span.content.len();
        spans.push(Span::styled(kept, span.style));
        if !full {
            break;
        }
    }
    if width > 0 {
        // A cut right-to-left field ends in its own "…", at its logical end (its left).
        match spans.last_mut() {
            Some(last) if crate::domain::bidi::has_rtl(&last.content) => {
                last.content.to_mut().push('…');
            }
            _ => spans.push(Span::raw("…")),
        }
    }
    Line::from(spans).style(style)
}

fn owned(span: Span<'_>) -> Span<'static> {
    Span::styled(span.content.into_owned(), span.style)
}

#[cfg(test)]
mod tests {
    use super::{first_shown, fit_line, sign};
    use ratatui::text::{Line, Span};

    #[test]
    fn a_line_too_long_is_cut_with_an_ellipsis() {
        let line = || Line::from(vec![Span::raw("Noa Levi "), Span::raw("סלון")]);
        // Laid out after the cut: the Hebrew word reads right to left.
        assert_eq!(fit_line(line(), 20).to_string(), "Noa Levi ןולס");
        assert_eq!(fit_line(line(), 13).to_string(), "Noa Levi ןולס");
        assert_eq!(fit_line(line(), 12).to_string(), "Noa Levi …לס");
        assert_eq!(fit_line(line(), 6).to_string(), "Noa L…");
        assert_eq!(fit_line(line(), 0).to_string(), "");
        let wide = Line::raw("名前名前");
        assert_eq!(fit_line(wide, 6).to_string(), "名前…");
    }

    #[test]
    fn a_cut_list_says_what_is_above_and_below() {
        assert_eq!(sign(0, 5, 5), None);
        assert_eq!(sign(0, 0, 0), None);
        assert_eq!(sign(0, 8, 20).as_deref(), Some("… 12 more"));
        assert_eq!(sign(12, 8, 20).as_deref(), Some("… 12 above"));
        assert_eq!(sign(3, 8, 20).as_deref(), Some("… 3 above, 9 more"));
    }

    #[test]
    fn the_selection_stays_on_the_last_line_once_past_it() {
        assert_eq!(first_shown(0, 8), 0);
        assert_eq!(first_shown(7, 8), 0);
        assert_eq!(first_shown(8, 8), 1);
        assert_eq!(first_shown(3, 0), 3);
    }
}
