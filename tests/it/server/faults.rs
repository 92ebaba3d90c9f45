//! The team server under faults: a connection cut mid-push, the server restarted
//! mid-push, the desk killed mid-sync, the server restored from an older dump, a
//! desk offline for a day. Each ends with every desk holding the same rows.

use super::{
    ScratchCluster, TestServer, assert_converged, count_rows, postgres_bin, run_ok, server,
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use leadometer::domain::Contact;
use leadometer::server::{ServerAddress, ServerError, ServerSync, sync};
use leadometer::store::{Store, new_id};
use leadometer::synthetic::{Recipe, generate};
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap()
}

/// `contacts` generated contacts (two interactions each) in a desk not yet on the server.
fn generated(store: &mut Store, contacts: usize, seed: u64) {
    let pipeline = store.config().pipeline();
    let recipe = Recipe {
        contacts,
        interactions_per_contact: 2,
        seed,
    };
    generate(store, &pipeline, &recipe, start()).unwrap();
}

fn add(store: &mut Store, name: &str, at: DateTime<Utc>) -> String {
    let lead = Contact::new_lead(new_id(), name.into(), at, store.user());
    store.add_lead(at, &lead).unwrap().0.id
}

/// Syncs until one goes through (the server may be coming back), at most `tries`.
fn sync_until_done(
    store: &mut Store,
    address: &ServerAddress,
    now: DateTime<Utc>,
    tries: usize,
) -> ServerSync {
    let mut last = None;
    for _ in 0..tries {
        match sync(store, address, now) {
            Ok(done) => return done,
            Err(e) => last = Some(e.to_string()),
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    panic!("no sync went through in {tries} tries: {last:?}");
}

/// one sync that must end within thirty seconds: a sync that loops fails the test
/// rather than hanging it (its thread is left behind).
fn sync_bounded(
    store: Store,
    address: &ServerAddress,
    now: DateTime<Utc>,
) -> (Store, Result<ServerSync, ServerError>) {
    let (tx, rx) = std::sync::mpsc::channel();
    let address = address.clone();
    std::thread::spawn(move || {
        let mut store = store;
        let done = sync(&mut store, &address, now);
        let _ = tx.send((store, done));
    });
    rx.recv_timeout(std::time::Duration::from_secs(30))
        .expect("a sync still running after thirty seconds: it loops")
}

/// Syncs each desk in turn until a whole round brings nothing and pushes nothing.
fn settle(desks: &mut [&mut Store], address: &ServerAddress, now: DateTime<Utc>) {
    for _ in 0..5 {
        let mut moved = false;
        for desk in desks.iter_mut() {
            let done = sync(desk, address, now).unwrap();
            assert_eq!(done.owed, 0, "{done:?}");
            moved |= done.pushed > 0 || done.pulled.entries_taken > 0 || done.pulled.server_lost;
        }
        if !moved {
            return;
        }
    }
    panic!("the desks still trade changes after five rounds");
}

/// Each row the desk at `path` holds is on the server; and how many of the entries
/// `store` pushed are copies of an earlier one of the same row.
fn server_holds_every_row(server: &TestServer, store: &Store, path: &Path) -> i64 {
    let mut client = server.admin_client();
    let device = store.device().to_string();
    let held: std::collections::HashSet<(String, String)> = client
        .query("SELECT DISTINCT tbl, row_id FROM leadometer.changes", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let conn = rusqlite::Connection::open(path).unwrap();
    for table in leadometer::store::MERGED_TABLES {
        let mut statement = conn
            .prepare(&format!("SELECT id FROM main.{table}"))
            .unwrap();
        let ids: Vec<String> = statement
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        // The starter templates every file holds as seeded are never pushed.
        for id in ids.into_iter().filter(|id| !id.starts_with("starter-")) {
            assert!(
                held.contains(&(table.to_string(), id.clone())),
                "{table} {id} never reached the server"
            );
        }
    }
    let copies: i64 = client
        .query_one(
            "SELECT count(*) - count(DISTINCT (tbl, row_id)) FROM leadometer.changes WHERE device = $1",
            &[&device],
        )
        .unwrap()
        .get(0);
    copies
}

/// A loopback proxy to `upstream` that cuts every connection once `budget` bytes
/// went from the desk to the server in all.
struct CuttingProxy {
    port: u16,
    cut: Arc<AtomicBool>,
}

impl CuttingProxy {
    fn start(upstream: u16, budget: usize) -> CuttingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let sent = Arc::new(AtomicUsize::new(0));
        let cut = Arc::new(AtomicBool::new(false));
        let flag = cut.clone();
        std::thread::spawn(move || {
            for desk in listener.incoming() {
                let Ok(desk) = desk else { return };
                let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)) else {
                    return;
                };
                let (d2, s2) = (desk.try_clone().unwrap(), server.try_clone().unwrap());
                let (sent, flag) = (sent.clone(), flag.clone());
                std::thread::spawn(move || pump(desk, server, Some((sent, budget, flag))));
                std::thread::spawn(move || pump(s2, d2, None));
            }
        });
        CuttingProxy { port, cut }
    }
}

