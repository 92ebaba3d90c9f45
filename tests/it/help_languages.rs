//! `--help` and clap's refusals speak the user's language (the config's, else the
//! locale's), known before the command line is read; English stays clap's own.

use crate::common::Desk;

fn hungarian() -> Desk {
    Desk::with_config("user = \"Dana\"\nlanguage = \"hu\"\n")
}

/// What `args` print on stdout, succeeding, with `env` set.
fn printed(desk: &Desk, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = desk.cmd();
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn the_program_s_help_in_hungarian() {
    let help = printed(&hungarian(), &["--help"], &[]);
    for wanted in [
        "Érdeklődőkezelő asztal a terminálban",
        "Használat: leadometer [OPTIONS] [COMMAND]",
        "Parancsok:",
        "  add          Érdeklődő felvétele",
        "Kapcsolók:",
        "Géppel olvasható JSON kiírása szöveg helyett",
        "Súgó kiírása",
        "Verzió kiírása",
    ] {
        assert!(help.contains(wanted), "{wanted:?} in\n{help}");
    }
    for english in [
        "Usage:",
        "Commands:",
        "Options:",
        "Print help",
        "Add a lead",
    ] {
        assert!(!help.contains(english), "{english:?} in\n{help}");
    }
}

#[test]
fn a_command_s_help_in_hungarian_and_in_hebrew() {
    let help = printed(&hungarian(), &["deal", "--help"], &[]);
    assert!(
        help.starts_with("Üzletek nyitása és mozgatása a folyamatban\n"),
        "{help}"
    );
    assert!(
        help.contains("  add   Üzlet nyitása egy kapcsolatnak"),
        "{help}"
    );
    assert!(
        help.contains("[környezeti változó: LEADOMETER_DB]"),
        "{help}"
    );
    // The locale speaks when the config says nothing; into a pipe, Hebrew stays in
    // the order it was typed.
    let desk = Desk::with_config("user = \"Dana\"\n");
    let help = printed(&desk, &["deal", "--help"], &[("LANG", "he_IL.UTF-8")]);
    assert!(
        help.starts_with("פתיחת עסקאות והעברתן לאורך הצנרת\n"),
        "{help}"
    );
    assert!(help.contains("שימוש: leadometer deal"), "{help}");
    assert!(help.contains("  add   פתיחת עסקה לאיש קשר"), "{help}");
    assert!(help.contains("אפשרויות:"), "{help}");
}

#[test]
fn a_list_s_values_are_explained_in_hungarian() {
    let help = printed(&hungarian(), &["export", "--help"], &[]);
    assert!(help.contains("Lehetséges értékek:"), "{help}");
    assert!(
        help.contains("- json:  Minden: mindegyik kapcsolat"),
        "{help}"
    );
    assert!(help.contains("[alapértelmezés: csv]"), "{help}");
    let short = printed(&hungarian(), &["import", "-h"], &[]);
    assert!(
        short.contains("[lehetséges értékek: dmy, mdy, ymd]"),
        "{short}"
    );
}

#[test]
fn an_unknown_option_is_refused_in_hungarian_and_nothing_is_stored() {
    let desk = hungarian();
    let error = desk.refuses(&["inbox", "--colour"], 2);
    assert_eq!(
        error,
        "hiba: váratlan argumentum: '--colour'\n\nHasználat: leadometer inbox [OPTIONS]\n\n\
         Bővebben: '--help'.\n"
    );
    assert!(!desk.db.exists(), "a refused command created the file");
    let error = desk.refuses(&["inbox", "--limt", "3"], 2);
    assert!(
        error.contains("tipp: van hasonló argumentum: '--limit'"),
        "{error}"
    );
}

#[test]
fn a_refused_value_names_the_possible_ones_in_hungarian() {
    let error = hungarian().refuses(&["export", "--format", "xml"], 2);
    assert!(
        error.starts_with(
            "hiba: érvénytelen érték a(z) '--format <FORMAT>' számára: 'xml'\n  \
             [lehetséges értékek: csv, json, vcard]\n"
        ),
        "{error}"
    );
    let error = hungarian().refuses(&["triage"], 2);
    assert!(
        error.contains("a következő kötelező argumentumok hiányoznak:\n  <CONTACT>"),
        "{error}"
    );
}

/// A config that cannot be read leaves the help to the locale; the command then
/// reports what is wrong with the config as before.
#[test]
fn a_broken_config_leaves_the_help_to_the_locale() {
    let desk = Desk::with_config("language = \"hu\"\n[broken\n");
    let help = printed(&desk, &["--help"], &[("LANG", "he_IL.UTF-8")]);
    assert!(help.contains("שימוש: leadometer"), "{help}");
    let error = desk.refuses(&["inbox"], 4);
    assert!(error.contains("config"), "{error}");
}

#[test]
fn english_help_is_clap_s() {
    let desk = Desk::new();
    let help = printed(&desk, &["--help"], &[]);
    for wanted in [
        "A lead desk for the terminal\n\nUsage: leadometer [OPTIONS] [COMMAND]\n\nCommands:\n",
        "  add          Add a lead (an existing phone or email returns that contact instead)\n",
        "\nOptions:\n",
        "[env: LEADOMETER_DB=]",
        "  -h, --help     Print help\n",
        "  -V, --version  Print version\n",
    ] {
        assert!(help.contains(wanted), "{wanted:?} in\n{help}");
    }
    let error = desk.refuses(&["export", "--format", "xml"], 2);
    assert!(
        error.starts_with("error: invalid value 'xml' for '--format <FORMAT>'\n  [possible values: csv, json, vcard]"),
        "{error}"
    );
}
