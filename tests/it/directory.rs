//! The listings behind the desk's Contacts and Accounts screens: filters alone and
//! together, the four orders, paging, deleted contacts, accounts and their totals,
//! and a contact put at an account in a role.

use chrono::{DateTime, Duration, TimeZone, Utc};
use leadometer::config::Config;
use leadometer::domain::{Contact, Deal, LeadStatus, Lifecycle, Membership, Role};
use leadometer::store::{ContactFilter, ContactOrder, ContactRow, Store, new_id};
use leadometer::synthetic::{Recipe, generate};
use proptest::prelude::*;
use std::collections::HashSet;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap()
}

fn store() -> Store {
    Store::open_in_memory(&Config::parse("user = \"Dana\"\nregion = \"IL\"\n").unwrap()).unwrap()
}

struct Person<'a> {
    name: &'a str,
    status: LeadStatus,
    lifecycle: Lifecycle,
    owner: Option<&'a str>,
    flag: Option<&'a str>,
    source: Option<&'a str>,
    campaign: Option<&'a str>,
    company: Option<&'a str>,
    minutes_ago: i64,
}

fn person(name: &str) -> Person<'_> {
    Person {
        name,
        status: LeadStatus::New,
        lifecycle: Lifecycle::Lead,
        owner: None,
        flag: None,
        source: None,
        campaign: None,
        company: None,
        minutes_ago: 0,
    }
}

fn add(store: &mut Store, p: Person<'_>) -> String {
    let at = now() - Duration::minutes(p.minutes_ago);
    let mut c = Contact::new_lead(new_id(), p.name.into(), at, "Dana");
    c.status = p.status;
    c.lifecycle = p.lifecycle;
    c.owner = p.owner.map(Into::into);
    c.flags = p.flag.into_iter().map(Into::into).collect();
    c.source = p.source.map(Into::into);
    c.campaign = p.campaign.map(Into::into);
    c.accounts = p
        .company
        .map(|name| Membership {
            account_id: String::new(),
            account: name.into(),
            role: None,
        })
        .into_iter()
        .collect();
    store.insert_contact(at, &c).unwrap();
    c.id
}

/// A small file: five people, told apart by every filter.
fn five(store: &mut Store) {
    let people = [
        Person {
            status: LeadStatus::Connected,
            lifecycle: Lifecycle::Sql,
            owner: Some("Dana"),
            flag: Some("vip"),
            source: Some("Facebook ad"),
            company: Some("Levi Design"),
            minutes_ago: 50,
            ..person("Noa Levi")
        },
        Person {
            owner: Some("Yossi"),
            source: Some("Facebook ad"),
            campaign: Some("Spring kitchens"),
            minutes_ago: 40,
            ..person("Ödön Szabó")
        },
        Person {
            status: LeadStatus::Connected,
            owner: Some("dana"),
            flag: Some("bad-payer"),
            company: Some("levi design"),
            minutes_ago: 30,
            ..person("Avi Cohen")
        },
        Person {
            lifecycle: Lifecycle::Customer,
            source: Some("Referral"),
            minutes_ago: 20,
            ..person("Emma Clarke")
        },
        Person {
            flag: Some("VIP"),
            campaign: Some("spring kitchens"),
            minutes_ago: 10,
            ..person("Dana Levi")
        },
    ];
    for p in people {
        add(store, p);
    }
}

fn names(store: &Store, filter: &ContactFilter, order: ContactOrder) -> Vec<String> {
    let rows = store.list_contacts(filter, order, 0, 100).unwrap();
    assert_eq!(store.count_listed(filter).unwrap(), rows.len() as u64);
    rows.into_iter().map(|r| r.name).collect()
}

