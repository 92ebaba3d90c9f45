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
        // The link follows the first ": ", which no way's name holds.
        choices.push(format!(
            "{}: https://wa.me/{digits}",
            crate::t!("reach-whatsapp")
        ));
        choices.push(format!("{}: tel:{phone}", crate::t!("reach-call")));
        choices.push(format!("{}: sms:{phone}", crate::t!("reach-sms")));
    }
    if let Some(email) = contact.emails.first() {
        choices.push(format!("{}: mailto:{email}", crate::t!("reach-email")));
    }
    choices
}

/// What the picker says of a contact flagged do-not-contact: the ways stay offered
/// (they may have written first), but nobody reaches out without being told.
pub(crate) const DO_NOT_CONTACT: &str =
    "⊘ do-not-contact: they asked not to be contacted; reach out only to answer them";

/// The picker for the contact; none when there is no phone or email to offer.
pub(crate) fn form(contact: &Contact) -> Option<Form> {
    let choices = choices(contact);
    if choices.is_empty() {
        return None;
    }
    let mut form = Form::reach(&contact.id, &contact.name, choices);
    if contact.asked_not_to_be_contacted() {
        form.error = Some(DO_NOT_CONTACT.to_string());
    }
    Some(form)
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_contact_who_asked_not_to_be_contacted_is_said_so_when_reached() {
        let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
        let mut contact = Contact::new_lead("c-1".into(), "Tóth Péter".into(), now, "Dana");
        contact.emails.push("peter@example.hu".into());
        assert_eq!(form(&contact).and_then(|f| f.error), None);
        contact.flags.push("do-not-contact".into());
        let picker = form(&contact).expect("an email to offer");
        assert_eq!(picker.error.as_deref(), Some(DO_NOT_CONTACT));
        assert_eq!(picker.fields[0].choices.len(), 1, "the ways stay offered");
    }
}
