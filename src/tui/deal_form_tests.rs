//! The new-deal and edit-deal forms, saved on a store: every field, a problem naming
//! its field, and the "changed meanwhile" guard.

use super::*;
use crate::config::Config;
use crate::tui::fixtures::now;
use chrono::Duration;

fn set(form: &mut Form, label: &str, value: &str) {
    let field = form.fields.iter_mut().find(|f| f.label == label).unwrap();
    field.value = value.to_string();
}

/// A store with Noa Levi, owned by Dana.
fn store_with_noa() -> (Store, Contact) {
    let mut store = Store::open_in_memory(&Config::default()).unwrap();
    let mut noa = Contact::new_lead(new_id(), "Noa Levi".into(), now(), "Dana");
    noa.owner = Some("Dana".into());
    let (noa, _) = store.add_lead(now(), &noa).unwrap();
    (store, noa)
}

fn people() -> Vec<String> {
    vec!["Dana".into(), "Yossi".into()]
}

/// Noa's deal as the new-deal form opens it, with every field filled.
fn opened(store: &mut Store, noa: &Contact) -> Deal {
    let pipeline = store.config().pipeline();
    let mut form = new_form(noa, "ILS", &pipeline, &people(), "Dana");
    set(&mut form, TITLE, "Walnut kitchen");
    set(&mut form, AMOUNT, "48,000");
    set(&mut form, CURRENCY, "eur");
    set(&mut form, STAGE, "quote");
    set(&mut form, PROBABILITY, "45%");
    set(&mut form, CLOSE_DATE, "2024-04-30");
    set(&mut form, COMPETITORS, "IKEA, Kitchen World, ikea");
    set(&mut form, QUOTES_REQUIRED, "3");
    set(&mut form, NOTES, "walnut\nfronts");
    let message = save_new(store, &form, &noa.id, now()).unwrap();
    assert_eq!(
        message,
        "Deal \"Walnut kitchen\" opened for Noa Levi in Quote"
    );
    store.deals_for(&noa.id).unwrap().remove(0)
}

#[test]
fn the_new_deal_form_opens_in_the_files_currency_first_stage_and_owner() {
    let (store, noa) = store_with_noa();
    let pipeline = store.config().pipeline();
    let form = new_form(&noa, "ILS", &pipeline, &people(), "Moshe");
    assert_eq!(form.kind, FormKind::NewDeal);
    assert_eq!(form.value(CURRENCY), "ILS");
    assert_eq!(form.value(STAGE), "Call");
    assert_eq!(form.value(OWNER), "Dana", "the contact's owner");
    let stage = form.fields.iter().find(|f| f.label == STAGE).unwrap();
    assert_eq!(stage.choices, ["Call", "Meeting", "Quote", "Closing"]);
}

#[test]
fn the_new_deal_form_saves_every_field() {
    let (mut store, noa) = store_with_noa();
    let deal = opened(&mut store, &noa);
    assert_eq!(deal.amount_minor, 4_800_000);
    assert_eq!(deal.currency, "EUR");
    assert_eq!(deal.stage, "Quote");
    assert_eq!(deal.probability_override, Some(0.45));
    assert_eq!(deal.close_date, "2024-04-30".parse().ok());
    assert_eq!(deal.competitors, ["IKEA", "Kitchen World"]);
    assert_eq!((deal.quotes_required, deal.quotes_received), (3, 0));
    assert_eq!(deal.owner.as_deref(), Some("Dana"));
    assert_eq!(deal.notes.as_deref(), Some("walnut\nfronts"));
}

#[test]
fn a_bad_value_is_refused_naming_its_field_and_nothing_is_written() {
    let (mut store, noa) = store_with_noa();
    let pipeline = store.config().pipeline();
    for (label, typed) in [
        (AMOUNT, "1e3"),
        (CURRENCY, "euro"),
        (STAGE, "Won"),
        (PROBABILITY, "150"),
        (PROBABILITY, "likely"),
        (CLOSE_DATE, "31.02.2024"),
        (QUOTES_REQUIRED, "-1"),
        (TITLE, "  "),
    ] {
        let mut form = new_form(&noa, "ILS", &pipeline, &people(), "Dana");
        set(&mut form, label, typed);
        match save_new(&mut store, &form, &noa.id, now()) {
            Err(Refusal::Invalid(message)) => {
                assert!(message.starts_with(&format!("{label}: ")), "{message}")
            }
            other => panic!("{label} {typed}: {other:?}"),
        }
    }
    assert!(store.deals_for(&noa.id).unwrap().is_empty());
}

