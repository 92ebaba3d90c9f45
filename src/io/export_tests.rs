//! The export writers, and what `import` makes of what they write.

use super::*;

#[test]
fn long_lines_fold_between_characters() {
    let mut out = String::new();
    let note = format!("NOTE:{}", "שלום ".repeat(30));
    fold_into(&mut out, &note);
    for line in out.split("\r\n") {
        assert!(line.len() <= 75, "{} octets", line.len());
    }
    let unfolded = out.replace("\r\n ", "");
    assert_eq!(unfolded.strip_suffix("\r\n"), Some(note.as_str()));
}

mod round_trip {
    //! Export then import gives back the contact: every field the CSV writes is read
    //! back as it was, custom fields included (under whatever key).

    use crate::domain::contact::Membership;
    use crate::domain::phone::{Phone, parse_region};
    use crate::domain::{Contact, LeadStatus, Lifecycle};
    use crate::io::csv::parse;
    use chrono::{TimeZone, Utc};
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// Keys people use, among them standard headers (`Email`, `Notes`), another
    /// system's id, the kind of an email, Outlook's filler columns, and the job title.
    const KEYS: [&str; 10] = [
        "Email",
        "Phone",
        "Notes",
        "ID",
        "Name",
        "E-mail Type",
        "Gender",
        "Birthday",
        "job title",
        "Department",
    ];

    /// One line as every importer keeps a value: no surrounding or doubled spaces.
    fn one_line() -> impl Strategy<Value = String> {
        "[A-Za-zא-ת0-9@.,;:'\"/]{1,8}( [A-Za-zא-ת0-9@.,;:'\"/]{1,8}){0,2}"
    }

    fn phone() -> impl Strategy<Value = Phone> {
        (
            "[0-9]{7}",
            proptest::option::of("( x| ext\\. |;ext=|#)[0-9]{1,4}"),
        )
            .prop_map(|(local, extension)| {
                let e164 = format!("+97254{local}");
                let raw = format!("054-{}-{}", &local[..3], &local[3..]);
                Phone {
                    raw: format!("{raw}{}", extension.unwrap_or_default()),
                    e164: Some(e164),
                }
            })
    }

    fn custom() -> impl Strategy<Value = BTreeMap<String, String>> {
        let key = prop_oneof![
            proptest::sample::select(&KEYS[..]).prop_map(str::to_string),
            "[A-Z][a-z]{1,6}( [a-z]{1,6})?",
        ];
        let value = prop_oneof![
            one_line(),
            Just("Unspecified".to_string()),
            Just("0/0/00".to_string())
        ];
        proptest::collection::btree_map(key, value, 0..5)
    }

    fn contact() -> impl Strategy<Value = Contact> {
        let who = (
            "[A-Z][a-z]{1,8} [A-Z][a-z]{1,8}",
            proptest::collection::btree_map("[0-9]{7}", phone(), 0..3),
            proptest::collection::btree_set("[a-z]{1,8}@example\\.com", 0..3),
            proptest::collection::btree_set("Acme [0-9]{1,3}", 0..3),
            custom(),
            // Other spellings: never words of the name alone (those are no alias).
            proptest::collection::btree_set("[א-ת]{2,6} [א-ת]{2,6}", 0..3),
        );
        let lead = (
            proptest::sample::select(Lifecycle::ALL),
            proptest::sample::select(LeadStatus::ALL),
            proptest::option::of(one_line()),
            [
                proptest::option::of(one_line()),
                proptest::option::of(one_line()),
                proptest::option::of(one_line()),
            ],
            proptest::option::of("[a-z ]{0,20}\n[a-z]{1,10}( [a-z]{1,5})?"),
            proptest::collection::btree_set("[a-z]{2,8}( [a-z]{1,5})?", 0..3),
            0i64..3_500_000_000_000,
        );
        (who, lead).prop_map(|(who, lead)| {
            let (name, phones, emails, companies, custom, aliases) = who;
            let (lifecycle, status, reason, [owner, source, campaign], notes, flags, ms) = lead;
            let created = Utc.timestamp_millis_opt(ms - 1_500_000_000_000).unwrap();
            let mut c = Contact::new_lead("id".into(), name, created, "Dana");
            c.phones = phones.into_values().collect();
            c.emails = emails.into_iter().collect();
            c.accounts = companies
                .into_iter()
                .map(|account| Membership {
                    account_id: String::new(),
                    account,
                    role: None,
                })
                .collect();
            c.custom = custom;
            c.aliases = aliases.into_iter().collect();
            c.lifecycle = lifecycle;
            c.status = status;
            c.disqualified_reason = reason.filter(|_| status == LeadStatus::Disqualified);
            c.owner = owner;
            c.source = source;
            c.campaign = campaign;
            c.notes = notes
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty());
            c.flags = flags.into_iter().collect();
            c
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn a_csv_export_reads_back_as_the_same_contacts(
            contacts in proptest::collection::vec(contact(), 1..6)
        ) {
            let bytes = super::to_csv(&contacts).unwrap();
            let text = String::from_utf8(bytes).unwrap();
            let parsed = parse(&text, None, parse_region("HU").unwrap(), "Dana");
            prop_assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
            prop_assert_eq!(parsed.records.len(), contacts.len());
            for (sent, back) in contacts.iter().zip(&parsed.records) {
                let mut back = back.contact.clone();
                back.id.clone_from(&sent.id);
                back.updated_at = sent.updated_at;
                back.updated_by.clone_from(&sent.updated_by);
                // An extension comes back after the E.164, as the export writes it.
                let written: Vec<String> = sent.phones.iter().map(super::phone_cell).collect();
                let raws: Vec<&str> = back.phones.iter().map(|p| p.raw.as_str()).collect();
                prop_assert_eq!(&raws, &written);
                back.phones.clone_from(&sent.phones);
                prop_assert_eq!(&back, sent);
            }
        }
    }

    /// An extension's digits, as `;ext=` keeps them.
    fn extensions(contact: &Contact) -> Vec<Option<String>> {
        let digits = |p: &Phone| {
            crate::domain::phone_extension::split_extension(&p.raw).map(|e| e.digits.to_string())
        };
        contact.phones.iter().map(digits).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn a_vcard_export_reads_back_with_its_aliases_phones_companies_and_custom_fields(
            contacts in proptest::collection::vec(contact(), 1..6),
            version in prop_oneof![Just(super::VcardVersion::V3), Just(super::VcardVersion::V4)],
        ) {
            let text = super::to_vcard(&contacts, version);
            let parsed = crate::io::vcard::parse(&text, parse_region("HU").unwrap(), "Dana");
            prop_assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
            prop_assert_eq!(parsed.records.len(), contacts.len());
            for (sent, back) in contacts.iter().zip(&parsed.records) {
                let back = &back.contact;
                prop_assert_eq!(&back.name, &sent.name);
                prop_assert_eq!(&back.aliases, &sent.aliases);
                let e164 = |c: &Contact| c.phones.iter().map(|p| p.e164.clone()).collect::<Vec<_>>();
                prop_assert_eq!(e164(back), e164(sent));
                prop_assert_eq!(extensions(back), extensions(sent));
                prop_assert_eq!(&back.emails, &sent.emails);
                prop_assert_eq!(&back.accounts, &sent.accounts);
                prop_assert_eq!(&back.notes, &sent.notes);
                prop_assert_eq!(&back.flags, &sent.flags);
                prop_assert_eq!(&back.custom, &sent.custom);
            }
        }
    }
}

mod cards {
    //! What each card holds for address books: UID, N and PRODID, in either version.

