//! Interactions are append-only facts: a call, a message, a meeting, a note or an
//! automatic event. A correction is a new fact that supersedes an old one.

use super::contact::word_enum;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

word_enum!(InteractionKind {
    Call => "call",
    Whatsapp => "whatsapp",
    Email => "email",
    Meeting => "meeting",
    Sms => "sms",
    Note => "note",
    Event => "event",
    // A deletion: the entry it supersedes is no longer on the timeline.
    Retracted => "retracted",
});

word_enum!(Direction { In => "in", Out => "out" });

impl InteractionKind {
    /// Kinds whose entry says nothing without its text or outcome: a message or a
    /// note. A call or a meeting happened even when nothing was written down.
    pub fn needs_words(self) -> bool {
        matches!(
            self,
            InteractionKind::Whatsapp
                | InteractionKind::Sms
                | InteractionKind::Email
                | InteractionKind::Note
        )
    }

    /// What a person logs when no direction is given: we reached out, except for
    /// notes and automatic events, which have no direction.
    pub fn default_direction(self) -> Option<Direction> {
        match self {
            InteractionKind::Note
            | InteractionKind::Event
            | InteractionKind::Meeting
            | InteractionKind::Retracted => None,
            _ => Some(Direction::Out),
        }
    }
}

/// The outcome of a message handed to WhatsApp, the SMS app or the mail program and
/// not yet confirmed as sent: it neither answers the lead nor counts as an attempt
/// until it is confirmed, by a correction whose outcome is [`SENT`].
pub const OPENED: &str = "opened";

/// The outcome of a message confirmed as sent.
pub const SENT: &str = "sent";

/// Whether the outcome says the message was opened but is not known to be sent.
pub fn is_unsent(outcome: Option<&str>) -> bool {
    outcome.is_some_and(|o| o.eq_ignore_ascii_case(OPENED))
}

/// Whether the entry is a message we sent out that is only opened: a call or a note
/// whose outcome happens to read "opened" is what it always was.
pub fn is_unsent_message(
    kind: InteractionKind,
    direction: Option<Direction>,
    outcome: Option<&str>,
) -> bool {
    matches!(
        kind,
        InteractionKind::Whatsapp | InteractionKind::Sms | InteractionKind::Email
    ) && direction == Some(Direction::Out)
        && is_unsent(outcome)
}

/// Whether an interaction answers the lead, for speed-to-lead: anything we sent, a
/// meeting, or their call that we picked up. A message only opened has not been sent.
pub fn is_response(
    kind: InteractionKind,
    direction: Option<Direction>,
    outcome: Option<&str>,
) -> bool {
    if is_unsent_message(kind, direction, outcome) {
        return false;
    }
    match kind {
        InteractionKind::Note | InteractionKind::Event | InteractionKind::Retracted => false,
        InteractionKind::Meeting => true,
        InteractionKind::Call if direction == Some(Direction::In) => {
            outcome.is_some_and(|o| o.eq_ignore_ascii_case("answered"))
        }
        _ => direction == Some(Direction::Out),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Interaction {
    pub id: String,
    pub contact_id: String,
    pub deal_id: Option<String>,
    pub kind: InteractionKind,
    pub direction: Option<Direction>,
    pub outcome: Option<String>,
    pub duration_secs: Option<i64>,
    pub subject: Option<String>,
    pub text: Option<String>,
    pub occurred_at: DateTime<Utc>,
    pub logged_by: String,
    pub created_at: DateTime<Utc>,
    pub supersedes: Option<String>,
    /// The template the message was written from, by its name then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
}

impl Interaction {
    /// The first version of the entry this one is a version of: corrections and
    /// retractions all name the original, so the versions of an entry are it and
    /// every row superseding it, the latest (by created_at, then id) current.
    pub fn original_id(&self) -> &str {
        self.supersedes.as_deref().unwrap_or(&self.id)
    }

    /// The subject and the text, as a line of a timeline shows them. An automatic
    /// event's text already names what it is about ("status new → attempting", under
    /// the subject "status"), so there the subject is left out rather than read twice.
    ///
    /// An automatic event's subject and text are stored in English and read in the
    /// user's language (`event_text`).
    pub fn gist(&self) -> Vec<Cow<'_, str>> {
        let text = self.text.as_deref().filter(|t| !t.is_empty());
        let subject = self.subject.as_deref().filter(|s| !s.is_empty());
        let said_in_text = |subject: &str| {
            self.kind == InteractionKind::Event
                && text.is_some_and(|text| {
                    text.split(|c: char| !c.is_alphanumeric())
                        .any(|word| word.eq_ignore_ascii_case(subject))
                })
        };
        let automatic = self.kind == InteractionKind::Event;
        let subject = subject
            .filter(|s| !said_in_text(s))
            .map(|subject| match automatic {
                true => super::event_text::subject_shown(subject),
                false => Cow::Borrowed(subject),
            });
        let text = text.map(|text| match automatic {
            true => super::event_text::shown(text),
            false => Cow::Borrowed(text),
        });
        [subject, text].into_iter().flatten().collect()
    }

    /// An automatic fact about a contact: a status change, an import, a merge conflict.
    pub fn event(
        id: String,
        contact_id: &str,
        subject: &str,
        text: String,
        at: DateTime<Utc>,
        by: &str,
    ) -> Interaction {
        Interaction {
            id,
            contact_id: contact_id.to_string(),
            deal_id: None,
            kind: InteractionKind::Event,
            direction: None,
            outcome: None,
            duration_secs: None,
            subject: Some(subject.to_string()),
            text: Some(text),
            occurred_at: at,
            logged_by: by.to_string(),
            created_at: at,
            supersedes: None,
            template: None,
        }
    }
}

/// A follow-up: something to do for a contact by a given time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Task {
    pub id: String,
    pub contact_id: String,
    pub title: String,
    pub due_at: DateTime<Utc>,
    pub done_at: Option<DateTime<Utc>>,
    pub owner: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_counts_as_a_response() {
        use Direction::{In, Out};
        use InteractionKind::*;
        assert!(is_response(Whatsapp, Some(Out), None));
        assert!(is_response(Email, Some(Out), None));
        assert!(is_response(Meeting, None, None));
        assert!(is_response(Call, Some(In), Some("Answered")));
        assert!(!is_response(Call, Some(In), Some("missed")));
        assert!(!is_response(Whatsapp, Some(In), None));
        assert!(!is_response(Note, Some(Out), None));
        assert!(!is_response(Event, None, None));
    }

    #[test]
    fn an_automatic_entry_names_its_subject_once() {
        let at = DateTime::<Utc>::MIN_UTC;
        let event = |subject: &str, text: &str| {
            Interaction::event("e".into(), "c", subject, text.into(), at, "Dana")
        };
        let status = event("status", "status new → attempting: first message sent");
        assert_eq!(
            status.gist(),
            ["status new → attempting: first message sent"]
        );
        let imported = event("imported", "3 WhatsApp messages imported from chat.txt");
        assert_eq!(
            imported.gist(),
            ["3 WhatsApp messages imported from chat.txt"]
        );
        let returned = event("returned", "came back via Google Ads");
        assert_eq!(returned.gist(), ["returned", "came back via Google Ads"]);
        let logged = Interaction {
            kind: InteractionKind::Email,
            subject: Some("Quote".into()),
            text: Some("Quote #214 attached".into()),
            ..status.clone()
        };
        assert_eq!(
            logged.gist(),
            ["Quote", "Quote #214 attached"],
            "a subject someone wrote is theirs to repeat"
        );
    }
}
