//! One frame: the tabs, the current screen, any overlay, and the status bar with the
//! keys that matter here (generated from the keymap).

use super::app::{Action, Overlay, SearchBox, State, Tab};
use super::forms::{Field, Form};
use super::keymap::{Hint, Keymap, Layer};
use super::screens;
use super::theme::Theme;
use crate::domain::text::clean_line;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

/// What a frame needs besides the state: the keymap, the theme, the file's name.
pub struct Chrome<'a> {
    pub keymap: &'a Keymap,
    pub theme: Theme,
    pub file: &'a str,
    pub thresholds: screens::score::Thresholds,
}

pub fn draw(frame: &mut Frame<'_>, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    // What the keys of the innermost layer do now: the status bar, a dialog's footer
    // and the entry view all show them, from one pass over the keymap a frame.
    let hints = chrome.keymap.hints(state);
    draw_tabs(frame, tabs, state, chrome);
    match state.tab {
        Tab::Inbox => screens::inbox::draw(frame, body, state, chrome),
        Tab::Timeline => screens::timeline::draw(frame, body, state, chrome),
        Tab::Deals => screens::deals::draw(frame, body, state, theme),
        Tab::Score => screens::score::draw(frame, body, state, chrome),
    }
    match &state.overlay {
        Some(Overlay::Search(search)) => draw_search(frame, body, search, chrome),
        Some(Overlay::HistoryFilter(text)) => {
            let key = |action| chrome.keymap.key_for(Layer::HistoryFilter, action);
            let title = format!(
                " Find in history ({} applies, {} cancels) ",
                key(&Action::Open),
                key(&Action::Back)
            );
            draw_line_input(frame, body, &title, text, theme)
        }
        Some(Overlay::Form(form)) => draw_form(frame, body, form, chrome, &hints),
        Some(Overlay::Help(scroll)) => super::help::draw(frame, body, chrome, *scroll),
        Some(Overlay::Import(view)) => super::importing::draw(frame, body, view, chrome),
        Some(Overlay::Entry(view)) => {
            screens::entry::draw(frame, body, state, view, chrome, &hints)
        }
        Some(Overlay::Deal(view)) => {
            screens::deal_page::draw(frame, body, state, view, chrome, &hints)
        }
        None => {}
    }
    draw_status(frame, status, state, chrome, &hints);
}

fn draw_tabs(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let mut spans = vec![Span::styled(" Leadometer ", theme.title())];
    for (index, tab) in Tab::ALL.iter().enumerate() {
        let style = if *tab == state.tab {
            theme.selected()
        } else {
            theme.dim()
        };
        spans.push(Span::styled(
            format!(" {} {} ", index + 1, tab.title()),
            style,
        ));
    }
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let whose = format!("{} · {} ", chrome.file, clean_line(&state.user));
    let sharing = |short| {
        state
            .sync
            .as_ref()
            .map(|line| clean_line(&line.label(state.tz, short)))
    };
    // The most that fits: all, then a shorter sharing state, then that alone.
    let right = match (sharing(false), sharing(true)) {
        (Some(long), Some(short)) => [
            format!("{long} · {whose}"),
            format!("{short} · {whose}"),
            format!("{short} "),
        ]
        .into_iter()
        .find(|text| used + 2 + text.chars().count() <= area.width as usize)
        .unwrap_or_default(),
        _ => whose,
    };
    let gap = (area.width as usize).saturating_sub(used + right.chars().count());
    spans.push(Span::raw(" ".repeat(gap)));
    spans.push(Span::styled(right, theme.dim()));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_status(
    frame: &mut Frame<'_>,
    area: Rect,
    state: &State,
    chrome: &Chrome<'_>,
    hints: &[Hint],
) {
    let theme = &chrome.theme;
    let mut spans = Vec::new();
    if let Some(message) = &state.message {
        spans.push(Span::styled(
            format!(" {} ", clean_line(message)),
            theme.title(),
        ));
        spans.push(Span::raw("│"));
    }
    spans.extend(hint_spans(hints, theme));
    let help = (chrome.keymap.help_key())
        .map(|key| format!(" {key} help "))
        .unwrap_or_default();
    let [left, right] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(help.chars().count() as u16),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(Paragraph::new(Span::styled(help, theme.key())), right);
}

/// The keys of a status bar: those that cannot act now are dimmed.
fn hint_spans(hints: &[Hint], theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for hint in hints {
        let (key, label) = if hint.enabled {
            (theme.key(), Style::default())
        } else {
            (theme.unavailable(), theme.unavailable())
        };
        spans.push(Span::styled(format!(" {}", hint.keys), key));
        spans.push(Span::styled(format!(" {}", hint.label), label));
    }
    spans
}

/// A centred box of at most `width` columns (`block` its frame and title), as tall as
/// `lines` and `footer` with a blank line between them, at most `area`: the lines
/// scrolled by `scroll` (scrolled past the end, the last page stays in view), the
/// footer always in sight.
pub(crate) fn scrolled_popup(
    frame: &mut Frame<'_>,
    area: Rect,
    (width, block): (u16, Block<'_>),
    lines: Vec<Line<'_>>,
    footer: Vec<Line<'_>>,
    scroll: u16,
) {
    let height = lines.len() + footer.len() + 3;
    let rect = popup(area, width, u16::try_from(height).unwrap_or(u16::MAX));
    frame.render_widget(Clear, rect);
    let body = block.inner(rect);
    frame.render_widget(block, rect);
    let [text, foot] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(footer.len() as u16 + 1),
    ])
    .areas(body);
    let last_page = lines.len().saturating_sub(usize::from(text.height));
    let scroll = scroll.min(u16::try_from(last_page).unwrap_or(u16::MAX));
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), text);
    let mut foot_lines = vec![Line::raw("")];
    foot_lines.extend(footer);
    frame.render_widget(Paragraph::new(foot_lines), foot);
}

