//! Where a click lands: while a frame is drawn, each part a click can act on (a tab,
//! a list's rows, a dialog's field, a key hint) records its rectangle and the action
//! a click there means, in the frame's `HitMap`, reached through the draw `Chrome`.
//! The runtime looks a mouse event up in the map of the frame on screen. So
//! `update` never learns about layout, and what a click does is exactly what was
//! drawn where it landed.
//!
//! A screen with a list registers its rows with one call, after drawing them:
//!
//! ```text
//! chrome.hits.rows(rows_area, first, shown);
//! ```
//!
//! where `rows_area` is the rectangle whose top line shows the list's item number
//! `first` (inside the borders and under any header), and `shown` is how many items
//! are drawn from there, one line each. A click on the line of item `i` is then
//! `Action::Select(i)`, which `mouse::as_key` turns into selecting item `i` (or
//! opening it, when it was already selected): a new screen adds its selection
//! there, to the match on the tab. Items taller than a line register each one with
//! `add`. Regions drawn later lie on top: an overlay first `cover`s the screen, so
//! that a click beside a dialog reaches nothing behind it.

use super::app::Action;
use super::keymap::Hint;
use super::theme::Theme;
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use std::cell::RefCell;
use unicode_width::UnicodeWidthStr;

/// The clickable regions of one frame, in the order they were drawn.
#[derive(Debug, Default)]
pub struct HitMap {
    /// Each region with what a click there does; None swallows the click (a cover).
    regions: RefCell<Vec<(Rect, Option<Action>)>>,
}

impl HitMap {
    /// Forgets the last frame's regions: called as a frame starts.
    pub fn clear(&self) {
        self.regions.borrow_mut().clear();
    }

    /// A click inside `area` means `action`.
    pub fn add(&self, area: Rect, action: Action) {
        self.regions.borrow_mut().push((area, Some(action)));
    }

    /// A click inside `area` reaches nothing registered before: what an overlay
    /// does to the screen under it.
    pub fn cover(&self, area: Rect) {
        self.regions.borrow_mut().push((area, None));
    }

    /// A list's rows, one line each: the line `k` of `area` selects item
    /// `first + k`, for the `shown` items drawn (see the module's comment).
    pub fn rows(&self, area: Rect, first: usize, shown: usize) {
        let shown = shown.min(usize::from(area.height));
        for k in 0..shown {
            let line = Rect {
                y: area.y.saturating_add(k as u16),
                height: 1,
                ..area
            };
            self.add(line, Action::Select(first + k));
        }
    }

    /// A status bar's key hints, drawn from column `x` of `area` as the bar draws
    /// them: " keys label" each. Clicking one does what its key does.
    pub fn bar_hints(&self, area: Rect, x: u16, hints: &[Hint]) {
        let mut x = area.x.saturating_add(x);
        for hint in hints {
            let width = 2 + hint.keys.width() + hint.label.width();
            let width = u16::try_from(width).unwrap_or(u16::MAX);
            let region = Rect::new(x, area.y, width, 1).intersection(area);
            if !region.is_empty() {
                self.add(region, hint.action.clone());
            }
            x = x.saturating_add(width);
        }
    }

    /// A dialog's footer of key hints, "keys label · keys label", broken into lines
    /// of `width` as `draw::wrap` breaks it, its first line at the top of `area`.
    pub fn footer_hints(&self, area: Rect, hints: &[Hint], width: usize) {
        for place in hint_places(hints, width) {
            let region = Rect::new(
                area.x.saturating_add(place.x),
                area.y.saturating_add(place.line),
                place.width,
                1,
            )
            .intersection(area);
            if !region.is_empty() {
                self.add(region, hints[place.hint].action.clone());
            }
        }
    }

    /// A dialog as `draw::draw_form` lays it out in `body` (inside its borders):
    /// the fields in sight, each `heights[i]` lines tall before they are fitted in
    /// `room` lines around the focused one, then a blank line and the footer, whose
    /// keys are clickable when it shows them (`keys`, wrapped to `width`).
    pub fn form(
        &self,
        body: Rect,
        heights: &[usize],
        focus: usize,
        room: usize,
        keys: Option<(&[Hint], usize)>,
    ) {
        // The fields' lines are fitted by the same function that draws them, so a
        // click always focuses the field drawn where it landed.
        let markers: Vec<Vec<Line<'_>>> = heights
            .iter()
            .enumerate()
            .map(|(field, &height)| vec![Line::raw(field.to_string()); height])
            .collect();
        let shown = super::draw::in_sight(markers, focus, room, &Theme::plain());
        for (offset, line) in shown.iter().enumerate() {
            let Ok(field) = line.to_string().parse::<usize>() else {
                continue; // "▲ 2 more fields above"
            };
            let y = body.y.saturating_add(offset as u16);
            let region = Rect::new(body.x, y, body.width, 1).intersection(body);
            if !region.is_empty() {
                self.add(region, Action::Select(field));
            }
        }
        if let Some((hints, width)) = keys {
            let top = body.y.saturating_add(shown.len() as u16 + 1);
            let footer = Rect::new(body.x, top, body.width, body.height).intersection(body);
            self.footer_hints(footer, hints, width);
        }
    }

    /// What a click at this cell does: the topmost region holding it decides.
    pub fn at(&self, column: u16, row: u16) -> Option<Action> {
        let cell = Position::new(column, row);
        let regions = self.regions.borrow();
        let (_, action) = regions.iter().rev().find(|(area, _)| area.contains(cell))?;
        action.clone()
    }

    /// What a mouse event means: a left click what lies under it, the wheel a
    /// scroll of whatever the arrows move. Anything else (a drag, a release, the
    /// other buttons) does nothing.
    pub fn action_for(&self, event: MouseEvent) -> Option<Action> {
        match event.kind {
            MouseEventKind::Down(MouseButton::Left) => self.at(event.column, event.row),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        }
    }
}

/// Where one hint lies in a wrapped footer.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Place {
    line: u16,
    x: u16,
    width: u16,
    hint: usize,
}

/// Each hint's place in "keys label · keys label" broken between words into lines
/// of `width`, exactly as `draw::wrap` breaks it (a test holds the two together).
/// A hint broken over two lines has a place on each.
fn hint_places(hints: &[Hint], width: usize) -> Vec<Place> {
    let mut words: Vec<(String, Option<usize>)> = Vec::new();
    for (index, hint) in hints.iter().enumerate() {
        if index > 0 {
            words.push(("·".into(), None));
        }
        let text = format!("{} {}", hint.keys, hint.label);
        words.extend(
            text.split_whitespace()
                .map(|w| (w.to_string(), Some(index))),
        );
    }
    let mut places: Vec<Place> = Vec::new();
    let (mut line, mut used) = (0u16, 0usize);
    for (word, hint) in words {
        let w = word.width();
        if used > 0 && used + 1 + w > width {
            (line, used) = (line + 1, 0);
        }
        if used > 0 {
            used += 1;
        }
        let x = u16::try_from(used).unwrap_or(u16::MAX);
        let w16 = u16::try_from(w).unwrap_or(u16::MAX);
        used += w;
        let Some(hint) = hint else { continue };
        match places.last_mut() {
            // The next word of the same hint on the same line: the region grows
            // over the space between.
            Some(last) if last.hint == hint && last.line == line => {
                last.width = x + w16 - last.x;
            }
            _ => places.push(Place {
                line,
                x,
                width: w16,
                hint,
            }),
        }
    }
    places
}

#[cfg(test)]
#[path = "hits_tests.rs"]
mod tests;
