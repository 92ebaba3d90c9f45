//! `y` copies the selected lead's number: "Copied" only when the system's clipboard
//! holds it; otherwise the terminal is asked (OSC 52), and the desk says so.

use crate::*;
use std::process::{Child, Command, Stdio};

const NOAS_NUMBER: &str = "+972544900148";

#[test]
fn without_a_clipboard_the_terminal_is_asked_and_the_desk_does_not_claim_it_copied() {
    let dir = desk_dir();
    let (mut screen, mut child) = desk_with_noa(dir.path());
    screen.keys("y");
    screen.wait_for("Asked the terminal to copy +972544900148 (OSC 52)");
    assert!(!screen.text().contains("Copied"), "{}", screen.text());
    let raw = String::from_utf8_lossy(&screen.raw.lock().unwrap()).to_string();
    // The number in base64, as OSC 52 carries it.
    assert!(
        raw.contains("\u{1b}]52;c;Kzk3MjU0NDkwMDE0OA==\u{7}"),
        "no OSC 52 written"
    );
    screen.keys("q");
    assert!(child.wait().unwrap().success());
}

/// An X server of its own (Xvfb) with xclip to read its clipboard, or None with a
/// note when either is missing; with `LEADOMETER_REQUIRE_X11` set (CI) that fails.
fn x_server(display: &str) -> Option<XServer> {
    let found = |program: &str| {
        Command::new(program)
            .arg("-version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    };
    if !found("Xvfb") || !found("xclip") {
        assert!(
            std::env::var_os("LEADOMETER_REQUIRE_X11").is_none(),
            "LEADOMETER_REQUIRE_X11 is set, but Xvfb or xclip is missing"
        );
        eprintln!("skipped: the native clipboard test needs Xvfb and xclip");
        return None;
    }
    let server = Command::new("Xvfb")
        .args([display, "-screen", "0", "640x480x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let socket = format!("/tmp/.X11-unix/X{}", &display[1..]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !Path::new(&socket).exists() {
        assert!(Instant::now() < deadline, "Xvfb {display} never started");
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(XServer(server))
}

struct XServer(Child);

impl Drop for XServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn clipboard_of(display: &str) -> String {
    let out = Command::new("xclip")
        .args(["-o", "-selection", "clipboard", "-display", display])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn with_a_clipboard_the_number_is_on_it_and_only_then_the_desk_says_copied() {
    // A display number of this process's own, so that parallel runs do not meet.
    let display = format!(":{}", 400 + std::process::id() % 500);
    let Some(_server) = x_server(&display) else {
        return;
    };
    let dir = desk_dir();
    cli(
        dir.path(),
        &["add", "--name", "Noa Levi", "--phone", "054-490-0148"],
    );
    let (mut screen, mut child) = open_desk_with(dir.path(), &[("DISPLAY", &display)]);
    screen.wait_for("Noa Levi");
    screen.keys("y");
    screen.wait_for("Copied +972544900148");
    // Read while the desk still holds it: on X11 the copying program serves it.
    assert_eq!(clipboard_of(&display), NOAS_NUMBER);
    let raw = String::from_utf8_lossy(&screen.raw.lock().unwrap()).to_string();
    assert!(
        !raw.contains("\u{1b}]52;"),
        "the terminal is not asked as well"
    );
    screen.keys("q");
    assert!(child.wait().unwrap().success());
}
