//! The Inbox: every lead that still needs work, most urgent first.

use crate::domain::text::clean_line;
use crate::store::{Label, NOTHING_WAITS};
use crate::tui::app::{Action, State};
use crate::tui::draw::Chrome;
use crate::tui::keymap::Layer;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, Table, TableState};

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let items = state.visible_inbox();
    let mut title = vec![Span::styled(" Inbox ", theme.title())];
    for view in state.views() {
        let style = if view == state.inbox_view {
            theme.selected()
        } else {
            theme.dim()
        };
        title.push(Span::styled(
            format!(" {} ", clean_line(&state.view_title(view))),
            style,
        ));
    }
    title.push(Span::raw(format!(" {} leads ", items.len())));
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::from(title));
    if items.is_empty() {
        let text = if state.inbox.entries.is_empty() {
            NOTHING_WAITS.to_string()
        } else {
            let key = chrome.keymap.key_for(Layer::Inbox, &Action::NextView);
            format!("No lead in this view. {key} switches views.")
        };
        super::hint(frame, area, block, &text, theme);
        return;
    }
    let wide = area.width >= 110;
    let header = if wide {
        vec![
            "NAME",
            "PHONE",
            "SOURCE",
            "AGE",
            "SLA",
            "TEMP",
            "SCORE",
            "OWNER",
            "NEXT TASK",
        ]
    } else {
        vec!["NAME", "PHONE", "AGE", "SLA", "TEMP", "SCORE"]
    };
    // Only the rows that fit are built: the list can hold tens of thousands.
    let height = area.height.saturating_sub(3) as usize;
    let first = state
        .inbox_selected
        .saturating_sub(height.saturating_sub(1));
    let below = items.len().saturating_sub(first + height);
    let block = if below > 0 {
        let more = super::deals::money(below as f64);
        block.title_bottom(Line::from(format!(" … {more} more ")).right_aligned())
    } else {
        block
    };
    let rows = items.iter().skip(first).take(height).map(|lead| {
        // The row is loaded with the page around the selection; until then (a lead
        // deleted meanwhile) the line shows what ordering already knows.
        let item = state.inbox_rows.get(&lead.id);
        let sla = Cell::from(lead.sla.as_str().replace('_', " ")).style(theme.sla(lead.sla));
        let temp = Cell::from(lead.temperature.as_str()).style(theme.temperature(lead.temperature));
        let name = item.map_or_else(|| "…".into(), |i| clean_line(&i.name));
        let phone = item
            .and_then(|i| i.phone.as_deref())
            .map(clean_line)
            .unwrap_or_default();
        let age = crate::domain::sla::age_label(lead.age_minutes);
        let score = lead.score.to_string();
        if wide {
            let label = |l: Option<&Label>| l.map(|l| clean_line(l.as_str()));
            let source = label(lead.origin_label()).unwrap_or_default();
            let owner = label(lead.owner.as_ref()).unwrap_or_else(|| "-".into());
            let task = item
                .and_then(|i| i.next_task.as_ref())
                .map(|t| clean_line(&t.label(&state.tz)))
                .unwrap_or_default();
            Row::new(vec![
                Cell::from(name),
                Cell::from(phone),
                Cell::from(source),
                Cell::from(age),
                sla,
                temp,
                Cell::from(score),
                Cell::from(owner),
                Cell::from(task),
            ])
        } else {
            Row::new(vec![
                Cell::from(name),
                Cell::from(phone),
                Cell::from(age),
                sla,
                temp,
                Cell::from(score),
            ])
        }
    });
    let widths: Vec<Constraint> = if wide {
        vec![
            Constraint::Fill(3),
            Constraint::Length(14),
            Constraint::Fill(2),
            Constraint::Length(4),
            Constraint::Length(9),
            Constraint::Length(5),
            Constraint::Length(5),
            Constraint::Length(8),
            Constraint::Fill(3),
        ]
    } else {
        vec![
            Constraint::Fill(1),
            Constraint::Length(14),
            Constraint::Length(4),
            Constraint::Length(9),
            Constraint::Length(5),
            Constraint::Length(5),
        ]
    };
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.title()))
        .block(block)
        .row_highlight_style(theme.selected())
        .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(state.inbox_selected - first));
    frame.render_stateful_widget(table, area, &mut table_state);
}
