use super::*;
use crate::domain::phone::Region;
use crate::domain::{Deal, Membership, Phone};
use crate::store::Store;
use chrono::{DateTime, TimeZone, Utc};

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, hour, 0, 0).unwrap()
}

/// A lead with one phone and whatever `shape` gives it, stored at `hour` as it is,
/// even when another contact has its number (as an older version could store one).
fn lead(
    store: &mut Store,
    name: &str,
    phone: &str,
    hour: u32,
    shape: impl FnOnce(&mut Contact),
) -> Contact {
    let mut contact = Contact::new_lead(crate::store::new_id(), name.into(), at(hour), "Dana");
    contact.phones = vec![Phone::parse(phone, Region::IL)];
    shape(&mut contact);
    store
        .write(at(hour), |tx, stamp| {
            crate::store::rows::contacts::insert_contact(tx, &contact, stamp)
        })
        .unwrap();
    store.contact(&contact.id).unwrap()
}

fn merge(store: &mut Store, a: &str, b: &str) -> Result<String> {
    let config = store.config().clone();
    store.write(at(20), |tx, stamp| {
        merge_contacts(tx, a, b, "same person", &config, stamp)
    })
}

fn count(store: &Store, sql: &str, id: &str) -> i64 {
    store.conn().query_row(sql, [id], |r| r.get(0)).unwrap()
}

#[test]
fn the_older_contact_takes_everything_the_other_has_and_keeps_its_own() {
    let mut store = Store::open_in_memory(&crate::config::Config::default()).unwrap();
    let newer = lead(&mut store, "Dana L.", "052-381-7720", 10, |c| {
        c.emails = vec!["dana@example.com".into(), "dl@example.com".into()];
        c.phones.push(Phone::parse("054-490-0148", Region::IL));
        c.source = Some("Google Ads".into());
        c.flags = vec!["vip".into()];
        c.custom.insert("size".into(), "large".into());
        c.custom.insert("colour".into(), "red".into());
        c.notes = Some("Prefers mornings".into());
        c.lifecycle = Lifecycle::Sql;
        c.accounts = vec![Membership {
            account_id: String::new(),
            account: "Levi Design".into(),
            role: None,
        }];
    });
    let older = lead(&mut store, "Dana Levi", "054-490-0148", 9, |c| {
        c.emails = vec!["dana@example.com".into()];
        c.source = Some("Facebook ad".into());
        c.custom.insert("colour".into(), "blue".into());
        c.notes = Some("Has a dog".into());
    });
    let deal = Deal::open(
        crate::store::new_id(),
        &newer,
        "Kitchen".into(),
        100,
        "ILS",
        "New",
        at(11),
    );
    store.add_deal(at(11), &deal).unwrap();

    // Whichever way round it is asked, the older one survives.
    let survivor = merge(&mut store, &newer.id, &older.id).unwrap();
    assert_eq!(survivor, older.id);
    let kept = store.contact(&older.id).unwrap();
    let numbers: Vec<_> = kept
        .phones
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(
        numbers,
        ["+972544900148", "+972523817720"],
        "one of each number"
    );
    assert_eq!(kept.emails, ["dana@example.com", "dl@example.com"]);
    assert_eq!(
        kept.source.as_deref(),
        Some("Facebook ad"),
        "never overwritten"
    );
    assert_eq!(kept.flags, ["vip"]);
    assert_eq!(kept.custom["colour"], "blue");
    assert_eq!(kept.custom["size"], "large");
    assert_eq!(kept.notes.as_deref(), Some("Has a dog\n\nPrefers mornings"));
    assert_eq!(
        kept.aliases,
        ["Dana L."],
        "the other spelling is searchable"
    );
    assert_eq!(
        kept.lifecycle,
        Lifecycle::Opportunity,
        "the further stage: the deal made the other one an opportunity"
    );
    assert_eq!(kept.company(), Some("Levi Design"));
    assert_eq!(store.deals_for(&older.id).unwrap()[0].title, "Kitchen");
    let deal_clocks: String = store
        .conn()
        .query_row("SELECT clocks FROM deals WHERE id = ?1", [&deal.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(
        deal_clocks.contains("contact_id"),
        "re-pointed with a clock: {deal_clocks}"
    );

    assert!(store.contact(&newer.id).is_err(), "tombstoned");
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM contact_search WHERE contact_id = ?1",
            &newer.id
        ),
        0
    );
    let texts: Vec<String> = store
        .timeline(&older.id)
        .unwrap()
        .into_iter()
        .filter_map(|i| i.text)
        .collect();
    assert!(
        texts.contains(&format!(
            "merged with Dana L. (id {}): same person",
            newer.id
        )),
        "{texts:?}"
    );
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM interactions WHERE contact_id = ?1 AND text LIKE 'merged into Dana Levi%'",
            &newer.id
        ),
        1
    );
}

