//! Fields whose choices are words of the file (a status, a direction, a reason):
//! the user reads and picks them in their own language, and a save reads the word
//! stored for each, so that a colleague speaking another language reads the same
//! entry in theirs. The stored word typed as it is (`answered` in a Hebrew desk) is
//! taken too.

use super::forms::Field;
use crate::domain::contact::Labelled;
use crate::domain::said::{self, List, OUTCOMES};
use crate::domain::text::fold;

impl Field {
    /// Offers `words`, `(stored, shown)`; a value the field opened with that is one of
    /// the stored words is shown as the user reads it.
    pub(crate) fn with_words(mut self, words: Vec<(String, String)>) -> Field {
        let opened_with = self.value.trim();
        if let Some((_, shown)) = words
            .iter()
            .find(|(stored, _)| stored.eq_ignore_ascii_case(opened_with))
        {
            self.value = shown.clone();
            self.initial = shown.clone();
        }
        self.choices = words.iter().map(|(_, shown)| shown.clone()).collect();
        self.words = words;
        self
    }

    /// Reads `words`, `(stored, shown)`, in the user's language as `with_words` does,
    /// without offering them: ↑/↓ goes on moving between fields (a filter's "any",
    /// an outcome being corrected).
    pub(crate) fn reading(self, words: Vec<(String, String)>) -> Field {
        let choices = self.choices.clone();
        Field {
            choices,
            ..self.with_words(words)
        }
    }

    /// The reasons `words` offered, free text otherwise.
    pub(crate) fn with_reasons(self, words: &[&str]) -> Field {
        self.with_words(said::offered(List::Reason, words))
    }

    /// How a call went, offered; free text otherwise.
    pub(crate) fn with_outcomes(self) -> Field {
        self.with_words(said::offered(List::Outcome, OUTCOMES))
    }

    /// The value as it is stored: the word behind a choice shown, else the text as
    /// typed, without space at its edges.
    pub fn stored(&self) -> &str {
        let value = self.value.trim();
        if self.words.is_empty() {
            return value;
        }
        let folded = fold(value);
        self.words
            .iter()
            .find(|(_, shown)| fold(shown) == folded)
            .map_or(value, |(stored, _)| stored.as_str())
    }

    /// `stored` as this field shows it (a value changed meanwhile, elsewhere).
    pub(crate) fn shown_word(&self, stored: &str) -> String {
        self.words
            .iter()
            .find(|(word, _)| word.eq_ignore_ascii_case(stored.trim()))
            .map_or_else(|| stored.to_string(), |(_, shown)| shown.clone())
    }
}

/// `(stored, shown)` for each word of a list of the file's.
pub(crate) fn enum_words<W: Copy + std::fmt::Display + Labelled>(
    all: &[W],
) -> Vec<(String, String)> {
    all.iter()
        .map(|word| (word.to_string(), word.shown()))
        .collect()
}

/// One of the desk's own words ("none", "any", "yes") as `(stored, shown)`.
pub(crate) fn choice_word(stored: &str) -> (String, String) {
    let shown = crate::i18n::named("said-choice", stored).unwrap_or_else(|| stored.to_string());
    (stored.to_string(), shown)
}

/// Words that are the same in every language (people's names, accounts), offered
/// beside the desk's own.
pub(crate) fn as_typed(all: &[String]) -> impl Iterator<Item = (String, String)> + '_ {
    all.iter().map(|word| (word.clone(), word.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Direction;
    use crate::i18n::{Lang, scoped};

    fn direction() -> Field {
        Field::new("Direction", "out", "").with_words(enum_words(Direction::ALL))
    }

    #[test]
    fn a_choice_is_shown_in_the_users_language_and_stored_as_the_files_word() {
        let _speaking = scoped(Lang::He);
        let mut field = direction();
        assert_eq!(field.value, Direction::Out.label());
        assert!(!field.touched());
        assert_eq!(field.stored(), "out");
        field.value = Direction::In.label();
        assert_eq!(field.stored(), "in");
    }

    #[test]
    fn the_stored_word_typed_and_free_text_are_taken_as_they_are() {
        let _speaking = scoped(Lang::Hu);
        let mut field = direction();
        field.value = " in ".into();
        assert_eq!(field.stored(), "in");
        let mut reason = Field::new("Reason", "", "").with_reasons(said::DROP_REASONS);
        reason.value = said::shown(List::Reason, "spam").to_uppercase();
        assert_eq!(reason.stored(), "spam");
        reason.value = "their cousin sells it ".into();
        assert_eq!(reason.stored(), "their cousin sells it");
    }

    /// The log dialog in Hungarian, its choices picked as a user picks them: the
    /// file gets the words every language reads, and the rules act on them.
    #[test]
    fn a_call_logged_in_hungarian_is_stored_in_the_files_words() {
        use crate::config::Config;
        use crate::domain::{Contact, InteractionKind, LeadStatus};
        use crate::store::{Store, new_id};
        use crate::tui::fixtures::now;
        use crate::tui::forms::{Form, FormKind};
        let _speaking = scoped(Lang::Hu);
        let mut store = Store::open_in_memory(&Config::default()).unwrap();
        let lead = Contact::new_lead(new_id(), "Noa Levi".into(), now(), "Dana");
        let (lead, _) = store.add_lead(now(), &lead).unwrap();
        let mut form =
            Form::for_contact(FormKind::Log(InteractionKind::Call), &lead.id, &lead.name);
        let field = |form: &Form, label: &str| form.fields.iter().position(|f| f.label == label);
        assert_eq!(form.fields[field(&form, "When").unwrap()].value, "most");
        assert_eq!(
            form.fields[field(&form, "Direction").unwrap()].value,
            "kimenő"
        );
        form.focus = field(&form, "Outcome").unwrap();
        form.cycle_choice(true);
        assert_eq!(form.fields[form.focus].value, "felvette");
        form.focus = field(&form, "Follow-up").unwrap();
        form.type_text("holnap 10:00");
        crate::tui::save::save(&mut store, &form, now()).unwrap();

        let call = store
            .timeline(&lead.id)
            .unwrap()
            .into_iter()
            .find(|i| i.kind == InteractionKind::Call)
            .unwrap();
        assert_eq!(call.outcome.as_deref(), Some("answered"));
        assert_eq!(call.direction, Some(Direction::Out));
        assert_eq!(
            store.contact(&lead.id).unwrap().status,
            LeadStatus::Connected
        );
        let tasks = store.tasks_for(&lead.id).unwrap();
        assert_eq!(tasks[0].title, "Utánkövetés (hívás)");
    }
}
