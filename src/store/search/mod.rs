//! Finding a contact by any digits of a phone, an email, a name or a company: the
//! search table's chunks as stored (chunks.rs), how one contact ranks for a query
//! (rank.rs), what it forgives (typo.rs), and the table in memory that ranks them all
//! (index.rs).

pub(crate) mod chunks;
mod index;
mod rank;
mod typo;

pub use index::SearchHit;
pub(crate) use index::SearchIndex;
pub use rank::MatchedOn;
