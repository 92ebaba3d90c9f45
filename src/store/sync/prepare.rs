//! The private copy of the other file, made fit to take before anything is taken
//! from it.

use super::{ClockDistrusted, clean, clocks, quarantine};
use crate::config::Config;
use crate::domain::hlc::Hlc;
use crate::store::Result;
use crate::store::file::copies::{copy_whole, open_scratch};
use crate::store::file::inspect::open_untrusted;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::path::Path;

/// What making the private copy of the other file fit to take found in it.
pub(super) struct Prepared {
    pub(super) not_copied: Vec<String>,
    pub(super) refused: Vec<quarantine::Refused>,
    pub(super) distrusted: Vec<ClockDistrusted>,
    pub(super) texts_cleaned: usize,
    /// The latest believed clock of each device among the rows to be taken: the
    /// local clock and version vector move past them (clocks::latest_believed).
    pub(super) latest: BTreeMap<String, Hlc>,
}

/// Copies `other` into `snapshot` and makes the copy hold only what may be taken:
/// schema objects not ours dropped unrun, this version's layout, rows that would
/// break our constraints taken out (judged against the local file, when there is
/// one, for the rows they point to), clocks not believed put lowest, text cleaned.
pub(super) fn prepare_snapshot(
    snapshot: &Path,
    other: &Path,
    local: Option<&Path>,
    now: DateTime<Utc>,
    config: &Config,
) -> Result<Prepared> {
    let source = open_untrusted(other)?;
    let mut copy = open_scratch(snapshot)?;
    copy_whole(&source, &mut copy)?;
    drop(source);
    // Only data crosses over: what the other file's schema holds beyond ours
    // goes before anything runs on the copy.
    let foreign = crate::store::file::schema_guard::strip_foreign(&copy, other)?;
    // An older copy gets this version's layout; a newer one was refused.
    crate::store::file::schema::migrate(&mut copy, other, config)?;
    copy.pragma_update(None, "trusted_schema", "OFF")?;
    // Off: a row is judged by our rules below, and taking a parent out must not
    // fail on its children, which follow it out.
    copy.pragma_update(None, "foreign_keys", "OFF")?;
    if let Some(local) = local {
        copy.execute(
            "ATTACH DATABASE ?1 AS local",
            [local.to_string_lossy().as_ref()],
        )?;
    }
    let tx = copy.transaction()?;
    let mut refused = quarantine::take_out_bad_rows(&tx, local.is_some())?;
    refused.extend(clocks::take_out_bad_records(&tx, clocks::bound_at(now))?);
    let distrusted = clocks::reset_distrusted(&tx, clocks::bound_at(now))?;
    let texts_cleaned = clean::clean_texts(&tx)?;
    let latest = clocks::latest_believed(&tx, clocks::bound_at(now))?;
    tx.commit()?;
    if local.is_some() {
        copy.execute_batch("DETACH DATABASE local")?;
    }
    Ok(Prepared {
        not_copied: foreign.iter().map(ToString::to_string).collect(),
        refused,
        distrusted,
        texts_cleaned,
        latest,
    })
}
