//! Sending a message from the desk (`S`): a template picked (those for the contact's
//! preferred channel and language first) and filled from the contact, the text still
//! editable, a field with no value named before anything leaves; then the message is
//! logged as opened and handed to WhatsApp, the SMS app or the mail program through
//! the configured opener. `s` on its timeline entry confirms it was sent.
//!
//! A campaign's checklist opens the same dialog with its template chosen; sending
//! ticks the contact's row in the same transaction as the message.

use super::app::{Action, Effect, State, Tab};
use super::forms::{Field, Form, FormKind};
use super::save::Refusal;
use crate::domain::template::{Values, fields_used, fill, language_for};
use crate::domain::text::clean_line;
use crate::domain::{Contact, InteractionKind};
use crate::store::{MESSAGE_CHANNELS, Outgoing, Store, StoredTemplate, link_for};
use chrono::{DateTime, Utc};

/// What the dialog is opened for: a contact, and from a campaign its template and
/// the campaign whose row sending ticks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendRequest {
    pub contact_id: String,
    pub template_id: Option<String>,
    pub campaign_id: Option<String>,
}

/// Every template the dialog offers, filled for the contact, so that choosing
/// another refills the text at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub templates: Vec<FilledTemplate>,
    /// The channels the contact can be reached on (a phone: WhatsApp and SMS; an
    /// address: email).
    pub reachable: Vec<InteractionKind>,
    pub preferred: Option<InteractionKind>,
    pub campaign_id: Option<String>,
    /// Flagged do-not-contact: the dialog keeps saying so, whatever is chosen.
    pub do_not_contact: bool,
}

/// One template as it reads for the contact.
#[derive(Debug, Clone, PartialEq)]
pub struct FilledTemplate {
    pub id: String,
    pub name: String,
    pub language: String,
    pub channels: Vec<InteractionKind>,
    pub subject: String,
    pub body: String,
    /// Written to one person, rather than fit for a whole campaign.
    pub personal: bool,
    /// The fields with no value, each still written `{due}` in the text, and those
    /// of the subject (which only an email sends).
    pub missing: Vec<String>,
    pub missing_in_subject: Vec<String>,
}

impl FilledTemplate {
    /// The fields with no value that a message on `channel` would send.
    fn missing_on(&self, channel: InteractionKind) -> Vec<String> {
        let mut missing = self.missing.clone();
        if channel == InteractionKind::Email {
            for field in &self.missing_in_subject {
                if !missing.contains(field) {
                    missing.push(field.clone());
                }
            }
        }
        missing
    }
}

/// The stored word of "no template": a message written from nothing.
const NONE: &str = "none";

/// `S`: the dialog for the selected or open contact, read from the store first.
pub(crate) fn start(state: &mut State) -> Vec<Effect> {
    match state.current_contact() {
        Some((contact_id, _)) => vec![Effect::LoadSend(SendRequest {
            contact_id,
            template_id: None,
            campaign_id: None,
        })],
        None => Vec::new(),
    }
}

/// The dialog for `request`, read from the store.
pub fn load(store: &Store, request: &SendRequest, now: DateTime<Utc>) -> Action {
    let contact = match store.contact(&request.contact_id) {
        Ok(contact) => contact,
        Err(e) => return Action::Failed(e.to_string()),
    };
    let templates = match store.templates() {
        Ok(templates) => templates,
        Err(e) => return Action::Failed(e.to_string()),
    };
    match draft(store, &contact, templates, request, now) {
        Ok(draft) => Action::SendLoaded(Box::new(form(&contact, draft, request))),
        Err(e) => Action::Failed(e.to_string()),
    }
}

fn draft(
    store: &Store,
    contact: &Contact,
    templates: Vec<StoredTemplate>,
    request: &SendRequest,
    now: DateTime<Utc>,
) -> crate::store::Result<Draft> {
    let mut reachable = Vec::new();
    if contact.phones.iter().any(|p| p.e164.is_some()) {
        reachable.extend([InteractionKind::Whatsapp, InteractionKind::Sms]);
    }
    if !contact.emails.is_empty() {
        reachable.push(InteractionKind::Email);
    }
    let preferred = contact
        .preferred_channel
        .as_deref()
        .and_then(|c| c.parse::<InteractionKind>().ok())
        .filter(|c| MESSAGE_CHANNELS.contains(c));
    let desk_language = crate::i18n::lang().code();
    let language = language_for(contact, desk_language).to_string();
    let mut values_by_language: Vec<(String, Values)> = Vec::new();
    let mut filled = Vec::new();
    for stored in templates {
        let t = stored.template;
        let values = match values_by_language.iter().find(|(l, _)| *l == t.language) {
            Some((_, values)) => values.clone(),
            None => {
                let values = store.template_values(contact, &t.language, now)?;
                values_by_language.push((t.language.clone(), values.clone()));
                values
            }
        };
        let body = fill(&t.body, &values);
        let subject = fill(t.subject.as_deref().unwrap_or(""), &values);
        filled.push(FilledTemplate {
            id: stored.id,
            name: t.name,
            channels: t.channels.iter().filter_map(|c| c.parse().ok()).collect(),
            language: t.language,
            subject: subject.text,
            body: body.text,
            personal: t.personal,
            missing: body.missing,
            missing_in_subject: subject.missing,
        });
    }
    // The contact's own channel and language first, then those they can be reached
    // on, then those with a value for every field, personal before generic; a
    // campaign's template leads whatever it is.
    filled.sort_by_cached_key(|t| {
        (
            request.template_id.as_deref() != Some(t.id.as_str()),
            !preferred.is_some_and(|p| t.channels.contains(&p)),
            t.language != language,
            !t.channels.iter().any(|c| reachable.contains(c)),
            !t.missing.is_empty(),
            !t.personal,
            crate::domain::text::fold(&t.name),
        )
    });
    Ok(Draft {
        templates: filled,
        reachable,
        preferred,
        campaign_id: request.campaign_id.clone(),
        do_not_contact: contact.asked_not_to_be_contacted(),
    })
}

