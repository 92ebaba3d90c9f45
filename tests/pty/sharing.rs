//! A colleague's lead arriving through the shared folder while the desk is open.

use crate::*;

#[test]
fn a_colleagues_lead_arrives_through_the_shared_folder_while_the_desk_is_open() {
    let office = tempfile::tempdir().unwrap();
    let shared = office.path().join("leads.db");
    let config = format!(
        "user = \"Dana\"\nregion = \"IL\"\nshared = \"{}\"\n",
        shared.display()
    );
    let dana = desk_dir();
    std::fs::write(dana.path().join("config.toml"), &config).unwrap();
    cli(
        dana.path(),
        &["add", "--name", "Noa Levi", "--phone", "054-490-0148"],
    );
    let (mut screen, mut child) = open_desk(dana.path());
    // The desk syncs as it opens: the office's file appears.
    let deadline = Instant::now() + Duration::from_secs(15);
    while !shared.exists() {
        assert!(
            Instant::now() < deadline,
            "never published:\n{}",
            screen.text()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!screen.text().contains("sync failed"), "{}", screen.text());

    // Avi, on his own machine and file, joins and adds a lead.
    let avi = desk_dir();
    std::fs::write(
        avi.path().join("config.toml"),
        config.replace("Dana", "Avi"),
    )
    .unwrap();
    cli(avi.path(), &["sync"]);
    cli(
        avi.path(),
        &["add", "--name", "Ron Tal", "--phone", "052-555-1234"],
    );
    cli(avi.path(), &["sync"]);

    // Dana's desk notices the shared file changed, merges, and lists Ron.
    screen.wait_for("Ron Tal");
    screen.keys("q");
    assert!(child.wait().unwrap().success());
    let names: Vec<String> = cli(dana.path(), &["search", "a"])
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains(&"Ron Tal".to_string()), "{names:?}");
    for entry in std::fs::read_dir(office.path()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        assert!(
            !name.ends_with("-wal") && !name.ends_with("-journal"),
            "{name}"
        );
    }
}
