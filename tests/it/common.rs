//! The binary in a sealed temporary desk: its own home, config, database and clock.

#![allow(dead_code)] // Each test file uses part of this.

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;
use tempfile::TempDir;

pub const NOW: &str = "2024-03-12T09:00:00Z";

pub struct Desk {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Desk {
    /// A desk whose scoring has no rules, so no automatic change mixes into these tests;
    /// the lead engine has its own tests (tests/it/engine.rs).
    pub fn new() -> Desk {
        Desk::with_config(
            "user = \"Dana\"\nregion = \"IL\"\ncurrency = \"ILS\"\n[scoring]\nrules = []\n",
        )
    }

    pub fn with_config(config: &str) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.toml"), config).unwrap();
        let db = dir.path().join("leads.db");
        Desk { dir, db }
    }

    /// The binary in a sealed environment: its own home, config, data dir and clock.
    pub fn bare_cmd(&self) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("leadometer"));
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("LEADOMETER_CONFIG", self.dir.path().join("config.toml"))
            .env("LEADOMETER_NOW", NOW)
            .env("TZ", "UTC")
            // English, whatever the machine's locale: a test that wants another
            // language says so in its config.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8");
        cmd
    }

    /// The binary on this desk's database file.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare_cmd();
        cmd.arg("--db").arg(&self.db);
        cmd
    }

    /// Runs a command that must succeed and returns its JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        self.json_at(NOW, args)
    }

    /// Like [`Desk::json`], at another moment (RFC 3339).
    pub fn json_at(&self, now: &str, args: &[&str]) -> Value {
        self.json_with(args, |cmd| {
            cmd.env("LEADOMETER_NOW", now);
        })
    }

    /// Like [`Desk::json`], with the command adjusted first (another folder, say).
    pub fn json_with(&self, args: &[&str], adjust: impl FnOnce(&mut Command)) -> Value {
        let mut cmd = self.cmd();
        adjust(&mut cmd);
        let out = cmd
            .args(args)
            .arg("--json")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out)
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out)))
    }

    /// Replaces the desk's config, as a user editing the file between commands.
    pub fn set_config(&self, config: &str) {
        std::fs::write(self.dir.path().join("config.toml"), config).unwrap();
    }

    /// Runs a command that must succeed and returns what it printed.
    pub fn text(&self, args: &[&str]) -> String {
        let out = self
            .cmd()
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    }

    /// Runs a command that must fail with `code`, checks that the database file is
    /// byte-for-byte unchanged, and returns the error text.
    #[track_caller]
    pub fn refuses(&self, args: &[&str], code: i32) -> String {
        let before = std::fs::read(&self.db).ok();
        let out = self
            .cmd()
            .args(args)
            .assert()
            .code(code)
            .get_output()
            .clone();
        assert_eq!(
            std::fs::read(&self.db).ok(),
            before,
            "{args:?} changed the file"
        );
        String::from_utf8(out.stderr).unwrap()
    }

    pub fn noa(&self) -> Value {
        self.json(&[
            "add",
            "--name",
            "Noa Levi",
            "--phone",
            "054-490-0148",
            "--email",
            "Noa@Levi-Design.co.il",
            "--company",
            "Levi Design",
            "--role",
            "decision-maker",
            "--source",
            "Facebook ad",
            "--campaign",
            "Spring kitchens",
            "--origin",
            "inbound",
        ])
    }
}

