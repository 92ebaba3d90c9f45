//! The edit form (`E`): every field of a contact the command line's `edit` changes,
//! prefilled from the contact as loaded when the form opened. Only the fields the
//! user changed are written, each checked as the command line checks it, in one
//! store edit; a changed field whose stored value moved meanwhile (another process,
//! a sync) is shown instead of overwritten, and saving again overwrites it knowingly.

use super::app::{Effect, Overlay, State};
use super::field_words::{choice_word, enum_words};
use super::forms::{Field, Form, FormKind, Meanwhile};
use super::save::Refusal;
use crate::domain::contact_edit::{
    ReasonProblem, add_flag, check_reason, read_channel, read_email, read_name, read_phone,
    read_quality,
};
use crate::domain::phone::Region;
use crate::domain::said::DROP_REASONS;
use crate::domain::text::{clean_line, clean_line_cut, clean_text, fold, non_empty};
use crate::domain::{Contact, InteractionKind, LeadStatus, Lifecycle, Membership, Origin, Role};
use crate::store::{Store, StoreError};
use chrono::{DateTime, Utc};
use std::str::FromStr;

/// The form's fields in order, with what may be typed in each.
const FIELDS: &[(&str, &str)] = &[
    ("Name", "the name shown everywhere"),
    ("Aliases", "other spellings, comma-separated"),
    (
        "Phones",
        "comma-separated; the first is the primary: move one first to make it primary",
    ),
    ("Emails", "comma-separated"),
    ("Account", "the company"),
    ("Role", "at the company; ↑/↓ offers the roles"),
    ("Source", "e.g. Facebook ad, Referral"),
    ("Campaign", ""),
    ("Origin", "↑/↓: none, inbound, outbound"),
    (
        "Owner",
        "type to narrow, ↑/↓ picks one the file knows; empty: nobody",
    ),
    ("Lifecycle", "↑/↓ steps through the stages"),
    ("Status", "↑/↓; disqualified needs a reason"),
    ("Reason", "why disqualified (↑/↓ offers some)"),
    ("Quality", "1 to 5, or empty"),
    (
        "Flags",
        "comma-separated: vip, bad-payer, returning, any other",
    ),
    (
        "Channel",
        "preferred: ↑/↓ call, whatsapp, email, sms, meeting",
    ),
    ("Best time", "e.g. mornings, after 17:00"),
    ("Notes", "Enter breaks the line; Ctrl-S saves"),
];

const NONE: &str = "none";
/// The ways a contact may prefer to be reached (after "none").
const CHANNELS: &[InteractionKind] = crate::domain::contact_edit::PREFERRED_CHANNELS;

/// The edit form for `contact`, the owner offered from `people`.
pub fn form(contact: &Contact, people: &[String]) -> Form {
    let mut form = Form::for_contact(FormKind::EditContact, &contact.id, &contact.name);
    form.fields = FIELDS
        .iter()
        .map(|(label, hint)| Field::new(label, &field_text(contact, label), hint))
        .map(|field| with_choices(field, people))
        .collect();
    form
}

/// "none", then the words of a list.
fn or_none_of<T: Copy + std::fmt::Display + crate::domain::contact::Labelled>(
    all: &[T],
) -> Vec<(String, String)> {
    std::iter::once(choice_word(NONE))
        .chain(enum_words(all))
        .collect()
}

fn with_choices(field: Field, people: &[String]) -> Field {
    match field.label {
        "Role" => field.with_words(or_none_of(Role::ALL)),
        "Origin" => field.with_words(or_none_of(Origin::ALL)),
        "Lifecycle" => field.with_words(enum_words(Lifecycle::ALL)),
        "Status" => field.with_words(enum_words(LeadStatus::ALL)),
        "Reason" => field.with_reasons(DROP_REASONS),
        "Channel" => field.with_words(or_none_of(CHANNELS)),
        "Owner" => Field {
            filters_choices: true,
            ..field.with_choices(people)
        },
        "Notes" => Field {
            multiline: true,
            ..field
        },
        _ => field,
    }
}

