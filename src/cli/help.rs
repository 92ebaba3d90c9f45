//! The command line's `--help` in the user's language.
//!
//! The English stays where clap-derive reads it, in the doc comments of `src/cli`.
//! `assets/i18n/*/help.ftl` holds every text by an id made from where it is shown:
//! `help-<command path>` for a command (`help-leadometer` for the program itself,
//! `help-deal-add` for `deal add`), `help-<command path>--<option>` for an option
//! (its long name, or a positional's name), `help-<…>--<option>-<value>` for a value
//! of a list, and `.long` for the longer text `--help` shows beside `-h`'s. The
//! English file repeats the doc comments for translators; a test holds it to them,
//! so a changed doc comment shows whose translation must follow. Clap's own words
//! ("Usage:", "[default: …]", the generated `--help` and `--version`) are
//! `help-clap-*`.
//!
//! In English the tree is left exactly as clap-derive built it.

use super::PROGRAM;
use crate::i18n::Lang;
use clap::Command;
use clap::builder::{Arg, ArgAction, PossibleValue, StyledStr};

/// What a text of the help becomes: given its id and its English, the text shown.
type Say<'a> = dyn FnMut(&str, &str) -> String + 'a;

/// `cmd`, the whole tree, with every text in the current language; in English, as
/// it is.
pub fn in_language(cmd: Command) -> Command {
    if crate::i18n::lang() == Lang::En {
        return cmd;
    }
    rewritten(cmd, &mut |id, english| message_or(id, english))
}

/// The message `id` in the current language, or `english` when no file has it (a
/// text added since the translations were written).
fn message_or(id: &str, english: &str) -> String {
    let text = crate::i18n::message(id);
    if text == id {
        english.to_string()
    } else {
        text
    }
}

/// `cmd` built (so that the generated `--help`, `--version` and `help` exist and the
/// global options reach every subcommand) and with each text passed through `say`.
fn rewritten(mut cmd: Command, say: &mut Say<'_>) -> Command {
    cmd.build();
    rewrite_command(cmd, &[], say)
}

fn rewrite_command(mut cmd: Command, path: &[String], say: &mut Say<'_>) -> Command {
    let generated_help = is_generated_help(&cmd);
    let id = if generated_help {
        "help-clap-command-help".to_string()
    } else {
        command_id(path)
    };
    if let Some(about) = cmd.get_about().map(StyledStr::to_string) {
        cmd = cmd.about(say(&id, &about));
    }
    if let Some(long) = cmd.get_long_about().map(StyledStr::to_string) {
        cmd = cmd.long_about(say(&format!("{id}.long"), &long));
    }
    if let Some(examples) = cmd.get_after_help().map(StyledStr::to_string) {
        cmd = cmd.after_help(say(&format!("{id}.examples"), &examples));
    }
    cmd = cmd.subcommand_help_heading(say("help-clap-commands", "Commands"));
    cmd = cmd.help_template(template_of(say));
    // In place, in their order: clap looks options up by their place once built.
    // A hidden option (`--now`, for tests) is shown nowhere: nothing to translate.
    cmd = cmd.mut_args(|arg| match arg.is_hide_set() {
        true => arg,
        false => {
            let heading = heading_of(&arg, say);
            rewrite_arg(arg, path, say).help_heading(heading)
        }
    });
    for sub in cmd.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        // The generated `help` holds copies of its siblings, for `help deal add`:
        // each copy is named by the command it copies.
        let sub_path: Vec<String> = match generated_help || name != "help" {
            true => path.iter().cloned().chain([name]).collect(),
            false => path.to_vec(),
        };
        *sub = rewrite_command(std::mem::take(sub), &sub_path, say);
    }
    cmd
}

/// The `help` subcommand clap adds beside the program's own.
fn is_generated_help(cmd: &Command) -> bool {
    cmd.get_name() == "help"
        && cmd.get_about().map(StyledStr::to_string).as_deref()
            == Some("Print this message or the help of the given subcommand(s)")
}

