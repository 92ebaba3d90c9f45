//! The reports on generated data: each of the six over a quarter and a year of
//! leads (the generated ones are spread over the year before 2024-03-12).
//! Target: each under 300 ms at 100k contacts with 1M interactions. And the desk's
//! Reports screen, opened as the runtime does it (the funnel of the last 30 days read
//! and the first frame drawn), then each report in turn: under 100 ms to open.

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use leadometer::config::Config;
use leadometer::domain::report::{GroupBy, Period, PeriodKind};
use leadometer::tui::app::{Action, State, Tab};
use leadometer::tui::keymap::Keymap;
use leadometer::tui::runtime::apply;
use std::time::Duration as StdDuration;

mod common;

fn reports(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let today = now.date_naive();
    let config = Config::parse(
        "user = \"bench\"\nregion = \"IL\"\n\
         [[targets]]\nperiod = \"quarter\"\nsales_amount = 100000\nnew_leads = 5000\nmqls = 500\nsqls = 200\n\
         [[costs]]\nsource = \"Facebook ad\"\nmonth = \"2024-01\"\namount = 1200\n",
    )
    .unwrap();
    let pipeline = config.pipeline();
    for size in common::sizes() {
        let store = common::generated(size);
        let mut group = c.benchmark_group(format!("reports/{size}"));
        group
            .sample_size(10)
            .measurement_time(StdDuration::from_secs(5));
        for kind in [PeriodKind::Quarter, PeriodKind::Year] {
            let period = Period::containing(kind, today);
            let span = period.span(&Utc);
            let name = |report: &str| format!("{report}_{}", period.label().replace('-', "_"));
            group.bench_function(name("funnel"), |b| {
                b.iter(|| {
                    store
                        .funnel_report(span.0, span.1, Some(GroupBy::Source))
                        .unwrap()
                })
            });
            group.bench_function(name("speed"), |b| {
                b.iter(|| {
                    store
                        .speed_report(span, &[GroupBy::Source, GroupBy::Owner], &config.sla, now)
                        .unwrap()
                })
            });
            group.bench_function(name("pipeline"), |b| {
                b.iter(|| {
                    store
                        .pipeline_report(span, Some(GroupBy::Owner), &pipeline, now, today)
                        .unwrap()
                })
            });
            group.bench_function(name("reasons"), |b| {
                b.iter(|| store.reasons_report(span, Some(GroupBy::Source)).unwrap())
            });
            group.bench_function(name("sources"), |b| {
                b.iter(|| {
                    store
                        .sources_report(&period, span, GroupBy::Source, &config.costs)
                        .unwrap()
                })
            });
        }
        group.bench_function("targets_quarter", |b| {
            let day = NaiveDate::from_ymd_opt(2024, 3, 12).unwrap();
            b.iter(|| {
                store
                    .targets_report(&config.targets, (day, day), &Utc)
                    .unwrap()
            })
        });
        let fresh = || {
            let utc = FixedOffset::east_opt(0).unwrap();
            State::new("bench", now, now + Duration::hours(15), utc)
        };
        let keymap = Keymap::default();
        let mut store = store;
        group.bench_function("screen_open", |b| {
            b.iter(|| {
                let mut state = fresh();
                apply(&mut store, &mut state, Action::GoTo(Tab::Reports));
                common::frame(&store, &state, &keymap);
            })
        });
        let mut state = fresh();
        apply(&mut store, &mut state, Action::GoTo(Tab::Reports));
        group.bench_function("screen_next_report", |b| {
            b.iter(|| {
                apply(&mut store, &mut state, Action::Right);
                common::frame(&store, &state, &keymap);
            })
        });
        group.finish();
    }
}

criterion_group!(benches, reports);
criterion_main!(benches);
