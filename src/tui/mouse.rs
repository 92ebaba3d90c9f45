//! The mouse, as `update` sees it: a click on an item of a list selects it, and a
//! click on the item already selected opens it as Enter does (so a double click
//! opens); a click on a dialog's field focuses it; the wheel moves what the arrows
//! move. Which item a click landed on was found by the runtime in the frame's hit
//! map (`hits`), so nothing here knows the layout.

use super::app::{Action, Overlay, State, Tab};

/// A mouse action as the key it stands for (`Open`, `Up`, `Down`), to be handled
/// as that key is; None when it did all there was to do (a selection moved) or
/// means nothing here. Every other action passes through unchanged.
pub(crate) fn as_key(state: &mut State, action: Action) -> Option<Action> {
    match action {
        Action::Select(index) => select(state, index),
        Action::SelectCard { column, card } => select_card(state, column, card),
        Action::ScrollUp => wheel(state, Action::Up),
        Action::ScrollDown => wheel(state, Action::Down),
        other => Some(other),
    }
}

/// Item `index` of the innermost list: the search box's hits, a dialog's fields,
/// or the current screen's list. A new screen with a list adds its line here.
fn select(state: &mut State, index: usize) -> Option<Action> {
    match &mut state.overlay {
        Some(Overlay::Search(search)) => {
            let len = search.hits.len();
            pick(&mut search.selected, len, index)
        }
        Some(Overlay::Form(form)) => {
            // Focusing a field is no step towards saving: a second click on it
            // does nothing more, and it takes back a question to discard.
            if index < form.fields.len() {
                if index != form.focus {
                    form.focus = index;
                    form.select_focused();
                }
                form.confirm_discard = false;
            }
            None
        }
        Some(_) => None,
        None => match state.tab {
            Tab::Inbox => {
                let len = state.visible_inbox().len();
                pick(&mut state.inbox_selected, len, index)
            }
            Tab::Timeline => {
                let len = state.visible_timeline().len();
                pick(&mut state.timeline_selected, len, index)
            }
            Tab::Deals => select_card(state, state.board_column, index),
            Tab::Tasks => {
                let len = state.tasks.len();
                pick(&mut state.tasks.selected, len, index)
            }
            Tab::Contacts => {
                let total = usize::try_from(state.contacts.total).unwrap_or(usize::MAX);
                let mut selected = usize::try_from(state.contacts.selected).unwrap_or(0);
                let open = pick(&mut selected, total, index);
                state.contacts.selected = selected as u64;
                open
            }
            Tab::Accounts if !state.accounts.open => {
                let len = state.accounts.list.len();
                pick(&mut state.accounts.selected, len, index)
            }
            Tab::Campaigns => {
                let screen = &mut state.campaigns;
                match (&mut screen.checklist, screen.showing) {
                    (Some(list), _) => pick(&mut list.selected, list.members.len(), index),
                    (None, super::campaigns::Showing::Templates) => {
                        let len = screen.templates.len();
                        pick(&mut screen.template_selected, len, index)
                    }
                    (None, super::campaigns::Showing::Campaigns) => {
                        let len = screen.list.len();
                        pick(&mut screen.selected, len, index)
                    }
                }
            }
            Tab::Score | Tab::Accounts | Tab::Reports => None,
        },
    }
}

/// A card of the board, which may be in another column than the selected one.
fn select_card(state: &mut State, column: usize, card: usize) -> Option<Action> {
    if state.overlay.is_some() {
        return None;
    }
    let len = state.board.get(column)?.cards.len();
    if column != state.board_column {
        if card < len {
            (state.board_column, state.board_card) = (column, card);
        }
        return None;
    }
    pick(&mut state.board_card, len, card)
}

/// Selects `index` of a list of `len`; the selected one again opens it.
fn pick(selected: &mut usize, len: usize, index: usize) -> Option<Action> {
    if index >= len {
        return None;
    }
    if *selected == index {
        return Some(Action::Open);
    }
    *selected = index;
    None
}

/// The wheel moves lists, the timeline, the Score's rules, the help and an open
/// entry, as the arrows do. In a dialog the arrows step through a field's values,
/// which a wheel turned in passing must not change, and an import's bar has
/// nothing to scroll.
fn wheel(state: &State, arrow: Action) -> Option<Action> {
    match &state.overlay {
        None
        | Some(Overlay::Search(_) | Overlay::Help(_) | Overlay::Entry(_) | Overlay::Deal(_)) => {
            Some(arrow)
        }
        Some(Overlay::Form(_) | Overlay::HistoryFilter(_) | Overlay::Import(_)) => None,
    }
}

#[cfg(test)]
#[path = "mouse_tests.rs"]
mod tests;
