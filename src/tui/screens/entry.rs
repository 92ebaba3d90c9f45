//! One timeline entry in full over the Timeline: what it says, wrapped and
//! scrolled, or its versions, oldest first; the entry layer's keys at the foot.

use crate::domain::Interaction;
use crate::domain::interaction::InteractionKind;
use crate::domain::text::clean_line;
use crate::tui::app::State;
use crate::tui::bidi::label;
use crate::tui::draw::{Chrome, scrolled_popup, text_lines};
use crate::tui::entry::EntryView;
use crate::tui::keymap::Hint;
use crate::tui::theme::{Theme, channel_mark};
use chrono::FixedOffset;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

const WIDTH: u16 = 76;

pub fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    state: &State,
    view: &EntryView,
    chrome: &Chrome<'_>,
    hints: &[Hint],
) {
    let theme = &chrome.theme;
    let inner = usize::from(WIDTH.min(area.width).saturating_sub(2));
    let lines = match &view.versions {
        Some(versions) => versions_lines(versions, state.tz, inner, theme),
        None => entry_lines(&view.item, state.tz, inner, theme),
    };
    let (kind, name) = (view.item.kind.label(), clean_line(&view.contact_name));
    let what = if view.versions.is_some() {
        crate::t!("entry-versions-title", kind = kind, name = name)
    } else {
        crate::t!("entry-title", kind = kind, name = name)
    };
    let title = format!(" {} {} ", channel_mark(view.item.kind), label(&what));
    let block = Block::default().borders(Borders::ALL).title(title);
    scrolled_popup(
        frame,
        area,
        (WIDTH, block),
        lines,
        hints,
        (view.scroll, chrome),
    );
}

/// The entry's facts: when, direction, outcome, duration, by whom, from which
/// template, each laid out.
fn facts(item: &Interaction, tz: FixedOffset) -> Vec<String> {
    let mut facts = vec![crate::i18n::format::long_date_time(
        &item.occurred_at.with_timezone(&tz),
    )];
    facts.extend(item.direction.map(|d| match d {
        crate::domain::Direction::In => crate::t!("entry-in"),
        crate::domain::Direction::Out => crate::t!("entry-out"),
    }));
    facts.extend(item.outcome.as_deref().map(|outcome| {
        clean_line(&crate::domain::said::shown(
            crate::domain::said::List::Outcome,
            outcome,
        ))
    }));
    facts.extend(item.duration_secs.map(crate::domain::report::minutes_label));
    facts.push(crate::t!("entry-by", name = clean_line(&item.logged_by)));
    facts.extend(
        item.template
            .as_deref()
            .map(|template| crate::t!("entry-template", name = clean_line(template))),
    );
    // Laid out fact by fact: an outcome or a name may be Hebrew.
    facts.iter().map(|fact| label(fact)).collect()
}

/// A line of the desk's own on the side its language reads from: the right in Hebrew.
fn reading_side(line: Line<'static>) -> Line<'static> {
    match crate::tui::bidi::is_desk() && crate::i18n::lang().is_rtl() {
        true => line.right_aligned(),
        false => line,
    }
}

/// `facts` joined by " · " on as many lines of `width` columns as they take, a fact
/// never broken (a longer language's words wrap rather than vanish at the edge).
fn fact_lines(facts: Vec<String>, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let width_of = |line: &[String]| line.iter().map(|f| f.width() + 3).sum::<usize>();
    let mut lines: Vec<Vec<String>> = Vec::new();
    for fact in facts {
        match lines.last_mut() {
            Some(line) if width_of(line) + fact.width() <= width => line.push(fact),
            _ => lines.push(vec![fact]),
        }
    }
    // In Hebrew the facts of a line follow one another from the right.
    let rtl = crate::tui::bidi::is_desk() && crate::i18n::lang().is_rtl();
    lines
        .into_iter()
        .map(|mut line| {
            if rtl {
                line.reverse();
            }
            line.join(" · ")
        })
        .collect()
}

fn entry_lines(
    item: &Interaction,
    tz: FixedOffset,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = fact_lines(facts(item, tz), width)
        .into_iter()
        .map(|line| reading_side(Line::styled(line, theme.dim())))
        .collect();
    if let Some(subject) = &item.subject {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} ", label(&crate::t!("entry-subject"))),
                theme.dim(),
            ),
            Span::styled(
                crate::tui::bidi::text(&clean_line(subject)).into_owned(),
                theme.title(),
            ),
        ]));
    }
    if item.supersedes.is_some() {
        let corrected = crate::i18n::format::day_month_time(&item.created_at.with_timezone(&tz));
        lines.push(Line::styled(
            label(&crate::t!("entry-corrected", when = corrected)),
            theme.dim(),
        ));
    }
    lines.push(Line::raw(""));
    match item.text.as_deref() {
        // An automatic entry's text is stored in English and read in the user's words.
        Some(text) if item.kind == crate::domain::InteractionKind::Event => {
            lines.extend(text_lines(&crate::domain::event_text::shown(text), width));
        }
        Some(text) => lines.extend(text_lines(text, width)),
        None => lines.push(Line::styled(
            label(&crate::t!("entry-nothing-written")),
            theme.dim(),
        )),
    }
    lines
}

