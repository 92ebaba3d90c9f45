//! The file itself: its schema and migrations (schema.rs), what in it is ours
//! (schema_guard.rs), what a file on disk is before it is opened (inspect.rs), and
//! copies of it made and checked safely (copies.rs).

pub(crate) mod copies;
pub mod inspect;
pub(crate) mod schema;
pub mod schema_guard;
