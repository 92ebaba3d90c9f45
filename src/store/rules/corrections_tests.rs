use super::*;
use crate::domain::Contact;
use crate::store::Store;
use chrono::TimeZone;

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, hour, 0, 0).unwrap()
}

fn desk() -> (Store, String) {
    let mut store = Store::open_in_memory(&crate::config::Config::default()).unwrap();
    let contact = Contact::new_lead(new_id(), "Dana Levi".into(), at(8), "Dana");
    store
        .write(at(8), |tx, stamp| {
            crate::store::rows::contacts::insert_contact(tx, &contact, stamp)
        })
        .unwrap();
    (store, contact.id)
}

fn log(
    store: &mut Store,
    contact_id: &str,
    kind: InteractionKind,
    direction: Option<Direction>,
    text: &str,
    hour: u32,
) -> Interaction {
    let item = Interaction {
        id: new_id(),
        contact_id: contact_id.into(),
        deal_id: None,
        kind,
        direction,
        outcome: None,
        duration_secs: None,
        subject: None,
        text: Some(text.into()).filter(|t: &String| !t.is_empty()),
        occurred_at: at(hour),
        logged_by: "Dana".into(),
        created_at: at(hour),
        supersedes: None,
        template: None,
    };
    store.log_interaction(at(hour), &item).unwrap();
    item
}

/// The call we made at 9, logged with nothing much said.
fn our_call(store: &mut Store, contact_id: &str) -> Interaction {
    log(
        store,
        contact_id,
        InteractionKind::Call,
        Some(Direction::Out),
        "hi",
        9,
    )
}

fn text(text: &str) -> Changes {
    Changes {
        text: Some(text.into()),
        ..Changes::default()
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
        .unwrap()
}

fn entries(store: &Store, contact_id: &str) -> Vec<Interaction> {
    store
        .timeline(contact_id)
        .unwrap()
        .into_iter()
        .filter(|i| i.kind != InteractionKind::Event)
        .collect()
}

fn status(store: &Store, contact_id: &str) -> LeadStatus {
    store.contact(contact_id).unwrap().status
}

/// A row that names another contact's entry (a hostile or broken copy merged in)
/// is no version of it: the entry stays on its own contact's timeline.
#[test]
fn a_row_on_another_contact_cannot_take_an_entry_off_the_timeline() {
    let (mut store, dana) = desk();
    let call = our_call(&mut store, &dana);
    let other = Contact::new_lead(new_id(), "Avi Cohen".into(), at(8), "Dana");
    store
        .write(at(8), |tx, stamp| {
            crate::store::rows::contacts::insert_contact(tx, &other, stamp)
        })
        .unwrap();
    let planted = Interaction {
        id: new_id(),
        contact_id: other.id.clone(),
        kind: InteractionKind::Retracted,
        subject: Some("call".into()),
        text: None,
        created_at: at(10),
        supersedes: Some(call.id.clone()),
        ..call.clone()
    };
    store
        .write(at(10), |tx, _| {
            crate::store::rows::interactions::insert_interaction_row(tx, &planted)
        })
        .unwrap();
    assert_eq!(entries(&store, &dana), std::slice::from_ref(&call));
    assert_eq!(store.versions_of(&call.id).unwrap(), [call]);
}

#[test]
fn a_correction_supersedes_the_entry_and_keeps_it_among_the_versions() {
    let (mut store, dana) = desk();
    let call = our_call(&mut store, &dana);
    let changes = text("Asked for the price list");
    let corrected = store
        .correct_interaction(at(10), &call.id, &changes)
        .unwrap();
    assert_eq!(corrected.supersedes.as_deref(), Some(call.id.as_str()));
    let shown = entries(&store, &dana);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].text.as_deref(), Some("Asked for the price list"));
    assert_eq!(shown[0].occurred_at, at(9));
    let chain = store.versions_of(&corrected.id).unwrap();
    assert_eq!(
        chain.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        [call.id.as_str(), corrected.id.as_str()]
    );
    // A correction of the correction joins the same chain.
    let again = Changes {
        outcome: Some("answered".into()),
        ..Changes::default()
    };
    let third = store
        .correct_interaction(at(11), &corrected.id[..30], &again)
        .unwrap();
    assert_eq!(store.versions_of(&call.id).unwrap().len(), 3);
    assert_eq!(entries(&store, &dana)[0].id, third.id);
    assert_eq!(
        entries(&store, &dana)[0].text.as_deref(),
        Some("Asked for the price list")
    );
}

#[test]
fn an_earlier_version_an_event_or_no_change_is_refused_naming_why() {
    let (mut store, dana) = desk();
    let call = our_call(&mut store, &dana);
    let changes = text("hello");
    let corrected = store
        .correct_interaction(at(10), &call.id, &changes)
        .unwrap();
    let err = store
        .correct_interaction(at(11), &call.id, &changes)
        .unwrap_err();
    assert!(err.to_string().contains(&corrected.id), "{err}");
    let err = store
        .correct_interaction(at(11), &corrected.id, &changes)
        .unwrap_err();
    assert!(err.to_string().contains("changes nothing"), "{err}");
    let event = store
        .timeline(&dana)
        .unwrap()
        .into_iter()
        .find(|i| i.kind == InteractionKind::Event)
        .expect("the status move");
    let err = store.retract_interaction(at(11), &event.id).unwrap_err();
    assert!(err.to_string().contains("written by Leadometer"), "{err}");
    // Ids logged in the same hour share their first characters.
    let err = store
        .retract_interaction(at(11), &call.id[..8])
        .unwrap_err();
    assert!(err.to_string().contains("more than one"), "{err}");
    let err = store.retract_interaction(at(11), "0123").unwrap_err();
    assert!(err.to_string().contains("at least 8"), "{err}");
}

