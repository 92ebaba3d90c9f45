use super::*;
use crate::config::Config;
use crate::domain::Contact;
use chrono::TimeZone;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 9, minute, 0).unwrap()
}

fn desk() -> (Store, Vec<String>) {
    let mut store = Store::open_in_memory(&Config::default()).unwrap();
    let mut ids = Vec::new();
    for (name, source, flag) in [
        ("Noa Levi", "Facebook", None),
        ("Ádám Kiss", "facebook", Some("vip")),
        ("Dan Cohen", "Website", Some("VIP")),
    ] {
        let mut contact = Contact::new_lead(new_id(), name.into(), at(0), "Dana");
        contact.source = Some(source.into());
        contact.flags = flag.map(|f: &str| vec![f.to_string()]).unwrap_or_default();
        store.insert_contact(at(0), &contact).unwrap();
        ids.push(contact.id);
    }
    (store, ids)
}

fn spec(name: &str, by: CampaignBy, value: &str) -> CampaignSpec {
    CampaignSpec {
        name: name.into(),
        by,
        value: value.into(),
        template: None,
    }
}

#[test]
fn a_campaign_holds_the_contacts_its_field_picks_out_whatever_their_case() {
    let (mut store, ids) = desk();
    let facebook = store
        .add_campaign(at(1), &spec("Spring", CampaignBy::Source, "FACEBOOK"))
        .unwrap();
    let members = store.campaign_members(&facebook).unwrap();
    let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Ádám Kiss", "Noa Levi"], "by name, folded");
    let vip = store
        .add_campaign(at(1), &spec("VIPs", CampaignBy::Flag, "vip"))
        .unwrap();
    let members: Vec<String> = store
        .campaign_members(&vip)
        .unwrap()
        .into_iter()
        .map(|m| m.contact_id)
        .collect();
    assert_eq!(members.len(), 2);
    assert!(members.contains(&ids[1]) && members.contains(&ids[2]));
    let leads = store
        .add_campaign(at(1), &spec("Leads", CampaignBy::Lifecycle, "Lead"))
        .unwrap();
    assert_eq!(leads.value, "lead", "stored as the word");
    assert_eq!(store.campaign_members(&leads).unwrap().len(), 3);
}

#[test]
fn ticks_are_kept_counted_and_taken_back() {
    let (mut store, ids) = desk();
    let spring = store
        .add_campaign(at(1), &spec("Spring", CampaignBy::Source, "facebook"))
        .unwrap();
    store
        .tick_campaign(at(2), &spring.id, &ids[0], true, None)
        .unwrap();
    let summary = store.campaigns().unwrap();
    assert_eq!(summary[0].progress, Progress { done: 1, total: 2 });
    // Ticking again keeps the first time.
    store
        .tick_campaign(at(3), &spring.id, &ids[0], true, None)
        .unwrap();
    let noa = store
        .campaign_members(&spring)
        .unwrap()
        .into_iter()
        .find(|m| m.contact_id == ids[0])
        .unwrap();
    assert_eq!(noa.done_at, Some(at(2)));
    store
        .tick_campaign(at(4), &spring.id, &ids[0], false, None)
        .unwrap();
    assert_eq!(store.campaigns().unwrap()[0].progress.done, 0);
    // Unticking what was never ticked writes nothing.
    let (result, wrote) =
        store.recording(|store| store.tick_campaign(at(5), &spring.id, &ids[1], false, None));
    result.unwrap();
    assert!(wrote.is_empty());
}

#[test]
fn a_tick_is_undone_like_any_other_change() {
    let (mut store, ids) = desk();
    let spring = store
        .add_campaign(at(1), &spec("Spring", CampaignBy::Source, "facebook"))
        .unwrap();
    let (result, done) =
        store.recording(|store| store.tick_campaign(at(2), &spring.id, &ids[0], true, None));
    result.unwrap();
    store.undo(at(3), &done).unwrap();
    assert_eq!(store.campaigns().unwrap()[0].progress.done, 0);
}

#[test]
fn a_campaign_needs_a_name_a_value_and_a_template_that_exists() {
    let (mut store, _) = desk();
    assert!(
        store
            .add_campaign(at(1), &spec(" ", CampaignBy::Source, "x"))
            .is_err()
    );
    assert!(
        store
            .add_campaign(at(1), &spec("A", CampaignBy::Source, " "))
            .is_err()
    );
    let stage = store
        .add_campaign(at(1), &spec("A", CampaignBy::Lifecycle, "nowhere"))
        .unwrap_err()
        .to_string();
    assert!(stage.contains("nowhere"), "{stage}");
    let missing = CampaignSpec {
        template: Some("no such template".into()),
        ..spec("A", CampaignBy::Source, "x")
    };
    assert!(store.add_campaign(at(1), &missing).is_err());
    let with = CampaignSpec {
        template: Some(store.templates().unwrap()[0].template.name.clone()),
        ..spec("A", CampaignBy::Source, "x")
    };
    let campaign = store.add_campaign(at(1), &with).unwrap();
    assert!(campaign.template_id.is_some());
    let twice = store.add_campaign(at(2), &with).unwrap_err().to_string();
    assert!(twice.contains("exists already"), "{twice}");
}

#[test]
fn a_deleted_campaign_refuses_ticks() {
    let (mut store, ids) = desk();
    let spring = store
        .add_campaign(at(1), &spec("Spring", CampaignBy::Source, "facebook"))
        .unwrap();
    store.delete_campaign(at(2), "spring").unwrap();
    assert!(store.campaigns().unwrap().is_empty());
    assert!(
        store
            .tick_campaign(at(3), &spring.id, &ids[0], true, None)
            .is_err()
    );
}
