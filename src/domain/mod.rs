//! Pure types and rules. Nothing here does I/O or reads the clock: time is passed in.

pub mod agenda;
pub mod bidi;
pub mod campaign;
pub mod contact;
pub mod contact_edit;
pub mod deal;
pub mod event_text;
pub mod hlc;
pub mod interaction;
pub mod lifecycle;
pub mod message_link;
pub mod money;
pub mod phone;
pub mod phone_extension;
pub mod report;
pub mod said;
pub mod scoring;
pub mod scoring_words;
pub mod sla;
pub mod template;
pub mod text;
pub mod timestamp;
pub mod when;

pub use contact::{Account, Contact, ContactKind, LeadStatus, Lifecycle, Membership, Origin, Role};
pub use deal::{Deal, Pipeline, Stage};
pub use interaction::{Direction, Interaction, InteractionKind, Task};
pub use phone::Phone;
