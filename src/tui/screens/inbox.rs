//! The Inbox: every lead that still needs work, most urgent first.

use super::search::cell;
use crate::domain::text::clean_line;
use crate::store::{InboxEntry, InboxItem, Label, nothing_waits, nothing_waits_for};
use crate::tui::app::{Action, State};
use crate::tui::draw::Chrome;
use crate::tui::keymap::Layer;
use crate::tui::theme::Theme;
use crate::tui::views::InboxView;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, Table, TableState};
use unicode_width::UnicodeWidthStr;

/// From this width on the source, campaign, owner and next task are shown.
const WIDE_FROM: u16 = 110;

/// Fixed widths: "+36 30 123 4567" (a foreign phone in international form; ours are
/// shorter, "054-490-0148"), "120w", "-100", an owner.
const PHONE: usize = 16;
const AGE: usize = 4;
const SCORE: usize = 5;
const OWNER: usize = 8;

/// The SLA's column: its longest word in the user's language ("due soon").
fn sla_width() -> usize {
    let words = crate::domain::sla::SlaState::ALL
        .iter()
        .map(|s| s.label().width());
    words.max().unwrap_or(0)
}

/// The temperature's column: its longest word in the user's language ("warm").
fn temp_width() -> usize {
    let words = crate::domain::scoring::Temperature::ALL
        .iter()
        .map(|t| t.label().width());
    words.max().unwrap_or(0)
}

/// Each column's width for a table `width` columns wide inside its borders: what is
/// left after the fixed columns, the selection mark and the gaps goes to the text
/// columns, so that each cell is cut to its width with "…" rather than silently.
struct Columns {
    name: usize,
    /// The SLA's and the temperature's: their longest word in the user's language,
    /// measured once a frame rather than once a row.
    sla: usize,
    temp: usize,
    source: usize,
    campaign: usize,
    task: usize,
    wide: bool,
}

impl Columns {
    fn fit(width: u16, wide: bool) -> Columns {
        let (sla, temp) = (sla_width(), temp_width());
        let fixed = 2 + PHONE + AGE + sla + temp + SCORE;
        if !wide {
            let rest = (width as usize).saturating_sub(fixed + 5);
            return Columns {
                name: rest,
                sla,
                temp,
                source: 0,
                campaign: 0,
                task: 0,
                wide,
            };
        }
        let rest = (width as usize).saturating_sub(fixed + OWNER + 9);
        // At 120 columns: a name of 17, a source of 12, a campaign of 14, a task of 21.
        let (name, source, campaign) = (rest * 27 / 100, rest * 19 / 100, rest * 22 / 100);
        Columns {
            name,
            sla,
            temp,
            source,
            campaign,
            task: rest - name - source - campaign,
            wide,
        }
    }

    fn header(&self) -> Vec<String> {
        if self.wide {
            vec![
                crate::tui::bidi::label(&crate::t!("col-name")),
                crate::tui::bidi::label(&crate::t!("col-phone")),
                crate::tui::bidi::label(&crate::t!("col-source")),
                crate::tui::bidi::label(&crate::t!("col-campaign")),
                crate::tui::bidi::label(&crate::t!("col-age")),
                crate::tui::bidi::label(&crate::t!("col-sla")),
                crate::tui::bidi::label(&crate::t!("col-temp")),
                crate::tui::bidi::label(&crate::t!("col-score")),
                crate::tui::bidi::label(&crate::t!("col-owner")),
                crate::tui::bidi::label(&crate::t!("col-next-task")),
            ]
        } else {
            vec![
                crate::tui::bidi::label(&crate::t!("col-name")),
                crate::tui::bidi::label(&crate::t!("col-phone")),
                crate::tui::bidi::label(&crate::t!("col-age")),
                crate::tui::bidi::label(&crate::t!("col-sla")),
                crate::tui::bidi::label(&crate::t!("col-temp")),
                crate::tui::bidi::label(&crate::t!("col-score")),
            ]
        }
    }

    fn widths(&self) -> Vec<Constraint> {
        let fixed = [PHONE, AGE, self.sla, self.temp, SCORE];
        let widths: Vec<usize> = if self.wide {
            let [phone, age, sla, temp, score] = fixed;
            vec![
                self.name,
                phone,
                self.source,
                self.campaign,
                age,
                sla,
                temp,
                score,
                OWNER,
                self.task,
            ]
        } else {
            std::iter::once(self.name).chain(fixed).collect()
        };
        widths
            .into_iter()
            .map(|w| Constraint::Length(w as u16))
            .collect()
    }