#[test]
fn a_merge_never_lowers_the_lifecycle() {
    use Lifecycle::{Customer, Lead, Opportunity, Other};
    for (a, b, further) in [
        (Customer, Other, Customer),
        (Other, Lead, Lead),
        (Lead, Opportunity, Opportunity),
        (Other, Other, Other),
    ] {
        assert_eq!(further_lifecycle(a, b), further, "{a} and {b}");
        assert_eq!(further_lifecycle(b, a), further, "{b} and {a}");
    }
}

/// A status someone set is not lost to the other's `new`: a disqualified lead stays
/// disqualified, with its reason; two set statuses keep the other one beside.
#[test]
fn a_set_status_and_its_reason_survive_a_merge() {
    let mut store = Store::open_in_memory(&crate::config::Config::default()).unwrap();
    let older = lead(&mut store, "Noa Old", "054-490-0148", 8, |_| {});
    let newer = lead(&mut store, "Noa New", "+972 54 490 0148", 9, |c| {
        c.status = LeadStatus::Disqualified;
        c.disqualified_reason = Some("no budget".into());
    });
    let kept = merge(&mut store, &older.id, &newer.id).unwrap();
    let kept = store.contact(&kept).unwrap();
    assert_eq!(kept.status, LeadStatus::Disqualified);
    assert_eq!(kept.disqualified_reason.as_deref(), Some("no budget"));

    let first = lead(&mut store, "Ron A", "052-381-7720", 10, |c| {
        c.status = LeadStatus::Connected;
    });
    let second = lead(&mut store, "Ron B", "+972 52 381 7720", 11, |c| {
        c.status = LeadStatus::Nurturing;
    });
    let kept = merge(&mut store, &first.id, &second.id).unwrap();
    let kept = store.contact(&kept).unwrap();
    assert_eq!(kept.status, LeadStatus::Connected);
    assert_eq!(kept.custom["status (2)"], "nurturing");
}

#[test]
fn merging_a_contact_with_itself_or_with_nobody_is_refused_unchanged() {
    let mut store = Store::open_in_memory(&crate::config::Config::default()).unwrap();
    let noa = lead(&mut store, "Noa", "054-490-0148", 9, |_| {});
    let before = store.contact(&noa.id).unwrap();
    assert!(merge(&mut store, &noa.id, &noa.id).is_err());
    assert!(merge(&mut store, &noa.id, "no-such-id").is_err());
    assert_eq!(store.contact(&noa.id).unwrap(), before);
}

#[test]
fn the_survivor_keeps_the_other_s_campaign_ticks() {
    let mut store = Store::open_in_memory(&crate::config::Config::default()).unwrap();
    let noa = lead(&mut store, "Noa Levi", "054-490-0148", 9, |_| {});
    let other = lead(&mut store, "Noa L.", "052-111-2223", 10, |_| {});
    let spring = store
        .add_campaign(
            at(11),
            &crate::store::CampaignSpec {
                name: "Spring".into(),
                by: crate::domain::campaign::CampaignBy::Lifecycle,
                value: "lead".into(),
                template: None,
            },
        )
        .unwrap();
    store
        .tick_campaign(at(12), &spring.id, &other.id, true, None)
        .unwrap();
    let survivor = merge(&mut store, &noa.id, &other.id).unwrap();
    let members = store.campaign_members(&spring).unwrap();
    let kept = members.iter().find(|m| m.contact_id == survivor).unwrap();
    assert!(kept.done_at.is_some(), "{members:?}");
}
