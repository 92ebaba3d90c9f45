//! Contacts: everyone, with the filters and the order in the title. Only the rows
//! that fit are built, from the page read around the selection.

use super::search::cell;
use crate::domain::text::clean_line;
use crate::store::ContactRow;
use crate::tui::app::Tab;
use crate::tui::app::{Action, State};
use crate::tui::draw::Chrome;
use crate::tui::keymap::Layer;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// Fixed widths: status ("disqualified"), lifecycle ("opportunity"), score.
const STATUS: usize = 12;
const LIFECYCLE: usize = 11;
const SCORE: usize = 5;

/// Column widths for a list `width` columns wide (the selection mark included).
struct Columns {
    name: usize,
    company: usize,
    owner: usize,
    /// "12 Mar 09:00" on a wide terminal, "3d" on a narrow one.
    activity: usize,
    wide: bool,
}

impl Columns {
    fn fit(width: usize) -> Columns {
        let wide = width >= 110;
        let (owner, activity) = if wide { (10, 13) } else { (8, 4) };
        let fixed = 2 + 6 + STATUS + LIFECYCLE + owner + SCORE + activity;
        let rest = width.saturating_sub(fixed);
        let name = rest * 11 / 20;
        Columns {
            name,
            company: rest - name,
            owner,
            activity,
            wide,
        }
    }

    fn line(&self, cells: [&str; 7], style: Style, mark: &str) -> Line<'static> {
        let [name, company, status, lifecycle, owner, score, activity] = cells;
        Line::styled(
            format!(
                "{mark}{} {} {} {} {} {:>SCORE$} {}",
                cell(name, self.name),
                cell(company, self.company),
                cell(status, STATUS),
                cell(lifecycle, LIFECYCLE),
                cell(owner, self.owner),
                cell(score, SCORE).trim_end(),
                cell(activity, self.activity),
            ),
            style,
        )
    }
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let screen = &state.contacts;
    let mut title = vec![
        Span::styled(
            format!(" {} ", crate::tui::bidi::label(&Tab::Contacts.title())),
            theme.title(),
        ),
        Span::raw(format!(
            " {} ",
            crate::tui::bidi::label(&crate::t!(
                "contacts-by",
                count = super::deals::money(screen.total as f64),
                order = screen.order.shown()
            ))
        )),
    ];
    for (name, value) in screen.filter.active() {
        title.push(Span::styled(
            crate::tui::bidi::text(&format!(
                " {} {} ",
                crate::i18n::message(&format!("filter-{name}")),
                clean_line(value)
            ))
            .into_owned(),
            theme.selected(),
        ));
    }
    let mut block = Block::default()
        .borders(Borders::ALL)
        .title(Line::from(title));
    if screen.loaded && screen.total == 0 {
        let key = |layer, action| chrome.keymap.key_for(layer, &action);
        let text = if screen.filter.is_empty() {
            crate::t!(
                "contacts-none",
                add = key(Layer::Global, Action::AddLead),
                import = key(Layer::Global, Action::OpenImport)
            )
        } else {
            crate::t!(
                "contacts-none-pass",
                change = key(Layer::Contacts, Action::OpenFilters),
                clear = key(Layer::Contacts, Action::Back)
            )
        };
        super::hint(frame, area, block, &text, theme);
        return;
    }
    let columns = Columns::fit(usize::from(area.width.saturating_sub(2)));
    let height = usize::from(area.height.saturating_sub(3)) as u64;
    let first = screen.selected.saturating_sub(height.saturating_sub(1));
    let last = (first + height).min(screen.total);
    let below = screen.total - last;
    if below > 0 {
        block = block.title_bottom(
            Line::from(format!(
                " {} ",
                crate::tui::bidi::label(&crate::t!(
                    "desk-more-below",
                    count = super::deals::money(below as f64)
                ))
            ))
            .right_aligned(),
        );
    }
    let header = [
        crate::t!("col-name"),
        crate::t!("col-company"),
        crate::t!("col-status"),
        crate::t!("col-lifecycle"),
        crate::t!("col-owner"),
        crate::t!("col-score"),
        if columns.wide {
            crate::t!("col-last-activity")
        } else {
            crate::t!("col-last")
        },
    ];
    let mut lines = vec![columns.line(header.each_ref().map(String::as_str), theme.title(), "  ")];
    for place in first..last {
        let (style, mark) = if place == screen.selected {
            (theme.selected(), "▶ ")
        } else {
            (Style::default(), "  ")
        };
        lines.push(match screen.row_at(place) {
            Some(row) => row_line(&columns, row, state, style, mark),
            // Its page is being read.
            None => columns.line(["…", "", "", "", "", "", ""], style, mark),
        });
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
    // A click on a contact's line selects it (inside the borders, under the header).
    let rows = Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(2),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(3),
    };
    let (first, shown) = (usize::try_from(first), usize::try_from(last - first));
    if let (Ok(first), Ok(shown)) = (first, shown) {
        chrome.hits.rows(rows, first, shown);
    }
}

/// A stored word of a list (`new`, `mql`) as the user reads it; a word the list does
/// not know (a newer version's, in a shared file) as it is.
pub(crate) fn shown_word<W: std::str::FromStr + crate::domain::contact::Labelled>(
    stored: &str,
) -> String {
    stored
        .parse::<W>()
        .map_or_else(|_| stored.to_string(), |word| word.shown())
}

fn row_line(
    columns: &Columns,
    row: &ContactRow,
    state: &State,
    style: Style,
    mark: &str,
) -> Line<'static> {
    let activity = if columns.wide {
        crate::i18n::format::day_month_time(&row.last_activity.with_timezone(&state.tz))
    } else {
        crate::domain::sla::age_label((state.now - row.last_activity).num_minutes())
    };
    let score = row.score.to_string();
    let name = super::flags::name_cut(&row.name, &row.flags, columns.name);
    let status = shown_word::<crate::domain::LeadStatus>(&row.status);
    let lifecycle = shown_word::<crate::domain::Lifecycle>(&row.lifecycle);
    columns.line(
        [
            &name,
            row.company.as_deref().unwrap_or(""),
            &status,
            &lifecycle,
            row.owner.as_deref().unwrap_or("-"),
            &score,
            &activity,
        ],
        style,
        mark,
    )
}
