//! What reading the timeline's automatic entries in Hungarian costs a frame: a page
//! of 40 stored English entries said again (`event_text`), against English, where
//! they are shown as stored. The desk draws only the rows in view, so a page is
//! what a frame pays.

use criterion::{Criterion, criterion_group, criterion_main};
use leadometer::domain::event_text;
use leadometer::i18n::{Lang, scoped};
use std::hint::black_box;

/// Forty entries of the forms the rules write most.
fn page() -> Vec<String> {
    let forms = [
        "status new → attempting: first attempt to reach them (whatsapp)",
        "status attempting → connected: they answered (call)",
        "lifecycle lead → mql: score 42 ≥ 40",
        "deal \"Walnut kitchen\" Quote → Closing",
        "imported from leads.csv, line 12",
        "assigned to Dana: rule \"Facebook to Dana\"",
        "nurture: not now (by Dana)",
        "something a newer version wrote",
    ];
    (0..40)
        .map(|i| forms[i % forms.len()].to_string())
        .collect()
}

fn timeline_page(c: &mut Criterion) {
    let page = page();
    for (name, lang) in [
        ("timeline_page_en", Lang::En),
        ("timeline_page_hu", Lang::Hu),
    ] {
        let _speaking = scoped(lang);
        c.bench_function(name, |b| {
            b.iter(|| {
                for text in &page {
                    black_box(event_text::shown(black_box(text)));
                }
            })
        });
    }
}

criterion_group!(benches, timeline_page);
criterion_main!(benches);
