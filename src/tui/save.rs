//! Turning a filled form into store writes. Every field is checked before anything
//! is written; a problem comes back as a message the form shows, with the text kept.

use super::forms::{Form, FormKind, Meanwhile, field_problem};
use crate::domain::deal::{already_open, parse_amount};
use crate::domain::text::{clean_line, clean_text, non_empty};
use crate::domain::when::parse_when_local;
use crate::domain::{Contact, Deal, Interaction, InteractionKind, Phone, Task};
use crate::store::{Decision, Store, StoreError, new_id};
use chrono::{DateTime, Utc};

/// Why a form was not saved.
#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// A field is wrong, or the store refused: the message says which.
    Invalid(String),
    /// What the form would replace was changed elsewhere since it opened.
    ChangedMeanwhile {
        theirs: Vec<Meanwhile>,
        message: String,
    },
    /// Another writer held the file past the wait: nothing of this form was written
    /// (of a call with a follow-up, the call may have been: then this is the
    /// follow-up's form). None inside the saving, where the form is not at hand.
    Held(Option<Box<Form>>),
}

impl From<StoreError> for Refusal {
    fn from(error: StoreError) -> Refusal {
        match error {
            StoreError::Locked { .. } => Refusal::Held(None),
            error => Refusal::Invalid(error.to_string()),
        }
    }
}

impl From<String> for Refusal {
    fn from(message: String) -> Refusal {
        Refusal::Invalid(message)
    }
}

impl From<&str> for Refusal {
    fn from(message: &str) -> Refusal {
        Refusal::Invalid(message.to_string())
    }
}

/// Saves the form; Ok is what to tell the user and the contact it concerns. A form
/// saved again after `Refusal::Held` must be given the same `now`, so that "in 2h"
/// means what it meant when it was first saved.
pub fn save(
    store: &mut Store,
    form: &Form,
    now: DateTime<Utc>,
) -> Result<(String, String), Refusal> {
    save_fields(store, form, now).map_err(|refusal| match refusal {
        // A message kept to be sent later would open its app minutes after the user
        // moved on: it is refused, the text kept in the dialog, to send again.
        Refusal::Held(None) if form.kind == FormKind::Send => {
            Refusal::Invalid(crate::t!("send-file-busy"))
        }
        Refusal::Held(None) => Refusal::Held(Some(Box::new(form.clone()))),
        refusal => refusal,
    })
}

fn save_fields(
    store: &mut Store,
    form: &Form,
    now: DateTime<Utc>,
) -> Result<(String, String), Refusal> {
    match form.kind {
        FormKind::NewLead => Ok(new_lead(store, form, now)?),
        kind => {
            let contact_id = form.contact_id.clone().ok_or("no contact is selected")?;
            let message = match kind {
                FormKind::Log(channel) => log(store, form, channel, &contact_id, now)?,
                FormKind::Correct(_) => super::entry::save_correction(store, form, now)?,
                FormKind::Task => {
                    let title = non_empty(Some(form.value("What"))).ok_or("say what to do")?;
                    let due_at = parse_when_local(form.value("Due"), now)?;
                    add_task(store, &contact_id, title, due_at, now)?;
                    crate::t!("saved-follow-up", name = &form.contact_name)
                }
                FormKind::Drop => {
                    let reason = non_empty(Some(form.value("Reason")))
                        .ok_or("give a reason (↑/↓ offers some)")?;
                    store.triage(now, &contact_id, Decision::Drop(reason))?;
                    crate::t!("saved-dropped", name = &form.contact_name)
                }
                FormKind::Convert => convert(store, form, &contact_id, now)?,
                FormKind::Nurture => nurture(store, form, &contact_id, now)?,
                FormKind::Send => super::send::save(store, form, &contact_id, now)?,
                // Saved by the Campaigns screen, which has no contact to reload.
                FormKind::Campaign | FormKind::Template => {
                    return Err("this dialog is not saved this way".into());
                }
                FormKind::Assign => assign(store, form, &contact_id, now)?,
                FormKind::LoseDeal => {
                    let reason = non_empty(Some(form.value("Reason")))
                        .ok_or("say why it was lost (↑/↓ offers some)")?;
                    let deal_id = form.deal_id.as_deref().ok_or("no deal is selected")?;
                    let pipeline = store.config().pipeline();
                    let deal = store.move_deal(
                        now,
                        &pipeline,
                        deal_id,
                        crate::domain::deal::LOST,
                        Some(&reason),
                    )?;
                    let reason =
                        crate::domain::said::shown(crate::domain::said::List::Reason, &reason);
                    crate::t!(
                        "saved-deal-lost",
                        title = &deal.title,
                        reason = reason.as_ref()
                    )
                }
                FormKind::NewLead => unreachable!("handled above"),
                FormKind::Reach => {
                    return Err("choose a way to reach them, then open it".into());
                }
                FormKind::Import => unreachable!("an import is started, not saved"),
                // The Tasks screen's dialogs are read by `tasks`, never saved as forms.
                FormKind::Snooze | FormKind::TaskOwner => {
                    return Err("this dialog is not saved as a form".into());
                }
                FormKind::EditContact => super::edit_contact::save(store, form, &contact_id, now)?,
                FormKind::NewDeal => super::deal_form::save_new(store, form, &contact_id, now)?,
                FormKind::EditDeal => super::deal_form::save_edit(store, form, now)?,
                // Applied by their screens' modules, which never hand them to the store.
                FormKind::ContactFilters | FormKind::AddToAccount => {
                    return Err("this dialog is not saved this way".into());
                }
            };
            Ok((message, contact_id))
        }
    }
}

