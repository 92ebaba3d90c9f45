//! Importing from the desk: a chat and a sheet, and the question about a chat's dates.

use crate::*;

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
    screen.wait_for("054-490-0148");
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
