use super::*;
use crate::config::Config;
use crate::domain::{Contact, LeadStatus, Phone};
use chrono::TimeZone;
use rusqlite::OptionalExtension;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 9, minute, 0).unwrap()
}

fn desk() -> (Store, Contact) {
    let config = Config {
        user: "Dana".into(),
        ..Config::default()
    };
    let mut store = Store::open_in_memory(&config).unwrap();
    let mut noa = Contact::new_lead(new_id(), "Noa Levi".into(), at(0), "Dana");
    noa.phones = vec![Phone::parse(
        "054-490-0148",
        crate::domain::phone::Region::IL,
    )];
    noa.emails = vec!["noa@example.com".into()];
    store.insert_contact(at(0), &noa).unwrap();
    (store, noa)
}

fn whatsapp(contact: &Contact, text: &str) -> Outgoing {
    Outgoing {
        contact_id: contact.id.clone(),
        channel: InteractionKind::Whatsapp,
        subject: None,
        text: text.into(),
        template: Some("First reply".into()),
    }
}

fn first_response(store: &Store, contact_id: &str) -> Option<i64> {
    store
        .conn()
        .query_row(
            "SELECT first_response_at FROM contact_search WHERE contact_id = ?1",
            [contact_id],
            |r| r.get(0),
        )
        .optional()
        .unwrap()
        .flatten()
}

#[test]
fn an_opened_message_counts_for_speed_to_lead_only_once_it_is_confirmed_sent() {
    let (mut store, noa) = desk();
    let opened = store.log_opened(at(5), &whatsapp(&noa, "Hi Noa")).unwrap();
    assert_eq!(opened.outcome.as_deref(), Some(OPENED));
    assert_eq!(opened.template.as_deref(), Some("First reply"));
    assert_eq!(first_response(&store, &noa.id), None);
    assert_eq!(store.contact(&noa.id).unwrap().status, LeadStatus::New);
    let sent = store.confirm_sent(at(9), &opened.id).unwrap();
    assert_eq!(sent.outcome.as_deref(), Some(SENT));
    assert_eq!(sent.occurred_at, at(5), "sent when it was opened");
    assert_eq!(
        first_response(&store, &noa.id),
        Some(at(5).timestamp_millis())
    );
    assert_eq!(
        store.contact(&noa.id).unwrap().status,
        LeadStatus::Attempting
    );
    let timeline = store.timeline(&noa.id).unwrap();
    let message = timeline
        .iter()
        .find(|i| i.kind == InteractionKind::Whatsapp)
        .unwrap();
    assert_eq!(message.text.as_deref(), Some("Hi Noa"));
    assert_eq!(message.template.as_deref(), Some("First reply"));
    let twice = store
        .confirm_sent(at(10), &sent.id)
        .unwrap_err()
        .to_string();
    assert!(twice.contains("not a message waiting"), "{twice}");
}

#[test]
fn an_empty_message_or_a_call_is_not_sent() {
    let (mut store, noa) = desk();
    assert!(store.log_opened(at(1), &whatsapp(&noa, "  ")).is_err());
    let call = Outgoing {
        channel: InteractionKind::Call,
        ..whatsapp(&noa, "hi")
    };
    assert!(store.log_opened(at(1), &call).is_err());
}

#[test]
fn links_go_to_the_contact_s_phone_or_address() {
    let (store, noa) = desk();
    let link = link_for(&store, &noa, &whatsapp(&noa, "שלום נועה")).unwrap();
    assert!(
        link.starts_with("https://wa.me/972544900148?text=%D7%A9"),
        "{link}"
    );
    let email = Outgoing {
        channel: InteractionKind::Email,
        subject: Some("Your quote".into()),
        ..whatsapp(&noa, "Hi\nNoa")
    };
    assert_eq!(
        link_for(&store, &noa, &email).unwrap(),
        "mailto:noa@example.com?subject=Your%20quote&body=Hi%0D%0ANoa"
    );
    let nobody = Contact {
        phones: Vec::new(),
        emails: Vec::new(),
        ..noa.clone()
    };
    assert!(link_for(&store, &nobody, &whatsapp(&noa, "hi")).is_err());
    assert!(link_for(&store, &nobody, &email).is_err());
}

#[test]
fn a_template_s_values_come_from_the_contact_in_the_template_s_language() {
    let (mut store, noa) = desk();
    let mut noa = noa;
    noa.name = "Kovács Eszter".into();
    noa.custom.insert("city".into(), "Szeged".into());
    let english = store.template_values(&noa, "en", at(0)).unwrap();
    assert_eq!(
        english.get("first_name"),
        Some("Eszter"),
        "her name's order"
    );
    let hungarian = store.template_values(&noa, "hu", at(0)).unwrap();
    assert_eq!(hungarian.get("first_name"), Some("Eszter"));
    assert_eq!(hungarian.get("my_name"), Some("Dana"));
    assert_eq!(hungarian.get("city"), Some("Szeged"));
    assert_eq!(hungarian.get("deal"), None, "no open deal");
    let kitchen = crate::domain::Deal::open(
        new_id(),
        &noa,
        "Kitchen".into(),
        4_800_000,
        "ILS",
        "New",
        at(1),
    );
    store.add_deal(at(1), &kitchen).unwrap();
    let with_deal = store.template_values(&noa, "he", at(2)).unwrap();
    assert_eq!(with_deal.get("deal"), Some("Kitchen"));
    assert_eq!(with_deal.get("amount"), Some("₪48,000"));
}

#[test]
fn a_message_too_long_for_a_link_is_refused_before_anything_is_logged() {
    let (store, noa) = desk();
    let long = "א".repeat(MAX_MESSAGE_CHARS + 1);
    let refused = link_for(&store, &noa, &whatsapp(&noa, &long))
        .unwrap_err()
        .to_string();
    assert!(refused.contains("10000"), "{refused}");
    assert!(link_for(&store, &noa, &whatsapp(&noa, &long[..long.len() - 2])).is_ok());
}