/// Gives the lead an owner, unless someone else changed its owner since the form
/// opened and this would overwrite that unseen: then both are shown, and saving
/// again replaces theirs knowingly.
fn assign(
    store: &mut Store,
    form: &Form,
    contact_id: &str,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let owner = non_empty(Some(form.value("Owner")));
    let mut meanwhile = None;
    let saved = store.edit_contact(now, contact_id, |_, c| {
        let stored = c.owner.clone().unwrap_or_default();
        let mine = owner.clone().unwrap_or_default();
        if form.shown.as_ref().is_some_and(|shown| *shown != stored) && mine != stored {
            meanwhile = Some((stored, c.updated_by.clone(), c.updated_at));
            return Err(crate::store::StoreError::Cancelled); // rolls the edit back
        }
        c.owner = owner.clone();
        Ok(())
    });
    if let Some((theirs, by, at)) = meanwhile {
        let name = |owner: &str| match owner {
            "" => crate::t!("timeline-nobody"),
            owner => format!("\"{}\"", clean_line(owner)),
        };
        let message = crate::t!(
            "desk-owner-changed-meanwhile",
            theirs = name(&theirs),
            by = clean_line(&by),
            at = crate::i18n::format::time(&at.with_timezone(&chrono::Local)),
            yours = name(&owner.clone().unwrap_or_default())
        );
        let theirs = vec![Meanwhile {
            field: "Owner",
            theirs,
            note: message.clone(),
        }];
        return Err(Refusal::ChangedMeanwhile { theirs, message });
    }
    saved?;
    let owner = owner.unwrap_or_else(|| crate::t!("timeline-nobody"));
    Ok(crate::t!(
        "saved-owner",
        name = &form.contact_name,
        owner = owner
    ))
}

fn log(
    store: &mut Store,
    form: &Form,
    channel: InteractionKind,
    contact_id: &str,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let direction = match form.value("Direction") {
        "" => channel.default_direction(),
        word => Some(word.parse().map_err(|e| field_problem("Direction", e))?),
    };
    let duration_secs = match form.value("Duration") {
        "" => None,
        text => Some(
            crate::domain::when::parse_duration_secs(text)
                .map_err(|e| field_problem("Duration", e))?,
        ),
    };
    let occurred_at = match form.value("When") {
        "" => now,
        text => parse_when_local(text, now).map_err(|e| field_problem("When", e))?,
    };
    let follow_up = match form.value("Follow-up") {
        "" => None,
        text => Some(parse_when_local(text, now).map_err(|e| field_problem("Follow-up", e))?),
    };
    let item = Interaction {
        id: new_id(),
        contact_id: contact_id.to_string(),
        deal_id: None,
        kind: channel,
        direction: if matches!(channel, InteractionKind::Note | InteractionKind::Meeting) {
            None
        } else {
            direction
        },
        outcome: non_empty(Some(form.value("Outcome"))),
        duration_secs,
        subject: non_empty(Some(form.value("Subject"))),
        text: Some(clean_text(form.value("Text"))).filter(|t| !t.is_empty()),
        occurred_at,
        logged_by: store.user().to_string(),
        created_at: now,
        supersedes: None,
        template: None,
    };
    store.log_interaction(now, &item)?;
    if let Some(due_at) = follow_up {
        // Written in the user's language, as a task they typed would be.
        let title = crate::t!("said-task-follow-up", channel = channel.label());
        if let Err(refusal) = add_task(store, contact_id, title.clone(), due_at, now) {
            return Err(match refusal {
                // The call is in: only the follow-up is left to save.
                Refusal::Held(_) => {
                    let mut rest =
                        Form::for_contact(FormKind::Task, contact_id, &form.contact_name);
                    for field in &mut rest.fields {
                        field.value = match field.label {
                            "What" => title.clone(),
                            _ => form.value("Follow-up").to_string(),
                        };
                    }
                    Refusal::Held(Some(Box::new(rest)))
                }
                refusal => refusal,
            });
        }
    }
    Ok(crate::t!(
        "saved-logged",
        channel = channel.label(),
        name = &form.contact_name
    ))
}

