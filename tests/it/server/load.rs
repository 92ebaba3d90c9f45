//! Many desks on one server on loopback, sixteen at a time, each adding a lead and
//! syncing, then each syncing once more; every desk ends with every lead.

use super::{assert_converged, count_rows, server};
use chrono::{TimeZone, Utc};
use leadometer::domain::Contact;
use leadometer::store::new_id;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const AT_ONCE: usize = 16;

/// Runs `each` for every desk, `AT_ONCE` at a time; how long each took.
fn for_every_desk(desks: usize, each: impl Fn(usize) + Sync) -> Vec<Duration> {
    let next = AtomicUsize::new(0);
    let took = Mutex::new(Vec::with_capacity(desks));
    std::thread::scope(|scope| {
        for _ in 0..AT_ONCE {
            scope.spawn(|| {
                loop {
                    let desk = next.fetch_add(1, Ordering::SeqCst);
                    if desk >= desks {
                        return;
                    }
                    let started = Instant::now();
                    each(desk);
                    took.lock().unwrap().push(started.elapsed());
                }
            });
        }
    });
    let mut took = took.into_inner().unwrap();
    took.sort();
    took
}

fn p95(sorted: &[Duration]) -> Duration {
    sorted[(sorted.len() * 95).div_ceil(100) - 1]
}

/// Two hundred desks, the most the team server is meant for: each sync merges the
/// entries it takes as one batch file (a layer per version of a row several desks
/// pushed), so the whole run takes about a minute and a half in a debug build on
/// 2 cores. It prints the p95 of every sync.
#[test]
fn two_hundred_desks_each_add_a_lead_and_all_converge() {
    let Some(server) = server("two_hundred_desks_each_add_a_lead_and_all_converge") else {
        return;
    };
    desks_converge(&server, 200);
}

fn desks_converge(server: &super::TestServer, desks: usize) {
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let path = |desk: usize| dir.path().join(format!("desk-{desk}.db"));
    let address = server.address();
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let started = Instant::now();
    let sync_took = Mutex::new(Vec::new());
    let timed_sync = |store: &mut leadometer::store::Store| {
        let at = Instant::now();
        let done = leadometer::server::sync(store, &address, now).unwrap();
        sync_took.lock().unwrap().push(at.elapsed());
        done
    };
    for_every_desk(desks, |desk| {
        let mut store = server.desk(&path(desk), &format!("Desk {desk}"));
        let lead = Contact::new_lead(new_id(), format!("Lead of desk {desk}"), now, store.user());
        store.add_lead(now, &lead).unwrap();
        timed_sync(&mut store);
    });
    let first_round = std::mem::take(&mut *sync_took.lock().unwrap());
    let first_took = started.elapsed();
    for_every_desk(desks, |desk| {
        let mut store = server.desk(&path(desk), &format!("Desk {desk}"));
        let done = timed_sync(&mut store);
        assert_eq!(done.owed, 0, "{done:?}");
    });
    let second_round = std::mem::take(&mut *sync_took.lock().unwrap());
    let mut all: Vec<Duration> = first_round.iter().chain(&second_round).copied().collect();
    all.sort();
    let (mut first_round, mut second_round) = (first_round, second_round);
    first_round.sort();
    second_round.sort();
    eprintln!(
        "{desks} desks, {AT_ONCE} at a time: first round {:.1?} (sync p95 {:.0?}), second round {:.1?} (sync p95 {:.0?}); p95 of every sync {:.0?}, slowest {:.0?}",
        first_took,
        p95(&first_round),
        started.elapsed() - first_took,
        p95(&second_round),
        p95(&all),
        all.last().unwrap()
    );
    // A desk joining alone, with a lead of its own (so no snapshot): one batch
    // file per other desk, each merged on its own.
    let mut late = server.desk(&dir.path().join("late.db"), "Late");
    let lead = Contact::new_lead(new_id(), "The late desk's lead".into(), now, "Late");
    late.add_lead(now, &lead).unwrap();
    let alone = Instant::now();
    let joined = leadometer::server::sync(&mut late, &address, now).unwrap();
    let alone = alone.elapsed();
    eprintln!(
        "a desk joining alone took {alone:.1?} for {} entries of {desks} desks: {:.1?} a desk",
        joined.pulled.entries_taken,
        alone / desks as u32
    );
    for desk in 0..desks {
        assert_eq!(
            count_rows(&path(desk), "contacts"),
            desks as i64,
            "desk {desk}"
        );
    }
    let paths: Vec<_> = (0..desks).map(path).collect();
    let paths: Vec<&std::path::Path> = paths.iter().map(|p| p.as_path()).collect();
    assert_converged(&paths);
}
