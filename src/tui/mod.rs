//! The full-screen desk: the only place that knows ratatui or crossterm.

pub mod actions;
pub mod app;
pub mod clipboard;
pub mod deal_form;
pub mod deal_page;
pub mod diagnostics;
pub mod draw;
pub mod edit_contact;
pub mod effects;
pub mod entry;
#[cfg(test)]
mod fixtures;
pub mod forms;
pub mod help;
pub mod importing;
pub mod keymap;
pub mod overlay;
pub mod pages;
pub mod paste;
pub mod pending;
pub mod runtime;
pub mod save;
pub mod screens;
pub mod syncing;
pub mod theme;
pub mod update;
pub mod views;
