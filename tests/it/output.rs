//! What people read, pinned: each command's text and exit status on the demo file or
//! a small desk, with the clock frozen (common::NOW). Ids and the desk's temporary
//! folder are masked; everything else is compared as printed. A change to a line a
//! person reads fails here: `INSTA_UPDATE=always cargo test` writes the new text, to
//! be read in `git diff` before it is committed.

use crate::common::{self, Desk};
use std::process::Output;

/// How a command's run reads in a snapshot: the command, its exit status, then what
/// it printed on each stream.
fn transcript(args: &[&str], out: &Output) -> String {
    let stream = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    format!(
        "$ leadometer {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        args.iter().map(|a| quoted(a)).collect::<Vec<_>>().join(" "),
        out.status.code().map_or("killed".into(), |c| c.to_string()),
        stream(&out.stdout),
        stream(&out.stderr),
    )
}

/// An argument as a shell would need it typed.
fn quoted(arg: &str) -> String {
    if arg.is_empty() || arg.contains(char::is_whitespace) {
        format!("\"{arg}\"")
    } else {
        arg.to_string()
    }
}

/// Runs `args` on `desk`'s file (or the demo when they ask for it).
fn run(desk: &Desk, args: &[&str]) -> String {
    let mut cmd = if args.contains(&"--demo") {
        desk.bare_cmd()
    } else {
        desk.cmd()
    };
    let out = cmd.args(args).output().unwrap();
    transcript(args, &out)
}

/// Compares with the snapshot `name`, with what differs from run to run masked.
fn pin(desk: &Desk, name: &str, text: &str) {
    let folder = desk.dir.path().display().to_string();
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(&regex::escape(&folder), "[desk]");
    settings.add_filter(&regex::escape(env!("CARGO_MANIFEST_DIR")), "[repo]");
    settings.add_filter(
        r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "[id]",
    );
    settings.add_filter(r"in \d+\.\d+ s\b", "in [seconds] s");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("snapshots/output");
    settings.bind(|| insta::assert_snapshot!(name, text));
}

/// A desk with the default scoring rules, for the demo's scores to show.
fn scoring_desk() -> Desk {
    Desk::with_config("user = \"Dana\"\nregion = \"IL\"\ncurrency = \"ILS\"\n")
}

/// A desk with Noa Levi on it, a call logged, and a follow-up.
fn desk_with_noa() -> Desk {
    let desk = Desk::new();
    desk.noa();
    desk.json(&[
        "log",
        "call",
        "4900148",
        "--outcome",
        "answered",
        "--duration",
        "5m",
        "--text",
        "Wants a quote",
        "--at",
        "2024-03-12T08:30:00Z",
    ]);
    desk.json(&[
        "task",
        "add",
        "Noa Levi",
        "--title",
        "Send the quote",
        "--due",
        "2024-03-13T10:00:00Z",
    ]);
    desk
}

#[test]
fn inbox_on_the_demo() {
    let desk = scoring_desk();
    pin(&desk, "inbox", &run(&desk, &["--demo", "inbox"]));
    pin(
        &desk,
        "inbox_expired",
        &run(&desk, &["--demo", "inbox", "--expired"]),
    );
}

#[test]
fn score_and_show_on_the_demo() {
    let desk = scoring_desk();
    pin(
        &desk,
        "score",
        &run(&desk, &["--demo", "score", "Noa Levi"]),
    );
    pin(&desk, "show", &run(&desk, &["--demo", "show", "Noa Levi"]));
}

#[test]
fn search_and_the_overview() {
    let desk = desk_with_noa();
    pin(
        &desk,
        "search_by_phone",
        &run(&desk, &["search", "0544900148"]),
    );
    pin(&desk, "overview", &run(&desk, &[]));
}

#[test]
fn what_logging_and_adding_say() {
    let desk = desk_with_noa();
    let log = [
        "log",
        "whatsapp",
        "+972 54 490 0148",
        "--direction",
        "in",
        "--text",
        "שלום, אפשר הצעת מחיר?",
        "--at",
        "2024-03-12T08:50:00Z",
    ];
    pin(&desk, "log_whatsapp", &run(&desk, &log));
    let again = ["add", "--name", "Noa", "--phone", "054 490 0148"];
    pin(&desk, "add_same_number", &run(&desk, &again));
}

