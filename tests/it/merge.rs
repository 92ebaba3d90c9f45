//! Merging two copies of a lead file: field-level winners by clock, the union of
//! timelines, tombstones, conflicts kept on record, and the guarantees that make
//! syncing safe: merging twice changes nothing, and the order does not matter.

mod aliases;
use crate::common;
mod garbage;
mod hostile;
mod planted;
mod shared_office;
mod templates;
mod values;

use chrono::{DateTime, Duration, TimeZone, Utc};
use leadometer::config::Config;
use leadometer::domain::{Contact, Interaction, InteractionKind, LeadStatus};
use leadometer::store::Store;
use proptest::prelude::*;
use rusqlite::Connection;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap()
}

fn config(user: &str) -> Config {
    Config {
        user: user.into(),
        ..Config::default()
    }
}

/// One machine's working copy.
struct Copy {
    path: PathBuf,
    config: Config,
}

impl Copy {
    fn new(dir: &Path, user: &str) -> Copy {
        let copy = Copy {
            path: dir.join(format!("{user}.db")),
            config: config(user),
        };
        drop(copy.store());
        copy
    }

    fn store(&self) -> Store {
        Store::open(&self.path, &self.config).unwrap()
    }

    fn add(&self, name: &str, phone: &str, at: DateTime<Utc>) -> String {
        common::add_lead(&mut self.store(), name, phone, at)
    }

    fn rename(&self, id: &str, name: &str, at: DateTime<Utc>) {
        self.store()
            .edit_contact(at, id, |_, c| {
                c.name = name.into();
                Ok(())
            })
            .unwrap();
    }

    fn set_owner(&self, id: &str, owner: &str, at: DateTime<Utc>) {
        self.store()
            .edit_contact(at, id, |_, c| {
                c.owner = Some(owner.into());
                Ok(())
            })
            .unwrap();
    }

    fn log_call(&self, id: &str, text: &str, at: DateTime<Utc>) {
        let mut store = self.store();
        let call = Interaction {
            direction: Some(leadometer::domain::Direction::Out),
            outcome: Some("answered".into()),
            duration_secs: Some(60),
            text: Some(text.into()),
            ..common::call(id, at, store.user())
        };
        store.log_interaction(at, &call).unwrap();
    }

    fn merge(&self, other: &Copy, at: DateTime<Utc>) -> leadometer::store::MergeReport {
        self.store().merge_from(at, &other.path, false).unwrap()
    }

    fn duplicate(&self, dir: &Path, user: &str) -> Copy {
        let copy = Copy {
            path: dir.join(format!("{user}.db")),
            config: config(user),
        };
        self.store().backup_to(&copy.path).unwrap();
        copy
    }

    fn contact(&self, id: &str) -> Option<Contact> {
        self.store().contact(id).ok()
    }
}

/// Everything a merge is responsible for, in a form two files can be compared by:
/// each row of the synced tables with every field's effective clock, and the search
/// rows without the score (a score decays with the time it was computed at).
fn dump(path: &Path) -> BTreeMap<String, Vec<String>> {
    let conn = Connection::open(path).unwrap();
    let mut out = BTreeMap::new();
    for table in [
        "contacts",
        "accounts",
        "contact_phones",
        "contact_emails",
        "memberships",
        "deals",
        "tasks",
        "templates",
        "campaigns",
        "campaign_ticks",
        "interactions",
        "overwritten",
        "contact_search",
    ] {
        let columns: Vec<String> = conn
            .prepare(&format!("PRAGMA table_info({table})"))
            .unwrap()
            .query_map([], |r| r.get(1))
            .unwrap()
            .map(Result::unwrap)
            // Which chunk a search row sits in follows its rowid, an accident of
            // insertion order.
            .filter(|c: &String| !["score", "temperature", "search_chunk"].contains(&c.as_str()))
            .collect();
        let order = if table == "contact_search" {
            "contact_id"
        } else if table == "overwritten" {
            "row_id, field, lost_clock"
        } else {
            "id"
        };
        let sql = format!(
            "SELECT {} FROM {table} ORDER BY {order}",
            columns.join(", ")
        );
        let mut stmt = conn.prepare(&sql).unwrap();
        let rows = stmt
            .query_map([], |r| {
                let mut fields = Vec::new();
                let mut insert_clock = String::new();
                let mut clocks: BTreeMap<String, String> = BTreeMap::new();
                for (i, column) in columns.iter().enumerate() {
                    let value: rusqlite::types::Value = r.get(i)?;
                    match column.as_str() {
                        "clock" => insert_clock = format!("{value:?}"),
                        "clocks" => {
                            if let rusqlite::types::Value::Text(t) = &value {
                                clocks = serde_json::from_str(t).unwrap();
                            }
                        }
                        _ => fields.push((column.clone(), format!("{value:?}"))),
                    }
                }
                let shown: Vec<String> = fields
                    .into_iter()
                    .map(|(column, value)| match clocks.get(&column) {
                        Some(clock) => format!("{column}={value}@{clock}"),
                        None => format!("{column}={value}@{insert_clock}"),
                    })
                    .collect();
                Ok(shown.join(" "))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        out.insert(table.to_string(), rows);
    }
    out
}

#[test]
fn edits_of_different_fields_on_two_copies_both_survive() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());

    dana.rename(&noa, "Noa Levi-Cohen", start() + Duration::minutes(5));
    avi.set_owner(&noa, "Avi", start() + Duration::minutes(6));

    let report = dana.merge(&avi, start() + Duration::minutes(10));
    assert_eq!(report.contacts_updated, 1);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    let merged = dana.contact(&noa).unwrap();
    assert_eq!(merged.name, "Noa Levi-Cohen");
    assert_eq!(merged.owner.as_deref(), Some("Avi"));
}

