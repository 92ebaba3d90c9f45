use super::*;
use crate::config::Config;
use crate::domain::Phone;
use crate::domain::phone::parse_region;
use crate::tui::actions::NO_CONTACT;
use crate::tui::app::{Action, Tab, update};
use crate::tui::fixtures::{now, state};
use crate::tui::keymap::Keymap;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn noa() -> Contact {
    let mut c = Contact::new_lead("a".into(), "Noa Levi".into(), now(), "Dana");
    let region = parse_region("IL").unwrap();
    c.phones = vec![Phone::parse("054-490-0148", region)];
    c.emails = vec!["noa@levi.co.il".into()];
    c.owner = Some("Dana".into());
    c.notes = Some("Kitchen\nwalnut".into());
    c
}

fn people() -> Vec<String> {
    vec!["Dana".into(), "Moshe".into(), "Yossi".into()]
}

/// The desk with the edit form open on Noa.
fn editing() -> State {
    let mut s = state();
    update(
        &mut s,
        Action::EditorLoaded(Box::new(form(&noa(), &people()))),
    );
    s
}

fn the_form(s: &State) -> &Form {
    match &s.overlay {
        Some(Overlay::Form(form)) => form,
        other => panic!("no form open: {other:?}"),
    }
}

fn set(s: &mut State, label: &str, value: &str) {
    let Some(Overlay::Form(form)) = &mut s.overlay else {
        panic!("no form open");
    };
    let field = form.fields.iter_mut().find(|f| f.label == label).unwrap();
    field.value = value.to_string();
}

fn focus(s: &mut State, label: &str) {
    let Some(Overlay::Form(form)) = &mut s.overlay else {
        panic!("no form open");
    };
    form.focus = form.fields.iter().position(|f| f.label == label).unwrap();
}

#[test]
fn e_opens_the_form_on_the_current_contact_and_refuses_without_one() {
    let mut s = state();
    assert_eq!(
        update(&mut s, Action::EditContact),
        [Effect::LoadEditor("a".into())]
    );
    s.tab = Tab::Timeline; // no contact open
    assert!(update(&mut s, Action::EditContact).is_empty());
    assert_eq!(s.message.as_deref(), Some(NO_CONTACT));
    assert_eq!(s.overlay, None);

    let s = editing();
    let form = the_form(&s);
    assert_eq!(form.kind, FormKind::EditContact);
    assert_eq!(form.value("Name"), "Noa Levi");
    assert_eq!(form.value("Phones"), "+972544900148");
    assert_eq!(form.value("Owner"), "Dana");
    assert_eq!(form.value("Role"), "none");
    assert_eq!(form.value("Status"), "new");
    assert_eq!(form.fields.last().unwrap().value, "Kitchen\nwalnut");
}

#[test]
fn a_form_loaded_after_another_box_opened_waits_for_e_again() {
    let mut s = state();
    update(&mut s, Action::OpenSearch);
    update(
        &mut s,
        Action::EditorLoaded(Box::new(form(&noa(), &people()))),
    );
    assert!(matches!(s.overlay, Some(Overlay::Search(_))));
}

#[test]
fn each_check_names_its_field_and_keeps_the_form() {
    let cases = [
        ("Name", " ", "Name: a contact needs a name"),
        (
            "Emails",
            "noa@levi.co.il, noa",
            "Emails: \"noa\" is not an email address",
        ),
        ("Quality", "7", "Quality: \"7\" is not 1 to 5"),
        ("Role", "ceo", "Role: \"ceo\" is not one of"),
        ("Role", "payer", "Role: the contact belongs to no company"),
        (
            "Status",
            "disqualified",
            "Reason: a disqualified lead needs a reason",
        ),
        ("Reason", "spam", "Reason: only a disqualified lead has one"),
        ("Lifecycle", "🙂", "Lifecycle: \"🙂\" is not one of"),
    ];
    for (label, typed, expected) in cases {
        let mut s = editing();
        set(&mut s, label, typed);
        assert!(update(&mut s, Action::Save).is_empty(), "{label}");
        let error = the_form(&s).error.clone().unwrap_or_default();
        assert!(error.starts_with(expected), "{label}: {error}");
        assert_eq!(the_form(&s).value(label), typed.trim(), "the text is kept");
        let form = the_form(&s);
        let refused = &form.fields[form.focus];
        assert!(
            expected.starts_with(refused.label),
            "{label}: focus on {}",
            refused.label
        );
        assert!(
            refused.note.is_some(),
            "{label}: the problem is said under the field"
        );
    }
}

#[test]
fn a_valid_form_is_saved_and_an_untouched_one_just_closes() {
    let mut s = editing();
    set(&mut s, "Status", "disqualified");
    set(&mut s, "Reason", "spam");
    set(&mut s, "Account", "Levi Design");
    set(&mut s, "Role", "decision maker");
    set(&mut s, "Name", "נועה לוי 🙂 ".repeat(50).as_str());
    let effects = update(&mut s, Action::Save);
    assert!(
        matches!(effects.as_slice(), [Effect::SaveForm(_)]),
        "{effects:?}"
    );

    let mut s = editing();
    assert!(update(&mut s, Action::Save).is_empty());
    assert_eq!(s.overlay, None);
    assert_eq!(
        s.message.as_deref(),
        Some("Nothing changed: nothing to save.")
    );
}

