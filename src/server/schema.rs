//! The server's schema, from migrations carried in the binary: one change log per
//! desk, append-only by the database's own rules.
//!
//! Desks connect as roles that belong to the office's group role, which may only
//! read and append; row-level security lets a role append only under the devices
//! it registered. The owner (who ran `server init`) alone compacts.

use super::ServerError;
use postgres::{Client, GenericClient};

/// The server schema's migrations; the version is how many have run.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE leadometer.meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
-- One row per desk that ever pushed, and the role it pushes as.
CREATE TABLE leadometer.devices (
    device    text PRIMARY KEY CHECK (length(device) BETWEEN 1 AND 64),
    role_name name NOT NULL DEFAULT current_user,
    joined_at timestamptz NOT NULL DEFAULT now()
);
-- Every desk's change log: each entry the whole row as the desk held it when it
-- pushed, clocks included, under the desk's own gap-free sequence.
CREATE TABLE leadometer.changes (
    device text NOT NULL REFERENCES leadometer.devices,
    seq    bigint NOT NULL CHECK (seq > 0),
    tbl    text NOT NULL,
    row_id text NOT NULL,
    row    jsonb NOT NULL,
    PRIMARY KEY (device, seq)
);
-- One row per push: the entries up to last_seq came with this version vector (what
-- the desk had seen of every device) and these cursors (how far it had read each
-- desk's log). Kept per push, not per entry: at 200 desks a vector is kilobytes.
CREATE TABLE leadometer.pushes (
    device         text NOT NULL REFERENCES leadometer.devices,
    last_seq       bigint NOT NULL,
    schema_version integer NOT NULL,
    vector         jsonb NOT NULL,
    cursors        jsonb NOT NULL,
    pushed_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device, last_seq)
);
-- The office as of some point of every log, written by compaction: a new desk
-- starts from it, and the entries it holds are removed from the logs.
CREATE TABLE leadometer.snapshots (
    id             bigserial PRIMARY KEY,
    made_at        timestamptz NOT NULL DEFAULT now(),
    schema_version integer NOT NULL,
    cursors        jsonb NOT NULL,
    bytes          bigint NOT NULL
);
CREATE TABLE leadometer.snapshot_chunks (
    snapshot bigint NOT NULL REFERENCES leadometer.snapshots ON DELETE CASCADE,
    n        integer NOT NULL,
    bytes    bytea NOT NULL,
    PRIMARY KEY (snapshot, n)
);
-- How far each log was folded into a snapshot and removed.
CREATE TABLE leadometer.compacted (
    device      text PRIMARY KEY,
    through_seq bigint NOT NULL
);
"#];

/// The server schema version this binary writes and reads.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// The group role of the office's desks, named after its database: roles belong to
/// the whole cluster, and two offices may share one.
pub fn desk_role(client: &mut impl GenericClient) -> Result<String, ServerError> {
    let database: String = client.query_one("SELECT current_database()", &[])?.get(0);
    Ok(format!("{database}_desks"))
}

/// `"name"`, quoted for SQL that cannot take a parameter (roles in DDL).
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Creates the schema, its roles and rules, or brings an older one up to date.
/// Returns the office's id and whether it was made now.
pub fn init(client: &mut Client) -> Result<(String, bool), ServerError> {
    let mut tx = client.transaction()?;
    // Two people running init at once: the second waits, then finds it done.
    tx.execute("SELECT pg_advisory_xact_lock(7405442000)", &[])?;
    tx.batch_execute("CREATE SCHEMA IF NOT EXISTS leadometer")?;
    let exists: bool = tx
        .query_one("SELECT to_regclass('leadometer.meta') IS NOT NULL", &[])?
        .get(0);
    let current = if exists { version_in(&mut tx)? } else { 0 };
    if current > VERSION {
        return Err(ServerError::TooNew {
            found: current,
            supported: VERSION,
        });
    }
    for migration in &MIGRATIONS[current as usize..] {
        tx.batch_execute(migration)?;
    }
    let made = !exists;
    if made {
        let office = uuid::Uuid::new_v4().simple().to_string();
        tx.execute(
            "INSERT INTO leadometer.meta (key, value) VALUES ('office', $1)",
            &[&office],
        )?;
    }
    tx.execute(
        "INSERT INTO leadometer.meta (key, value) VALUES ('schema_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&VERSION.to_string()],
    )?;
    grant(&mut tx)?;
    let office = office_in(&mut tx)?;
    tx.commit()?;
    Ok((office, made))
}