/// Adds a lead with one phone through the store, as `leadometer add` would; its id.
pub fn add_lead(
    store: &mut leadometer::store::Store,
    name: &str,
    phone: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> String {
    use leadometer::domain::{Contact, Phone};
    let mut lead = Contact::new_lead(leadometer::store::new_id(), name.into(), at, store.user());
    lead.phones = vec![Phone::parse(phone, store.region())];
    store.add_lead(at, &lead).unwrap().0.id
}

/// A call with `contact_id` at `at`, logged by `by`, and nothing else said about it:
/// a test sets what it needs on top.
pub fn call(
    contact_id: &str,
    at: chrono::DateTime<chrono::Utc>,
    by: &str,
) -> leadometer::domain::Interaction {
    leadometer::domain::Interaction {
        id: leadometer::store::new_id(),
        contact_id: contact_id.into(),
        deal_id: None,
        kind: leadometer::domain::InteractionKind::Call,
        direction: None,
        outcome: None,
        duration_secs: None,
        subject: None,
        text: None,
        occurred_at: at,
        logged_by: by.into(),
        created_at: at,
        supersedes: None,
        template: None,
    }
}

/// A fixture file of this project's own (tests/fixtures, invented people).
pub fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Imports a fixture into the desk's file, with `extra` arguments; its JSON summary.
pub fn import(desk: &Desk, name: &str, extra: &[&str]) -> Value {
    let file = fixture(name);
    let mut args = vec!["import", file.as_str()];
    args.extend(extra);
    desk.json(&args)
}

/// The stored contact a phone, email or name leads to.
pub fn contact(desk: &Desk, who: &str) -> Value {
    desk.json(&["show", who])["contact"].clone()
}

/// The texts of a `show --json` timeline, newest first.
pub fn timeline_texts(shown: &Value) -> Vec<String> {
    shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["text"].as_str().map(str::to_string))
        .collect()
}

/// A JSON list of strings, as strings.
pub fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {value}"))
        .iter()
        .map(|v| {
            v.as_str()
                .unwrap_or_else(|| panic!("not text: {v}"))
                .to_string()
        })
        .collect()
}

/// The names a search finds, best first.
pub fn names(desk: &Desk, query: &str) -> Vec<String> {
    desk.json(&["search", query])
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["name"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// A file's permission bits.
#[cfg(unix)]
pub fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Overwrites page `index` (from 0) of `db` with garbage, as a failing disk would,
/// and checks that SQLite itself sees the damage.
pub fn overwrite_page(db: &std::path::Path, index: usize) {
    let mut bytes = std::fs::read(db).unwrap();
    let page = index * 4096;
    for (i, byte) in bytes[page..page + 4096].iter_mut().enumerate() {
        *byte = (i * 7 + 13) as u8;
    }
    std::fs::write(db, bytes).unwrap();
    let verdict: String = rusqlite::Connection::open(db)
        .unwrap()
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .unwrap();
    assert_ne!(verdict, "ok", "the garbage page went unnoticed");
}

/// A CSV of `rows` new leads with Hungarian mobiles and emails, as a big import.
pub fn leads_csv(path: &std::path::Path, rows: usize) {
    let mut text = String::from("Name,Phone,Email\n");
    for i in 0..rows {
        text.push_str(&format!(
            "Lead {i},+36 30 {:03} {:04},lead{i}@example.com\n",
            i / 10_000,
            i % 10_000
        ));
    }
    std::fs::write(path, text).unwrap();
}

/// The demo file in memory and the desk open on it, as the screens are tested: the
/// config's user Dana, in Israel, at `NOW` frozen, in UTC.
pub fn demo_desk() -> (
    leadometer::config::Config,
    leadometer::store::Store,
    leadometer::tui::app::State,
) {
    demo_desk_with("user = \"Dana\"\nregion = \"IL\"\n")
}

/// The demo desk under a config of its own (targets, costs…).
pub fn demo_desk_with(
    config: &str,
) -> (
    leadometer::config::Config,
    leadometer::store::Store,
    leadometer::tui::app::State,
) {
    use chrono::{DateTime, Duration, FixedOffset, Utc};
    let config = leadometer::config::Config::parse(config).unwrap();
    let mut store = leadometer::store::Store::open_in_memory(&config).unwrap();
    let now: DateTime<Utc> = NOW.parse().unwrap();
    leadometer::store::demo::seed(&mut store, now).unwrap();
    let utc = FixedOffset::east_opt(0).unwrap();
    let mut state = leadometer::tui::app::State::new("Dana", now, now + Duration::hours(15), utc);
    leadometer::tui::runtime::apply(
        &mut store,
        &mut state,
        leadometer::tui::app::Action::Refresh,
    );
    (config, store, state)
}
