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
use crate::store::{Conflict, NotTaken, Store, StoreError};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// What can stop a sync with the server, said for what it is.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("server address: {detail}")]
    Address { detail: String },
    #[error("cannot reach the server {server}: {detail}")]
    Unreachable { server: String, detail: String },
    #[error(
        "the server holds no Leadometer office yet: run `leadometer server init --url ...` first"
    )]
    NotInitialised,
    #[error(
        "the server was set up by a newer Leadometer (its schema version {found}, this one reads up to {supported}): update Leadometer"
    )]
    TooNew { found: i64, supported: i64 },
    #[error(
        "the server's schema is older (version {found} of {supported}): its owner runs `leadometer server init` to bring it up to date"
    )]
    TooOld { found: i64, supported: i64 },
    #[error("the server's Leadometer schema is damaged: {detail}")]
    Damaged { detail: String },
    #[error(
        "the server's snapshot was written by a newer Leadometer (schema version {found}): update Leadometer"
    )]
    NewerSnapshot { found: i64 },
    #[error(
        "this file belongs to another office's server ({joined}); the server at this address holds office {found}. Nothing was exchanged"
    )]
    OtherOffice { joined: String, found: String },
    #[error("no team server is set: add server = \"postgres://...\" to the config, or give --url")]
    NotSet,
    #[error("the server refused: {0}")]
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
#[derive(Debug, Default, Serialize)]
pub struct PullReport {
    pub entries_taken: usize,
    pub contacts_added: usize,
    pub contacts_updated: usize,
    pub interactions_added: usize,
    pub other_rows_added: usize,
    pub other_rows_updated: usize,
    pub conflicts: Vec<Conflict>,
    /// Whether this desk started from the server's snapshot.
    pub snapshot_taken: bool,
    /// Whether the server was found to hold less than this file took from it
    /// (restored from an older dump): everything here is pushed again.
    pub server_lost: bool,
    /// Desks running a newer Leadometer, whose changes wait until this one is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub newer_desks: Vec<String>,
    #[serde(flatten)]
    pub not_taken: NotTaken,
}

/// What one sync with the server did.
#[derive(Debug, Default, Serialize)]
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
    let mut client = address.connect()?;
    let office = join(&mut client, store)?;
    let mut pushed = push::push(&mut client, store)?;
    let pulled = pull::pull(&mut client, store, now)?;
    if pulled.server_lost {
        pushed += push::push(&mut client, store)?;
    }
    let key_now = now.to_rfc3339();
    store.set_meta("server_synced_at", &key_now)?;
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
