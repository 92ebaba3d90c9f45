//! Undo and redo in the desk, on the demo file: each kind of write is taken back
//! and made again through the same actions the keys `u` and `U` produce, and an
//! undo never overwrites what changed since.

use chrono::{DateTime, TimeZone, Utc};
use leadometer::domain::{InteractionKind, LeadStatus};
use leadometer::store::Store;
use leadometer::tui::app::{Action, State, Tab};
use leadometer::tui::runtime::apply;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap()
}

struct Desk {
    store: Store,
    state: State,
}

impl Desk {
    fn demo() -> Desk {
        let (_, store, state) = crate::common::demo_desk();
        Desk { store, state }
    }

    fn act(&mut self, action: Action) -> &mut Desk {
        let failed = apply(&mut self.store, &mut self.state, action);
        assert!(failed.is_empty(), "{failed:?}");
        self
    }

    fn type_text(&mut self, text: &str) -> &mut Desk {
        for c in text.chars() {
            self.act(Action::Input(c));
        }
        self
    }

    /// Noa Levi's timeline, found by her phone.
    fn open_noa(&mut self) -> String {
        self.act(Action::OpenSearch)
            .type_text("4900148")
            .act(Action::Open);
        self.state.page.as_ref().unwrap().contact.id.clone()
    }

    fn message(&self) -> &str {
        self.state.message.as_deref().unwrap_or("")
    }

    fn calls(&self, contact_id: &str) -> usize {
        let timeline = self.store.timeline(contact_id).unwrap();
        timeline
            .iter()
            .filter(|i| i.kind == InteractionKind::Call)
            .count()
    }
}

#[test]
fn a_logged_call_is_undone_and_redone_and_the_status_line_names_it() {
    let mut desk = Desk::demo();
    let noa = desk.open_noa();
    let before = desk.calls(&noa);
    desk.act(Action::Log(InteractionKind::Call))
        .type_text("wants walnut")
        .act(Action::Save);
    assert_eq!(desk.calls(&noa), before + 1);

    desk.act(Action::Undo);
    assert_eq!(desk.message(), "Undid: logged call for Noa Levi");
    assert_eq!(desk.calls(&noa), before);
    let page = desk.state.page.as_ref().unwrap();
    assert!(
        page.timeline
            .iter()
            .all(|i| i.text.as_deref() != Some("wants walnut"))
    );

    desk.act(Action::Redo);
    assert_eq!(desk.message(), "Redid: logged call for Noa Levi");
    assert_eq!(desk.calls(&noa), before + 1);
}

#[test]
fn a_triage_decision_and_a_deal_move_are_undone_several_levels_deep() {
    let mut desk = Desk::demo();
    let noa = desk.open_noa();
    let status = desk.store.contact(&noa).unwrap().status;
    desk.act(Action::Nurture).act(Action::Save);
    assert_eq!(
        desk.store.contact(&noa).unwrap().status,
        LeadStatus::Nurturing
    );

    desk.act(Action::GoTo(Tab::Deals));
    let card = desk.state.selected_card().unwrap().deal.clone();
    desk.act(Action::StageForward);
    assert_ne!(desk.store.deal(&card.id).unwrap().stage, card.stage);

    desk.act(Action::Undo);
    assert_eq!(desk.store.deal(&card.id).unwrap().stage, card.stage);
    assert_eq!(
        desk.store.contact(&noa).unwrap().status,
        LeadStatus::Nurturing
    );
    desk.act(Action::Undo);
    assert_eq!(desk.store.contact(&noa).unwrap().status, status);
    assert!(
        desk.message().starts_with("Undid: Noa Levi"),
        "{}",
        desk.message()
    );
}

