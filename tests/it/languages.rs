//! The command line speaks the language of the config's `language`, or else of the
//! locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), with each language's plurals.

use crate::common::Desk;

/// A file with one lead nobody owns: `inbox --owner me` has nothing for Dana.
fn desk_with_a_lead_for_others(config: &str) -> Desk {
    let desk = Desk::with_config(config);
    desk.json(&["add", "--name", "Noa Levi", "--phone", "054-490-0148"]);
    desk
}

fn inbox_mine(desk: &Desk, env: &[(&str, &str)]) -> String {
    let mut cmd = desk.cmd();
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.args(["inbox", "--owner", "me"]).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn the_config_s_language_is_spoken() {
    let desk = desk_with_a_lead_for_others("user = \"Dana\"\nlanguage = \"hu\"\n");
    let text = inbox_mine(&desk, &[]);
    assert_eq!(text.trim(), "Rád semmi sem vár: 1 érdeklődő másokra vár.");
}

#[test]
fn without_one_the_locale_decides_in_posix_order() {
    let desk = desk_with_a_lead_for_others("user = \"Dana\"\n");
    let hebrew = inbox_mine(&desk, &[("LANG", "he_IL.UTF-8")]);
    assert_eq!(hebrew.trim(), "שום דבר לא ממתין לך: ליד אחד ממתין לאחרים.");
    let over = inbox_mine(&desk, &[("LANG", "he_IL.UTF-8"), ("LC_ALL", "hu_HU.UTF-8")]);
    assert!(over.contains("Rád semmi sem vár"), "{over}");
    let messages = inbox_mine(&desk, &[("LANG", "hu_HU.UTF-8"), ("LC_MESSAGES", "C")]);
    assert!(messages.contains("Nothing waits for you"), "{messages}");
    let english = inbox_mine(&desk, &[("LANG", "de_DE.UTF-8")]);
    assert_eq!(
        english.trim(),
        "Nothing waits for you: 1 lead waits for others."
    );
}

#[test]
fn the_config_s_language_wins_over_the_locale() {
    let desk = desk_with_a_lead_for_others("user = \"Dana\"\nlanguage = \"en\"\n");
    let text = inbox_mine(&desk, &[("LANG", "he_IL.UTF-8")]);
    assert!(text.contains("Nothing waits for you"), "{text}");
}

#[test]
fn an_unknown_language_is_refused_naming_the_line() {
    let desk = Desk::with_config("user = \"Dana\"\nlanguage = \"de\"\n");
    let error = desk.refuses(&["inbox"], 4);
    assert!(error.contains("line 2"), "{error}");
    assert!(error.contains("`en`, `he`, `hu`"), "{error}");
}

#[test]
fn the_command_line_s_tables_have_their_headings_in_the_language() {
    let desk = desk_with_a_lead_for_others("user = \"Dana\"\nlanguage = \"hu\"\n");
    let mut cmd = desk.cmd();
    let out = cmd.args(["search", "Noa"]).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let heading = text.lines().next().unwrap_or_default();
    assert!(heading.starts_with("NÉV"), "{text}");
    assert!(heading.contains("TELEFON"), "{text}");
    assert!(text.contains("Noa Levi"), "{text}");
}