/// A centred box of at most `width` × `height` inside `area`.
pub(crate) fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

fn draw_search(frame: &mut Frame<'_>, area: Rect, search: &SearchBox, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    // Wider on a wide terminal, for the email beside the company and status.
    let rect = popup(area, area.width.saturating_sub(10).clamp(76, 110), 16);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Find: phone digits, email, name or company ");
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [input, list_area] =
        Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled("› ", theme.key()),
                Span::raw(clean_line(&search.query)),
                Span::styled("█", theme.key()),
            ]),
            Line::raw(""),
        ]),
        input,
    );
    if search.hits.is_empty() {
        let hint = if search.query.trim().is_empty() {
            "Type any part of a number, an email or a name.".to_string()
        } else if search.looks_like_phone() {
            let key = chrome.keymap.key_for(Layer::Search, &Action::Open);
            format!("Nobody has this number. {key} adds them as a new lead.")
        } else {
            super::actions::NO_MATCH.to_string()
        };
        frame.render_widget(
            Paragraph::new(hint)
                .style(theme.dim())
                .wrap(Wrap { trim: true }),
            list_area,
        );
        return;
    }
    let width = list_area.width as usize;
    let items: Vec<ListItem<'_>> = search
        .hits
        .iter()
        .take(list_area.height as usize)
        .map(|hit| ListItem::new(screens::search::row(hit, width, theme)))
        .collect();
    let mut list_state = ListState::default().with_selected(Some(search.selected));
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme.selected()),
        list_area,
        &mut list_state,
    );
}

fn draw_line_input(frame: &mut Frame<'_>, area: Rect, title: &str, text: &str, theme: &Theme) {
    let rect = popup(area, 60, 3);
    frame.render_widget(Clear, rect);
    let line = Line::from(vec![
        Span::styled("› ", theme.key()),
        Span::raw(clean_line(text)),
        Span::styled("█", theme.key()),
    ]);
    frame.render_widget(
        Paragraph::new(line).block(
            Block::default()
                .borders(Borders::ALL)
                .title(title.to_string()),
        ),
        rect,
    );
}

/// How wide a dialog is at most.
const FORM_WIDTH: u16 = 72;

/// A dialog: its fields, the focused one's hint beside it (or under it, where it
/// does not fit), then its error or its keys, broken into lines to fit. A form taller
/// than the screen scrolls by whole fields, keeping the focused one in sight and
/// saying how many fields are above and below.
fn draw_form(frame: &mut Frame<'_>, area: Rect, form: &Form, chrome: &Chrome<'_>, keys: &[Hint]) {
    let theme = &chrome.theme;
    let inner = usize::from(FORM_WIDTH.min(area.width).saturating_sub(2));
    let blocks: Vec<Vec<Line<'_>>> = form
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| field_lines(field, index == form.focus, inner, theme))
        .collect();
    let (footer, style) = if form.confirm_discard {
        let key = chrome.keymap.key_for(Layer::Form, &Action::Back);
        (
            format!("Discard what you typed? {key} again discards; any other key goes back."),
            theme.error(),
        )
    } else if let Some(error) = &form.error {
        (clean_line(error), theme.error())
    } else {
        let footer: Vec<String> = keys
            .iter()
            .map(|hint| format!("{} {}", hint.keys, hint.label))
            .collect();
        (footer.join(" · "), theme.dim())
    };
    let footer = wrapped_lines(&footer, inner, style);
    // Borders, the blank line above the footer, and a line to spare below.
    let room = usize::from(area.height).saturating_sub(footer.len() + 4);
    let mut lines = in_sight(blocks, form.focus, room, theme);
    lines.push(Line::raw(""));
    lines.extend(footer);
    let rect = popup(area, FORM_WIDTH, lines.len() as u16 + 3);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", clean_line(&form.title())));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