fn template_word(template: &FilledTemplate) -> (String, String) {
    (
        template.id.clone(),
        format!("{} · {}", template.name, template.language),
    )
}

/// The dialog, the first template chosen (or none when none can go to the contact).
fn form(contact: &Contact, draft: Draft, request: &SendRequest) -> Form {
    let mut words = vec![super::field_words::choice_word(NONE)];
    words.extend(draft.templates.iter().map(template_word));
    let first = draft
        .templates
        .first()
        .filter(|t| {
            request.template_id.as_deref() == Some(t.id.as_str())
                || t.channels.iter().any(|c| draft.reachable.contains(c))
        })
        .map_or(NONE.to_string(), |t| t.id.clone());
    let channels = MESSAGE_CHANNELS
        .iter()
        .map(|c| (c.to_string(), c.label()))
        .collect();
    let mut form = Form::for_contact(FormKind::Send, &contact.id, &contact.name);
    form.fields = vec![
        Field::new("Template", &first, "")
            .with_words(words)
            .choices_only(),
        Field::new("Channel", "", "")
            .with_words(channels)
            .choices_only(),
        Field::new("Subject", "", "email only"),
        Field::new("Message", "", "Enter breaks the line; Ctrl-S sends"),
    ];
    form.fields[3].multiline = true;
    form.draft = Some(Box::new(draft));
    template_chosen(&mut form);
    form
}

/// The template chosen now, none for a message written from nothing.
fn chosen(form: &Form) -> Option<&FilledTemplate> {
    let id = form.fields.first()?.stored();
    form.draft.as_ref()?.templates.iter().find(|t| t.id == id)
}

/// Refills the dialog from the template chosen: its subject and text, and the first
/// of its channels the contact can be reached on (their preferred one if it is).
pub(crate) fn template_chosen(form: &mut Form) {
    let Some(draft) = form.draft.as_deref() else {
        return;
    };
    let template = chosen(form).cloned();
    let channel = {
        let usable = |c: &InteractionKind| draft.reachable.contains(c);
        let offered: Vec<InteractionKind> = match &template {
            Some(t) => t.channels.clone(),
            None => MESSAGE_CHANNELS.to_vec(),
        };
        draft
            .preferred
            .filter(|p| offered.contains(p) && usable(p))
            .or_else(|| offered.iter().copied().find(usable))
            .or_else(|| offered.first().copied())
            .unwrap_or(InteractionKind::Whatsapp)
    };
    let set = |field: &mut Field, value: &str| {
        field.value = value.to_string();
        field.initial = value.to_string();
        field.after_cursor = 0;
        field.selected = false;
    };
    set(&mut form.fields[1], &channel.label());
    // Only the template's channels are offered; a message from nothing goes any way.
    form.fields[1].choices = MESSAGE_CHANNELS
        .iter()
        .filter(|c| template.as_ref().is_none_or(|t| t.channels.contains(c)))
        .map(|c| c.label())
        .collect();
    let (subject, body) = template
        .as_ref()
        .map_or((String::new(), String::new()), |t| {
            (t.subject.clone(), t.body.clone())
        });
    set(&mut form.fields[2], &subject);
    set(&mut form.fields[3], &body);
    channel_chosen(form);
}

/// A choice stepped to in the template's field (which refills the dialog) or the
/// channel's (which says again what it lacks).
pub(crate) fn chosen_again(form: &mut Form) {
    match form.focus {
        0 => template_chosen(form),
        _ => channel_chosen(form),
    }
}

