//! Keys while an overlay is open: it takes them before the screen below does.

use super::app::{Action, Effect, Overlay, State, Tab};
use super::forms::{Form, FormKind};
use super::typing::{Edit, Outcome, apply};
use crate::store::SearchHit;

/// Scrolls a page that only shows (the help, an entry, a deal's page) as the
/// arrows and PgUp/PgDn ask; false for any other action.
pub(crate) fn scroll_by(scroll: &mut u16, action: &Action) -> bool {
    *scroll = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(10),
        Action::PageDown => scroll.saturating_add(10),
        _ => return false,
    };
    true
}

/// Overlays take keys first. Returns None when no overlay handled the action.
/// A paste is always taken here: into a field, or refused (never run as keys).
pub(crate) fn update_overlay(state: &mut State, action: &Action) -> Option<Vec<Effect>> {
    if let Action::Paste(text) = action {
        return Some(super::paste::on_paste(state, text));
    }
    let is_result = matches!(
        action,
        Action::Tick { .. }
            | Action::InboxLoaded(_)
            | Action::InboxRowsLoaded(_)
            | Action::BoardLoaded(_)
            | Action::SearchResults { .. }
            | Action::ContactLoaded(_)
            | Action::Saved { .. }
            | Action::Notice(_)
            | Action::Failed(_)
            | Action::ImportProgress(_)
            | Action::ImportFinished(_)
            | Action::ChangedMeanwhile { .. }
            | Action::Synced(_)
            | Action::Pending(_)
            | Action::EditorLoaded(_)
            | Action::Recorded { .. }
            | Action::Reverted { .. }
            | Action::AgendaLoaded(_)
            | Action::DealLoaded(_)
            | Action::ReachLoaded(_)
            | Action::SendLoaded(_)
            | Action::CampaignsLoaded(_)
            | Action::ChecklistLoaded(_)
            | Action::CampaignsChanged(_)
            | Action::CampaignTicked(_)
            | Action::ChecklistGone(_)
    );
    if is_result {
        return None;
    }
    // A page that only shows (an entry, a deal) gives way to an undo, whose reload
    // would leave it showing what was taken back.
    if matches!(action, Action::Undo | Action::Redo)
        && matches!(state.overlay, Some(Overlay::Entry(_) | Overlay::Deal(_)))
    {
        state.overlay = None;
        return None;
    }
    if let Some(Overlay::Form(form)) = &state.overlay
        && form.kind == FormKind::Import
        && matches!(action, Action::Save | Action::Open)
    {
        let form = form.clone();
        return Some(super::importing::start(state, &form));
    }
    if let Some(Overlay::Form(form)) = &state.overlay
        && matches!(form.kind, FormKind::Campaign | FormKind::Template)
        && matches!(action, Action::Save | Action::Open)
    {
        return Some(vec![Effect::SaveCampaignForm(form.clone())]);
    }
    if let Some(Overlay::Form(form)) = &state.overlay
        && form.kind == FormKind::EditContact
        && matches!(action, Action::Save | Action::Open)
    {
        return Some(super::edit_contact::on_save(state));
    }
    if let Some(Overlay::Form(form)) = &state.overlay
        && matches!(form.kind, FormKind::Snooze | FormKind::TaskOwner)
        && matches!(action, Action::Save | Action::Open)
    {
        return Some(super::tasks::on_dialog_save(state));
    }
    match state.overlay.as_mut()? {
        Overlay::Help(scroll) => {
            match action {
                Action::Back | Action::ToggleHelp | Action::Quit | Action::Open => {
                    state.overlay = None
                }
                action => {
                    scroll_by(scroll, action);
                }
            }
            Some(Vec::new())
        }
        Overlay::Search(_) => Some(update_search(state, action)),
        Overlay::Import(_) => Some(super::importing::on_key(state, action)),
        Overlay::Entry(_) => Some(super::entry::on_key(state, action)),
        Overlay::Deal(_) => Some(super::deal_page::on_key(state, action)),
        Overlay::HistoryFilter(line) => {
            if let Some(edit) = Edit::of(action) {
                line.apply(edit);
                return Some(Vec::new());
            }
            match action {
                Action::Open => {
                    state.history_filter = line.text.clone();
                    state.timeline_selected = 0;
                    state.overlay = None;
                }
                Action::Back => state.overlay = None,
                _ => {}
            }
            Some(Vec::new())
        }
        Overlay::Form(form) => {
            let effects = match action {
                action if let Some(edit) = Edit::of(action) => {
                    // ↑ on a note's first line, ↓ on its last, go on to the field beside.
                    match (action, form.edit(edit)) {
                        (Action::LineUp, Outcome::Stayed) => form.prev_field(),
                        (Action::LineDown, Outcome::Stayed) => form.next_field(),
                        (_, Outcome::Changed) if picks_template(form) => {
                            super::send::chosen_again(form)
                        }
                        _ => {}
                    }
                    Vec::new()
                }
                Action::NextField => {
                    form.next_field();
                    Vec::new()
                }
                Action::PrevField => {
                    form.prev_field();
                    Vec::new()
                }
                Action::Down => {
                    if !form.cycle_choice(true) {
                        form.next_field();
                    } else if picks_template(form) {
                        super::send::chosen_again(form);
                    }
                    Vec::new()
                }
                Action::Up => {
                    if !form.cycle_choice(false) {
                        form.prev_field();
                    } else if picks_template(form) {
                        super::send::chosen_again(form);
                    }
                    Vec::new()
                }
                Action::Save | Action::Open if form.kind == FormKind::Reach => {
                    match form.value("Open").split_once(": ") {
                        Some((_, link)) => vec![Effect::OpenLink(link.to_string())],
                        None => Vec::new(),
                    }
                }
                Action::Save | Action::Open => vec![Effect::SaveForm(form.clone())],
                Action::Back => {
                    // A choice made in a picker is nothing typed: it closes at once.
                    if form.kind != FormKind::Reach && form.is_dirty() && !form.confirm_discard {
                        form.confirm_discard = true;
                    } else {
                        state.overlay = None;
                    }
                    Vec::new()
                }
                _ => Vec::new(),
            };
            if !matches!(action, Action::Back)
                && let Some(Overlay::Form(form)) = &mut state.overlay
            {
                form.confirm_discard = false;
            }
            Some(effects)
        }
    }
}