impl Copy {
    /// This copy after merging `other` in: how a second machine joins.
    fn with_merged(self, other: &Copy, at: DateTime<Utc>) -> Copy {
        self.merge(other, at);
        self
    }
}

#[test]
fn the_same_field_edited_on_two_copies_keeps_the_later_and_records_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());

    dana.rename(&noa, "Noa Levy", start() + Duration::minutes(5));
    avi.rename(&noa, "Noa Levi-Cohen", start() + Duration::minutes(7));

    let report = dana.merge(&avi, start() + Duration::minutes(10));
    assert_eq!(dana.contact(&noa).unwrap().name, "Noa Levi-Cohen");
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    let conflict = &report.conflicts[0];
    assert_eq!(conflict.field, "name");
    assert_eq!(conflict.kept, "Noa Levi-Cohen");
    assert_eq!(conflict.kept_by, "Avi");
    assert_eq!(conflict.lost, "Noa Levy");
    assert_eq!(conflict.lost_by, "Dana");
    assert_eq!(conflict.contact.as_deref(), Some("Noa Levi-Cohen"));

    // Both versions are on the timeline, on both copies once Avi merges back.
    avi.merge(&dana, start() + Duration::minutes(11));
    for copy in [&dana, &avi] {
        let timeline = copy.store().timeline(&noa).unwrap();
        let note = timeline
            .iter()
            .find(|i| i.subject.as_deref() == Some("merge conflict"))
            .expect("the conflict is on the timeline");
        let text = note.text.as_deref().unwrap();
        assert!(text.contains("kept \"Noa Levi-Cohen\" (Avi"), "{text}");
        assert!(text.contains("overwritten \"Noa Levy\" (Dana"), "{text}");
    }
    assert_eq!(dump(&dana.path), dump(&avi.path));
}

#[test]
fn a_later_plain_edit_is_not_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    dana.rename(&noa, "Noa Levy", start() + Duration::minutes(1));
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start() + Duration::minutes(2));
    // Avi saw "Noa Levy" and corrected it: an edit, not a clash.
    avi.rename(&noa, "Noa Levi", start() + Duration::minutes(3));
    let report = dana.merge(&avi, start() + Duration::minutes(4));
    assert_eq!(dana.contact(&noa).unwrap().name, "Noa Levi");
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
}

#[test]
fn a_machine_whose_clock_runs_ahead_does_not_win_forever() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    // Avi's clock is two hours fast.
    avi.rename(&noa, "Noa (Avi)", start() + Duration::hours(2));
    dana.merge(&avi, start() + Duration::minutes(1));
    // Dana edits after seeing Avi's change, by her slow clock still "before" it.
    dana.rename(&noa, "Noa (Dana, later)", start() + Duration::minutes(2));
    avi.merge(&dana, start() + Duration::hours(2) + Duration::minutes(3));
    assert_eq!(avi.contact(&noa).unwrap().name, "Noa (Dana, later)");
    assert_eq!(dana.contact(&noa).unwrap().name, "Noa (Dana, later)");
}

