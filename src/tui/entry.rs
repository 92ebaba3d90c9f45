//! One timeline entry open in full: read it (wrapped, scrolled), correct it in a
//! form prefilled with what it says, delete it (asked first), or see its earlier
//! versions. A correction is a new fact superseding the entry (store/rules/
//! corrections.rs), so the timeline, score and inbox reload as after any save.

use super::actions::{AUTOMATIC_DELETE, AUTOMATIC_EDIT, NEVER_CORRECTED};
use super::app::{Action, Effect, Overlay, State};
use super::forms::{Field, Form, FormKind, field_problem};
use super::save::Refusal;
use crate::domain::text::clean_text;
use crate::domain::when::{parse_duration_secs, parse_when_local};
use crate::domain::{Interaction, InteractionKind};
use crate::store::{Changes, Store};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, PartialEq)]
pub struct EntryView {
    pub item: Interaction,
    pub contact_name: String,
    /// Lines scrolled past at the top.
    pub scroll: u16,
    /// The entry's versions, oldest first, while they are shown instead of it.
    pub versions: Option<Vec<Interaction>>,
}

impl EntryView {
    /// Whether an entry key can act on this entry, or the one reason it cannot.
    pub(crate) fn available(&self, action: &Action) -> Result<(), &'static str> {
        let automatic = self.item.kind == InteractionKind::Event;
        match action {
            Action::EditEntry if automatic => Err(AUTOMATIC_EDIT),
            Action::DeleteEntry if automatic => Err(AUTOMATIC_DELETE),
            Action::ShowVersions if self.item.supersedes.is_none() => Err(NEVER_CORRECTED),
            _ => Ok(()),
        }
    }
}

impl State {
    /// The timeline entry under the selection.
    pub fn selected_entry(&self) -> Option<&Interaction> {
        self.visible_timeline().get(self.timeline_selected).copied()
    }
}

/// Enter on the Timeline: the selected entry, in full.
pub(crate) fn open(state: &mut State) -> Vec<Effect> {
    let Some(item) = state.selected_entry().cloned() else {
        return Vec::new();
    };
    let contact_name = state
        .page
        .as_ref()
        .map(|p| p.contact.name.clone())
        .unwrap_or_default();
    state.overlay = Some(Overlay::Entry(EntryView {
        item,
        contact_name,
        scroll: 0,
        versions: None,
    }));
    Vec::new()
}

/// Keys, and the versions loaded, while an entry is open.
pub(crate) fn on_key(state: &mut State, action: &Action) -> Vec<Effect> {
    let Some(Overlay::Entry(view)) = &mut state.overlay else {
        return Vec::new();
    };
    if let Err(refusal) = view.available(action) {
        state.message = Some(refusal.into());
        return Vec::new();
    }
    if super::overlay::scroll_by(&mut view.scroll, action) {
        return Vec::new();
    }
    if *action == Action::MarkSent {
        return super::send::confirm(state);
    }
    match action {
        Action::Back | Action::Open => state.overlay = None,
        Action::EditEntry => {
            let form = correction_form(&view.item, &view.contact_name);
            state.overlay = Some(Overlay::Form(form));
        }
        // No question first: `u` takes a deletion back.
        Action::DeleteEntry => {
            return vec![Effect::RetractEntry {
                id: view.item.id.clone(),
                contact_id: view.item.contact_id.clone(),
            }];
        }
        Action::ShowVersions if view.versions.is_some() => {
            (view.versions, view.scroll) = (None, 0);
        }
        Action::ShowVersions => return vec![Effect::LoadVersions(view.item.id.clone())],
        Action::VersionsLoaded(versions) => {
            (view.versions, view.scroll) = (Some(versions.clone()), 0);
        }
        _ => {}
    }
    Vec::new()
}

/// The form correcting `item`, prefilled with what it says; only the fields changed
/// are corrected. The entry's id rides in `shown`: the version the form was opened on.
pub fn correction_form(item: &Interaction, contact_name: &str) -> Form {
    let mut form = Form::for_contact(FormKind::Correct(item.kind), &item.contact_id, contact_name);
    let mut fields = vec![Field::new(
        "Text",
        item.text.as_deref().unwrap_or(""),
        "what was said",
    )];
    if !matches!(item.kind, InteractionKind::Note | InteractionKind::Meeting) {
        let direction = item.direction.map_or(String::new(), |d| d.to_string());
        fields.push(Field::new("Direction", &direction, "out or in").with_words(
            super::field_words::enum_words(crate::domain::Direction::ALL),
        ));
    }
    if item.kind != InteractionKind::Note {
        fields.push(
            Field::new(
                "Outcome",
                item.outcome.as_deref().unwrap_or(""),
                "answered, no-answer, voicemail…",
            )
            // Read in the user's words, not offered: ↓ moves on rather than change
            // the outcome being corrected.
            .reading(crate::domain::said::offered(
                crate::domain::said::List::Outcome,
                crate::domain::said::OUTCOMES,
            )),
        );
    }
    if matches!(item.kind, InteractionKind::Call | InteractionKind::Meeting) {
        let duration = item.duration_secs.map_or(String::new(), |s| {
            humantime::format_duration(std::time::Duration::from_secs(s.max(0) as u64))
                .to_string()
                .replace(' ', "")
        });
        fields.push(Field::new("Duration", &duration, "e.g. 5m, 1h30m"));
    }
    let when = item.occurred_at.with_timezone(&chrono::Local);
    fields.push(Field::new(
        "When",
        &when.format("%Y-%m-%d %H:%M").to_string(),
        "14:30, 2h ago, yesterday 10:00",
    ));
    form.fields = fields;
    form.shown = Some(item.id.clone());
    form
}

/// Saves a correction form: the fields changed, as a new version of the entry.
pub(crate) fn save_correction(
    store: &mut Store,
    form: &Form,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let id = form.shown.clone().ok_or("no entry is open")?;
    let changed = |label: &str| {
        form.fields
            .iter()
            .find(|f| f.label == label && f.touched())
            .map(Field::stored)
    };
    let changes = Changes {
        text: changed("Text").map(clean_text),
        outcome: changed("Outcome").map(str::to_string),
        duration_secs: match changed("Duration").filter(|d| !d.is_empty()) {
            Some(text) => {
                Some(parse_duration_secs(text).map_err(|e| field_problem("Duration", e))?)
            }
            None => None,
        },
        occurred_at: match changed("When") {
            Some(text) => Some(parse_when_local(text, now).map_err(|e| field_problem("When", e))?),
            None => None,
        },
        direction: match changed("Direction").filter(|d| !d.is_empty()) {
            Some(word) => Some(word.parse().map_err(|e| field_problem("Direction", e))?),
            None => None,
        },
    };
    let corrected = store.correct_interaction(now, &id, &changes)?;
    let corrected = crate::t!(
        "saved-corrected",
        kind = corrected.kind.label(),
        name = &form.contact_name
    );
    Ok(format!("{corrected}{}", super::undo::version_kept()))
}

#[cfg(test)]
#[path = "entry_tests.rs"]
mod tests;
