//! Campaigns: each with what picks its contacts, its template and "12 of 40 done";
//! one open as a checklist of its contacts; or the templates, the selected one's
//! text below the list. Only the rows in sight are drawn.

use super::search::cell;
use super::{mark, more, window};
use crate::tui::app::{Action, State};
use crate::tui::bidi::label;
use crate::tui::campaigns::{CampaignsScreen, Checklist, Showing};
use crate::tui::draw::Chrome;
use crate::tui::keymap::Layer;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let screen = &state.campaigns;
    let key = |action: &Action| chrome.keymap.key_for(Layer::Campaigns, action);
    if let Some(checklist) = &screen.checklist {
        draw_checklist(frame, area, checklist, state.tz, chrome);
        return;
    }
    match screen.showing {
        Showing::Campaigns if screen.loaded && screen.list.is_empty() => {
            let block = block(label(&crate::t!("tab-campaigns")), theme);
            let text = crate::t!(
                "campaigns-none",
                new = key(&Action::NewCampaignItem),
                templates = key(&Action::ToggleTemplates)
            );
            super::hint(frame, area, block, &text, theme);
        }
        Showing::Campaigns => draw_campaigns(frame, area, screen, chrome),
        Showing::Templates => draw_templates(frame, area, screen, chrome),
    }
}

fn block<'a>(title: String, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .title(Line::styled(format!(" {title} "), theme.title()))
}

/// Where a click on a list's rows lands: inside the borders, under `header` lines.
fn rows_clicked(chrome: &Chrome<'_>, area: Rect, header: u16, rows: std::ops::Range<usize>) {
    let at = Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1 + header),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2 + header),
    };
    chrome.hits.rows(at, rows.start, rows.len());
}

/// "12 of 40 done" as the user's language says it.
fn progress(done: usize, total: usize) -> String {
    crate::t!("campaign-progress", done = done, total = total)
}

/// A bar of `width` cells, as full as `done` is of `total`.
fn bar(done: usize, total: usize, width: usize) -> String {
    let full = (done * width).checked_div(total).unwrap_or(0).min(width);
    format!("{}{}", "█".repeat(full), "░".repeat(width - full))
}

fn draw_campaigns(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &CampaignsScreen,
    chrome: &Chrome<'_>,
) {
    let theme = &chrome.theme;
    let title = format!(
        "{} {}",
        label(&crate::t!("tab-campaigns")),
        screen.list.len()
    );
    let width = usize::from(area.width.saturating_sub(2));
    let done_width = 22.min(width / 4);
    let rest = width.saturating_sub(2 + done_width + 3);
    let (name, by, template) = (
        rest * 3 / 10,
        rest * 4 / 10,
        rest - rest * 3 / 10 - rest * 4 / 10,
    );
    let header = Line::styled(
        format!(
            "  {} {} {} {}",
            cell(&crate::t!("col-campaign"), name),
            cell(&crate::t!("col-picks"), by),
            cell(&crate::t!("col-template"), template),
            cell(&crate::t!("col-done"), done_width),
        ),
        theme.title(),
    );
    let rows = window(
        screen.selected,
        screen.list.len(),
        usize::from(area.height.saturating_sub(3)),
    );
    let mut lines = vec![header];
    for (index, summary) in screen
        .list
        .iter()
        .enumerate()
        .take(rows.end)
        .skip(rows.start)
    {
        let (style, mark) = mark(index == screen.selected, theme);
        let (done, total) = (summary.progress.done, summary.progress.total);
        let said = progress(done, total);
        let bar_width = done_width.saturating_sub(said.chars().count() + 1).min(10);
        lines.push(Line::styled(
            format!(
                "{mark}{} {} {} {}",
                cell(&summary.campaign.name, name),
                cell(&summary.campaign.picks_shown(), by),
                cell(summary.template.as_deref().unwrap_or("-"), template),
                cell(
                    &format!("{} {said}", bar(done, total, bar_width)),
                    done_width
                ),
            ),
            style,
        ));
    }
    let hidden = (screen.list.len() - rows.end) as u64;
    frame.render_widget(
        Paragraph::new(lines).block(more(block(title, theme), hidden)),
        area,
    );
    rows_clicked(chrome, area, 1, rows);
}

