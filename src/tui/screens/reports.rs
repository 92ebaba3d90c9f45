//! Reports: a line naming the reports (the current one in brackets), the period
//! and the split; then the report's sections one under another, from the one
//! scrolled to. Bars, gauges and sparklines are ratatui's; their numbers stand in
//! the text beside them.

use crate::domain::text::clean_line;
use crate::tui::app::State;
use crate::tui::bidi::label;
use crate::tui::draw::Chrome;
use crate::tui::report_sections::{Body, SPARK_HEIGHT, Section, sections};
use crate::tui::reports::{ReportPage, ReportView};
use crate::tui::screens::more::{cut_line, fit_line};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Direction, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Block, Borders, LineGauge, Paragraph, Sparkline, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let screen = &state.reports;
    let title = format!(" {} ", label(&crate::tui::app::Tab::Reports.title()));
    let block = Block::default().borders(Borders::ALL).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let width = usize::from(inner.width);
    let mut y = inner.y;
    let line = |frame: &mut Frame<'_>, text: Line<'_>, y: &mut u16| {
        if *y < inner.bottom() {
            let row = Rect::new(inner.x, *y, inner.width, 1);
            frame.render_widget(Paragraph::new(fit_line(text, width)), row);
            *y += 1;
        }
    };
    line(frame, pages_line(screen.request.page, theme), &mut y);
    let Some(view) = screen.shown() else {
        line(
            frame,
            Line::styled(crate::t!("report-reading"), theme.dim()),
            &mut y,
        );
        return;
    };
    line(frame, Line::styled(about(view), theme.dim()), &mut y);
    let all = sections(view);
    let first = screen.scroll.min(all.len().saturating_sub(1));
    let room = |y: u16| usize::from(inner.bottom().saturating_sub(y));
    for (index, section) in all.iter().enumerate().skip(first) {
        // A blank line parts each section from the one above.
        if index > first {
            y = y.saturating_add(1);
        }
        // The last line is kept for the sign, unless this last section fits whole.
        let needs = height(section, inner.width);
        let last_fits = index + 1 == all.len() && needs <= room(y);
        let free = room(y).saturating_sub(usize::from(!last_fits));
        if needs > free && !cuttable(section) || free == 0 {
            sign(frame, inner, all.len() - index, first, all.len(), theme);
            return;
        }
        y = draw_section(
            frame,
            section,
            Rect::new(inner.x, y, inner.width, 0),
            free,
            theme,
        );
        if needs > free {
            // Cut short: it counts among those below.
            sign(frame, inner, all.len() - index, first, all.len(), theme);
            return;
        }
    }
    if first > 0 {
        sign(frame, inner, 0, first, all.len(), theme);
    }
}

/// Cells the bars keep when a table is wider than the screen.
const MIN_BAR: usize = 6;

/// Lines a section takes at `width`: its title, then its body (sentences wrap).
fn height(section: &Section, width: u16) -> usize {
    let body = match &section.body {
        Body::Bars { table, .. } => table.rows.len() + 1,
        Body::Gauges(gauges) => gauges.len(),
        Body::Spark(_) => SPARK_HEIGHT,
        Body::Text(text) => text
            .iter()
            .map(|s| sentence(s, width).line_count(width))
            .sum(),
    };
    section
        .title
        .as_ref()
        .map_or(0, |title| sentence(title, width).line_count(width))
        + body
}

/// A sentence as drawn: cleaned of control characters, wrapped at words.
/// Wrapped in the order it was typed, then each line laid out (a Hebrew sentence
/// reads right to left, on the right).
fn sentence(text: &str, width: u16) -> Paragraph<'static> {
    let text = clean_line(text);
    let lines = crate::tui::draw::wrapped_lines(&text, usize::from(width).max(1), Style::default());
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: true });
    if crate::tui::bidi::reads_right_to_left(&text) {
        paragraph.alignment(ratatui::layout::Alignment::Right)
    } else {
        paragraph
    }
}

/// Whether a section still reads with its last lines cut: a table or sentences do.
fn cuttable(section: &Section) -> bool {
    matches!(section.body, Body::Bars { .. } | Body::Text(_))
}

/// "… 2 above, 3 more (sections, ↑/↓)" on the last line, as every cut list of the desk
/// says it (`more::sign`), counting sections.
fn sign(
    frame: &mut Frame<'_>,
    inner: Rect,
    below: usize,
    above: usize,
    total: usize,
    theme: &Theme,
) {
    let shown = total.saturating_sub(above + below);
    let Some(text) = super::more::sign(above, shown, total) else {
        return;
    };
    let row = Rect::new(inner.x, inner.bottom() - 1, inner.width, 1);
    // The sign comes laid out; the words around it are laid out with it.
    let text = label(&crate::t!("report-sections-hint", sign = text));
    frame.render_widget(Paragraph::new(Line::styled(text, theme.dim())), row);
}