fn add_task(
    store: &mut Store,
    contact_id: &str,
    title: String,
    due_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let owner = store.contact(contact_id)?.owner;
    let task = Task {
        id: new_id(),
        contact_id: contact_id.to_string(),
        title,
        due_at,
        done_at: None,
        owner,
        created_at: now,
    };
    Ok(store.add_task(now, &task)?)
}

fn convert(
    store: &mut Store,
    form: &Form,
    contact_id: &str,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let title = non_empty(Some(form.value("Deal"))).ok_or("the deal needs a title")?;
    let amount_minor = match form.value("Amount") {
        "" => 0,
        text => parse_amount(text)
            .ok_or_else(|| crate::t!("desk-amount-not-an-amount", typed = clean_line(text)))?,
    };
    let contact = store.contact(contact_id)?;
    let deals = store.deals_for(contact_id)?;
    // A second deal is asked about first: converting twice is more often a slip.
    if let Some(open) = deals.iter().find(|deal| deal.is_open())
        && form.shown.as_deref() != Some(open.id.as_str())
    {
        let message = crate::t!("desk-second-deal", open = already_open(&contact.name, open));
        let theirs = vec![Meanwhile {
            field: "Deal",
            theirs: open.id.clone(),
            note: message.clone(),
        }];
        return Err(Refusal::ChangedMeanwhile { theirs, message });
    }
    let pipeline = store.config().pipeline();
    let deal = Deal::open(
        new_id(),
        &contact,
        title.clone(),
        amount_minor,
        store.currency(),
        pipeline.first(),
        now,
    );
    store.triage(now, contact_id, Decision::Convert(Box::new(deal)))?;
    Ok(crate::t!("saved-deal-opened", title = title))
}

/// Nurtures the lead: the reason, if given, goes on the decision's timeline entry;
/// a come-back time adds a follow-up due then, in the same change (one `u`).
fn nurture(
    store: &mut Store,
    form: &Form,
    contact_id: &str,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let back_on = match form.value("Come back") {
        "" => None,
        text => Some(parse_when_local(text, now).map_err(|e| field_problem("Come back", e))?),
    };
    if back_on.is_some_and(|at| at < now) {
        return Err("Come back: that is past; say when to come back to the lead".into());
    }
    let contact = store.contact(contact_id)?;
    let reason = non_empty(Some(form.value("Reason")));
    let decision = Decision::nurture(&contact, reason, back_on, (now, store.user()));
    let contact = store.triage(now, contact_id, decision)?;
    let name = clean_line(&contact.name);
    Ok(match back_on {
        Some(at) => {
            let when = crate::i18n::format::weekday_date_time(&at.with_timezone(&chrono::Local));
            crate::t!("saved-nurturing-until", name = name, when = when)
        }
        None => crate::t!("saved-nurturing", name = name),
    })
}

fn new_lead(
    store: &mut Store,
    form: &Form,
    now: DateTime<Utc>,
) -> Result<(String, String), Refusal> {
    let name = clean_line(form.value("Name"));
    if name.is_empty() {
        return Err("the lead needs a name".into());
    }
    let mut lead = Contact::new_lead(new_id(), name, now, store.user());
    let phone = form.value("Phone");
    if !phone.is_empty() {
        lead.phones.push(Phone::parse(phone, store.region()));
    }
    let email = form.value("Email");
    if !email.is_empty() {
        let email = crate::domain::contact::normalize_email(email)
            .ok_or_else(|| crate::t!("desk-not-an-email", typed = clean_line(email)))?;
        lead.emails.push(email);
    }
    lead.source = non_empty(Some(form.value("Source")));
    let (contact, created) = store.add_lead(now, &lead)?;
    let message = if created {
        let added = crate::t!("saved-added", name = &contact.name);
        format!("{added}{}", super::undo::next_key_hint())
    } else {
        crate::t!("saved-came-back", name = &contact.name)
    };
    Ok((message, contact.id))
}