fn versions_lines(
    versions: &[Interaction],
    tz: FixedOffset,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let last = versions.len().saturating_sub(1);
    let mut lines = Vec::new();
    for (n, version) in versions.iter().enumerate() {
        // A deletion is named wherever it stands: one corrected after it elsewhere
        // (a sync) leaves it among the earlier versions, with no text of its own.
        let which = match (n, version.kind) {
            (_, InteractionKind::Retracted) => crate::t!("version-deleted"),
            (n, _) if n == last => crate::t!("version-current"),
            (0, _) => crate::t!("version-first"),
            _ => crate::t!("version-earlier"),
        };
        let when = crate::i18n::format::day_month_time(&version.created_at.with_timezone(&tz));
        let name = clean_line(&version.logged_by);
        let saved = if version.kind == InteractionKind::Retracted {
            crate::t!("version-deleted-at", when = when, name = name)
        } else {
            crate::t!("version-saved", when = when, name = name)
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", label(&which)), theme.title()),
            Span::styled(label(&saved), theme.dim()),
        ]));
        if version.kind != InteractionKind::Retracted {
            lines.extend(
                fact_lines(facts(version, tz), width)
                    .into_iter()
                    .map(|line| reading_side(Line::styled(line, theme.dim()))),
            );
            lines.extend(text_lines(version.text.as_deref().unwrap_or(""), width));
        }
        lines.push(Line::raw(""));
    }
    lines.pop();
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn version(id: &str, kind: InteractionKind, hour: u32, text: Option<&str>) -> Interaction {
        let at = Utc.with_ymd_and_hms(2024, 3, 12, hour, 0, 0).unwrap();
        Interaction {
            id: id.into(),
            contact_id: "c".into(),
            deal_id: None,
            kind,
            direction: None,
            outcome: None,
            duration_secs: None,
            subject: None,
            text: text.map(str::to_string),
            occurred_at: at,
            logged_by: "Dana".into(),
            created_at: at,
            supersedes: (id != "a").then(|| "a".to_string()),
            template: None,
        }
    }

    #[test]
    fn a_deletion_among_the_versions_says_deleted_and_by_whom() {
        let versions = [
            version("a", InteractionKind::Note, 8, Some("first text")),
            version("b", InteractionKind::Retracted, 9, None),
            version("c", InteractionKind::Note, 10, Some("corrected elsewhere")),
        ];
        let utc = FixedOffset::east_opt(0).unwrap();
        let lines: Vec<String> = versions_lines(&versions, utc, 60, &Theme::plain())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            lines.contains(&"deleted 12 Mar 09:00 by Dana".to_string()),
            "{lines:#?}"
        );
        assert!(lines.contains(&"current saved 12 Mar 10:00 by Dana".to_string()));
        assert!(
            !lines.iter().any(|l| l.starts_with("earlier")),
            "{lines:#?}"
        );
    }
}
