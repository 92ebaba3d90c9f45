//! Dialogs as data: a form is a list of labelled text fields with defaults. The
//! runtime validates and saves it; the form shows what went wrong and keeps the text.

use super::field_words::enum_words;
use super::typing::{self, Edit, Outcome};
use crate::domain::InteractionKind;
use crate::domain::interaction::Direction;
use crate::domain::said::{DROP_REASONS, LOSS_REASONS, NURTURE_REASONS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    Log(InteractionKind),
    Task,
    NewLead,
    Drop,
    Convert,
    Assign,
    LoseDeal,
    Reach,
    Import,
    /// Every field of a contact the command line edits (`edit_contact`).
    EditContact,
    /// Correcting a logged entry (`entry.rs`).
    Correct(InteractionKind),
    /// Moving a follow-up to a later time (`tasks`).
    Snooze,
    /// Whose follow-ups the Tasks screen shows (`tasks`).
    TaskOwner,
    /// The Contacts screen's filters (`contacts`): applied, never saved.
    ContactFilters,
    /// A contact put at an account in a role (`accounts`).
    AddToAccount,
    /// A deal opened for the current contact, and a deal's fields edited (`deal_form`).
    NewDeal,
    EditDeal,
    /// Nurturing the current lead: why, and when to come back to it (`save`).
    Nurture,
    /// A message written, often from a template, and sent (`send`).
    Send,
    /// A campaign or a message template, new or edited (`campaigns`).
    Campaign,
    Template,
}

/// A field's label as the user reads it: `field-<label>` in forms.ftl.
pub fn label_shown(label: &str) -> String {
    crate::i18n::named("field", label).unwrap_or_else(|| label.to_string())
}

/// A problem with what was typed in a field, named by the field's label: "When: …".
pub fn field_problem(label: &str, problem: impl std::fmt::Display) -> String {
    format!("{}: {problem}", label_shown(label))
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub label: &'static str,
    pub value: String,
    pub initial: String,
    /// What may be typed, shown beside the field.
    pub hint: &'static str,
    /// Values offered with ↑/↓ (reasons to drop, directions), as the user reads them.
    pub choices: Vec<String>,
    /// `(stored, shown)` for choices that are words of the file shown in the user's
    /// language (`field_words`): what a save reads for each.
    pub words: Vec<(String, String)>,
    /// Typing narrows the choices ↑/↓ offers to those holding the typed text.
    pub filters_choices: bool,
    /// What was typed to narrow the choices (the value itself changes with ↑/↓).
    pub typed: String,
    /// Enter breaks the line here; Ctrl-S saves.
    pub multiline: bool,
    /// Said under the field: its stored value changed meanwhile.
    pub note: Option<String>,
    /// How many characters of the value stand after the cursor: 0, the end, unless
    /// the user moved it, so that a value set from outside keeps the cursor at its end
    /// (`typing::apply`).
    pub after_cursor: usize,
    /// Only its choices may be had (the ways to reach, yes or no): text typed into it
    /// is refused, and a letter picks the next choice that starts with it.
    pub only_choices: bool,
    /// The whole value is selected, as it is on entering a filled field: typing
    /// replaces it, Backspace empties it, and ← → Home End (and Ctrl-W, a word at
    /// the end) keep it to edit.
    pub selected: bool,
}

impl Field {
    /// The label as the user reads it: `field-<label>` in forms.ftl. The English
    /// label stays the field's name in the code (what a save looks fields up by).
    pub fn shown_label(&self) -> String {
        label_shown(self.label)
    }

    /// Whether the user changed the field since the form opened (or since it showed a
    /// value changed meanwhile); space at the edges does not count.
    pub(crate) fn touched(&self) -> bool {
        self.value.trim() != self.initial.trim()
    }

    pub(crate) fn new(label: &'static str, value: &str, hint: &'static str) -> Field {
        Field {
            label,
            value: value.to_string(),
            initial: value.to_string(),
            hint,
            choices: Vec::new(),
            words: Vec::new(),
            filters_choices: false,
            typed: String::new(),
            multiline: false,
            note: None,
            after_cursor: 0,
            only_choices: false,
            selected: !value.is_empty(),
        }
    }

    /// The line the cursor is on in the value and its column there, in characters.
    pub fn cursor(&self) -> (usize, usize) {
        typing::line_and_column(&self.value, self.after_cursor)
    }

