//! A sync with the server tells its progress: the rows pushed of those owed, then
//! the entries taken of those fetched, never going back, ending at its total.

use super::server;
use leadometer::synthetic::{Recipe, generate};

/// What a sync told, and checks it kept its word; returns its total.
fn synced_and_told(
    store: &mut leadometer::store::Store,
    address: &leadometer::server::ServerAddress,
    now: chrono::DateTime<chrono::Utc>,
) -> (leadometer::server::ServerSync, u64) {
    let mut heard: Vec<(u64, u64)> = Vec::new();
    let mut listen = |done: u64, total: u64| heard.push((done, total));
    let synced = leadometer::server::sync_with(store, address, now, &mut listen).unwrap();
    assert!(!heard.is_empty(), "nothing told");
    for pair in heard.windows(2) {
        assert!(pair[0].0 <= pair[1].0, "went back: {heard:?}");
    }
    assert!(heard.iter().all(|&(done, of)| done <= of), "{heard:?}");
    let &(done, total) = heard.last().unwrap();
    assert_eq!(done, total, "ends with everything done: {heard:?}");
    (synced, total)
}

#[test]
fn push_and_pull_tell_their_progress_up_to_the_end() {
    let Some(server) = server("push_and_pull_tell_their_progress") else {
        return;
    };
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let now = chrono::Utc::now();
    let mut dana = server.desk(&dir.path().join("dana.db"), "Dana");
    let mut noa = server.desk(&dir.path().join("noa.db"), "Noa");
    // More rows than one push transaction takes: a contact and a call each.
    let recipe = Recipe {
        contacts: 1_100,
        interactions_per_contact: 1,
        seed: 3,
    };
    generate(&mut dana, &server.config("Dana").pipeline(), &recipe, now).unwrap();
    let address = server.address();
    let (pushed, total) = synced_and_told(&mut dana, &address, now);
    assert!(pushed.pushed > 2_000, "{}", pushed.pushed);
    assert_eq!(total as usize, pushed.pushed, "the rows pushed");
    let (pulled, total) = synced_and_told(&mut noa, &address, now);
    assert_eq!(pulled.pulled.merged.contacts_added, 1_100);
    assert_eq!(
        total as usize, pulled.pulled.entries_taken,
        "the entries taken"
    );
    // Nothing owed, nothing new: told all the same, at 0 of 0.
    let (_, total) = synced_and_told(&mut noa, &address, now);
    assert_eq!(total, 0);
}
