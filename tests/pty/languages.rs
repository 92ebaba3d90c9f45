//! The desk in the config's language on the real binary: the tabs, the status bar
//! and the help say it in Hungarian, and the keys stay the same.

use crate::*;

#[test]
fn the_desk_speaks_the_config_s_language() {
    let dir = desk_dir();
    std::fs::write(
        dir.path().join("config.toml"),
        "user = \"Dana\"\nregion = \"HU\"\nlanguage = \"hu\"\n",
    )
    .unwrap();
    cli(
        dir.path(),
        &[
            "add",
            "--name",
            "Kovács Eszter",
            "--phone",
            "06 30 123 4567",
        ],
    );
    let (mut screen, mut child) = open_desk(dir.path());
    screen.wait_for("1 Beérkezett");
    screen.wait_for("Kovács Eszter");
    screen.wait_for("? súgó");
    screen.keys("?");
    screen.wait_for("Billentyűk, a konfiguráció [keys] alatti nevükkel");
    screen.wait_for("bárki keresése telefon, e-mail, név vagy cég alapján");
    screen.keys("?");
    screen.keys("c");
    screen.wait_for("Hívás rögzítése: Kovács Eszter");
    screen.wait_for("Szöveg");
    // The dialog offers its values in Hungarian, and picks them as a user does.
    screen.wait_for("Irány kimenő");
    screen.wait_for("Mikor most");
    screen.keys("ajánlatot kér");
    screen.keys("\t\t\x1b[B");
    screen.wait_for("Eredmény felvette");
    screen.keys("\x13");
    screen.wait_for("Rögzítve: hívás, Kovács Eszter");
    // The timeline reads the stored words, and the automatic entry, in Hungarian.
    screen.keys("2");
    screen.wait_for("[felvette] ajánlatot kér");
    screen.wait_for("állapot: új → elérve: válaszoltak (hívás)");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    // The file holds the words every language reads.
    let shown = cli(dir.path(), &["show", "Kovács Eszter"]);
    let call = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["kind"] == "call")
        .unwrap()
        .clone();
    assert_eq!(call["outcome"], "answered", "{call}");
    assert_eq!(call["direction"], "out", "{call}");
    assert_eq!(shown["contact"]["status"], "connected", "{shown}");
}
