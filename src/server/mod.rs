//! The team server: a stock PostgreSQL through which the desks of an office trade
//! their changes, for offices that outgrow a shared folder. Nothing of ours runs on
//! it; every desk keeps its own file and works offline.
//!
//! - schema.rs: the server's tables, roles and row-level rules, from migrations in
//!   the binary.
//! - push.rs: this desk's outbox (store::sync::outbox) into its change log.
//! - pull.rs: every other desk's log, by cursor, through the file merge.
//! - batch.rs: a desk's entries as a file of ours, for that merge.
//! - snapshot.rs: compaction, and a new desk starting from its snapshot.
//! - admin.rs: `server init`, `invite`, `status`.
//! - listen.rs: LISTEN/NOTIFY, for the desk to sync as soon as a colleague pushed.

mod admin;
mod batch;
mod connect;
mod listen;
mod pull;
mod push;
pub mod schema;
mod snapshot;

pub use admin::{Invited, ServerStatus, init, invite, status};
pub use connect::{PASSWORD_VARIABLE, ServerAddress, describe};
pub use listen::Listener;
pub use snapshot::{Compacted, compact};

use crate::config::Config;
use crate::progress::{InTurn, Progress};
use crate::store::{MergeReport, Store, StoreError};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// What can stop a sync with the server, said for what it is, in the user's
/// language (errors.ftl's `server-*`). Details come from PostgreSQL in English.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("{}", crate::t!("server-address", detail = detail.as_str()))]
    Address { detail: String },
    #[error("{}", crate::t!("server-unreachable", server = server.as_str(), detail = detail.as_str()))]
    Unreachable { server: String, detail: String },
    #[error("{}", crate::t!("server-not-initialised"))]
    NotInitialised,
    #[error("{}", crate::t!("server-too-new", found = *found, supported = *supported))]
    TooNew { found: i64, supported: i64 },
    #[error("{}", crate::t!("server-too-old", found = *found, supported = *supported))]
    TooOld { found: i64, supported: i64 },
    #[error("{}", crate::t!("server-damaged", detail = detail.as_str()))]
    Damaged { detail: String },
    #[error("{}", crate::t!("server-newer-snapshot", found = *found))]
    NewerSnapshot { found: i64 },
    #[error("{}", crate::t!("server-other-office", joined = joined.as_str(), found = found.as_str()))]
    OtherOffice { joined: String, found: String },
    #[error("{}", crate::t!("server-not-set"))]
    NotSet,
    #[error("{}", crate::t!("server-refused", detail = .0.as_str()))]
    Refused(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<postgres::Error> for ServerError {
    fn from(e: postgres::Error) -> ServerError {
        if e.as_db_error().is_some() {
            ServerError::Refused(describe(&e))
        } else {
            ServerError::Unreachable {
                server: String::from("the server"),
                detail: describe(&e),
            }
        }
    }
}

impl ServerError {
    /// Whether the server could not be reached at all: the desk is offline, and
    /// its changes wait in the outbox.
    pub fn is_offline(&self) -> bool {
        matches!(self, ServerError::Unreachable { .. })
    }
}

/// What taking the other desks' changes brought.
#[derive(Debug, Default, Serialize, schemars::JsonSchema)]
pub struct PullReport {
    pub entries_taken: usize,
    /// What the merges of the entries brought, as a file merge says it.
    #[serde(flatten)]
    pub merged: MergeReport,
    /// Whether this desk started from the server's snapshot.
    pub snapshot_taken: bool,
    /// Whether the server was found to hold less than this file took from it
    /// (restored from an older dump): everything here is pushed again.
    pub server_lost: bool,
    /// Desks running a newer Leadometer, whose changes wait until this one is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub newer_desks: Vec<String>,
}

/// What one sync with the server did.
#[derive(Debug, Default, Serialize, schemars::JsonSchema)]
pub struct ServerSync {
    pub server: String,
    pub office: String,
    pub pushed: usize,
    #[serde(flatten)]
    pub pulled: PullReport,
    pub owed: usize,
}

/// The server this config names, with its credentials.
pub fn address_of(config: &Config, url: Option<&str>) -> Result<ServerAddress, ServerError> {
    let url = url
        .or(config.server.as_deref())
        .ok_or(ServerError::NotSet)?;
    let expand = |p: &std::path::PathBuf| crate::config::expand_home(p);
    ServerAddress::parse(
        url,
        config.server_password_file.as_ref().map(expand).as_deref(),
        config.server_root_cert.as_ref().map(expand).as_deref(),
    )
}

/// One sync: this desk's changes pushed, everyone else's pulled, and whatever the
/// pull found owed again (the server lost it) pushed.
pub fn sync(
    store: &mut Store,
    address: &ServerAddress,
    now: DateTime<Utc>,
) -> Result<ServerSync, ServerError> {
    sync_with(store, address, now, &mut crate::progress::Unseen)
}

/// `sync`, telling `progress` how far it got: the rows pushed of those owed, then
/// the entries taken of those fetched, as one job whose total grows.
pub fn sync_with(
    store: &mut Store,
    address: &ServerAddress,
    now: DateTime<Utc>,
    progress: &mut dyn Progress,
) -> Result<ServerSync, ServerError> {
    tracing::debug!(server = %address.shown, "sync with the team server");
    // Debug, not info: the desk retries every few seconds and logs only when how
    // syncing stands changes (tui/syncing.rs); the command line logs its own result.
    let mut client = address.connect().inspect_err(|e| {
        tracing::debug!("the team server cannot be reached: {e}");
    })?;
    let office = join(&mut client, store)?;
    let mut told = InTurn::new(progress);
    let mut pushed = push::push(&mut client, store, &mut told)?;
    told.next_part();
    let pulled = pull::pull(&mut client, store, now, &mut told)?;
    told.next_part();
    if pulled.server_lost {
        pushed += push::push(&mut client, store, &mut told)?;
    }
    told.all_done();
    let key_now = now.to_rfc3339();
    store.set_meta("server_synced_at", &key_now)?;
    tracing::debug!(
        pushed,
        conflicts = pulled.merged.conflicts.len(),
        "synced with the team server"
    );
    Ok(ServerSync {
        server: address.shown.clone(),
        office,
        pushed,
        pulled,
        owed: store.owed_count()?,
    })
}

/// Checks the server is one this desk may sync with, and joins its office the first
/// time: every row here is then owed to it.
fn join(client: &mut postgres::Client, store: &mut Store) -> Result<String, ServerError> {
    let office = schema::check(client)?;
    match store.server_office()? {
        Some(joined) if joined != office => Err(ServerError::OtherOffice {
            joined,
            found: office,
        }),
        Some(_) => Ok(office),
        None => {
            store.join_server(&office)?;
            Ok(office)
        }
    }
}