fn pump(
    mut from: TcpStream,
    mut to: TcpStream,
    limit: Option<(Arc<AtomicUsize>, usize, Arc<AtomicBool>)>,
) {
    let mut buf = [0u8; 8192];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let mut n = n;
        if let Some((sent, budget, cut)) = &limit {
            let before = sent.fetch_add(n, Ordering::SeqCst);
            if before + n > *budget {
                n = budget.saturating_sub(before);
                let _ = to.write_all(&buf[..n]);
                cut.store(true, Ordering::SeqCst);
                break;
            }
        }
        if to.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = from.shutdown(Shutdown::Both);
    let _ = to.shutdown(Shutdown::Both);
}

fn port_of(url: &str) -> u16 {
    let after = url.split_once("127.0.0.1:").unwrap().1;
    after.split('/').next().unwrap().parse().unwrap()
}

#[test]
fn a_connection_cut_in_the_middle_of_a_push_loses_and_doubles_nothing() {
    let Some(server) = server("a_connection_cut_in_the_middle_of_a_push") else {
        return;
    };
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let (a_path, b_path) = (dir.path().join("a.db"), dir.path().join("b.db"));
    let mut a = server.desk(&a_path, "Dana");
    let mut b = server.desk(&b_path, "Noa");
    generated(&mut a, 1_500, 3);
    add(&mut b, "Noa's own lead", start());
    let address = server.address();
    let upstream = port_of(&server.url);
    // Cut ever later: in the handshake, in each batch of the push, in the pull.
    let mut cuts = 0;
    for budget in [200, 2_000, 60_000, 400_000, 1_200_000, 2_500_000, 6_000_000] {
        let proxy = CuttingProxy::start(upstream, budget);
        let url = server
            .url
            .replace(&format!(":{upstream}/"), &format!(":{}/", proxy.port));
        let through = ServerAddress::parse(&url, None, None).unwrap();
        match sync(&mut a, &through, start()) {
            Ok(done) => assert!(!proxy.cut.load(Ordering::SeqCst), "{done:?}"),
            Err(e) => {
                cuts += 1;
                assert!(proxy.cut.load(Ordering::SeqCst), "failed uncut: {e}");
                assert!(
                    matches!(e, ServerError::Unreachable { .. } | ServerError::Refused(_)),
                    "{e:?}"
                );
            }
        }
    }
    assert!(cuts >= 3, "only {cuts} syncs were cut");
    settle(&mut [&mut a, &mut b], &address, start());
    let copies = server_holds_every_row(&server, &a, &a_path);
    eprintln!("cut connections: {cuts}; entries pushed twice: {copies}");
    assert_eq!(count_rows(&b_path, "contacts"), 1_501);
    assert_converged(&[&a_path, &b_path]);
}