#[test]
fn an_added_lead_undone_is_gone_from_search_and_its_page_closes() {
    let mut desk = Desk::demo();
    desk.act(Action::AddLead)
        .type_text("Ron Tal")
        .act(Action::NextField)
        .type_text("052-555-1234")
        .act(Action::Save);
    assert_eq!(desk.state.tab, Tab::Timeline);
    assert_eq!(desk.store.search("Ron Tal", None).unwrap().len(), 1);

    desk.act(Action::Undo);
    assert_eq!(desk.store.search("Ron Tal", None).unwrap().len(), 0);
    assert_eq!(
        (desk.state.tab, desk.state.page.is_none()),
        (Tab::Inbox, true)
    );
    assert!(
        desk.message().starts_with("Undid: added Ron Tal"),
        "{}",
        desk.message()
    );
}

#[test]
fn an_undo_never_overwrites_a_change_made_since_elsewhere() {
    let mut desk = Desk::demo();
    let noa = desk.open_noa();
    let status = desk.store.contact(&noa).unwrap().status;
    desk.act(Action::Nurture).act(Action::Save);
    // A colleague's change to the same field, arrived meanwhile: neither what the
    // step left nor what it would bring back.
    let theirs = [LeadStatus::Attempting, LeadStatus::New]
        .into_iter()
        .find(|s| *s != status)
        .unwrap();
    desk.store
        .edit_contact(now(), &noa, |_, contact| {
            contact.status = theirs;
            Ok(())
        })
        .unwrap();

    desk.act(Action::Undo);
    assert!(
        desk.message().starts_with(
            "Cannot undo \"Noa Levi: nurturing\": the contact's status was changed since"
        ),
        "{}",
        desk.message()
    );
    assert_eq!(desk.store.contact(&noa).unwrap().status, theirs);
    // The step stays, to be tried again once the field is as the step left it.
    assert_eq!(desk.state.history.next_undo(), Some("Noa Levi: nurturing"));
}

#[test]
fn a_nurture_with_a_day_to_come_back_is_undone_with_its_follow_up() {
    let mut desk = Desk::demo();
    let noa = desk.open_noa();
    let status = desk.store.contact(&noa).unwrap().status;
    let tasks = desk.store.tasks_for(&noa).unwrap().len();
    desk.act(Action::Nurture)
        .type_text("no budget yet")
        .act(Action::NextField)
        .type_text("in 3 weeks")
        .act(Action::Save);
    assert_eq!(
        desk.store.contact(&noa).unwrap().status,
        LeadStatus::Nurturing
    );
    let added = desk.store.tasks_for(&noa).unwrap();
    let come_back = added
        .iter()
        .find(|t| t.title == "Come back to Noa Levi: no budget yet")
        .expect("the follow-up to come back");
    assert_eq!(come_back.due_at, now() + chrono::Duration::weeks(3));
    let decision = desk.store.timeline(&noa).unwrap();
    assert!(
        decision
            .iter()
            .any(|i| i.text.as_deref() == Some("nurture: no budget yet (by Dana)")),
        "{decision:?}"
    );

    desk.act(Action::Undo);
    assert_eq!(desk.store.contact(&noa).unwrap().status, status);
    assert_eq!(desk.store.tasks_for(&noa).unwrap().len(), tasks);
    desk.act(Action::Redo);
    assert_eq!(desk.store.tasks_for(&noa).unwrap().len(), tasks + 1);
}

#[test]
fn converting_a_contact_with_an_open_deal_asks_first_and_names_it() {
    let mut desk = Desk::demo();
    let noa = desk.open_noa();
    let open = desk
        .store
        .deals_for(&noa)
        .unwrap()
        .into_iter()
        .find(|d| d.is_open())
        .expect("the demo's Noa has an open deal");
    let deals = desk.store.deals_for(&noa).unwrap().len();
    desk.act(Action::Convert).act(Action::Save);
    let asked = format!(
        "Noa Levi already has the open deal \"{}\" ({} {}, {}). Make a second deal? Enter makes it",
        open.title,
        open.amount_text(),
        open.currency,
        open.stage
    );
    assert_eq!(desk.message(), asked);
    assert_eq!(desk.store.deals_for(&noa).unwrap().len(), deals);
    desk.act(Action::Save);
    assert_eq!(desk.store.deals_for(&noa).unwrap().len(), deals + 1);
}
