use super::*;

fn values(pairs: &[(&str, &str)]) -> Values {
    let mut values = Values::default();
    for (field, value) in pairs {
        values.set(field, *value);
    }
    values
}

#[test]
fn fields_are_filled_in_every_language() {
    let noa = values(&[
        ("first_name", "Noa"),
        ("my_name", "Dana"),
        ("due", "15.12."),
    ]);
    let english = fill("Hi {first_name}, it's {my_name}. Until {due}?", &noa);
    assert_eq!(english.text, "Hi Noa, it's Dana. Until 15.12.?");
    assert!(english.missing.is_empty());
    let yossi = values(&[("first_name", "יוסי"), ("my_name", "דנה")]);
    let hebrew = fill("שלום {first_name}, כאן {my_name} 🙂", &yossi);
    assert_eq!(hebrew.text, "שלום יוסי, כאן דנה 🙂");
    let eszter = values(&[
        ("first_name", "Eszter"),
        ("company", "Kovács és Társa Kft."),
    ]);
    let hungarian = fill("Kedves {first_name}!\nA(z) {company} ajánlata…", &eszter);
    assert_eq!(
        hungarian.text,
        "Kedves Eszter!\nA(z) Kovács és Társa Kft. ajánlata…"
    );
}

#[test]
fn a_field_with_no_value_is_named_once_and_left_showing() {
    let filled = fill(
        "{first_name}: {deal} for {amount}, {deal} again",
        &values(&[("first_name", "Noa")]),
    );
    assert_eq!(filled.text, "Noa: {deal} for {amount}, {deal} again");
    assert_eq!(filled.missing, ["deal", "amount"]);
    // Blank is no value.
    assert_eq!(fill("{due}", &values(&[("due", "  ")])).missing, ["due"]);
}

#[test]
fn braces_that_hold_no_field_are_text() {
    let filled = fill(
        "{ } {} {not a field} {{first_name}} {",
        &values(&[("first_name", "Noa")]),
    );
    assert_eq!(filled.text, "{ } {} {not a field} {Noa} {");
    assert!(filled.missing.is_empty());
    assert_eq!(
        fields_used("{First_Name} {vat_id} {x-1}"),
        ["first_name", "vat_id"]
    );
}

#[test]
fn the_given_name_follows_the_languages_order() {
    assert_eq!(first_name("Noa Levi", false), "Noa");
    assert_eq!(first_name("Kovács Eszter", true), "Eszter");
    assert_eq!(first_name("  ", false), "");
    assert_eq!(first_name("יוסי מזרחי", false), "יוסי");
}

#[test]
fn the_starter_templates_are_sound_in_every_language() {
    let starter = starter();
    for language in LANGUAGES {
        let theirs: Vec<&Template> = starter.iter().filter(|t| t.language == *language).collect();
        assert!(theirs.len() >= 4, "{language}: {theirs:?}");
        assert!(theirs.iter().any(|t| t.personal) && theirs.iter().any(|t| !t.personal));
        assert!(
            theirs
                .iter()
                .any(|t| t.channels.iter().any(|c| c == "email"))
        );
    }
    for template in &starter {
        assert_eq!(template.problem(), None, "{template:?}");
        let mut text = template.body.clone();
        text.push_str(template.subject.as_deref().unwrap_or(""));
        for field in fields_used(&text) {
            assert!(
                FIELDS.contains(&field.as_str()),
                "{}: {{{field}}}",
                template.name
            );
        }
        if template.channels.iter().any(|c| c == "email") {
            assert!(
                template.subject.is_some(),
                "{} goes by email",
                template.name
            );
        }
    }
}

#[test]
fn a_template_names_what_is_wrong_with_it() {
    let mut template = starter().remove(0);
    template.channels = vec!["fax".into()];
    assert!(template.problem().unwrap().contains("fax"));
    template.channels = Vec::new();
    assert!(template.problem().is_some());
    template.language = "de".into();
    assert!(template.problem().unwrap().contains("de"));
}

proptest::proptest! {
    /// Filling never loses text: with every field known, nothing is missing, and
    /// with none known, the text comes back as written.
    #[test]
    fn filling_keeps_the_text_around_fields(text in "\\PC{0,60}") {
        let empty = fill(&text, &Values::default());
        proptest::prop_assert_eq!(&empty.text, &text);
        let mut all = Values::default();
        for field in &empty.missing {
            all.set(field, "x");
        }
        proptest::prop_assert!(fill(&text, &all).missing.is_empty());
    }
}

#[test]
fn a_message_is_written_in_the_contact_s_language() {
    use crate::domain::{Contact, Phone};
    let at = chrono::Utc::now();
    let mut contact = Contact::new_lead("x".into(), "Noa Levi".into(), at, "Dana");
    assert_eq!(language_for(&contact, "en"), "en");
    contact.name = "נועה לוי".into();
    assert_eq!(language_for(&contact, "en"), "he");
    contact.name = "Jürgen Müller".into();
    assert_eq!(language_for(&contact, "en"), "en", "ö and ü are German too");
    contact.name = "Kovács Ödön".into();
    assert_eq!(
        language_for(&contact, "en"),
        "hu",
        "a Hungarian family name first"
    );
    contact.name = "Szőke Anna".into();
    assert_eq!(language_for(&contact, "en"), "hu");
    contact.name = "Anna".into();
    contact.phones = vec![Phone::parse(
        "06 30 123 4567",
        crate::domain::phone::Region::HU,
    )];
    assert_eq!(language_for(&contact, "he"), "hu");
    contact.custom.insert("language".into(), "EN".into());
    assert_eq!(language_for(&contact, "he"), "en", "their own word wins");
}

#[test]
fn a_name_s_order_comes_from_the_contact_before_the_message_s_language() {
    use crate::domain::{Contact, Phone};
    let at = chrono::Utc::now();
    let contact = |name: &str, phone: Option<&str>| {
        let mut contact = Contact::new_lead("x".into(), name.into(), at, "Dana");
        contact.phones = phone
            .map(|p| vec![Phone::parse(p, crate::domain::phone::Region::IL)])
            .unwrap_or_default();
        contact
    };
    // A Hungarian family name first is Hungarian whatever the template's language.
    assert!(family_name_first(&contact("Kovács Eszter", None), "en"));
    assert!(family_name_first(
        &contact("Szabó Ödön", Some("+36 30 123 4567")),
        "en"
    ));
    // A number of another country, or a Hebrew name: given name first.
    assert!(!family_name_first(
        &contact("Chloe Baker", Some("+44 7700 900123")),
        "hu"
    ));
    assert!(!family_name_first(
        &contact("Noa Levi", Some("054-490-0148")),
        "hu"
    ));
    assert!(!family_name_first(&contact("נועה לוי", None), "hu"));
    // Nothing to tell by: the message's language decides.
    assert!(family_name_first(&contact("Anna Berg", None), "hu"));
    assert!(!family_name_first(&contact("Anna Berg", None), "en"));
}
