//! The integration tests, one binary: linking one test executable instead of one per
//! file is most of what `cargo test` spends building them. One module per area; the
//! pseudo-terminal tests (tests/pty.rs) keep a binary of their own.
//!
//! `wiring` fails when a file in this folder is not declared below, so no test file
//! is ever left out silently.

mod common;

mod aliases;
mod backups;
mod chat_directions;
mod cli;
mod corrections;
mod csv_layouts;
mod decisions;
mod desk_day;
mod directory;
mod engine;
mod engine_facts;
mod event_texts;
mod export_round_trip;
mod export_target;
mod help_languages;
mod import;
mod import_lines;
mod import_stress;
mod inbox_day_of_use;
mod json_outputs;
mod languages;
mod languages_cli;
mod layers;
mod locking;
mod logs;
mod merge;
mod one_e164;
mod output;
mod outside_text;
mod parsers_never_panic;
mod phone_repair;
mod plurals;
mod refused_values;
mod reports;
mod safety;
mod screens;
mod screens_cut;
mod server;
mod store_story;
mod sync;
mod typos;
mod undo;
mod vcard_layouts;
mod whatsapp_groups;
mod whatsapp_layouts;
mod wiring;
