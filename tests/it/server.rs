//! The team server on a real PostgreSQL (src/server). Each test gets a database of
//! its own on the cluster `LEADOMETER_TEST_POSTGRES` names (an admin URL, which
//! `.ci/postgres start` prints). Without it the tests say they were skipped and
//! pass, so that `cargo test` passes on a machine with only the Rust toolchain;
//! with `LEADOMETER_REQUIRE_POSTGRES` set (CI) a missing server fails them.

mod basics;
mod faults;
mod load;
mod progress;
mod property;
mod roles;

use leadometer::config::Config;
use leadometer::store::Store;
use std::path::Path;

/// A database of its own on the test cluster, dropped with its roles at the end.
pub struct TestServer {
    admin: String,
    pub database: String,
    /// The database's address as its owner, plain (TLS has a test of its own).
    pub url: String,
}

/// The test cluster's database for `test`, or None (and a printed note) without one.
pub fn server(test: &str) -> Option<TestServer> {
    let Ok(admin) = std::env::var("LEADOMETER_TEST_POSTGRES") else {
        if std::env::var_os("LEADOMETER_REQUIRE_POSTGRES").is_some() {
            panic!(
                "{test}: LEADOMETER_REQUIRE_POSTGRES is set but LEADOMETER_TEST_POSTGRES is not"
            );
        }
        eprintln!(
            "note: {test} skipped: no PostgreSQL to test against (set LEADOMETER_TEST_POSTGRES; `.ci/postgres start DIR` starts one)"
        );
        return None;
    };
    let database = format!("lt_{}", &uuid::Uuid::new_v4().simple().to_string()[..16]);
    let mut client = postgres::Client::connect(&admin, postgres::NoTls)
        .unwrap_or_else(|e| panic!("{test}: cannot reach {admin}: {e}"));
    client
        .batch_execute(&format!("CREATE DATABASE {database}"))
        .unwrap();
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    let url = format!("{base}/{database}?sslmode=disable");
    Some(TestServer {
        admin,
        database,
        url,
    })
}

impl TestServer {
    /// A desk's config: this server, as its owner, and `user`.
    pub fn config(&self, user: &str) -> Config {
        Config {
            server: Some(self.url.clone()),
            user: user.into(),
            ..Config::default()
        }
    }

    /// A desk's file at `path`, on this server.
    pub fn desk(&self, path: &Path, user: &str) -> Store {
        Store::open(path, &self.config(user)).unwrap()
    }

    /// The server's address as a desk's config gives it.
    pub fn address(&self) -> leadometer::server::ServerAddress {
        leadometer::server::ServerAddress::parse(&self.url, None, None).unwrap()
    }

    /// `server init`, as its owner.
    pub fn init(&self) -> String {
        leadometer::server::init(&self.address()).unwrap().0
    }

    /// A connection as the owner, for looking at or damaging the server directly.
    pub fn admin_client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).unwrap()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) else {
            return;
        };
        let _ = client.batch_execute(&format!(
            "DROP DATABASE IF EXISTS {db} WITH (FORCE)",
            db = self.database
        ));
        // The roles of its desks belong to the cluster: every role this test made
        // is named after its database.
        let roles: Vec<String> = client
            .query(
                "SELECT rolname::text FROM pg_roles WHERE rolname LIKE $1",
                &[&format!("{}%", self.database)],
            )
            .map(|rows| rows.iter().map(|r| r.get(0)).collect())
            .unwrap_or_default();
        for role in roles {
            let _ = client.batch_execute(&format!("DROP ROLE IF EXISTS \"{role}\""));
        }
    }
}

// ---- Helpers for the fault and load tests (tests/it/server/faults.rs, load.rs). ----

/// Every row of every merged table of the file at `path`, all columns, by id.
pub fn merged_rows(path: &Path) -> Vec<(String, Vec<Vec<rusqlite::types::Value>>)> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    leadometer::store::MERGED_TABLES
        .iter()
        .map(|table| {
            let mut statement = conn
                .prepare(&format!("SELECT * FROM main.\"{table}\" ORDER BY id"))
                .unwrap();
            let width = statement.column_count();
            let clocks = statement.column_index("clocks").ok();
            let rows = statement
                .query_map([], |r| {
                    (0..width)
                        .map(|i| {
                            let value = r.get::<_, rusqlite::types::Value>(i)?;
                            Ok(if Some(i) == clocks {
                                canonical_clocks(value)
                            } else {
                                value
                            })
                        })
                        .collect()
                })
                .unwrap()
                .collect::<rusqlite::Result<Vec<Vec<_>>>>()
                .unwrap();
            (table.to_string(), rows)
        })
        .collect()
}

/// A row's field clocks with their fields in order: a local edit appends the fields
/// it touches (SQLite's json_set) while a merge writes them sorted, so two desks may
/// hold the same clocks in another order. The same clocks compare equal here.
fn canonical_clocks(value: rusqlite::types::Value) -> rusqlite::types::Value {
    let rusqlite::types::Value::Text(text) = &value else {
        return value;
    };
    match serde_json::from_str::<std::collections::BTreeMap<String, serde_json::Value>>(text) {
        Ok(map) => rusqlite::types::Value::Text(serde_json::to_string(&map).unwrap()),
        Err(_) => value,
    }
}

