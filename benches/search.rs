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
        group.finish();
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
