//! Another machine publishing at the worst moments of this one's publish: each
//! moment is played exactly, through the hook `run_racing` offers.

use super::*;
use crate::config::Config;
use crate::domain::{Contact, Phone};
use crate::progress::recorded::Recorded;
use chrono::TimeZone;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 9, minute, 0).unwrap()
}

fn open(dir: &Path, user: &str) -> Store {
    let config = Config {
        user: user.into(),
        ..Config::default()
    };
    Store::open(&dir.join(user).join("leads.db"), &config).unwrap()
}

fn add(store: &mut Store, name: &str, phone: &str, when: DateTime<Utc>) {
    let mut lead = Contact::new_lead(crate::store::new_id(), name.into(), when, store.user());
    lead.phones = vec![Phone::parse(phone, store.region())];
    store.add_lead(when, &lead).unwrap();
}

fn names_in(shared: &Path) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    std::fs::copy(shared, &copy).unwrap();
    let store = Store::open(&copy, &Config::default()).unwrap();
    let mut names: Vec<String> = store
        .all_contacts()
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    names.sort();
    names
}

/// Dana founded the office's shared file; Avi joined it and then added a lead of
/// his own that he has not published yet.
struct Office {
    dir: tempfile::TempDir,
    shared: PathBuf,
    dana: Store,
    avi: Store,
}

fn office() -> Office {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("share").join("leads.db");
    std::fs::create_dir_all(shared.parent().unwrap()).unwrap();
    let mut dana = open(dir.path(), "Dana");
    add(&mut dana, "Noa Levi", "054-490-0148", at(0));
    run(&mut dana, at(0), &shared).unwrap();
    let mut avi = open(dir.path(), "Avi");
    run(&mut avi, at(1), &shared).unwrap();
    add(&mut avi, "Ödön Kovács", "+36 30 123 4567", at(2));
    add(&mut dana, "Ron Tal", "052-555-1234", at(2));
    Office {
        dir,
        shared,
        dana,
        avi,
    }
}

/// Avi's file published over the shared path, as his sync's rename would, without
/// having merged what Dana is publishing.
fn publish_behind_her_back(avi: &Store, dir: &Path, shared: &Path) {
    let whole = dir.join("avi-publish.db");
    avi.backup_to(&whole).unwrap();
    std::fs::rename(&whole, shared).unwrap();
}

/// Dana syncs while Avi publishes at `moment`, `times` times over.
fn dana_syncs_while_avi_publishes(moment: Moment, times: usize) -> (Office, SyncReport) {
    let Office {
        dir,
        shared,
        mut dana,
        avi,
    } = office();
    let mut left = times;
    let mut heard = Recorded::default();
    let race = &mut |now: Moment| {
        if now == moment && left > 0 {
            left -= 1;
            publish_behind_her_back(&avi, dir.path(), &shared);
        }
    };
    let report = run_racing(&mut dana, at(3), &shared, race, &mut heard).unwrap();
    assert_eq!(left, 0, "the moment came {times} times");
    // Merging again after each race only makes the total grow.
    let total = heard.0.last().map_or(0, |&(_, total)| total);
    heard.assert_monotonic_to(total);
    (
        Office {
            dir,
            shared,
            dana,
            avi,
        },
        report,
    )
}

#[test]
fn a_file_published_right_after_ours_is_merged_and_ours_published_again() {
    let (office, report) = dana_syncs_while_avi_publishes(Moment::AfterRename, 1);
    assert!(report.published);
    assert_eq!(report.contacts_added, 1, "Avi's lead was merged");
    assert_eq!(
        names_in(&office.shared),
        ["Noa Levi", "Ron Tal", "Ödön Kovács"],
        "a sync that says it published is in the shared file"
    );
    assert!(!status(&office.dana).unwrap().unpublished);
}

#[test]
fn a_file_published_while_ours_was_written_is_never_renamed_over() {
    let (office, report) = dana_syncs_while_avi_publishes(Moment::BeforeRename, 1);
    assert!(report.published);
    assert_eq!(report.contacts_added, 1);
    assert_eq!(
        names_in(&office.shared),
        ["Noa Levi", "Ron Tal", "Ödön Kovács"]
    );
}

#[test]
fn a_publish_raced_every_time_says_it_did_not_publish_and_loses_nothing() {
    let (office, report) = dana_syncs_while_avi_publishes(Moment::AfterRename, ATTEMPTS);
    assert!(!report.published, "the shared file lacks Dana's lead");
    assert_eq!(names_in(&office.shared), ["Noa Levi", "Ödön Kovács"]);
    assert!(
        status(&office.dana).unwrap().unpublished,
        "her change waits for the next sync"
    );
    let mut dana = office.dana;
    let next = run(&mut dana, at(4), &office.shared).unwrap();
    assert!(next.published);
    assert_eq!(
        names_in(&office.shared),
        ["Noa Levi", "Ron Tal", "Ödön Kovács"]
    );
    drop(office.avi);
}
