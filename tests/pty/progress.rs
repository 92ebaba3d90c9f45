//! The progress bar in a real terminal: drawn on stderr while `gen` works, gone
//! before the result is printed; never with `--json`; never over `-v`'s log.

use super::{desk_dir, terminal_and_command};
use std::io::Read;

/// Everything the command wrote to the terminal, once it has ended.
fn run_in_terminal(args: &[&str]) -> String {
    let dir = desk_dir();
    let (pty, mut command) = terminal_and_command(dir.path(), 24);
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
