//! What the office's owner does on the server (`server init`, `server invite`) and
//! what anyone may look at (`server status`).

use super::schema::{self, desk_role, quote_ident};
use super::{ServerAddress, ServerError};
use crate::store::Store;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Creates the server's schema (or brings it up to date): the office's id, and
/// whether it was made now.
pub fn init(address: &ServerAddress) -> Result<(String, bool), ServerError> {
    let mut client = address.connect()?;
    schema::init(&mut client)
}

/// A desk invited: the role it connects as, the address to put in its config, and
/// the file holding its password.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Invited {
    pub role: String,
    pub server: String,
    pub password_file: PathBuf,
}

/// Creates a login role for one desk (or person) in the office's group, with a new
/// random password written to `password_file` (readable by its owner only, and
/// never over an existing file): the password never passes through a command line.
pub fn invite(
    address: &ServerAddress,
    name: &str,
    password_file: &Path,
) -> Result<Invited, ServerError> {
    if !valid_role(name) {
        return Err(ServerError::Address {
            detail: format!(
                "{:?} cannot name a role: use 1 to 48 lowercase letters, digits and _, starting with a letter",
                crate::domain::text::clean_line(name)
            ),
        });
    }
    let mut client = address.connect()?;
    schema::check(&mut client)?;
    let group = desk_role(&mut client)?;
    let taken: bool = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
            &[&name],
        )?
        .get(0);
    if taken {
        return Err(ServerError::Refused(format!(
            "a role named {name} already exists on this server"
        )));
    }
    let password = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    write_private(password_file, &password)?;
    // DDL takes no parameters: the name was checked above, the password is hex.
    let made = client.batch_execute(&format!(
        "CREATE ROLE {} LOGIN PASSWORD '{password}' IN ROLE {}",
        quote_ident(name),
        quote_ident(&group)
    ));
    if let Err(e) = made {
        let _ = std::fs::remove_file(password_file);
        return Err(e.into());
    }
    Ok(Invited {
        role: name.to_string(),
        server: address.as_user(name),
        password_file: password_file.to_path_buf(),
    })
}

fn valid_role(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && name.len() <= 48
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Writes `text` to a new file only its owner may read.
fn write_private(path: &Path, text: &str) -> Result<(), ServerError> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let said = |e| ServerError::Store(crate::store::StoreError::from_io(path, e));
    let mut file = options.open(path).map_err(said)?;
    file.write_all(format!("{text}\n").as_bytes())
        .map_err(said)?;
    file.sync_all().map_err(said)
}

/// How one desk stands on the server.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct DeskStatus {
    pub device: String,
    pub role: String,
    pub this_desk: bool,
    /// The last entry of its log.
    pub head: i64,
    /// Entries this file has not taken yet.
    pub behind: i64,
    #[serde(serialize_with = "crate::domain::timestamp::write_optional")]
    #[schemars(with = "Option<crate::domain::timestamp::Rfc3339>")]
    pub last_push: Option<chrono::DateTime<chrono::Utc>>,
}

/// How this desk and the server stand.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ServerStatus {
    pub server: String,
    pub office: String,
    pub schema_version: i64,
    /// Rows changed here that the server does not have yet.
    pub owed: usize,
    pub last_synced_at: Option<String>,
    pub desks: Vec<DeskStatus>,
    pub entries: i64,
    pub snapshot: Option<SnapshotStatus>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct SnapshotStatus {
    pub id: i64,
    #[serde(serialize_with = "crate::domain::timestamp::write")]
    #[schemars(with = "crate::domain::timestamp::Rfc3339")]
    pub made_at: chrono::DateTime<chrono::Utc>,
    pub bytes: i64,
}

pub fn status(address: &ServerAddress, store: &Store) -> Result<ServerStatus, ServerError> {
    let mut client = address.connect()?;
    let office = schema::check(&mut client)?;
    let cursors: BTreeMap<String, i64> = store.server_cursors()?;
    let me = store.device();
    let mut desks = Vec::new();
    for row in client.query(
        "SELECT d.device, d.role_name::text,
                greatest(coalesce((SELECT max(c.seq) FROM leadometer.changes c WHERE c.device = d.device), 0),
                         coalesce((SELECT k.through_seq FROM leadometer.compacted k WHERE k.device = d.device), 0)),
                (SELECT max(p.pushed_at) FROM leadometer.pushes p WHERE p.device = d.device)
         FROM leadometer.devices d ORDER BY d.joined_at, d.device",
        &[],
    )? {
        let device: String = row.get(0);
        let head: i64 = row.get(2);
        let this_desk = device == me;
        let behind = if this_desk {
            0
        } else {
            (head - cursors.get(&device).copied().unwrap_or(0)).max(0)
        };
        desks.push(DeskStatus {
            device: crate::domain::text::clean_line(&device),
            role: crate::domain::text::clean_line(&row.get::<_, String>(1)),
            this_desk,
            head,
            behind,
            last_push: row.get(3),
        });
    }
    let entries: i64 = client
        .query_one("SELECT count(*) FROM leadometer.changes", &[])?
        .get(0);
    let snapshot = client
        .query_opt(
            "SELECT id, made_at, bytes FROM leadometer.snapshots ORDER BY id DESC LIMIT 1",
            &[],
        )?
        .map(|r| SnapshotStatus {
            id: r.get(0),
            made_at: r.get(1),
            bytes: r.get(2),
        });
    Ok(ServerStatus {
        server: address.shown.clone(),
        office,
        schema_version: schema::VERSION,
        owed: store.owed_count()?,
        last_synced_at: store.meta("server_synced_at")?,
        desks,
        entries,
        snapshot,
    })
}
