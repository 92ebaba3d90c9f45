//! Every long job tells its progress the same way: something, never backwards, and
//! all of it at the end.

use super::recorded::Recorded;
use crate::config::Config;
use crate::store::Store;
use crate::synthetic::{Recipe, generate_with};

fn now() -> chrono::DateTime<chrono::Utc> {
    "2026-11-02T09:00:00Z".parse().unwrap()
}

/// A file of `contacts` generated contacts, and what generating them told.
fn generated(dir: &std::path::Path, contacts: usize) -> (Store, Recorded) {
    let config = Config::default();
    let mut store = Store::open(&dir.join("leads.db"), &config).unwrap();
    let recipe = Recipe {
        contacts,
        interactions_per_contact: 1,
        seed: 7,
    };
    let mut heard = Recorded::default();
    generate_with(&mut store, &config.pipeline(), &recipe, now(), &mut heard).unwrap();
    (store, heard)
}

#[test]
fn gen_tells_its_progress_up_to_every_contact() {
    let dir = tempfile::tempdir().unwrap();
    let (_, heard) = generated(dir.path(), 1_300);
    heard.assert_monotonic_to(1_300);
    // Now and then, not on every contact.
    assert!(heard.0.len() <= 1_300 / super::EVERY + 2, "{:?}", heard.0);
}

#[test]
fn a_rescore_on_both_cores_tells_its_progress_up_to_every_contact() {
    let dir = tempfile::tempdir().unwrap();
    // 2,000 contacts or more are scored in two halves, on two threads.
    let (mut store, _) = generated(dir.path(), 2_600);
    let mut heard = Recorded::default();
    let summary = store.rescore_all_with(now(), true, &mut heard).unwrap();
    assert_eq!(summary.contacts, 2_600);
    heard.assert_monotonic_to(2_600);
    assert!(heard.0.len() > 1, "told while it worked: {:?}", heard.0);
}

#[test]
fn an_export_tells_its_progress_up_to_every_contact() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = generated(dir.path(), 1_100);
    let contacts = store.all_contacts().unwrap();
    let mut heard = Recorded::default();
    let csv = crate::io::export::to_csv_with(&contacts, &mut heard).unwrap();
    heard.assert_monotonic_to(1_100);
    assert_eq!(
        csv,
        crate::io::export::to_csv(&contacts).unwrap(),
        "the same file"
    );
    let mut heard = Recorded::default();
    crate::io::export::to_vcard_with(&contacts, crate::io::export::VcardVersion::V4, &mut heard);
    heard.assert_monotonic_to(1_100);
}

#[test]
fn an_empty_job_still_ends_at_its_total() {
    let dir = tempfile::tempdir().unwrap();
    let (_, heard) = generated(dir.path(), 0);
    heard.assert_monotonic_to(0);
}

#[test]
#[should_panic(expected = "went back")]
fn a_job_that_goes_back_is_caught() {
    let mut heard = Recorded::default();
    super::Progress::reached(&mut heard, 5, 10);
    super::Progress::reached(&mut heard, 3, 10);
    super::Progress::reached(&mut heard, 10, 10);
    heard.assert_monotonic_to(10);
}

/// A file holding one lead of its own, so that a merge into it goes row by row.
fn holding_one_lead(path: &std::path::Path, user: &str) -> Store {
    let config = Config {
        user: user.into(),
        ..Config::default()
    };
    let mut store = Store::open(path, &config).unwrap();
    let lead =
        crate::domain::Contact::new_lead(crate::store::new_id(), "Noa Levi".into(), now(), user);
    store.add_lead(now(), &lead).unwrap();
    store
}

#[test]
fn a_merge_tells_its_steps_and_every_contact_it_refreshed() {
    let dir = tempfile::tempdir().unwrap();
    let (other, _) = generated(dir.path(), 1_300);
    let other_path = other.path().to_path_buf();
    drop(other);
    let mut ours = holding_one_lead(&dir.path().join("ours.db"), "Avi");
    let mut heard = Recorded::default();
    let report = ours
        .merge_from_with(now(), &other_path, false, &mut heard)
        .unwrap();
    assert_eq!(report.contacts_added, 1_300);
    // Its phases, then each of the 1,300 contacts it touched.
    let total = heard.0.last().unwrap().1;
    assert!(total > 1_300, "{:?}", heard.0);
    heard.assert_monotonic_to(total);
    assert!(heard.0.len() > 10, "told as it went: {:?}", heard.0);
    assert!(heard.0.len() < 40, "now and then: {:?}", heard.0);
    // Into a file that holds nothing the other is taken whole, and said so.
    let mut empty = Store::open(&dir.path().join("empty.db"), &Config::default()).unwrap();
    let mut heard = Recorded::default();
    empty
        .merge_from_with(now(), &other_path, false, &mut heard)
        .unwrap();
    assert_eq!(empty.all_contacts().unwrap().len(), 1_300);
    let total = heard.0.last().unwrap().1;
    heard.assert_monotonic_to(total);
}

#[test]
fn a_folder_sync_tells_each_merge_then_the_publish() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared").join("leads.db");
    std::fs::create_dir_all(shared.parent().unwrap()).unwrap();
    let (mut dana, _) = generated(dir.path(), 700);
    let mut heard = Recorded::default();
    crate::sync::run_with(&mut dana, now(), &shared, &mut heard).unwrap();
    // Nothing to merge yet: the publish alone.
    heard.assert_monotonic_to(1);
    let mut avi = holding_one_lead(&dir.path().join("avi.db"), "Avi");
    let mut heard = Recorded::default();
    let report = crate::sync::run_with(&mut avi, now(), &shared, &mut heard).unwrap();
    assert_eq!(report.contacts_added, 700);
    assert!(report.published);
    let total = heard.0.last().unwrap().1;
    assert!(
        total > 700,
        "the merge's contacts are counted: {:?}",
        heard.0
    );
    heard.assert_monotonic_to(total);
}
