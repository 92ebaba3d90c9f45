//! The Contacts and Accounts screens, the add-to-account dialog, an empty search and
//! lists cut at 80×24, drawn on the demo data as the parent module draws every screen.

use super::{Desk, now};
use leadometer::domain::Contact;
use leadometer::tui::app::{Action, Tab};

#[test]
fn contacts_everyone_most_recently_active_first() {
    Desk::demo()
        .act(Action::GoTo(Tab::Contacts))
        .snapshot("contacts");
}

#[test]
fn contacts_filtered_and_sorted_by_name() {
    let mut desk = Desk::demo();
    desk.act(Action::GoTo(Tab::Contacts))
        .act(Action::CycleSort)
        .act(Action::OpenFilters)
        .snapshot("contacts_filters");
    // Status: connected (↓ twice from "any": new, attempting... three steps).
    desk.act(Action::NextField)
        .act(Action::Down)
        .act(Action::Down)
        .act(Action::Down)
        .act(Action::Save)
        .snapshot("contacts_filtered");
}

#[test]
fn accounts_and_one_opened() {
    let mut desk = Desk::demo();
    desk.act(Action::GoTo(Tab::Accounts)).snapshot("accounts");
    desk.act(Action::Open).snapshot("account_open");
}

#[test]
fn a_contact_added_to_an_account_is_found_as_one_types() {
    let mut desk = Desk::demo();
    desk.act(Action::GoTo(Tab::Accounts))
        .act(Action::AddToAccount)
        .type_text("emma")
        .snapshot("account_add");
    desk.act(Action::Down).act(Action::Save);
    assert!(desk.state.overlay.is_none(), "{:?}", desk.state.message);
    desk.snapshot("account_added");
}

#[test]
fn an_empty_search_lists_the_most_recently_active() {
    Desk::demo()
        .act(Action::OpenSearch)
        .snapshot("search_empty");
}

#[test]
fn a_cut_list_says_how_much_more_there_is() {
    let mut desk = Desk::demo();
    for index in 0..1234 {
        let name = format!("Lead {index:04}");
        let lead = Contact::new_lead(leadometer::store::new_id(), name, now(), "Dana");
        desk.store.insert_contact(now(), &lead).unwrap();
    }
    desk.act(Action::Refresh)
        .act(Action::GoTo(Tab::Contacts))
        .snapshot("contacts_cut");
    desk.act(Action::GoTo(Tab::Inbox))
        .snapshot("inbox_cut_long");
}

#[test]
fn campaigns_a_checklist_and_the_templates() {
    let mut desk = Desk::demo();
    desk.act(Action::GoTo(Tab::Campaigns)).snapshot("campaigns");
    desk.act(Action::Open).snapshot("campaign_checklist");
    desk.act(Action::Down)
        .act(Action::Down)
        .act(Action::Open)
        .snapshot("campaign_send");
    desk.act(Action::Back)
        .act(Action::Back)
        .act(Action::Back)
        .act(Action::ToggleTemplates)
        .act(Action::Down)
        .snapshot("templates");
}

#[test]
fn a_message_is_sent_from_the_desk_and_confirmed() {
    let mut desk = Desk::demo();
    desk.open_noa()
        .act(Action::SendMessage)
        .snapshot("send_dialog");
}
