//! What `server init` prints, and what `sync` prints in either of its forms. The
//! other `server` outputs are the server module's own reports.

use crate::server::ServerSync;
use crate::sync::SyncReport;
use schemars::JsonSchema;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Serialize, JsonSchema)]
pub struct ServerInitJson {
    /// The server's address, without its password.
    pub server: String,
    pub office: String,
    /// False when the office was already set up there.
    pub created: bool,
    /// With `--from-shared`: the shared copy moved onto the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_shared: Option<FromSharedJson>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct FromSharedJson {
    pub shared: PathBuf,
    pub pushed: usize,
    pub snapshot: i64,
}

/// `sync` merges a shared folder (config `shared`) or, without one, syncs with the
/// team server (config `server`): one of these.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum SyncJson {
    SharedFolder(SyncReport),
    TeamServer(ServerSync),
}