#[test]
fn each_filter_alone_and_together_ignoring_case() {
    let mut s = store();
    five(&mut s);
    let by = |f: ContactFilter| names(&s, &f, ContactOrder::Name);
    let any = ContactFilter::default();
    assert_eq!(by(any.clone()).len(), 5);
    let status = ContactFilter {
        status: Some("Connected".into()),
        ..any.clone()
    };
    assert_eq!(by(status.clone()), ["Avi Cohen", "Noa Levi"]);
    let lifecycle = ContactFilter {
        lifecycle: Some("customer".into()),
        ..any.clone()
    };
    assert_eq!(by(lifecycle), ["Emma Clarke"]);
    let owner = ContactFilter {
        owner: Some("DANA".into()),
        ..any.clone()
    };
    assert_eq!(by(owner), ["Avi Cohen", "Noa Levi"]);
    let flag = ContactFilter {
        flag: Some("vip".into()),
        ..any.clone()
    };
    assert_eq!(by(flag.clone()), ["Dana Levi", "Noa Levi"]);
    let source = ContactFilter {
        source: Some("facebook AD".into()),
        ..any.clone()
    };
    assert_eq!(
        by(source.clone()),
        ["Noa Levi", "Ödön Szabó"],
        "ö sorts as o"
    );
    let campaign = ContactFilter {
        campaign: Some("Spring Kitchens".into()),
        ..any.clone()
    };
    assert_eq!(by(campaign), ["Dana Levi", "Ödön Szabó"]);
    let account = ContactFilter {
        account: Some("LEVI DESIGN".into()),
        ..any.clone()
    };
    assert_eq!(by(account.clone()), ["Avi Cohen", "Noa Levi"]);
    let together = ContactFilter {
        flag: Some("vip".into()),
        account: Some("Levi Design".into()),
        source: Some("Facebook ad".into()),
        ..status
    };
    assert_eq!(by(together.clone()), ["Noa Levi"]);
    assert_eq!(
        together.active(),
        [
            ("status", "Connected"),
            ("flag", "vip"),
            ("source", "Facebook ad"),
            ("account", "Levi Design")
        ]
    );
    let nobody = ContactFilter {
        flag: Some("bad-payer".into()),
        ..source
    };
    assert!(by(nobody).is_empty());
    let hostile = ContactFilter {
        owner: Some("x' OR '1'='1".into()),
        ..any
    };
    assert!(by(hostile).is_empty(), "values are parameters, never SQL");
}

#[test]
fn the_four_orders_and_the_company_shown() {
    let mut s = store();
    five(&mut s);
    let any = ContactFilter::default();
    assert_eq!(
        names(&s, &any, ContactOrder::LastActivity),
        [
            "Dana Levi",
            "Emma Clarke",
            "Avi Cohen",
            "Ödön Szabó",
            "Noa Levi"
        ]
    );
    assert_eq!(
        names(&s, &any, ContactOrder::Created),
        names(&s, &any, ContactOrder::LastActivity),
        "nobody has an entry yet: created is last active"
    );
    let scores: Vec<i64> = s
        .list_contacts(&any, ContactOrder::Score, 0, 10)
        .unwrap()
        .iter()
        .map(|r| r.score)
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let noa = s.list_contacts(&any, ContactOrder::Name, 4, 10).unwrap();
    assert_eq!(noa.len(), 1, "the offset skips");
    let noa = &s.list_contacts(&any, ContactOrder::Name, 3, 1).unwrap()[0];
    assert_eq!(
        (noa.name.as_str(), noa.company.as_deref()),
        ("Noa Levi", Some("Levi Design"))
    );
}

#[test]
fn accounts_list_their_people_deals_and_totals_and_take_a_contact_in_a_role() {
    let mut s = store();
    five(&mut s);
    let overview = s.accounts_overview().unwrap();
    assert_eq!(overview.len(), 1, "\"levi design\" is Levi Design");
    let levi = &overview[0];
    assert_eq!((levi.contacts, levi.deals), (2, 0));
    assert!(levi.total.is_empty());
    let noa = s.resolve_contact("Noa Levi").unwrap().0;
    let pipeline = s.config().pipeline();
    let deal = |title: &str, amount: i64| {
        Deal::open(
            new_id(),
            &noa,
            title.into(),
            amount,
            "ILS",
            pipeline.first(),
            now(),
        )
    };
    s.add_deal(now(), &deal("Walnut kitchen", 4_800_000))
        .unwrap();
    let lost = deal("Showroom", 100_000);
    s.add_deal(now(), &lost).unwrap();
    s.move_deal(now(), &pipeline, &lost.id, "Lost", Some("price"))
        .unwrap();
    let levi = &s.accounts_overview().unwrap()[0];
    assert_eq!(
        (levi.deals, levi.total.get("ILS")),
        (2, 48_000.0),
        "lost is left out"
    );
    let detail = s.account_detail(&levi.id, 10).unwrap().unwrap();
    assert_eq!(detail.deal_count, 2);
    assert_eq!(detail.total.get("ILS"), 48_000.0);
    assert_eq!(detail.expected.get("ILS"), 4_800.0, "Call: 10%");
    assert_eq!(
        detail.deals[0].expected_minor + detail.deals[1].expected_minor,
        480_000
    );

    // A deal in forints stays apart from the shekels, in the list and in the detail.
    let mut forints = deal("Budapest showroom", 120_000_000);
    forints.currency = "HUF".into();
    s.add_deal(now(), &forints).unwrap();
    let levi = &s.accounts_overview().unwrap()[0];
    let sums: Vec<(&str, f64)> = levi.total.iter().collect();
    assert_eq!(sums, [("HUF", 1_200_000.0), ("ILS", 48_000.0)]);
    let detail = s.account_detail(&levi.id, 10).unwrap().unwrap();
    assert_eq!(detail.total, levi.total);
    assert_eq!(detail.expected.get("HUF"), 120_000.0);

    let emma = s.resolve_contact("Emma Clarke").unwrap().0;
    let score_before = s.score(&emma, now()).unwrap().total;
    let saved = s
        .add_to_account(now(), &levi.id, &emma.id, Role::DecisionMaker)
        .unwrap();
    assert_eq!(saved.accounts[0].role, Some(Role::DecisionMaker));
    assert!(
        s.score(&saved, now()).unwrap().total > score_before,
        "rescored"
    );
    // Again, in another role: the same membership, its role changed.
    s.add_to_account(now(), &levi.id, &emma.id, Role::Payer)
        .unwrap();
    let detail = s.account_detail(&levi.id, 10).unwrap().unwrap();
    assert_eq!(detail.member_count, 3);
    assert_eq!(detail.members[0].name, "Emma Clarke", "role holders first");
    assert_eq!(detail.members[0].role, Some(Role::Payer));
    let only = s.account_detail(&levi.id, 1).unwrap().unwrap();
    assert_eq!(
        (only.members.len(), only.member_count),
        (1, 3),
        "cut, counted"
    );
    assert!(
        s.add_to_account(now(), "no-such", &emma.id, Role::Payer)
            .is_err()
    );
    assert!(s.account_detail("no-such", 10).unwrap().is_none());

    // A deleted contact leaves the account, its deals and every listing.
    s.delete_contact(now(), &noa.id).unwrap();
    let levi = &s.accounts_overview().unwrap()[0];
    assert_eq!((levi.contacts, levi.deals), (2, 0));
    let all = names(&s, &ContactFilter::default(), ContactOrder::Name);
    assert!(!all.contains(&"Noa Levi".to_string()));
}

