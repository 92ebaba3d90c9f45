//! Bracketed paste: text pasted is typed as text, never run as keys.

use crate::*;

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
