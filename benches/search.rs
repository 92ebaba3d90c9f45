//! Search over generated contacts: a name, a 7-digit partial phone, an email fragment,
//! a query that matches nobody, and a name with a typo; as the command line runs it (read from the file),
//! as the desk runs it (kept in memory, a first letter and each letter typed on), and
//! the floor under both: one `memmem` pass over the searchable text.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
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
        // One letter wrong in a word ("odon"): found only by forgiving the typo.
        ("typo", "szabo oden"),
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
        // Each letter of a name typed after the one before it: what the desk does on a
        // keystroke, starting from the previous query's matches (see `Query::covered_by`).
        for typed in ["sz", "sza", "szab", "szabo"] {
            let before = &typed[..typed.len() - 1];
            group.bench_function(format!("desk_typed_{typed}"), |b| {
                b.iter_batched(
                    || {
                        store.forget_searches();
                        store.search(before, Some(20)).unwrap();
                    },
                    |()| store.search(black_box(typed), Some(20)).unwrap(),
                    BatchSize::PerIteration,
                )
            });
        }
        // A first letter once the desk has searched it ahead while idle (from 250k
        // contacts; below that, the same as `desk_letter`), and the letter after it.
        while store.search_ahead(20).unwrap() {}
        group.bench_function("desk_letter_ahead", |b| {
            b.iter(|| {
                store.forget_searches();
                store.search(black_box("a"), Some(20)).unwrap()
            })
        });
        group.bench_function("desk_typed_as_ahead", |b| {
            b.iter_batched(
                || {
                    store.forget_searches();
                    store.search("a", Some(20)).unwrap();
                },
                |()| store.search(black_box("as"), Some(20)).unwrap(),
                BatchSize::PerIteration,
            )
        });
        // The floor: one memchr::memmem pass over all the searchable text, already in
        // memory, as the desk's search scans it (names, companies, emails, digits).
        let text: String = rusqlite::Connection::open(store.path())
            .unwrap()
            .prepare("SELECT name_key, company_key, emails, phone_digits FROM contact_search")
            .unwrap()
            .query_map([], |r| {
                Ok(format!(
                    "{}\n{}\n{}\n{}\n",
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?
                ))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for (label, query) in queries {
            let finder = memchr::memmem::Finder::new(query.as_bytes());
            group.bench_function(format!("floor_memmem_{label}"), |b| {
                b.iter(|| finder.find_iter(black_box(text.as_bytes())).count())
            });
        }
        group.finish();
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