#[test]
fn the_server_restarted_during_a_large_push_loses_nothing() {
    let Some(bin) = postgres_bin("the_server_restarted_during_a_large_push") else {
        return;
    };
    let cluster = ScratchCluster::start(&bin);
    let server = cluster.server();
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let (a_path, b_path) = (dir.path().join("a.db"), dir.path().join("b.db"));
    let mut a = server.desk(&a_path, "Dana");
    let mut b = server.desk(&b_path, "Noa");
    let address = server.address();
    sync(&mut b, &address, start()).unwrap();
    generated(&mut a, 3_000, 4);
    // The restart comes as soon as the desk's push holds a transaction open.
    let watcher = {
        let url = server.url.clone();
        let restart = cluster.pg_ctl("restart");
        std::thread::spawn(move || {
            let mut restart = restart;
            restart.args(["-m", "immediate"]);
            let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
            let deadline = Instant::now() + std::time::Duration::from_secs(60);
            while Instant::now() < deadline {
                let busy: i64 = client
                    .query_one(
                        "SELECT count(*) FROM pg_stat_activity
                         WHERE pid <> pg_backend_pid() AND datname = current_database()
                           AND xact_start IS NOT NULL AND query LIKE '%leadometer.changes%'",
                        &[],
                    )
                    .unwrap()
                    .get(0);
                if busy > 0 {
                    run_ok(&mut restart);
                    return true;
                }
            }
            false
        })
    };
    let first = sync(&mut a, &address, start());
    let restarted = watcher.join().unwrap();
    assert!(restarted, "the push never held a transaction open");
    assert!(first.is_err(), "the sync went through a restart: {first:?}");
    let again = sync_until_done(&mut a, &address, start(), 50);
    eprintln!(
        "after the restart: pushed {}, server lost: {}",
        again.pushed, again.pulled.server_lost
    );
    settle(&mut [&mut a, &mut b], &address, start());
    server_holds_every_row(&server, &a, &a_path);
    assert_eq!(count_rows(&b_path, "contacts"), 3_000);
    assert_converged(&[&a_path, &b_path]);
}

/// The real binary's environment for a desk whose config names `url`.
fn binary(dir: &Path, db: &Path, url: &str, user: &str) -> std::process::Command {
    let config = dir.join(format!("{user}.toml"));
    std::fs::write(
        &config,
        format!("user = \"{user}\"\nregion = \"IL\"\nserver = \"{url}\"\n"),
    )
    .unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_leadometer"));
    cmd.env_clear()
        .env("HOME", dir)
        .env("LEADOMETER_NOW", "2024-03-12T09:00:00Z")
        .env("TZ", "UTC")
        .env("LANG", "C.UTF-8")
        .arg("--config")
        .arg(&config)
        .arg("--db")
        .arg(db)
        .arg("--json")
        .arg("sync")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    cmd
}

#[test]
fn the_binary_killed_at_random_moments_of_a_sync_loses_nothing() {
    let Some(server) = server("the_binary_killed_at_random_moments_of_a_sync") else {
        return;
    };
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let (a_path, b_path) = (dir.path().join("a.db"), dir.path().join("b.db"));
    let mut a = server.desk(&a_path, "Dana");
    generated(&mut a, 3_000, 5);
    drop(a);
    let mut rng = fastrand::Rng::with_seed(5);
    let mut killed = 0;
    for round in 0..8 {
        let mut child = binary(dir.path(), &a_path, &server.url, "Dana")
            .spawn()
            .unwrap();
        let wait = rng.u64(10..700);
        std::thread::sleep(std::time::Duration::from_millis(wait));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        let out = child.wait_with_output().unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(!said.contains("panicked"), "{said}");
        if out.status.success() {
            // Through before the kill: a large outbox again, made later (new ids).
            let mut a = server.desk(&a_path, "Dana");
            let pipeline = a.config().pipeline();
            let recipe = Recipe {
                contacts: 500,
                interactions_per_contact: 2,
                seed: round,
            };
            let later = start() + Duration::hours(1 + round as i64);
            generate(&mut a, &pipeline, &recipe, later).unwrap();
        }
    }
    assert!(killed >= 3, "only {killed} syncs were killed");
    let out = binary(dir.path(), &a_path, &server.url, "Dana")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a = server.desk(&a_path, "Dana");
    assert_eq!(a.owed_count().unwrap(), 0);
    let copies = server_holds_every_row(&server, &a, &a_path);
    eprintln!("killed {killed} syncs; entries pushed twice: {copies}");
    let mut b = server.desk(&b_path, "Noa");
    let address = server.address();
    let mut a = a;
    settle(&mut [&mut a, &mut b], &address, start());
    assert_eq!(
        count_rows(&b_path, "contacts"),
        count_rows(&a_path, "contacts")
    );
    assert_converged(&[&a_path, &b_path]);
}

