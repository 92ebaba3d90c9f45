//! Messages and campaigns: a campaign made on the Campaigns screen, its template sent
//! to a contact from the checklist (the opener called with the link, the message on
//! the timeline with its final text), a row ticked by hand, and the message
//! confirmed as sent from the Timeline.

use crate::*;

/// Dana's folder, with an opener that writes each link it is given into `opened`.
fn desk_dir_with_opener() -> tempfile::TempDir {
    let dir = desk_dir();
    let script = dir.path().join("opener.sh");
    let opened = dir.path().join("opened");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
            opened.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "user = \"Dana\"\nregion = \"IL\"\nopener = \"{}\"\n",
            script.display()
        ),
    )
    .unwrap();
    dir
}

fn opened(dir: &Path) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(text) = std::fs::read_to_string(dir.join("opened")) {
            return text.lines().map(str::to_string).collect();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Vec::new()
}

#[test]
fn a_campaign_s_template_is_sent_logged_ticked_and_confirmed() {
    let dir = desk_dir_with_opener();
    let add = |name: &str, phone: &str| {
        cli(
            dir.path(),
            &[
                "add",
                "--name",
                name,
                "--phone",
                phone,
                "--source",
                "Facebook ad",
            ],
        )
    };
    let noa = add("Noa Levi", "054-490-0148");
    add("Avi Cohen", "052-381-7720");
    let (mut screen, mut child) = open_desk(dir.path());
    screen.wait_for("Noa Levi");

    // A campaign of the Facebook leads, with the English "First reply" attached.
    screen.keys("9");
    screen.wait_for("No campaigns yet");
    screen.keys("+");
    screen.wait_for("Campaign");
    screen.keys("Facebook spring\t");
    screen.keys("\tFacebook ad\t");
    // The template field: ↓ steps from "none" to the templates, by language and name.
    screen.keys("\x1b[B\x1b[B");
    screen.wait_for("First reply · en");
    screen.keys("\x13");
    screen.wait_for("Campaign “Facebook spring” saved.");
    screen.wait_for("0 of 2 done");

    // The checklist: Avi first, by name. Noa's row sends the template.
    screen.keys("\r");
    screen.wait_for("Avi Cohen");
    screen.keys("\x1b[B");
    screen.keys("\r");
    screen.wait_for("Send a message: Noa Levi");
    screen.wait_for("Hi Noa, it's Dana.");
    screen.keys("\x13");
    screen.wait_for("opened and logged as opened");
    screen.wait_for("1 of 2 done");
    let links = opened(dir.path());
    assert_eq!(links.len(), 1, "{links:?}");
    assert!(
        links[0].starts_with("https://wa.me/972544900148?text=Hi%20Noa%2C%20it%27s%20Dana."),
        "{links:?}"
    );

    // Avi's row ticked by hand.
    screen.keys("\x1b[A");
    screen.keys("x");
    screen.wait_for("Avi Cohen ticked done.");
    screen.wait_for("2 of 2 done");

    // The message is on Noa's timeline as opened; `s` there confirms it was sent.
    let shown = cli(dir.path(), &["show", "Noa Levi"]);
    let messages = of_kind(&shown, "whatsapp");
    assert_eq!(messages.len(), 1, "{shown}");
    assert_eq!(messages[0]["outcome"], "opened");
    assert_eq!(messages[0]["template"], "First reply");
    assert!(
        messages[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Hi Noa, it's Dana. Thanks for getting in touch!"),
        "{shown}"
    );
    screen.keys("/");
    screen.keys("4900148");
    screen.wait_for("Noa Levi");
    screen.keys("\r");
    screen.wait_for("[opened]");
    screen.keys("s");
    screen.wait_for("confirmed as sent");
    screen.wait_for("[sent]");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let shown = cli(dir.path(), &["show", noa["id"].as_str().unwrap()]);
    let messages = of_kind(&shown, "whatsapp");
    assert_eq!(messages[0]["outcome"], "sent", "{shown}");
    let campaigns = rusqlite_ticks(&dir.path().join("leads.db"));
    assert_eq!(campaigns, 2, "both rows ticked in the file");
}

/// How many rows of every campaign are ticked, read from the file itself.
fn rusqlite_ticks(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT count(*) FROM campaign_ticks WHERE done_at IS NOT NULL",
        [],
        |r| r.get(0),
    )
    .unwrap()
}