fn draw_checklist(
    frame: &mut Frame<'_>,
    area: Rect,
    checklist: &Checklist,
    tz: chrono::FixedOffset,
    chrome: &Chrome<'_>,
) {
    let theme = &chrome.theme;
    let campaign = &checklist.campaign;
    // Our sentence around the campaign's name: it reads in the desk's direction.
    let title = crate::tui::bidi::sentence(&crate::t!(
        "campaign-checklist-title",
        name = cell(&campaign.name, 40).trim_end(),
        picks = campaign.picks_shown(),
        progress = progress(checklist.done(), checklist.members.len())
    ));
    let template = match &checklist.template {
        Some(name) => crate::t!("campaign-template", name = name.as_str()),
        None => crate::t!("campaign-no-template"),
    };
    let block = block(title, theme).title_bottom(
        Line::from(format!(" {} ", crate::tui::bidi::sentence(&template))).right_aligned(),
    );
    if checklist.members.is_empty() {
        super::hint(frame, area, block, &crate::t!("campaign-nobody"), theme);
        return;
    }
    let width = usize::from(area.width.saturating_sub(2));
    // As wide as the language writes a day and a time ("2024. 03. 11. 09:00").
    let sample = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH.with_timezone(&tz);
    let when =
        unicode_width::UnicodeWidthStr::width(crate::i18n::format::date_time(&sample).as_str());
    let phone = 16;
    let name = width.saturating_sub(2 + 2 + phone + when + 3);
    let rows = window(
        checklist.selected,
        checklist.members.len(),
        usize::from(area.height.saturating_sub(2)),
    );
    // How many are below, on the left of the border the template's hint ends.
    let hidden = checklist.members.len() - rows.end;
    let block = match hidden {
        0 => block,
        _ => {
            let count = super::deals::money(hidden as f64);
            let more = label(&crate::t!("desk-more-below", count = count));
            block.title_bottom(Line::from(format!(" {more} ")).left_aligned())
        }
    };
    let lines: Vec<Line<'_>> = checklist.members[rows.clone()]
        .iter()
        .zip(rows.clone())
        .map(|(member, index)| {
            let (style, mark) = mark(index == checklist.selected, theme);
            let (tick, done) = match member.done_at {
                Some(at) => ("✓", crate::i18n::format::date_time(&at.with_timezone(&tz))),
                None => ("·", String::new()),
            };
            let phone_shown = member
                .phone
                .as_deref()
                .map(|p| crate::i18n::format::Locale::current().phone_number(p))
                .unwrap_or_default();
            Line::styled(
                format!(
                    "{mark}{tick} {} {} {}",
                    cell(&member.name, name),
                    cell(&phone_shown, phone),
                    cell(&done, when),
                ),
                if member.done_at.is_some() && index != checklist.selected {
                    theme.dim()
                } else {
                    style
                },
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
    rows_clicked(chrome, area, 0, rows);
}

fn draw_templates(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &CampaignsScreen,
    chrome: &Chrome<'_>,
) {
    let theme = &chrome.theme;
    let [list_area, text_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(8)]).areas(area);
    let title = format!(
        "{} {}",
        label(&crate::t!("campaigns-templates")),
        screen.templates.len()
    );
    let width = usize::from(list_area.width.saturating_sub(2));
    let (language, kind) = (4, 10);
    let rest = width.saturating_sub(2 + language + kind + 4);
    let (name, channels, fields) = (
        rest * 4 / 10,
        rest * 2 / 10,
        rest - rest * 4 / 10 - rest * 2 / 10,
    );
    let mut lines = vec![Line::styled(
        format!(
            "  {} {} {} {} {}",
            cell(&crate::t!("col-template"), name),
            cell(&crate::t!("col-language"), language),
            cell(&crate::t!("col-channels"), channels),
            cell(&crate::t!("col-kind"), kind),
            cell(&crate::t!("col-fields"), fields),
        ),
        theme.title(),
    )];
    let rows = window(
        screen.template_selected,
        screen.templates.len(),
        usize::from(list_area.height.saturating_sub(3)),
    );
    for (index, stored) in screen
        .templates
        .iter()
        .enumerate()
        .take(rows.end)
        .skip(rows.start)
    {
        let t = &stored.template;
        let (style, mark) = mark(index == screen.template_selected, theme);
        let channel_words: Vec<String> = t
            .channels
            .iter()
            .map(|c| {
                c.parse::<crate::domain::InteractionKind>()
                    .map_or_else(|_| c.clone(), |k| k.label())
            })
            .collect();
        let kind_word = crate::i18n::named(
            "said-choice",
            if t.personal { "personal" } else { "generic" },
        )
        .unwrap_or_default();
        let used = t.fields();
        lines.push(Line::styled(
            format!(
                "{mark}{} {} {} {} {}",
                cell(&t.name, name),
                cell(&t.language, language),
                cell(&channel_words.join(", "), channels),
                cell(&kind_word, kind),
                cell(&used.join(" "), fields),
            ),
            style,
        ));
    }
    let hidden = (screen.templates.len() - rows.end) as u64;
    frame.render_widget(
        Paragraph::new(lines).block(more(block(title, theme), hidden)),
        list_area,
    );
    rows_clicked(chrome, list_area, 1, rows);
    let Some(selected) = screen.selected_template() else {
        return;
    };
    let mut text = String::new();
    if let Some(subject) = &selected.template.subject {
        text.push_str(subject);
        text.push_str("\n\n");
    }
    text.push_str(&selected.template.body);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", label(&selected.template.name)));
    let inner = usize::from(block.inner(text_area).width).max(1);
    // Line by line: the template's own line breaks stay, and each wraps on its own.
    let lines: Vec<Line<'_>> = text
        .split('\n')
        .flat_map(|line| match line.trim().is_empty() {
            true => vec![Line::raw("")],
            false => crate::tui::draw::wrapped_lines(line, inner, Style::default()),
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), text_area);
}
