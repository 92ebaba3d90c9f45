//! What a change implies, built on the rows: scores and lifecycles (engine.rs,
//! rescore.rs), lead status (lifecycle.rs), deals (deals.rs), adding and finding
//! leads (leads.rs), imports (import.rs, chat_import.rs), two contacts made one
//! (contact_merge.rs, phone_repair.rs), what waits for a person (inbox.rs), and
//! corrections of the timeline (corrections.rs), and undo (undo.rs).

mod accounts;
mod assignment;
mod chat_import;
mod contact_merge;
mod corrections;
mod deal_changes;
mod deals;
mod engine;
mod facts;
mod import;
mod inbox;
mod leads;
mod lifecycle;
mod messages;
mod phone_repair;
mod rescore;
mod undo;

pub use chat_import::ChatMessage;
pub use corrections::{Changes, SHORTEST_PREFIX};
pub(crate) use engine::refresh_derived;
pub use engine::{Decision, RescoreSummary};
pub use import::ImportCounts;
pub use inbox::{Inbox, InboxEntry, InboxItem, Label, NextTask, nothing_waits, nothing_waits_for};
pub use leads::ContactMatch;
pub use messages::{MESSAGE_CHANNELS, Outgoing, link_for};
pub(crate) use phone_repair::repair_phones;
pub use undo::Recorded;
