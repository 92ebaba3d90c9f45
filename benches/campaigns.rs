//! Campaigns at scale: the Campaigns screen opened (every campaign's members read
//! for its progress), one campaign opened as its checklist with the first frame, a
//! row ticked and the checklist read again, and the send dialog filled for a
//! contact (every template, in each language). No issue names a target: a screen
//! opening in under 100 ms and a tick under 50 ms are what the desk needs to feel
//! instant, and are reported in the README.

use chrono::{Duration, FixedOffset, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use leadometer::domain::campaign::CampaignBy;
use leadometer::store::{CampaignSpec, Store};
use leadometer::tui::app::{Action, State, Tab};
use leadometer::tui::keymap::Keymap;
use leadometer::tui::runtime::apply;
use std::time::Duration as StdDuration;

mod common;

/// Three campaigns, as an office keeps them: a source (a fifth of the file), a
/// campaign (one in seventeen) and a flag; made once in the cached file.
fn with_campaigns(store: &mut Store) {
    if !store.campaigns().unwrap().is_empty() {
        return;
    }
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    for (name, by, value) in [
        ("Facebook leads", CampaignBy::Source, "Facebook ad"),
        ("Spring kitchens", CampaignBy::Campaign, "Spring kitchens"),
        ("VIPs", CampaignBy::Flag, "vip"),
    ] {
        let spec = CampaignSpec {
            name: name.into(),
            by,
            value: value.into(),
            template: Some("Campaign invitation".into()),
        };
        store.add_campaign(now, &spec).unwrap();
    }
}

fn campaigns(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let fresh = || {
        let utc = FixedOffset::east_opt(0).unwrap();
        State::new("bench", now, now + Duration::hours(15), utc)
    };
    let keymap = Keymap::default();
    for size in common::sizes() {
        let mut store = common::generated(size);
        with_campaigns(&mut store);
        let mut group = c.benchmark_group(format!("campaigns/{size}"));
        group
            .sample_size(10)
            .measurement_time(StdDuration::from_secs(5));
        group.bench_function("screen_open", |b| {
            b.iter(|| {
                let mut state = fresh();
                apply(&mut store, &mut state, Action::GoTo(Tab::Campaigns));
                common::frame(&store, &state, &keymap);
            })
        });
        let mut state = fresh();
        apply(&mut store, &mut state, Action::GoTo(Tab::Campaigns));
        group.bench_function("checklist_open", |b| {
            b.iter(|| {
                state.campaigns.checklist = None;
                apply(&mut store, &mut state, Action::Open);
                common::frame(&store, &state, &keymap);
            })
        });
        // A tick and its untick, each written, recorded for undo and read again.
        group.bench_function("tick_and_untick", |b| {
            b.iter(|| {
                apply(&mut store, &mut state, Action::MarkDone);
                apply(&mut store, &mut state, Action::Up);
                apply(&mut store, &mut state, Action::MarkDone);
            })
        });
        let contact = state
            .campaigns
            .selected_member()
            .map(|m| m.contact_id.clone())
            .unwrap();
        group.bench_function("send_dialog", |b| {
            b.iter(|| {
                let request = leadometer::tui::send::SendRequest {
                    contact_id: contact.clone(),
                    template_id: None,
                    campaign_id: None,
                };
                std::hint::black_box(leadometer::tui::send::load(&store, &request, now))
            })
        });
        group.finish();
    }
}

criterion_group!(benches, campaigns);
criterion_main!(benches);
