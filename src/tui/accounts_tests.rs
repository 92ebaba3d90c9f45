//! update() on the Accounts screen: the list, an account opened, a person opened,
//! and a contact added in a role through the dialog, with its refusals.

use super::*;
use crate::domain::{Contact, Membership};
use crate::store::{AccountDeal, MatchedOn};
use crate::tui::app::update;
use crate::tui::fixtures::{now, state};

fn summary(id: &str, name: &str) -> AccountSummary {
    AccountSummary {
        id: id.into(),
        name: name.into(),
        contacts: 1,
        deals: 1,
        total: [("ILS", 48_000.0)].into_iter().collect(),
    }
}

fn detail(id: &str, members: &[(&str, &str)]) -> AccountDetail {
    AccountDetail {
        id: id.into(),
        name: format!("Account {id}"),
        members: members
            .iter()
            .map(|(contact_id, name)| AccountMember {
                contact_id: (*contact_id).into(),
                name: (*name).into(),
                role: Some(Role::Payer),
                status: "connected".into(),
            })
            .collect(),
        member_count: members.len() as u64,
        deals: vec![AccountDeal {
            id: "d1".into(),
            contact_id: "a".into(),
            title: "Walnut kitchen".into(),
            amount_minor: 4_800_000,
            currency: "ILS".into(),
            stage: "Quote".into(),
            expected_minor: 2_880_000,
        }],
        deal_count: 1,
        total: [("ILS", 48_000.0)].into_iter().collect(),
        expected: [("ILS", 28_800.0)].into_iter().collect(),
    }
}

/// Plays the store for the screen's reads; returns what else was asked.
fn serve(state: &mut State, effects: Vec<Effect>) -> Vec<Effect> {
    let mut others = Vec::new();
    let mut queue = effects;
    while let Some(effect) = queue.pop() {
        let answer = match effect {
            Effect::LoadAccounts => Action::AccountsLoaded(vec![
                summary("x", "Levi Design"),
                summary("y", "Duna Bau Zrt."),
            ]),
            Effect::LoadAccount(id) => {
                let members: &[(&str, &str)] = match id.as_str() {
                    "x" => &[("a", "Noa Levi"), ("b", "Dana Levi")],
                    _ => &[],
                };
                Action::AccountLoaded {
                    detail: Some(Box::new(detail(&id, members))),
                    id,
                }
            }
            other => {
                others.push(other);
                continue;
            }
        };
        queue.extend(update(state, answer));
    }
    others
}

fn act(state: &mut State, action: Action) -> Vec<Effect> {
    let effects = update(state, action);
    serve(state, effects)
}

fn on_accounts() -> State {
    let mut s = state();
    act(&mut s, Action::GoTo(Tab::Accounts));
    s
}

#[test]
fn the_first_visit_reads_the_list_and_the_selected_account() {
    let mut s = state();
    let effects = update(&mut s, Action::GoTo(Tab::Accounts));
    assert_eq!(effects, [Effect::LoadAccounts]);
    serve(&mut s, effects);
    assert_eq!(s.accounts.list.len(), 2);
    assert_eq!(s.accounts.detail_shown().unwrap().id, "x");
    act(&mut s, Action::Down);
    assert_eq!(
        s.accounts.detail_shown().unwrap().id,
        "y",
        "the detail follows"
    );
    act(&mut s, Action::Down);
    assert_eq!(s.accounts.selected, 1, "stops at the last");
}

#[test]
fn enter_opens_the_account_then_a_person_s_timeline_and_esc_goes_back() {
    let mut s = on_accounts();
    assert_eq!(s.current_contact(), None, "the list has no current contact");
    act(&mut s, Action::Open);
    assert!(s.accounts.open);
    act(&mut s, Action::Down);
    assert_eq!(
        s.current_contact(),
        Some(("b".into(), "Dana Levi".into())),
        "the logging keys act on the person selected"
    );
    act(&mut s, Action::Back);
    assert!(!s.accounts.open);
    act(&mut s, Action::Open);
    let effects = act(&mut s, Action::Open);
    assert_eq!(effects, [Effect::LoadContact("a".into())]);
    assert_eq!(s.tab, Tab::Timeline);
}

