//! What the command line prints for people, in Hungarian and Hebrew: each command's
//! sentences, and the words of lists in its tables. No English word of that output
//! is left, and `--json` is the same whatever the language.

use crate::common::{Desk, fixture};

/// The tests' usual desk (see `Desk::new`), speaking `language`.
fn config_in(language: &str) -> String {
    format!(
        "user = \"Dana\"\nregion = \"IL\"\ncurrency = \"ILS\"\nlanguage = \"{language}\"\n\
         [scoring]\nrules = []\n"
    )
}

/// A desk speaking `language` from its config.
fn desk_in(language: &str) -> Desk {
    let desk = Desk::new();
    desk.set_config(&config_in(language));
    desk
}

/// A lead with a phone, an email, a company, a source and an inbound call.
fn desk_with_noa(language: &str) -> Desk {
    let desk = desk_in(language);
    desk.noa();
    desk.json(&[
        "log",
        "call",
        "Noa Levi",
        "--direction",
        "in",
        "--text",
        "Wants a quote",
    ]);
    desk
}

/// Everything the command printed, stdout then stderr, whether it succeeded or not.
fn printed(desk: &Desk, args: &[&str]) -> String {
    let out = desk.cmd().args(args).output().unwrap();
    format!(
        "{}{}",
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap()
    )
}

fn has_all(text: &str, words: &[&str]) {
    for word in words {
        assert!(text.contains(word), "{word:?} missing from:\n{text}");
    }
}

fn has_none(text: &str, words: &[&str]) {
    for word in words {
        assert!(!text.contains(word), "{word:?} is still there:\n{text}");
    }
}

#[test]
fn show_prints_its_labels_headings_and_list_words_in_hungarian() {
    let desk = desk_with_noa("hu");
    desk.json(&[
        "deal", "add", "Noa Levi", "--title", "Kitchen", "--amount", "12500",
    ]);
    let text = printed(&desk, &["show", "Noa Levi"]);
    has_all(
        &text,
        &[
            "telefon",
            "életciklus",
            "lehetőség",
            "állapot",
            "elérve",
            "döntéshozó",
            "bejövő",
            "hívás",
            "Üzletek",
            "Idővonal (4 bejegyzés, a legújabb elöl)",
            "MEGNEVEZÉS",
            "VÁRHATÓ",
        ],
    );
    // The timeline's automatic entries keep the words they were stored with; the
    // labels, headings and list words around them are the command line's.
    has_none(
        &text,
        &[
            "\nlifecycle ",
            "\nstatus ",
            "Deals",
            "Timeline",
            "newest first",
            "decision-maker",
            "inbound",
            " call in ",
            "entries",
            "EXPECTED",
        ],
    );
}

