//! Taking the other desks' changes: each desk's log read from where this file's
//! cursor for it stands, in batches, merged field by field, the cursor moving in
//! the same local transaction as the merge: a crash skips nothing, and taking a
//! batch twice changes nothing.

use super::batch::{Batches, Entry};
use super::snapshot;
use super::{PullReport, ServerError};
use crate::progress::{Progress, all_done};
use crate::store::{MergeReport, Store};
use chrono::{DateTime, Utc};
use postgres::{Client, IsolationLevel};
use std::collections::BTreeMap;

/// How many entries of one desk a batch takes at most: memory stays bounded
/// however long a desk was offline.
pub const ENTRIES_PER_DESK: i64 = 5_000;

/// The meta key naming the last server snapshot this file took.
const SNAPSHOT_TAKEN: &str = "server_snapshot";

/// One push: the entries up to `last_seq` came with what the desk had seen.
#[derive(Debug, Clone)]
struct Push {
    last_seq: i64,
    schema_version: i64,
    vector: BTreeMap<String, String>,
    cursors: BTreeMap<String, i64>,
}

/// Where every desk's log ends on the server, and how far compaction folded it.
struct Heads {
    heads: BTreeMap<String, i64>,
    floors: BTreeMap<String, i64>,
    snapshot: Option<i64>,
}

/// Takes everything the server holds that this file lacks. Tells `progress` the
/// entries taken of those fetched so far (a snapshot counts as one): the total
/// grows with each batch.
pub fn pull(
    client: &mut Client,
    store: &mut Store,
    now: DateTime<Utc>,
    progress: &mut dyn Progress,
) -> Result<PullReport, ServerError> {
    let mut told = Taken::default();
    let report = pull_told(client, store, now, &mut told, progress)?;
    all_done(progress, told.done as usize);
    Ok(report)
}

/// How many entries a pull took of those it fetched.
#[derive(Default)]
struct Taken {
    done: u64,
    fetched: u64,
}

impl Taken {
    fn fetched(&mut self, more: usize, progress: &mut dyn Progress) {
        self.fetched += more as u64;
        progress.reached(self.done, self.fetched);
    }

    fn took(&mut self, more: usize, progress: &mut dyn Progress) {
        self.done = (self.done + more as u64).min(self.fetched);
        progress.reached(self.done, self.fetched);
    }

    /// A batch merged whole: its entries that were versions of one row superseded
    /// by a later one were never merged alone, but are taken all the same.
    fn took_all(&mut self, progress: &mut dyn Progress) {
        self.done = self.fetched;
        progress.reached(self.done, self.fetched);
    }
}

