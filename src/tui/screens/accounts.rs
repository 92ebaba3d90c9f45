//! Accounts: each company with its people, deals and total; the selected one in full
//! beside the list on a wide terminal, or in its place once opened on a narrow one.

use super::deals::money;
use super::search::cell;
use super::{mark, more, window};
use crate::store::AccountDetail;
use crate::tui::accounts::AccountsScreen;
use crate::tui::app::{Action, State};
use crate::tui::draw::Chrome;
use crate::tui::keymap::Layer;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

/// From this width the open account sits beside the list.
const SIDE_BY_SIDE: u16 = 120;

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let screen = &state.accounts;
    if screen.loaded && screen.list.is_empty() {
        let title = format!(
            " {} ",
            crate::tui::bidi::label(&crate::tui::app::Tab::Accounts.title())
        );
        let block = Block::default().borders(Borders::ALL).title(title);
        let key = chrome.keymap.key_for(Layer::Global, &Action::EditContact);
        let text = crate::t!("accounts-none", key = key);
        super::hint(frame, area, block, &text, theme);
        return;
    }
    let list = if area.width >= SIDE_BY_SIDE {
        let [list, detail] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(area);
        draw_list(frame, list, screen, theme);
        draw_detail(frame, detail, state, theme);
        list
    } else if screen.open {
        draw_detail(frame, area, state, theme);
        return;
    } else {
        draw_list(frame, area, screen, theme);
        area
    };
    // A click on an account's line selects it (inside the borders, under the header).
    if !screen.open {
        let height = usize::from(list.height.saturating_sub(3));
        let rows = window(screen.selected, screen.list.len(), height);
        let at = Rect {
            x: list.x.saturating_add(1),
            y: list.y.saturating_add(2),
            width: list.width.saturating_sub(2),
            height: list.height.saturating_sub(3),
        };
        chrome.hits.rows(at, rows.start, rows.len());
    }
}

fn draw_list(frame: &mut Frame<'_>, area: Rect, screen: &AccountsScreen, theme: &Theme) {
    let block = Block::default().borders(Borders::ALL).title(Line::styled(
        format!(
            " {} {} ",
            crate::tui::bidi::label(&crate::tui::app::Tab::Accounts.title()),
            screen.list.len()
        ),
        theme.title(),
    ));
    let width = usize::from(area.width.saturating_sub(2));
    // Wide enough for the numbers, and for the headings in the user's language.
    let heading = |id: &str, least: usize| least.max(crate::i18n::message(id).chars().count());
    let (people, deals, total) = (
        heading("col-people", 6),
        heading("col-deals", 5),
        heading("col-total", 13),
    );
    let name = width.saturating_sub(2 + people + deals + total + 3);
    let line = |cells: [&str; 4], style, mark: &str| {
        Line::styled(
            format!(
                "{mark}{} {:>people$} {:>deals$} {:>total$}",
                cell(cells[0], name),
                cells[1],
                cells[2],
                cells[3],
            ),
            style,
        )
    };
    let header = [
        // The first cell is laid out with the names under it.
        crate::t!("col-account"),
        crate::tui::bidi::label(&crate::t!("col-people")),
        crate::tui::bidi::label(&crate::t!("col-deals")),
        crate::tui::bidi::label(&crate::t!("col-total")),
    ];
    let mut lines = vec![line(
        header.each_ref().map(String::as_str),
        theme.title(),
        "  ",
    )];
    let rows = window(
        screen.selected,
        screen.list.len(),
        usize::from(area.height.saturating_sub(3)),
    );
    let hidden = (screen.list.len() - rows.end) as u64;
    for (index, account) in screen
        .list
        .iter()
        .enumerate()
        .take(rows.end)
        .skip(rows.start)
    {
        let (style, mark) = mark(index == screen.selected, theme);
        lines.push(line(
            [
                &account.name,
                &money(account.contacts as f64),
                &money(account.deals as f64),
                &account.total.shown(),
            ],
            style,
            mark,
        ));
    }
    frame.render_widget(Paragraph::new(lines).block(more(block, hidden)), area);
}

fn draw_detail(frame: &mut Frame<'_>, area: Rect, state: &State, theme: &Theme) {
    let screen = &state.accounts;
    let Some(detail) = screen.detail_shown() else {
        let title = format!(
            " {} ",
            crate::tui::bidi::label(&crate::t!("accounts-account"))
        );
        let block = Block::default().borders(Borders::ALL).title(title);
        super::hint(frame, area, block, &crate::t!("accounts-reading"), theme);
        return;
    };
    let [people, deals] = Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(area);
    draw_people(frame, people, screen, detail, theme);
    draw_deals(frame, deals, detail, theme);
}

fn draw_people(
    frame: &mut Frame<'_>,
    area: Rect,
    screen: &AccountsScreen,
    detail: &AccountDetail,
    theme: &Theme,
) {
    let title = format!(
        " {} ",
        crate::tui::bidi::label(&crate::t!(
            "accounts-people",
            name = cell(&detail.name, 40).trim_end(),
            count = money(detail.member_count as f64)
        ))
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::styled(title, theme.title()));
    if detail.members.is_empty() {
        super::hint(frame, area, block, &crate::t!("accounts-nobody"), theme);
        return;
    }
    let width = usize::from(area.width.saturating_sub(2));
    let (role, status) = (18, 12);
    let name = width.saturating_sub(2 + role + status + 2);
    let rows = window(
        screen.member_selected,
        detail.members.len(),
        usize::from(area.height.saturating_sub(2)),
    );
    let hidden = detail.member_count.saturating_sub(rows.end as u64);
    let lines: Vec<Line<'_>> = detail.members[rows.clone()]
        .iter()
        .zip(rows.clone())
        .map(|(member, index)| {
            let (style, mark) = mark(screen.open && index == screen.member_selected, theme);
            let role_word = member.role.map_or_else(|| "-".to_string(), |r| r.label());
            Line::styled(
                format!(
                    "{mark}{} {} {}",
                    cell(&member.name, name),
                    cell(&role_word, role),
                    cell(
                        &super::contacts::shown_word::<crate::domain::LeadStatus>(&member.status),
                        status
                    )
                ),
                style,
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(more(block, hidden)), area);
}

fn draw_deals(frame: &mut Frame<'_>, area: Rect, detail: &AccountDetail, theme: &Theme) {
    let title = format!(
        " {} ",
        crate::tui::bidi::label(&crate::t!(
            "accounts-deals",
            count = money(detail.deal_count as f64),
            total = detail.total.shown(),
            expected = detail.expected.shown()
        ))
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::styled(title, theme.title()));
    if detail.deals.is_empty() {
        super::hint(frame, area, block, &crate::t!("accounts-no-deal"), theme);
        return;
    }
    let width = usize::from(area.width.saturating_sub(2));
    let (amount, stage, expected) = (11, 9, 11);
    let title_width = width.saturating_sub(amount + stage + expected + 5);
    let shown = usize::from(area.height.saturating_sub(2)).min(detail.deals.len());
    let hidden = detail.deal_count.saturating_sub(shown as u64);
    let lines: Vec<Line<'_>> = detail.deals[..shown]
        .iter()
        .map(|deal| {
            Line::raw(format!(
                "  {} {:>amount$} {} ≈ {:>expected$}",
                cell(&deal.title, title_width),
                crate::i18n::format::money(deal.amount_minor as f64 / 100.0, &deal.currency),
                cell(&crate::i18n::stage(&deal.stage), stage),
                crate::i18n::format::money(deal.expected_minor as f64 / 100.0, &deal.currency),
                expected = expected - 2,
            ))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(more(block, hidden)), area);
}
