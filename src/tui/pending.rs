//! Saves that met the file held by another writer (an import, most likely: it is one
//! transaction, however long). The desk does not freeze waiting for it: such a save
//! is kept, in line behind any kept before it, and made again on the desk's ticks
//! until it lands; the status line says so meanwhile. Quitting with saves in line
//! waits for them, unless asked a second time.

use super::app::{Effect, Overlay, State};
use super::forms::FormKind;
use chrono::{DateTime, Utc};
use std::collections::VecDeque;

/// How often a kept save is tried again: each try may hold the desk for its short
/// wait (see `runtime::DESK_WRITE_WAIT`), so not on every key.
const RETRY_EVERY_MS: i64 = 1000;

/// One write kept for later, with the moment it was first made: it is saved with
/// that moment, so "in 2h" in a form means what it meant when it was typed.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingSave {
    pub write: Box<Effect>,
    pub made_at: DateTime<Utc>,
}

impl PendingSave {
    pub fn new(write: Effect, made_at: DateTime<Utc>) -> PendingSave {
        PendingSave {
            write: Box::new(write),
            made_at,
        }
    }

    /// What it saves, for the status line: "the call for Noa Levi".
    pub fn what(&self) -> String {
        match &*self.write {
            Effect::SaveForm(form) => {
                let name = form.contact_name.as_str();
                match form.kind {
                    FormKind::Log(kind) => {
                        crate::t!("pending-entry-for", what = kind.label(), name = name)
                    }
                    FormKind::Task => crate::t!("pending-follow-up-for", name = name),
                    FormKind::NewLead => crate::t!("pending-new-lead", name = form.value("Name")),
                    _ => crate::t!("pending-change-for", name = name),
                }
            }
            Effect::MoveDeal { .. } => crate::t!("pending-deal-move"),
            Effect::CompleteTask(task) => crate::t!("pending-closing", task = task.title.as_str()),
            Effect::SnoozeTask { task, .. } => {
                crate::t!("pending-snooze", task = task.title.as_str())
            }
            Effect::DeleteDeal { .. } => crate::t!("pending-deal-deletion"),
            _ => crate::t!("pending-change"),
        }
    }
}

/// The saves in line, oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PendingSaves {
    line: VecDeque<PendingSave>,
    last_try: Option<DateTime<Utc>>,
    /// Quit was asked for: the desk closes once the line is empty.
    quitting: bool,
}

impl PendingSaves {
    pub fn is_empty(&self) -> bool {
        self.line.is_empty()
    }

    pub fn len(&self) -> usize {
        self.line.len()
    }
}

/// What became of a save that met a held file, or of a kept one tried again.
#[derive(Debug, Clone, PartialEq)]
pub enum PendingEvent {
    /// A save met the held file, or joined the line behind those that did.
    Waiting(PendingSave),
    /// The first in line was saved.
    Landed { message: String },
    /// The first in line met the held file again; this is what is left of it.
    StillWaiting(PendingSave),
    /// The first in line was refused after all (a contact deleted meanwhile).
    Refused { save: PendingSave, message: String },
}

pub(crate) fn on_event(state: &mut State, event: PendingEvent) -> Vec<Effect> {
    let pending = &mut state.pending;
    match event {
        PendingEvent::Waiting(save) => {
            state.message = Some(crate::t!("pending-waiting", what = save.what()));
            pending.line.push_back(save);
            // The form was taken: it is the save now waiting.
            if matches!(state.overlay, Some(Overlay::Form(_))) {
                state.overlay = None;
            }
            Vec::new()
        }
        PendingEvent::StillWaiting(rest) => {
            if let Some(first) = pending.line.front_mut() {
                *first = rest;
            }
            Vec::new()
        }
        PendingEvent::Landed { message } => {
            pending.line.pop_front();
            state.message = Some(crate::t!("pending-saved", message = message));
            let mut effects = super::pages::reload(state);
            effects.extend(next_in_line(state));
            effects
        }
        PendingEvent::Refused { save, message } => {
            pending.line.pop_front();
            pending.quitting = false; // the refusal must be read before the desk closes
            state.message = Some(crate::t!(
                "pending-refused",
                what = save.what(),
                message = crate::i18n::from_english(&message)
            ));
            // The form comes back with what was typed, unless another is open.
            if let Effect::SaveForm(mut form) = *save.write
                && state.overlay.is_none()
            {
                form.error = Some(message);
                state.overlay = Some(Overlay::Form(form));
            }
            next_in_line(state)
        }
    }
}

/// The next save in line, at once; or, the line done, the quit that waited for it.
fn next_in_line(state: &mut State) -> Vec<Effect> {
    match state.pending.line.front() {
        Some(next) => vec![Effect::RetrySave(next.clone())],
        None => {
            state.quit |= state.pending.quitting;
            Vec::new()
        }
    }
}

/// On a tick: the first save in line tries again, at most every `RETRY_EVERY_MS`.
pub(crate) fn on_tick(state: &mut State) -> Vec<Effect> {
    let pending = &mut state.pending;
    let Some(first) = pending.line.front() else {
        return Vec::new();
    };
    let due = pending
        .last_try
        .is_none_or(|at| (state.now - at).num_milliseconds() >= RETRY_EVERY_MS);
    if !due {
        return Vec::new();
    }
    pending.last_try = Some(state.now);
    vec![Effect::RetrySave(first.clone())]
}

/// Quit: at once when nothing waits; else once the line is saved, or at a second quit.
pub(crate) fn on_quit(state: &mut State) {
    let pending = &mut state.pending;
    if pending.is_empty() || pending.quitting {
        state.quit = true;
        return;
    }
    pending.quitting = true;
    state.message = Some(crate::t!("pending-quitting", count = pending.len()));
}

#[cfg(test)]
#[path = "pending_tests.rs"]
mod tests;