fn pull_told(
    client: &mut Client,
    store: &mut Store,
    now: DateTime<Utc>,
    told: &mut Taken,
    progress: &mut dyn Progress,
) -> Result<PullReport, ServerError> {
    progress.reached(0, 0);
    let me = store.device().to_string();
    let mut report = PullReport::default();
    let mut batches = None;
    let mut snapshot_taken = None;
    // Once said, this desk's own lost entries are the push's to give back (sync
    // pushes again after a pull that found the server lost them).
    let mut own_loss_said = false;
    loop {
        let cursors = store.server_cursors()?;
        let mut tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let heads = heads(&mut tx)?;
        // The server holds less than this file has taken from it: it was restored
        // from an older dump. What it lost is pushed again from here.
        let own_head = heads.heads.get(&me).copied().unwrap_or(0);
        let lost_own = !own_loss_said && store.server_seq()? > own_head;
        let lost_others: BTreeMap<String, i64> = cursors
            .iter()
            .filter(|(device, seq)| **seq > heads.heads.get(*device).copied().unwrap_or(0))
            .map(|(device, _)| {
                (
                    device.clone(),
                    heads.heads.get(device).copied().unwrap_or(0),
                )
            })
            .collect();
        if lost_own || !lost_others.is_empty() {
            tx.commit()?;
            store.server_lost(&lost_others)?;
            report.server_lost = true;
            own_loss_said |= lost_own;
            continue;
        }
        let behind_floor = heads.floors.iter().any(|(device, floor)| {
            *device != me && cursors.get(device).copied().unwrap_or(0) < *floor
        });
        let taken_before: Option<i64> = store.meta(SNAPSHOT_TAKEN)?.and_then(|id| id.parse().ok());
        let joining =
            cursors.is_empty() && store.holds_nothing()? && heads.snapshot != taken_before;
        // Once per pull: a snapshot that leaves the file as it was (an office with
        // no leads yet) must not be taken again and again.
        let fresh = heads.snapshot.filter(|id| Some(*id) != snapshot_taken);
        if let Some(id) = fresh.filter(|_| behind_floor || joining) {
            snapshot_taken = Some(id);
            told.fetched(1, progress);
            let taken = snapshot::download(&mut tx, id)?;
            tx.commit()?;
            let merged = snapshot::take(store, now, &taken)?;
            told.took(1, progress);
            store.set_meta(SNAPSHOT_TAKEN, &id.to_string())?;
            report.snapshot_taken = true;
            report.absorb(merged);
            continue;
        }
        let pending: Vec<(String, i64)> = heads
            .heads
            .iter()
            .filter(|(device, head)| {
                **device != me && **head > cursors.get(*device).copied().unwrap_or(0)
            })
            .map(|(device, _)| (device.clone(), cursors.get(device).copied().unwrap_or(0)))
            .collect();
        if pending.is_empty() {
            tx.commit()?;
            return Ok(report);
        }
        let entries = entries_after(&mut tx, &pending)?;
        let pushes = pushes_after(&mut tx, &pending)?;
        tx.commit()?;
        let reach = causal_reach(&me, &cursors, &heads.heads, &entries, &pushes, &mut report);
        let batches = match &mut batches {
            Some(batches) => batches,
            None => batches.insert(Batches::new()?),
        };
        let mut reached = BTreeMap::new();
        let mut taken: Vec<(&str, &Entry)> = Vec::new();
        for (device, list) in &entries {
            let upto = reach.get(device).copied().unwrap_or(0);
            if upto > cursors.get(device).copied().unwrap_or(0) {
                reached.insert(device.clone(), upto);
                taken.extend(
                    list.iter()
                        .filter(|e| e.seq <= upto)
                        .map(|e| (device.as_str(), e)),
                );
            }
        }
        if reached.is_empty() {
            // Every pending entry waits for a desk newer than this one: nothing
            // more can be taken until this Leadometer is updated.
            return Ok(report);
        }
        report.entries_taken += taken.len();
        told.fetched(taken.len(), progress);
        let layers = layers(&taken);
        let last = layers.len() - 1;
        for (i, layer) in layers.iter().enumerate() {
            // What the desks behind this layer had seen, together: the merge weighs
            // the rows against it, as it weighs a shared file that many desks wrote.
            let mut vector: BTreeMap<String, String> = BTreeMap::new();
            for device in layer
                .iter()
                .map(|(d, _)| *d)
                .collect::<std::collections::BTreeSet<_>>()
            {
                let upto = reached.get(device).copied().unwrap_or(0);
                for (seen, clock) in push_for(&pushes, device, upto)
                    .map(|p| &p.vector)
                    .into_iter()
                    .flatten()
                {
                    let later = vector
                        .get(seen)
                        .is_none_or(|known| clock.as_str() > known.as_str());
                    if later {
                        vector.insert(seen.clone(), clock.clone());
                    }
                }
            }
            let rows: Vec<&Entry> = layer.iter().map(|(_, e)| *e).collect();
            let (path, unwritable) = batches.write(&vector, &rows)?;
            // The cursors move with the last layer: a crash before it takes the
            // earlier layers again, which changes nothing.
            let moved = if i == last {
                reached.clone()
            } else {
                BTreeMap::new()
            };
            let merged = store.take_server_batch(
                now,
                &path,
                std::path::Path::new("server"),
                &unwritable,
                &moved,
            );
            batches.done(&path);
            report.absorb(merged?);
            told.took(layer.len(), progress);
        }
        told.took_all(progress);
    }
}

/// The entries to take, as files of one version of each row: most batches are one
/// layer; a row that several desks pushed in this batch has a version in as many
/// layers, each merged in turn (the latest of each desk's own versions).
fn layers<'a>(taken: &[(&'a str, &'a Entry)]) -> Vec<Vec<(&'a str, &'a Entry)>> {
    let mut latest: BTreeMap<(&str, &str, &str), &Entry> = BTreeMap::new();
    for (device, entry) in taken {
        latest.insert((entry.table.as_str(), entry.row_id.as_str(), device), entry);
    }
    let mut layers: Vec<Vec<(&str, &Entry)>> = Vec::new();
    let mut depth: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for ((table, row_id, device), entry) in latest {
        let at = depth.entry((table, row_id)).or_insert(0);
        if layers.len() <= *at {
            layers.push(Vec::new());
        }
        layers[*at].push((device, entry));
        *at += 1;
    }
    layers
}

fn heads(tx: &mut postgres::Transaction<'_>) -> Result<Heads, ServerError> {
    let mut heads = BTreeMap::new();
    for row in tx.query(
        "SELECT d.device,
                greatest(coalesce((SELECT max(c.seq) FROM leadometer.changes c WHERE c.device = d.device), 0),
                         coalesce((SELECT k.through_seq FROM leadometer.compacted k WHERE k.device = d.device), 0))
         FROM leadometer.devices d",
        &[],
    )? {
        heads.insert(row.get(0), row.get(1));
    }
    let mut floors = BTreeMap::new();
    for row in tx.query("SELECT device, through_seq FROM leadometer.compacted", &[])? {
        floors.insert(row.get(0), row.get(1));
    }
    let snapshot = tx
        .query_opt("SELECT max(id) FROM leadometer.snapshots", &[])?
        .and_then(|r| r.get::<_, Option<i64>>(0));
    Ok(Heads {
        heads,
        floors,
        snapshot,
    })
}

