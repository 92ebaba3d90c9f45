//! The full-screen desk: the only place that knows ratatui or crossterm.

pub mod accounts;
pub mod actions;
pub mod app;
pub mod clipboard;
pub mod contacts;
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
pub mod hits;
pub mod importing;
pub mod keymap;
pub mod mouse;
pub mod overlay;
pub mod pages;
pub mod paste;
pub mod pending;
pub mod reach;
pub mod runtime;
pub mod save;
pub mod screens;
pub mod syncing;
pub mod tab_bar;
pub mod tasks;
pub mod theme;
pub mod typing;
pub mod undo;
pub mod update;
pub mod views;