fn key(row: &ContactRow, order: ContactOrder) -> (i64, String) {
    match order {
        ContactOrder::LastActivity => (-row.last_activity.timestamp_millis(), String::new()),
        ContactOrder::Created => (-row.created_at.timestamp_millis(), String::new()),
        ContactOrder::Score => (-row.score, String::new()),
        ContactOrder::Name => (0, leadometer::domain::text::fold(&row.name)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Paging through every page yields each live contact exactly once, in the
    /// order's sequence, whatever the page size; deleted contacts never appear.
    #[test]
    fn pages_hold_every_live_contact_once_in_order(
        contacts in 1usize..120,
        seed in 0u64..1000,
        page in 1u64..40,
        deleted in proptest::collection::vec(0usize..120, 0..10),
        order in 0usize..4,
        by_status in proptest::option::of(0usize..5),
    ) {
        let mut s = store();
        let recipe = Recipe { contacts, interactions_per_contact: 1, seed };
        let pipeline = s.config().pipeline();
        generate(&mut s, &pipeline, &recipe, now()).unwrap();
        let everyone = s.all_contacts().unwrap();
        let mut gone = HashSet::new();
        for index in deleted.into_iter().filter(|i| *i < everyone.len()) {
            if gone.insert(everyone[index].id.clone()) {
                s.delete_contact(now(), &everyone[index].id).unwrap();
            }
        }
        let status = by_status.map(|i| LeadStatus::ALL[i]);
        let filter = ContactFilter {
            status: status.map(|s| s.to_string()),
            ..ContactFilter::default()
        };
        let live: HashSet<String> = everyone
            .iter()
            .filter(|c| !gone.contains(&c.id) && status.is_none_or(|s| c.status == s))
            .map(|c| c.id.clone())
            .collect();
        let order = ContactOrder::ALL[order];
        let total = s.count_listed(&filter).unwrap();
        prop_assert_eq!(total, live.len() as u64);
        let mut seen: Vec<ContactRow> = Vec::new();
        let mut offset = 0;
        loop {
            let rows = s.list_contacts(&filter, order, offset, page).unwrap();
            prop_assert!(rows.len() as u64 <= page);
            if rows.is_empty() {
                break;
            }
            offset += rows.len() as u64;
            seen.extend(rows);
        }
        let ids: Vec<&String> = seen.iter().map(|r| &r.id).collect();
        let unique: HashSet<String> = ids.iter().map(|id| (*id).clone()).collect();
        prop_assert_eq!(ids.len(), unique.len(), "each once");
        prop_assert_eq!(unique, live, "every live one, no deleted one");
        for pair in seen.windows(2) {
            prop_assert!(key(&pair[0], order) <= key(&pair[1], order), "in order");
        }
    }
}
