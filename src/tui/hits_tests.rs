//! The hit map: a click at a cell of a drawn frame yields the action of what was
//! drawn there (tabs, rows, cards, fields, key hints), and nothing elsewhere.

use super::*;
use crate::domain::InteractionKind;
use crate::tui::app::{Overlay, SearchBox, State, Tab, update};
use crate::tui::draw::{Chrome, draw, wrap};
use crate::tui::fixtures::*;
use crate::tui::keymap::Keymap;
use crate::tui::screens::score::Thresholds;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// The state drawn at 80×24: the hit map of that frame, and what it shows.
fn drawn(state: &State, keymap: &Keymap) -> (HitMap, Buffer) {
    let chrome = Chrome {
        keymap,
        theme: Theme::plain(),
        file: "demo.db",
        thresholds: Thresholds {
            warm: 30,
            hot: 60,
            mql_at: 30,
            sql_at: 60,
        },
        hits: HitMap::default(),
    };
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| draw(frame, state, &chrome)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    (chrome.hits, buffer)
}

/// Where `text` starts on screen (its first cell), row by row from the top.
fn find(buffer: &Buffer, text: &str) -> (u16, u16) {
    let wanted: Vec<String> = text.chars().map(String::from).collect();
    let area = buffer.area;
    for y in 0..area.height {
        let row: Vec<&str> = (0..area.width).map(|x| buffer[(x, y)].symbol()).collect();
        if let Some(x) = row
            .windows(wanted.len())
            .position(|w| w == wanted.as_slice())
        {
            return (x as u16, y);
        }
    }
    panic!("{text:?} is not on screen");
}

fn click_on(hits: &HitMap, buffer: &Buffer, text: &str) -> Option<Action> {
    let (x, y) = find(buffer, text);
    hits.at(x + 1, y)
}

#[test]
fn a_click_on_a_tab_goes_to_its_screen() {
    let keymap = Keymap::default();
    let (hits, buffer) = drawn(&state(), &keymap);
    // At 80 columns the other tabs show their keys alone: "1 Inbox 2 3 4 …".
    assert_eq!(
        click_on(&hits, &buffer, "2 3"),
        Some(Action::GoTo(Tab::Timeline))
    );
    assert_eq!(
        click_on(&hits, &buffer, "4 5"),
        Some(Action::GoTo(Tab::Score))
    );
    assert_eq!(click_on(&hits, &buffer, "demo.db"), None);
}

#[test]
fn a_click_on_an_inbox_row_selects_that_lead_and_the_border_does_nothing() {
    let keymap = Keymap::default();
    let (hits, buffer) = drawn(&state(), &keymap);
    let (_, noa) = find(&buffer, "Noa Levi");
    let (_, szabo) = find(&buffer, "Szabó Ödön");
    assert_eq!(hits.at(40, noa), Some(Action::Select(0)));
    assert_eq!(hits.at(40, szabo), Some(Action::Select(1)));
    assert_eq!(hits.at(0, noa), None, "the border");
    assert_eq!(hits.at(40, szabo + 2), None, "below the last lead");
    assert_eq!(click_on(&hits, &buffer, "NAME"), None, "the header");
}

#[test]
fn a_click_on_a_status_bar_hint_does_what_its_key_does() {
    let keymap = Keymap::default();
    let (hits, buffer) = drawn(&state(), &keymap);
    assert_eq!(click_on(&hits, &buffer, "Enter open"), Some(Action::Open));
    assert_eq!(click_on(&hits, &buffer, "view"), Some(Action::NextView));
    assert_eq!(click_on(&hits, &buffer, "? help"), Some(Action::ToggleHelp));
}

#[test]
fn a_click_on_a_timeline_entry_or_a_card_selects_it() {
    let keymap = Keymap::default();
    let s = on_timeline();
    let (hits, buffer) = drawn(&s, &keymap);
    assert_eq!(
        click_on(&hits, &buffer, "No answer"),
        Some(Action::Select(1))
    );

    let mut s = state();
    update(&mut s, Action::GoTo(Tab::Deals));
    update(&mut s, Action::BoardLoaded(board()));
    let (hits, buffer) = drawn(&s, &keymap);
    let select = |column, card| Some(Action::SelectCard { column, card });
    assert_eq!(click_on(&hits, &buffer, "Contact Meeting2"), select(1, 1));
    assert_eq!(click_on(&hits, &buffer, "Deal Call1"), select(0, 0));
    assert_eq!(click_on(&hits, &buffer, "Σ"), None, "a column's sums");
}

#[test]
fn a_click_on_a_dialog_field_or_key_acts_and_nothing_behind_it_does() {
    let keymap = Keymap::default();
    let mut s = state();
    update(&mut s, Action::Log(InteractionKind::Call));
    let (hits, buffer) = drawn(&s, &keymap);
    assert_eq!(
        click_on(&hits, &buffer, "Direction"),
        Some(Action::Select(1))
    );
    assert_eq!(
        click_on(&hits, &buffer, "Duration"),
        Some(Action::Select(3))
    );
    assert_eq!(click_on(&hits, &buffer, "Esc cancel"), Some(Action::Back));
    assert_eq!(click_on(&hits, &buffer, "Ctrl-S save"), Some(Action::Save));
    let (_, noa) = find(&buffer, "Noa Levi");
    assert_eq!(hits.at(1, noa), None, "the inbox behind the dialog");
    assert_eq!(hits.at(79, 12), None);
}