#[test]
fn enter_breaks_the_line_in_the_notes_and_saves_elsewhere() {
    let keymap = Keymap::default();
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    let mut s = editing();
    assert_eq!(keymap.route(&s, enter), Some(Action::Save));
    focus(&mut s, "Notes");
    assert_eq!(keymap.route(&s, enter), Some(Action::NewLine));
    assert_eq!(keymap.route(&s, ctrl_s), Some(Action::Save));
    update(&mut s, Action::NewLine);
    update(&mut s, Action::Input('x'));
    assert_eq!(the_form(&s).value("Notes"), "Kitchen\nwalnut\nx");
    focus(&mut s, "Name");
    update(&mut s, Action::Input('\n'));
    update(&mut s, Action::NewLine);
    assert_eq!(the_form(&s).value("Name"), "Noa Levi", "one line only");
}

#[test]
fn the_owner_is_picked_from_the_people_narrowed_as_typed() {
    let mut s = editing();
    focus(&mut s, "Owner");
    update(&mut s, Action::ClearField);
    assert_eq!(the_form(&s).value("Owner"), "");
    for c in "os".chars() {
        update(&mut s, Action::Input(c));
    }
    update(&mut s, Action::Down);
    assert_eq!(the_form(&s).value("Owner"), "Moshe");
    update(&mut s, Action::Down);
    assert_eq!(the_form(&s).value("Owner"), "Yossi", "Dana holds no \"os\"");
    update(&mut s, Action::Down);
    assert_eq!(the_form(&s).value("Owner"), "Moshe", "round again");
}

#[test]
fn a_field_changed_meanwhile_is_shown_and_saving_again_overwrites() {
    let mut s = editing();
    set(&mut s, "Name", "Noa Cohen");
    let theirs = vec![Meanwhile {
        field: "Name",
        theirs: "Noa Levi-Cohen".into(),
        note: "changed meanwhile to \"Noa Levi-Cohen\" by Yossi at 10:00; save again to overwrite"
            .into(),
    }];
    let message = "Changed meanwhile elsewhere: Name.".to_string();
    update(&mut s, Action::ChangedMeanwhile { theirs, message });
    let form = the_form(&s);
    let name = form.fields.iter().find(|f| f.label == "Name").unwrap();
    assert!(name.note.as_deref().unwrap().contains("by Yossi"));
    assert_eq!(
        name.initial, "Noa Levi-Cohen",
        "theirs is what is replaced now"
    );
    assert_eq!(name.value, "Noa Cohen", "yours is kept");
    assert!(matches!(
        update(&mut s, Action::Save).as_slice(),
        [Effect::SaveForm(_)]
    ));
}

/// A store holding Noa, and the form as it opened on her.
fn stored() -> (Store, Form) {
    let mut store = Store::open_in_memory(&Config::default()).unwrap();
    let (contact, _) = store.add_lead(now(), &noa()).unwrap();
    let form = form(&contact, &people());
    (store, form)
}

fn with(mut form: Form, changes: &[(&str, &str)]) -> Form {
    for (label, value) in changes {
        form.fields
            .iter_mut()
            .find(|f| f.label == *label)
            .unwrap()
            .value = value.to_string();
    }
    form
}

#[test]
fn saving_writes_only_the_changed_fields() {
    let (mut store, opened) = stored();
    // A colleague changes the owner and the source after the form opened.
    store
        .edit_contact(now(), "a", |_, c| {
            c.owner = Some("Yossi".into());
            c.source = Some("Referral".into());
            Ok(())
        })
        .unwrap();
    let form = with(
        opened,
        &[
            ("Name", "Noa Cohen"),
            ("Phones", "052-381-7720, +972544900148"),
        ],
    );
    let message = save(&mut store, &form, "a", now()).unwrap();
    assert_eq!(message, "Saved Noa Cohen: name, phones");
    let noa = store.contact("a").unwrap();
    assert_eq!(noa.name, "Noa Cohen");
    assert_eq!(
        noa.owner.as_deref(),
        Some("Yossi"),
        "an untouched field is not written"
    );
    assert_eq!(noa.source.as_deref(), Some("Referral"));
    let phones: Vec<&str> = noa.phones.iter().map(|p| p.display()).collect();
    assert_eq!(
        phones,
        ["+972523817720", "+972544900148"],
        "the first is the primary"
    );
}

