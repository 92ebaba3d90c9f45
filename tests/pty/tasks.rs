//! The Tasks screen: a follow-up closed with `x`.

use crate::*;

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
