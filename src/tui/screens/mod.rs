//! One module per screen; each draws from `&State` only (and the frame's chrome:
//! the theme, and the keymap for the keys a hint names).

pub mod accounts;
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
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Paragraph, Wrap};

/// What a screen shows when it has nothing to list: a dim hint of what to do.
pub fn hint(frame: &mut Frame<'_>, area: Rect, block: Block<'_>, text: &str, theme: &Theme) {
    let paragraph = Paragraph::new(text)
        .style(theme.dim())
        .wrap(Wrap { trim: true });
    frame.render_widget(paragraph.block(block), area);
}
