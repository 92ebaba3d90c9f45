//! The new-deal form (`d`, for the current contact) and a deal's edit form (`e` on
//! its page). Every field is read and checked before anything is written, and a
//! problem names its field. The edit form writes only the fields changed, in one
//! store edit; a changed field whose stored value moved meanwhile (another process,
//! a sync) is shown instead of overwritten, as the contact's edit form does.

use super::edit_contact::{changed_labels, changed_meanwhile, refuse_unless_clean};
use super::forms::{Field, Form, FormKind};
use super::save::Refusal;
use crate::domain::deal::{LOST, WON, format_amount, parse_amount, parse_close_date};
use crate::domain::text::{clean_line, clean_line_cut, clean_text, fold, non_empty};
use crate::domain::when::DateOrder;
use crate::domain::{Contact, Deal, Pipeline};
use crate::store::{Store, StoreError, new_id};
use chrono::{DateTime, Local, NaiveDate, Utc};

/// The fields both forms share, in order, with what may be typed in each; the new
/// form adds the stage after the currency, the edit form the quotes received.
const TITLE: &str = "Title";
const AMOUNT: &str = "Amount";
const CURRENCY: &str = "Currency";
const STAGE: &str = "Stage";
const PROBABILITY: &str = "Probability";
const CLOSE_DATE: &str = "Close date";
const COMPETITORS: &str = "Competitors";
/// The quotes the customer wants, and those they have had (labels fit the form's
/// label column).
const QUOTES_REQUIRED: &str = "Quotes";
const QUOTES_RECEIVED: &str = "Received";
const OWNER: &str = "Owner";
const NOTES: &str = "Notes";

fn hint(label: &str) -> &'static str {
    match label {
        TITLE => "what is being sold",
        AMOUNT => "e.g. 12500 or 12,500.50",
        CURRENCY => "three letters, e.g. ILS",
        STAGE => "↑/↓ steps through the pipeline",
        PROBABILITY => "0 to 100 (%); empty: the stage's",
        CLOSE_DATE => "expected: 2025-04-30, next friday, in 2 weeks; empty: not known",
        COMPETITORS => "comma-separated",
        QUOTES_REQUIRED => "how many the customer wants before deciding",
        QUOTES_RECEIVED => "how many quotes they have had",
        OWNER => "type to narrow, ↑/↓ picks one the file knows; empty: nobody",
        NOTES => "Enter breaks the line; Ctrl-S saves",
        _ => "",
    }
}

fn field(label: &'static str, value: &str, people: &[String], stages: &[&str]) -> Field {
    let field = Field::new(label, value, hint(label));
    match label {
        // The default stages read in the user's language; stages of the user's own
        // config as they wrote them.
        STAGE => field.with_words(
            stages
                .iter()
                .map(|stage| (stage.to_string(), crate::i18n::stage(stage)))
                .collect(),
        ),
        OWNER => Field {
            filters_choices: true,
            ..field.with_choices(people)
        },
        NOTES => Field {
            multiline: true,
            ..field
        },
        _ => field,
    }
}

/// The stages a deal opens in: the open ones (won and lost deals are closed with
/// `W` and `X` on the board).
fn open_stages(pipeline: &Pipeline) -> Vec<&str> {
    pipeline.stages.iter().map(|s| s.name.as_str()).collect()
}

/// The form the runtime opens: the new-deal form for the contact, or the edit form
/// of the deal, with the people the file knows offered as owners.
pub(crate) fn load(
    store: &Store,
    state: &super::app::State,
    contact_id: &str,
    deal_id: Option<&str>,
) -> Result<Form, StoreError> {
    let people = store.people()?;
    match deal_id {
        Some(id) => {
            let deal = store.deal(id)?;
            let contact = store.contact(&deal.contact_id)?;
            Ok(edit_form(&deal, &contact.name, &people))
        }
        None => {
            let contact = store.contact(contact_id)?;
            let pipeline = store.config().pipeline();
            Ok(new_form(
                &contact,
                store.currency(),
                &pipeline,
                &people,
                &state.user,
            ))
        }
    }
}

