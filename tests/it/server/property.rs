//! Nothing is lost through the server: desks make random edits (conflicting ones
//! too) under a random schedule of syncs, a compaction and a desk that joins late;
//! after every desk syncs twice more, all of them hold the same rows, and those
//! are the rows a plain file merge of every desk's file makes.

use super::{TestServer, server};
use crate::common;
use chrono::{DateTime, Duration, Utc};
use leadometer::domain::{Interaction, LeadStatus};
use leadometer::store::{MERGED_TABLES, Store};
use proptest::prelude::*;
use rusqlite::Connection;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A field a person edits on a contact.
#[derive(Debug, Clone, Copy)]
enum Field {
    Name,
    Status,
    Owner,
    Quality,
    Notes,
}

/// One thing that happens in the office; desks and contacts are picked modulo.
#[derive(Debug, Clone)]
enum Step {
    Add {
        desk: u8,
        n: u8,
    },
    Edit {
        desk: u8,
        contact: u8,
        field: Field,
        value: u8,
    },
    /// Two desks set the same field of one contact before either syncs.
    Clash {
        desks: (u8, u8),
        contact: u8,
        value: u8,
    },
    Call {
        desk: u8,
        contact: u8,
    },
    Delete {
        desk: u8,
        contact: u8,
    },
    Sync {
        desk: u8,
    },
}

fn field() -> impl Strategy<Value = Field> {
    prop_oneof![
        Just(Field::Name),
        Just(Field::Status),
        Just(Field::Owner),
        Just(Field::Quality),
        Just(Field::Notes),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        2 => (any::<u8>(), 0u8..4).prop_map(|(desk, n)| Step::Add { desk, n }),
        3 => (any::<u8>(), any::<u8>(), field(), 0u8..3)
            .prop_map(|(desk, contact, field, value)| Step::Edit { desk, contact, field, value }),
        1 => (any::<(u8, u8)>(), any::<u8>(), 0u8..3)
            .prop_map(|(desks, contact, value)| Step::Clash { desks, contact, value }),
        2 => (any::<u8>(), any::<u8>()).prop_map(|(desk, contact)| Step::Call { desk, contact }),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(desk, contact)| Step::Delete { desk, contact }),
        3 => any::<u8>().prop_map(|desk| Step::Sync { desk }),
    ]
}

/// One desk: its file, opened once it has joined the office.
struct Desk {
    path: PathBuf,
    user: String,
    store: Option<Store>,
}

struct Office<'a> {
    server: &'a TestServer,
    address: leadometer::server::ServerAddress,
    desks: Vec<Desk>,
    /// Every contact id any desk made, in order.
    ids: Vec<String>,
}

