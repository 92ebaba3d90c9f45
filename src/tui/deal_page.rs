//! A deal's page over the board: its amount, probability and expected value, the
//! stages it went through with their dates, competitors, quotes, close date, owner
//! and notes. Its keys (the `deal` layer) edit the deal in a form (`deal_form`),
//! delete it, or open its contact.

use super::app::{Action, Effect, Overlay, State, Tab};
use crate::domain::Deal;
use crate::domain::deal::StageStep;
use crate::store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct DealView {
    pub deal: Deal,
    pub contact_name: String,
    /// The stages it entered, oldest first.
    pub steps: Vec<StageStep>,
    /// Its chance of closing and its expected value, by the config's pipeline.
    pub probability: f64,
    pub expected_value: f64,
    /// Whether the config's pipeline has the deal's stage (it may have been renamed).
    pub stage_known: bool,
    /// Lines scrolled past at the top.
    pub scroll: u16,
}

/// What the page shows of the deal `id`, read from the store.
pub fn load(store: &Store, id: &str) -> Result<DealView, StoreError> {
    let deal = store.deal(id)?;
    let contact_name = store.contact(&deal.contact_id)?.name;
    let pipeline = store.config().pipeline();
    Ok(DealView {
        steps: store.stage_history(&deal)?,
        probability: deal.probability(&pipeline),
        expected_value: deal.expected_value(&pipeline),
        stage_known: pipeline.knows(&deal.stage),
        contact_name,
        deal,
        scroll: 0,
    })
}

/// Enter on the board: the selected deal's page, once loaded.
pub(crate) fn open(state: &State) -> Vec<Effect> {
    state
        .selected_card()
        .map(|card| vec![Effect::LoadDeal(card.deal.id.clone())])
        .unwrap_or_default()
}

/// A page loaded: shown unless another box opened meanwhile; a page already open
/// (reloaded after a save) keeps where it was scrolled to.
pub(crate) fn on_loaded(state: &mut State, mut view: DealView) {
    match &state.overlay {
        None => state.overlay = Some(Overlay::Deal(view)),
        Some(Overlay::Deal(open)) if open.deal.id == view.deal.id => {
            view.scroll = open.scroll;
            state.overlay = Some(Overlay::Deal(view));
        }
        Some(_) => {}
    }
}

/// The current contact's new-deal form, filled in by the runtime.
pub(crate) fn new_deal(state: &State) -> Vec<Effect> {
    match state.current_contact() {
        Some((contact_id, _)) => vec![Effect::LoadDealForm {
            contact_id,
            deal_id: None,
        }],
        None => Vec::new(),
    }
}

/// `o` on the board: the selected deal's contact, on the Timeline.
pub(crate) fn open_contact_of_card(state: &mut State) -> Vec<Effect> {
    let Some(card) = state.selected_card() else {
        return Vec::new();
    };
    let id = card.deal.contact_id.clone();
    state.tab = Tab::Timeline;
    vec![Effect::LoadContact(id)]
}

/// Keys while a deal's page is open.
pub(crate) fn on_key(state: &mut State, action: &Action) -> Vec<Effect> {
    let Some(Overlay::Deal(view)) = &mut state.overlay else {
        return Vec::new();
    };
    if super::overlay::scroll_by(&mut view.scroll, action) {
        return Vec::new();
    }
    match action {
        Action::Back | Action::Open => state.overlay = None,
        Action::EditDeal => {
            let effect = Effect::LoadDealForm {
                contact_id: view.deal.contact_id.clone(),
                deal_id: Some(view.deal.id.clone()),
            };
            // The form takes the page's place once loaded; saving brings the page back.
            state.overlay = None;
            return vec![effect];
        }
        Action::DeleteDeal => {
            let effect = Effect::DeleteDeal {
                deal_id: view.deal.id.clone(),
                contact_id: view.deal.contact_id.clone(),
            };
            state.overlay = None;
            return vec![effect];
        }
        Action::OpenDealContact => {
            let id = view.deal.contact_id.clone();
            state.overlay = None;
            state.tab = Tab::Timeline;
            return vec![Effect::LoadContact(id)];
        }
        _ => {}
    }
    Vec::new()
}

/// Deletes the deal; what the status line says names it.
pub(crate) fn delete(
    store: &mut Store,
    deal_id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<String, StoreError> {
    let gone = store.delete_deal(now, deal_id)?;
    Ok(crate::t!(
        "desk-deal-deleted",
        deal = crate::domain::text::clean_line(&gone.title),
        amount = gone.amount_text(),
        currency = gone.currency.as_str(),
        stage = crate::i18n::stage(&crate::domain::text::clean_line(&gone.stage))
    ))
}

#[cfg(test)]
#[path = "deal_page_tests.rs"]
mod tests;