/// The new-deal form for `contact`, in the file's currency and the first stage,
/// owned by the contact's owner (or the user).
pub fn new_form(
    contact: &Contact,
    currency: &str,
    pipeline: &Pipeline,
    people: &[String],
    user: &str,
) -> Form {
    let stages = open_stages(pipeline);
    let owner = contact.owner.as_deref().unwrap_or(user);
    let mut form = Form::for_contact(FormKind::NewDeal, &contact.id, &contact.name);
    form.fields = [
        (
            TITLE,
            crate::t!("desk-new-deal-title", name = clean_line(&contact.name)),
        ),
        (AMOUNT, String::new()),
        (CURRENCY, currency.to_string()),
        (STAGE, stages.first().copied().unwrap_or("").to_string()),
        (PROBABILITY, String::new()),
        (CLOSE_DATE, String::new()),
        (COMPETITORS, String::new()),
        (QUOTES_REQUIRED, "0".to_string()),
        (OWNER, owner.to_string()),
        (NOTES, String::new()),
    ]
    .iter()
    .map(|(label, value)| field(label, value, people, &stages))
    .collect();
    form
}

/// The edit form of `deal`, prefilled as stored now: what "changed meanwhile" is
/// measured from.
pub fn edit_form(deal: &Deal, contact_name: &str, people: &[String]) -> Form {
    let mut form = Form::for_contact(FormKind::EditDeal, &deal.contact_id, contact_name);
    form.deal_id = Some(deal.id.clone());
    form.fields = [
        TITLE,
        AMOUNT,
        CURRENCY,
        PROBABILITY,
        CLOSE_DATE,
        COMPETITORS,
        QUOTES_REQUIRED,
        QUOTES_RECEIVED,
        OWNER,
        NOTES,
    ]
    .iter()
    .map(|label| field(label, &field_text(deal, label), people, &[]))
    .collect();
    form
}

/// A field's value as the edit form shows it, and as a stored value is compared.
fn field_text(deal: &Deal, label: &str) -> String {
    match label {
        TITLE => deal.title.clone(),
        AMOUNT => format_amount(deal.amount_minor),
        CURRENCY => deal.currency.clone(),
        PROBABILITY => deal.probability_override.map_or(String::new(), |p| {
            format!("{}", (p * 100.0 * 100.0).round() / 100.0)
        }),
        CLOSE_DATE => deal.close_date.map_or(String::new(), |d| d.to_string()),
        COMPETITORS => deal.competitors.join(", "),
        QUOTES_REQUIRED => deal.quotes_required.to_string(),
        QUOTES_RECEIVED => deal.quotes_received.to_string(),
        OWNER => deal.owner.clone().unwrap_or_default(),
        NOTES => deal.notes.clone().unwrap_or_default(),
        _ => String::new(),
    }
}

/// Puts one typed field on the deal; the error is the problem, without the field's
/// name (the caller adds it).
fn apply(deal: &mut Deal, label: &str, typed: &str, reading: &Reading) -> Result<(), String> {
    let typed = typed.trim();
    let pipeline = &reading.pipeline;
    match label {
        TITLE => {
            deal.title = non_empty(Some(typed)).ok_or("a deal needs a title")?;
        }
        AMOUNT => {
            deal.amount_minor = match typed {
                "" => 0,
                typed => parse_amount(typed).ok_or_else(|| {
                    crate::t!("desk-not-an-amount", typed = clean_line_cut(typed, 30))
                })?,
            }
        }
        CURRENCY => {
            if typed.len() != 3 || !typed.chars().all(|c| c.is_ascii_alphabetic()) {
                return Err(crate::t!(
                    "desk-not-a-currency",
                    typed = clean_line_cut(typed, 30)
                ));
            }
            deal.currency = typed.to_ascii_uppercase();
        }
        STAGE => {
            let stage = pipeline
                .stage_name(typed)
                .filter(|s| *s != WON && *s != LOST)
                .ok_or_else(|| {
                    let offered: Vec<String> = open_stages(pipeline)
                        .into_iter()
                        .map(crate::i18n::stage)
                        .collect();
                    crate::t!(
                        "desk-not-an-open-stage",
                        typed = clean_line_cut(typed, 30),
                        stages = offered.join(", ")
                    )
                })?;
            deal.stage = stage.to_string();
        }
        PROBABILITY => deal.probability_override = read_percent(typed)?,
        CLOSE_DATE => deal.close_date = read_date(typed, reading)?,
        COMPETITORS => {
            deal.competitors = Vec::new();
            for name in typed.split(',').filter_map(|c| non_empty(Some(c))) {
                if !deal.competitors.iter().any(|c| fold(c) == fold(&name)) {
                    deal.competitors.push(name);
                }
            }
        }
        QUOTES_REQUIRED => deal.quotes_required = read_count(typed)?,
        QUOTES_RECEIVED => deal.quotes_received = read_count(typed)?,
        OWNER => deal.owner = non_empty(Some(typed)),
        NOTES => deal.notes = Some(clean_text(typed)).filter(|n| !n.is_empty()),
        _ => {}
    }
    Ok(())
}

