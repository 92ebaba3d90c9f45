//! The Tasks screen: every open follow-up under its group's heading (overdue, today,
//! this week, later). Only the rows that fit are built: the agenda can hold tens of
//! thousands; a list cut short says how much is above and below.

use crate::domain::agenda::{Bounds, Group};
use crate::domain::text::clean_line;
use crate::tui::app::{Action, State};
use crate::tui::draw::Chrome;
use crate::tui::keymap::Layer;
use crate::tui::tasks::{OwnerFilter, due_label};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, Table, TableState};
use std::ops::Range;

/// "Wed 13 Mar 09:00", "overdue 2d" and the like fit in this, or in the width of a
/// date and time in the user's form where that is wider ("2027. 03. 02. 09:00").
fn due_width() -> usize {
    use unicode_width::UnicodeWidthStr;
    let latest = chrono::NaiveDate::from_ymd_opt(2027, 12, 28)
        .and_then(|day| day.and_hms_opt(23, 59, 0))
        .map(|at| at.and_utc());
    let widest = latest.map_or(0, |at| crate::i18n::format::date_time(&at).width());
    17.max(widest + 1)
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let screen = &state.tasks;
    let title = Line::from(vec![
        Span::styled(
            format!(
                " {} ",
                crate::tui::bidi::label(&crate::tui::app::Tab::Tasks.title())
            ),
            theme.title(),
        ),
        Span::styled(format!(" {} ", screen.filter.title()), theme.selected()),
        Span::raw(format!(
            " {} ",
            crate::tui::bidi::label(&crate::t!("tasks-open", count = screen.len()))
        )),
    ]);
    let block = Block::default().borders(Borders::ALL).title(title);
    if screen.is_empty() {
        super::hint(frame, area, block, &empty_hint(state, chrome), theme);
        return;
    }
    let bounds = Bounds::at(state.now.with_timezone(&state.tz));
    let lines = Lines(screen.groups(&bounds));
    // Inside the borders, under the header.
    let room = usize::from(area.height.saturating_sub(3)).max(1);
    let selected = lines.line_of(screen.selected());
    let first = selected.saturating_sub(room - 1);
    let (above, below) = (
        lines.tasks_before(first),
        screen.len() - lines.tasks_before(first + room),
    );
    let block = match cut_sign(above, below) {
        Some(sign) => block.title_bottom(Line::styled(sign, theme.dim()).right_aligned()),
        None => block,
    };
    // The columns' widths worked out here, so that every cut cell ends in "…": the
    // box's borders, the highlight symbol and the three gaps come off first.
    let owner_width: usize = if area.width >= 110 { 14 } else { 9 };
    let free = (area.width as usize).saturating_sub(2 + 2 + 3 + due_width() + owner_width);
    let task_width = free * 3 / 5;
    let contact_width = free - task_width;
    let rows = (first..first + room)
        .map_while(|line| lines.at(line))
        .map(|line| match line {
            Shown::Heading(group, count) => {
                let style = if group == Group::Overdue {
                    theme.error()
                } else {
                    theme.title()
                };
                Row::new(vec![Cell::from(format!(
                    "{} · {count}",
                    crate::tui::bidi::label(&group.shown())
                ))])
                .style(style)
            }
            Shown::Task(row) => {
                let Some(entry) = screen.row(row) else {
                    return Row::new(Vec::<Cell<'_>>::new());
                };
                let owner = entry
                    .task
                    .owner
                    .as_deref()
                    .map_or_else(|| "-".into(), clean_line);
                Row::new(vec![
                    Cell::from(crate::tui::bidi::label(&due_label(
                        entry.task.due_at,
                        state.now,
                        state.tz,
                    ))),
                    Cell::from(super::search::cell(&entry.task.title, task_width)),
                    Cell::from(super::search::cell(&entry.contact_name, contact_width)),
                    Cell::from(super::search::cell(&owner, owner_width)),
                ])
            }
        });
    let widths = [
        Constraint::Length(due_width() as u16),
        Constraint::Length(task_width as u16),
        Constraint::Length(contact_width as u16),
        Constraint::Length(owner_width as u16),
    ];
    let table = Table::new(rows, widths)
        .header(
            Row::new(vec![
                crate::tui::bidi::label(&crate::t!("col-due")),
                crate::tui::bidi::label(&crate::t!("col-task")),
                crate::tui::bidi::label(&crate::t!("col-contact")),
                crate::tui::bidi::label(&crate::t!("col-owner")),
            ])
            .style(theme.title()),
        )
        .block(block)
        .row_highlight_style(theme.selected())
        .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(selected - first));
    frame.render_stateful_widget(table, area, &mut table_state);
    // A click on a task's line selects it (headings take no click).
    for (k, line) in (first..first + room)
        .map_while(|line| lines.at(line))
        .enumerate()
    {
        if let Shown::Task(row) = line {
            let at = Rect {
                x: area.x.saturating_add(1),
                y: area.y.saturating_add(2).saturating_add(k as u16),
                width: area.width.saturating_sub(2),
                height: 1,
            };
            chrome.hits.add(at, Action::Select(row));
        }
    }
}