/// The desks' group role, what it may do, and the row-level rules.
fn grant(tx: &mut postgres::Transaction<'_>) -> Result<(), ServerError> {
    let role = desk_role(tx)?;
    let quoted = quote_ident(&role);
    let exists: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
            &[&role],
        )?
        .get(0);
    if !exists {
        tx.batch_execute(&format!("CREATE ROLE {quoted} NOLOGIN"))?;
    }
    tx.batch_execute(&format!(
        "GRANT USAGE ON SCHEMA leadometer TO {quoted};
         GRANT SELECT ON ALL TABLES IN SCHEMA leadometer TO {quoted};
         GRANT INSERT ON leadometer.devices, leadometer.changes, leadometer.pushes TO {quoted};
         ALTER TABLE leadometer.devices ENABLE ROW LEVEL SECURITY;
         ALTER TABLE leadometer.changes ENABLE ROW LEVEL SECURITY;
         ALTER TABLE leadometer.pushes ENABLE ROW LEVEL SECURITY;
         DROP POLICY IF EXISTS read_all ON leadometer.devices;
         DROP POLICY IF EXISTS register_own ON leadometer.devices;
         DROP POLICY IF EXISTS read_all ON leadometer.changes;
         DROP POLICY IF EXISTS append_own ON leadometer.changes;
         DROP POLICY IF EXISTS read_all ON leadometer.pushes;
         DROP POLICY IF EXISTS append_own ON leadometer.pushes;
         CREATE POLICY read_all ON leadometer.devices FOR SELECT USING (true);
         CREATE POLICY register_own ON leadometer.devices FOR INSERT
             WITH CHECK (role_name = current_user);
         CREATE POLICY read_all ON leadometer.changes FOR SELECT USING (true);
         CREATE POLICY append_own ON leadometer.changes FOR INSERT WITH CHECK (EXISTS (
             SELECT 1 FROM leadometer.devices d
             WHERE d.device = changes.device AND d.role_name = current_user));
         CREATE POLICY read_all ON leadometer.pushes FOR SELECT USING (true);
         CREATE POLICY append_own ON leadometer.pushes FOR INSERT WITH CHECK (EXISTS (
             SELECT 1 FROM leadometer.devices d
             WHERE d.device = pushes.device AND d.role_name = current_user));"
    ))?;
    Ok(())
}

fn version_in(client: &mut impl GenericClient) -> Result<i64, ServerError> {
    let row = client.query_opt(
        "SELECT value FROM leadometer.meta WHERE key = 'schema_version'",
        &[],
    )?;
    let text: String = row.map(|r| r.get(0)).unwrap_or_default();
    text.parse().map_err(|_| ServerError::Damaged {
        detail: format!("its schema version {text:?} is not one Leadometer writes"),
    })
}

fn office_in(client: &mut impl GenericClient) -> Result<String, ServerError> {
    let row = client.query_opt(
        "SELECT value FROM leadometer.meta WHERE key = 'office'",
        &[],
    )?;
    row.map(|r| r.get(0)).ok_or_else(|| ServerError::Damaged {
        detail: "it names no office".into(),
    })
}

/// The office this server holds, once it proves to be a Leadometer server this
/// binary can read: one never initialised, or from a newer version, is refused.
pub fn check(client: &mut impl GenericClient) -> Result<String, ServerError> {
    let exists: bool = client
        .query_one("SELECT to_regclass('leadometer.meta') IS NOT NULL", &[])?
        .get(0);
    if !exists {
        return Err(ServerError::NotInitialised);
    }
    let found = version_in(client)?;
    if found > VERSION {
        return Err(ServerError::TooNew {
            found,
            supported: VERSION,
        });
    }
    if found < VERSION {
        return Err(ServerError::TooOld {
            found,
            supported: VERSION,
        });
    }
    office_in(client)
}
