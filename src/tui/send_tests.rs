use super::*;
use crate::config::Config;
use crate::domain::Phone;
use crate::domain::template::Template;
use crate::store::new_id;
use chrono::TimeZone;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 9, minute, 0).unwrap()
}

/// A desk whose opener writes each link it is given into `opened`.
fn desk(dir: &std::path::Path) -> (Store, Contact) {
    let script = dir.join("opener.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
            dir.join("opened").display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let config = Config {
        user: "Dana".into(),
        opener: Some(script.display().to_string()),
        ..Config::default()
    };
    let mut store = Store::open_in_memory(&config).unwrap();
    let mut noa = Contact::new_lead(new_id(), "נועה לוי".into(), at(0), "Dana");
    noa.phones = vec![Phone::parse(
        "054-490-0148",
        crate::domain::phone::Region::IL,
    )];
    noa.preferred_channel = Some("whatsapp".into());
    store.insert_contact(at(0), &noa).unwrap();
    (store, noa)
}

fn opened_links(dir: &std::path::Path) -> Vec<String> {
    // The opener runs apart from the desk: wait for it a moment.
    for _ in 0..50 {
        if let Ok(text) = std::fs::read_to_string(dir.join("opened")) {
            return text.lines().map(str::to_string).collect();
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    Vec::new()
}

fn dialog(store: &Store, contact: &Contact, request: Option<SendRequest>) -> Form {
    let request = request.unwrap_or(SendRequest {
        contact_id: contact.id.clone(),
        template_id: None,
        campaign_id: None,
    });
    match load(store, &request, at(1)) {
        Action::SendLoaded(form) => *form,
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_contact_s_own_language_and_channel_come_first_and_fill_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let (store, noa) = desk(dir.path());
    let form = dialog(&store, &noa, None);
    let template = chosen(&form).unwrap();
    assert_eq!(template.language, "he");
    assert!(template.channels.contains(&InteractionKind::Whatsapp));
    assert_eq!(form.fields[1].stored(), "whatsapp");
    assert!(
        form.value("Message").contains("נועה"),
        "{}",
        form.value("Message")
    );
    assert!(form.value("Message").contains("Dana"));
    assert_eq!(form.error, None, "every field has a value");
}

#[test]
fn choosing_another_template_refills_the_text_and_names_what_has_no_value() {
    let dir = tempfile::tempdir().unwrap();
    let (store, noa) = desk(dir.path());
    let mut form = dialog(&store, &noa, None);
    // The Hebrew quote follow-up needs a deal, which Noa does not have.
    let quote = form
        .draft
        .as_ref()
        .unwrap()
        .templates
        .iter()
        .position(|t| t.name == "מעקב אחרי הצעת מחיר")
        .unwrap();
    form.fields[0].value = form.fields[0].choices[quote + 1].clone();
    template_chosen(&mut form);
    assert!(form.value("Message").contains("{deal}"));
    let said = form.error.clone().unwrap();
    assert!(
        said.contains("{deal}") && said.contains("{amount}"),
        "{said}"
    );
    let mut store = store;
    let refused = save(&mut store, &form, &noa.id, at(2)).unwrap_err();
    assert!(
        matches!(refused, Refusal::Invalid(ref m) if m.contains("{deal}")),
        "{refused:?}"
    );
    assert_eq!(store.timeline(&noa.id).unwrap().len(), 0, "nothing logged");
    // Written in by hand, it goes.
    let text = form
        .value("Message")
        .replace("{deal}", "המטבח")
        .replace("{amount}", "₪48,000");
    form.fields[3].value = text;
    save(&mut store, &form, &noa.id, at(2)).unwrap();
    assert_eq!(store.timeline(&noa.id).unwrap().len(), 1);
}

#[test]
fn sending_logs_the_message_as_opened_and_opens_its_link() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, noa) = desk(dir.path());
    let mut form = dialog(&store, &noa, None);
    form.fields[3].value = "שלום נועה 🙂\nנדבר מחר?".into();
    let said = save(&mut store, &form, &noa.id, at(2)).unwrap();
    assert!(said.contains("נועה לוי"), "{said}");
    assert_eq!(
        opened_links(dir.path()),
        [format!(
            "https://wa.me/972544900148?text={}",
            "%D7%A9%D7%9C%D7%95%D7%9D%20%D7%A0%D7%95%D7%A2%D7%94%20%F0%9F%99%82%0A%D7%A0%D7%93%D7%91%D7%A8%20%D7%9E%D7%97%D7%A8%3F"
        )]
    );
    let timeline = store.timeline(&noa.id).unwrap();
    let message = &timeline[0];
    assert_eq!(message.outcome.as_deref(), Some("opened"));
    assert_eq!(message.text.as_deref(), Some("שלום נועה 🙂\nנדבר מחר?"));
    assert_eq!(
        message.template.as_deref(),
        Some(chosen(&form).unwrap().name.as_str())
    );
}

#[test]
fn a_campaign_s_template_leads_and_sending_ticks_its_row() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, mut noa) = desk(dir.path());
    noa.source = Some("Facebook".into());
    let source = noa.source.clone();
    store
        .edit_contact(at(0), &noa.id, |_, c| {
            c.source = source;
            Ok(())
        })
        .unwrap();
    let invitation = store
        .add_template(
            at(0),
            &Template {
                name: "Spring offer".into(),
                language: "en".into(),
                channels: vec!["whatsapp".into()],
                personal: false,
                subject: None,
                body: "Hello {first_name}, spring is here.".into(),
            },
        )
        .unwrap();
    let spring = store
        .add_campaign(
            at(0),
            &crate::store::CampaignSpec {
                name: "Spring".into(),
                by: crate::domain::campaign::CampaignBy::Source,
                value: "facebook".into(),
                template: Some(invitation.id.clone()),
            },
        )
        .unwrap();
    let form = dialog(
        &store,
        &noa,
        Some(SendRequest {
            contact_id: noa.id.clone(),
            template_id: Some(invitation.id.clone()),
            campaign_id: Some(spring.id.clone()),
        }),
    );
    assert_eq!(chosen(&form).unwrap().id, invitation.id);
    save(&mut store, &form, &noa.id, at(3)).unwrap();
    let summary = store.campaigns().unwrap();
    assert_eq!(summary[0].progress.done, 1);
}

#[test]
fn a_contact_with_no_phone_cannot_get_a_whatsapp_and_nothing_is_logged() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, mut noa) = desk(dir.path());
    noa.phones.clear();
    store
        .edit_contact(at(0), &noa.id, |_, c| {
            c.phones.clear();
            Ok(())
        })
        .unwrap();
    let mut form = dialog(&store, &noa, None);
    form.fields[1].value = InteractionKind::Whatsapp.label();
    form.fields[3].value = "hi".into();
    form.fields[0].value = form.fields[0].choices[0].clone();
    assert!(save(&mut store, &form, &noa.id, at(2)).is_err());
    assert!(store.timeline(&noa.id).unwrap().is_empty());
}
