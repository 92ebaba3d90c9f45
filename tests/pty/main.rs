//! The real binary in a pseudo-terminal, driven by the keys a person types: find a
//! lead by part of its number, log a call, turn an unknown number into a lead and
//! log its call, move a deal, see another process's write appear, correct a call from
//! its entry, click a tab and a lead, quit. Then the file is checked with `show --json`.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use serde_json::Value;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_leadometer");

fn cli(dir: &Path, args: &[&str]) -> Value {
    let out = std::process::Command::new(BIN)
        .env_clear()
        .env("HOME", dir)
        .env("LEADOMETER_CONFIG", dir.join("config.toml"))
        .arg("--db")
        .arg(dir.join("leads.db"))
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The timeline entries of one kind in `show --json`'s answer.
fn of_kind<'a>(shown: &'a Value, kind: &str) -> Vec<&'a Value> {
    shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == kind)
        .collect()
}

struct Screen {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    /// Every byte the desk wrote, for the modes it set that the parser does not keep.
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Screen {
    fn text(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; fails with what it shows instead.
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if self.text().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "the screen never showed {text:?}; it shows:\n{}",
            self.text()
        );
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(150));
    }
}

/// A folder holding Dana's config (Israeli numbers) and, once written, the file.
fn desk_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "user = \"Dana\"\nregion = \"IL\"\n",
    )
    .unwrap();
    dir
}

/// A pseudo-terminal of `rows` × 120, and the binary on `dir`'s file and config in a
/// sealed environment, ready to be given its arguments.
fn terminal_and_command(dir: &Path, rows: u16) -> (portable_pty::PtyPair, CommandBuilder) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut command = CommandBuilder::new(BIN);
    command.env_clear();
    command.env("HOME", dir);
    command.env("LEADOMETER_CONFIG", dir.join("config.toml"));
    command.env("TERM", "xterm-256color");
    command.env("TZ", "UTC");
    command.arg("--db");
    command.arg(dir.join("leads.db"));
    (pty, command)
}

/// The desk on `dir`'s file in a 120×40 pseudo-terminal.
fn open_desk(dir: &Path) -> (Screen, Box<dyn portable_pty::Child + Send + Sync>) {
    open_desk_with(dir, &[])
}

/// `open_desk` with these variables added to its sealed environment.
fn open_desk_with(
    dir: &Path,
    environment: &[(&str, &str)],
) -> (Screen, Box<dyn portable_pty::Child + Send + Sync>) {
    let (pty, mut command) = terminal_and_command(dir, 40);
    for (name, value) in environment {
        command.env(name, value);
    }
    let child = pty.slave.spawn_command(command).unwrap();
    drop(pty.slave);
    let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
    let parser = Arc::new(Mutex::new(vt100::Parser::new(size(40), size(120), 0)));
    let mut reader = pty.master.try_clone_reader().unwrap();
    let feed = Arc::clone(&parser);
    let raw = Arc::new(Mutex::new(Vec::new()));
    let kept = Arc::clone(&raw);
    std::thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 {
                break;
            }
            kept.lock().unwrap().extend_from_slice(&buffer[..n]);
            feed.lock().unwrap().process(&buffer[..n]);
        }
    });
    let screen = Screen {
        parser,
        writer: pty.master.take_writer().unwrap(),
        raw,
    };

    (screen, child)
}

/// Noa added with her number, and the desk open on the Inbox that lists her.
fn desk_with_noa(dir: &Path) -> (Screen, Box<dyn portable_pty::Child + Send + Sync>) {
    cli(
        dir,
        &["add", "--name", "Noa Levi", "--phone", "054-490-0148"],
    );
    let (screen, child) = open_desk(dir);
    screen.wait_for("Noa Levi");
    (screen, child)
}

/// Noa added, a call "hi" logged on her timeline from the desk, and that call opened
/// in full and its correction dialog open. Returns Noa as `add` printed her.
fn correcting_noas_call(dir: &Path) -> (Value, Screen, Box<dyn portable_pty::Child + Send + Sync>) {
    let noa = cli(
        dir,
        &["add", "--name", "Noa Levi", "--phone", "054-490-0148"],
    );
    let (mut screen, child) = open_desk(dir);
    screen.wait_for("Noa Levi");
    screen.keys("\r");
    screen.wait_for("History");
    screen.keys("c");
    screen.wait_for("Log a call: Noa Levi");
    screen.keys("hi\x13");
    screen.wait_for("Logged call for Noa Levi");
    // Only the calls (the status move it made is newer), the call opened in full.
    screen.keys("f");
    screen.wait_for("only call");
    screen.keys("\r");
    screen.wait_for("the call: Noa Levi");
    screen.keys("e");
    screen.wait_for("Correct the call: Noa Levi");
    (noa, screen, child)
}

mod copying;
mod day;
mod editing;
mod help_in_hebrew;
mod importing;
mod languages;
mod messages;
mod mouse;
mod pasting;
mod progress;
mod reports;
mod right_to_left;
mod sharing;
mod tasks;
mod team_server;
mod undo;
