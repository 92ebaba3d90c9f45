//! Generated databases for the benches, cached under target/bench-data so that a
//! second run does not pay for generating a million contacts again.

use chrono::{TimeZone, Utc};
use leadometer::config::Config;
use leadometer::store::Store;
use leadometer::synthetic::{Recipe, generate};
use std::path::PathBuf;

pub fn config() -> Config {
    Config::parse("user = \"bench\"\nregion = \"IL\"\n").unwrap()
}

/// Sizes to run, from LEADOMETER_BENCH_SIZES (e.g. "10000,100000,1000000").
#[allow(dead_code)] // the server's bench runs at 100k only
pub fn sizes() -> Vec<usize> {
    std::env::var("LEADOMETER_BENCH_SIZES")
        .unwrap_or_else(|_| "10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

/// Interactions per generated contact: 10, or 1 at a million contacts (a million
/// interactions, as `benches/compare.sh` makes).
pub fn interactions_per_contact(contacts: usize) -> usize {
    if contacts >= 1_000_000 { 1 } else { 10 }
}

/// A database of `contacts` generated contacts (seed 1; see `interactions_per_contact`).
pub fn generated(contacts: usize) -> Store {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("gen-{contacts}.db"));
    let config = config();
    let mut store = Store::open(&path, &config).unwrap();
    if store.contact_count().unwrap() == 0 {
        let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
        let args = Recipe {
            contacts,
            interactions_per_contact: interactions_per_contact(contacts),
            seed: 1,
        };
        generate(&mut store, &config.pipeline(), &args, now).unwrap();
    }
    store
}

/// One frame of the desk at 120×40, drawn as the runtime draws it.
#[allow(dead_code)] // not every bench draws
pub fn frame(
    store: &Store,
    state: &leadometer::tui::app::State,
    keymap: &leadometer::tui::keymap::Keymap,
) {
    use leadometer::tui::draw::{Chrome, draw};
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    let chrome = Chrome {
        keymap,
        theme: leadometer::tui::theme::Theme::plain(),
        file: "bench.db",
        thresholds: leadometer::tui::runtime::thresholds(store.config()),
        hits: Default::default(),
    };
    terminal.draw(|f| draw(f, state, &chrome)).unwrap();
}