/// Asserts every desk's file holds the same merged rows, naming the first difference.
pub fn assert_converged(paths: &[&Path]) {
    let first = merged_rows(paths[0]);
    for path in &paths[1..] {
        let other = merged_rows(path);
        for ((table, a), (_, b)) in first.iter().zip(&other) {
            if a == b {
                continue;
            }
            let only = |x: &[Vec<rusqlite::types::Value>], y: &[Vec<rusqlite::types::Value>]| {
                x.iter().find(|r| !y.contains(r)).cloned()
            };
            panic!(
                "{} and {} differ in {table} ({} rows and {}): first only in one {:?}, in the other {:?}",
                paths[0].display(),
                path.display(),
                a.len(),
                b.len(),
                only(a, b),
                only(b, a)
            );
        }
    }
}

/// How many rows of `table` the file at `path` holds.
pub fn count_rows(path: &Path, table: &str) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM main.\"{table}\""), [], |r| {
        r.get(0)
    })
    .unwrap()
}

/// The PostgreSQL programs folder (LEADOMETER_TEST_POSTGRES_BIN), for the tests that
/// dump, restore or restart a cluster; None (and a printed note) without it.
pub fn postgres_bin(test: &str) -> Option<std::path::PathBuf> {
    let bin = std::env::var_os("LEADOMETER_TEST_POSTGRES_BIN");
    let data = std::env::var_os("LEADOMETER_TEST_POSTGRES_DATA");
    match (bin, data) {
        (Some(bin), Some(_)) if std::env::var_os("LEADOMETER_TEST_POSTGRES").is_some() => {
            Some(bin.into())
        }
        _ if std::env::var_os("LEADOMETER_REQUIRE_POSTGRES").is_some() => panic!(
            "{test}: LEADOMETER_REQUIRE_POSTGRES is set but LEADOMETER_TEST_POSTGRES(_BIN, _DATA) is not"
        ),
        _ => {
            eprintln!(
                "note: {test} skipped: it needs the PostgreSQL programs (LEADOMETER_TEST_POSTGRES, _BIN and _DATA, which `.ci/postgres start DIR` prints)"
            );
            None
        }
    }
}

/// A PostgreSQL program, run as the `postgres` user when this runs as root (the
/// cluster refuses to run as root).
pub fn as_postgres(bin: &Path, program: &str) -> std::process::Command {
    let path = bin.join(program);
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        let mut cmd = std::process::Command::new("runuser");
        cmd.args(["-u", "postgres", "--"]).arg(path);
        cmd
    } else {
        std::process::Command::new(path)
    }
}

/// Runs `cmd`, failing the test with its output when it fails.
pub fn run_ok(cmd: &mut std::process::Command) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A PostgreSQL cluster of one test's own, for restarting and killing without
/// disturbing the tests that share LEADOMETER_TEST_POSTGRES: the same settings as
/// `.ci/postgres` (fsync and synchronous_commit off, so that an immediate restart
/// may lose commits already acknowledged, as a crashed server does).
pub struct ScratchCluster {
    bin: std::path::PathBuf,
    dir: tempfile::TempDir,
    pub admin: String,
}

impl ScratchCluster {
    pub fn start(bin: &Path) -> ScratchCluster {
        let dir = tempfile::Builder::new()
            .prefix("leadometer-pg-")
            .tempdir()
            .unwrap();
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } == 0 {
            run_ok(
                std::process::Command::new("chown")
                    .arg("postgres")
                    .arg(dir.path()),
            );
        }
        let data = dir.path().join("data");
        run_ok(as_postgres(bin, "initdb").arg("-D").arg(&data).args([
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
        ]));
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let cluster = ScratchCluster {
            bin: bin.into(),
            dir,
            admin: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
        };
        run_ok(cluster.pg_ctl("start").arg("-o").arg(format!(
            "-c listen_addresses=127.0.0.1 -p {port} -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c unix_socket_directories={}",
            cluster.dir.path().display()
        )));
        cluster
    }

    /// `pg_ctl ACTION` on this cluster, waiting for it.
    pub fn pg_ctl(&self, action: &str) -> std::process::Command {
        let mut cmd = as_postgres(&self.bin, "pg_ctl");
        cmd.arg("-D")
            .arg(self.dir.path().join("data"))
            .arg("-l")
            .arg(self.dir.path().join("log"))
            .args(["-w", action]);
        cmd
    }

    /// A fresh database on this cluster, as TestServer gives one on the shared cluster.
    pub fn server(&self) -> TestServer {
        let database = format!("lt_{}", &uuid::Uuid::new_v4().simple().to_string()[..16]);
        let mut client = postgres::Client::connect(&self.admin, postgres::NoTls).unwrap();
        client
            .batch_execute(&format!("CREATE DATABASE {database}"))
            .unwrap();
        let base = self.admin.rsplit_once('/').unwrap().0;
        TestServer {
            admin: self.admin.clone(),
            url: format!("{base}/{database}?sslmode=disable"),
            database,
        }
    }
}

impl Drop for ScratchCluster {
    fn drop(&mut self) {
        let _ = self.pg_ctl("stop").args(["-m", "immediate"]).output();
    }
}
