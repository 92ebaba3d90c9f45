//! Search over generated contacts: a name, a 7-digit partial phone, an email fragment,
//! and a query that matches nobody.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

mod common;
use common as fixtures;

fn search(c: &mut Criterion) {
    let queries = [
        ("name", "szabo odon"),
        ("phone", "4900148"),
        ("email", "gmail.co"),
        ("none", "zzqxw"),
    ];
    for size in fixtures::sizes() {
        let store = fixtures::generated(size);
        let mut group = c.benchmark_group(format!("search/{size}"));
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(5));
        for (label, query) in queries {
            group.bench_function(label, |b| {
                b.iter(|| store.search(black_box(query), Some(50)).unwrap())
            });
        }
        // The desk keeps the search table in memory and asks for 20 results.
        store.keep_search_index();
        for (label, query) in queries.into_iter().chain([("letter", "a")]) {
            group.bench_function(format!("desk_{label}"), |b| {
                b.iter(|| {
                    store.forget_searches();
                    store.search(black_box(query), Some(20)).unwrap()
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
