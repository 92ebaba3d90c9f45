use super::*;
use crate::config::Config;
use crate::domain::deal::{Pipeline, Stage};
use crate::domain::{Contact, Deal};
use crate::store::new_id;
use chrono::TimeZone;

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, hour, 0, 0).unwrap()
}

/// A store with one contact and one deal opened at 8 in Call.
fn desk_with(mut store: Store) -> (Store, Deal) {
    let contact = Contact::new_lead(new_id(), "Dana Levi".into(), at(8), "Dana");
    store
        .write(at(8), |tx, stamp| {
            crate::store::rows::contacts::insert_contact(tx, &contact, stamp)
        })
        .unwrap();
    let deal = Deal::open(
        new_id(),
        &contact,
        "Walnut kitchen".into(),
        4_800_000,
        "ILS",
        "Call",
        at(8),
    );
    store.add_deal(at(8), &deal).unwrap();
    (store, deal)
}

fn desk() -> (Store, Deal) {
    desk_with(Store::open_in_memory(&Config::default()).unwrap())
}

#[test]
fn an_edit_writes_only_what_changed_and_says_so_on_the_timeline() {
    let (mut store, deal) = desk();
    let edited = store
        .edit_deal(at(9), &deal.id, |d| {
            d.amount_minor = 5_200_000;
            d.owner = Some("Dana".into());
            d.notes = Some("wants walnut".into());
            d.competitors = vec!["IKEA".into()];
            d.quotes_required = 3;
            d.quotes_received = 1;
            d.probability_override = Some(0.4);
            Ok(())
        })
        .unwrap();
    assert_eq!(edited.amount_minor, 5_200_000);
    assert_eq!(store.deal(&deal.id).unwrap(), edited);
    assert_eq!(edited.quotes_required, 3);
    assert_eq!(edited.owner.as_deref(), Some("Dana"));
    let clocks: String = store
        .conn()
        .query_row("SELECT clocks FROM deals WHERE id = ?1", [&deal.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(
        clocks.contains("amount_minor") && !clocks.contains("title"),
        "{clocks}"
    );
    let timeline = store.timeline(&deal.contact_id).unwrap();
    let edit = timeline
        .iter()
        .find(|i| i.subject.as_deref() == Some(EDITED))
        .unwrap();
    assert_eq!(edit.deal_id.as_deref(), Some(deal.id.as_str()));
    assert!(
        edit.text
            .as_deref()
            .unwrap()
            .contains("amount, probability"),
        "{:?}",
        edit.text
    );
}

#[test]
fn a_refused_or_cancelled_edit_writes_nothing() {
    let (mut store, deal) = desk();
    let before = store.timeline(&deal.contact_id).unwrap().len();
    let err = store
        .edit_deal(at(9), &deal.id, |d| {
            d.probability_override = Some(1.5);
            Ok(())
        })
        .unwrap_err();
    assert!(err.to_string().contains("probability"), "{err}");
    let cancelled = store.edit_deal(at(9), &deal.id, |d| {
        d.title = "Other".into();
        Err(StoreError::Cancelled)
    });
    assert!(cancelled.is_err());
    assert_eq!(store.deal(&deal.id).unwrap(), deal);
    assert_eq!(store.timeline(&deal.contact_id).unwrap().len(), before);
}

#[test]
fn a_deleted_deal_is_a_tombstone_named_on_the_timeline() {
    let (mut store, deal) = desk();
    let gone = store.delete_deal(at(10), &deal.id).unwrap();
    assert_eq!(gone.title, "Walnut kitchen");
    assert!(store.deal(&deal.id).is_err());
    assert!(store.deals_for(&deal.contact_id).unwrap().is_empty());
    let deleted_at: Option<i64> = store
        .conn()
        .query_row(
            "SELECT deleted_at FROM deals WHERE id = ?1",
            [&deal.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(deleted_at, Some(at(10).timestamp_millis()), "the row stays");
    let texts: Vec<String> = store
        .timeline(&deal.contact_id)
        .unwrap()
        .into_iter()
        .filter_map(|i| i.text)
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t == "deal \"Walnut kitchen\" deleted (48000.00 ILS, Call)"),
        "{texts:?}"
    );
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn the_stage_history_lists_every_stage_with_its_date() {
    let (mut store, deal) = desk();
    let pipeline = Pipeline::default();
    store
        .move_deal(at(9), &pipeline, &deal.id, "Meeting", None)
        .unwrap();
    store
        .move_deal(at(11), &pipeline, &deal.id, "Quote", None)
        .unwrap();
    let deal = store.deal(&deal.id).unwrap();
    let steps = store.stage_history(&deal).unwrap();
    let seen: Vec<(DateTime<Utc>, Option<&str>)> =
        steps.iter().map(|s| (s.at, s.stage.as_deref())).collect();
    assert_eq!(
        seen,
        vec![
            (at(8), Some("Call")),
            (at(9), Some("Meeting")),
            (at(11), Some("Quote"))
        ]
    );
}

#[test]
fn a_deal_from_before_stages_were_recorded_shows_when_it_opened_and_moved() {
    let (store, mut deal) = desk();
    deal.id = "never-recorded".into();
    deal.created_at = at(6);
    deal.stage_changed_at = at(7);
    let steps = store.stage_history(&deal).unwrap();
    assert_eq!(steps.len(), 2);
    assert_eq!((steps[0].at, steps[0].stage.as_deref()), (at(6), None));
    assert_eq!(
        (steps[1].at, steps[1].stage.as_deref()),
        (at(7), Some("Call"))
    );
}

#[test]
fn a_deal_in_a_stage_the_config_no_longer_has_is_named_by_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    desk_with(Store::open(&path, &Config::default()).unwrap());
    let mut renamed = Config::default();
    renamed.deals.stages = vec![Stage {
        name: "Discovery".into(),
        probability: 0.2,
        stale_after_days: None,
    }];
    let store = Store::open(&path, &renamed).unwrap();
    let problems = store.check().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("\"Walnut kitchen\"") && problems[0].contains("stage \"Call\""),
        "{}",
        problems[0]
    );
}

#[test]
fn a_deal_brought_in_without_its_opening_recorded_starts_its_history_unknown() {
    let (mut store, deal) = desk();
    let mut imported = deal.clone();
    imported.id = new_id();
    imported.created_at = at(6);
    store
        .bulk_write(at(6), |writer| writer.deal(&imported))
        .unwrap();
    store
        .move_deal(at(9), &Pipeline::default(), &imported.id, "Meeting", None)
        .unwrap();
    let imported = store.deal(&imported.id).unwrap();
    let steps = store.stage_history(&imported).unwrap();
    let seen: Vec<(DateTime<Utc>, Option<&str>)> =
        steps.iter().map(|s| (s.at, s.stage.as_deref())).collect();
    assert_eq!(seen, vec![(at(6), None), (at(9), Some("Meeting"))]);
}
