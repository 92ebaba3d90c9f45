//! Right-to-left text on the real screen: the desk tells the terminal it lays text
//! out itself (BDSM explicit mode) and gives the terminal its own mode back on the
//! way out, and a Hebrew name's cells hold its letters in visual order.

use crate::*;

/// The letters of row `row` from column `from`, one per cell, as the terminal holds them.
fn cells(screen: &Screen, row: u16, from: u16, count: u16) -> String {
    let parser = screen.parser.lock().unwrap();
    (from..from + count)
        .map(|col| {
            parser
                .screen()
                .cell(row, col)
                .map_or(String::new(), |c| c.contents().to_string())
        })
        .collect()
}

#[test]
fn a_hebrew_name_in_visual_order_and_bdsm_set_and_restored() {
    let dir = desk_dir();
    cli(
        dir.path(),
        &["add", "--name", "יוסי מזרחי", "--phone", "052-381-7720"],
    );
    let (mut screen, mut child) = open_desk(dir.path());
    screen.wait_for("052-381-7720");
    let raw = |screen: &Screen| screen.raw.lock().unwrap().clone();
    let sent = raw(&screen);
    let explicit = b"\x1b[8l";
    assert!(
        sent.windows(explicit.len()).any(|w| w == explicit),
        "BDSM explicit mode (CSI 8 l) is sent on entering"
    );

    // The Inbox row: the name's first cell holds its last letter, as it reads.
    let text = screen.text();
    let row = text
        .lines()
        .position(|line| line.contains("052-381-7720"))
        .unwrap() as u16;
    let line = text.lines().nth(usize::from(row)).unwrap();
    let column = line.chars().position(|c| c == 'י').unwrap() as u16;
    assert_eq!(cells(&screen, row, column, 10), "יחרזמ יסוי", "{line}");
    // The phone stays in its column, after the name's.
    assert!(line.find("יחרזמ יסוי").unwrap() < line.find("052-381-7720").unwrap());

    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let sent = raw(&screen);
    let implicit = b"\x1b[8h";
    let last_explicit = sent.windows(explicit.len()).rposition(|w| w == explicit);
    let last_implicit = sent.windows(implicit.len()).rposition(|w| w == implicit);
    assert!(
        last_implicit > last_explicit,
        "the terminal's implicit mode (CSI 8 h) is given back on the way out"
    );
}

/// `bidi = "terminal"`: the desk sends no mode and draws the name as typed, for a
/// terminal that lays it out itself.
#[test]
fn a_terminal_that_lays_text_out_gets_it_as_typed() {
    let dir = desk_dir();
    let config = dir.path().join("config.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str("\n[display]\nbidi = \"terminal\"\n");
    std::fs::write(&config, text).unwrap();
    cli(
        dir.path(),
        &["add", "--name", "יוסי מזרחי", "--phone", "052-381-7720"],
    );
    let (mut screen, mut child) = open_desk(dir.path());
    screen.wait_for("052-381-7720");
    screen.wait_for("יוסי מזרחי");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let sent = screen.raw.lock().unwrap().clone();
    assert!(!sent.windows(4).any(|w| w == b"\x1b[8l" || w == b"\x1b[8h"));
}

/// The command line's table to a terminal: each cell laid out, the columns in place.
#[test]
fn a_table_to_a_terminal_reads_right_to_left() {
    let dir = desk_dir();
    cli(
        dir.path(),
        &["add", "--name", "יוסי מזרחי", "--phone", "052-381-7720"],
    );
    let (out, succeeded) = in_a_terminal(dir.path(), &["inbox"]);
    assert!(succeeded, "{out}");
    let row = out
        .lines()
        .find(|l| l.contains("052-381-7720"))
        .unwrap_or("");
    let name = row.find("יחרזמ יסוי");
    assert!(name.is_some(), "{out}");
    assert!(name < row.find("052-381-7720"), "{out}");
}

/// What `args` print to a terminal (stdout and stderr both reach it), and whether
/// the command succeeded.
fn in_a_terminal(dir: &std::path::Path, args: &[&str]) -> (String, bool) {
    let (pty, mut command) = terminal_and_command(dir, 24);
    command.args(args);
    let mut child = pty.slave.spawn_command(command).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let reading = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = reader.read_to_end(&mut out);
        out
    });
    let succeeded = child.wait().unwrap().success();
    drop(pty.master);
    let out = String::from_utf8_lossy(&reading.join().unwrap()).to_string();
    (out, succeeded)
}

/// `show` to a terminal lays out each field of a line on its own: a Hebrew message
/// ends with its question mark on the left, where a reader from the right ends.
#[test]
fn show_lays_out_each_field_and_an_error_is_laid_out_on_stderr() {
    let dir = desk_dir();
    cli(
        dir.path(),
        &["add", "--name", "יוסי מזרחי", "--phone", "052-381-7720"],
    );
    cli(
        dir.path(),
        &[
            "log",
            "whatsapp",
            "052-381-7720",
            "--direction",
            "in",
            "--text",
            "שלום, מה המחיר?",
        ],
    );
    let (out, succeeded) = in_a_terminal(dir.path(), &["show", "052-381-7720"]);
    assert!(succeeded, "{out}");
    assert!(out.contains("?ריחמה המ ,םולש"), "{out}");
    std::fs::write(
        dir.path().join("config.toml"),
        "user = \"Dana\"\nregion = \"IL\"\nlanguage = \"he\"\n",
    )
    .unwrap();
    let (out, succeeded) = in_a_terminal(dir.path(), &["log", "call", "zzzz"]);
    assert!(!succeeded);
    assert!(out.contains("םיאתמש רשק שיא ןיא"), "{out}");
}