/// Whether the focus is on the send dialog's template or channel: choosing another
/// refills the dialog, or says again what the channel lacks.
fn picks_template(form: &Form) -> bool {
    form.kind == FormKind::Send && form.focus <= 1
}

fn update_search(state: &mut State, action: &Action) -> Vec<Effect> {
    let Some(Overlay::Search(search)) = &mut state.overlay else {
        return Vec::new();
    };
    if let Some(edit) = Edit::of(action) {
        let outcome = apply(&mut search.query, &mut search.after_cursor, false, edit);
        if outcome != Outcome::Changed {
            return Vec::new();
        }
        return vec![Effect::Search(search.query.clone())];
    }
    match action {
        Action::Up => search.selected = search.selected.saturating_sub(1),
        Action::Down => {
            search.selected = (search.selected + 1).min(search.hits.len().saturating_sub(1))
        }
        Action::Back => state.overlay = None,
        Action::Open => {
            if let Some(hit) = search.hits.get(search.selected) {
                let id = hit.contact.id.clone();
                state.overlay = None;
                state.tab = Tab::Timeline;
                return vec![Effect::LoadContact(id)];
            }
            if search.looks_like_phone() {
                let phone = search.query.clone();
                state.overlay = Some(Overlay::Form(Form::new_lead(&phone)));
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Applies search results that still match what is typed (older replies are dropped).
pub fn search_results(state: &mut State, query: &str, hits: Vec<SearchHit>) {
    if let Some(Overlay::Search(search)) = &mut state.overlay
        && search.query == query
    {
        search.hits = hits;
        search.selected = 0;
    }
}
