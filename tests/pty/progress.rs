//! The progress bar in a real terminal: drawn on stderr while `gen` or `merge`
//! works, gone before the result is printed; never with `--json`; never over `-v`'s
//! log.

use super::{BIN, desk_dir, terminal_and_command};
use std::io::Read;
use std::path::Path;

/// Everything the command wrote to the terminal, once it has ended.
fn run_in_terminal(args: &[&str]) -> String {
    run_in_terminal_at(desk_dir().path(), args)
}

/// `run_in_terminal` on the desk in `dir`.
fn run_in_terminal_at(dir: &Path, args: &[&str]) -> String {
    let (pty, mut command) = terminal_and_command(dir, 24);
    command.args(args);
    let mut child = pty.slave.spawn_command(command).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let reading = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buffer = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buffer[..n]);
        }
        all
    });
    assert!(child.wait().unwrap().success(), "{args:?}");
    drop(pty.master);
    String::from_utf8_lossy(&reading.join().unwrap()).to_string()
}

#[test]
fn gen_draws_a_bar_in_a_terminal_but_not_with_json_or_v() {
    let shown = run_in_terminal(&[
        "gen",
        "--contacts",
        "3000",
        "--interactions-per-contact",
        "1",
    ]);
    assert!(shown.contains("Generating ["), "{shown:?}");
    assert!(
        shown.contains("3,000/3,000"),
        "it reaches the end: {shown:?}"
    );
    assert!(shown.contains("Generated 3000 contacts"), "{shown:?}");
    let json = run_in_terminal(&["gen", "--contacts", "3000", "--json"]);
    assert!(!json.contains("Generating"), "{json:?}");
    assert!(!json.contains('\u{1b}'), "no escape codes at all: {json:?}");
    let logged = run_in_terminal(&["-vv", "gen", "--contacts", "3000"]);
    assert!(!logged.contains("Generating ["), "{logged:?}");
    assert!(logged.contains("finished"), "{logged:?}");
}

/// Runs the binary on `db` in `dir`'s sealed config, with no terminal.
fn run_plain(dir: &Path, db: &Path, args: &[&str]) {
    let status = std::process::Command::new(BIN)
        .env_clear()
        .env("HOME", dir)
        .env("LEADOMETER_CONFIG", dir.join("config.toml"))
        .env("TZ", "UTC")
        .arg("--db")
        .arg(db)
        .args(args)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "{args:?}");
}

#[test]
fn merge_draws_a_bar_in_a_terminal_but_not_with_json() {
    let desk = desk_dir();
    let dir = desk.path();
    let other = dir.join("other.db");
    run_plain(dir, &other, &["gen", "--contacts", "3000", "--seed", "2"]);
    // A lead of its own: the merge goes row by row, refreshing 3,000 contacts.
    let own = ["gen", "--contacts", "1", "--seed", "1"];
    run_plain(dir, &dir.join("leads.db"), &own);
    let other_arg = other.to_str().unwrap();
    let json = run_in_terminal_at(dir, &["merge", other_arg, "--dry-run", "--json"]);
    assert!(!json.contains("Merging"), "{json:?}");
    assert!(!json.contains('\u{1b}'), "no escape codes at all: {json:?}");
    let shown = run_in_terminal_at(dir, &["merge", other_arg]);
    assert!(shown.contains("Merging ["), "{shown:?}");
    assert!(shown.contains("Merged "), "{shown:?}");
    // The bar is taken off before the result: nothing of it after.
    let result = shown.rfind("Merged ").unwrap();
    assert!(!shown[result..].contains("Merging"), "{shown:?}");
}