impl Office<'_> {
    /// The desks that have joined, by index.
    fn present(&self) -> Vec<usize> {
        (0..self.desks.len())
            .filter(|i| self.desks[*i].store.is_some())
            .collect()
    }

    fn pick_desk(&self, n: u8) -> usize {
        let present = self.present();
        present[n as usize % present.len()]
    }

    /// A contact desk `desk` holds (not deleted there), picked by `n`.
    fn pick_contact(&self, desk: usize, n: u8) -> Option<String> {
        let store = self.desks[desk].store.as_ref()?;
        let held: Vec<&String> = self
            .ids
            .iter()
            .filter(|id| store.contact(id).is_ok())
            .collect();
        (!held.is_empty()).then(|| held[n as usize % held.len()].clone())
    }

    fn store(&mut self, desk: usize) -> &mut Store {
        self.desks[desk].store.as_mut().unwrap()
    }

    fn join(&mut self, desk: usize) {
        let store = self
            .server
            .desk(&self.desks[desk].path, &self.desks[desk].user);
        self.desks[desk].store = Some(store);
    }

    fn sync(&mut self, desk: usize, now: DateTime<Utc>) -> leadometer::server::ServerSync {
        let address = self.address.clone();
        let user = self.desks[desk].user.clone();
        let synced = leadometer::server::sync(self.store(desk), &address, now)
            .unwrap_or_else(|e| panic!("{user}'s sync at {now}: {e}"));
        let not_taken = &synced.pulled.merged.not_taken;
        assert!(
            not_taken.rows_set_aside.is_empty() && not_taken.clocks_distrusted.is_empty(),
            "{user}'s sync set good rows aside: {synced:?}"
        );
        assert!(synced.pulled.newer_desks.is_empty(), "{synced:?}");
        synced
    }

    fn edit(&mut self, desk: usize, id: &str, field: Field, value: u8, now: DateTime<Utc>) {
        let user = self.desks[desk].user.clone();
        self.store(desk)
            .edit_contact(now, id, |_, c| {
                match field {
                    Field::Name => c.name = format!("Name {value} by {user}"),
                    Field::Status => {
                        c.status = [
                            LeadStatus::Attempting,
                            LeadStatus::Connected,
                            LeadStatus::Nurturing,
                        ][value as usize % 3]
                    }
                    Field::Owner => c.owner = Some(format!("Owner {value}")),
                    Field::Quality => c.quality = Some(value + 1),
                    Field::Notes => c.notes = Some(format!("note {value} from {user}")),
                }
                Ok(())
            })
            .unwrap();
    }

    fn apply(&mut self, step: &Step, now: DateTime<Utc>) {
        match *step {
            Step::Add { desk, n } => {
                let desk = self.pick_desk(desk);
                let phone = format!("054-490-01{n:02}");
                let id = common::add_lead(self.store(desk), &format!("Lead {n}"), &phone, now);
                if !self.ids.contains(&id) {
                    self.ids.push(id);
                }
            }
            Step::Edit {
                desk,
                contact,
                field,
                value,
            } => {
                let desk = self.pick_desk(desk);
                if let Some(id) = self.pick_contact(desk, contact) {
                    self.edit(desk, &id, field, value, now);
                }
            }
            Step::Clash {
                desks: (a, b),
                contact,
                value,
            } => {
                let (a, b) = (self.pick_desk(a), self.pick_desk(b));
                let Some(id) = self.pick_contact(a, contact) else {
                    return;
                };
                if a == b || self.store(b).contact(&id).is_err() {
                    return;
                }
                self.edit(a, &id, Field::Name, value, now);
                self.edit(b, &id, Field::Name, value, now + Duration::seconds(1));
            }
            Step::Call { desk, contact } => {
                let desk = self.pick_desk(desk);
                if let Some(id) = self.pick_contact(desk, contact) {
                    let store = self.store(desk);
                    let call = Interaction {
                        outcome: Some("answered".into()),
                        text: Some(format!("call at {now}")),
                        ..common::call(&id, now, store.user())
                    };
                    store.log_interaction(now, &call).unwrap();
                }
            }
            Step::Delete { desk, contact } => {
                let desk = self.pick_desk(desk);
                if let Some(id) = self.pick_contact(desk, contact) {
                    self.store(desk).delete_contact(now, &id).unwrap();
                }
            }
            Step::Sync { desk } => {
                let desk = self.pick_desk(desk);
                self.sync(desk, now);
            }
        }
    }
}

/// Every row of the merged tables, every column, in id order.
fn rows(path: &Path) -> BTreeMap<&'static str, Vec<String>> {
    let conn = Connection::open(path).unwrap();
    MERGED_TABLES
        .iter()
        .map(|table| {
            let mut statement = conn
                .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY id"))
                .unwrap();
            let names: Vec<String> = statement.column_names().map(String::from).collect();
            let rows = statement
                .query_map([], |r| {
                    let values: Vec<String> = (0..names.len())
                        .map(|i| {
                            let value: rusqlite::types::Value = r.get(i).unwrap();
                            match (&value, names[i].as_str()) {
                                // The clock map's key order is how it was written,
                                // not what it says.
                                (rusqlite::types::Value::Text(text), "clocks") => {
                                    let clocks: BTreeMap<String, String> =
                                        serde_json::from_str(text).unwrap();
                                    format!("clocks={clocks:?}")
                                }
                                _ => format!("{}={value:?}", names[i]),
                            }
                        })
                        .collect();
                    Ok(values.join(" "))
                })
                .unwrap()
                .map(Result::unwrap)
                .collect();
            (*table, rows)
        })
        .collect()
}

