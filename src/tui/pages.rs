//! What the desk loads from the store to show: the board's columns and cards, and
//! everything about the current contact; and when it loads them again.

use super::app::{Effect, State, Tab};
use crate::domain::money::Sums;
use crate::domain::scoring::Score;
use crate::domain::{Contact, Deal, Interaction, Task};
use chrono::{DateTime, Utc};

/// One deal on the board, with what its card shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub deal: Deal,
    pub contact_name: String,
    pub days_in_stage: i64,
    pub stale: bool,
    pub probability: f64,
}

/// One column of the board: a stage and its deals.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub stage: String,
    pub cards: Vec<Card>,
    /// A stage the config's pipeline does not have (renamed or removed since): its
    /// deals stay in sight, and move out of it to a stage the pipeline has.
    pub unknown: bool,
}

impl Column {
    /// The column's amounts, each currency apart.
    pub fn sum(&self) -> Sums {
        self.cards
            .iter()
            .map(|c| (c.deal.currency.as_str(), c.deal.amount()))
            .collect()
    }

    pub fn weighted(&self) -> Sums {
        self.cards
            .iter()
            .map(|c| (c.deal.currency.as_str(), c.deal.amount() * c.probability))
            .collect()
    }
}

/// Everything the Timeline shows about the current contact.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactPage {
    pub contact: Contact,
    pub timeline: Vec<Interaction>,
    pub tasks: Vec<Task>,
    pub deals: Vec<Deal>,
    pub score: Score,
    /// How the stored score moved: (time, score), oldest first.
    pub history: Vec<(DateTime<Utc>, i64)>,
}

/// The board is read only once someone looks at it, and then kept fresh.
pub(crate) fn wants_board(state: &State) -> bool {
    state.tab == Tab::Deals || !state.board.is_empty()
}

pub(crate) fn board_on_first_visit(state: &State) -> Vec<Effect> {
    if state.tab == Tab::Deals && state.board.is_empty() {
        vec![Effect::LoadBoard]
    } else {
        Vec::new()
    }
}

/// Everything shown, again: after another process, an import or a kept save wrote.
pub(crate) fn reload(state: &State) -> Vec<Effect> {
    let mut effects = vec![Effect::LoadInbox];
    if wants_board(state) {
        effects.push(Effect::LoadBoard);
    }
    if let Some(page) = &state.page {
        effects.push(Effect::LoadContact(page.contact.id.clone()));
    }
    effects.extend(super::tasks::reload(state));
    effects.extend(super::contacts::reloads(state));
    effects.extend(super::accounts::reloads(state));
    effects.extend(super::campaigns::reloads(state));
    effects.extend(super::reports::reloads(state));
    effects
}