/// The reports by name, the current one bracketed (it reads without colour).
fn pages_line(current: ReportPage, theme: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for page in ReportPage::ALL {
        if page == current {
            spans.push(Span::styled(format!("[{}]", page.title()), theme.title()));
        } else {
            spans.push(Span::raw(format!(" {} ", page.title())));
        }
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

/// "the last 30 days: 2026-11-02 to 2026-12-01 · all leads" or "· by source".
fn about(view: &ReportView) -> String {
    let split = match (view.request.page, view.request.by) {
        (ReportPage::Targets, _) => crate::t!("report-each-target"),
        (ReportPage::Sources, None) => crate::t!("report-by-source"),
        (_, None) => crate::t!("report-not-split"),
        (_, Some(by)) => crate::t!(
            "report-split-by",
            split = crate::tui::report_sections::split_name(by)
        ),
    };
    format!("{} · {split}", view.request.describe(&view.period))
}

/// Draws one section from `at`'s top in at most `free` lines; returns the line after.
fn draw_section(
    frame: &mut Frame<'_>,
    section: &Section,
    at: Rect,
    free: usize,
    theme: &Theme,
) -> u16 {
    let width = usize::from(at.width);
    let mut y = at.y;
    let mut left = free;
    if let Some(title) = &section.title {
        let rows =
            u16::try_from(sentence(title, at.width).line_count(at.width).min(left)).unwrap_or(0);
        let title = sentence(title, at.width).style(theme.title());
        frame.render_widget(title, Rect::new(at.x, y, at.width, rows));
        y += rows;
        left -= usize::from(rows);
    }
    if left == 0 {
        return y;
    }
    let lines = |n: usize, left: usize| u16::try_from(n.min(left)).unwrap_or(0);
    match &section.body {
        Body::Text(text) => {
            for line in text {
                let rows = lines(sentence(line, at.width).line_count(at.width), left);
                left -= usize::from(rows);
                frame.render_widget(sentence(line, at.width), Rect::new(at.x, y, at.width, rows));
                y += rows;
            }
        }
        Body::Gauges(gauges) => {
            // The words aligned, so that the gauges start in one column.
            let labels: Vec<String> = (gauges.iter())
                .map(|(words, _)| crate::tui::bidi::text(&clean_line(words)).into_owned())
                .collect();
            let widest = labels.iter().map(|l| l.width()).max().unwrap_or(0);
            for (label, (_, ratio)) in labels.iter().zip(gauges).take(left) {
                let pad = " ".repeat(widest - label.width());
                let gauge = LineGauge::default()
                    .ratio(ratio.clamp(0.0, 1.0))
                    .label(Line::raw(format!("{label}{pad} ")))
                    .filled_symbol("█")
                    .unfilled_symbol("·")
                    .filled_style(theme.key())
                    .unfilled_style(theme.dim());
                frame.render_widget(gauge, Rect::new(at.x, y, at.width, 1));
                y += 1;
            }
        }
        Body::Spark(counts) => {
            let height = lines(SPARK_HEIGHT, left);
            // A long period is drawn a bucket of days to a column; a short one a day
            // to a few columns, so that it spans the screen.
            let per_column = counts.len().div_ceil(width.max(1)).max(1);
            let repeat = (width / counts.len().max(1)).clamp(1, 4);
            let data: Vec<u64> = counts
                .chunks(per_column)
                .flat_map(|chunk| std::iter::repeat_n(chunk.iter().sum(), repeat))
                .collect();
            let spark = Sparkline::default().data(&data).style(theme.key());
            frame.render_widget(spark, Rect::new(at.x, y, at.width, height));
            y += height;
        }
        Body::Bars { table, max } => {
            // The numbers first, cut with "…" when they would reach the border; the
            // bars take what is left, a few cells at least.
            let room = if width > 3 * MIN_BAR {
                width - MIN_BAR - 1
            } else {
                width
            };
            // Each cell laid out alone, so that the columns stay where they are.
            let text: Vec<String> = table
                .lines_laid_out(crate::tui::bidi::text)
                .into_iter()
                .map(|line| cut_line(Line::raw(line), room).to_string())
                .collect();
            let label_width = text.iter().map(|l| l.width()).max().unwrap_or(0);
            let (header, rows) = text
                .split_first()
                .map_or(("", &[][..]), |(h, r)| (h.as_str(), r));
            // Over the bars, what they draw.
            let pad = " ".repeat(label_width - header.width());
            let column = crate::i18n::from_english(table.bar_of);
            let bars = label(&crate::t!("report-bars", column = column));
            let header = Line::styled(format!("{header}{pad} {bars}"), theme.dim());
            let row = Rect::new(at.x, y, at.width, 1);
            // Its cells were laid out with the rows': cut, not laid out again.
            frame.render_widget(Paragraph::new(cut_line(header, width)), row);
            y += 1;
            let shown = lines(rows.len(), left.saturating_sub(1));
            // A row that is not nothing shows a cell of bar however small it is.
            let cells = u64::try_from(width.saturating_sub(label_width + 1).max(1)).unwrap_or(1);
            let least = max.div_ceil(cells);
            let padded: Vec<Bar<'_>> = rows
                .iter()
                .zip(&table.values)
                .take(usize::from(shown))
                .map(|(label, value)| {
                    let pad = label_width - label.width();
                    let drawn = if *value > 0 { (*value).max(least) } else { 0 };
                    Bar::default()
                        .value(drawn)
                        .label(Line::raw(format!("{label}{}", " ".repeat(pad))))
                        .text_value(String::new())
                })
                .collect();
            let chart = BarChart::default()
                .direction(Direction::Horizontal)
                .data(ratatui::widgets::BarGroup::default().bars(&padded))
                .bar_width(1)
                .bar_gap(0)
                .max(*max)
                .bar_style(theme.key());
            frame.render_widget(chart, Rect::new(at.x, y, at.width, shown));
            y += shown;
        }
    }
    y
}
