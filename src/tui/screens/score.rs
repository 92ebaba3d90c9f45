//! Score: why the current contact scores what it scores, and how the score moved.

use crate::domain::scoring::Evidence;
use crate::domain::text::clean_line;
use crate::tui::app::{Action, State, Tab};
use crate::tui::bidi;
use crate::tui::draw::Chrome;
use crate::tui::keymap::Layer;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Sparkline};

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let (theme, thresholds) = (&chrome.theme, chrome.thresholds);
    let Some(page) = &state.page else {
        let block = Block::default().borders(Borders::ALL).title(title());
        let key = |layer, action| chrome.keymap.key_for(layer, action);
        let text = crate::t!(
            "score-no-contact",
            search = key(Layer::Global, &Action::OpenSearch),
            open = key(Layer::Inbox, &Action::Open),
            score = key(Layer::Global, &Action::GoTo(Tab::Score))
        );
        super::hint(frame, area, block, &text, theme);
        return;
    };
    let score = &page.score;
    let [top, rules, history] = Layout::vertical([
        Constraint::Length(5),
        Constraint::Fill(1),
        Constraint::Length(5),
    ])
    .areas(area);

    let width = top.width.saturating_sub(2) as usize;
    let header = vec![
        Line::from(vec![
            Span::styled(clean_line(&page.contact.name), theme.title()),
            Span::raw(format!(
                "  {} ",
                crate::t!("score-total", total = score.total)
            )),
            Span::styled(
                score.temperature.label(),
                theme.temperature(score.temperature),
            ),
            Span::raw(format!(
                "  {}",
                crate::t!(
                    "score-lifecycle",
                    lifecycle = page.contact.lifecycle.label()
                )
            )),
        ]),
        scale_line(score.total, thresholds, width),
        Line::styled(
            crate::t!(
                "score-thresholds",
                warm = thresholds.warm,
                hot = thresholds.hot,
                mql = thresholds.mql_at,
                sql = thresholds.sql_at
            ),
            theme.dim(),
        ),
    ];
    frame.render_widget(
        Paragraph::new(
            (header.into_iter())
                .map(|line| bidi::line(bidi::one_run_when_rtl(line)))
                .collect::<Vec<_>>(),
        )
        .block(Block::default().borders(Borders::ALL).title(title())),
        top,
    );

    let mut lines: Vec<Line<'_>> = Vec::new();
    if score.rules.is_empty() {
        lines.push(Line::styled(crate::t!("score-no-rule"), theme.dim()));
    }
    // One line a rule, its evidence after it, so a whole breakdown fits on 80×24.
    for hit in &score.rules {
        let decayed = if hit.points != hit.base_points {
            format!(" {}", crate::t!("score-decayed", base = hit.base_points))
        } else {
            String::new()
        };
        let style = if hit.points < 0 {
            theme.error()
        } else {
            theme.key()
        };
        let evidence: Vec<String> = hit
            .evidence
            .iter()
            .map(|evidence| match evidence {
                Evidence::Field { field, value } => {
                    clean_line(&crate::domain::scoring_words::field_evidence(field, value))
                }
                Evidence::Interaction {
                    kind,
                    direction,
                    occurred_at,
                    ..
                } => {
                    let when =
                        crate::i18n::format::day_month_time(&occurred_at.with_timezone(&state.tz));
                    let direction = direction
                        .map(|d| format!(" {}", d.label()))
                        .unwrap_or_default();
                    format!("{}{direction} {when}", kind.label())
                }
            })
            .collect();
        let name = clean_line(&crate::domain::scoring_words::rule_name(&hit.name));
        let evidence = evidence.join(", ");
        // In Hebrew the row reads from the right: points, rule, evidence.
        lines.push(match bidi::is_desk() && crate::i18n::lang().is_rtl() {
            true => Line::from(vec![
                // Laid out right to left on its own, its "·" read first; the spaces
                // after it stay on its right, between it and the rule.
                Span::styled(format!("· {evidence}  "), theme.dim()),
                Span::styled(
                    match decayed.is_empty() {
                        true => String::new(),
                        false => format!("{} ", decayed.trim_start()),
                    },
                    theme.dim(),
                ),
                Span::raw(name),
                Span::styled(format!("  {:>+5}", hit.points), style),
            ])
            .right_aligned(),
            false => Line::from(vec![
                Span::styled(format!("{:>+5}  ", hit.points), style),
                Span::raw(name),
                Span::styled(decayed, theme.dim()),
                Span::styled(format!("  · {evidence}"), theme.dim()),
            ]),
        });
    }
    // Scrolled past the end, the last page stays in view; what is cut is counted.
    let height = usize::from(rules.height.saturating_sub(2));
    let total = lines.len();
    let first = state.score_scroll.min(total.saturating_sub(height));
    let shown = total.saturating_sub(first).min(height);
    let mut block = Block::default().borders(Borders::ALL).title(format!(
        " {} ",
        crate::tui::bidi::label(&crate::t!("score-rules"))
    ));
    if let Some(sign) = super::more::sign(first, shown, total) {
        let key = |action| chrome.keymap.key_for(Layer::Score, &action);
        let keys = crate::t!(
            "score-scroll",
            up = key(Action::Up),
            down = key(Action::Down)
        );
        block = block.title_bottom(Line::styled(format!(" {sign} · {keys} "), theme.dim()));
    }
    let lines: Vec<Line<'_>> = (lines.into_iter().skip(first).take(shown))
        .map(bidi::line)
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), rules);

    let values: Vec<u64> = page
        .history
        .iter()
        .map(|(_, s)| (s - thresholds.floor()).max(0) as u64)
        .collect();
    let title = match (page.history.first(), page.history.last()) {
        (Some((from, first)), Some((_, last))) if page.history.len() > 1 => {
            let since = crate::i18n::format::day_month(from.with_timezone(&state.tz).date_naive());
            format!(
                " {} ",
                crate::t!(
                    "score-over-time",
                    first = *first,
                    last = *last,
                    since = since
                )
            )
        }
        _ => format!(
            " {} ",
            crate::tui::bidi::label(&crate::t!("score-no-change"))
        ),
    };
    frame.render_widget(
        Sparkline::default()
            .data(&values)
            .style(theme.key())
            .block(Block::default().borders(Borders::ALL).title(title)),
        history,
    );
}

/// The score bands and lifecycle thresholds the Score screen draws.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub warm: i64,
    pub hot: i64,
    pub mql_at: i64,
    pub sql_at: i64,
}

impl Thresholds {
    fn floor(&self) -> i64 {
        -20
    }

    fn ceiling(&self) -> i64 {
        (self.hot.max(self.sql_at) * 3 / 2).max(100)
    }
}

/// A bar from the floor to the ceiling: the score as ━, the thresholds as │ marks.
fn scale_line(total: i64, t: Thresholds, width: usize) -> Line<'static> {
    let width = width.max(10);
    let position = |value: i64| -> usize {
        let span = (t.ceiling() - t.floor()) as f64;
        (((value - t.floor()) as f64 / span) * (width - 1) as f64)
            .round()
            .clamp(0.0, (width - 1) as f64) as usize
    };
    let filled = position(total);
    let marks = [
        position(t.warm),
        position(t.hot),
        position(t.mql_at),
        position(t.sql_at),
    ];
    let bar: String = (0..width)
        .map(|i| {
            if marks.contains(&i) {
                '│'
            } else if i <= filled {
                '━'
            } else {
                '─'
            }
        })
        .collect();
    Line::raw(bar)
}

/// The box's title: the screen's name.
fn title() -> String {
    format!(" {} ", crate::tui::bidi::label(&Tab::Score.title()))
}
