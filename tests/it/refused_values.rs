//! Numbers and times past any sane range, typed on the command line: each is refused
//! with the flag and the value named, a non-zero exit, and the file as it was; so is
//! an imported chat line dated outside 2000-2099, by file and line.

use crate::common;
use common::Desk;

#[test]
fn a_duration_past_seven_days_is_refused_not_stored_negative() {
    let desk = Desk::new();
    desk.noa();
    for duration in ["9223372036854775808s", "99999999999999999999999h", "8days"] {
        let err = desk.refuses(&["log", "call", "Noa Levi", "--duration", duration], 4);
        assert!(
            err.contains(&format!(
                "--duration: \"{duration}\" is too long (at most 7 days)"
            )),
            "{err}"
        );
    }
    let call = desk.json(&["log", "meeting", "Noa Levi", "--duration", "7days"]);
    assert_eq!(call["duration_secs"], 604_800);
}

#[test]
fn times_past_a_hundred_years_are_refused_by_flag_and_value() {
    let desk = Desk::new();
    desk.noa();
    for (flag, args) in [
        (
            "--at",
            vec!["log", "note", "Noa Levi", "--text", "hi", "--at"],
        ),
        (
            "--due",
            vec!["task", "add", "Noa Levi", "--title", "call", "--due"],
        ),
    ] {
        for when in [
            "+99999999999d",
            "in 36600d",
            "1800-01-01 10:00",
            "+9999999999999999999999d",
        ] {
            let mut args = args.clone();
            args.push(when);
            let err = desk.refuses(&args, 4);
            assert!(
                err.contains(&format!("{flag}: the time \"{when}\" is too far from now")),
                "{err}"
            );
            assert!(!err.contains("panicked"), "{err}");
        }
    }
}

#[test]
fn an_amount_past_the_bound_is_refused_by_value() {
    let desk = Desk::new();
    desk.noa();
    for amount in ["1e30", "99999999999999999999999", "1,000,000,000,000,000"] {
        let err = desk.refuses(
            &[
                "deal", "add", "Noa Levi", "--title", "Kitchen", "--amount", amount,
            ],
            4,
        );
        assert!(err.contains(&format!("--amount \"{amount}\"")), "{err}");
    }
}

#[test]
fn a_chat_line_dated_year_0000_refuses_the_chat_by_file_and_line() {
    let desk = Desk::new();
    desk.noa();
    let file = desk.dir.path().join("chat.txt");
    std::fs::write(
        &file,
        "15/01/2024, 21:05 - Noa Levi: hi\n16/01/0000, 09:00 - Noa Levi: when?\n",
    )
    .unwrap();
    let error = desk.refuses(
        &["import", file.to_str().unwrap(), "--contact", "Noa Levi"],
        4,
    );
    assert!(
        error.contains("chat.txt:2: the date \"16/01/0000\" has no year from 2000 to 2099"),
        "{error}"
    );
}

#[test]
fn the_largest_amount_is_shown_to_the_cent_everywhere() {
    let desk = Desk::new();
    desk.noa();
    let args = [
        "deal",
        "add",
        "Noa Levi",
        "--title",
        "Kitchen",
        "--amount=999999999999999.99",
    ];
    let added = desk.text(&args);
    assert!(added.contains("999999999999999.99"), "{added}");
    assert!(!added.contains("1000000000000000"), "{added}");
    let shown = desk.text(&["show", "Noa Levi"]);
    assert!(shown.contains("₪999,999,999,999,999.99"), "{shown}");
    let whole = desk.json(&["show", "Noa Levi"]);
    let deal = &whole["deals"][0];
    assert_eq!(deal["amount_minor"], 99_999_999_999_999_999_i64, "{deal}");
    assert_eq!(deal["amount"], "999999999999999.99", "{deal}");
    let export = desk.text(&["export", "--format", "json"]);
    assert!(export.contains("999999999999999.99"), "{export}");
    assert!(!export.contains("1000000000000000"), "{export}");
    // An everyday amount stays a JSON number.
    let small = desk.json(&[
        "deal",
        "add",
        "Noa Levi",
        "--title",
        "Sink",
        "--amount",
        "12,500.50",
    ]);
    assert_eq!(small["amount"], 12500.5);
    assert_eq!(small["amount_minor"], 1_250_050);
}

#[test]
fn a_close_date_outside_1900_to_2099_is_refused_by_value() {
    let desk = Desk::new();
    desk.noa();
    for date in ["0000-01-01", "1899-12-31", "2100-01-01"] {
        let err = desk.refuses(
            &[
                "deal",
                "add",
                "Noa Levi",
                "--title",
                "Kitchen",
                "--close-date",
                date,
            ],
            4,
        );
        assert!(
            err.contains(&format!(
                "--close-date \"{date}\" has no year from 1900 to 2099"
            )),
            "{err}"
        );
    }
    let deal = desk.json(&[
        "deal",
        "add",
        "Noa Levi",
        "--title",
        "Kitchen",
        "--close-date",
        "2099-12-31",
    ]);
    assert_eq!(deal["close_date"], "2099-12-31");
    assert_eq!(
        desk.json(&["show", "Noa Levi"])["deals"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn gen_past_its_bounds_is_refused_by_value_before_anything_is_written() {
    let desk = Desk::new();
    for (args, said) in [
        (
            [
                "--contacts",
                "99999999999",
                "--interactions-per-contact",
                "99999999999",
            ],
            "'99999999999' for '--contacts <CONTACTS>': 99999999999 is too many (at most 10000000)",
        ),
        (
            ["--contacts", "10000001", "--interactions-per-contact", "1"],
            "'10000001' for '--contacts <CONTACTS>': 10000001 is too many (at most 10000000)",
        ),
        (
            ["--contacts", "2", "--interactions-per-contact", "1001"],
            "'1001' for '--interactions-per-contact <INTERACTIONS_PER_CONTACT>': 1001 is too many (at most 1000)",
        ),
    ] {
        let out = desk
            .cmd()
            .arg("gen")
            .args(args)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(said), "{err}");
        assert!(!desk.db.exists(), "{args:?} wrote {}", desk.db.display());
    }
    let made = desk.json(&[
        "gen",
        "--contacts",
        "2",
        "--interactions-per-contact",
        "1000",
    ]);
    assert_eq!(made["contacts"], 2);
}

/// A refused command on a `--db` that did not exist leaves no file there (a typo in
/// the path must not leave an empty database to be opened by mistake later); one
/// that stored something keeps it.
#[test]
fn a_refused_command_leaves_no_database_it_created() {
    let desk = Desk::new();
    for (args, code) in [
        (&["show", "Nobody"][..], 3),
        (&["log", "call", "Nobody"], 3),
        (
            &[
                "deal", "add", "Nobody", "--title", "Kitchen", "--amount", "x",
            ],
            4,
        ),
    ] {
        desk.refuses(args, code);
        assert!(!desk.db.exists(), "{args:?} left {}", desk.db.display());
    }
    desk.noa();
    desk.refuses(&["show", "Nobody"], 3);
    assert!(
        desk.db.exists(),
        "a file holding a contact is never removed"
    );
    // A link to a file that is not there (a share not mounted) is the user's: kept.
    let link = desk.dir.path().join("link.db");
    std::os::unix::fs::symlink(desk.dir.path().join("share/leads.db"), &link).unwrap();
    desk.bare_cmd()
        .args(["--db", link.to_str().unwrap(), "show", "Nobody"])
        .assert()
        .failure();
    assert!(link.symlink_metadata().is_ok(), "the link was removed");
}
