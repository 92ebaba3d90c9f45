//! The Timeline: one contact's details, open follow-ups and whole history.

use crate::domain::Contact;
use crate::domain::contact::flag_mark;
use crate::domain::text::clean_line;
use crate::tui::app::{Action, State};
use crate::tui::draw::Chrome;
use crate::tui::keymap::Layer;
use crate::tui::theme::{Theme, channel_mark};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthChar;

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let Some(page) = &state.page else {
        let key = |layer, action| chrome.keymap.key_for(layer, action);
        let text = crate::t!(
            "timeline-no-contact",
            search = key(Layer::Global, &Action::OpenSearch),
            open = key(Layer::Inbox, &Action::Open)
        );
        let block = Block::default().borders(Borders::ALL).title(title());
        super::hint(frame, area, block, &text, theme);
        return;
    };
    let c = &page.contact;
    let mut header: Vec<Line<'_>> = Vec::new();
    let phones: Vec<String> = c
        .phones
        .iter()
        .map(|p| clean_line(&crate::i18n::format::phone(p)))
        .collect();
    header.push(Line::from(vec![
        Span::styled(clean_line(&c.name), theme.title()),
        Span::raw("  "),
        Span::raw(phones.join(", ")),
        Span::raw("  "),
        Span::raw(c.emails.join(", ")),
    ]));
    if !c.aliases.is_empty() {
        // Inside the borders: a long list ends in "…" rather than cut mid-name unseen.
        let width = usize::from(area.width.saturating_sub(2));
        header.push(Line::styled(also_known_as(&c.aliases, width), theme.dim()));
    }
    let accounts: Vec<String> = c
        .accounts
        .iter()
        .map(|m| match m.role {
            Some(role) => format!("{} ({})", clean_line(&m.account), role.label()),
            None => clean_line(&m.account),
        })
        .collect();
    let reason = c
        .disqualified_reason
        .as_deref()
        .map(|r| {
            let reason = crate::domain::said::shown(crate::domain::said::List::Reason, r);
            format!(": {}", clean_line(&reason))
        })
        .unwrap_or_default();
    header.push(Line::from(vec![
        Span::raw(crate::t!(
            "timeline-state",
            lifecycle = c.lifecycle.label(),
            status = c.status.label(),
            reason = reason,
            owner = c
                .owner
                .as_deref()
                .map(clean_line)
                .unwrap_or_else(|| crate::t!("timeline-nobody"))
        )),
        Span::raw(format!(" · {} ", crate::t!("timeline-score"))),
        Span::styled(
            format!("{} {}", page.score.total, page.score.temperature.label()),
            theme.temperature(page.score.temperature),
        ),
        Span::raw(if accounts.is_empty() {
            String::new()
        } else {
            format!(" · {}", accounts.join(", "))
        }),
    ]));
    header.push(details(c, theme));
    let open_tasks: Vec<_> = page.tasks.iter().filter(|t| t.done_at.is_none()).collect();
    for task in open_tasks.iter().take(3) {
        let due = crate::i18n::format::day_time(&task.due_at.with_timezone(&state.tz));
        let style = if task.due_at < state.now {
            theme.error()
        } else {
            theme.key()
        };
        header.push(Line::from(vec![
            Span::styled(format!("☐ {due}  "), style),
            Span::raw(clean_line(&task.title)),
        ]));
    }
    if open_tasks.len() > 3 {
        let more = open_tasks.len() - 3;
        header.push(Line::styled(
            crate::t!("timeline-more-follow-ups", count = more),
            theme.dim(),
        ));
    }
    // Inside the borders: a line too long ends in "…" rather than cut unseen.
    let inner = usize::from(area.width.saturating_sub(2));
    // The first line is the contact's fields side by side; the others read as
    // sentences, one run in a right-to-left language.
    let header: Vec<Line<'_>> = header
        .into_iter()
        .enumerate()
        .map(|(n, line)| match n {
            0 => line,
            _ => crate::tui::bidi::one_run_when_rtl(line),
        })
        .map(|line| super::more::fit_line(line, inner))
        .collect();
    let header_height = header.len() as u16 + 2;
    let [top, bottom] =
        Layout::vertical([Constraint::Length(header_height), Constraint::Fill(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(header).block(Block::default().borders(Borders::ALL).title(title())),
        top,
    );

    let entries = state.visible_timeline();
    let mut title = format!(
        " {} ",
        crate::tui::bidi::label(&crate::t!(
            "timeline-history",
            shown = entries.len(),
            all = page.timeline.len()
        ))
    );
    if let Some(channel) = state.channel {
        let only = crate::tui::bidi::label(&crate::t!(
            "timeline-only-channel",
            channel = channel.label()
        ));
        title.push_str(&format!("· {only} "));
    }
    if !state.history_filter.is_empty() {
        let filter = clean_line(&state.history_filter);
        title.push_str(&format!("· \"{}\" ", crate::tui::bidi::text(&filter)));
    }
    let height = bottom.height.saturating_sub(2) as usize;
    let first = super::more::first_shown(state.timeline_selected, height);
    let shown = entries.len().saturating_sub(first).min(height);
    let mut block = Block::default().borders(Borders::ALL).title(title);
    if let Some(sign) = super::more::sign(first, shown, entries.len()) {
        block = block.title_bottom(Line::styled(format!(" {sign} "), theme.dim()));
    }
    let width = bottom.width.saturating_sub(2) as usize;
    let when_width = widest_when();
    let items: Vec<ListItem<'_>> = entries
        .iter()
        .skip(first)
        .take(height)
        .map(|i| {
            let when = crate::i18n::format::day_month_time(&i.occurred_at.with_timezone(&state.tz));
            let direction = match i.direction {
                Some(crate::domain::Direction::In) => "←",
                Some(crate::domain::Direction::Out) => "→",
                None => " ",
            };
            // Each fact stands in a span of its own, laid out on its own: a Hebrew
            // outcome must not turn what follows it into a right-to-left run.
            let mut spans = vec![
                Span::styled(format!("{} ", padded(&when, when_width)), theme.dim()),
                Span::styled(
                    format!("{} {}", channel_mark(i.kind), padded(&i.kind.label(), 9)),
                    theme.channel(i.kind),
                ),
                Span::raw(format!("{direction} ")),
            ];
            if let Some(outcome) = &i.outcome {
                let outcome =
                    crate::domain::said::shown(crate::domain::said::List::Outcome, outcome);
                spans.push(Span::raw(format!("[{}] ", clean_line(&outcome))));
            }
            if let Some(secs) = i.duration_secs {
                let length = crate::domain::report::minutes_label(secs);
                spans.push(Span::raw(format!("{length} ")));
            }
            let gist: Vec<String> = i.gist().iter().map(|part| clean_line(part)).collect();
            spans.push(Span::raw(gist.join(" ")));
            // A row longer than the box ends in "…", never cut short without a sign.
            super::more::fit_line(Line::from(spans), width).into()
        })
        .collect();
    let list = List::new(items)
        .block(block)
        .highlight_style(theme.selected());
    let mut list_state = ListState::default()
        .with_selected((!entries.is_empty()).then(|| state.timeline_selected - first));
    frame.render_stateful_widget(list, bottom, &mut list_state);
    let rows = Block::bordered().inner(bottom);
    chrome.hits.rows(rows, first, shown);
}

/// The box's title: the screen's name.
fn title() -> String {
    format!(
        " {} ",
        crate::tui::bidi::label(&crate::tui::app::Tab::Timeline.title())
    )
}

/// The widest day, month and time the user's language writes ("szept. 30. 23:59"),
/// so that the columns after it stay in place from one month to the next.
fn widest_when() -> usize {
    use chrono::TimeZone;
    use unicode_width::UnicodeWidthStr;
    (1..=12)
        .filter_map(|month| {
            chrono::Utc
                .with_ymd_and_hms(2026, month, 28, 23, 59, 0)
                .single()
        })
        .map(|at| crate::i18n::format::day_month_time(&at).width())
        .max()
        .unwrap_or(0)
}

/// `text` padded with spaces to `width` columns (as `{:<width$}` would for ASCII).
fn padded(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// The header's line of the business's own knowledge: the quality as stars and the
/// flags with their marks, in the theme's colours (a warning flag as an error), then
/// the best time, the preferred channel and the source, dim.
fn details<'a>(c: &Contact, theme: &Theme) -> Line<'a> {
    let mut spans: Vec<Span<'a>> = Vec::new();
    let separate = |spans: &mut Vec<Span<'a>>| {
        if !spans.is_empty() {
            spans.push(Span::styled(" · ", theme.dim()));
        }
    };
    if let Some(quality) = c.quality {
        let stars = usize::from(quality.min(5));
        let stars = format!("{}{}", "★".repeat(stars), "☆".repeat(5 - stars));
        let shown = crate::t!("timeline-quality", stars = stars);
        spans.push(Span::styled(shown, theme.key()));
    }
    for flag in &c.flags {
        separate(&mut spans);
        let warns = matches!(flag_mark(flag), Some('!' | '⊘'));
        let style = if warns { theme.error() } else { theme.key() };
        spans.push(Span::styled(
            super::flags::named(std::slice::from_ref(flag)),
            style,
        ));
    }
    let mut rest = Vec::new();
    if let Some(best) = &c.best_time {
        rest.push(crate::t!("timeline-best-time", time = clean_line(best)));
    }
    if let Some(channel) = &c.preferred_channel {
        rest.push(crate::t!("timeline-prefers", channel = clean_line(channel)));
    }
    if let Some(source) = &c.source {
        rest.push(crate::t!("timeline-source", source = clean_line(source)));
    }
    if !rest.is_empty() {
        separate(&mut spans);
        spans.push(Span::styled(rest.join(" · "), theme.dim()));
    }
    Line::from(spans)
}

/// "also: דנה לוי, D. Levi", cut with "…" to fit `width` columns.
fn also_known_as(aliases: &[String], width: usize) -> String {
    let names: Vec<String> = aliases.iter().map(|a| clean_line(a)).collect();
    let full = crate::t!("timeline-also", names = names.join(", "));
    let mut used = 0;
    let mut fitted = String::new();
    let mut chars = full.chars().peekable();
    while let Some(c) = chars.next() {
        let w = c.width().unwrap_or(0);
        // The last column is kept for the "…" whenever more follows.
        let room = if chars.peek().is_some() {
            width.saturating_sub(1)
        } else {
            width
        };
        if used + w > room {
            fitted.push('…');
            return fitted;
        }
        used += w;
        fitted.push(c);
    }
    fitted
}

#[cfg(test)]
mod tests {
    use super::also_known_as;

    #[test]
    fn aliases_are_listed_and_cut_to_the_width() {
        let aliases = ["דנה לוי".to_string(), "D. Levi".to_string()];
        assert_eq!(also_known_as(&aliases, 40), "also: דנה לוי, D. Levi");
        assert_eq!(also_known_as(&aliases, 22), "also: דנה לוי, D. Levi");
        assert_eq!(also_known_as(&aliases, 16), "also: דנה לוי, …");
        assert_eq!(
            also_known_as(&["\u{1b}[31mNoa".to_string()], 20),
            "also: Noa"
        );
    }
}
