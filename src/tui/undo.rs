//! Undo and redo in the desk. Every write the desk makes is recorded (`perform`
//! wraps it in `Store::recording`) and lands here as a step named after what it
//! did: "logged call for Noa Levi". `u` writes the step's earlier values back, as a
//! change of its own that merges like any other (see `store::rules::undo`), and the
//! step moves to the redo line; `U` undoes that undo. A new write empties the redo
//! line, as in any editor.

use super::app::{Action, Effect, State};
use crate::store::Recorded;

/// How many steps back the desk remembers.
pub const DEPTH: usize = 100;

/// One action the desk made, as the status line names it, and what it wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub label: String,
    pub recorded: Recorded,
    /// The deal the step moved or changed: the board's selection follows it when
    /// the step is undone or made again.
    pub deal_id: Option<String>,
}

/// Which way a step is being taken back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Undo,
    Redo,
}

/// The steps that can be undone, and those undone that can be made again; the
/// last of each is next.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
}

impl History {
    /// What `u` would undo, for the help and the status bar.
    pub fn next_undo(&self) -> Option<&str> {
        self.done.last().map(|step| step.label.as_str())
    }

    pub fn next_redo(&self) -> Option<&str> {
        self.undone.last().map(|step| step.label.as_str())
    }
}

/// Words the desk's own save messages start with, lower-cased after "Undid: ".
const OWN_WORDS: [&str; 12] = [
    "Logged",
    "Added",
    "Deleted",
    "Deal",
    "Follow-up",
    "Done",
    "Snoozed",
    "Moved",
    "Saved",
    "Corrected",
    "Opened",
    "Edited",
];

/// What a save's message adds for that moment only, never part of the step's name:
/// "Undid: added Kiss Anna", not "Undid: added Kiss Anna: c logs the call".
pub(crate) fn next_key_hint() -> String {
    crate::t!("hint-next-key")
}

pub(crate) fn version_kept() -> String {
    crate::t!("hint-version-kept")
}

/// The step's name from the save's own message: "Logged call for Noa Levi" becomes
/// "logged call for Noa Levi"; a message starting with a name keeps its capital, and
/// the asides of the moment (`next_key_hint`, `version_kept`) are left out.
pub fn label(message: &str) -> String {
    let message = [
        next_key_hint(),
        version_kept(),
        crate::t!("hint-send-confirm"),
        crate::t!("hint-speed-counts"),
        crate::t!("hint-u-brings-back"),
    ]
    .iter()
    .find_map(|aside| message.strip_suffix(aside.as_str()))
    .unwrap_or(message);
    let first = message.split([' ', ':']).next().unwrap_or("");
    if OWN_WORDS.contains(&first) {
        let mut chars = message.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        message.to_string()
    }
}

/// A write landed: it is the next step to undo, and what was undone before it can
/// no longer be made again.
pub(crate) fn on_recorded(state: &mut State, step: Step) {
    let history = &mut state.history;
    history.done.push(step);
    if history.done.len() > DEPTH {
        history.done.remove(0);
    }
    history.undone.clear();
}

/// `u` or `U`: take the next step off its line and ask the store to write it back.
pub(crate) fn start(state: &mut State, direction: Direction) -> Vec<Effect> {
    let line = match direction {
        Direction::Undo => &mut state.history.done,
        Direction::Redo => &mut state.history.undone,
    };
    match line.pop() {
        Some(step) => vec![Effect::Revert {
            step: Box::new(step),
            direction,
        }],
        None => {
            state.message = Some(match direction {
                Direction::Undo => crate::t!("undo-nothing"),
                Direction::Redo => crate::t!("redo-nothing"),
            });
            Vec::new()
        }
    }
}

/// The store wrote the step back (or refused to): the step moves to the other line
/// with what the write-back wrote, or back where it was, and the status line says.
pub(crate) fn on_reverted(
    state: &mut State,
    step: Step,
    direction: Direction,
    outcome: Result<Recorded, String>,
) -> Vec<Effect> {
    let (done, redo_line) = (&mut state.history.done, &mut state.history.undone);
    let (from, to) = match direction {
        Direction::Undo => (done, redo_line),
        Direction::Redo => (redo_line, done),
    };
    match outcome {
        Ok(recorded) => {
            state.message = Some(match direction {
                Direction::Undo => crate::t!("undo-done", step = &step.label),
                Direction::Redo => crate::t!("redo-done", step = &step.label),
            });
            if step.deal_id.is_some() {
                state.follow_deal = step.deal_id.clone();
            }
            to.push(Step {
                label: step.label,
                recorded,
                deal_id: step.deal_id,
            });
            super::pages::reload(state)
        }
        Err(reason) => {
            state.message = Some(match direction {
                Direction::Undo => crate::t!("undo-failed", step = &step.label, reason = reason),
                Direction::Redo => crate::t!("redo-failed", step = &step.label, reason = reason),
            });
            from.push(step);
            Vec::new()
        }
    }
}

/// Wraps the outcome of a write in the step it recorded, when it wrote anything and
/// landed: `Saved` for a write made now, `Landed` for a kept one made again.
pub(crate) fn recorded(outcome: Action, recorded: Recorded, deal_id: Option<String>) -> Action {
    if recorded.is_empty() {
        return outcome;
    }
    let message = match &outcome {
        Action::Saved { message, .. } => message.clone(),
        Action::Pending(super::pending::PendingEvent::Landed { message }) => message.clone(),
        // The Campaigns screen's changes: a campaign or template saved or deleted, a tick.
        Action::CampaignsChanged(message) => message.clone(),
        Action::CampaignTicked(ticked) => ticked.message.clone(),
        _ => return outcome,
    };
    Action::Recorded {
        step: Box::new(Step {
            label: label(&message),
            recorded,
            deal_id,
        }),
        then: Box::new(outcome),
    }
}

#[cfg(test)]
#[path = "undo_tests.rs"]
mod tests;
