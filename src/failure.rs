//! What kind of failure an error is, said where it is raised, so that the command
//! line can end with the exit code and the JSON code that scripts rely on
//! (`cli::exit` reads it back from the error's chain).
//!
//! Most errors carry their kind in their type (`StoreError::NotFound`,
//! `ServerError::TooNew`…); a refusal written as a sentence of its own is wrapped in
//! a [`Failure`] by [`refused`], [`not_found`] or [`damaged`].

use std::fmt;

/// The kinds of failure a script can tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// Anything else: a disk, a lock, a server out of reach.
    Failed,
    /// The command line itself was refused (clap's refusals).
    Usage,
    /// No such contact, deal, entry, task, template, campaign or file.
    NotFound,
    /// A value or an action refused: an ambiguity, a refused import, a newer file,
    /// a conflict.
    Refused,
    /// A file failing its integrity checks, or not a Leadometer or SQLite file.
    Damaged,
}

/// An error whose kind is known where it is raised; shown as its message alone.
#[derive(Debug)]
pub struct Failure {
    pub kind: FailureKind,
    pub message: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// A value or an action refused, said by `message`.
pub fn refused(message: impl Into<String>) -> anyhow::Error {
    failure(FailureKind::Refused, message)
}

/// Something asked for that is not there, said by `message`.
pub fn not_found(message: impl Into<String>) -> anyhow::Error {
    failure(FailureKind::NotFound, message)
}

/// A damaged file, or one that is not what it should be, said by `message`.
pub fn damaged(message: impl Into<String>) -> anyhow::Error {
    failure(FailureKind::Damaged, message)
}

fn failure(kind: FailureKind, message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Failure {
        kind,
        message: message.into(),
    })
}

/// Ends the function with a refusal said by a localized message:
/// `refuse!(ID, arg = value)` is `return Err(refused(t!(ID, arg = value)))`, so
/// that a refused value or action exits 4 (`refused`) rather than 1.
#[macro_export]
macro_rules! refuse {
    ($($message:tt)+) => {
        return Err($crate::failure::refused($crate::t!($($message)+)))
    };
}

/// A refusal that keeps what the parser said after the sentence, as a context
/// would: `bad --now: input contains invalid characters`.
pub fn refused_because(message: impl fmt::Display, cause: impl fmt::Display) -> anyhow::Error {
    refused(format!("{message}: {cause}"))
}