    use super::super::{VcardVersion, to_vcard};
    use crate::domain::phone::{Phone, parse_region};
    use crate::domain::{Contact, ContactKind};
    use chrono::{TimeZone, Utc};

    fn contact(id: &str, name: &str) -> Contact {
        let now = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        Contact::new_lead(id.into(), name.into(), now, "Dana")
    }

    fn lines(text: &str) -> Vec<&str> {
        text.split("\r\n").filter(|l| !l.is_empty()).collect()
    }

    #[test]
    fn a_4_0_card_has_a_urn_uid_a_structured_name_and_who_wrote_it() {
        let mut avi = contact("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "Avi Ben David");
        avi.phones
            .push(Phone::parse("054-490-0148", parse_region("IL").unwrap()));
        let text = to_vcard(&[avi], VcardVersion::V4);
        let card = lines(&text);
        assert_eq!(
            card[..3],
            [
                "BEGIN:VCARD",
                "VERSION:4.0",
                &format!(
                    "PRODID:-//Leadometer//Leadometer {}//EN",
                    env!("CARGO_PKG_VERSION")
                )
            ]
        );
        assert!(
            card.contains(&"UID:urn:uuid:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
            "{card:?}"
        );
        assert!(card.contains(&"FN:Avi Ben David"));
        assert!(card.contains(&"N:David;Avi Ben;;;"), "{card:?}");
        assert!(
            card.contains(&"TEL;VALUE=uri:tel:+972544900148"),
            "{card:?}"
        );
    }

    #[test]
    fn a_3_0_card_writes_plain_numbers_and_typed_emails() {
        let mut eszter = contact("not-a-uuid;x", "Kovács Eszter");
        eszter
            .phones
            .push(Phone::parse("06 30 123 4567", parse_region("HU").unwrap()));
        eszter.emails.push("eszter@example.hu".into());
        let text = to_vcard(&[eszter], VcardVersion::V3);
        let card = lines(&text);
        assert_eq!(card[1], "VERSION:3.0");
        assert!(card.contains(&"UID:not-a-uuid\\;x"), "{card:?}");
        // Hungarian writes the family name first.
        assert!(card.contains(&"N:Kovács;Eszter;;;"), "{card:?}");
        assert!(card.contains(&"TEL;TYPE=VOICE:+36301234567"), "{card:?}");
        assert!(
            card.contains(&"EMAIL;TYPE=INTERNET:eszter@example.hu"),
            "{card:?}"
        );
        assert!(!text.contains("tel:"), "{text}");
    }

    #[test]
    fn a_business_has_no_persons_name_and_says_it_is_an_organisation() {
        let mut shop = contact("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c", "Cohen; Sons");
        shop.kind = ContactKind::Business;
        let v4 = to_vcard(std::slice::from_ref(&shop), VcardVersion::V4);
        assert!(lines(&v4).contains(&"N:;;;;"));
        assert!(lines(&v4).contains(&"KIND:org"));
        assert!(lines(&v4).contains(&"FN:Cohen\\; Sons"));
        let v3 = to_vcard(&[shop], VcardVersion::V3);
        assert!(lines(&v3).contains(&"N:;;;;"));
        assert!(!v3.contains("KIND:"), "KIND is 4.0's");
    }

    #[test]
    fn one_word_is_a_given_name_and_no_name_is_empty_parts() {
        let text = to_vcard(
            &[contact("a", "Madonna"), contact("b", "")],
            VcardVersion::V4,
        );
        assert!(lines(&text).contains(&"N:;Madonna;;;"), "{text}");
        assert!(lines(&text).contains(&"N:;;;;"), "{text}");
    }
}