#[test]
fn a_server_restored_from_an_older_dump_gets_back_what_it_lost() {
    let Some(bin) = postgres_bin("a_server_restored_from_an_older_dump") else {
        return;
    };
    let Some(server) = server("a_server_restored_from_an_older_dump") else {
        return;
    };
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| -> PathBuf { dir.path().join(name) };
    let mut a = server.desk(&path("a.db"), "Dana");
    let mut b = server.desk(&path("b.db"), "Noa");
    let address = server.address();
    let now = start();
    for i in 0..10 {
        add(&mut a, &format!("Early lead {i}"), now);
    }
    settle(&mut [&mut a, &mut b], &address, now);
    let dump = path("office.dump");
    run_ok(
        std::process::Command::new(bin.join("pg_dump"))
            .args(["-Fc", "-f"])
            .arg(&dump)
            .arg(&server.url),
    );
    let later = now + Duration::hours(2);
    for i in 0..10 {
        add(&mut a, &format!("Dana's later lead {i}"), later);
        add(&mut b, &format!("Noa's later lead {i}"), later);
    }
    settle(&mut [&mut a, &mut b], &address, later);
    // The server dies; its owner restores last night's dump.
    let admin_url = {
        let base = server.url.rsplit_once('/').unwrap().0;
        format!("{base}/postgres")
    };
    let mut admin = postgres::Client::connect(&admin_url, postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!("DROP DATABASE {} WITH (FORCE)", server.database))
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {}", server.database))
        .unwrap();
    run_ok(
        std::process::Command::new(bin.join("pg_restore"))
            .arg("-d")
            .arg(&server.url)
            .arg(&dump),
    );
    let restored = later + Duration::hours(1);
    // Dana's outbox is empty: only the pull can find that the server lost her
    // entries.
    assert_eq!(a.owed_count().unwrap(), 0);
    let (mut a, a_sync) = sync_bounded(a, &address, restored);
    let a_sync = a_sync.unwrap();
    assert!(a_sync.pulled.server_lost, "{a_sync:?}");
    let (mut b, b_sync) = sync_bounded(b, &address, restored);
    let b_sync = b_sync.unwrap();
    assert!(b_sync.pulled.server_lost, "{b_sync:?}");
    settle(&mut [&mut a, &mut b], &address, restored);
    let mut c = server.desk(&path("c.db"), "Tom");
    let joined = sync(&mut c, &address, restored).unwrap();
    eprintln!(
        "restored: Dana pushed {} again, Noa {}; the new desk took {} entries",
        a_sync.pushed, b_sync.pushed, joined.pulled.entries_taken
    );
    settle(&mut [&mut a, &mut b, &mut c], &address, restored);
    assert_eq!(count_rows(&path("c.db"), "contacts"), 30);
    assert_converged(&[&path("a.db"), &path("b.db"), &path("c.db")]);
}

#[test]
fn a_desk_offline_for_a_day_catches_up_and_everyone_converges() {
    let Some(server) = server("a_desk_offline_for_a_day") else {
        return;
    };
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let (a_path, b_path) = (dir.path().join("a.db"), dir.path().join("b.db"));
    let mut a = server.desk(&a_path, "Dana");
    let mut b = server.desk(&b_path, "Noa");
    let address = server.address();
    let now = start();
    let shared: Vec<String> = (0..20)
        .map(|i| add(&mut a, &format!("Shared lead {i}"), now))
        .collect();
    settle(&mut [&mut a, &mut b], &address, now);
    // Dana goes offline for a day; both keep working, on the same leads too.
    for hour in 1..24 {
        let at = now + Duration::hours(hour);
        add(&mut a, &format!("Dana's offline lead {hour}"), at);
        add(&mut b, &format!("Noa's lead {hour}"), at);
        let id = &shared[hour as usize % shared.len()];
        let call = super::super::common::call(id, at, "Dana");
        a.log_interaction(at, &call).unwrap();
        a.edit_contact(at, id, |_, c| {
            c.quality = Some(1 + (hour % 5) as u8);
            Ok(())
        })
        .unwrap();
        b.edit_contact(at + Duration::minutes(5), id, |_, c| {
            c.source = Some(format!("Noa's note {hour}"));
            c.quality = Some(5 - (hour % 5) as u8);
            Ok(())
        })
        .unwrap();
        if hour % 6 == 0 {
            sync(&mut b, &address, at).unwrap();
        }
    }
    let back = now + Duration::days(1);
    let caught_up = sync(&mut a, &address, back).unwrap();
    eprintln!(
        "offline a day: pushed {}, took {} entries, {} conflicts",
        caught_up.pushed,
        caught_up.pulled.entries_taken,
        caught_up.pulled.merged.conflicts.len()
    );
    settle(&mut [&mut b, &mut a], &address, back);
    assert_eq!(count_rows(&b_path, "contacts"), 20 + 23 * 2);
    assert_converged(&[&a_path, &b_path]);
}
