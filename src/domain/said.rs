//! Words the desk offers for fields of free text: how a call went, why a lead was
//! dropped or waits, why a deal was lost.
//!
//! They are stored in English, whatever language the user speaks, so that an office
//! whose people speak Hebrew, Hungarian and English groups them as one in its
//! reports, and each person reads them in their own language
//! (`said-<list>-<word>` messages). Anything else typed is stored and shown as
//! typed.

use std::borrow::Cow;

/// How a call went (the `Outcome` field, `log --outcome`).
pub const OUTCOMES: &[&str] = &[
    "answered",
    "no-answer",
    "voicemail",
    "busy",
    "interested",
    "not-interested",
];

/// Why a lead is disqualified.
pub const DROP_REASONS: &[&str] = &[
    "no budget",
    "not interested",
    "wrong number",
    "went with a competitor",
    "no answer",
    "spam",
];

/// Why a lead waits: offered by the nurture dialog, none of them required.
pub const NURTURE_REASONS: &[&str] = &[
    "not now",
    "no budget yet",
    "call back next quarter",
    "waiting for their decision",
];

/// Why a deal was lost.
pub const LOSS_REASONS: &[&str] = &[
    "price",
    "timing",
    "went with a competitor",
    "no decision",
    "no budget",
];

/// A list of words offered, each message under `said-<list>-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Outcome,
    /// Every reason: to drop, to nurture, to lose. One list, since "no budget" is
    /// one reason wherever it is given.
    Reason,
}

impl List {
    fn prefix(self) -> &'static str {
        match self {
            List::Outcome => "said-outcome",
            List::Reason => "said-reason",
        }
    }
}

/// The stored word as the user reads it: "no budget" → "אין תקציב". Text that is not
/// one of the words offered comes back as it is.
pub fn shown(list: List, stored: &str) -> Cow<'_, str> {
    // English reads the word as it was typed, capitals and all.
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return Cow::Borrowed(stored);
    }
    crate::i18n::named(list.prefix(), stored).map_or(Cow::Borrowed(stored), Cow::Owned)
}

/// `(stored, shown)` for each of `words`, for a field that offers them.
pub fn offered(list: List, words: &[&str]) -> Vec<(String, String)> {
    words
        .iter()
        .map(|word| (word.to_string(), shown(list, word).into_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn every_word_offered_reads_in_each_language() {
        let lists = [
            (List::Outcome, OUTCOMES),
            (List::Reason, DROP_REASONS),
            (List::Reason, NURTURE_REASONS),
            (List::Reason, LOSS_REASONS),
        ];
        for lang in Lang::ALL {
            let _speaking = scoped(lang);
            for (list, words) in lists {
                for word in words {
                    assert!(
                        crate::i18n::named(list.prefix(), word).is_some(),
                        "{word} has no text in {lang:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_stored_word_reads_in_the_users_language_and_anything_else_as_typed() {
        let _speaking = scoped(Lang::Hu);
        assert_ne!(shown(List::Reason, "no budget"), "no budget");
        assert_eq!(
            shown(List::Reason, "No Budget"),
            shown(List::Reason, "no budget")
        );
        assert_eq!(
            shown(List::Reason, "their cousin sells it"),
            "their cousin sells it"
        );
        assert_eq!(shown(List::Outcome, "ענה!"), "ענה!");
        let _english = scoped(Lang::En);
        assert_eq!(shown(List::Outcome, "no-answer"), "no-answer");
        assert_eq!(shown(List::Reason, "No Budget"), "No Budget");
    }
}
