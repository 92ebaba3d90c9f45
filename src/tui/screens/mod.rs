//! One module per screen; each draws from `&State` only (and the frame's chrome:
//! the theme, and the keymap for the keys a hint names).

pub mod accounts;
pub mod campaigns;
pub mod contacts;
pub mod deal_page;
pub mod deals;
pub mod entry;
pub mod flags;
pub mod inbox;
pub mod more;
pub mod reports;
pub mod score;
pub mod search;
pub mod tasks;
pub mod timeline;

use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Paragraph};

/// What a screen shows when it has nothing to list: a dim hint of what to do.
/// Wrapped in the order it was typed, then each line laid out, and on the right
/// when it reads right to left.
pub fn hint(frame: &mut Frame<'_>, area: Rect, block: Block<'_>, text: &str, theme: &Theme) {
    let width = usize::from(block.inner(area).width).max(1);
    let lines = super::draw::wrapped_lines(text, width, theme.dim());
    let mut paragraph = Paragraph::new(lines);
    if super::bidi::reads_right_to_left(text) {
        paragraph = paragraph.alignment(Alignment::Right);
    }
    frame.render_widget(paragraph.block(block), area);
}

/// The window of `len` rows that fits `height` and keeps `selected` in sight.
pub(crate) fn window(selected: usize, len: usize, height: usize) -> std::ops::Range<usize> {
    let first = selected.saturating_sub(height.saturating_sub(1));
    first..(first + height).min(len)
}

/// A list row's style and its mark: `▶` on the selected one.
pub(crate) fn mark(selected: bool, theme: &Theme) -> (ratatui::style::Style, &'static str) {
    if selected {
        (theme.selected(), "▶ ")
    } else {
        (ratatui::style::Style::default(), "  ")
    }
}

/// "… 12 more" in a block's bottom border, for a list cut short.
pub(crate) fn more(block: Block<'_>, hidden: u64) -> Block<'_> {
    if hidden == 0 {
        return block;
    }
    let count = deals::money(hidden as f64);
    let more = super::bidi::label(&crate::t!("desk-more-below", count = count));
    block.title_bottom(ratatui::text::Line::from(format!(" {more} ")).right_aligned())
}