#[test]
fn correcting_the_first_response_s_time_moves_speed_to_lead() {
    let (mut store, dana) = desk();
    let reply = log(
        &mut store,
        &dana,
        InteractionKind::Whatsapp,
        Some(Direction::Out),
        "hi",
        12,
    );
    assert_eq!(
        first_response(&store, &dana),
        Some(at(12).timestamp_millis())
    );
    let earlier = Changes {
        occurred_at: Some(at(9)),
        ..Changes::default()
    };
    store
        .correct_interaction(at(13), &reply.id, &earlier)
        .unwrap();
    assert_eq!(
        first_response(&store, &dana),
        Some(at(9).timestamp_millis())
    );
}

#[test]
fn retracting_the_only_inbound_message_makes_the_lead_new_again() {
    let (mut store, dana) = desk();
    let theirs = log(
        &mut store,
        &dana,
        InteractionKind::Whatsapp,
        Some(Direction::In),
        "hi",
        9,
    );
    assert_eq!(status(&store, &dana), LeadStatus::Connected);
    store.retract_interaction(at(10), &theirs.id).unwrap();
    assert_eq!(status(&store, &dana), LeadStatus::New);
    assert!(entries(&store, &dana).is_empty());
    let chain = store.versions_of(&theirs.id).unwrap();
    assert_eq!(chain.last().unwrap().kind, InteractionKind::Retracted);
    let err = store.retract_interaction(at(11), &theirs.id).unwrap_err();
    assert!(err.to_string().contains("(deleted)"), "{err}");
}

#[test]
fn turning_an_outbound_reply_into_theirs_moves_status_and_first_response() {
    let (mut store, dana) = desk();
    let ours = log(
        &mut store,
        &dana,
        InteractionKind::Sms,
        Some(Direction::Out),
        "hi",
        9,
    );
    assert_eq!(status(&store, &dana), LeadStatus::Attempting);
    let theirs = Changes {
        direction: Some(Direction::In),
        ..Changes::default()
    };
    store
        .correct_interaction(at(10), &ours.id, &theirs)
        .unwrap();
    assert_eq!(status(&store, &dana), LeadStatus::Connected);
    assert_eq!(first_response(&store, &dana), None);
}

#[test]
fn of_two_corrections_of_one_entry_the_later_is_current_and_both_are_versions() {
    let (mut store, dana) = desk();
    let call = our_call(&mut store, &dana);
    // Two machines corrected the same entry; a merge brought both rows together.
    let version = |text: &str, hour: u32| Interaction {
        id: new_id(),
        text: Some(text.into()),
        created_at: at(hour),
        supersedes: Some(call.id.clone()),
        ..call.clone()
    };
    let later = version("from the laptop", 11);
    let earlier = version("from the phone", 10);
    for row in [&later, &earlier] {
        store
            .write(at(12), |tx, _| insert_interaction_row(tx, row))
            .unwrap();
    }
    let shown = entries(&store, &dana);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].id, later.id);
    let chain = store.versions_of(&call.id).unwrap();
    assert_eq!(
        chain.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        [call.id.as_str(), earlier.id.as_str(), later.id.as_str()]
    );
    let err = store
        .correct_interaction(at(12), &earlier.id, &Changes::default())
        .unwrap_err();
    assert!(err.to_string().contains(&later.id), "{err}");
}

#[test]
fn a_message_with_no_text_and_no_outcome_is_refused_naming_the_field() {
    let (mut store, dana) = desk();
    let mut empty = Interaction {
        id: new_id(),
        contact_id: dana.clone(),
        deal_id: None,
        kind: InteractionKind::Whatsapp,
        direction: Some(Direction::Out),
        outcome: None,
        duration_secs: None,
        subject: None,
        text: Some("  ".into()),
        occurred_at: at(9),
        logged_by: "Dana".into(),
        created_at: at(9),
        supersedes: None,
        template: None,
    };
    let err = store.log_interaction(at(9), &empty).unwrap_err();
    assert!(err.to_string().starts_with("text:"), "{err}");
    assert!(store.timeline(&dana).unwrap().is_empty());
    assert_eq!(first_response(&store, &dana), None);
    // A call happened even when nothing was written down.
    empty.kind = InteractionKind::Call;
    store.log_interaction(at(9), &empty).unwrap();
    // And a correction cannot empty a note.
    let note = log(
        &mut store,
        &dana,
        InteractionKind::Note,
        None,
        "pricing",
        10,
    );
    let blank = Changes {
        text: Some(String::new()),
        ..Changes::default()
    };
    let err = store
        .correct_interaction(at(11), &note.id, &blank)
        .unwrap_err();
    assert!(err.to_string().starts_with("text:"), "{err}");
}