fn command_id(path: &[String]) -> String {
    match path {
        [] => format!("help-{PROGRAM}"),
        _ => format!("help-{}", id_part(&path.join("-"))),
    }
}

/// A name as a part of a Fluent id: lower case, words joined by hyphens.
fn id_part(name: &str) -> String {
    name.chars()
        .map(|c| match c.is_ascii_alphanumeric() {
            true => c.to_ascii_lowercase(),
            false => '-',
        })
        .collect()
}

/// Clap's layout of a help page (its default template) with the usage heading in
/// the current language. Clap writes the sections itself (`{all-args}`), under
/// the headings each argument is given in the current language (`heading_of`):
/// clap's own "Arguments" and "Options" are fixed English.
fn template_of(say: &mut Say<'_>) -> String {
    let usage = say("help-clap-usage", "Usage:");
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
    )
}

/// The heading `arg` is listed under, in the current language: its own (the global
/// options'), else clap's for an argument or an option.
fn heading_of(arg: &Arg, say: &mut Say<'_>) -> String {
    match arg.get_help_heading() {
        Some(heading) => say(&format!("help-heading-{}", id_part(heading)), heading),
        None if arg.is_positional() => say("help-clap-arguments", "Arguments"),
        None => say("help-clap-options", "Options"),
    }
}

fn rewrite_arg(arg: Arg, path: &[String], say: &mut Say<'_>) -> Arg {
    let id = arg_id(&arg, path);
    let help = arg.get_help().map(StyledStr::to_string);
    let long_help = arg.get_long_help().map(StyledStr::to_string);
    let help = help.map(|english| match clap_word_id(&arg, &english) {
        Some(clap_id) => say(clap_id, &english),
        None => say(&id, &english),
    });
    let long_help = long_help.map(|english| match clap_word_id(&arg, &english) {
        Some(clap_id) => say(clap_id, &english),
        None => say(&format!("{id}.long"), &english),
    });
    let details = Details::of(&arg, &id, say);
    let arg = arg
        .hide_default_value(true)
        .hide_env(true)
        .hide_possible_values(true);
    if details.is_empty() {
        return with_texts(arg, help, long_help);
    }
    let short = join([help.clone(), details.short()], " ");
    let long_first = long_help.or(help);
    let long = join([long_first, details.long()], "\n\n");
    with_texts(arg, short, long)
}

/// `arg` with the texts given; one not given stays as it was (clap has none).
fn with_texts(arg: Arg, help: Option<String>, long_help: Option<String>) -> Arg {
    let arg = match help {
        Some(help) => arg.help(help),
        None => arg,
    };
    match long_help {
        Some(long_help) => arg.long_help(long_help),
        None => arg,
    }
}

/// The id of an option: global ones belong to the program, wherever they are shown.
fn arg_id(arg: &Arg, path: &[String]) -> String {
    let name = arg.get_long().unwrap_or(arg.get_id().as_str());
    let command = match arg.is_global_set() {
        true => command_id(&[]),
        false => command_id(path),
    };
    format!("{command}--{}", id_part(name))
}

/// The id of a text clap wrote for an argument it generated (`--help`, `--version`).
fn clap_word_id(arg: &Arg, english: &str) -> Option<&'static str> {
    if !matches!(
        arg.get_action(),
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version
    ) {
        return None;
    }
    CLAP_WORDS
        .iter()
        .find(|(words, _)| *words == english)
        .map(|(_, id)| *id)
}

/// Clap's texts for the arguments it generates, with their ids.
const CLAP_WORDS: [(&str, &str); 4] = [
    ("Print help", "help-clap-print-help"),
    (
        "Print help (see more with '--help')",
        "help-clap-print-help-more",
    ),
    (
        "Print help (see a summary with '-h')",
        "help-clap-print-help-summary",
    ),
    ("Print version", "help-clap-print-version"),
];