    /// One lead's row; `item` is None until its row is loaded (or once it is deleted).
    fn row(
        &self,
        lead: &InboxEntry,
        item: Option<&InboxItem>,
        state: &State,
        theme: &Theme,
    ) -> Row<'static> {
        let sla = lead.sla.label();
        // The name is cut before its marks are, as in every list.
        let name = item.map_or_else(
            || cell("…", self.name),
            |i| super::flags::name_cell(&i.name, &i.flags, self.name),
        );
        let phone = item
            .and_then(|i| i.phone.as_deref())
            .map(crate::i18n::format::phone_number)
            .unwrap_or_default();
        let mut cells = vec![Cell::from(name), Cell::from(cell(&phone, PHONE))];
        let label = |l: Option<&Label>| l.map_or(String::new(), |l| l.as_str().to_string());
        if self.wide {
            cells.push(Cell::from(cell(&label(lead.source.as_ref()), self.source)));
            cells.push(Cell::from(cell(
                &label(lead.campaign.as_ref()),
                self.campaign,
            )));
        }
        cells.extend([
            Cell::from(cell(&crate::domain::sla::age_label(lead.age_minutes), AGE)),
            Cell::from(cell(&sla, self.sla)).style(theme.sla(lead.sla)),
            Cell::from(cell(&lead.temperature.label(), self.temp))
                .style(theme.temperature(lead.temperature)),
            Cell::from(cell(&lead.score.to_string(), SCORE)),
        ]);
        if self.wide {
            let owner = match item {
                Some(i) if i.waiting_for_owner => crate::t!("inbox-waiting"),
                _ => lead
                    .owner
                    .as_ref()
                    .map_or("-".into(), |o| o.as_str().into()),
            };
            let task = item
                .and_then(|i| i.next_task.as_ref())
                .map(|t| t.label(&state.tz))
                .unwrap_or_default();
            cells.push(Cell::from(cell(&owner, OWNER)));
            cells.push(Cell::from(cell(&task, self.task)));
        }
        Row::new(cells)
    }
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let items = state.visible_inbox();
    let mut title = vec![Span::styled(
        format!(
            " {} ",
            crate::tui::bidi::label(&crate::tui::app::Tab::Inbox.title())
        ),
        theme.title(),
    )];
    for view in state.views() {
        let style = if view == state.inbox_view {
            theme.selected()
        } else {
            theme.dim()
        };
        title.push(Span::styled(
            format!(
                " {} ",
                crate::tui::bidi::text(&clean_line(&state.view_title(view)))
            ),
            style,
        ));
    }
    title.push(Span::raw(format!(
        " {} ",
        crate::tui::bidi::label(&crate::t!("count-leads", count = items.len()))
    )));
    let mut block = Block::default()
        .borders(Borders::ALL)
        .title(Line::from(title));
    if items.is_empty() {
        super::hint(frame, area, block, &empty_inbox(state, chrome), theme);
        return;
    }
    let wide = area.width >= WIDE_FROM;
    let columns = Columns::fit(area.width.saturating_sub(2), wide);
    // Only the rows that fit are built: the list can hold tens of thousands.
    let height = area.height.saturating_sub(3) as usize;
    let first = super::more::first_shown(state.inbox_selected, height);
    let shown = items.len().saturating_sub(first).min(height);
    if let Some(sign) = super::more::sign(first, shown, items.len()) {
        block = block.title_bottom(Line::styled(format!(" {sign} "), theme.dim()));
    }
    if !wide {
        // What a wider terminal would show, named rather than silently left out.
        block = block.title_bottom(
            Line::styled(
                format!(" {} ", crate::tui::bidi::label(&crate::t!("inbox-hidden"))),
                theme.dim(),
            )
            .right_aligned(),
        );
    }
    let rows = items.iter().skip(first).take(height).map(|lead| {
        // The row is loaded with the page around the selection; until then (a lead
        // deleted meanwhile) the line shows what ordering already knows.
        columns.row(lead, state.inbox_rows.get(&lead.id), state, theme)
    });
    let table = Table::new(rows, columns.widths())
        .header(Row::new(columns.header()).style(theme.title()))
        .block(block)
        .row_highlight_style(theme.selected())
        .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(state.inbox_selected - first));
    frame.render_stateful_widget(table, area, &mut table_state);
    // Inside the borders, under the header.
    let rows_area = Rect {
        x: area.x + 1,
        y: area.y + 2,
        width: area.width.saturating_sub(2),
        height: height as u16,
    };
    chrome.hits.rows(rows_area, first, shown);
}

/// What an empty inbox says: how to begin on a file without a contact, how many wait
/// for others when the Mine view is empty, or that nothing waits.
fn empty_inbox(state: &State, chrome: &Chrome<'_>) -> String {
    let keymap = chrome.keymap;
    if state.inbox.no_contacts {
        let add = keymap.key_for(Layer::Global, &Action::AddLead);
        let import = keymap.key_for(Layer::Global, &Action::OpenImport);
        return crate::t!("inbox-no-contact", add = add, import = import);
    }
    if state.inbox.entries.is_empty() {
        return nothing_waits();
    }
    let key = keymap.key_for(Layer::Inbox, &Action::NextView);
    if state.inbox_view == InboxView::Mine {
        let others = state.inbox.entries.len();
        let text = nothing_waits_for(None, others);
        return crate::t!("inbox-switch-views", text = text, key = key);
    }
    crate::t!("inbox-view-empty", key = key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The selection mark, the columns and one space between each fill the width
    /// exactly, so that a cell's "…" is the last thing cut and nothing else is.
    #[test]
    fn the_columns_fill_the_table_to_the_column() {
        for width in 60..300u16 {
            let wide = width + 2 >= WIDE_FROM;
            let columns = Columns::fit(width, wide);
            let widths: Vec<u16> = columns
                .widths()
                .iter()
                .map(|c| match c {
                    Constraint::Length(w) => *w,
                    other => panic!("{other:?}"),
                })
                .collect();
            let used = 2 + widths.iter().sum::<u16>() + widths.len() as u16 - 1;
            assert_eq!(used, width, "{width}: {widths:?}");
            assert_eq!(widths.len(), columns.header().len());
        }
    }
}
