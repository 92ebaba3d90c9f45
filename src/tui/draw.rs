//! One frame: the tabs, the current screen, any overlay, and the status bar with the
//! keys that matter here (generated from the keymap).

use super::app::{Action, Overlay, SearchBox, State, Tab};
use super::forms::Form;
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
        Some(Overlay::Form(form)) => {
            draw_form(frame, body, form, chrome, &chrome.keymap.hints(state))
        }
        Some(Overlay::Help(scroll)) => super::help::draw(frame, body, chrome, *scroll),
        Some(Overlay::Import(view)) => super::importing::draw(frame, body, view, chrome),
        Some(Overlay::Entry(view)) => screens::entry::draw(frame, body, state, view, chrome),
        None => {}
    }
    draw_status(frame, status, state, chrome);
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

fn draw_status(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let mut spans = Vec::new();
    if let Some(message) = &state.message {
        spans.push(Span::styled(
            format!(" {} ", clean_line(message)),
            theme.title(),
        ));
        spans.push(Span::raw("│"));
    }
    spans.extend(hint_spans(&chrome.keymap.hints(state), theme));
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
    let rect = popup(area, 76, 16);
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
    let items: Vec<ListItem<'_>> = search
        .hits
        .iter()
        .take(list_area.height as usize)
        .map(|hit| {
            let c = &hit.contact;
            let phone = c
                .primary_phone()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let email = c.emails.first().cloned().unwrap_or_default();
            ListItem::new(Line::from(vec![
                Span::styled(format!("{:<24}", clean_line(&c.name)), theme.title()),
                Span::raw(format!(" {phone:<15} ")),
                Span::styled(clean_line(&email), theme.dim()),
            ]))
        })
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
/// does not fit), then its error or its keys, broken into lines to fit.
fn draw_form(frame: &mut Frame<'_>, area: Rect, form: &Form, chrome: &Chrome<'_>, keys: &[Hint]) {
    let theme = &chrome.theme;
    let inner = usize::from(FORM_WIDTH.min(area.width).saturating_sub(2));
    let mut lines: Vec<Line<'_>> = Vec::new();
    for (index, field) in form.fields.iter().enumerate() {
        let focused = index == form.focus;
        let label_style = if focused { theme.key() } else { theme.dim() };
        let mut spans = vec![
            Span::styled(format!("{:>10} ", field.label), label_style),
            Span::raw(clean_line(&field.value)),
        ];
        let mut below = Vec::new();
        if focused {
            spans.push(Span::styled("█", theme.key()));
            let beside = format!("  {}", field.hint);
            if field.hint.is_empty() {
            } else if Line::from(spans.clone()).width() + beside.width() <= inner {
                spans.push(Span::styled(beside, theme.dim()));
            } else {
                below = wrap(field.hint, inner.saturating_sub(LABEL_WIDTH));
            }
        }
        lines.push(Line::from(spans));
        for hint in below {
            let indent = " ".repeat(LABEL_WIDTH);
            lines.push(Line::styled(format!("{indent}{hint}"), theme.dim()));
        }
    }
    lines.push(Line::raw(""));
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
    lines.extend(wrapped_lines(&footer, inner, style));
    // Borders, and a line to spare below.
    let rect = popup(area, FORM_WIDTH, lines.len() as u16 + 3);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", clean_line(&form.title())));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
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
