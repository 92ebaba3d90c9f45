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
    screen.keys("\x1b");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
}
