//! The team server on a real PostgreSQL (src/server). Each test gets a database of
//! its own on the cluster `LEADOMETER_TEST_POSTGRES` names (an admin URL, which
//! `.ci/postgres start` prints). Without it the tests say they were skipped and
//! pass, so that `cargo test` passes on a machine with only the Rust toolchain;
//! with `LEADOMETER_REQUIRE_POSTGRES` set (CI) a missing server fails them.

mod basics;
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
