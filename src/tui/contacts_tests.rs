//! update() on the Contacts screen: paging, moving, sorting, filtering, opening, and
//! the refusals with nothing selected. The store's side is in tests/it/directory.rs.

use super::*;
use crate::tui::app::update;
use crate::tui::fixtures::{now, state};

fn row(index: u64) -> ContactRow {
    ContactRow {
        id: format!("c{index}"),
        name: format!("Contact {index}"),
        phone: Some(format!("+97254490{index:04}")),
        company: None,
        status: "new".into(),
        lifecycle: "lead".into(),
        owner: None,
        score: 0,
        last_activity: now(),
        created_at: now(),
        flags: Vec::new(),
    }
}

/// Plays the store: answers each page asked for from `total` made-up contacts, and
/// returns what else was asked.
fn serve(state: &mut State, effects: Vec<Effect>, total: u64) -> Vec<Effect> {
    let mut others = Vec::new();
    let mut queue = effects;
    while let Some(effect) = queue.pop() {
        match effect {
            Effect::LoadContacts(query) => {
                let rows = (query.offset..total.min(query.offset + query.limit))
                    .map(row)
                    .collect();
                let page = ContactsPage { query, total, rows };
                queue.extend(update(state, Action::ContactsLoaded(Box::new(page))));
            }
            other => others.push(other),
        }
    }
    others
}

fn act(state: &mut State, action: Action, total: u64) -> Vec<Effect> {
    let effects = update(state, action);
    serve(state, effects, total)
}

fn on_contacts(total: u64) -> State {
    let mut s = state();
    act(&mut s, Action::GoTo(Tab::Contacts), total);
    s
}

#[test]
fn the_first_visit_reads_one_page_and_the_count() {
    let mut s = state();
    let effects = update(&mut s, Action::GoTo(Tab::Contacts));
    let [Effect::LoadContacts(query)] = &effects[..] else {
        panic!("one page asked for: {effects:?}");
    };
    assert_eq!((query.offset, query.limit), (0, PAGE));
    assert_eq!(query.order, ContactOrder::LastActivity);
    serve(&mut s, effects, 1_000_000);
    assert_eq!(s.contacts.total, 1_000_000);
    assert_eq!(s.contacts.rows.len(), PAGE as usize);
    assert_eq!(s.current_contact(), Some(("c0".into(), "Contact 0".into())));
    assert!(
        update(&mut s, Action::Refresh)
            .iter()
            .any(|e| matches!(e, Effect::LoadContacts(q) if q.offset == 0)),
        "a reload reads the page shown again"
    );
}

#[test]
fn moving_past_the_page_reads_the_next_one_and_stops_at_the_ends() {
    let mut s = on_contacts(1_000);
    act(&mut s, Action::Up, 1_000);
    assert_eq!(s.contacts.selected, 0, "stays at the top");
    for _ in 0..25 {
        act(&mut s, Action::PageDown, 1_000);
    }
    assert_eq!(s.contacts.selected, 250);
    assert!(s.contacts.offset > 0, "a later page was read");
    assert_eq!(s.contacts.selected_row().unwrap().id, "c250");
    for _ in 0..200 {
        act(&mut s, Action::PageDown, 1_000);
    }
    assert_eq!(s.contacts.selected, 999, "stops at the last");
    assert_eq!(s.contacts.selected_row().unwrap().id, "c999");
    // Within the page, moving asks for nothing.
    assert!(update(&mut s, Action::Up).is_empty());
}

#[test]
fn s_cycles_the_order_and_starts_from_the_top() {
    let mut s = on_contacts(500);
    act(&mut s, Action::PageDown, 500);
    let mut seen = Vec::new();
    for _ in 0..4 {
        let effects = update(&mut s, Action::CycleSort);
        assert!(
            matches!(&effects[..], [Effect::LoadContacts(q)] if q.order == s.contacts.order && q.offset == 0)
        );
        serve(&mut s, effects, 500);
        assert_eq!(s.contacts.selected, 0);
        seen.push(s.contacts.order);
    }
    assert_eq!(
        seen,
        [
            ContactOrder::Name,
            ContactOrder::Score,
            ContactOrder::Created,
            ContactOrder::LastActivity
        ]
    );
}

