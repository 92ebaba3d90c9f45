//! What the desk loads from the store to show: the board's columns and cards, and
//! everything about the current contact.

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
}

impl Column {
    pub fn sum(&self) -> f64 {
        self.cards.iter().map(|c| c.deal.amount()).sum()
    }

    pub fn weighted(&self) -> f64 {
        self.cards
            .iter()
            .map(|c| c.deal.amount() * c.probability)
            .sum()
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