#[test]
fn the_edit_form_writes_what_changed() {
    let (mut store, noa) = store_with_noa();
    let deal = opened(&mut store, &noa);
    let mut form = edit_form(&deal, &noa.name, &people());
    assert_eq!(form.value(AMOUNT), "48000.00");
    assert_eq!(form.value(PROBABILITY), "45");
    set(&mut form, AMOUNT, "52,000");
    set(&mut form, QUOTES_RECEIVED, "2");
    set(&mut form, PROBABILITY, "");
    let later = now() + Duration::hours(1);
    let message = save_edit(&mut store, &form, later).unwrap();
    assert_eq!(
        message,
        "Saved the deal \"Walnut kitchen\": amount, probability, received"
    );
    let saved = store.deal(&deal.id).unwrap();
    assert_eq!(saved.amount_minor, 5_200_000);
    assert_eq!(saved.quotes_received, 2);
    assert_eq!(saved.probability_override, None, "back to the stage's");
    assert_eq!(saved.competitors, deal.competitors, "untouched");
}

#[test]
fn a_field_changed_meanwhile_is_shown_not_overwritten_and_saving_again_overwrites() {
    let (mut store, noa) = store_with_noa();
    let deal = opened(&mut store, &noa);
    let mut form = edit_form(&deal, &noa.name, &people());
    // Elsewhere, meanwhile: the amount and the notes change.
    store
        .edit_deal(now(), &deal.id, |d| {
            d.amount_minor = 5_000_000;
            d.notes = Some("theirs".into());
            Ok(())
        })
        .unwrap();
    set(&mut form, AMOUNT, "52000");
    set(&mut form, OWNER, "Yossi");
    let Err(Refusal::ChangedMeanwhile { theirs, message }) = save_edit(&mut store, &form, now())
    else {
        panic!("the amount changed meanwhile")
    };
    assert_eq!(
        theirs.len(),
        1,
        "the notes were not touched here: {theirs:?}"
    );
    assert_eq!(theirs[0].field, AMOUNT);
    assert!(
        theirs[0].note.contains("\"50000.00\""),
        "{}",
        theirs[0].note
    );
    assert!(message.contains("Amount"), "{message}");
    assert_eq!(store.deal(&deal.id).unwrap().owner.as_deref(), Some("Dana"));
    form.changed_meanwhile(&theirs);
    save_edit(&mut store, &form, now()).unwrap();
    let saved = store.deal(&deal.id).unwrap();
    assert_eq!(saved.amount_minor, 5_200_000, "put over theirs, knowingly");
    assert_eq!(saved.owner.as_deref(), Some("Yossi"));
    assert_eq!(saved.notes.as_deref(), Some("theirs"), "theirs kept");
}

#[test]
fn the_close_date_takes_the_day_words_a_follow_up_does() {
    let (mut store, noa) = store_with_noa();
    let pipeline = store.config().pipeline();
    let mut form = new_form(&noa, "ILS", &pipeline, &people(), "Dana");
    set(&mut form, TITLE, "Oak table");
    set(&mut form, CLOSE_DATE, "in 2 weeks");
    save_new(&mut store, &form, &noa.id, now()).unwrap();
    let in_two_weeks = (now() + Duration::weeks(2))
        .with_timezone(&chrono::Local)
        .date_naive();
    let deal = store.deals_for(&noa.id).unwrap().remove(0);
    assert_eq!(deal.close_date, Some(in_two_weeks));

    set(&mut form, CLOSE_DATE, "someday");
    let refused = save_new(&mut store, &form, &noa.id, now());
    assert!(
        matches!(&refused, Err(Refusal::Invalid(problem)) if problem.starts_with("Close date: \"someday\" is not a date")),
        "{refused:?}"
    );
}
