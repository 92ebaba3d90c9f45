//! The full-screen desk: the only place that knows ratatui or crossterm.

pub mod app;
pub mod clipboard;
pub mod draw;
pub mod forms;
pub mod importing;
pub mod keymap;
pub mod log;
pub mod overlay;
pub mod pages;
pub mod pending;
pub mod runtime;
pub mod save;
pub mod screens;
pub mod syncing;
pub mod theme;
pub mod views;
