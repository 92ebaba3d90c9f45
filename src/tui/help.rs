//! The `?` help, generated from the keymap: layer by layer, each binding's keys,
//! its name for `[keys]` in the config, and what it does.

use super::bidi::label;
use super::draw::{Chrome, popup, wrap};
use super::keymap::{Binding, Layer};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame<'_>, area: Rect, chrome: &Chrome<'_>, scroll: u16) {
    let theme = &chrome.theme;
    let rect = popup(area, area.width.min(100), area.height);
    frame.render_widget(Clear, rect);
    let keymap = chrome.keymap;
    let column =
        |width: fn(&Binding) -> usize| keymap.bindings.iter().map(width).max().unwrap_or(0) + 2;
    let keys_width = column(|b| b.key_names().width());
    let name_width = column(|b| b.name.len());
    let indent = 2 + keys_width + name_width;
    let desc_width = usize::from(rect.width.saturating_sub(2))
        .saturating_sub(indent)
        .max(20);
    let mut lines: Vec<Line<'_>> = Vec::new();
    for layer in Layer::ALL {
        let mut bindings = chrome.keymap.in_layer(layer).peekable();
        if bindings.peek().is_none() {
            continue;
        }
        let table = match layer {
            Layer::Global => "[keys]".to_string(),
            layer => format!("[keys.{}]", layer.config_name()),
        };
        lines.push(Line::from(vec![
            Span::styled(label(&layer.title()), theme.title()),
            Span::styled(format!("  {table}"), theme.dim()),
        ]));
        for binding in bindings {
            let keys = binding.key_names();
            let pad = " ".repeat(keys_width.saturating_sub(keys.width()));
            let mut desc = wrap(&binding.desc(), desc_width).into_iter();
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys}{pad}"), theme.key()),
                Span::styled(format!("{:<name_width$}", binding.name), theme.dim()),
                Span::raw(label(&desc.next().unwrap_or_default())),
            ]));
            // A long description goes on below, in its column.
            lines.extend(
                desc.map(|more| Line::raw(format!("{}{}", " ".repeat(indent), label(&more)))),
            );
        }
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", label(&crate::t!("help-title"))));
    // Scrolled past the end, the last page stays in view rather than a blank box.
    let last_page = lines
        .len()
        .saturating_sub(usize::from(rect.height.saturating_sub(2)));
    let scroll = scroll.min(u16::try_from(last_page).unwrap_or(u16::MAX));
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), rect);
}
