//! A working day: find a lead by part of its number, log a call, turn an unknown
//! number into a lead and log its call, move a deal, see another process's write.

use crate::*;

#[test]
fn a_day_at_the_desk_in_a_real_terminal() {
    let dir = desk_dir();
    let noa = cli(
        dir.path(),
        &[
            "add",
            "--name",
            "Noa Levi",
            "--phone",
            "054-490-0148",
            "--source",
            "Facebook ad",
        ],
    );
    cli(
        dir.path(),
        &[
            "deal",
            "add",
            "Noa Levi",
            "--title",
            "Walnut kitchen",
            "--amount",
            "48000",
        ],
    );

    let (mut screen, mut child) = open_desk(dir.path());
    screen.wait_for("1 Inbox");
    screen.wait_for("Noa Levi");

    // Find her by part of her number and open her timeline.
    screen.keys("/");
    screen.wait_for("Find: phone digits");
    screen.keys("4900148");
    screen.wait_for("054-490-0148");
    screen.keys("\r");
    screen.wait_for("History");

    // Log a call, saved with Ctrl-S from the text field.
    screen.keys("c");
    screen.wait_for("Log a call: Noa Levi");
    screen.keys("Agreed on quartz countertop");
    screen.keys("\x13");
    screen.wait_for("Logged call for Noa Levi");
    screen.wait_for("Agreed on quartz countertop");

    // An unknown caller becomes a lead, and c logs the call on them at once.
    screen.keys("/");
    screen.keys("050-777-1234");
    screen.wait_for("Nobody has this number");
    screen.keys("\r");
    screen.wait_for("New lead");
    screen.keys("Dvir Ben-David");
    screen.keys("\x13");
    screen.wait_for("Added Dvir Ben-David");
    screen.keys("c");
    screen.wait_for("Log a call: Dvir Ben-David");
    screen.keys("Wants a kitchen quote");
    screen.keys("\x13");
    screen.wait_for("Logged call for Dvir Ben-David");

    // Move the deal one stage on.
    screen.keys("3");
    screen.wait_for("Walnut kitchen");
    screen.keys(">");
    screen.wait_for("moved to Meeting");

    // Another process writes to the file: the open desk shows it by itself. (Moving
    // the deal made its contact, Noa, the current one.)
    screen.keys("2");
    screen.wait_for("Agreed on quartz countertop");
    cli(
        dir.path(),
        &[
            "log",
            "whatsapp",
            "4900148",
            "--direction",
            "in",
            "--text",
            "Sent from another process",
        ],
    );
    screen.wait_for("Sent from another process");

    screen.keys("q");
    let status = child.wait().unwrap();
    assert!(status.success(), "quit with {status:?}");

    let shown = cli(dir.path(), &["show", noa["id"].as_str().unwrap()]);
    let calls = of_kind(&shown, "call");
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["text"], "Agreed on quartz countertop");
    assert_eq!(calls[0]["direction"], "out");
    assert_eq!(calls[0]["logged_by"], "Dana");
    assert_eq!(shown["deals"][0]["stage"], "Meeting");

    let dvir = cli(dir.path(), &["show", "0507771234"]);
    assert_eq!(dvir["contact"]["name"], "Dvir Ben-David");
    assert_eq!(
        dvir["contact"]["phones"],
        serde_json::json!(["+972507771234"])
    );
    let calls = of_kind(&dvir, "call");
    assert_eq!(calls[0]["text"], "Wants a kitchen quote");
}