#[test]
fn an_open_account_with_nobody_refuses_enter() {
    let mut s = on_accounts();
    act(&mut s, Action::Down);
    act(&mut s, Action::Open);
    assert!(act(&mut s, Action::Open).is_empty());
    assert_eq!(s.tab, Tab::Accounts);
    assert_eq!(s.message.as_deref(), Some(NO_LISTED_CONTACT));
}

#[test]
fn with_no_account_plus_and_enter_say_why() {
    let mut s = state();
    s.tab = Tab::Accounts;
    update(&mut s, Action::AccountsLoaded(Vec::new()));
    update(&mut s, Action::AddToAccount);
    assert!(s.overlay.is_none());
    assert_eq!(s.message.as_deref(), Some(crate::tui::actions::NO_ACCOUNT));
    update(&mut s, Action::Open);
    assert!(!s.accounts.open);
}

fn hit(id: &str, name: &str, company: &str) -> SearchHit {
    let mut contact = Contact::new_lead(id.into(), name.into(), now(), "Dana");
    contact.accounts.push(Membership {
        account_id: "z".into(),
        account: company.into(),
        role: None,
    });
    SearchHit {
        contact,
        matched_on: MatchedOn::Name,
        exact: false,
    }
}

fn form(s: &State) -> &Form {
    match &s.overlay {
        Some(Overlay::Form(form)) if form.kind == FormKind::AddToAccount => form,
        other => panic!("the add dialog is open: {other:?}"),
    }
}

#[test]
fn plus_adds_a_contact_found_as_one_types_in_the_role_chosen() {
    let mut s = on_accounts();
    let effects = act(&mut s, Action::AddToAccount);
    assert_eq!(
        effects,
        [Effect::Search(String::new())],
        "the recent are offered first"
    );
    assert_eq!(form(&s).title(), "Add a contact to: Levi Design");
    let effects = act(&mut s, Action::Input('s'));
    assert_eq!(effects, [Effect::Search("s".into())]);
    let hits = vec![
        hit("r1", "Szabó Réka", "Duna Bau Zrt."),
        hit("r2", "Szabó Réka", "Pannon Solar"),
    ];
    // A reply for an older query is dropped.
    act(
        &mut s,
        Action::SearchResults {
            query: String::new(),
            hits: vec![hit("old", "Old", "")],
        },
    );
    assert!(form(&s).fields[0].choices.is_empty());
    act(
        &mut s,
        Action::SearchResults {
            query: "s".into(),
            hits,
        },
    );
    assert_eq!(
        form(&s).fields[0].offered(),
        ["Szabó Réka · Duna Bau Zrt.", "Szabó Réka · Pannon Solar"],
        "two of one name told apart by their company"
    );
    // Two match: saving asks to pick one.
    assert!(act(&mut s, Action::Save).is_empty());
    assert!(
        form(&s)
            .error
            .as_deref()
            .unwrap()
            .starts_with("Contact: 2 match")
    );
    act(&mut s, Action::Down);
    act(&mut s, Action::Down);
    act(&mut s, Action::NextField);
    act(&mut s, Action::Down);
    let effects = act(&mut s, Action::Save);
    assert_eq!(
        effects,
        [Effect::AddToAccount {
            account_id: "x".into(),
            account_name: "Levi Design".into(),
            contact_id: "r2".into(),
            contact_name: "Szabó Réka".into(),
            role: Role::Payer,
        }]
    );
    let effects = act(
        &mut s,
        Action::Saved {
            message: "Szabó Réka is at Levi Design as payer".into(),
            contact_id: "r2".into(),
        },
    );
    assert!(s.overlay.is_none());
    assert!(
        effects.contains(&Effect::LoadContact("r2".into())),
        "the account and the list were read again: {effects:?}"
    );
}

#[test]
fn a_role_that_is_not_one_is_named() {
    let mut s = on_accounts();
    act(&mut s, Action::AddToAccount);
    act(
        &mut s,
        Action::SearchResults {
            query: String::new(),
            hits: vec![hit("r1", "Noa Levi", "Levi Design")],
        },
    );
    act(&mut s, Action::Down);
    act(&mut s, Action::NextField);
    act(&mut s, Action::ClearField);
    act(&mut s, Action::Input('x'));
    assert!(act(&mut s, Action::Save).is_empty());
    let form = form(&s);
    assert_eq!(form.focus, 1);
    assert!(form.error.as_deref().unwrap().starts_with("Role:"));
}
