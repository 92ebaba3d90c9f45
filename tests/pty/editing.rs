//! Dialogs: rebound keys, editing a lead, correcting a call, the editing keys.

use crate::*;

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
    screen.wait_for("052-381-7720");
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
    let (noa, mut screen, mut child) = correcting_noas_call(dir.path());
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
