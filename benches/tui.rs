//! The desk's speed: the first frame, one Inbox frame with its right-to-left names
//! laid out and as typed, a search keystroke, a tab switch, opening a
//! timeline of 1,000 interactions, and the Tasks screen (entered, drawn, a filter
//! toggled), each as the runtime does it (store work + drawing on a TestBackend).

use chrono::{Duration, FixedOffset, TimeZone, Utc};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use leadometer::domain::{Contact, Direction, Interaction, InteractionKind};
use leadometer::store::{Store, new_id};
use leadometer::tui::app::{Action, State, Tab};
use leadometer::tui::keymap::Keymap;
use leadometer::tui::runtime::apply;
use std::time::Duration as StdDuration;

mod common;
use common as fixtures;

fn desk(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let utc = FixedOffset::east_opt(0).unwrap();
    let keymap = Keymap::default();
    for size in fixtures::sizes() {
        let mut store = fixtures::generated(size);
        store.rescore_all(now, false).unwrap();
        store.keep_search_index();
        let mut group = c.benchmark_group(format!("desk/{size}"));
        group
            .sample_size(10)
            .measurement_time(StdDuration::from_secs(8));
        group.bench_function("first_frame", |b| {
            b.iter(|| {
                let mut state = State::new("bench", now, now + Duration::hours(15), utc);
                apply(&mut store, &mut state, Action::Refresh);
                fixtures::frame(&store, &state, &keymap);
            })
        });
        let mut state = State::new("bench", now, now + Duration::hours(15), utc);
        apply(&mut store, &mut state, Action::Refresh);
        // The Inbox's frame alone, its Hebrew names laid out and as typed: what the
        // right-to-left layout costs a frame, the two measured side by side.
        for (name, laid_out) in [("inbox_frame", true), ("inbox_frame_as_typed", false)] {
            leadometer::tui::bidi::set_desk_lays_out(laid_out);
            group.bench_function(name, |b| {
                b.iter(|| fixtures::frame(&store, &state, &keymap))
            });
        }
        leadometer::tui::bidi::set_desk_lays_out(true);
        apply(&mut store, &mut state, Action::OpenSearch);
        // A person typing a name and erasing it again: ten keystrokes, each redrawn.
        // Reported per keystroke. The first letter, the costliest, is measured alone
        // in benches/search.rs (desk_letter).
        group.throughput(Throughput::Elements(10));
        group.bench_function("search_keystroke", |b| {
            b.iter(|| {
                store.forget_searches();
                for letter in "szabo".chars() {
                    apply(&mut store, &mut state, Action::Input(letter));
                    fixtures::frame(&store, &state, &keymap);
                }
                for _ in 0..5 {
                    apply(&mut store, &mut state, Action::Erase);
                    fixtures::frame(&store, &state, &keymap);
                }
            })
        });
        group.throughput(Throughput::Elements(1));
        apply(&mut store, &mut state, Action::Back);
        group.bench_function("tab_switch", |b| {
            b.iter(|| {
                apply(&mut store, &mut state, Action::NextTab);
                fixtures::frame(&store, &state, &keymap);
            })
        });
        group.finish();
    }

    // A contact with a long history.
    let mut store = Store::open_in_memory(&fixtures::config()).unwrap();
    let contact = Contact::new_lead(
        new_id(),
        "Long history".into(),
        now - Duration::days(400),
        "bench",
    );
    store.insert_contact(now, &contact).unwrap();
    store
        .bulk_write(now, |writer| {
            for i in 0..1_000 {
                let at = now - Duration::hours(i * 9);
                writer.interaction(&Interaction {
                    id: new_id(),
                    contact_id: contact.id.clone(),
                    deal_id: None,
                    kind: [
                        InteractionKind::Call,
                        InteractionKind::Whatsapp,
                        InteractionKind::Email,
                    ][i as usize % 3],
                    direction: Some(if i % 2 == 0 {
                        Direction::In
                    } else {
                        Direction::Out
                    }),
                    outcome: None,
                    duration_secs: None,
                    subject: None,
                    text: Some(format!("Message number {i} about the kitchen quote")),
                    occurred_at: at,
                    logged_by: "bench".into(),
                    created_at: at,
                    supersedes: None,
                    template: None,
                })?;
            }
            Ok(())
        })
        .unwrap();
    let mut state = State::new("bench", now, now + Duration::hours(15), utc);
    c.bench_function("desk/timeline_open_1000", |b| {
        b.iter(|| {
            let page = leadometer::tui::effects::load_page(&store, &contact.id, now).unwrap();
            apply(
                &mut store,
                &mut state,
                Action::ContactLoaded(Box::new(page)),
            );
            apply(&mut store, &mut state, Action::GoTo(Tab::Timeline));
            fixtures::frame(&store, &state, &keymap);
        })
    });
}

/// The Tasks screen over every generated follow-up (one contact in ten has one).
fn tasks(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let utc = FixedOffset::east_opt(0).unwrap();
    let keymap = Keymap::default();
    for size in fixtures::sizes() {
        let mut store = fixtures::generated(size);
        let mut group = c.benchmark_group(format!("tasks/{size}"));
        group
            .sample_size(10)
            .measurement_time(StdDuration::from_secs(8));
        let mut state = State::new("bench", now, now + Duration::hours(15), utc);
        // Entering loads the whole agenda: the one read the screen makes.
        group.bench_function("enter", |b| {
            b.iter(|| {
                apply(&mut store, &mut state, Action::GoTo(Tab::Inbox));
                apply(&mut store, &mut state, Action::GoTo(Tab::Tasks));
                fixtures::frame(&store, &state, &keymap);
            })
        });
        assert!(state.tasks.len() > size / 20, "{} tasks", state.tasks.len());
        for _ in 0..(state.tasks.len() / 2) / 10 {
            apply(&mut store, &mut state, Action::PageDown);
        }
        // A frame with the selection mid-list, as every key and tick redraws it.
        group.bench_function("frame", |b| {
            b.iter(|| fixtures::frame(&store, &state, &keymap))
        });
        group.bench_function("toggle_mine", |b| {
            b.iter(|| {
                apply(&mut store, &mut state, Action::ToggleMine);
                fixtures::frame(&store, &state, &keymap);
            })
        });
        group.finish();
    }
}

criterion_group!(benches, desk, tasks);
criterion_main!(benches);