    /// Applies an edit to the value (`typing`); what is typed narrows the choices.
    pub fn edit(&mut self, edit: Edit<'_>) -> Outcome {
        if self.only_choices {
            return match edit {
                Edit::Type(letter) => self.pick_starting_with(letter),
                _ => Outcome::Stayed,
            };
        }
        if std::mem::take(&mut self.selected) && !self.multiline {
            match edit {
                // A line break a one-line field does not take leaves it as it was.
                Edit::Type('\n' | '\r') | Edit::NewLine => {
                    self.selected = true;
                    return Outcome::Stayed;
                }
                Edit::Type(_) | Edit::Insert(_) => {
                    self.value.clear();
                    self.after_cursor = 0;
                }
                Edit::EraseBack | Edit::DeleteForward | Edit::Clear => {
                    return self.edit(Edit::Clear);
                }
                // ← and Home go to the start of what was selected, → and End to its end.
                Edit::Left | Edit::Home => {
                    self.after_cursor = self.value.chars().count();
                    return Outcome::Moved;
                }
                Edit::Right | Edit::End => {
                    self.after_cursor = 0;
                    return Outcome::Moved;
                }
                _ => {}
            }
        }
        let outcome = typing::apply(
            &mut self.value,
            &mut self.after_cursor,
            self.multiline,
            edit,
        );
        if outcome == Outcome::Changed {
            self.typed = self.value.clone();
        }
        outcome
    }

    /// The choices ↑/↓ offers now: all, or those holding what was typed.
    pub fn offered(&self) -> Vec<&String> {
        let typed = crate::domain::text::fold(&self.typed);
        self.choices
            .iter()
            .filter(|c| !self.filters_choices || crate::domain::text::fold(c).contains(&typed))
            .collect()
    }

    /// The next choice after the current one that starts with `letter`, any case.
    fn pick_starting_with(&mut self, letter: char) -> Outcome {
        let letter = crate::domain::text::fold(&letter.to_string());
        let starts =
            |c: &String| !letter.is_empty() && crate::domain::text::fold(c).starts_with(&letter);
        let current = self.choices.iter().position(|c| *c == self.value);
        let after = current.map_or(0, |i| i + 1);
        let len = self.choices.len();
        let next = (0..len)
            .map(|step| &self.choices[(after + step) % len.max(1)])
            .find(|c| starts(c));
        match next {
            Some(choice) if *choice != self.value => {
                self.value = choice.clone();
                self.after_cursor = 0;
                Outcome::Changed
            }
            _ => Outcome::Stayed,
        }
    }

    /// A field whose value is one of its choices and nothing typed.
    pub(crate) fn choices_only(mut self) -> Field {
        self.only_choices = true;
        self
    }

    pub(crate) fn with_choices<S: ToString>(mut self, choices: &[S]) -> Field {
        self.choices = choices.iter().map(ToString::to_string).collect();
        self
    }
}

/// A field whose stored value changed since the form opened, to a value the form
/// would have overwritten unseen.
#[derive(Debug, Clone, PartialEq)]
pub struct Meanwhile {
    /// The field's label.
    pub field: &'static str,
    /// The stored value now, as the field shows it.
    pub theirs: String,
    /// What to say under the field.
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    pub contact_id: Option<String>,
    /// The deal a deal form acts on.
    pub deal_id: Option<String>,
    pub contact_name: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub error: Option<String>,
    /// Esc was pressed on a form with typed text: the next Esc discards it.
    pub confirm_discard: bool,
    /// The stored value the desk showed when the form opened, where saving replaces
    /// one: a different value at saving time was changed meanwhile, elsewhere.
    pub shown: Option<String>,
    /// The send dialog's templates, filled for its contact (`send`).
    pub draft: Option<Box<super::send::Draft>>,
}

impl Form {
    pub fn for_contact(kind: FormKind, contact_id: &str, contact_name: &str) -> Form {
        let fields = match kind {
            FormKind::Log(channel) => log_fields(channel),
            FormKind::Task => vec![
                Field::new("What", "", "e.g. send the quote"),
                Field::new(
                    "Due",
                    &crate::t!("said-when-tomorrow-ten"),
                    "14:30, tomorrow 10:00, +3d",
                ),
            ],
            FormKind::Drop => {
                vec![Field::new("Reason", "", "type, or ↑/↓ to pick").with_reasons(DROP_REASONS)]
            }
            FormKind::Convert => vec![
                Field::new(
                    "Deal",
                    &crate::t!("desk-new-deal-title", name = contact_name),
                    "the deal's title",
                ),
                Field::new("Amount", "", "e.g. 12500"),
            ],
            FormKind::Assign => vec![Field::new("Owner", "", "who works this lead")],
            FormKind::Nurture => vec![
                Field::new("Reason", "", "optional: type, or ↑/↓ to pick")
                    .with_reasons(NURTURE_REASONS),
                Field::new("Come back", "", "optional: in 3 weeks, friday 10:00, 15.1."),
            ],
            FormKind::NewLead
            | FormKind::LoseDeal
            | FormKind::Reach
            | FormKind::Import
            | FormKind::EditContact
            | FormKind::Correct(_)
            | FormKind::Snooze
            | FormKind::TaskOwner
            | FormKind::NewDeal
            | FormKind::EditDeal
            | FormKind::Send
            | FormKind::Campaign
            | FormKind::Template => Vec::new(),
            FormKind::ContactFilters | FormKind::AddToAccount => Vec::new(),
        };
        Form {
            kind,
            contact_id: Some(contact_id.to_string()),
            deal_id: None,
            contact_name: contact_name.to_string(),
            fields,
            focus: 0,
            error: None,
            confirm_discard: false,
            shown: None,
            draft: None,
        }
    }

