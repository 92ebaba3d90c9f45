//! One frame: the tabs, the current screen, any overlay, and the status bar with the
//! keys that matter here (generated from the keymap).

use super::app::{Action, Overlay, SearchBox, State, Tab};
use super::bidi::label;
use super::forms::{Field, Form};
use super::keymap::{Hint, Keymap, Layer};
use super::screens;
use super::theme::Theme;
use super::typing::{self, LineInput};
use crate::domain::text::clean_line;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

/// What a frame needs besides the state: the keymap, the theme, the file's name.
pub struct Chrome<'a> {
    pub keymap: &'a Keymap,
    pub theme: Theme,
    pub file: &'a str,
    pub thresholds: screens::score::Thresholds,
    /// Where a click lands in this frame: filled as the frame is drawn (`hits`).
    pub hits: super::hits::HitMap,
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
    chrome.hits.clear();
    super::tab_bar::draw(frame, tabs, state, chrome);
    match state.tab {
        Tab::Inbox => screens::inbox::draw(frame, body, state, chrome),
        Tab::Timeline => screens::timeline::draw(frame, body, state, chrome),
        Tab::Deals => screens::deals::draw(frame, body, state, chrome),
        Tab::Score => screens::score::draw(frame, body, state, chrome),
        Tab::Tasks => screens::tasks::draw(frame, body, state, chrome),
        Tab::Contacts => screens::contacts::draw(frame, body, state, chrome),
        Tab::Accounts => screens::accounts::draw(frame, body, state, chrome),
        Tab::Reports => screens::reports::draw(frame, body, state, chrome),
        Tab::Campaigns => screens::campaigns::draw(frame, body, state, chrome),
    }
    if state.overlay.is_some() {
        // A dialog is modal: a click beside it reaches nothing behind it.
        chrome.hits.cover(body);
    }
    match &state.overlay {
        Some(Overlay::Search(search)) => draw_search(frame, body, search, chrome),
        Some(Overlay::HistoryFilter(line)) => {
            let key = |action| chrome.keymap.key_for(Layer::HistoryFilter, action);
            let title = crate::t!(
                "history-filter-title",
                apply = key(&Action::Open),
                cancel = key(&Action::Back)
            );
            let title = format!(" {} ", label(&title));
            draw_line_input(frame, body, &title, line, theme)
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
            // Fixed sentences (refusals) are written in English in the code and
            // shown in the user's language.
            format!(
                " {} ",
                super::bidi::in_desk_direction(&clean_line(&crate::i18n::from_english(message)))
            ),
            theme.title(),
        ));
        spans.push(Span::raw("│"));
    }
    let hints_from = Line::from(spans.clone()).width() as u16;
    let help = (chrome.keymap.help_key())
        .map(|key| format!(" {} ", label(&crate::t!("status-help", key = key))))
        .unwrap_or_default();
    let [left, right] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(help.chars().count() as u16),
    ])
    .areas(area);
    // Keys wider than the bar end in "…" rather than cut unseen: whole keys are
    // left out, never half of one; a message wider than the bar is cut itself.
    let width = usize::from(left.width);
    let mut shown_hints = hints.len();
    while shown_hints > 0 && too_wide(&spans, &hints[..shown_hints], theme, width) {
        shown_hints -= 1;
    }
    spans.extend(hint_spans(&hints[..shown_hints], theme));
    if shown_hints < hints.len() {
        spans.push(Span::styled(" …", theme.dim()));
    }
    let line = super::screens::more::fit_line(Line::from(spans), width);
    frame.render_widget(Paragraph::new(line), left);
    frame.render_widget(Paragraph::new(Span::styled(help, theme.key())), right);
    chrome.hits.bar_hints(left, hints_from, hints);
    chrome.hits.add(right, Action::ToggleHelp);
}

