//! Leadometer: a lead desk for the terminal.

pub mod cli;
pub mod config;
pub mod domain;
pub mod failure;
pub mod i18n;
pub mod import;
pub mod io;
pub mod logging;
pub mod progress;
pub mod server;
pub mod store;
pub mod sync;
pub mod synthetic;
pub mod tui;
