//! The Reports screen as a person reaches it: `8`, then the keys its status bar names.

use crate::*;

#[test]
fn the_reports_screen_answers_its_keys() {
    let dir = desk_dir();
    for (name, source) in [("Noa Levi", "Facebook ad"), ("Avi Cohen", "Website form")] {
        cli(dir.path(), &["add", "--name", name, "--source", source]);
    }
    let (mut screen, mut child) = open_desk(dir.path());
    screen.wait_for("Noa Levi");
    screen.keys("8");
    screen.wait_for("[Funnel]");
    screen.wait_for("Funnel of the 2 leads created");
    screen.wait_for("← report p period [ earlier ] later b split");
    screen.keys("l");
    screen.wait_for("[Speed-to-lead]");
    screen.wait_for("Answered within the SLA");
    screen.keys("p");
    screen.wait_for("week of ");
    screen.keys("b");
    screen.wait_for("· by source");
    screen.wait_for("Website form");
    screen.keys("[");
    screen.wait_for("No lead was created in this period");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
}