#[test]
fn delete_against_edit_goes_to_the_later_and_an_edit_after_a_delete_revives() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let ron = dana.add("Ron Tal", "052-555-1234", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());

    // Noa: Avi edits, then Dana deletes: the delete is later and holds.
    avi.set_owner(&noa, "Avi", start() + Duration::minutes(1));
    dana.store()
        .delete_contact(start() + Duration::minutes(2), &noa)
        .unwrap();
    // Ron: Dana deletes, then Avi (who had not seen it) logs a call and renames him.
    dana.store()
        .delete_contact(start() + Duration::minutes(1), &ron)
        .unwrap();
    avi.rename(&ron, "Ron Tal (returning)", start() + Duration::minutes(3));
    avi.log_call(&ron, "wants a quote", start() + Duration::minutes(3));

    let ab = dana.duplicate(dir.path(), "dana-then-avi");
    ab.merge(&avi, start() + Duration::minutes(5));
    let ba = avi.duplicate(dir.path(), "avi-then-dana");
    ba.merge(&dana, start() + Duration::minutes(5));
    for copy in [&ab, &ba] {
        assert!(copy.contact(&noa).is_none(), "the later delete holds");
        let ron = copy.contact(&ron).expect("the later edit revived Ron");
        assert_eq!(ron.name, "Ron Tal (returning)");
        let store = copy.store();
        assert!(store.search("Noa", None).unwrap().is_empty());
        assert_eq!(store.search("Ron Tal", None).unwrap().len(), 1);
        assert!(store.check().unwrap().is_empty());
    }
    assert_eq!(dump(&ab.path), dump(&ba.path));
}

#[test]
fn interactions_are_unioned_and_the_other_file_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    for minute in 0..30 {
        dana.log_call(
            &noa,
            &format!("Dana {minute}"),
            start() + Duration::minutes(minute),
        );
        avi.log_call(
            &noa,
            &format!("Avi {minute}"),
            start() + Duration::minutes(minute),
        );
    }
    let avi_bytes = std::fs::read(&avi.path).unwrap();
    let report = dana.merge(&avi, start() + Duration::hours(1));
    assert_eq!(
        report.interactions_added, 31,
        "Avi's 30 calls and the status change his first one made"
    );
    assert_eq!(std::fs::read(&avi.path).unwrap(), avi_bytes);
    let calls = dana
        .store()
        .timeline(&noa)
        .unwrap()
        .into_iter()
        .filter(|i| i.kind == InteractionKind::Call)
        .count();
    assert_eq!(calls, 60);
    assert_eq!(
        dana.contact(&noa).unwrap().status,
        LeadStatus::Connected,
        "status moved by the calls is kept"
    );
}

#[test]
fn a_dry_run_reports_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let avi = Copy::new(dir.path(), "Avi");
    avi.add("Noa Levi", "054-490-0148", start());
    let before = dump(&dana.path);
    let report = dana.store().merge_from(start(), &avi.path, true).unwrap();
    assert_eq!(report.contacts_added, 1);
    assert_eq!(dump(&dana.path), before);
}

#[test]
fn a_foreign_or_damaged_file_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    dana.add("Noa Levi", "054-490-0148", start());
    let before = dump(&dana.path);
    let foreign = dir.path().join("foreign.db");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE contacts (id TEXT)")
        .unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "not a database at all").unwrap();
    for bad in [&foreign, &text] {
        let error = dana.store().merge_from(start(), bad, false).unwrap_err();
        assert!(
            error.to_string().contains(&bad.display().to_string()),
            "{error}"
        );
    }
    assert_eq!(dump(&dana.path), before);
}

/// One change a person makes on one copy.
#[derive(Debug, Clone)]
enum Change {
    Add(u8),
    Rename(u8, u8),
    Owner(u8, u8),
    Call(u8),
    Delete(u8),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0u8..4).prop_map(Change::Add),
        (0u8..6, 0u8..3).prop_map(|(c, n)| Change::Rename(c, n)),
        (0u8..6, 0u8..3).prop_map(|(c, n)| Change::Owner(c, n)),
        (0u8..6).prop_map(Change::Call),
        (0u8..6).prop_map(Change::Delete),
    ]
}