/// A field's value as the form shows it: what it is prefilled with, and what a stored
/// value is compared in when saving.
fn field_text(c: &Contact, label: &str) -> String {
    let or_none = |word: Option<&str>| word.unwrap_or(NONE).to_string();
    match label {
        "Name" => c.name.clone(),
        "Aliases" => c.aliases.join(", "),
        "Phones" => {
            let phones: Vec<&str> = c.phones.iter().map(|p| p.display()).collect();
            phones.join(", ")
        }
        "Emails" => c.emails.join(", "),
        "Account" => c.company().unwrap_or_default().to_string(),
        "Role" => or_none(c.accounts.first().and_then(|m| m.role).map(Role::as_str)),
        "Source" => c.source.clone().unwrap_or_default(),
        "Campaign" => c.campaign.clone().unwrap_or_default(),
        "Origin" => or_none(c.origin.map(Origin::as_str)),
        "Owner" => c.owner.clone().unwrap_or_default(),
        "Lifecycle" => c.lifecycle.to_string(),
        "Status" => c.status.to_string(),
        "Reason" => c.disqualified_reason.clone().unwrap_or_default(),
        "Quality" => c.quality.map(|q| q.to_string()).unwrap_or_default(),
        "Flags" => c.flags.join(", "),
        "Channel" => or_none(c.preferred_channel.as_deref()),
        "Best time" => c.best_time.clone().unwrap_or_default(),
        "Notes" => c.notes.clone().unwrap_or_default(),
        _ => String::new(),
    }
}

fn list(typed: &str) -> impl Iterator<Item = &str> {
    typed.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// A word of a choice, or none ("" or "none").
fn word<T: FromStr<Err = String>>(typed: &str) -> Result<Option<T>, String> {
    match typed.trim() {
        "" | NONE => Ok(None),
        typed => typed.parse().map(Some),
    }
}

/// Puts one field's typed value on the contact, read as the command line reads it;
/// the error is the problem, without the field's name.
fn apply(
    c: &mut Contact,
    label: &str,
    typed: &str,
    region: Region,
    warnings: &mut Vec<String>,
) -> Result<(), String> {
    match label {
        "Name" => {
            c.name = read_name(typed)?;
            // A name that was an alias is the name now, no longer an alias.
            let name = c.name.clone();
            c.remove_alias(&name);
        }
        "Aliases" => {
            c.aliases = list(typed).map(clean_line).collect();
            c.tidy_aliases();
        }
        "Phones" => c.phones = read_phones(c, typed, region, warnings),
        "Emails" => {
            c.emails = Vec::new();
            for email in list(typed) {
                let email = read_email(email)?;
                if !c.emails.contains(&email) {
                    c.emails.push(email);
                }
            }
        }
        "Account" => set_account(c, typed),
        "Role" => {
            let role = word::<Role>(typed)?;
            match c.accounts.first_mut() {
                Some(membership) => membership.role = role,
                None if role.is_some() => {
                    return Err("the contact belongs to no company; fill Account too".into());
                }
                None => {}
            }
        }
        "Source" => c.source = non_empty(Some(typed)),
        "Campaign" => c.campaign = non_empty(Some(typed)),
        "Origin" => c.origin = word(typed)?,
        "Owner" => c.owner = non_empty(Some(typed)),
        "Lifecycle" => c.lifecycle = typed.parse()?,
        "Status" => {
            c.status = typed.parse()?;
            if c.status != LeadStatus::Disqualified {
                c.disqualified_reason = None;
            }
        }
        "Reason" => c.disqualified_reason = non_empty(Some(typed)),
        "Quality" => c.quality = read_quality(typed)?,
        "Flags" => {
            c.flags = Vec::new();
            for flag in list(typed) {
                add_flag(c, flag);
            }
        }
        "Channel" => {
            c.preferred_channel = match typed.trim() {
                NONE => None,
                typed => read_channel(typed),
            }
        }
        "Best time" => c.best_time = non_empty(Some(typed)),
        "Notes" => c.notes = Some(clean_text(typed)).filter(|n| !n.is_empty()),
        _ => {}
    }
    Ok(())
}

/// The phones as typed, in order; a number the contact has keeps its stored entry,
/// so that only numbers added, removed or moved are written.
fn read_phones(
    c: &Contact,
    typed: &str,
    region: Region,
    warnings: &mut Vec<String>,
) -> Vec<crate::domain::Phone> {
    let mut phones: Vec<crate::domain::Phone> = Vec::new();
    for entry in list(typed) {
        let (phone, warning) = read_phone(entry, region);
        let known = c
            .phones
            .iter()
            .find(|p| p.same_number(&phone) || p.raw == entry);
        if phones.iter().any(|p| p.same_number(&phone)) {
            continue;
        }
        match known {
            Some(known) => phones.push(known.clone()),
            None => {
                warnings.extend(warning);
                phones.push(phone);
            }
        }
    }
    phones
}

/// The first company is the one the form shows: typing another puts the contact
/// there instead, with the same role; emptying it leaves the company.
fn set_account(c: &mut Contact, typed: &str) {
    let Some(account) = non_empty(Some(typed)) else {
        if !c.accounts.is_empty() {
            c.accounts.remove(0);
        }
        return;
    };
    if c.company()
        .is_some_and(|first| fold(first) == fold(&account))
    {
        return;
    }
    let role = if c.accounts.is_empty() {
        None
    } else {
        c.accounts.remove(0).role
    };
    match c
        .accounts
        .iter()
        .position(|m| fold(&m.account) == fold(&account))
    {
        Some(index) => {
            let membership = c.accounts.remove(index);
            c.accounts.insert(0, membership);
        }
        None => c.accounts.insert(
            0,
            Membership {
                account_id: String::new(),
                account,
                role,
            },
        ),
    }
}

/// A field's value the form refuses, and why.
struct Problem {
    field: &'static str,
    problem: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The field as the form labels it, the problem in the user's language.
        let field = super::forms::label_shown(self.field);
        let problem = crate::i18n::from_english(&self.problem);
        write!(f, "{field}: {problem}")
    }
}

