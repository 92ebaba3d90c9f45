//! Deals: a board with one column per stage, counts and sums in each header.

use crate::domain::money::Sums;
use crate::domain::text::clean_line;
use crate::tui::app::{Action, State};
use crate::tui::draw::Chrome;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// 48000.0 → "48,000" (a whole number in the user's form): counts and amounts
/// whose currency is said elsewhere.
pub fn money(amount: f64) -> String {
    let whole = if amount.is_finite() {
        amount.round() as i64
    } else {
        0
    };
    crate::i18n::format::number(whole)
}

/// "Σ ₪48,000", a line per currency (sums of two currencies are never added); one
/// "Σ 0" line for an empty column. In a narrow column the space after the sign goes
/// before a digit would: "Σ₪1,250,000".
fn per_currency(sign: &str, sums: &Sums, width: usize) -> Vec<String> {
    let line = |amount: String| {
        let spaced = format!("{sign} {amount}");
        if unicode_width::UnicodeWidthStr::width(spaced.as_str()) <= width {
            spaced
        } else {
            format!("{sign}{amount}")
        }
    };
    if sums.is_empty() {
        return vec![line(crate::i18n::format::number(0))];
    }
    sums.iter()
        .map(|(code, sum)| line(crate::i18n::format::money(sum, code)))
        .collect()
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    if state.board.is_empty() {
        let title = format!(
            " {} ",
            crate::tui::bidi::label(&crate::tui::app::Tab::Deals.title())
        );
        let block = Block::default().borders(Borders::ALL).title(title);
        super::hint(frame, area, block, &crate::t!("deals-loading"), theme);
        return;
    }
    let constraints = vec![Constraint::Fill(1); state.board.len()];
    let areas = Layout::horizontal(constraints).split(area);
    for (index, (column, rect)) in state.board.iter().zip(areas.iter()).enumerate() {
        let active = index == state.board_column;
        let title_style = if active {
            theme.selected()
        } else {
            theme.title()
        };
        let closed =
            column.stage == crate::domain::deal::WON || column.stage == crate::domain::deal::LOST;
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(if active { theme.key() } else { theme.dim() })
            .title(Span::styled(
                format!(
                    " {} {} ",
                    crate::tui::bidi::label(&clean_line(&crate::i18n::stage(&column.stage))),
                    column.cards.len()
                ),
                title_style,
            ));
        let inner = block.inner(*rect);
        frame.render_widget(block, *rect);
        let width = inner.width as usize;
        let mut lines = Vec::new();
        // A stage the config no longer has says so first: its deals are to move on.
        if column.unknown {
            lines.push(Line::styled(
                crate::t!("deals-unknown-stage"),
                theme.error(),
            ));
        }
        for sum in per_currency("Σ", &column.sum(), width) {
            lines.push(Line::from(super::search::cell(&sum, width)));
        }
        let weighted = if closed {
            vec![crate::t!("deals-last-30-days")]
        } else {
            per_currency("≈", &column.weighted(), width)
        };
        for line in weighted {
            lines.push(Line::styled(super::search::cell(&line, width), theme.dim()));
        }
        lines.push(Line::raw(""));
        let header_lines = lines.len();
        // Only the cards that fit are drawn, scrolled to keep the selection in view.
        let per_card = 4;
        let room = (inner.height as usize).saturating_sub(lines.len()) / per_card;
        let selected = if active { state.board_card } else { 0 };
        let first = super::more::first_shown(selected, room).min(column.cards.len());
        let shown = column.cards.len().saturating_sub(first).min(room);
        // Cards scrolled past are counted on the blank line above the first shown.
        if let Some(above) =
            super::more::sign(first, column.cards.len() - first, column.cards.len())
        {
            lines[header_lines - 1] = Line::styled(above, theme.dim());
        }
        for k in 0..shown {
            let card_area = Rect {
                y: inner.y + (header_lines + k * per_card) as u16,
                height: per_card as u16,
                ..inner
            };
            let card = first + k;
            chrome.hits.add(
                card_area.intersection(inner),
                Action::SelectCard {
                    column: index,
                    card,
                },
            );
        }
        for (offset, card) in column.cards.iter().enumerate().skip(first).take(room) {
            let chosen = active && offset == state.board_card;
            let style = if chosen {
                theme.selected()
            } else {
                theme.title()
            };
            // A card's line cut to the column says so with "…"; cut in logical order,
            // then laid out.
            let cut = |text: String| -> String {
                if text.chars().count() <= width {
                    return crate::tui::bidi::text(&text).into_owned();
                }
                let kept: String = text.chars().take(width.saturating_sub(1)).collect();
                crate::tui::bidi::text(&format!("{kept}…")).into_owned()
            };
            lines.push(Line::styled(cut(clean_line(&card.deal.title)), style));
            lines.push(Line::raw(cut(clean_line(&card.contact_name))));
            lines.push(Line::raw(cut(format!(
                "{} · {:.0}%",
                crate::i18n::format::money(card.deal.amount(), &card.deal.currency),
                card.probability * 100.0
            ))));
            let age = crate::t!("deals-days-in-stage", days = card.days_in_stage);
            lines.push(if card.stale {
                let stale = crate::t!("deals-stale");
                Line::styled(cut(format!("{age} · {stale}")), theme.error())
            } else {
                Line::styled(cut(age), theme.dim())
            });
        }
        if let Some(below) = super::more::sign(0, first + shown, column.cards.len()) {
            lines.push(Line::styled(below, theme.dim()));
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn money_is_grouped_by_thousands() {
        assert_eq!(super::money(48_000.0), "48,000");
        assert_eq!(super::money(1_250_000.4), "1,250,000");
        assert_eq!(super::money(999.0), "999");
        assert_eq!(super::money(-1500.0), "-1,500");
    }
}