/// Whether the message and `hints` leave no room for the "…" of keys left out.
fn too_wide(message: &[Span<'_>], hints: &[Hint], theme: &Theme, width: usize) -> bool {
    let mut spans = message.to_vec();
    spans.extend(hint_spans(hints, theme));
    Line::from(spans).width() + 2 > width
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

/// A box over the screen, as tall as `lines` and the keys under them (at most the
/// area), its text scrolled by `scroll` (scrolled past the end, the last page stays
/// in view), and the layer's keys that can act now at its foot, each clickable.
pub(crate) fn scrolled_popup(
    frame: &mut Frame<'_>,
    area: Rect,
    (width, block): (u16, Block<'_>),
    lines: Vec<Line<'_>>,
    hints: &[Hint],
    (scroll, chrome): (u16, &Chrome<'_>),
) {
    let inner = usize::from(width.min(area.width).saturating_sub(2));
    let enabled: Vec<Hint> = hints.iter().filter(|h| h.enabled).cloned().collect();
    let keys: Vec<String> = enabled
        .iter()
        .map(|h| format!("{} {}", h.keys, h.label))
        .collect();
    let footer = wrapped_lines(&keys.join(" · "), inner, chrome.theme.dim());
    // Borders, and a blank line above the keys.
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
    let keys_area = Rect {
        y: foot.y.saturating_add(1),
        height: foot.height.saturating_sub(1),
        ..foot
    };
    chrome.hits.footer_hints(keys_area, &enabled, inner);
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
        .title(format!(" {} ", label(&crate::t!("search-title"))));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [input, list_area] =
        Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    let (_, column) = typing::line_and_column(&search.query, search.after_cursor);
    let room = usize::from(input.width).saturating_sub(2);
    let mut typed = vec![Span::styled("› ", theme.key())];
    typed.extend(typing::cursor_line(&search.query, column, room, theme));
    frame.render_widget(
        Paragraph::new(vec![Line::from(typed), Line::raw("")]),
        input,
    );
    if search.hits.is_empty() {
        let hint = if search.query.trim().is_empty() {
            crate::t!("search-empty")
        } else if search.looks_like_phone() {
            let key = chrome.keymap.key_for(Layer::Search, &Action::Open);
            crate::t!("search-unknown-number", key = key)
        } else {
            crate::i18n::from_english(super::actions::NO_MATCH)
        };
        frame.render_widget(
            Paragraph::new(hint)
                .style(theme.dim())
                .wrap(Wrap { trim: true }),
            list_area,
        );
        return;
    }
    screens::search::draw_hits(frame, list_area, search, chrome);
}

fn draw_line_input(
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    input: &LineInput,
    theme: &Theme,
) {
    let rect = popup(area, 60, 3);
    frame.render_widget(Clear, rect);
    let (_, column) = typing::line_and_column(&input.text, input.after_cursor);
    // The borders and the `› ` before the text.
    let room = usize::from(rect.width).saturating_sub(4);
    let mut spans = vec![Span::styled("› ", theme.key())];
    spans.extend(typing::cursor_line(&input.text, column, room, theme));
    let line = Line::from(spans);
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
    let footer = if form.confirm_discard {
        let key = chrome.keymap.key_for(Layer::Form, &Action::Back);
        wrapped_lines(&crate::t!("form-discard", key = key), inner, theme.error())
    } else if let Some(error) = &form.error {
        let error = clean_line(&crate::i18n::from_english(error));
        wrapped_sentence(&error, inner, theme.error())
    } else {
        // Each key beside its own label, laid out one by one as the status bar's.
        let footer: Vec<String> = keys
            .iter()
            .map(|hint| format!("{} {}", hint.keys, label(&hint.label)))
            .collect();
        let footer = footer.join(" · ");
        let lines = wrap(&footer, inner).into_iter();
        lines.map(|line| Line::styled(line, theme.dim())).collect()
    };
    // Borders, the blank line above the footer, and a line to spare below.
    let room = usize::from(area.height).saturating_sub(footer.len() + 4);
    let heights: Vec<usize> = blocks.iter().map(Vec::len).collect();
    let mut lines = in_sight(blocks, form.focus, room, theme);
    lines.push(Line::raw(""));
    lines.extend(footer);
    let rect = popup(area, FORM_WIDTH, lines.len() as u16 + 3);
    frame.render_widget(Clear, rect);
    let block = Block::default().borders(Borders::ALL).title(format!(
        " {} ",
        super::bidi::text(&clean_line(&form.title()))
    ));
    let footer_keys = (!form.confirm_discard && form.error.is_none()).then_some((keys, inner));
    (chrome.hits).form(block.inner(rect), &heights, form.focus, room, footer_keys);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

/// One field's lines: its label and value (a value of several lines under it), the
/// focused one's hint and choices, and a note on it.
fn field_lines<'a>(field: &Field, focused: bool, inner: usize, theme: &Theme) -> Vec<Line<'a>> {
    let label_style = if focused { theme.key() } else { theme.dim() };
    let indent = " ".repeat(LABEL_WIDTH);
    // In Hebrew a field reads from the right: its label on the right edge, the value
    // to its left, the hint after that; each part laid out on its own as before.
    let rtl = super::bidi::is_desk() && crate::i18n::lang().is_rtl();
    let indented = |text: String, style| match rtl {
        true => Line::styled(format!("{text}{indent}"), style).right_aligned(),
        false => Line::styled(format!("{indent}{text}"), style),
    };
    let (cursor_row, cursor_column) = field.cursor();
    let mut value_lines: Vec<String> = field.value.split('\n').map(str::to_string).collect();
    if !focused && field.multiline {
        // A text of several lines read, not edited (a message before it is sent):
        // each of its lines wrapped, so that nothing is cut at the dialog's edge.
        let room = inner.saturating_sub(LABEL_WIDTH).max(1);
        value_lines = value_lines
            .iter()
            .flat_map(|line| match line.width() > room {
                true => wrap(line, room),
                false => vec![line.clone()],
            })
            .collect();
    }
    if !focused && value_lines.len() > 2 {
        let more = value_lines.len() - 2;
        value_lines.truncate(2);
        value_lines.push(crate::t!("more-lines", count = more));
    }
    let last = value_lines.len() - 1;
    let mut lines: Vec<Line<'a>> = Vec::new();
    let mut below: Vec<Line<'a>> = Vec::new();
    for (index, text) in value_lines.into_iter().enumerate() {
        let lead = match (index, rtl) {
            (0, false) => {
                Span::styled(format!("{:>10} ", label(&field.shown_label())), label_style)
            }
            (0, true) => Span::styled(format!(" {:>10}", label(&field.shown_label())), label_style),
            _ => Span::raw(indent.clone()),
        };
        let mut spans = Vec::new();
        if focused && index == cursor_row {
            // The cursor where the user types, kept in sight on a long line.
            let room = inner.saturating_sub(LABEL_WIDTH);
            let line = typing::cursor_line(&text, cursor_column, room, theme);
            // A filled field just entered: its value is selected, typing replaces it.
            let selected = field.selected && !field.multiline;
            spans.extend(line.into_iter().map(|span| match selected {
                true => span.patch_style(theme.selected()),
                false => span,
            }));
        } else {
            spans.push(Span::raw(
                super::bidi::text(&clean_line(&text)).into_owned(),
            ));
        }
        let mut hint = None;
        if focused && index == last && !field.hint.is_empty() {
            // Hints are fixed English sentences in the code, shown in the user's
            // language (forms.ftl's hint-field-*).
            let shown_hint = crate::i18n::from_english(field.hint);
            let beside = match rtl {
                true => format!("{}  ", label(&shown_hint)),
                false => format!("  {}", label(&shown_hint)),
            };
            if Line::from(spans.clone()).width() + lead.width() + beside.width() <= inner {
                hint = Some(Span::styled(beside, theme.dim()));
            } else {
                let hint = wrap(&shown_hint, inner.saturating_sub(LABEL_WIDTH));
                below.extend(hint.into_iter().map(|h| indented(label(&h), theme.dim())));
            }
        }
        lines.push(match rtl {
            true => {
                let mut mirrored: Vec<Span<'a>> = hint.into_iter().collect();
                mirrored.extend(spans);
                mirrored.push(lead);
                Line::from(mirrored).right_aligned()
            }
            false => {
                let mut line = vec![lead];
                line.extend(spans);
                line.extend(hint);
                Line::from(line)
            }
        });
    }
    lines.extend(below);
    if focused && field.filters_choices {
        let offered: Vec<String> = (field.offered().iter())
            .map(|c| super::bidi::text(&clean_line(c)).into_owned())
            .collect();
        let offered = match offered.as_slice() {
            [] => super::bidi::label(&crate::t!("desk-nobody-holds-that")),
            names => names.join(" · "),
        };
        let wrapped = wrap(&offered, inner.saturating_sub(LABEL_WIDTH));
        let shown = wrapped.len().min(2);
        for line in &wrapped[..shown] {
            lines.push(indented(line.clone(), theme.dim()));
        }
    }
    if let Some(note) = &field.note {
        // A fixed sentence (a refusal) is written in English in the code.
        let note = clean_line(&crate::i18n::from_english(note));
        for line in wrap(&note, inner.saturating_sub(LABEL_WIDTH)) {
            lines.push(indented(super::bidi::sentence(&line), theme.error()));
        }
    }
    lines
}

/// The fields' lines that fit in `room`: all of them, or the focused field with as
/// many neighbours as fit, and a line above and below saying what is out of sight.
pub(crate) fn in_sight<'a>(
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
    let sign = |text: String| Line::styled(label(&text), theme.dim());
    let fields = |count: usize| crate::t!("more-fields", count = count);
    if above > 0 {
        lines.push(sign(crate::t!(
            "fields-above",
            arrow = "▲",
            fields = fields(above)
        )));
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
        lines.push(sign(crate::t!(
            "fields-below",
            arrow = "▼",
            fields = fields(below)
        )));
    }
    lines
}

/// How wide a field's label is, with the space after it.
const LABEL_WIDTH: usize = 11;

/// Text as written: its own line breaks kept, each line wrapped to `width` in
/// logical order and then laid out; a paragraph in Hebrew stands on the right.
pub(crate) fn text_lines(text: &str, width: usize) -> Vec<Line<'static>> {
    text.lines()
        .flat_map(|line| {
            let rtl = super::bidi::reads_right_to_left(line);
            wrap(&clean_line(line), width)
                .into_iter()
                .map(move |piece| {
                    let shown = Line::raw(super::bidi::text(&piece).into_owned());
                    if rtl { shown.right_aligned() } else { shown }
                })
        })
        .collect()
}

/// `text` broken as `wrap` breaks it, each line in `style`: broken in logical
/// order, then each line laid out.
pub(crate) fn wrapped_lines(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width)
        .into_iter()
        .map(|line| Line::styled(super::bidi::text(&line).into_owned(), style))
        .collect()
}

/// A sentence of the desk's own (a problem, a summary) wrapped like `wrapped_lines`,
/// each line reading in the direction of the user's language whatever name or
/// value it starts with.
pub(crate) fn wrapped_sentence(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width)
        .into_iter()
        .map(|line| Line::styled(super::bidi::sentence(&line), style))
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
