//! The Contacts and Accounts screens: opening each (the store's reads and the first
//! frame, as the runtime does it), a frame alone, and paging down through everyone.
//! Targets: Contacts opens in under 100 ms at a million contacts; each screen draws
//! in under 16 ms at 100k. `LEADOMETER_BENCH_SIZES=100000,1000000` for both.

use chrono::{Duration, FixedOffset, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use leadometer::tui::app::{Action, State, Tab};
use leadometer::tui::keymap::Keymap;
use leadometer::tui::runtime::apply;
use std::time::Duration as StdDuration;

mod common;

fn screens(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let fresh = || {
        let utc = FixedOffset::east_opt(0).unwrap();
        State::new("bench", now, now + Duration::hours(15), utc)
    };
    let keymap = Keymap::default();
    for size in common::sizes() {
        let mut store = common::generated(size);
        let mut group = c.benchmark_group(format!("directory/{size}"));
        group
            .sample_size(10)
            .measurement_time(StdDuration::from_secs(5));
        for (name, tab) in [("contacts", Tab::Contacts), ("accounts", Tab::Accounts)] {
            group.bench_function(format!("{name}_open"), |b| {
                b.iter(|| {
                    let mut state = fresh();
                    apply(&mut store, &mut state, Action::GoTo(tab));
                    common::frame(&store, &state, &keymap);
                })
            });
            let mut state = fresh();
            apply(&mut store, &mut state, Action::GoTo(tab));
            group.bench_function(format!("{name}_draw"), |b| {
                b.iter(|| common::frame(&store, &state, &keymap))
            });
        }
        // Ten rows a key: a page is read every ten keys or so.
        let mut state = fresh();
        apply(&mut store, &mut state, Action::GoTo(Tab::Contacts));
        group.bench_function("contacts_page_down", |b| {
            b.iter(|| {
                apply(&mut store, &mut state, Action::PageDown);
                common::frame(&store, &state, &keymap);
            })
        });
        group.finish();
    }
}

criterion_group!(benches, screens);
criterion_main!(benches);
