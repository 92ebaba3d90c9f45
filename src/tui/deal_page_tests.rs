//! A deal's page and the new-deal key through `update()` and the keymap.

use super::*;
use crate::domain::deal::StageStep;
use crate::tui::app::{Column, update};
use crate::tui::fixtures::*;
use crate::tui::forms::{Form, FormKind};
use crate::tui::keymap::{Keymap, Layer};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The board open, the second deal of Meeting selected.
fn on_the_board() -> State {
    let mut s = state();
    s.tab = Tab::Deals;
    update(&mut s, Action::BoardLoaded(board()));
    update(&mut s, Action::Right);
    update(&mut s, Action::Down);
    s
}

fn view_of(card: &crate::tui::app::Card) -> DealView {
    DealView {
        deal: card.deal.clone(),
        contact_name: card.contact_name.clone(),
        steps: vec![StageStep {
            at: now(),
            stage: Some(card.deal.stage.clone()),
            by: Some("Dana".into()),
        }],
        probability: 0.3,
        expected_value: 300.0,
        stage_known: true,
        scroll: 0,
    }
}

/// The page of the selected deal, opened as the runtime opens it.
fn on_the_page() -> State {
    let mut s = on_the_board();
    let view = view_of(s.selected_card().unwrap());
    update(&mut s, Action::DealLoaded(Box::new(view)));
    s
}