/// Applies `changes` to `copy`, whose clock is `skew` minutes off.
fn apply(copy: &Copy, ids: &mut Vec<String>, changes: &[Change], skew: i64) {
    for (step, change) in changes.iter().enumerate() {
        let at = start() + Duration::minutes(skew + 10 + step as i64);
        let pick = |i: &u8| ids.get(*i as usize % ids.len()).cloned();
        match change {
            Change::Add(n) => {
                let id = copy.add(&format!("Lead {n}"), &format!("054-490-01{n:02}"), at);
                ids.push(id);
            }
            Change::Rename(c, n) => {
                if let Some(id) = pick(c).filter(|id| copy.contact(id).is_some()) {
                    copy.rename(&id, &format!("Name {n}"), at);
                }
            }
            Change::Owner(c, n) => {
                if let Some(id) = pick(c).filter(|id| copy.contact(id).is_some()) {
                    copy.set_owner(&id, &format!("Owner {n}"), at);
                }
            }
            Change::Call(c) => {
                if let Some(id) = pick(c).filter(|id| copy.contact(id).is_some()) {
                    copy.log_call(&id, "call", at);
                }
            }
            Change::Delete(c) => {
                if let Some(id) = pick(c).filter(|id| copy.contact(id).is_some()) {
                    copy.store().delete_contact(at, &id).unwrap();
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn merging_is_order_independent_and_idempotent(
        a_changes in prop::collection::vec(change(), 1..8),
        b_changes in prop::collection::vec(change(), 1..8),
        skew in -120i64..120,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let a = Copy::new(dir.path(), "Dana");
        let mut ids = vec![
            a.add("Noa Levi", "054-490-0148", start()),
            a.add("Ödön Kovács", "+36 30 123 4567", start()),
        ];
        let b = Copy::new(dir.path(), "Avi").with_merged(&a, start());
        let mut b_ids = ids.clone();
        apply(&a, &mut ids, &a_changes, 0);
        apply(&b, &mut b_ids, &b_changes, skew);

        let now = start() + Duration::hours(5);
        let ab = b.duplicate(dir.path(), "ab");
        ab.merge(&a, now);
        let ba = a.duplicate(dir.path(), "ba");
        ba.merge(&b, now);
        prop_assert_eq!(dump(&ab.path), dump(&ba.path));

        let merged = dump(&ab.path);
        let again = ab.merge(&a, now);
        prop_assert!(!again.changed_anything(), "{:?}", again);
        prop_assert!(again.conflicts.is_empty());
        let again = ab.merge(&b, now);
        prop_assert!(!again.changed_anything(), "{:?}", again);
        prop_assert_eq!(dump(&ab.path), merged);
        prop_assert!(ab.store().check().unwrap().is_empty());
    }
}

/// Two machines corrected the same call: after merging, in either direction and
/// twice, both show the later correction, and both corrections are its versions.
#[test]
fn two_corrections_of_one_entry_merge_to_the_later_whatever_the_order() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    dana.log_call(&noa, "first words", start() + Duration::minutes(1));
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start() + Duration::minutes(2));
    let correct = |copy: &Copy, text: &str, minute: i64| {
        let mut store = copy.store();
        let call = current_calls(&store, &noa).remove(0);
        let changes = leadometer::store::Changes {
            text: Some(text.into()),
            ..Default::default()
        };
        let at = start() + Duration::minutes(minute);
        store.correct_interaction(at, &call.id, &changes).unwrap();
    };
    correct(&dana, "Dana's correction", 5);
    correct(&avi, "Avi's correction", 6);
    for minute in [10, 11] {
        dana.merge(&avi, start() + Duration::minutes(minute));
        avi.merge(&dana, start() + Duration::minutes(minute));
    }
    for copy in [&dana, &avi] {
        let store = copy.store();
        let calls = current_calls(&store, &noa);
        assert_eq!(calls.len(), 1);
        assert_eq!(calls[0].text.as_deref(), Some("Avi's correction"));
        let texts: Vec<_> = store
            .versions_of(&calls[0].id)
            .unwrap()
            .into_iter()
            .filter_map(|v| v.text)
            .collect();
        assert_eq!(
            texts,
            ["first words", "Dana's correction", "Avi's correction"]
        );
    }
}

fn current_calls(store: &Store, contact_id: &str) -> Vec<Interaction> {
    store
        .timeline(contact_id)
        .unwrap()
        .into_iter()
        .filter(|i| i.kind == InteractionKind::Call)
        .collect()
}
