//! The language of everything Leadometer says: English, Hebrew or Hungarian.
//!
//! Messages live in Fluent files under `assets/i18n/<lang>/`, one file an area, so
//! that translators work in plain text; they are compiled in, so the binary needs
//! nothing beside it. Plural forms follow each language's CLDR rules (Fluent's
//! `[one]`, `[two]`, `[other]` variants). A message missing in a language falls
//! back to English, and one missing everywhere shows its id: a lookup never fails.
//!
//! The language is chosen once a process (`set`, from the config's `language` or
//! the environment's locale). Tests that render another language set it for their
//! own thread only (`scoped`), so tests in parallel never see each other's.

mod bundles;
pub mod format;
pub mod lang;
pub mod names;
pub mod notices;
pub(crate) mod recognise;

pub use bundles::{
    Arg, from_english, id_of_english, message, message_if_any, message_with, named, stage,
};
pub use lang::Lang;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

static CHOSEN: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THIS_THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language messages are given in now.
pub fn lang() -> Lang {
    THIS_THREAD
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(CHOSEN.load(Ordering::Relaxed)))
}

/// Chooses the language for the whole process.
pub fn set(lang: Lang) {
    CHOSEN.store(lang.index(), Ordering::Relaxed);
}

/// Speaks `lang` on this thread until the guard is dropped (tests, previews).
#[must_use = "the language goes back when the guard is dropped"]
pub fn scoped(lang: Lang) -> Scoped {
    let before = THIS_THREAD.with(|cell| cell.replace(Some(lang)));
    Scoped { before }
}

pub struct Scoped {
    before: Option<Lang>,
}

impl Drop for Scoped {
    fn drop(&mut self) {
        THIS_THREAD.with(|cell| cell.set(self.before));
    }
}

/// A message in the current language by its id, with any arguments by name:
/// `t!("count-leads", count = 3)`. A number picks the plural form.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message_with(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod refusal_tests;
