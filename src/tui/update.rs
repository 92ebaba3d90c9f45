//! `update`: what each action does to the desk. Overlays take their keys first
//! (`overlay`), then each action acts on the current screen.

use super::app::{Action, Effect, Overlay, SearchBox, State, Tab};
use super::forms::{Form, FormKind};
use super::overlay::{search_results, update_overlay};
use super::pages::{board_on_first_visit, reload, wants_board};
use super::typing::LineInput;
use crate::domain::InteractionKind;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let moves_on = matches!(
        action,
        Action::GoTo(_) | Action::NextTab | Action::PrevTab | Action::Open | Action::Back
    );
    let (tab, message) = (state.tab, state.message.clone());
    let mut effects = update_desk(state, action);
    // A message is about the screen it was said on: going to another screen by a
    // key clears it, unless that key said something new itself.
    if moves_on && state.tab != tab && state.message == message {
        state.message = None;
    }
    effects.extend(super::views::inbox_rows_wanted(state));
    effects.extend(super::tasks::agenda_wanted(state));
    effects.extend(super::contacts::wanted(state));
    effects.extend(super::accounts::wanted(state));
    effects.extend(super::campaigns::wanted(state));
    effects.extend(super::reports::wanted(state));
    effects
}

fn update_desk(state: &mut State, action: Action) -> Vec<Effect> {
    // A click or the wheel acts as the key it stands for, or on its own (`mouse`).
    let Some(action) = super::mouse::as_key(state, action) else {
        return Vec::new();
    };
    if let Some(effects) = super::contacts::update(state, &action)
        .or_else(|| super::accounts::update(state, &action))
        .or_else(|| super::campaigns::update(state, &action))
        .or_else(|| super::reports::update(state, &action))
    {
        return effects;
    }
    if let Some(effects) = update_overlay(state, &action) {
        return effects;
    }
    if let Err(refusal) = action.available(state) {
        state.message = Some(refusal.into());
        return Vec::new();
    }
    if let Some(effects) = super::tasks::update(state, &action) {
        return effects;
    }
    match action {
        Action::Quit => super::pending::on_quit(state),
        Action::NextTab | Action::PrevTab => {
            let index = Tab::ALL.iter().position(|t| *t == state.tab).unwrap_or(0);
            let step = if action == Action::NextTab {
                1
            } else {
                Tab::ALL.len() - 1
            };
            state.tab = Tab::ALL[(index + step) % Tab::ALL.len()];
            return board_on_first_visit(state);
        }
        Action::GoTo(tab) => {
            state.tab = tab;
            return board_on_first_visit(state);
        }
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            move_selection(state, &action)
        }
        Action::Left | Action::Right if state.tab == Tab::Deals => {
            let last = state.board.len().saturating_sub(1);
            state.board_column = match action {
                Action::Left => state.board_column.saturating_sub(1),
                _ => (state.board_column + 1).min(last),
            };
            state.clamp_selection();
        }
        Action::Left | Action::Right => {}
        Action::Open => {
            let id = match state.tab {
                Tab::Inbox => state.selected_lead().map(|item| item.lead.id.clone()),
                Tab::Deals => return super::deal_page::open(state),
                Tab::Timeline => return super::entry::open(state),
                Tab::Tasks => super::tasks::selected(state).map(|e| e.task.contact_id.clone()),
                // Their own modules open what they list.
                Tab::Score | Tab::Contacts | Tab::Accounts | Tab::Reports | Tab::Campaigns => None,
            };
            if let Some(id) = id {
                state.tab = Tab::Timeline;
                return vec![Effect::LoadContact(id)];
            }
        }
        Action::StageForward | Action::StageBack | Action::Won => {
            let target = match action {
                Action::Won => Some(crate::domain::deal::WON.to_string()),
                _ => state.stage_step(action == Action::StageForward),
            };
            let (Some(card), Some(stage)) = (state.selected_card(), target) else {
                return Vec::new();
            };
            let (deal_id, contact_id) = (card.deal.id.clone(), card.deal.contact_id.clone());
            state.follow_deal = Some(deal_id.clone());
            return vec![Effect::MoveDeal {
                deal_id,
                stage,
                contact_id,
            }];
        }
        Action::Lost => {
            if let Some(card) = state.selected_card() {
                state.overlay = Some(Overlay::Form(Form::lose_deal(
                    &card.deal.id,
                    &card.deal.title,
                    &card.deal.contact_id,
                )))
            }
        }
        Action::Back => {
            if state.tab == Tab::Timeline
                && (state.channel.is_some() || !state.history_filter.is_empty())
            {
                state.channel = None;
                state.history_filter.clear();
            }
        }
        Action::NextView | Action::PrevView => {
            let views = state.views();
            let index = views
                .iter()
                .position(|v| *v == state.inbox_view)
                .unwrap_or(0);
            let step = if action == Action::NextView {
                1
            } else {
                views.len() - 1
            };
            state.inbox_view = views[(index + step) % views.len()];
            state.inbox_selected = 0;
        }
        Action::OpenSearch => {
            state.overlay = Some(Overlay::Search(SearchBox::default()));
            // Nothing typed yet lists everyone, most recently active first.
            return vec![Effect::Search(String::new())];
        }
        Action::ToggleHelp => state.overlay = Some(Overlay::Help(0)),
        Action::Log(kind) => open_form(state, FormKind::Log(kind)),
        Action::AddTask => open_form(state, FormKind::Task),
        Action::AddLead => state.overlay = Some(Overlay::Form(Form::new_lead(""))),
        Action::Drop => open_form(state, FormKind::Drop),
        Action::Convert => open_form(state, FormKind::Convert),
        Action::Assign => open_form(state, FormKind::Assign),
        Action::Nurture => open_form(state, FormKind::Nurture),
        Action::Reach => return super::reach::start(state),
        Action::SendMessage => return super::send::start(state),
        Action::MarkSent => return super::send::confirm(state),
        Action::Copy => {
            if let (Some(text), _) | (None, Some(text)) = state.reach() {
                return vec![Effect::CopyText(text)];
            }
        }
        Action::Notice(message) => {
            state.message = Some(message);
            // An import's bar stays until the import has ended.
            if !matches!(state.overlay, Some(Overlay::Import(_))) {
                state.overlay = None;
            }
        }
        Action::CycleChannel => {
            use InteractionKind::*;
            let order = [
                None,
                Some(Call),
                Some(Whatsapp),
                Some(Email),
                Some(Meeting),
                Some(Sms),
                Some(Note),
                Some(Event),
            ];
            let index = order.iter().position(|c| *c == state.channel).unwrap_or(0);
            state.channel = order[(index + 1) % order.len()];
            state.timeline_selected = 0;
        }
        // A new search starts empty, so that a term typed is never added to the last
        // one; Esc keeps the filter in use.
        Action::FilterHistory => state.overlay = Some(Overlay::HistoryFilter(LineInput::new(""))),
        Action::Refresh => return reload(state),
        Action::OpenImport => {
            let chat_with = state.current_contact().map(|(_, name)| name);
            let form = super::importing::form(chat_with.as_deref().unwrap_or(""));
            state.overlay = Some(Overlay::Form(form));
        }
        Action::ImportProgress(stage) => super::importing::on_progress(state, stage),
        Action::ImportFinished(outcome) => {
            if super::importing::on_finished(state, outcome) {
                return reload(state);
            }
        }
        Action::Synced(line) => {
            if let Some(problem) = &line.failed {
                state.message = Some(crate::t!("desk-sync-failed", problem = problem.as_str()));
            } else if !line.running && line.conflicts > 0 {
                state.message = Some(crate::t!("desk-sync-conflicts", count = line.conflicts));
            }
            state.sync = Some(line);
        }
        Action::Tick { now, day_ends } => {
            (state.now, state.day_ends) = (now, day_ends);
            return super::pending::on_tick(state);
        }
        Action::Pending(event) => return super::pending::on_event(state, event),
        Action::InboxLoaded(inbox) => {
            state.inbox = inbox;
            // Scores, owners and follow-ups may have changed: ask for every row again.
            state.inbox_rows_asked.clear();
            state.clamp_selection();
        }
        Action::InboxRowsLoaded(items) => {
            state.inbox_rows = items
                .into_iter()
                .map(|item| (item.lead.id.clone(), item))
                .collect();
        }
        Action::BoardLoaded(board) => {
            state.board = board;
            if let Some(deal_id) = state.follow_deal.take() {
                for (column, cards) in state.board.iter().enumerate() {
                    if let Some(card) = cards.cards.iter().position(|c| c.deal.id == deal_id) {
                        (state.board_column, state.board_card) = (column, card);
                    }
                }
            }
            state.clamp_selection();
        }
        Action::ContactLoaded(page) => {
            let same = state
                .page
                .as_ref()
                .is_some_and(|p| p.contact.id == page.contact.id);
            state.page = Some(*page);
            if !same {
                state.channel = None;
                state.history_filter.clear();
                state.timeline_selected = 0;
                state.score_scroll = 0;
            }
            state.clamp_selection();
        }
        Action::Saved {
            message,
            contact_id,
        } => {
            // A lead just added becomes the current contact, so `c` logs its call.
            if matches!(&state.overlay, Some(Overlay::Form(form)) if form.kind == FormKind::NewLead)
            {
                state.tab = Tab::Timeline;
            }
            // A deal's edit form saved brings the deal's page back, as saved.
            let edited_deal = match &state.overlay {
                Some(Overlay::Form(form)) if form.kind == FormKind::EditDeal => {
                    form.deal_id.clone()
                }
                _ => None,
            };
            state.message = Some(message);
            state.overlay = None;
            let mut effects = vec![Effect::LoadInbox, Effect::LoadContact(contact_id)];
            effects.extend(edited_deal.map(Effect::LoadDeal));
            if wants_board(state) {
                effects.push(Effect::LoadBoard);
            }
            effects.extend(super::tasks::reload(state));
            effects.extend(super::contacts::reloads(state));
            effects.extend(super::accounts::reloads(state));
            effects.extend(super::campaigns::reloads(state));
            effects.extend(super::reports::reloads(state));
            return effects;
        }
        Action::ChangedMeanwhile { theirs, message } => {
            if let Some(Overlay::Form(form)) = &mut state.overlay {
                // Saving again now means: replace theirs, knowingly.
                form.changed_meanwhile(&theirs);
                form.error = Some(message.clone());
            }
            state.message = Some(message);
        }
        Action::Failed(message) => {
            if let Some(Overlay::Form(form)) = &mut state.overlay {
                form.error = Some(message.clone());
            }
            state.message = Some(message);
        }
        Action::SearchResults { query, hits } => search_results(state, &query, hits),
        Action::Undo => return super::undo::start(state, super::undo::Direction::Undo),
        Action::Redo => return super::undo::start(state, super::undo::Direction::Redo),
        Action::Recorded { step, then } => {
            super::undo::on_recorded(state, *step);
            return update_desk(state, *then);
        }
        Action::Reverted {
            step,
            direction,
            outcome,
            page_gone,
        } => {
            if page_gone {
                state.page = None;
                if matches!(state.tab, Tab::Timeline | Tab::Score) {
                    state.tab = Tab::Inbox;
                }
            }
            return super::undo::on_reverted(state, *step, direction, outcome);
        }
        Action::EditContact => {
            if let Some((contact_id, _)) = state.current_contact() {
                return vec![Effect::LoadEditor(contact_id)];
            }
        }
        // A box opened meanwhile keeps the screen: `E` can be pressed again.
        Action::EditorLoaded(form) if state.overlay.is_none() => {
            state.overlay = Some(Overlay::Form(*form))
        }
        Action::EditorLoaded(_) => {}
        Action::ReachLoaded(form) if state.overlay.is_none() => {
            state.overlay = Some(Overlay::Form(*form))
        }
        Action::ReachLoaded(_) => {}
        Action::SendLoaded(form) if state.overlay.is_none() => {
            state.overlay = Some(Overlay::Form(*form))
        }
        Action::SendLoaded(_) => {}
        // The Campaigns screen's own (`campaigns`), which takes them on its screen.
        Action::ToggleTemplates
        | Action::NewCampaignItem
        | Action::EditCampaignItem
        | Action::DeleteCampaignItem
        | Action::CampaignsLoaded(_)
        | Action::ChecklistLoaded(_)
        | Action::CampaignsChanged(_)
        | Action::CampaignTicked(_)
        | Action::ChecklistGone(_) => {}
        Action::Input(_)
        | Action::Erase
        | Action::ClearField
        | Action::NextField
        | Action::PrevField
        | Action::Save => {}
        // The entry view's keys and results, with no entry open (it closed meanwhile).
        Action::EditEntry
        | Action::DeleteEntry
        | Action::ShowVersions
        | Action::VersionsLoaded(_)
        | Action::Paste(_) => {} // a paste: always taken by `update_overlay` (`paste`)
        // Editing keys with no text field open (the keymap sends them only to one).
        Action::CursorLeft
        | Action::CursorRight
        | Action::CursorHome
        | Action::CursorEnd
        | Action::WordLeft
        | Action::WordRight
        | Action::DeleteForward
        | Action::DeleteWordBack
        | Action::LineUp
        | Action::LineDown
        | Action::NewLine => {}
        // Turned into keys, or done, by `mouse::as_key` above.
        Action::Select(_) | Action::SelectCard { .. } | Action::ScrollUp | Action::ScrollDown => {}
        Action::AgendaLoaded(entries) => super::tasks::on_loaded(state, entries),
        // Taken by `tasks::update` above.
        Action::MarkDone | Action::Snooze | Action::ToggleMine | Action::PickOwner => {}
        // Taken by `contacts` and `accounts` on their screens and with their dialogs.
        Action::CycleSort
        | Action::OpenFilters
        | Action::AddToAccount
        | Action::ContactsLoaded(_)
        | Action::FiltersLoaded(_)
        | Action::AccountsLoaded(_)
        | Action::AccountLoaded { .. } => {}
        // Taken by `reports` on its screen.
        Action::CyclePeriod
        | Action::EarlierPeriod
        | Action::LaterPeriod
        | Action::CycleSplit
        | Action::ReportLoaded(_) => {}
        Action::NewDeal => return super::deal_page::new_deal(state),
        Action::DealLoaded(view) => super::deal_page::on_loaded(state, *view),
        Action::OpenDealContact => return super::deal_page::open_contact_of_card(state),
        // The deal page's keys, with no page open (it closed meanwhile).
        Action::EditDeal | Action::DeleteDeal => {}
    }
    Vec::new()
}