#[test]
fn moving_a_phone_first_makes_it_the_primary() {
    let (mut store, opened) = stored();
    let two = with(opened.clone(), &[("Phones", "+972544900148, 03-555-1234")]);
    save(&mut store, &two, "a", now()).unwrap();
    let reopened = form(&store.contact("a").unwrap(), &people());
    let moved = with(reopened, &[("Phones", "+97235551234, +972544900148")]);
    save(&mut store, &moved, "a", now()).unwrap();
    let phones: Vec<String> = store
        .contact("a")
        .unwrap()
        .phones
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(phones, ["+97235551234", "+972544900148"]);
}

#[test]
fn a_field_changed_meanwhile_is_not_overwritten_until_saved_again() {
    let (mut store, opened) = stored();
    store
        .edit_contact(now(), "a", |_, c| {
            c.name = "Noa Levi-Cohen".into();
            Ok(())
        })
        .unwrap();
    let mut form = with(opened, &[("Name", "Noa Cohen"), ("Quality", "4")]);
    let Err(Refusal::ChangedMeanwhile { theirs, message }) = save(&mut store, &form, "a", now())
    else {
        panic!("saved over a change made meanwhile");
    };
    assert_eq!(theirs.len(), 1, "{theirs:?}");
    assert_eq!(theirs[0].field, "Name");
    assert!(
        theirs[0]
            .note
            .starts_with("changed meanwhile to \"Noa Levi-Cohen\" by ")
    );
    assert!(message.contains("Name"));
    let noa = store.contact("a").unwrap();
    assert_eq!(
        (noa.name.as_str(), noa.quality),
        ("Noa Levi-Cohen", None),
        "nothing written"
    );

    form.changed_meanwhile(&theirs);
    save(&mut store, &form, "a", now()).unwrap();
    let noa = store.contact("a").unwrap();
    assert_eq!((noa.name.as_str(), noa.quality), ("Noa Cohen", Some(4)));
}

#[test]
fn an_unreadable_phone_is_stored_with_a_warning() {
    let (mut store, opened) = stored();
    let form = with(opened, &[("Phones", "+972544900148, call the office")]);
    let message = save(&mut store, &form, "a", now()).unwrap();
    assert!(message.contains("warning: the phone number \"call the office\" could not be read"));
    assert_eq!(store.contact("a").unwrap().phones.len(), 2);
}

#[test]
fn every_field_is_saved_as_the_command_line_reads_it() {
    let (mut store, opened) = stored();
    let form = with(
        opened,
        &[
            ("Aliases", "נועה לוי, N. Levi"),
            ("Emails", "Noa@Levi.co.il, office@levi.co.il"),
            ("Account", "Levi Design"),
            ("Role", "decision maker"),
            ("Source", "Facebook ad"),
            ("Campaign", "Spring"),
            ("Origin", "inbound"),
            ("Owner", ""),
            ("Lifecycle", "sql"),
            ("Status", "disqualified"),
            ("Reason", "no budget"),
            ("Quality", "5"),
            ("Flags", "VIP, bad-payer, vip"),
            ("Channel", "WhatsApp"),
            ("Best time", "after 17:00"),
            ("Notes", "line one\nline two"),
        ],
    );
    save(&mut store, &form, "a", now()).unwrap();
    let c = store.contact("a").unwrap();
    assert_eq!(c.aliases, ["נועה לוי", "N. Levi"]);
    assert_eq!(c.emails, ["noa@levi.co.il", "office@levi.co.il"]);
    assert_eq!(c.company(), Some("Levi Design"));
    assert_eq!(c.accounts[0].role, Some(Role::DecisionMaker));
    assert_eq!(c.source.as_deref(), Some("Facebook ad"));
    assert_eq!(c.campaign.as_deref(), Some("Spring"));
    assert_eq!(c.origin, Some(Origin::Inbound));
    assert_eq!(c.owner, None);
    assert_eq!(c.lifecycle, Lifecycle::Sql);
    assert_eq!(c.status, LeadStatus::Disqualified);
    assert_eq!(c.disqualified_reason.as_deref(), Some("no budget"));
    assert_eq!(c.quality, Some(5));
    assert_eq!(c.flags, ["vip", "bad-payer"]);
    assert_eq!(c.preferred_channel.as_deref(), Some("whatsapp"));
    assert_eq!(c.best_time.as_deref(), Some("after 17:00"));
    assert_eq!(c.notes.as_deref(), Some("line one\nline two"));
    // Back to connected: the reason goes with the status it belonged to.
    let reopened = with(form_of(&store), &[("Status", "connected")]);
    save(&mut store, &reopened, "a", now()).unwrap();
    assert_eq!(store.contact("a").unwrap().disqualified_reason, None);
}

/// A flag that held nothing but control characters is no flag, as on the command line.
#[test]
fn a_flag_of_control_characters_alone_is_not_stored() {
    let (mut store, opened) = stored();
    let form = with(opened, &[("Flags", "vip, \u{1b}[31m\u{7}, vip")]);
    save(&mut store, &form, "a", now()).unwrap();
    assert_eq!(store.contact("a").unwrap().flags, ["vip"]);
}

fn form_of(store: &Store) -> Form {
    form(&store.contact("a").unwrap(), &people())
}