/// What clap appends to an option's help ("[env: …]", "[default: …]", the possible
/// values), written in the current language, in clap's order.
struct Details {
    /// Each `[word: value]`, without the possible values.
    brackets: Vec<String>,
    /// `[possible values: …]`, for `-h` (and `--help` when the values have no help).
    values_in_brackets: Option<String>,
    /// The values one a line with their help, for `--help`.
    values_listed: Option<String>,
}

impl Details {
    fn of(arg: &Arg, id: &str, say: &mut Say<'_>) -> Details {
        let mut brackets = Vec::new();
        if let Some(env) = arg.get_env() {
            let word = say("help-clap-env", "env");
            brackets.push(format!("[{word}: {}]", env.to_string_lossy()));
        }
        let defaults = arg.get_default_values();
        if !defaults.is_empty() && arg.get_num_args().is_none_or(|n| n.takes_values()) {
            let word = say("help-clap-default", "default");
            let values: Vec<_> = defaults.iter().map(|v| v.to_string_lossy()).collect();
            brackets.push(format!("[{word}: {}]", values.join(" ")));
        }
        let values: Vec<PossibleValue> = arg
            .get_possible_values()
            .into_iter()
            .filter(|value| !value.is_hide_set())
            .collect();
        let (mut values_in_brackets, mut values_listed) = (None, None);
        if !values.is_empty() && !is_flag(arg) {
            let word = say("help-clap-possible-values", "possible values");
            let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
            values_in_brackets = Some(format!("[{word}: {}]", names.join(", ")));
            if values.iter().any(|value| value.get_help().is_some()) {
                values_listed = Some(values_listed_of(&values, id, say));
            }
        }
        Details {
            brackets,
            values_in_brackets,
            values_listed,
        }
    }

    fn is_empty(&self) -> bool {
        self.brackets.is_empty() && self.values_in_brackets.is_none()
    }

    fn short(&self) -> Option<String> {
        let all: Vec<&str> = (self.brackets.iter().map(String::as_str))
            .chain(self.values_in_brackets.as_deref())
            .collect();
        (!all.is_empty()).then(|| all.join(" "))
    }

    fn long(&self) -> Option<String> {
        let mut brackets: Vec<&str> = self.brackets.iter().map(String::as_str).collect();
        if self.values_listed.is_none() {
            brackets.extend(self.values_in_brackets.as_deref());
        }
        let brackets = (!brackets.is_empty()).then(|| brackets.join("\n"));
        join([self.values_listed.clone(), brackets], "\n\n")
    }
}

/// A switch (`--json`): its "possible values" are true and false, never shown.
fn is_flag(arg: &Arg) -> bool {
    matches!(
        arg.get_action(),
        ArgAction::SetTrue | ArgAction::SetFalse | ArgAction::Count
    )
}

/// "Possible values:" and a line a value, aligned as clap aligns them.
fn values_listed_of(values: &[PossibleValue], id: &str, say: &mut Say<'_>) -> String {
    use unicode_width::UnicodeWidthStr;
    let heading = say("help-clap-possible-values-heading", "Possible values:");
    let widest = values
        .iter()
        .map(|value| value.get_name().width())
        .max()
        .unwrap_or(0);
    let mut lines = vec![heading];
    for value in values {
        let name = value.get_name();
        let line = match value.get_help().map(StyledStr::to_string) {
            Some(english) => {
                let help = say(&format!("{id}-{}", id_part(name)), &english);
                let padding = " ".repeat(widest - name.width());
                format!("- {name}: {padding}{help}")
            }
            None => format!("- {name}"),
        };
        lines.push(line);
    }
    lines.join("\n")
}

/// The parts that are there, joined by `separator`; none when none is.
fn join<const N: usize>(parts: [Option<String>; N], separator: &str) -> Option<String> {
    let parts: Vec<String> = parts
        .into_iter()
        .flatten()
        .filter(|part| !part.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(separator))
}

#[cfg(test)]
#[path = "help_tests.rs"]
mod tests;