#[test]
fn a_click_on_an_entrys_key_does_what_the_key_does() {
    let keymap = Keymap::default();
    let mut s = on_timeline();
    update(&mut s, Action::Open);
    let (hits, buffer) = drawn(&s, &keymap);
    assert_eq!(
        click_on(&hits, &buffer, "d delete"),
        Some(Action::DeleteEntry)
    );
    assert_eq!(click_on(&hits, &buffer, "e edit"), Some(Action::EditEntry));
    assert_eq!(click_on(&hits, &buffer, "Got the quote"), None, "its text");
}

#[test]
fn a_click_on_a_search_hit_selects_it() {
    let keymap = Keymap::default();
    let mut s = state();
    let hits = ["Noa Levi", "Noah Levy"]
        .iter()
        .enumerate()
        .map(|(i, name)| crate::store::SearchHit {
            contact: crate::domain::Contact::new_lead(format!("{i}"), name.to_string(), now(), "D"),
            matched_on: crate::store::MatchedOn::Name,
            exact: false,
        })
        .collect();
    s.overlay = Some(Overlay::Search(SearchBox {
        query: "noa".into(),
        hits,
        selected: 0,
        ..SearchBox::default()
    }));
    let (map, buffer) = drawn(&s, &keymap);
    assert_eq!(
        click_on(&map, &buffer, "Noah Levy"),
        Some(Action::Select(1))
    );
    assert_eq!(click_on(&map, &buffer, "Find:"), None);
}

#[test]
fn nothing_outside_the_screen_answers_and_only_a_left_click_or_the_wheel_acts() {
    use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let keymap = Keymap::default();
    let (hits, buffer) = drawn(&state(), &keymap);
    assert_eq!(hits.at(500, 500), None);
    assert_eq!(hits.at(u16::MAX, u16::MAX), None);
    let (x, y) = find(&buffer, "2 3");
    let event = |kind| MouseEvent {
        kind,
        column: x + 1,
        row: y,
        modifiers: KeyModifiers::NONE,
    };
    let left = MouseButton::Left;
    assert_eq!(
        hits.action_for(event(MouseEventKind::Down(left))),
        Some(Action::GoTo(Tab::Timeline))
    );
    assert_eq!(hits.action_for(event(MouseEventKind::Up(left))), None);
    assert_eq!(hits.action_for(event(MouseEventKind::Drag(left))), None);
    let right = MouseEventKind::Down(MouseButton::Right);
    assert_eq!(hits.action_for(event(right)), None);
    assert_eq!(
        hits.action_for(event(MouseEventKind::ScrollDown)),
        Some(Action::ScrollDown)
    );
    assert_eq!(
        hits.action_for(event(MouseEventKind::ScrollUp)),
        Some(Action::ScrollUp)
    );
}

#[test]
fn the_topmost_region_decides_and_a_cover_swallows_what_is_under_it() {
    let hits = HitMap::default();
    hits.rows(Rect::new(0, 0, 10, 5), 20, 3);
    assert_eq!(hits.at(3, 2), Some(Action::Select(22)));
    assert_eq!(hits.at(3, 3), None, "only the items shown");
    hits.cover(Rect::new(0, 2, 10, 1));
    hits.add(Rect::new(5, 2, 2, 1), Action::Back);
    assert_eq!(hits.at(3, 2), None);
    assert_eq!(hits.at(5, 2), Some(Action::Back));
    assert_eq!(hits.at(3, 1), Some(Action::Select(21)));
    hits.clear();
    assert_eq!(hits.at(3, 1), None);
}

#[test]
fn a_footers_hints_lie_where_the_wrapped_footer_puts_them() {
    let keymap = Keymap::default();
    let mut s = state();
    update(&mut s, Action::Log(InteractionKind::Call));
    let hints = keymap.hints(&s);
    let text = hints
        .iter()
        .map(|h| format!("{} {}", h.keys, h.label))
        .collect::<Vec<_>>()
        .join(" · ");
    for width in 8..90 {
        let lines = wrap(&text, width);
        let places = hint_places(&hints, width);
        assert!(!places.is_empty());
        for place in places {
            let line: Vec<char> = lines[usize::from(place.line)].chars().collect();
            let piece: String = line
                .iter()
                .skip(usize::from(place.x))
                .take(usize::from(place.width))
                .collect();
            let hint = &hints[place.hint];
            let whole = format!("{} {}", hint.keys, hint.label);
            assert!(
                whole.contains(&piece) && !piece.is_empty() && !piece.contains('·'),
                "width {width}: {piece:?} is not part of {whole:?}"
            );
        }
    }
}
