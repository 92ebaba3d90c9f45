//! Undo in a real terminal: a call corrected from its entry, the correction undone
//! with `u`, made again with `U`, and undone once more with Ctrl-Z.

use crate::*;

#[test]
fn a_correction_undone_redone_and_undone_again() {
    let dir = desk_dir();
    let (noa, mut screen, mut child) = correcting_noas_call(dir.path());
    screen.keys("\x15Asked for the price list\x13"); // Ctrl-U empties the text first
    screen.wait_for("Corrected the call for Noa Levi");

    screen.keys("u");
    screen.wait_for("Undid: corrected the call for Noa Levi");
    screen.keys("U");
    screen.wait_for("Redid: corrected the call for Noa Levi");
    screen.keys("\x1a"); // Ctrl-Z
    screen.wait_for("Undid: corrected the call for Noa Levi");
    screen.keys("q");
    let status = child.wait().unwrap();
    assert!(status.success(), "quit with {status:?}");

    let shown = cli(dir.path(), &["show", noa["id"].as_str().unwrap()]);
    let calls = of_kind(&shown, "call");
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["text"], "hi");
    let original = calls[0]["supersedes"].as_str().unwrap();
    let versions = cli(dir.path(), &["log", "versions", original]);
    let texts: Vec<&str> = versions
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["text"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        texts,
        [
            "hi",
            "Asked for the price list",
            "hi",
            "Asked for the price list",
            "hi"
        ],
        "every step is a version of its own"
    );
}