/// Puts every changed field on `c`; the first problem names its field.
fn apply_changes(
    form: &Form,
    c: &mut Contact,
    region: Region,
    warnings: &mut Vec<String>,
) -> Result<(), Problem> {
    for field in form.fields.iter().filter(|f| f.touched()) {
        apply(c, field.label, field.stored(), region, warnings).map_err(|problem| Problem {
            field: field.label,
            problem,
        })?;
    }
    let changed = |label| form.fields.iter().any(|f| f.label == label && f.touched());
    if changed("Status") || changed("Reason") {
        let status = form.value("Status").parse().ok();
        // The reason counts when typed, or when the status needs one; one left from
        // before goes with the status it belonged to.
        let reason = (changed("Reason") || status == Some(LeadStatus::Disqualified))
            .then(|| form.value("Reason"))
            .filter(|reason| !reason.is_empty());
        let problem = match check_reason(status, reason) {
            Err(ReasonProblem::Missing) => "a disqualified lead needs a reason (↑/↓ offers some)",
            Err(ReasonProblem::NotDisqualified) => {
                "only a disqualified lead has one; set Status to disqualified, or empty it"
            }
            Ok(()) => return Ok(()),
        };
        return Err(Problem {
            field: "Reason",
            problem: problem.into(),
        });
    }
    Ok(())
}

/// Ctrl-S: the form's own checks, before anything reaches the store (all but the
/// phones, which are never refused); nothing changed closes the form.
pub(crate) fn on_save(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &mut state.overlay else {
        return Vec::new();
    };
    if !form.fields.iter().any(Field::touched) {
        state.message = Some("Nothing changed: nothing to save.".into());
        state.overlay = None;
        return Vec::new();
    }
    // The form as it opened, so that a rule across fields (a role needs a company)
    // sees the fields left as they were.
    let mut scratch = Contact::new_lead(String::new(), String::new(), state.now, &state.user);
    for field in form.fields.iter().filter(|f| !f.touched()) {
        let _ = apply(
            &mut scratch,
            field.label,
            field.stored(),
            Region::US,
            &mut Vec::new(),
        );
    }
    for field in &mut form.fields {
        field.note = None;
    }
    match apply_changes(form, &mut scratch, Region::US, &mut Vec::new()) {
        Ok(()) => vec![Effect::SaveForm(form.clone())],
        Err(refused) => {
            // The field is brought into sight, with the problem under it.
            if let Some(index) = form.fields.iter().position(|f| f.label == refused.field) {
                form.focus = index;
                form.fields[index].note = Some(refused.problem.clone());
            }
            form.error = Some(refused.to_string());
            state.message = Some(refused.to_string());
            Vec::new()
        }
    }
}