/// The pending desks and their cursors as two arrays, for `unnest`.
fn as_columns(pending: &[(String, i64)]) -> (Vec<&str>, Vec<i64>) {
    pending
        .iter()
        .map(|(device, seq)| (device.as_str(), *seq))
        .unzip()
}

/// Each pending desk's next entries, in its own order.
fn entries_after(
    tx: &mut postgres::Transaction<'_>,
    pending: &[(String, i64)],
) -> Result<BTreeMap<String, Vec<Entry>>, ServerError> {
    let (devices, after) = as_columns(pending);
    let mut entries: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
    for row in tx.query(
        "SELECT cur.device, c.seq, c.tbl, c.row_id, c.row
         FROM unnest($1::text[], $2::bigint[]) AS cur(device, after)
         CROSS JOIN LATERAL (
             SELECT seq, tbl, row_id, row FROM leadometer.changes c
             WHERE c.device = cur.device AND c.seq > cur.after
             ORDER BY c.seq LIMIT $3) c
         ORDER BY cur.device, c.seq",
        &[&devices, &after, &ENTRIES_PER_DESK],
    )? {
        entries.entry(row.get(0)).or_default().push(Entry {
            seq: row.get(1),
            table: row.get(2),
            row_id: row.get(3),
            row: row.get(4),
        });
    }
    Ok(entries)
}

/// The pushes that brought each pending desk's next entries.
fn pushes_after(
    tx: &mut postgres::Transaction<'_>,
    pending: &[(String, i64)],
) -> Result<BTreeMap<String, Vec<Push>>, ServerError> {
    let (devices, after) = as_columns(pending);
    let mut pushes: BTreeMap<String, Vec<Push>> = BTreeMap::new();
    for row in tx.query(
        "SELECT p.device, p.last_seq, p.schema_version, p.vector, p.cursors
         FROM unnest($1::text[], $2::bigint[]) AS cur(device, after)
         JOIN leadometer.pushes p ON p.device = cur.device AND p.last_seq > cur.after
         ORDER BY p.device, p.last_seq",
        &[&devices, &after],
    )? {
        let vector: serde_json::Value = row.get(3);
        let cursors: serde_json::Value = row.get(4);
        pushes.entry(row.get(0)).or_default().push(Push {
            last_seq: row.get(1),
            schema_version: i64::from(row.get::<_, i32>(2)),
            vector: serde_json::from_value(vector).unwrap_or_default(),
            cursors: serde_json::from_value(cursors).unwrap_or_default(),
        });
    }
    Ok(pushes)
}

/// The push that brought entry `seq` of `device`: the first to end at or after it.
fn push_for<'a>(
    pushes: &'a BTreeMap<String, Vec<Push>>,
    device: &str,
    seq: i64,
) -> Option<&'a Push> {
    pushes.get(device)?.iter().find(|p| p.last_seq >= seq)
}

/// How far into each desk's fetched entries this batch may go: an entry waits
/// while the desk that pushed it had read another desk further than this batch
/// reaches (a call on a contact whose creation is not here yet), or while it comes
/// from a newer Leadometer.
fn causal_reach(
    me: &str,
    cursors: &BTreeMap<String, i64>,
    heads: &BTreeMap<String, i64>,
    entries: &BTreeMap<String, Vec<Entry>>,
    pushes: &BTreeMap<String, Vec<Push>>,
    report: &mut PullReport,
) -> BTreeMap<String, i64> {
    let mut reach: BTreeMap<String, i64> = cursors.clone();
    for (device, list) in entries {
        if let Some(last) = list.last() {
            reach.insert(device.clone(), last.seq);
        }
    }
    loop {
        let mut cut = None;
        'devices: for (device, list) in entries {
            let upto = reach.get(device).copied().unwrap_or(0);
            for entry in list.iter().filter(|e| e.seq <= upto) {
                let push = push_for(pushes, device, entry.seq);
                let newer = push.is_some_and(|p| p.schema_version > crate::store::SCHEMA_VERSION);
                if newer && !report.newer_desks.contains(device) {
                    report.newer_desks.push(device.clone());
                }
                let waits = push.is_some_and(|p| {
                    p.cursors.iter().any(|(other, needed)| {
                        if other == me || other == device {
                            return false;
                        }
                        // What the server no longer has cannot be waited for.
                        let needed = (*needed).min(heads.get(other).copied().unwrap_or(0));
                        needed > reach.get(other).copied().unwrap_or(0)
                    })
                });
                if newer || waits {
                    cut = Some((device.clone(), entry.seq - 1));
                    break 'devices;
                }
            }
        }
        match cut {
            Some((device, upto)) => {
                reach.insert(device, upto);
            }
            None => return reach,
        }
    }
}

impl PullReport {
    fn absorb(&mut self, merged: MergeReport) {
        let total = &mut self.merged;
        total.contacts_added += merged.contacts_added;
        total.contacts_updated += merged.contacts_updated;
        total.interactions_added += merged.interactions_added;
        total.other_rows_added += merged.other_rows_added;
        total.other_rows_updated += merged.other_rows_updated;
        total.conflicts.extend(merged.conflicts);
        total.not_taken.absorb(merged.not_taken);
    }
}
