//! The mouse: clicks on tabs and rows, and the config that turns it off.

use crate::*;

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