/// One field's lines: its label and value (a value of several lines under it), the
/// focused one's hint and choices, and a note on it.
fn field_lines<'a>(field: &Field, focused: bool, inner: usize, theme: &Theme) -> Vec<Line<'a>> {
    let label_style = if focused { theme.key() } else { theme.dim() };
    let indent = " ".repeat(LABEL_WIDTH);
    let mut value_lines: Vec<String> = field.value.split('\n').map(clean_line).collect();
    if !focused && value_lines.len() > 2 {
        let more = value_lines.len() - 2;
        value_lines.truncate(2);
        value_lines.push(format!("… {more} more lines"));
    }
    let last = value_lines.len() - 1;
    let mut lines: Vec<Line<'a>> = Vec::new();
    let mut below: Vec<Line<'a>> = Vec::new();
    for (index, text) in value_lines.into_iter().enumerate() {
        let lead = match index {
            0 => Span::styled(format!("{:>10} ", field.label), label_style),
            _ => Span::raw(indent.clone()),
        };
        let mut spans = vec![lead];
        if focused && index == last {
            // The end of what is typed stays in sight, with the cursor.
            let room = inner.saturating_sub(LABEL_WIDTH + 1);
            spans.push(Span::raw(tail(&text, room)));
            spans.push(Span::styled("█", theme.key()));
            let beside = format!("  {}", field.hint);
            if field.hint.is_empty() {
            } else if Line::from(spans.clone()).width() + beside.width() <= inner {
                spans.push(Span::styled(beside, theme.dim()));
            } else {
                let hint = wrap(field.hint, inner.saturating_sub(LABEL_WIDTH));
                below.extend(
                    hint.into_iter()
                        .map(|h| Line::styled(format!("{indent}{h}"), theme.dim())),
                );
            }
        } else {
            spans.push(Span::raw(text));
        }
        lines.push(Line::from(spans));
    }
    lines.extend(below);
    if focused && field.filters_choices {
        let offered: Vec<String> = field.offered().iter().map(|c| clean_line(c)).collect();
        let offered = match offered.as_slice() {
            [] => "nobody the file knows holds that".to_string(),
            names => names.join(" · "),
        };
        let wrapped = wrap(&offered, inner.saturating_sub(LABEL_WIDTH));
        let shown = wrapped.len().min(2);
        for line in &wrapped[..shown] {
            lines.push(Line::styled(format!("{indent}{line}"), theme.dim()));
        }
    }
    if let Some(note) = &field.note {
        for line in wrap(&clean_line(note), inner.saturating_sub(LABEL_WIDTH)) {
            lines.push(Line::styled(format!("{indent}{line}"), theme.error()));
        }
    }
    lines
}

/// The end of `text` that fits in `width` columns, `…` first when cut.
fn tail(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1; // the `…`
    for c in text.chars().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        kept.push(c);
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

/// The fields' lines that fit in `room`: all of them, or the focused field with as
/// many neighbours as fit, and a line above and below saying what is out of sight.
fn in_sight<'a>(
    blocks: Vec<Vec<Line<'a>>>,
    focus: usize,
    room: usize,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let total: usize = blocks.iter().map(Vec::len).sum();
    if total <= room || blocks.is_empty() {
        return blocks.concat();
    }
    let focus = focus.min(blocks.len() - 1);
    let room = room.saturating_sub(2).max(1); // the two signs
    let (mut first, mut last) = (focus, focus + 1);
    let mut used = blocks[focus].len();
    loop {
        let mut grew = false;
        if last < blocks.len() && used + blocks[last].len() <= room {
            used += blocks[last].len();
            last += 1;
            grew = true;
        }
        if first > 0 && used + blocks[first - 1].len() <= room {
            first -= 1;
            used += blocks[first].len();
            grew = true;
        }
        if !grew {
            break;
        }
    }
    let (above, below) = (first, blocks.len() - last);
    let mut lines = Vec::new();
    let sign = |arrow: &str, count: usize, place: &str| {
        let fields = if count == 1 { "field" } else { "fields" };
        Line::styled(
            format!("{arrow} {count} more {fields} {place}"),
            theme.dim(),
        )
    };
    if above > 0 {
        lines.push(sign("▲", above, "above"));
    }
    let mut shown: Vec<Line<'a>> = blocks
        .into_iter()
        .skip(first)
        .take(last - first)
        .flatten()
        .collect();
    // A field taller than the room keeps its end, where the cursor is.
    if shown.len() > room {
        shown.drain(..shown.len() - room);
    }
    lines.extend(shown);
    if below > 0 {
        lines.push(sign("▼", below, "below"));
    }
    lines
}

/// How wide a field's label is, with the space after it.
const LABEL_WIDTH: usize = 11;

/// `text` broken as `wrap` breaks it, each line in `style`.
pub(crate) fn wrapped_lines(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width)
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

/// `text` in lines of at most `width` columns, broken between words.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}
