//! A deal's page over the board: its value, the stages it went through with their
//! dates, competitors, quotes, close date, owner and notes, scrolled when longer
//! than the screen; the deal layer's keys at the foot. Every text from the file is
//! cleaned before it is drawn.

use crate::domain::deal::StageStep;
use crate::domain::text::clean_line;
use crate::tui::app::State;
use crate::tui::deal_page::DealView;
use crate::tui::draw::{Chrome, scrolled_popup, wrap};
use crate::tui::keymap::Hint;
use crate::tui::theme::Theme;
use chrono::FixedOffset;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

const WIDTH: u16 = 80;
/// The labels' column: "Competitors " and a space.
const LABEL: usize = 13;

pub fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    state: &State,
    view: &DealView,
    chrome: &Chrome<'_>,
    hints: &[Hint],
) {
    let theme = &chrome.theme;
    let inner = usize::from(WIDTH.min(area.width).saturating_sub(2));
    let lines = page_lines(view, state.tz, inner, theme);
    let title = format!(
        " Deal: {} · {} ",
        crate::tui::bidi::text(&clean_line(&view.deal.title)),
        crate::tui::bidi::text(&clean_line(&view.contact_name))
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(title, theme.title()));
    scrolled_popup(
        frame,
        area,
        (WIDTH, block),
        lines,
        hints,
        (view.scroll, chrome),
    );
}

/// One "Label       value" line; a value too long for the width wraps under itself.
fn fact(label: &str, value: String, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let room = width.saturating_sub(LABEL).max(10);
    wrap(&value, room)
        .into_iter()
        .enumerate()
        .map(|(n, part)| {
            let label = if n == 0 { label } else { "" };
            Line::from(vec![
                Span::styled(format!("{label:<LABEL$}"), theme.dim()),
                Span::raw(crate::tui::bidi::text(&part).into_owned()),
            ])
        })
        .collect()
}

fn page_lines(view: &DealView, tz: FixedOffset, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let deal = &view.deal;
    let currency = &deal.currency;
    let mut lines = Vec::new();
    let mut add = |label: &str, value: String| lines.extend(fact(label, value, width, theme));
    add(
        "Amount",
        crate::i18n::format::money_minor(deal.amount_minor, currency),
    );
    let whose = if deal.probability_override.is_some() {
        "this deal's own"
    } else {
        "the stage's"
    };
    add(
        "Probability",
        format!("{:.0}% ({whose})", view.probability * 100.0),
    );
    add(
        "Expected",
        format!(
            "{} (amount × probability)",
            crate::i18n::format::money(view.expected_value, currency)
        ),
    );
    let stage = clean_line(&deal.stage);
    add(
        "Stage",
        if view.stage_known {
            stage
        } else {
            format!("{stage}: not a stage of the config's pipeline; < and > move it")
        },
    );
    if let Some(reason) = &deal.closed_reason {
        add("Reason", clean_line(reason));
    }
    add(
        "Close date",
        deal.close_date
            .map_or("not set".to_string(), crate::i18n::format::long_date),
    );
    add(
        "Owner",
        deal.owner
            .as_deref()
            .map_or("nobody".to_string(), clean_line),
    );
    add(
        "Competitors",
        match deal.competitors.as_slice() {
            [] => "none known".to_string(),
            names => clean_line(&names.join(", ")),
        },
    );
    add(
        "Quotes",
        format!(
            "{} received of {} required",
            deal.quotes_received, deal.quotes_required
        ),
    );
    for quote in &deal.quotes {
        add("", format!("· {}", clean_line(quote)));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Stage history", theme.title()));
    for step in &view.steps {
        lines.push(step_line(step, tz, theme));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Notes", theme.title()));
    match deal.notes.as_deref() {
        Some(notes) => lines.extend(crate::tui::draw::text_lines(notes, width)),
        None => lines.push(Line::styled("none yet: e edits the deal", theme.dim())),
    }
    lines
}

fn step_line(step: &StageStep, tz: FixedOffset, theme: &Theme) -> Line<'static> {
    let when = crate::i18n::format::long_date_time(&step.at.with_timezone(&tz));
    let what = match &step.stage {
        Some(stage) => clean_line(stage),
        None => "opened (its first stage was not recorded)".to_string(),
    };
    let mut spans = vec![
        Span::styled(format!("  {when}  "), theme.dim()),
        Span::raw(what),
    ];
    if let Some(by) = &step.by {
        spans.push(Span::styled(format!(" · {}", clean_line(by)), theme.dim()));
    }
    Line::from(spans)
}
