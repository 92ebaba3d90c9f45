//! The deals board and a deal's page at scale: loading and drawing each, as the
//! runtime does it (store work + drawing on a TestBackend). Each must stay under
//! 16 ms at 100k contacts.

use chrono::{Duration, FixedOffset, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use leadometer::tui::app::{Action, State, Tab};
use leadometer::tui::keymap::Keymap;
use leadometer::tui::runtime::apply;
use std::time::Duration as StdDuration;

mod common;
use common as fixtures;
use fixtures::frame;

fn deals(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let utc = FixedOffset::east_opt(0).unwrap();
    let keymap = Keymap::default();
    for size in fixtures::sizes() {
        let mut store = fixtures::generated(size);
        let mut group = c.benchmark_group(format!("deals/{size}"));
        group
            .sample_size(10)
            .measurement_time(StdDuration::from_secs(8));
        let mut state = State::new("bench", now, now + Duration::hours(15), utc);
        state.tab = Tab::Deals;
        // Loaded once before any is measured: each may run alone (a filter).
        let board = leadometer::tui::effects::load_board(&store, now).unwrap();
        apply(&mut store, &mut state, Action::BoardLoaded(board));
        group.bench_function("board_open", |b| {
            b.iter(|| {
                let board = leadometer::tui::effects::load_board(&store, now).unwrap();
                apply(&mut store, &mut state, Action::BoardLoaded(board));
                frame(&store, &state, &keymap);
            })
        });
        // Drawing alone, the board already loaded: what a keystroke on it costs.
        group.bench_function("board_draw", |b| b.iter(|| frame(&store, &state, &keymap)));
        // The page of the first deal on the board, opened as Enter opens it.
        let deal_id = state
            .selected_card()
            .expect("a deal on the board")
            .deal
            .id
            .clone();
        group.bench_function("deal_page_open", |b| {
            b.iter(|| {
                let view = leadometer::tui::deal_page::load(&store, &deal_id).unwrap();
                state.overlay = None;
                apply(&mut store, &mut state, Action::DealLoaded(Box::new(view)));
                frame(&store, &state, &keymap);
            })
        });
        group.finish();
    }
}

criterion_group!(benches, deals);
criterion_main!(benches);
