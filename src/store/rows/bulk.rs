//! Writing many rows in one transaction: generated data, the demo, and (later) imports.

use super::meta::Stamp;
use crate::domain::{Contact, Deal, Interaction, Task};
use crate::store::{Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;

pub struct BulkWriter<'a> {
    tx: &'a Transaction<'a>,
    stamp: &'a Stamp,
}

impl BulkWriter<'_> {
    pub fn contact(&mut self, contact: &Contact) -> Result<()> {
        super::contacts::insert_contact(self.tx, contact, self.stamp)
    }

    pub fn interaction(&mut self, item: &Interaction) -> Result<()> {
        super::interactions::insert_interaction(self.tx, item)
    }

    pub fn deal(&mut self, deal: &Deal) -> Result<()> {
        super::deals::insert_deal(self.tx, deal, self.stamp)
    }

    pub fn task(&mut self, task: &Task) -> Result<()> {
        super::tasks::insert_task(self.tx, task, self.stamp)
    }

    /// The stored contact as reloaded, with its account ids filled in.
    pub fn reload(&mut self, id: &str) -> Result<Option<Contact>> {
        super::contacts::load_contact(self.tx, id)
    }
}

impl Store {
    /// Runs `fill` in one transaction: either everything it writes is stored, or nothing.
    pub fn bulk_write<T>(
        &mut self,
        now: DateTime<Utc>,
        fill: impl FnOnce(&mut BulkWriter<'_>) -> Result<T>,
    ) -> Result<T> {
        self.write(now, |tx, stamp| fill(&mut BulkWriter { tx, stamp }))
    }
}