    /// The new-lead form; an unknown caller's number arrives filled in, and the cursor
    /// waits in the name.
    pub fn new_lead(phone: &str) -> Form {
        Form {
            kind: FormKind::NewLead,
            contact_id: None,
            deal_id: None,
            contact_name: String::new(),
            fields: vec![
                Field::new("Name", "", "who is it"),
                Field::new("Phone", phone, "any format"),
                Field::new("Email", "", ""),
                Field::new("Source", "", "e.g. Phone call, Facebook ad"),
            ],
            focus: 0,
            error: None,
            confirm_discard: false,
            shown: None,
            draft: None,
        }
    }

    /// Offers the ways to reach a contact; ↑/↓ picks one, Enter opens it.
    pub fn reach(contact_id: &str, contact_name: &str, choices: Vec<String>) -> Form {
        let first = choices.first().cloned().unwrap_or_default();
        Form {
            kind: FormKind::Reach,
            contact_id: Some(contact_id.to_string()),
            deal_id: None,
            contact_name: contact_name.to_string(),
            fields: vec![
                Field::new("Open", &first, "")
                    .with_choices(&choices)
                    .choices_only(),
            ],
            focus: 0,
            error: None,
            confirm_discard: false,
            shown: None,
            draft: None,
        }
    }

    /// Asks why a deal was lost before it is moved to Lost.
    pub fn lose_deal(deal_id: &str, deal_title: &str, contact_id: &str) -> Form {
        Form {
            kind: FormKind::LoseDeal,
            contact_id: Some(contact_id.to_string()),
            deal_id: Some(deal_id.to_string()),
            contact_name: deal_title.to_string(),
            fields: vec![
                Field::new("Reason", "", "type, or ↑/↓ to pick").with_reasons(LOSS_REASONS),
            ],
            focus: 0,
            error: None,
            confirm_discard: false,
            shown: None,
            draft: None,
        }
    }

    pub fn title(&self) -> String {
        let what = match self.kind {
            FormKind::Log(InteractionKind::Call) => crate::t!("form-log-call"),
            FormKind::Log(InteractionKind::Whatsapp) => crate::t!("form-log-whatsapp"),
            FormKind::Log(InteractionKind::Email) => crate::t!("form-log-email"),
            FormKind::Log(InteractionKind::Meeting) => crate::t!("form-log-meeting"),
            FormKind::Log(InteractionKind::Sms) => crate::t!("form-log-sms"),
            FormKind::Log(_) => crate::t!("form-log-note"),
            FormKind::Task => crate::t!("form-task"),
            FormKind::NewLead => crate::t!("form-new-lead"),
            FormKind::Drop => crate::t!("form-drop"),
            FormKind::Convert => crate::t!("form-convert"),
            FormKind::Assign => crate::t!("form-assign"),
            FormKind::LoseDeal => crate::t!("form-lose-deal"),
            FormKind::Reach => crate::t!("form-reach"),
            FormKind::Send => crate::t!("form-send"),
            FormKind::Campaign => crate::t!("form-campaign"),
            FormKind::Template => crate::t!("form-template"),
            FormKind::Import => crate::t!("form-import"),
            FormKind::EditContact => crate::t!("form-edit-contact"),
            FormKind::NewDeal => crate::t!("form-new-deal"),
            FormKind::EditDeal => crate::t!("form-edit-deal"),
            FormKind::Correct(kind) => crate::t!("form-correct", kind = kind.label()),
            FormKind::Snooze => crate::t!("form-snooze"),
            FormKind::TaskOwner => crate::t!("form-task-owner"),
            FormKind::ContactFilters => crate::t!("form-contact-filters"),
            FormKind::AddToAccount => crate::t!("form-add-to-account"),
            FormKind::Nurture => crate::t!("form-nurture"),
        };
        if self.contact_name.is_empty() {
            what
        } else {
            format!("{what}: {}", self.contact_name)
        }
    }

    /// The value of a field by its label, as it is stored ("" when absent).
    pub fn value(&self, label: &str) -> &str {
        self.fields
            .iter()
            .find(|f| f.label == label)
            .map_or("", Field::stored)
    }

    pub fn is_dirty(&self) -> bool {
        self.fields.iter().any(|f| f.value != f.initial)
    }