#[test]
fn a_page_read_for_another_order_is_dropped() {
    let mut s = on_contacts(10);
    let stale = ContactsPage {
        query: ContactsQuery {
            filter: ContactFilter::default(),
            order: ContactOrder::Score,
            offset: 0,
            limit: PAGE,
        },
        total: 3,
        rows: vec![row(7)],
    };
    update(&mut s, Action::ContactsLoaded(Box::new(stale)));
    assert_eq!(s.contacts.total, 10);
    assert_eq!(s.contacts.rows[0].id, "c0");
}

fn filters_form(s: &mut State) -> Form {
    let effects = update(s, Action::OpenFilters);
    let [Effect::LoadFilters(filter)] = &effects[..] else {
        panic!("the filters are read first: {effects:?}");
    };
    let form = filter_form(
        filter,
        &["Dana".into(), "Yossi".into()],
        &["Levi Design".into()],
    );
    update(s, Action::FiltersLoaded(Box::new(form.clone())));
    form
}

#[test]
fn f_filters_by_the_dialog_shows_them_and_esc_clears_them() {
    let mut s = on_contacts(50);
    let form = filters_form(&mut s);
    assert_eq!(form.value("Status"), "any");
    assert!(matches!(&s.overlay, Some(Overlay::Form(f)) if f.kind == FormKind::ContactFilters));
    // Status: ↓ steps to "new"; Owner: typing narrows to Yossi.
    update(&mut s, Action::NextField);
    update(&mut s, Action::Down);
    update(&mut s, Action::NextField);
    update(&mut s, Action::ClearField);
    for c in "yos".chars() {
        update(&mut s, Action::Input(c));
    }
    update(&mut s, Action::Down);
    let effects = update(&mut s, Action::Save);
    assert!(s.overlay.is_none(), "applied and closed");
    let filter = &s.contacts.filter;
    assert_eq!(filter.status.as_deref(), Some("new"));
    assert_eq!(filter.owner.as_deref(), Some("Yossi"));
    assert_eq!(filter.lifecycle, None, "any is no filter");
    assert!(
        matches!(&effects[..], [Effect::LoadContacts(q)] if q.filter == *filter && q.offset == 0)
    );
    serve(&mut s, effects, 3);
    let effects = update(&mut s, Action::Back);
    assert!(s.contacts.filter.is_empty());
    assert!(matches!(&effects[..], [Effect::LoadContacts(q)] if q.filter.is_empty()));
}

#[test]
fn a_filter_word_that_is_not_one_is_named_and_the_dialog_stays() {
    let mut s = on_contacts(5);
    filters_form(&mut s);
    update(&mut s, Action::ClearField);
    for c in "customr".chars() {
        update(&mut s, Action::Input(c));
    }
    update(&mut s, Action::Save);
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("the dialog stays open");
    };
    assert!(form.error.as_deref().unwrap().starts_with("Lifecycle:"));
    assert!(s.contacts.filter.is_empty());
}

#[test]
fn enter_opens_the_selected_contact_s_timeline() {
    let mut s = on_contacts(5);
    act(&mut s, Action::Down, 5);
    let effects = update(&mut s, Action::Open);
    assert_eq!(s.tab, Tab::Timeline);
    assert_eq!(effects, [Effect::LoadContact("c1".into())]);
}

#[test]
fn with_nobody_listed_enter_and_the_contact_keys_say_why() {
    let mut s = on_contacts(0);
    assert!(update(&mut s, Action::Open).is_empty());
    assert_eq!(s.tab, Tab::Contacts);
    assert_eq!(
        s.message.as_deref(),
        Some(crate::tui::actions::NO_LISTED_CONTACT)
    );
    update(&mut s, Action::Log(crate::domain::InteractionKind::Call));
    assert!(s.overlay.is_none());
    assert_eq!(s.message.as_deref(), Some(crate::tui::actions::NO_CONTACT));
}

#[test]
fn off_screen_nothing_is_read_and_coming_back_reads_the_page_again() {
    let mut s = on_contacts(30);
    act(&mut s, Action::PageDown, 30);
    update(&mut s, Action::GoTo(Tab::Inbox));
    let effects = update(&mut s, Action::Refresh);
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::LoadContacts(_))),
        "{effects:?}"
    );
    let effects = update(&mut s, Action::GoTo(Tab::Contacts));
    assert!(matches!(&effects[..], [Effect::LoadContacts(q)] if q.offset == 0));
    serve(&mut s, effects, 30);
    assert_eq!(s.contacts.selected, 10, "the selection stays");
}
