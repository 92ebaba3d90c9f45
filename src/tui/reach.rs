//! Reaching a contact (`o`): the ways offered are built here from the contact
//! itself, so that every screen offers the same ones. The Timeline has the contact
//! loaded; the lists know only a row, so the contact is read from the store first.

use super::app::{Action, Effect, Overlay, State, Tab};
use super::forms::Form;
use crate::domain::Contact;

/// Every way to reach the contact, each "what: link": a WhatsApp chat, a call and a
/// text message to the primary phone, and a new email to the first address.
pub(crate) fn choices(contact: &Contact) -> Vec<String> {
    let mut choices = Vec::new();
    if let Some(phone) = contact.primary_phone() {
        let phone = phone.display();
        let digits = crate::domain::phone::digits(phone);
        choices.push(format!("WhatsApp chat: https://wa.me/{digits}"));
        choices.push(format!("Phone call: tel:{phone}"));
        choices.push(format!("Text message: sms:{phone}"));
    }
    if let Some(email) = contact.emails.first() {
        choices.push(format!("New email: mailto:{email}"));
    }
    choices
}

/// The picker for the contact; none when there is no phone or email to offer.
pub(crate) fn form(contact: &Contact) -> Option<Form> {
    let choices = choices(contact);
    (!choices.is_empty()).then(|| Form::reach(&contact.id, &contact.name, choices))
}

/// `o`: the picker at once for the open contact, or the selected one read first.
pub(crate) fn start(state: &mut State) -> Vec<Effect> {
    if let (Tab::Timeline | Tab::Score, Some(page)) = (state.tab, &state.page) {
        match form(&page.contact) {
            Some(form) => state.overlay = Some(Overlay::Form(form)),
            None => state.message = Some(super::actions::NOTHING_TO_REACH.to_string()),
        }
        return Vec::new();
    }
    match state.current_contact() {
        Some((contact_id, _)) => vec![Effect::LoadReach(contact_id)],
        None => Vec::new(),
    }
}

/// What reading the contact for the picker ends in.
pub(crate) fn loaded(contact: &Contact) -> Action {
    match form(contact) {
        Some(form) => Action::ReachLoaded(Box::new(form)),
        None => Action::Failed(super::actions::NOTHING_TO_REACH.to_string()),
    }
}
