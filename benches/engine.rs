//! The lead engine at scale: a full rescore and the inbox query, on generated data.

use chrono::{Duration, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use std::time::Duration as StdDuration;

mod common;
use common as fixtures;

fn engine(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    for size in fixtures::sizes() {
        let mut store = fixtures::generated(size);
        store.rescore_all(now, false).unwrap();
        let mut group = c.benchmark_group(format!("engine/{size}"));
        group
            .sample_size(10)
            .measurement_time(StdDuration::from_secs(10));
        group.bench_function("rescore_all", |b| {
            b.iter(|| store.rescore_all(now, false).unwrap())
        });
        group.bench_function("inbox", |b| {
            b.iter(|| store.inbox(now, now + Duration::hours(15), false).unwrap())
        });
        group.finish();
    }
}

criterion_group!(benches, engine);
criterion_main!(benches);
