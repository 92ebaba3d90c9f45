//! Hebrew help on a terminal: the option column stays where clap put it, and each
//! description after it reads right to left, its first word at its right end.

use crate::*;

/// `deal --help` in Hebrew as the terminal receives it.
fn hebrew_help_in_a_terminal() -> String {
    let dir = desk_dir();
    std::fs::write(
        dir.path().join("config.toml"),
        "user = \"Dana\"\nlanguage = \"he\"\n",
    )
    .unwrap();
    let (pty, mut command) = terminal_and_command(dir.path(), 40);
    command.args(["deal", "--help"]);
    let mut child = pty.slave.spawn_command(command).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let reading = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = reader.read_to_end(&mut out);
        out
    });
    assert!(child.wait().unwrap().success());
    drop(pty.master);
    String::from_utf8_lossy(&reading.join().unwrap()).to_string()
}

#[test]
fn hebrew_help_keeps_its_columns_and_reads_right_to_left() {
    let out = hebrew_help_in_a_terminal();
    let line = |start: &str| {
        out.lines()
            .find(|line| line.starts_with(start))
            .unwrap_or_else(|| panic!("no line starts {start:?} in\n{out}"))
    };
    // "פתיחת עסקה לאיש קשר" drawn from the left: its last word first.
    assert_eq!(line("  add").trim_end(), "  add   רשק שיאל הקסע תחיתפ");
    // A Latin file name inside a Hebrew description stays in its place in the
    // sentence: after "(ברירת מחדל:" as read from the right, so left of it.
    let db = line("      --db <PATH>");
    let name = db.find("leads.db").unwrap();
    let default = db.find(":לדחמ תרירב").unwrap_or(0);
    assert!(name < default, "{db}");
    // The heading, all Hebrew, is one right-to-left line.
    assert!(out.contains(":תויורשפא"), "{out}");
}
