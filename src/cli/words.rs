//! Clap value parsers for the domain's word lists (`--status`, `--lifecycle`,
//! `--kind`, `--origin`, `--role`, `--preferred-channel`): help and completions list
//! the words, and a value is read by the domain's own parser, so whatever it accepts
//! (any case, `_` or a space for `-`) is still accepted. A refused value is clap's
//! "invalid value" (exit 2), naming the option and the words, in the user's language
//! (`clap_messages`).

use crate::domain::contact::WordList;
use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::ffi::OsStr;

/// Reads one of `words` with `read`.
#[derive(Clone)]
pub struct Words<T> {
    words: Vec<&'static str>,
    read: fn(&str) -> Result<T, String>,
}

/// The parser of a word list of the domain.
pub fn of<T: WordList + Clone + Send + Sync + 'static>() -> Words<T> {
    Words {
        words: T::words(),
        read: |typed| typed.parse(),
    }
}

/// The parser of a word list of the domain whose option may also be given empty
/// (for the command to refuse in its own words): the word as stored, or "".
pub fn of_or_empty<T: WordList + std::fmt::Display>() -> Words<String> {
    Words {
        words: T::words(),
        read: |typed| match typed.trim().is_empty() {
            true => Ok(String::new()),
            false => typed.parse::<T>().map(|word| word.to_string()),
        },
    }
}

/// The parser of `--preferred-channel`: a channel's word, or empty to clear it.
pub fn preferred_channel() -> Words<String> {
    use crate::domain::contact_edit::{PREFERRED_CHANNELS, read_preferred_channel};
    Words {
        words: PREFERRED_CHANNELS
            .iter()
            .map(|kind| kind.as_str())
            .collect(),
        read: read_preferred_channel,
    }
}

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Words<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        let typed = value.to_string_lossy();
        (self.read)(&typed).map_err(|_| self.refusal(cmd, arg, &typed))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            self.words.iter().map(|word| PossibleValue::new(*word)),
        ))
    }
}

impl<T> Words<T> {
    /// Clap's own "invalid value" refusal, with the option, the value and the words.
    fn refusal(&self, cmd: &clap::Command, arg: Option<&clap::Arg>, typed: &str) -> clap::Error {
        let mut error = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
        let arg = arg.map_or_else(|| "...".to_string(), ToString::to_string);
        error.insert(ContextKind::InvalidArg, ContextValue::String(arg));
        error.insert(
            ContextKind::InvalidValue,
            ContextValue::String(typed.to_string()),
        );
        let words = self.words.iter().map(|word| word.to_string()).collect();
        error.insert(ContextKind::ValidValue, ContextValue::Strings(words));
        error
    }
}