fn move_selection(state: &mut State, action: &Action) {
    let cards = state
        .board
        .get(state.board_column)
        .map_or(0, |c| c.cards.len());
    let tasks = state.tasks.len();
    let (selected, len) = match state.tab {
        Tab::Inbox => (&mut state.inbox_selected, state.inbox.entries.len()),
        // The Score's arrows scroll its rules; the last stays in view.
        Tab::Score => (
            &mut state.score_scroll,
            state.page.as_ref().map_or(0, |p| p.score.rules.len()),
        ),
        Tab::Timeline => (
            &mut state.timeline_selected,
            state.page.as_ref().map_or(0, |p| p.timeline.len()),
        ),
        Tab::Deals => (&mut state.board_card, cards),
        Tab::Tasks => (&mut state.tasks.selected, tasks),
        // Their own modules move through what they list.
        Tab::Contacts | Tab::Accounts | Tab::Reports | Tab::Campaigns => return,
    };
    let step = match action {
        Action::Up => -1,
        Action::Down => 1,
        Action::PageUp => -10,
        _ => 10,
    };
    *selected = (*selected as i64 + step).clamp(0, len.saturating_sub(1) as i64) as usize;
    state.clamp_selection();
}

fn open_form(state: &mut State, kind: FormKind) {
    if let Some((id, name)) = state.current_contact() {
        let mut form = Form::for_contact(kind, &id, &name);
        if kind == FormKind::Assign {
            form.shown = state.shown_owner();
            // The owner as it stands: saving at once changes nothing, and Ctrl-U
            // empties it to type another.
            if let (Some(owner), Some(field)) = (&form.shown, form.fields.first_mut()) {
                (field.value, field.initial) = (owner.clone(), owner.clone());
            }
        }
        state.overlay = Some(Overlay::Form(form))
    }
}