fn page(s: &State) -> &DealView {
    match &s.overlay {
        Some(Overlay::Deal(view)) => view,
        other => panic!("no deal page open: {other:?}"),
    }
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn enter_on_the_board_loads_the_deal_s_page_which_scrolls_and_closes() {
    let mut s = on_the_board();
    assert_eq!(
        update(&mut s, Action::Open),
        [Effect::LoadDeal("Meeting2".into())]
    );
    let mut s = on_the_page();
    assert_eq!(page(&s).deal.id, "Meeting2");
    update(&mut s, Action::Down);
    update(&mut s, Action::PageDown);
    assert_eq!(page(&s).scroll, 11);
    update(&mut s, Action::PageUp);
    update(&mut s, Action::Up);
    update(&mut s, Action::Up);
    assert_eq!(page(&s).scroll, 0);
    let reloaded = view_of(s.selected_card().unwrap());
    update(&mut s, Action::Down);
    update(&mut s, Action::DealLoaded(Box::new(reloaded)));
    assert_eq!(page(&s).scroll, 1, "a reload keeps the scroll");
    update(&mut s, Action::Back);
    assert_eq!(s.overlay, None);
    assert_eq!(s.tab, Tab::Deals);
}

#[test]
fn a_page_loaded_while_another_box_is_open_waits() {
    let mut s = on_the_board();
    update(&mut s, Action::OpenSearch);
    let view = view_of(s.selected_card().unwrap());
    update(&mut s, Action::DealLoaded(Box::new(view)));
    assert!(matches!(s.overlay, Some(Overlay::Search(_))));
}

#[test]
fn e_on_the_page_loads_the_edit_form_and_saving_brings_the_page_back() {
    let mut s = on_the_page();
    assert_eq!(
        update(&mut s, Action::EditDeal),
        [Effect::LoadDealForm {
            contact_id: "contact-Meeting2".into(),
            deal_id: Some("Meeting2".into()),
        }]
    );
    assert_eq!(s.overlay, None, "the form takes the page's place");
    let mut form = Form::for_contact(FormKind::EditDeal, "contact-Meeting2", "Contact Meeting2");
    form.deal_id = Some("Meeting2".into());
    update(&mut s, Action::EditorLoaded(Box::new(form)));
    assert!(matches!(&s.overlay, Some(Overlay::Form(f)) if f.kind == FormKind::EditDeal));
    let effects = update(
        &mut s,
        Action::Saved {
            message: "Saved the deal".into(),
            contact_id: "contact-Meeting2".into(),
        },
    );
    assert!(
        effects.contains(&Effect::LoadDeal("Meeting2".into())),
        "{effects:?}"
    );
    assert!(effects.contains(&Effect::LoadBoard), "{effects:?}");
}

#[test]
fn d_on_the_page_deletes_the_deal_at_once() {
    let mut s = on_the_page();
    assert_eq!(
        update(&mut s, Action::DeleteDeal),
        [Effect::DeleteDeal {
            deal_id: "Meeting2".into(),
            contact_id: "contact-Meeting2".into(),
        }]
    );
    assert_eq!(s.overlay, None);
}

#[test]
fn o_opens_the_deal_s_contact_from_the_page_and_from_the_board() {
    let mut s = on_the_page();
    assert_eq!(
        update(&mut s, Action::OpenDealContact),
        [Effect::LoadContact("contact-Meeting2".into())]
    );
    assert_eq!((s.tab, &s.overlay), (Tab::Timeline, &None));
    let mut s = on_the_board();
    assert_eq!(
        update(&mut s, Action::OpenDealContact),
        [Effect::LoadContact("contact-Meeting2".into())]
    );
    assert_eq!(s.tab, Tab::Timeline);
    let mut empty = state();
    empty.tab = Tab::Deals;
    assert!(update(&mut empty, Action::OpenDealContact).is_empty());
    assert_eq!(empty.message.as_deref(), Some(crate::tui::actions::NO_DEAL));
}

#[test]
fn d_opens_a_new_deal_for_the_current_contact_or_says_why_not() {
    let mut s = state();
    assert_eq!(
        update(&mut s, Action::NewDeal),
        [Effect::LoadDealForm {
            contact_id: "a".into(),
            deal_id: None,
        }]
    );
    let mut s = on_the_board();
    assert_eq!(
        update(&mut s, Action::NewDeal),
        [Effect::LoadDealForm {
            contact_id: "contact-Meeting2".into(),
            deal_id: None,
        }],
        "on the board: the selected deal's contact"
    );
    let mut nobody = state();
    nobody.tab = Tab::Timeline;
    assert!(update(&mut nobody, Action::NewDeal).is_empty());
    assert_eq!(
        nobody.message.as_deref(),
        Some(crate::tui::actions::NO_CONTACT)
    );
}

#[test]
fn the_deal_layer_takes_its_keys_and_swallows_the_rest() {
    let keymap = Keymap::default();
    let s = on_the_page();
    assert_eq!(Layer::innermost(&s), Layer::Deal);
    assert_eq!(keymap.route(&s, key('e')), Some(Action::EditDeal));
    assert_eq!(keymap.route(&s, key('D')), Some(Action::DeleteDeal));
    assert_eq!(keymap.route(&s, key('o')), Some(Action::OpenDealContact));
    assert_eq!(
        keymap.route(&s, key('c')),
        None,
        "no call logged behind the page"
    );
    let board = on_the_board();
    assert_eq!(
        keymap.route(&board, key('o')),
        Some(Action::OpenDealContact)
    );
    assert_eq!(keymap.route(&board, key('d')), Some(Action::NewDeal));
    assert_eq!(keymap.route(&state(), key('d')), Some(Action::NewDeal));
}

#[test]
fn a_deal_in_an_unknown_stage_moves_out_of_its_column_never_into_one() {
    let mut s = state();
    s.tab = Tab::Deals;
    let mut columns = board();
    let mut odd = columns[0].clone();
    odd.stage = "Discovery".into();
    odd.unknown = true;
    for card in &mut odd.cards {
        card.deal.stage = "Discovery".into();
        card.deal.id = format!("odd-{}", card.deal.id);
    }
    columns.insert(0, odd);
    let columns: Vec<Column> = columns;
    update(&mut s, Action::BoardLoaded(columns));
    assert_eq!(
        update(&mut s, Action::StageForward),
        [Effect::MoveDeal {
            deal_id: "odd-Call1".into(),
            stage: "Call".into(),
            contact_id: "contact-Call1".into(),
        }]
    );
    update(&mut s, Action::Right);
    assert!(
        update(&mut s, Action::StageBack).is_empty(),
        "Call is the first stage the pipeline has"
    );
    assert_eq!(
        s.message.as_deref(),
        Some(crate::tui::actions::END_OF_PIPELINE)
    );
}