#[test]
fn show_speaks_hebrew_by_the_locale() {
    let desk = Desk::new();
    desk.noa();
    let mut cmd = desk.cmd();
    let out = cmd
        .env("LANG", "he_IL.UTF-8")
        .args(["show", "Noa Levi"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    has_all(
        &text,
        &["שלב חיים", "ליד", "סטטוס", "חדש", "ציר זמן (0 רשומות"],
    );
    has_none(&text, &["lifecycle", "Timeline", "newest first"]);
}

#[test]
fn the_import_summary_is_in_hungarian() {
    let desk = desk_in("hu");
    let text = printed(&desk, &["import", &fixture("google.csv")]);
    has_all(
        &text,
        &["Importálva", "létrehozva", "összefésülve", "kihagyva"],
    );
    has_none(&text, &["Imported", "created", "merged", "skipped"]);
    let dry = printed(&desk, &["import", "--dry-run", &fixture("hubspot.csv")]);
    has_all(&dry, &["Próbafuttatás", "Semmi sem lett kiírva"]);
    has_none(&dry, &["Dry run", "Nothing was written"]);
}

#[test]
fn a_deal_moved_is_said_in_hebrew_with_its_stage() {
    let desk = desk_with_noa("he");
    let opened = printed(
        &desk,
        &[
            "deal", "add", "Noa Levi", "--title", "Kitchen", "--amount", "12500",
        ],
    );
    has_all(&opened, &["נפתחה עסקה", "צפוי"]);
    let moved = printed(&desk, &["deal", "move", "Kitchen", "meeting"]);
    has_all(&moved, &["Kitchen", "פגישה", "צפוי"]);
    has_none(&moved, &["expected", "Meeting"]);
    let listed = printed(&desk, &["deal", "list"]);
    has_all(&listed, &["עסקה אחת:", "צפוי", "פגישה"]);
    has_none(&listed, &["expected", "1 deal"]);
    let refused = printed(&desk, &["deal", "move", "Kitchen", "lost"]);
    has_all(&refused, &["כדי לסמן עסקה כהפסד"]);
    has_none(&refused, &["to lose a deal"]);
}

#[test]
fn the_inbox_shows_its_states_and_counts_in_hungarian() {
    let desk = desk_with_noa("hu");
    desk.json(&["add", "--name", "Gábor Kiss", "--phone", "+36 30 123 4567"]);
    let text = printed(&desk, &["inbox"]);
    has_all(&text, &["Gábor Kiss", "időben", "hideg"]);
    has_none(&text, &["overdue", "cold", "on time"]);
    let expired = printed(&desk, &["inbox", "--expired"]);
    assert_eq!(expired.trim(), "Egy érdeklődő sem járt le.");
}

#[test]
fn an_empty_inbox_says_how_to_begin_in_hebrew() {
    let desk = desk_in("he");
    let text = printed(&desk, &["inbox"]);
    has_all(
        &text,
        &["אין עדיין אנשי קשר", "מוסיף ליד", "leadometer import FILE"],
    );
    has_none(
        &text,
        &["No contact yet", "adds a lead", "opens an example desk"],
    );
}

#[test]
fn a_merge_reports_in_hungarian() {
    let other = desk_with_noa("hu");
    let desk = desk_in("hu");
    desk.json(&["add", "--name", "Gábor Kiss", "--phone", "+36 30 123 4567"]);
    let other_db = other.db.to_str().unwrap();
    let dry = printed(&desk, &["merge", "--dry-run", other_db]);
    has_all(
        &dry,
        &["összefésülése", "kapcsolat felvéve", "bejegyzés felvéve"],
    );
    has_none(&dry, &["Would merge", "contacts added", "interaction"]);
    let done = printed(&desk, &["merge", other_db]);
    has_all(&done, &["összefésülve ide"]);
    has_none(&done, &["Merged", "added and"]);
}

#[test]
fn check_export_backup_and_rescore_speak_hungarian() {
    let desk = desk_with_noa("hu");
    let checked = printed(&desk, &["check"]);
    has_all(&checked, &["nincs hiba"]);
    has_none(&checked, &["no problems"]);
    let out = desk.dir.path().join("out.csv");
    let exported = printed(&desk, &["export", "--out", out.to_str().unwrap()]);
    has_all(&exported, &["1 kapcsolat exportálva"]);
    has_none(&exported, &["Exported", "contact "]);
    let again = printed(&desk, &["export", "--out", out.to_str().unwrap()]);
    has_all(&again, &["már létezik", "--force"]);
    has_none(&again, &["already exists", "pass"]);
    let rescored = printed(&desk, &["rescore"]);
    has_all(&rescored, &["újraszámolva", "lejárt"]);
    has_none(&rescored, &["Rescored", "changed", "expired"]);
}

#[test]
fn reports_speak_hungarian() {
    let desk = desk_with_noa("hu");
    let funnel = printed(&desk, &["report", "funnel"]);
    has_all(&funnel, &["tölcsére", "SZAKASZ", "A szakaszok dátumai"]);
    has_none(&funnel, &["Funnel of", "created", "Stage dates", " lead"]);
    let speed = printed(&desk, &["report", "speed", "--previous"]);
    has_all(
        &speed,
        &["Reakcióidő", "Megválaszolva", "Az előző időszak:"],
    );
    has_none(&speed, &["Speed-to-lead", "Answered", "The period before"]);
    let pipeline = printed(&desk, &["report", "pipeline"]);
    has_all(&pipeline, &["Nyitott folyamat", "Lezárva"]);
    has_none(&pipeline, &["Open pipeline", "Closed", "win rate"]);
}

#[test]
fn task_and_score_speak_hebrew() {
    let desk = desk_with_noa("he");
    let none = printed(&desk, &["task", "list"]);
    has_none(&none, &["follow-ups", "No "]);
    let added = printed(
        &desk,
        &[
            "task",
            "add",
            "Noa Levi",
            "--title",
            "Call back",
            "--due",
            "tomorrow 10:00",
        ],
    );
    has_all(&added, &["Call back", "עד", "פתוחה"]);
    has_none(&added, &["due", "open"]);
    let score = printed(&desk, &["score", "Noa Levi"]);
    has_all(&score, &["ציון", "שלב חיים", "אף כלל לא חל"]);
    has_none(&score, &["Score", "lifecycle", "No rule fires"]);
}

#[test]
fn refusals_built_by_the_command_line_are_in_hungarian() {
    let desk = desk_with_noa("hu");
    let error = desk.refuses(&["deal", "add", "Noa Levi", "--title", " "], 4);
    has_all(&error, &["az üzletnek kell megnevezés"]);
    has_none(&error, &["a deal needs a title"]);
    let error = desk.refuses(&["report", "funnel", "--from", "March"], 4);
    has_all(&error, &["nem dátum"]);
    has_none(&error, &["is not a date"]);
}

/// The same commands, in English and in Hungarian: every `--json` is the same.
#[test]
fn json_is_the_same_in_every_language() {
    let desk = desk_with_noa("en");
    desk.json(&[
        "deal", "add", "Noa Levi", "--title", "Kitchen", "--amount", "12500",
    ]);
    desk.json(&[
        "task",
        "add",
        "Noa Levi",
        "--title",
        "Call back",
        "--due",
        "tomorrow 10:00",
    ]);
    let commands: [&[&str]; 9] = [
        &["show", "Noa Levi"],
        &["inbox"],
        &["deal", "list"],
        &["task", "list"],
        &["score", "Noa Levi"],
        &["report", "funnel"],
        &["report", "speed"],
        &["report", "pipeline"],
        &["check"],
    ];
    let run = |args: &[&str]| {
        let out = desk.cmd().args(args).arg("--json").output().unwrap();
        assert!(out.status.success(), "{args:?}");
        out.stdout
    };
    let english: Vec<Vec<u8>> = commands.iter().map(|args| run(args)).collect();
    for language in ["hu", "he"] {
        desk.set_config(&config_in(language));
        for (args, english) in commands.iter().zip(&english) {
            assert_eq!(
                String::from_utf8_lossy(&run(args)),
                String::from_utf8_lossy(english),
                "{args:?} in {language}"
            );
        }
    }
}

/// An import's warnings and refused lines are said in Hungarian to people, and kept
/// in English for programs.
#[test]
fn import_warnings_and_refusals_are_said_in_hungarian() {
    let desk = desk_in("hu");
    let file = desk.dir.path().join("leads.csv");
    std::fs::write(
        &file,
        "name,phone,status,created\nNoa Levi,054-490-0148,hot,yesterdayish\n,,,\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let text = printed(&desk, &["import", "--dry-run", file]);
    has_all(
        &text,
        &[
            "2. sor",
            "„hot” állapot nem a miénk; új maradt",
            "az importálás ideje",
        ],
    );
    has_none(&text, &["line 2", "not one of ours", "import time"]);
    let json = desk.json(&["import", "--dry-run", file]);
    let warnings = crate::common::strings(&json["warnings"]).join("\n");
    has_all(
        &warnings,
        &["line 2: lead status \"hot\" is not one of ours; left at new"],
    );
}
