//! What clap says (help, the version, a refused command line) as it is printed: in
//! the user's language, cleaned of control characters, and laid out for a terminal.
//!
//! A refusal is written again from the facts clap gives with it (the option, the
//! value, the values it accepts, the similar one it suggests), sentence by sentence
//! as clap writes it; a kind of refusal not written here keeps clap's English. In
//! English, clap's own text is printed as it is.

use crate::domain::text::clean_text;
use crate::i18n::Lang;
use crate::t;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The text to print for `message`, and whether it goes to stderr.
pub fn said_by_clap(message: &clap::Error) -> (String, bool) {
    let to_stderr = message.use_stderr();
    // `render` gives the text without clap's colours, so nothing of ours is stripped.
    let text = match crate::i18n::lang() {
        Lang::En => None,
        _ => refusal_in_language(message),
    }
    .unwrap_or_else(|| message.render().to_string());
    // Cleaned: clap quotes a refused value as typed, and a value such as
    // `--kind $'\e]52;c;…\a'` would otherwise drive the terminal.
    let text = clean_text(&text);
    (super::help_layout::shown(&text, to_stderr), to_stderr)
}

/// The refusal in the current language, or `None` for help, the version, and the
/// kinds of refusal not written here.
fn refusal_in_language(error: &clap::Error) -> Option<String> {
    let mut text = t!("help-clap-error", reason = sentence_of(error)?);
    let tips = tips_of(error);
    if !tips.is_empty() {
        text.push_str("\n\n");
        text.push_str(&tips.join("\n"));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        text.push_str("\n\n");
        text.push_str(&usage_in_language(&usage.to_string()));
    }
    text.push_str("\n\n");
    text.push_str(&t!("help-clap-try-help", help = "--help"));
    Some(text)
}

/// The first line's reason, as clap words it, for the kinds that carry their facts.
fn sentence_of(error: &clap::Error) -> Option<String> {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let sentence = match error.kind() {
        ErrorKind::UnknownArgument => t!("help-clap-unknown-argument", arg = arg?),
        ErrorKind::InvalidValue if value.as_deref() == Some("") => {
            let sentence = t!("help-clap-value-required", arg = arg?);
            let word = t!("help-clap-possible-values");
            with_list(sentence, &word, error.get(ContextKind::ValidValue))
        }
        ErrorKind::InvalidValue => {
            let sentence = t!("help-clap-invalid-value", value = value?, arg = arg?);
            let word = t!("help-clap-possible-values");
            with_list(sentence, &word, error.get(ContextKind::ValidValue))
        }
        ErrorKind::ValueValidation => {
            let sentence = t!("help-clap-invalid-value", value = value?, arg = arg?);
            match std::error::Error::source(error) {
                Some(reason) => format!("{sentence}: {reason}"),
                None => sentence,
            }
        }
        ErrorKind::InvalidSubcommand => t!(
            "help-clap-unknown-command",
            command = text(ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::MissingSubcommand => {
            let command = text(ContextKind::InvalidSubcommand)?;
            let sentence = t!("help-clap-missing-command", command = command);
            let word = t!("help-clap-subcommands");
            with_list(sentence, &word, error.get(ContextKind::ValidSubcommand))
        }
        ErrorKind::MissingRequiredArgument => {
            let Some(ContextValue::Strings(missing)) = error.get(ContextKind::InvalidArg) else {
                return None;
            };
            let lines: Vec<String> = missing.iter().map(|arg| format!("  {arg}")).collect();
            format!(
                "{}\n{}",
                t!("help-clap-missing-arguments"),
                lines.join("\n")
            )
        }
        ErrorKind::NoEquals => t!("help-clap-no-equals", arg = arg?),
        ErrorKind::TooManyValues => t!("help-clap-too-many-values", value = value?, arg = arg?),
        ErrorKind::ArgumentConflict => conflict_of(error, arg)?,
        _ => return None,
    };
    Some(sentence)
}

/// "the argument '--a' cannot be used with '--b'" (or with several, one a line).
fn conflict_of(error: &clap::Error, arg: Option<String>) -> Option<String> {
    let prior = error.get(ContextKind::PriorArg);
    let arg = match arg {
        Some(arg) => arg,
        None => match error.get(ContextKind::InvalidSubcommand) {
            Some(ContextValue::String(command)) => command.clone(),
            _ => return None,
        },
    };
    match prior {
        Some(ContextValue::String(prior)) if *prior == arg => {
            Some(t!("help-clap-used-twice", arg = arg))
        }
        Some(ContextValue::String(prior)) => {
            Some(t!("help-clap-conflict", arg = arg, other = prior.as_str()))
        }
        Some(ContextValue::Strings(others)) => {
            let lines: Vec<String> = others.iter().map(|other| format!("  {other}")).collect();
            Some(format!(
                "{}\n{}",
                t!("help-clap-conflict-with", arg = arg),
                lines.join("\n")
            ))
        }
        _ => Some(t!("help-clap-conflict-with-others", arg = arg)),
    }
}

/// `sentence` and, on the next line, `[word: …]` (the possible values, the
/// subcommands) when clap gives them.
fn with_list(sentence: String, word: &str, list: Option<&ContextValue>) -> String {
    match list {
        Some(ContextValue::Strings(values)) if !values.is_empty() => {
            format!("{sentence}\n  [{word}: {}]", values.join(", "))
        }
        _ => sentence,
    }
}

/// The suggestions clap makes: a similar command, option or value.
fn tips_of(error: &clap::Error) -> Vec<String> {
    let mut tips = Vec::new();
    let kinds = [
        (
            ContextKind::SuggestedSubcommand,
            "help-clap-similar-command",
        ),
        (ContextKind::SuggestedArg, "help-clap-similar-argument"),
        (ContextKind::SuggestedValue, "help-clap-similar-value"),
    ];
    for (kind, id) in kinds {
        let names = match error.get(kind) {
            Some(ContextValue::String(name)) => vec![name.clone()],
            Some(ContextValue::Strings(names)) => names.clone(),
            _ => continue,
        };
        let quoted: Vec<String> = names.iter().map(|name| format!("'{name}'")).collect();
        let tip = crate::i18n::message_with(
            id,
            &[
                ("names", quoted.join(", ").into()),
                ("count", names.len().into()),
            ],
        );
        tips.push(format!("  {}: {tip}", t!("help-clap-tip")));
    }
    if let Some(ContextValue::StyledStrs(others)) = error.get(ContextKind::Suggested) {
        for other in others {
            let other = other.to_string();
            let tip = match escaped_value(&other) {
                Some(value) => t!("help-clap-tip-escape", value = value),
                None => other,
            };
            tips.push(format!("  {}: {tip}", t!("help-clap-tip")));
        }
    }
    tips
}

/// The value in clap's "to pass '-x' as a value, use '-- -x'".
fn escaped_value(tip: &str) -> Option<&str> {
    let rest = tip.strip_prefix("to pass '")?;
    let (value, rest) = rest.split_once("' as a value, use '-- ")?;
    (rest.strip_suffix('\'')? == value).then_some(value)
}

/// Clap's usage line with its heading in the current language.
fn usage_in_language(usage: &str) -> String {
    match usage.strip_prefix("Usage:") {
        Some(rest) => format!("{}{rest}", t!("help-clap-usage")),
        None => usage.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::escaped_value;

    #[test]
    fn clap_s_escape_tip_gives_its_value() {
        assert_eq!(
            escaped_value("to pass '--x' as a value, use '-- --x'"),
            Some("--x")
        );
        assert_eq!(escaped_value("something else"), None);
    }
}