/// What the dialog says of the channel chosen now: a way the contact cannot be
/// reached, or the fields its template leaves without a value on it.
pub(crate) fn channel_chosen(form: &mut Form) {
    let Some(draft) = form.draft.as_deref() else {
        return;
    };
    let channel = form.fields[1].stored().parse::<InteractionKind>().ok();
    form.error = match (channel, chosen(form)) {
        _ if draft.reachable.is_empty() => Some(crate::t!("send-unreachable")),
        (Some(channel), _) if !draft.reachable.contains(&channel) => Some(crate::t!(
            "send-not-reachable-on",
            channel = channel.label()
        )),
        (Some(channel), Some(template)) => {
            let missing = template.missing_on(channel);
            (!missing.is_empty()).then(|| missing_said(&missing))
        }
        _ => None,
    };
    if draft.do_not_contact && form.error.is_none() {
        form.error = Some(super::reach::DO_NOT_CONTACT.to_string());
    }
}

fn missing_said(fields: &[String]) -> String {
    let named: Vec<String> = fields.iter().map(|f| format!("{{{f}}}")).collect();
    crate::t!("send-missing", fields = named.join(", "))
}

/// Sends the dialog's message: checks it, logs it as opened (ticking the campaign's
/// row), and hands it to its app. Returns what to tell the user.
pub(crate) fn save(
    store: &mut Store,
    form: &Form,
    contact_id: &str,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let channel: InteractionKind = form.fields[1]
        .stored()
        .parse()
        .map_err(|_| crate::t!("send-no-channel"))?;
    let text = form.value("Message").trim().to_string();
    if text.is_empty() {
        return Err(crate::t!("send-empty").into());
    }
    let template = chosen(form);
    if let Some(template) = template {
        if !template.channels.contains(&channel) {
            return Err(crate::t!(
                "send-not-for-channel",
                template = template.name.as_str(),
                channel = channel.label()
            )
            .into());
        }
        // Read as filling reads them: `{Due}` is the field `due`.
        let mut written = fields_used(&text);
        if channel == InteractionKind::Email {
            written.extend(fields_used(form.value("Subject")));
        }
        let left: Vec<String> = template
            .missing_on(channel)
            .into_iter()
            .filter(|f| written.contains(f))
            .collect();
        if !left.is_empty() {
            return Err(missing_said(&left).into());
        }
    }
    let contact = store.contact(contact_id)?;
    let message = Outgoing {
        contact_id: contact_id.to_string(),
        channel,
        subject: (channel == InteractionKind::Email)
            .then(|| clean_line(form.value("Subject")))
            .filter(|s| !s.is_empty()),
        text,
        template: template.map(|t| t.name.clone()),
    };
    // Checked before anything is logged: a message that cannot be opened is not sent.
    let link = link_for(store, &contact, &message)?;
    let campaign = form.draft.as_ref().and_then(|d| d.campaign_id.as_deref());
    store.log_opened_for(now, &message, campaign)?;
    let opener = crate::io::opener::Opener::from_config(store.config().opener.as_deref());
    Ok(match super::clipboard::open_link(&opener, &link) {
        Ok(()) => {
            let opened = crate::t!(
                "send-opened",
                channel = channel.label(),
                name = contact.name.as_str()
            );
            opened + &crate::t!("hint-send-confirm")
        }
        Err(e) => crate::t!(
            "send-opener-failed",
            opener = opener.name(),
            error = e.to_string()
        ),
    })
}

/// `s` on the Timeline or on an open entry: the selected message opened earlier is
/// confirmed as sent.
pub(crate) fn confirm(state: &State) -> Vec<Effect> {
    let item = match &state.overlay {
        Some(super::app::Overlay::Entry(view)) => Some(&view.item),
        _ if state.tab == Tab::Timeline => state.selected_entry(),
        _ => None,
    };
    match item {
        Some(item)
            if crate::domain::interaction::is_unsent_message(
                item.kind,
                item.direction,
                item.outcome.as_deref(),
            ) =>
        {
            vec![Effect::ConfirmSent {
                id: item.id.clone(),
                contact_id: item.contact_id.clone(),
            }]
        }
        _ => Vec::new(),
    }
}

/// Why `s` cannot act: no message waiting to be confirmed is selected.
pub(crate) fn confirm_refusal(state: &State) -> Result<(), &'static str> {
    let item = match &state.overlay {
        Some(super::app::Overlay::Entry(view)) => Some(&view.item),
        _ => state.selected_entry(),
    };
    let outcome = item.and_then(|item| item.outcome.as_deref());
    let unsent = item.is_some_and(|item| {
        crate::domain::interaction::is_unsent_message(item.kind, item.direction, outcome)
    });
    match outcome {
        _ if unsent => Ok(()),
        Some(sent) if sent.eq_ignore_ascii_case(crate::domain::interaction::SENT) => {
            Err(ALREADY_SENT)
        }
        _ => Err(NOT_OPENED),
    }
}

pub const NOT_OPENED: &str =
    "Select a message marked opened (sent from the desk) to confirm it was sent.";
pub const ALREADY_SENT: &str = "This message was confirmed as sent already.";

#[cfg(test)]
#[path = "send_tests.rs"]
mod tests;
