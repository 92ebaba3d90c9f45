//! The top line: the desk's name, a tab per screen with the key that goes there,
//! and, on the right, how sharing stands, the file and the user. What does not fit
//! goes, least needed first: the desk's name, then the tabs' padding, then the
//! other tabs' titles (their keys stay), then the right-hand side, so that every
//! screen stays one click or key away at 80 columns.

use super::app::{Action, State, Tab};
use super::bidi::label;
use super::draw::Chrome;
use super::keymap::Layer;
use crate::domain::text::clean_line;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub(crate) fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let width = usize::from(area.width);
    let whose = format!(
        "{} · {} ",
        chrome.file,
        super::bidi::text(&clean_line(&state.user))
    );
    let sharing = |short| {
        state
            .sync
            .as_ref()
            .map(|line| clean_line(&line.label(state.tz, short)))
    };
    // The right-hand sides, longest first; how sharing stands outlasts the file.
    let rights: Vec<String> = match (sharing(false), sharing(true)) {
        (Some(long), Some(short)) => vec![
            format!("{long} · {whose}"),
            format!("{short} · {whose}"),
            format!("{short} "),
        ],
        _ => vec![whose],
    };
    let tiers = [
        (true, Fit::Padded),
        (false, Fit::Padded),
        (false, Fit::Compact),
        (false, Fit::KeysOnly),
    ];
    let (named, fit, right) = tiers
        .iter()
        .flat_map(|&(named, fit)| rights.iter().map(move |r| (named, fit, r.clone())))
        .find(|(named, fit, right)| {
            // Each tab ends in a space: it parts the last tab from the right side.
            tabs_width(state, chrome, *named, *fit) + right.chars().count() <= width
        })
        .unwrap_or((false, Fit::KeysOnly, String::new()));
    let mut spans = Vec::new();
    if named {
        spans.push(Span::styled(
            format!(" {} ", crate::t!("app-name")),
            theme.title(),
        ));
    }
    for (tab, text) in tab_texts(state, chrome, fit) {
        let style = if tab == state.tab {
            theme.selected()
        } else {
            theme.dim()
        };
        let span = Span::styled(text, style);
        let x: usize = spans.iter().map(|s| s.width()).sum();
        let at = Rect::new(
            area.x.saturating_add(x as u16),
            area.y,
            span.width() as u16,
            1,
        );
        chrome.hits.add(at.intersection(area), Action::GoTo(tab));
        spans.push(span);
    }
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let right = if used + right.chars().count() > width {
        String::new()
    } else {
        right
    };
    spans.push(Span::raw(
        " ".repeat(width.saturating_sub(used + right.chars().count())),
    ));
    spans.push(Span::styled(right, theme.dim()));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// How tight the tabs are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// " 1 Inbox " each.
    Padded,
    /// "1 Inbox " each.
    Compact,
    /// The current tab as "1 Inbox ", every other one as its key alone: "2 ".
    KeysOnly,
}

/// Each tab's text: the key that goes there, as bound (a tab's place is not its
/// key), and its title, as tight as `fit` says.
fn tab_texts(state: &State, chrome: &Chrome<'_>, fit: Fit) -> Vec<(Tab, String)> {
    Tab::ALL
        .into_iter()
        .map(|tab| {
            // The key comes from the config: never a control character on screen.
            let key = clean_line(&chrome.keymap.key_for(Layer::Global, &Action::GoTo(tab)));
            let text = match fit {
                Fit::Padded => format!(" {key} {} ", label(&tab.title())),
                Fit::KeysOnly if tab != state.tab => format!("{key} "),
                Fit::Compact | Fit::KeysOnly => format!("{key} {} ", label(&tab.title())),
            };
            (tab, text)
        })
        .collect()
}

fn tabs_width(state: &State, chrome: &Chrome<'_>, named: bool, fit: Fit) -> usize {
    let name = if named {
        crate::t!("app-name").chars().count() + 2
    } else {
        0
    };
    name + tab_texts(state, chrome, fit)
        .iter()
        .map(|(_, text)| text.chars().count())
        .sum::<usize>()
}