/// The first line where two tables' rows differ, for a readable failure.
fn first_difference(
    a: &BTreeMap<&'static str, Vec<String>>,
    b: &BTreeMap<&'static str, Vec<String>>,
) -> Option<String> {
    for (table, rows) in a {
        let other = &b[table];
        for i in 0..rows.len().max(other.len()) {
            if rows.get(i) != other.get(i) {
                return Some(format!(
                    "{table} row {i}:\n  {:?}\n  {:?}",
                    rows.get(i),
                    other.get(i)
                ));
            }
        }
    }
    None
}

fn run(desk_count: usize, steps: &[Step], compact_at: usize, late_at: usize) {
    let Some(server) = server("desks_through_the_server_hold_what_a_file_merge_of_them_holds")
    else {
        return;
    };
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let start = Utc::now() - Duration::hours(1);
    let mut office = Office {
        server: &server,
        address: server.address(),
        desks: (0..desk_count)
            .map(|i| Desk {
                path: dir.path().join(format!("desk{i}.db")),
                user: format!("User{i}"),
                store: None,
            })
            .collect(),
        ids: Vec::new(),
    };
    // The last desk joins late; the others are there from the start.
    let late = desk_count - 1;
    for desk in 0..late {
        office.join(desk);
    }
    // Something to edit from the first step on: a lead every early desk has.
    let first = common::add_lead(office.store(0), "Noa Levi", "054-490-0148", start);
    office.ids.push(first);
    for desk in 0..late {
        office.sync(desk, start);
    }
    let minute = |n: usize| start + Duration::minutes(n as i64 + 1);
    for (n, step) in steps.iter().enumerate() {
        if n == late_at {
            office.join(late);
            let synced = office.sync(late, minute(n));
            assert_eq!(synced.pulled.snapshot_taken, compact_at < n, "{synced:?}");
        }
        if n == compact_at {
            let mut owner = server.admin_client();
            leadometer::server::compact(&mut owner, minute(n)).unwrap();
        }
        office.apply(step, minute(n));
    }
    if office.desks[late].store.is_none() {
        office.join(late);
    }
    let end = minute(steps.len());
    for round in 0..2 {
        for desk in 0..desk_count {
            office.sync(desk, end + Duration::seconds(round * 10 + desk as i64));
        }
    }
    for desk in &mut office.desks {
        desk.store = None;
    }

    let oracle_path = dir.path().join("oracle.db");
    let mut oracle = Store::open(&oracle_path, &Default::default()).unwrap();
    for desk in &office.desks {
        oracle
            .merge_from(end + Duration::minutes(1), &desk.path, false)
            .unwrap();
    }
    drop(oracle);
    let expected = rows(&oracle_path);
    let differences: Vec<String> = office
        .desks
        .iter()
        .filter_map(|desk| {
            first_difference(&rows(&desk.path), &expected).map(|difference| {
                format!("{} (then the oracle) differs in {difference}", desk.user)
            })
        })
        .collect();
    assert!(
        differences.is_empty(),
        "{}\nsteps: {steps:?}\ncompact at {compact_at}, late desk at {late_at}",
        differences.join("\n")
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn desks_through_the_server_hold_what_a_file_merge_of_them_holds(
        desk_count in 3usize..=5,
        steps in prop::collection::vec(step(), 8..30),
        compact_at in 0usize..30,
        late_at in 0usize..30,
    ) {
        run(desk_count, &steps, compact_at, late_at);
    }
}

/// Found by the property above: a delete on one desk, calls logged on the contact
/// by two others before it arrived.
#[test]
fn a_delete_and_calls_on_two_other_desks_end_the_same_everywhere() {
    use Step::*;
    let steps = [
        Delete {
            desk: 1,
            contact: 0,
        },
        Sync { desk: 0 },
        Sync { desk: 2 },
        Call {
            desk: 0,
            contact: 0,
        },
        Call {
            desk: 0,
            contact: 0,
        },
        Call {
            desk: 3,
            contact: 0,
        },
        Edit {
            desk: 3,
            contact: 0,
            field: Field::Quality,
            value: 2,
        },
    ];
    run(5, &steps, usize::MAX, usize::MAX);
}
