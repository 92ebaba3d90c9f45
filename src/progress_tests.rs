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
