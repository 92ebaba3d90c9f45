//! The search list's rows: name, phone, company (the first account) and status,
//! and the email where there is room, so that two people of one name can be told
//! apart. Columns are cut with "…", never wrapped; a narrow box drops the email
//! first, then the status, and keeps the name, the phone and the company.

use crate::domain::text::clean_line;
use crate::store::SearchHit;
use crate::tui::app::SearchBox;
use crate::tui::draw::Chrome;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};
use unicode_width::UnicodeWidthStr;

const PHONE: usize = 15;
/// "disqualified", the longest status.
const STATUS: usize = 12;
const NAME_MAX: usize = 24;
const COMPANY_MAX: usize = 22;
/// The least room the email is shown in, and the name and company kept with the status.
const EMAIL_MIN: usize = 12;
const NAME_MIN: usize = 16;
const COMPANY_MIN: usize = 10;

/// How wide each column is in `width` columns; none for a column dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub name: usize,
    pub phone: usize,
    pub company: usize,
    pub status: Option<usize>,
    pub email: Option<usize>,
}

impl Columns {
    pub fn fit(width: usize) -> Columns {
        let full = NAME_MAX + PHONE + COMPANY_MAX + STATUS + 3;
        if width > full + EMAIL_MIN {
            return Columns {
                name: NAME_MAX,
                phone: PHONE,
                company: COMPANY_MAX,
                status: Some(STATUS),
                email: Some(width - full - 1),
            };
        }
        let (rest, status) = if width >= NAME_MIN + PHONE + COMPANY_MIN + STATUS + 3 {
            (width - PHONE - STATUS - 3, Some(STATUS))
        } else {
            (width.saturating_sub(PHONE + 2), None)
        };
        let name = (rest * 11 / 20).min(NAME_MAX);
        Columns {
            name,
            phone: PHONE,
            company: rest - name,
            status,
            email: None,
        }
    }
}

/// The hits that fit in `area`, scrolled to keep the selection in view; when they
/// do not all fit, the last line says how many more there are.
pub fn draw_hits(frame: &mut Frame<'_>, area: Rect, search: &SearchBox, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let total = search.hits.len();
    let mut height = usize::from(area.height);
    if total > height {
        height = height.saturating_sub(1); // the sign's line
    }
    let first = super::more::first_shown(search.selected, height).min(total);
    let shown = total.saturating_sub(first).min(height);
    let width = usize::from(area.width);
    let mut items: Vec<ListItem<'_>> = search.hits[first..first + shown]
        .iter()
        .map(|hit| ListItem::new(row(hit, width, theme)))
        .collect();
    if let Some(sign) = super::more::sign(first, shown, total) {
        items.push(ListItem::new(Line::styled(sign, theme.dim())));
    }
    let selected = search.selected.checked_sub(first).filter(|s| *s < shown);
    let mut list_state = ListState::default().with_selected(selected);
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme.selected()),
        area,
        &mut list_state,
    );
    chrome.hits.rows(area, first, shown);
}

/// One hit's row in `width` columns.
pub fn row(hit: &SearchHit, width: usize, theme: &Theme) -> Line<'static> {
    let columns = Columns::fit(width);
    let c = &hit.contact;
    let phone = c
        .primary_phone()
        .map(crate::i18n::format::phone)
        .unwrap_or_default();
    let company = c.accounts.first().map_or("", |m| m.account.as_str());
    let mut spans = vec![
        Span::styled(
            super::flags::name_cell(&c.name, &c.flags, columns.name),
            theme.title(),
        ),
        Span::raw(format!(" {} ", cell(&phone, columns.phone))),
        Span::raw(cell(company, columns.company)),
    ];
    if let Some(width) = columns.status {
        spans.push(Span::styled(
            format!(" {}", cell(&c.status.label(), width)),
            theme.dim(),
        ));
    }
    if let Some(width) = columns.email {
        let email = c.emails.first().map_or("", String::as_str);
        spans.push(Span::styled(
            format!(" {}", cell(email, width)),
            theme.dim(),
        ));
    }
    Line::from(spans)
}

/// `text` cleaned for the screen, in exactly `width` columns: cut with "…" when
/// longer, laid out in visual order (`tui::bidi`), padded with spaces when shorter.
pub fn cell(text: &str, width: usize) -> String {
    let cut = cut(text, width);
    // Cut in logical order first, so that a Hebrew cell loses its logical end, then
    // laid out on its own, so that the columns beside it never move.
    let shown = crate::tui::bidi::text(&cut);
    let used = shown.width();
    let mut out = shown.into_owned();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// `text` cleaned and cut to `width` columns with "…", in logical order: what a
/// cell holds before it is laid out, for a caller joining it with more.
pub fn cut(text: &str, width: usize) -> String {
    crate::domain::bidi::cut(&clean_line(text), width).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fit_and_drop_the_email_then_the_status() {
        for width in 0..200 {
            let c = Columns::fit(width);
            let used = c.name
                + 1
                + c.phone
                + 1
                + c.company
                + c.status.map_or(0, |s| s + 1)
                + c.email.map_or(0, |e| e + 1);
            assert!(used <= width.max(PHONE + 2), "{width}: {c:?}");
        }
        let box_at_80 = Columns::fit(74);
        assert_eq!(box_at_80.email, None);
        assert_eq!(box_at_80.status, Some(STATUS));
        assert!(box_at_80.name >= NAME_MIN && box_at_80.company >= COMPANY_MIN);
        assert_eq!(Columns::fit(50).status, None);
        assert!(Columns::fit(108).email.is_some());
    }

    #[test]
    fn a_cell_is_cut_with_an_ellipsis_and_padded_to_its_width() {
        assert_eq!(cell("Noa", 5), "Noa  ");
        assert_eq!(cell("Szabó Réka Kovácsné", 10), "Szabó Rék…");
        for text in [
            "יוסי מזרחי הגדול",
            "👋🏽👋🏽👋🏽👋🏽",
            "\x1b[31mred\x1b[0m and more",
            "",
        ] {
            for width in 0..12 {
                let fitted = cell(text, width);
                assert_eq!(fitted.width(), width, "{text:?} in {width}: {fitted:?}");
                assert!(!fitted.contains('\x1b'));
            }
        }
    }
}
