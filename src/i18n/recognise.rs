//! Texts written in English where they are made, because programs read them too
//! (the timeline's automatic entries, an import's warnings in `--json`), recognised
//! by their form and said again in the user's language where people read them.
//!
//! A text of no known form (written by an older version, or by a colleague's newer
//! one) is left as it is.

use regex::{Captures, Regex};
use std::sync::OnceLock;

/// How a recognised text is said: from the parts its pattern captured.
pub(crate) type Render = fn(&Captures<'_>) -> String;

/// A form a text is written in, and how it is said in the user's language.
pub(crate) struct Form {
    pub(crate) pattern: &'static str,
    pub(crate) render: Render,
}

/// A list of forms, each compiled once a process.
pub(crate) struct Forms {
    pub(crate) forms: &'static [Form],
    compiled: OnceLock<Vec<Option<Regex>>>,
}

impl Forms {
    pub(crate) const fn new(forms: &'static [Form]) -> Forms {
        Forms {
            forms,
            compiled: OnceLock::new(),
        }
    }

    /// `text` said again by the first form it is written in.
    pub(crate) fn said_again(&self, text: &str) -> Option<String> {
        // The patterns are the code's own, and a test compiles every one: one that
        // did not would only leave its texts as they are written.
        let compiled = self.compiled.get_or_init(|| {
            self.forms
                .iter()
                .map(|f| Regex::new(f.pattern).ok())
                .collect()
        });
        self.forms.iter().zip(compiled).find_map(|(form, pattern)| {
            let captures = pattern.as_ref()?.captures(text)?;
            Some((form.render)(&captures))
        })
    }

    /// Whether every pattern compiles (for the tests of each list).
    #[cfg(test)]
    pub(crate) fn all_compile(&self) -> bool {
        self.forms
            .iter()
            .all(|form| Regex::new(form.pattern).is_ok())
    }
}

/// The part of `captures` at `index` ("" when absent).
pub(crate) fn at<'t>(captures: &Captures<'t>, index: usize) -> &'t str {
    captures.get(index).map_or("", |m| m.as_str())
}

/// A count read back from a text, for the plural it picks.
pub(crate) fn number(digits: &str) -> u64 {
    digits.parse().unwrap_or(0)
}