#[test]
fn import_summaries() {
    let desk = Desk::new();
    let google = common::fixture("google.csv");
    pin(
        &desk,
        "import_dry_run",
        &run(&desk, &["import", &google, "--dry-run"]),
    );
    pin(&desk, "import_csv", &run(&desk, &["import", &google]));
    let unallocated = common::fixture("unallocated-phones.csv");
    pin(
        &desk,
        "import_with_warnings",
        &run(&desk, &["import", &unallocated]),
    );
    let wrong = common::fixture("wrong-columns.csv");
    pin(&desk, "import_bad_rows", &run(&desk, &["import", &wrong]));
    pin(
        &desk,
        "import_skipping_bad_rows",
        &run(&desk, &["import", &wrong, "--skip-bad-rows"]),
    );
}

#[test]
fn chat_import_summary() {
    let desk = desk_with_noa();
    let chat = common::fixture("whatsapp-group-android.txt");
    let args = ["import", &chat, "--contact", "Noa Levi"];
    pin(&desk, "import_group_chat", &run(&desk, &args));
}

/// Refusals: what is said, and the exit status (1 refused, 2 bad usage).
#[test]
fn refusals_and_exit_codes() {
    let desk = desk_with_noa();
    let not_a_chat = common::fixture("not-a-chat.txt");
    let cases: [(&str, &[&str]); 8] = [
        ("refused_unknown_contact", &["show", "Nobody Here"]),
        (
            "refused_bad_duration",
            &["log", "call", "Noa Levi", "--duration", "five minutes"],
        ),
        (
            "refused_bad_time",
            &["log", "call", "Noa Levi", "--at", "next blue moon"],
        ),
        ("refused_unknown_option", &["inbox", "--colour"]),
        ("refused_missing_file", &["import", "no-such-file.csv"]),
        (
            "refused_not_a_chat",
            &["import", &not_a_chat, "--contact", "Noa Levi"],
        ),
        (
            "refused_empty_name",
            &["add", "--name", "  ", "--phone", "050"],
        ),
        ("refused_restore_demo", &["--demo", "restore", "x.db"]),
    ];
    for (name, args) in cases {
        pin(&desk, name, &run(&desk, args));
    }
}

#[test]
fn files_that_are_not_ours_are_refused() {
    let desk = Desk::new();
    let foreign = desk.dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&foreign).unwrap();
    conn.execute_batch("CREATE TABLE notes(x); INSERT INTO notes VALUES (1);")
        .unwrap();
    drop(conn);
    let text = std::fs::write(desk.dir.path().join("text.db"), "just some text\n");
    text.unwrap();
    let mut cmd = desk.bare_cmd();
    let out = cmd
        .args(["--db"])
        .arg(&foreign)
        .arg("inbox")
        .output()
        .unwrap();
    pin(
        &desk,
        "refused_foreign_file",
        &transcript(&["--db", "[desk]/other.db", "inbox"], &out),
    );
    let mut cmd = desk.bare_cmd();
    let out = cmd
        .args(["--db"])
        .arg(desk.dir.path().join("text.db"))
        .arg("inbox")
        .output()
        .unwrap();
    pin(
        &desk,
        "refused_not_a_database",
        &transcript(&["--db", "[desk]/text.db", "inbox"], &out),
    );
}

#[test]
fn the_task_list_in_its_groups() {
    let desk = Desk::new();
    desk.noa();
    desk.json(&["add", "--name", "Szabó Ödön", "--phone", "+36301234567"]);
    for (who, title, due, owner) in [
        ("Noa Levi", "Send the quote", "yesterday 10:00", "Dana"),
        ("Szabó Ödön", "Call back", "14:00", "Avi"),
        ("Noa Levi", "Measure", "next friday 10:00", "Dana"),
        ("Szabó Ödön", "Árajánlat", "15.12.", "Avi"),
    ] {
        desk.json(&[
            "task", "add", who, "--title", title, "--due", due, "--owner", owner,
        ]);
    }
    for (name, args) in [
        ("task_list", &["task", "list"][..]),
        (
            "task_list_nothing_due",
            &["task", "list", "--due", "overdue", "--owner", "Avi"][..],
        ),
        (
            "task_done_number_not_in_the_list",
            &["task", "done", "9"][..],
        ),
    ] {
        pin(&desk, name, &run(&desk, args));
    }
}
