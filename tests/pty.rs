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

/// The desk on `dir`'s file in a 120×40 pseudo-terminal.
fn open_desk(dir: &Path) -> (Screen, Box<dyn portable_pty::Child + Send + Sync>) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
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
    let child = pty.slave.spawn_command(command).unwrap();
    drop(pty.slave);
    let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
    let parser = Arc::new(Mutex::new(vt100::Parser::new(size(40), size(120), 0)));
    let mut reader = pty.master.try_clone_reader().unwrap();
    let feed = Arc::clone(&parser);
    std::thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 {
                break;
            }
            feed.lock().unwrap().process(&buffer[..n]);
        }
    });
    let screen = Screen {
        parser,
        writer: pty.master.take_writer().unwrap(),
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

#[test]
fn a_day_at_the_desk_in_a_real_terminal() {
    let dir = desk_dir();
    let noa = cli(
        dir.path(),
        &[
            "add",
            "--name",
            "Noa Levi",
            "--phone",
            "054-490-0148",
            "--source",
            "Facebook ad",
        ],
    );
    cli(
        dir.path(),
        &[
            "deal",
            "add",
            "Noa Levi",
            "--title",
            "Walnut kitchen",
            "--amount",
            "48000",
        ],
    );

    let (mut screen, mut child) = open_desk(dir.path());
    screen.wait_for("1 Inbox");
    screen.wait_for("Noa Levi");

    // Find her by part of her number and open her timeline.
    screen.keys("/");
    screen.wait_for("Find: phone digits");
    screen.keys("4900148");
    screen.wait_for("+972544900148");
    screen.keys("\r");
    screen.wait_for("History");

    // Log a call, saved with Ctrl-S from the text field.
    screen.keys("c");
    screen.wait_for("Log a call: Noa Levi");
    screen.keys("Agreed on quartz countertop");
    screen.keys("\x13");
    screen.wait_for("Logged call for Noa Levi");
    screen.wait_for("Agreed on quartz countertop");

    // An unknown caller becomes a lead, and c logs the call on them at once.
    screen.keys("/");
    screen.keys("050-777-1234");
    screen.wait_for("Nobody has this number");
    screen.keys("\r");
    screen.wait_for("New lead");
    screen.keys("Dvir Ben-David");
    screen.keys("\x13");
    screen.wait_for("Added Dvir Ben-David");
    screen.keys("c");
    screen.wait_for("Log a call: Dvir Ben-David");
    screen.keys("Wants a kitchen quote");
    screen.keys("\x13");
    screen.wait_for("Logged call for Dvir Ben-David");

    // Move the deal one stage on.
    screen.keys("3");
    screen.wait_for("Walnut kitchen");
    screen.keys(">");
    screen.wait_for("moved to Meeting");

    // Another process writes to the file: the open desk shows it by itself. (Moving
    // the deal made its contact, Noa, the current one.)
    screen.keys("2");
    screen.wait_for("Agreed on quartz countertop");
    cli(
        dir.path(),
        &[
            "log",
            "whatsapp",
            "4900148",
            "--direction",
            "in",
            "--text",
            "Sent from another process",
        ],
    );
    screen.wait_for("Sent from another process");

    screen.keys("q");
    let status = child.wait().unwrap();
    assert!(status.success(), "quit with {status:?}");

    let shown = cli(dir.path(), &["show", noa["id"].as_str().unwrap()]);
    let calls = of_kind(&shown, "call");
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["text"], "Agreed on quartz countertop");
    assert_eq!(calls[0]["direction"], "out");
    assert_eq!(calls[0]["logged_by"], "Dana");
    assert_eq!(shown["deals"][0]["stage"], "Meeting");

    let dvir = cli(dir.path(), &["show", "0507771234"]);
    assert_eq!(dvir["contact"]["name"], "Dvir Ben-David");
    assert_eq!(
        dvir["contact"]["phones"],
        serde_json::json!(["+972507771234"])
    );
    let calls = of_kind(&dvir, "call");
    assert_eq!(calls[0]["text"], "Wants a kitchen quote");
}