    /// Applies an edit to the focused field; `Stayed` when no field has the focus.
    pub fn edit(&mut self, edit: Edit<'_>) -> Outcome {
        self.fields
            .get_mut(self.focus)
            .map_or(Outcome::Stayed, |field| field.edit(edit))
    }

    /// A character typed at the cursor (a line break only in a field of several lines).
    pub fn type_char(&mut self, c: char) {
        self.edit(Edit::Type(c));
    }

    /// Text put in at the cursor of the focused field as it stands (a paste, cleaned
    /// first), what narrows its choices following it as typing does.
    pub fn type_text(&mut self, text: &str) {
        self.edit(Edit::Insert(text));
    }

    /// Backspace: the character before the cursor.
    pub fn erase(&mut self) {
        self.edit(Edit::EraseBack);
    }

    pub fn clear_field(&mut self) {
        self.edit(Edit::Clear);
    }

    /// Whether Enter breaks a line in the focused field instead of saving.
    pub fn focus_is_multiline(&self) -> bool {
        self.fields.get(self.focus).is_some_and(|f| f.multiline)
    }

    /// Shows what was changed elsewhere since the form opened; saving again puts what
    /// the form holds over it, knowingly.
    pub fn changed_meanwhile(&mut self, changes: &[Meanwhile]) {
        for change in changes {
            // The owner shown, or the open deal a second one was asked about: saving
            // again goes ahead knowingly.
            if matches!(self.kind, FormKind::Assign | FormKind::Convert) {
                self.shown = Some(change.theirs.clone());
            } else if let Some(field) = self.fields.iter_mut().find(|f| f.label == change.field) {
                field.initial = field.shown_word(&change.theirs);
                field.note = Some(change.note.clone());
            }
        }
    }

    pub fn next_field(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len().max(1);
        self.select_focused();
    }

    pub fn prev_field(&mut self) {
        self.focus = (self.focus + self.fields.len().max(1) - 1) % self.fields.len().max(1);
        self.select_focused();
    }

    /// Entering a filled field selects its value, so that typing replaces it.
    pub fn select_focused(&mut self) {
        if let Some(field) = self.fields.get_mut(self.focus) {
            field.selected = !field.value.is_empty() && !field.multiline;
        }
    }

    /// ↑/↓ on a field with choices steps through them.
    pub fn cycle_choice(&mut self, forward: bool) -> bool {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return false;
        };
        if field.choices.is_empty() {
            return false;
        }
        // Words of the user's own in a field that only suggests (a reason, say) are
        // kept: ↑/↓ then moves to the next field rather than replace them.
        let typed_own = !field.filters_choices
            && !field.only_choices
            && !field.value.trim().is_empty()
            && !field.choices.contains(&field.value)
            && field.value != field.initial;
        if typed_own {
            return false;
        }
        let offered = field.offered();
        let len = offered.len();
        if len == 0 {
            return true; // nothing holds what was typed: stay in the field
        }
        let next = match offered.iter().position(|c| **c == field.value) {
            Some(i) if forward => (i + 1) % len,
            Some(i) => (i + len - 1) % len,
            None if forward => 0,
            None => len - 1,
        };
        field.value = offered[next].clone();
        field.after_cursor = 0; // typing goes on after the choice
        field.selected = false;
        true
    }
}

fn log_fields(channel: InteractionKind) -> Vec<Field> {
    let text = Field::new("Text", "", "what was said");
    let direction = Field::new("Direction", "out", "out (we reached them) or in")
        .with_words(enum_words(Direction::ALL));
    let when = Field::new(
        "When",
        &crate::t!("said-when-now"),
        "now, 14:30, 2h ago, yesterday 10:00",
    );
    let follow_up = Field::new("Follow-up", "", "optional: tomorrow 10:00, +3d");
    match channel {
        InteractionKind::Call => vec![
            text,
            direction,
            Field::new("Outcome", "", "answered, no-answer, voicemail…").with_outcomes(),
            Field::new("Duration", "", "e.g. 5m, 1h30m"),
            when,
            follow_up,
        ],
        InteractionKind::Email => vec![
            text,
            Field::new("Subject", "", ""),
            direction,
            when,
            follow_up,
        ],
        InteractionKind::Meeting => {
            vec![text, Field::new("Duration", "", "e.g. 1h"), when, follow_up]
        }
        InteractionKind::Note | InteractionKind::Event | InteractionKind::Retracted => {
            // A note is written, not said: it keeps its lines, as the contact's do.
            let mut text = Field::new("Text", "", "what was noted, on as many lines as it takes");
            text.multiline = true;
            vec![text, when]
        }
        InteractionKind::Whatsapp | InteractionKind::Sms => vec![text, direction, when, follow_up],
    }
}