/// "60" or "60%" read as 60 %; empty is none (the stage's).
fn read_percent(typed: &str) -> Result<Option<f64>, String> {
    let number = typed.trim_end_matches('%').trim();
    if number.is_empty() {
        return Ok(None);
    }
    let value: f64 = number
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| crate::t!("desk-not-a-percent", typed = clean_line_cut(typed, 30)))?;
    let fraction = value / 100.0;
    if !(0.0..=1.0).contains(&fraction) {
        return Err(crate::t!(
            "desk-percent-out-of-range",
            typed = clean_line_cut(typed, 30)
        ));
    }
    Ok(Some(fraction))
}

/// A close date as typed: empty for none, else as `parse_close_date` reads it
/// ("2024-04-30", "next friday", "in 2 weeks").
fn read_date(typed: &str, reading: &Reading) -> Result<Option<NaiveDate>, String> {
    if typed.is_empty() {
        return Ok(None);
    }
    parse_close_date(typed, reading.now, reading.order).map(Some)
}

/// What reading the fields takes besides their text: the stages, and the day and
/// the date order a close date such as "next friday" or "15.12." is read in.
struct Reading {
    pipeline: Pipeline,
    now: DateTime<Local>,
    order: DateOrder,
}

impl Reading {
    fn of(store: &Store, now: DateTime<Utc>) -> Reading {
        Reading {
            pipeline: store.config().pipeline(),
            now: now.with_timezone(&Local),
            order: DateOrder::of_region(store.region()),
        }
    }
}

fn read_count(typed: &str) -> Result<u32, String> {
    match typed {
        "" => Ok(0),
        typed => typed
            .parse()
            .map_err(|_| crate::t!("desk-not-a-count", typed = clean_line_cut(typed, 30))),
    }
}

/// Reads the given fields onto `deal`; the first problem names its field.
fn apply_fields<'a>(
    deal: &mut Deal,
    fields: impl Iterator<Item = &'a Field>,
    reading: &Reading,
) -> Result<(), String> {
    for field in fields {
        apply(deal, field.label, field.stored(), reading)
            .map_err(|problem| super::forms::field_problem(field.label, problem))?;
    }
    Ok(())
}

/// Opens the deal the new-deal form describes.
pub(crate) fn save_new(
    store: &mut Store,
    form: &Form,
    contact_id: &str,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let reading = Reading::of(store, now);
    let contact = store.contact(contact_id)?;
    let mut deal = Deal::open(
        new_id(),
        &contact,
        String::new(),
        0,
        store.currency(),
        reading.pipeline.first(),
        now,
    );
    apply_fields(&mut deal, form.fields.iter(), &reading)?;
    store.add_deal(now, &deal)?;
    Ok(crate::t!(
        "desk-deal-opened",
        deal = deal.title.as_str(),
        name = clean_line(&contact.name),
        stage = crate::i18n::stage(&deal.stage)
    ))
}

/// Writes the edit form's changed fields in one store edit, unless one of them was
/// changed meanwhile: then nothing is written and each such field is shown.
pub(crate) fn save_edit(
    store: &mut Store,
    form: &Form,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let deal_id = form.deal_id.as_deref().ok_or("no deal is open")?;
    if !form.fields.iter().any(Field::touched) {
        return Err("Nothing changed: nothing to save (Esc closes the form).".into());
    }
    let reading = Reading::of(store, now);
    let mut refusal = None;
    let saved = store.edit_deal(now, deal_id, |deal| {
        let stored = deal.clone();
        let touched = form.fields.iter().filter(|f| f.touched());
        let applied = apply_fields(deal, touched, &reading);
        let theirs = || {
            let at = stored
                .updated_at
                .with_timezone(&chrono::Local)
                .format("%H:%M");
            changed_meanwhile(form, |label| field_text(&stored, label), None, &at)
        };
        refuse_unless_clean(applied, theirs, &mut refusal)
    });
    if let Some(refusal) = refusal {
        return Err(refusal);
    }
    let deal = saved?;
    Ok(crate::t!(
        "desk-deal-saved",
        deal = clean_line(&deal.title),
        fields = changed_labels(form)
    ))
}

#[cfg(test)]
#[path = "deal_form_tests.rs"]
mod tests;