/// Noa added, the desk open on her timeline, and its import dialog offering her.
fn importing_for_noa(dir: &Path) -> (Screen, Box<dyn portable_pty::Child + Send + Sync>) {
    cli(
        dir,
        &["add", "--name", "Noa Levi", "--phone", "054-490-0148"],
    );
    let (mut screen, child) = open_desk(dir);
    screen.wait_for("Noa Levi");
    screen.keys("/");
    screen.keys("4900148");
    screen.wait_for("+972544900148");
    screen.keys("\r");
    screen.wait_for("History");
    screen.keys("I");
    screen.wait_for("Import contacts or a chat");
    screen.wait_for("Chat with Noa Levi");
    (screen, child)
}

#[test]
fn importing_a_chat_and_a_sheet_from_the_desk() {
    let dir = desk_dir();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    // A chat goes to the contact on screen, offered by the dialog.
    let (mut screen, mut child) = importing_for_noa(dir.path());
    screen.keys(fixtures.join("whatsapp-android.txt").to_str().unwrap());
    screen.keys("\r");
    screen.wait_for("Imported whatsapp-android.txt: 4 messages for Noa Levi");
    screen.keys("\r");
    screen.wait_for("Sure, when can I come to measure?");

    // A sheet with a broken row is refused, and says where.
    screen.keys("I");
    screen.wait_for("Import contacts or a chat");
    screen.keys(fixtures.join("wrong-columns.csv").to_str().unwrap());
    screen.keys("\r");
    screen.wait_for("line 3: 4 fields where the header has 3");
    screen.keys("\x1b");

    screen.keys("q");
    let status = child.wait().unwrap();
    assert!(status.success(), "quit with {status:?}");
    let shown = cli(dir.path(), &["show", "4900148"]);
    let chat = of_kind(&shown, "whatsapp");
    assert_eq!(chat.len(), 4);
    assert!(
        cli(dir.path(), &["search", "Good Row"])
            .as_array()
            .unwrap()
            .is_empty()
    );

    // The desk backed the file up when it opened, into the file's own folder.
    let backups = dir.path().join(".local/share/leadometer/backups");
    let automatic: Vec<_> = std::fs::read_dir(&backups)
        .unwrap()
        .flatten()
        .flat_map(|folder| {
            std::fs::read_dir(folder.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .filter(|e| e.file_name().to_string_lossy().starts_with("leads-auto-"))
        .collect();
    assert_eq!(automatic.len(), 1, "{backups:?}");
}

/// A chat whose every date reads day first and month first alike: the dialog comes
/// back asking, ↓ on Dates answers, Enter imports.
#[test]
fn the_desk_asks_whether_a_chats_dates_are_day_first() {
    let dir = desk_dir();
    let chat = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/whatsapp-ambiguous.txt");
    let (mut screen, mut child) = importing_for_noa(dir.path());
    screen.keys(chat.to_str().unwrap());
    screen.keys("\r");
    screen.wait_for("whatsapp-ambiguous.txt, line 1: is 01/02/2024 the 1st of February");
    screen.wait_for("Dates from the file");
    screen.keys("\x1b[B");
    screen.wait_for("Dates day first");
    screen.keys("\r");
    screen.wait_for("Imported whatsapp-ambiguous.txt: 2 messages for Noa Levi");
    screen.keys("\r");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let shown = cli(dir.path(), &["show", "4900148"]);
    let mut days: Vec<&str> = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "whatsapp")
        .map(|e| &e["occurred_at"].as_str().unwrap()[..10])
        .collect();
    days.sort();
    assert_eq!(days, ["2024-02-01", "2024-04-03"], "read day first");
}

#[test]
fn a_colleagues_lead_arrives_through_the_shared_folder_while_the_desk_is_open() {
    let office = tempfile::tempdir().unwrap();
    let shared = office.path().join("leads.db");
    let config = format!(
        "user = \"Dana\"\nregion = \"IL\"\nshared = \"{}\"\n",
        shared.display()
    );
    let dana = desk_dir();
    std::fs::write(dana.path().join("config.toml"), &config).unwrap();
    cli(
        dana.path(),
        &["add", "--name", "Noa Levi", "--phone", "054-490-0148"],
    );
    let (mut screen, mut child) = open_desk(dana.path());
    // The desk syncs as it opens: the office's file appears.
    let deadline = Instant::now() + Duration::from_secs(15);
    while !shared.exists() {
        assert!(
            Instant::now() < deadline,
            "never published:\n{}",
            screen.text()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!screen.text().contains("sync failed"), "{}", screen.text());

    // Avi, on his own machine and file, joins and adds a lead.
    let avi = desk_dir();
    std::fs::write(
        avi.path().join("config.toml"),
        config.replace("Dana", "Avi"),
    )
    .unwrap();
    cli(avi.path(), &["sync"]);
    cli(
        avi.path(),
        &["add", "--name", "Ron Tal", "--phone", "052-555-1234"],
    );
    cli(avi.path(), &["sync"]);

    // Dana's desk notices the shared file changed, merges, and lists Ron.
    screen.wait_for("Ron Tal");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let names: Vec<String> = cli(dana.path(), &["search", "a"])
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains(&"Ron Tal".to_string()), "{names:?}");
    for entry in std::fs::read_dir(office.path()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        assert!(
            !name.ends_with("-wal") && !name.ends_with("-journal"),
            "{name}"
        );
    }
}

/// Keys rebound in the config work in a real terminal: a call logged with F3 and
/// saved with F2, as the dialog's footer says; Enter no longer saves it.
#[test]
fn rebound_keys_open_and_save_a_dialog() {
    let dir = desk_dir();
    std::fs::write(
        dir.path().join("config.toml"),
        "user = \"Dana\"\nregion = \"IL\"\n[keys]\nlog_call = [\"c\", \"f3\"]\n[keys.form]\nsave = \"f2\"\n",
    )
    .unwrap();
    let (mut screen, mut child) = desk_with_noa(dir.path());
    screen.keys("\x1bOR");
    screen.wait_for("Log a call: Noa Levi");
    screen.wait_for("F2 save");
    screen.keys("Rebound");
    screen.keys("\r");
    screen.wait_for("Rebound█");
    screen.keys("\x1bOQ");
    screen.wait_for("Logged call for Noa Levi");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let shown = cli(dir.path(), &["show", "4900148"]);
    let calls = of_kind(&shown, "call");
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["text"], "Rebound");
}

/// `E` on a lead in the Inbox: the name erased and typed anew, the phone emptied
/// with Ctrl-U and typed anew, notes on two lines (Enter breaks the line there),
/// saved with Ctrl-S.
#[test]
fn editing_a_lead_from_the_inbox() {
    let dir = desk_dir();
    let (mut screen, mut child) = desk_with_noa(dir.path());
    screen.keys("E");
    screen.wait_for("Edit: Noa Levi");
    screen.keys(&"\x7f".repeat("Noa Levi".len()));
    screen.keys("Noa Cohen");
    screen.keys("\t\t");
    screen.wait_for("the first is the primary");
    screen.keys("\x15"); // Ctrl-U empties the field
    screen.keys("052-381-7720");
    screen.keys("\x1b[Z\x1b[Z\x1b[Z"); // Shift-Tab wraps round to the notes
    screen.wait_for("Enter breaks the line");
    screen.keys("Kitchen\rwalnut");
    screen.keys("\x13");
    screen.wait_for("Saved Noa Cohen: name, phones, notes");
    screen.wait_for("+972523817720");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let shown = cli(dir.path(), &["show", "0523817720"]);
    assert_eq!(shown["contact"]["name"], "Noa Cohen");
    assert_eq!(
        shown["contact"]["phones"],
        serde_json::json!(["+972523817720"])
    );
    assert_eq!(shown["contact"]["notes"], "Kitchen\nwalnut");
}

#[test]
fn a_call_logged_then_corrected_from_its_entry() {
    let dir = desk_dir();
    let noa = cli(
        dir.path(),
        &["add", "--name", "Noa Levi", "--phone", "054-490-0148"],
    );
    let (mut screen, mut child) = open_desk(dir.path());
    screen.wait_for("Noa Levi");
    screen.keys("\r");
    screen.wait_for("History");
    screen.keys("c");
    screen.wait_for("Log a call: Noa Levi");
    screen.keys("hi");
    screen.keys("\x13");
    screen.wait_for("Logged call for Noa Levi");

    // Only the calls (the status move it made is newer), the call opened in full.
    screen.keys("f");
    screen.wait_for("only call");
    screen.keys("\r");
    screen.wait_for("the call: Noa Levi");
    screen.keys("e");
    screen.wait_for("Correct the call: Noa Levi");
    screen.keys("\x7f\x7f");
    screen.keys("Asked for the price list");
    screen.keys("\x13");
    screen.wait_for("Corrected the call for Noa Levi");
    screen.keys("\r");
    screen.keys("v");
    screen.wait_for("versions of the call");
    screen.wait_for("current saved");
    screen.keys("\x1b");
    screen.keys("q");
    let status = child.wait().unwrap();
    assert!(status.success(), "quit with {status:?}");

    let shown = cli(dir.path(), &["show", noa["id"].as_str().unwrap()]);
    let calls = of_kind(&shown, "call");
    assert_eq!(calls.len(), 1, "the earlier version is not on the timeline");
    assert_eq!(calls[0]["text"], "Asked for the price list");
    let original = calls[0]["supersedes"].as_str().unwrap();
    let versions = cli(dir.path(), &["log", "versions", original]);
    assert_eq!(versions[0]["text"], "hi");
}

/// Text as a terminal pastes it with bracketed paste on.
fn pasted(text: &str) -> String {
    format!("\x1b[200~{text}\x1b[201~")
}

#[test]
fn a_pasted_note_keeps_its_lines_and_runs_nothing() {
    let dir = desk_dir();
    let (mut screen, mut child) = desk_with_noa(dir.path());
    let before = cli(dir.path(), &["show", "0544900148"]);
    screen.keys("E");
    screen.wait_for("Edit: Noa Levi");
    screen.keys("\x1b[Z"); // Shift-Tab wraps round to the notes, the last field
    screen.wait_for("Enter breaks the line");
    // Its line breaks would save, and its letters act, if it came as keys.
    screen.keys(&pasted("Kitchen\r\nwalnut, D\x1b[31m"));
    screen.keys("\x13");
    screen.wait_for("Saved Noa Levi: notes");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let shown = cli(dir.path(), &["show", "0544900148"]);
    assert_eq!(shown["contact"]["notes"], "Kitchen\nwalnut, D");
    assert_eq!(shown["contact"]["status"], before["contact"]["status"]);
    assert_eq!(shown["contact"]["name"], "Noa Levi");
}

#[test]
fn a_paste_on_the_inbox_drops_nobody() {
    let dir = desk_dir();
    let (mut screen, mut child) = desk_with_noa(dir.path());
    let before = cli(dir.path(), &["show", "0544900148"]);
    screen.keys(&pasted("D\rX"));
    screen.wait_for("Paste into a field");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let shown = cli(dir.path(), &["show", "0544900148"]);
    assert_eq!(shown["contact"]["status"], before["contact"]["status"]);
    assert_eq!(shown["timeline"], before["timeline"], "nothing logged");
}

#[test]
fn the_editing_keys_as_a_terminal_sends_them() {
    let dir = desk_dir();
    let (mut screen, mut child) = desk_with_noa(dir.path());
    screen.keys("E");
    screen.wait_for("Edit: Noa Levi");
    screen.keys("\x17Cohen"); // Ctrl-W takes "Levi": "Noa Cohen|"
    screen.keys("\x1b[H\x1b[3~N"); // Home, Delete, N: "N|oa Cohen"
    screen.keys("\x1bf\x1b[1;5C\x1b[D"); // Alt-f, Ctrl-→, ←: "Noa Cohe|n"
    screen.keys("\x7fe"); // Backspace at the cursor, then an e: "Noa Cohe|n"
    screen.keys("\x1b[Z"); // Shift-Tab wraps round to the notes
    screen.wait_for("Enter breaks the line");
    screen.keys("Kitchen\rwalnut\x1b[A\x1b[F oak"); // ↑ to the first line, End
    screen.keys("\x13");
    screen.wait_for("Saved Noa Cohen: name, notes");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let shown = cli(dir.path(), &["show", "0544900148"]);
    assert_eq!(shown["contact"]["name"], "Noa Cohen");
    assert_eq!(shown["contact"]["notes"], "Kitchen oak\nwalnut");
}

/// A left click on the cell after where `text` starts, pressed and released as a
/// terminal reporting the mouse sends it (SGR: 1-based column and row).
fn click_on(screen: &mut Screen, text: &str) {
    let shown = screen.text();
    let (y, line) = (shown.lines().enumerate())
        .find(|(_, line)| line.contains(text))
        .unwrap_or_else(|| panic!("{text:?} is not on the screen:\n{shown}"));
    let (x, y) = (line[..line.find(text).unwrap()].chars().count() + 2, y + 1);
    screen.keys(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
}

#[test]
fn clicking_a_tab_then_the_selected_lead_opens_its_timeline() {
    let dir = desk_dir();
    let (mut screen, mut child) = desk_with_noa(dir.path());
    let mode = |s: &Screen| s.parser.lock().unwrap().screen().mouse_protocol_mode();
    assert_ne!(mode(&screen), vt100::MouseProtocolMode::None, "reports on");
    click_on(&mut screen, "2 Timeline");
    screen.wait_for("No contact open");
    click_on(&mut screen, "1 Inbox");
    screen.wait_for("Noa Levi");
    click_on(&mut screen, "Noa Levi"); // the selected lead: a click opens her
    screen.wait_for("History");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    assert_eq!(mode(&screen), vt100::MouseProtocolMode::None, "reports off");
}

#[test]
fn with_mouse_off_in_the_config_a_click_does_nothing() {
    let dir = desk_dir();
    let config = dir.path().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text}mouse = false\n")).unwrap();
    let (mut screen, mut child) = desk_with_noa(dir.path());
    click_on(&mut screen, "2 Timeline");
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        !screen.text().contains("No contact open"),
        "still the Inbox"
    );
    screen.keys("q");
    assert!(child.wait().unwrap().success());
}

#[test]
fn a_task_closed_from_the_tasks_screen() {
    let dir = desk_dir();
    cli(
        dir.path(),
        &["add", "--name", "Noa Levi", "--phone", "054-490-0148"],
    );
    let args = ["--title", "Send the quote", "--due", "tomorrow 10:00"];
    cli(
        dir.path(),
        &[&["task", "add", "Noa Levi"][..], &args].concat(),
    );
    let (mut screen, mut child) = open_desk(dir.path());
    screen.wait_for("Noa Levi");
    screen.keys("5");
    screen.wait_for("Everyone  1 open");
    screen.keys("x");
    screen.wait_for("Done: Send the quote (Noa Levi)");
    screen.wait_for("No follow-up is open");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let listed = cli(dir.path(), &["task", "list"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(0), "{listed}");
}