/// What the screen says with nothing to list, naming the keys that change that.
fn empty_hint(state: &State, chrome: &Chrome<'_>) -> String {
    let key = |layer, action| chrome.keymap.key_for(layer, &action);
    if state.tasks.none_open() {
        return crate::t!(
            "tasks-none-open",
            search = key(Layer::Global, Action::OpenSearch),
            add = key(Layer::Global, Action::AddTask)
        );
    }
    let mine = key(Layer::Tasks, Action::ToggleMine);
    let pick = key(Layer::Tasks, Action::PickOwner);
    match &state.tasks.filter {
        OwnerFilter::Owner(owner) => crate::t!(
            "tasks-none-of",
            owner = clean_line(owner),
            mine = mine,
            pick = pick
        ),
        _ => crate::t!("tasks-none-mine", mine = mine, owner = pick),
    }
}

/// How much of a cut list is out of sight: "3 above · … 12 more".
fn cut_sign(above: usize, below: usize) -> Option<String> {
    match (above, below) {
        (0, 0) => None,
        (above, 0) => Some(format!(" {} ", crate::t!("cut-above", above = above))),
        (0, below) => Some(format!(" {} ", crate::t!("cut-below", below = below))),
        (above, below) => Some(format!(
            " {} · {} ",
            crate::t!("cut-above", above = above),
            crate::t!("cut-below", below = below)
        )),
    }
}

/// One line of the list: a group's heading with its count, or a task's row.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shown {
    Heading(Group, usize),
    Task(usize),
}

/// The list's lines, from the groups' row ranges: each group that has tasks is its
/// heading, then its rows. Worked out per line, never laid out whole.
struct Lines([(Group, Range<usize>); 4]);

impl Lines {
    fn filled(&self) -> impl Iterator<Item = &(Group, Range<usize>)> {
        self.0.iter().filter(|(_, rows)| !rows.is_empty())
    }

    /// The line `line` shows, None past the end.
    fn at(&self, mut line: usize) -> Option<Shown> {
        for (group, rows) in self.filled() {
            if line == 0 {
                return Some(Shown::Heading(*group, rows.len()));
            }
            if line <= rows.len() {
                return Some(Shown::Task(rows.start + line - 1));
            }
            line -= rows.len() + 1;
        }
        None
    }

    /// The line the task in `row` is on: its row, below its heading and those before.
    fn line_of(&self, row: usize) -> usize {
        row + self.filled().filter(|(_, rows)| rows.start <= row).count()
    }

    /// How many tasks are on the lines before `line`.
    fn tasks_before(&self, line: usize) -> usize {
        let headings = (self.filled())
            .filter(|(_, rows)| self.line_of(rows.start) - 1 < line)
            .count();
        let total: usize = self.filled().map(|(_, rows)| rows.len()).sum();
        line.saturating_sub(headings).min(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines() -> Lines {
        Lines([
            (Group::Overdue, 0..2),
            (Group::Today, 2..2),
            (Group::ThisWeek, 2..5),
            (Group::Later, 5..6),
        ])
    }

    #[test]
    fn headings_go_above_the_groups_that_have_tasks() {
        let lines = lines();
        let shown: Vec<Shown> = (0..).map_while(|line| lines.at(line)).collect();
        use Shown::*;
        assert_eq!(
            shown,
            [
                Heading(Group::Overdue, 2),
                Task(0),
                Task(1),
                Heading(Group::ThisWeek, 3),
                Task(2),
                Task(3),
                Task(4),
                Heading(Group::Later, 1),
                Task(5),
            ]
        );
        for (line, shown) in shown.iter().enumerate() {
            if let Task(row) = shown {
                assert_eq!(lines.line_of(*row), line);
            }
        }
    }

    #[test]
    fn tasks_before_a_line_leave_the_headings_out() {
        let lines = lines();
        let counts: Vec<usize> = (0..=10).map(|line| lines.tasks_before(line)).collect();
        assert_eq!(counts, [0, 0, 1, 2, 2, 3, 4, 5, 5, 6, 6]);
    }

    proptest::proptest! {
        #[test]
        fn every_task_has_one_line_and_the_counts_add_up(sizes in proptest::array::uniform4(0usize..12)) {
            let mut start = 0;
            let lines = Lines(std::array::from_fn(|i| {
                let rows = start..start + sizes[i];
                start = rows.end;
                (Group::ALL[i], rows)
            }));
            let total = start;
            let headings = sizes.iter().filter(|size| **size > 0).count();
            let shown: Vec<Shown> = (0..).map_while(|line| lines.at(line)).collect();
            proptest::prop_assert_eq!(shown.len(), total + headings);
            for (line, shown) in shown.iter().enumerate() {
                if let Shown::Task(row) = shown {
                    proptest::prop_assert_eq!(lines.line_of(*row), line);
                }
            }
            let before: Vec<usize> = (0..shown.len() + 3).map(|line| lines.tasks_before(line)).collect();
            proptest::prop_assert!(before.windows(2).all(|pair| pair[0] <= pair[1]));
            proptest::prop_assert_eq!(before.last().copied(), Some(total));
        }
    }

    #[test]
    fn the_cut_sign_says_what_is_out_of_sight() {
        assert_eq!(cut_sign(0, 0), None);
        assert_eq!(cut_sign(0, 12).as_deref(), Some(" … 12 more "));
        assert_eq!(cut_sign(3, 0).as_deref(), Some(" 3 above "));
        assert_eq!(cut_sign(3, 12).as_deref(), Some(" 3 above · … 12 more "));
    }
}
