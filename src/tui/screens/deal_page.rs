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
use unicode_width::UnicodeWidthStr;

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
    let mut lines = page_lines(view, state.tz, inner, theme);
    // A Hebrew page reads from the right: its headings, history and notes stand there.
    if crate::tui::bidi::is_desk() && crate::i18n::lang().is_rtl() {
        for line in &mut lines {
            line.alignment = line.alignment.or(Some(ratatui::layout::Alignment::Right));
        }
    }
    let title = crate::t!(
        "deal-title",
        title = clean_line(&view.deal.title),
        contact = clean_line(&view.contact_name)
    );
    let title = format!(" {} ", crate::tui::bidi::label(&title));
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
            let label = if n == 0 {
                crate::tui::bidi::label(label)
            } else {
                String::new()
            };
            let pad = " ".repeat(LABEL.saturating_sub(label.width()));
            let value = Span::raw(crate::tui::bidi::text(&part).into_owned());
            // In Hebrew the label stands on the right edge and its value to its left,
            // so that the row reads from the right.
            match crate::tui::bidi::is_desk() && crate::i18n::lang().is_rtl() {
                true => Line::from(vec![
                    value,
                    Span::styled(format!("{pad}{label}"), theme.dim()),
                ])
                .right_aligned(),
                false => Line::from(vec![
                    Span::styled(format!("{label}{pad}"), theme.dim()),
                    value,
                ]),
            }
        })
        .collect()
}

fn page_lines(view: &DealView, tz: FixedOffset, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let deal = &view.deal;
    let currency = &deal.currency;
    let mut lines = Vec::new();
    // The labels are the deal form's fields' (forms.ftl's field-*).
    let named = |field: &str| crate::i18n::message(&format!("field-{field}"));
    let mut add = |label: &str, value: String| lines.extend(fact(label, value, width, theme));
    add(
        &named("amount"),
        crate::i18n::format::money_minor(deal.amount_minor, currency),
    );
    let whose = if deal.probability_override.is_some() {
        crate::t!("deal-own-probability")
    } else {
        crate::t!("deal-stage-probability")
    };
    let percent = format!("{:.0}", view.probability * 100.0);
    add(
        &named("probability"),
        crate::t!("deal-probability", percent = percent, whose = whose),
    );
    let value = crate::i18n::format::money(view.expected_value, currency);
    add(
        &crate::t!("deal-expected"),
        crate::t!("deal-expected-value", value = value),
    );
    let stage = clean_line(&deal.stage);
    add(
        &named("stage"),
        if view.stage_known {
            crate::i18n::stage(&stage)
        } else {
            crate::t!("deal-unknown-stage", stage = stage)
        },
    );
    if let Some(reason) = &deal.closed_reason {
        let reason = crate::domain::said::shown(crate::domain::said::List::Reason, reason);
        add(&named("reason"), clean_line(&reason));
    }
    add(
        &named("close-date"),
        deal.close_date
            .map_or_else(|| crate::t!("deal-not-set"), crate::i18n::format::long_date),
    );
    add(
        &named("owner"),
        deal.owner
            .as_deref()
            .map_or_else(|| crate::t!("timeline-nobody"), clean_line),
    );
    add(
        &named("competitors"),
        match deal.competitors.as_slice() {
            [] => crate::t!("deal-none-known"),
            names => clean_line(&names.join(", ")),
        },
    );
    add(
        &named("quotes"),
        crate::t!(
            "deal-quotes",
            received = deal.quotes_received,
            required = deal.quotes_required
        ),
    );
    for quote in &deal.quotes {
        add("", format!("· {}", clean_line(quote)));
    }
    lines.push(Line::raw(""));
    let heading = |id: &str| crate::tui::bidi::label(&crate::i18n::message(id));
    lines.push(Line::styled(heading("deal-stage-history"), theme.title()));
    for step in &view.steps {
        lines.push(step_line(step, tz, theme));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(heading("deal-notes"), theme.title()));
    match deal.notes.as_deref() {
        Some(notes) => lines.extend(crate::tui::draw::text_lines(notes, width)),
        None => lines.push(Line::styled(heading("deal-no-notes"), theme.dim())),
    }
    lines
}

fn step_line(step: &StageStep, tz: FixedOffset, theme: &Theme) -> Line<'static> {
    let when = crate::i18n::format::long_date_time(&step.at.with_timezone(&tz));
    let when = crate::tui::bidi::label(&when);
    let what = match &step.stage {
        Some(stage) => clean_line(&crate::i18n::stage(stage)),
        None => crate::t!("deal-opened-unrecorded"),
    };
    let what = crate::tui::bidi::label(&what);
    let mut spans = vec![
        Span::styled(format!("  {when}  "), theme.dim()),
        Span::raw(what),
    ];
    if let Some(by) = &step.by {
        let by = crate::tui::bidi::label(&clean_line(by));
        spans.push(Span::styled(format!(" · {by}"), theme.dim()));
    }
    Line::from(spans)
}