/// Writes the changed fields in one store edit, unless one of them was changed
/// meanwhile: then nothing is written and each such field is shown.
pub(crate) fn save(
    store: &mut Store,
    form: &Form,
    contact_id: &str,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let region = store.region();
    let mut warnings = Vec::new();
    let mut refusal = None;
    let saved = store.edit_contact(now, contact_id, |_, c| {
        let stored = c.clone();
        let applied = apply_changes(form, c, region, &mut warnings).map_err(|p| p.to_string());
        let theirs = || {
            let at = stored
                .updated_at
                .with_timezone(&chrono::Local)
                .format("%H:%M");
            changed_meanwhile(
                form,
                |label| field_text(&stored, label),
                Some(&stored.updated_by),
                &at,
            )
        };
        refuse_unless_clean(applied, theirs, &mut refusal)
    });
    if let Some(refusal) = refusal {
        return Err(refusal);
    }
    let contact = saved?;
    let mut message = crate::t!(
        "desk-contact-saved",
        name = contact.name.as_str(),
        fields = changed_labels(form)
    );
    for warning in warnings {
        let warning = crate::i18n::notices::shown(&warning).into_owned();
        message.push_str(&crate::t!("desk-warning", warning = warning));
    }
    Ok(message)
}

/// Inside a store edit: a problem with what was typed, or else a field changed
/// meanwhile, is kept in `refusal` and cancels the edit (nothing is written).
pub(crate) fn refuse_unless_clean(
    applied: Result<(), String>,
    theirs: impl FnOnce() -> Vec<Meanwhile>,
    refusal: &mut Option<Refusal>,
) -> Result<(), StoreError> {
    let refused = match applied {
        Err(problem) => Some(Refusal::Invalid(problem)),
        Ok(()) => Some(theirs())
            .filter(|theirs| !theirs.is_empty())
            .map(meanwhile_refusal),
    };
    match refused {
        Some(refused) => {
            *refusal = Some(refused);
            Err(StoreError::Cancelled) // rolls the edit back
        }
        None => Ok(()),
    }
}

/// The fields the user changed, as a save's message lists them: "amount, owner".
pub(crate) fn changed_labels(form: &Form) -> String {
    let changed: Vec<String> = form
        .fields
        .iter()
        .filter(|f| f.touched())
        .map(|f| f.shown_label().to_lowercase())
        .collect();
    changed.join(", ")
}

/// The changed fields whose stored value (as `stored_text` shows a field) is no
/// longer the one the form opened with, nor the one the user typed.
pub(crate) fn changed_meanwhile(
    form: &Form,
    stored_text: impl Fn(&str) -> String,
    by: Option<&str>,
    at: &impl std::fmt::Display,
) -> Vec<Meanwhile> {
    form.fields
        .iter()
        .filter(|f| f.touched())
        .filter_map(|field| {
            let theirs = field.shown_word(&stored_text(field.label));
            let moved = theirs.trim() != field.initial.trim();
            (moved && theirs.trim() != field.value.trim())
                .then(|| meanwhile_field(field.label, theirs, by, at))
        })
        .collect()
}

/// A field changed elsewhere since its form opened: the stored value, and what to
/// say under the field (who changed it, when known, and at what time).
pub(crate) fn meanwhile_field(
    field: &'static str,
    theirs: String,
    by: Option<&str>,
    at: &impl std::fmt::Display,
) -> Meanwhile {
    let shown = match clean_line_cut(&theirs, 40) {
        line if line.is_empty() => crate::t!("desk-nothing"),
        line => format!("\"{line}\""),
    };
    let at = at.to_string();
    let note = match by {
        Some(by) => crate::t!(
            "desk-changed-meanwhile-by",
            value = shown,
            by = clean_line(by),
            at = at
        ),
        None => crate::t!("desk-changed-meanwhile", value = shown, at = at),
    };
    Meanwhile {
        field,
        note,
        theirs,
    }
}

fn meanwhile_refusal(theirs: Vec<Meanwhile>) -> Refusal {
    let fields: Vec<String> = theirs
        .iter()
        .map(|m| super::forms::label_shown(m.field))
        .collect();
    let message = crate::t!("desk-changed-elsewhere", fields = fields.join(", "));
    Refusal::ChangedMeanwhile { theirs, message }
}

#[cfg(test)]
#[path = "edit_contact_tests.rs"]
mod tests;
