//! The Accounts screen: each company with its number of people and deals and their
//! total; Enter opens one (a wide terminal shows the selected one beside the list):
//! its people with their roles, its deals with amount, stage and expected value.
//! From there `+` puts a contact at it in a role, found as one types.

use super::actions::NO_LISTED_CONTACT;
use super::app::{Action, Effect, Overlay, State, Tab};
use super::contacts::{for_screen, move_step};
use super::forms::{Field, Form, FormKind};
use crate::domain::Role;
use crate::domain::text::clean_line;
use crate::store::{AccountDetail, AccountMember, AccountSummary, SearchHit, Store};

/// How many of an account's people and deals are read: more than any screen shows,
/// and a company of thousands stays quick to open.
pub const DETAIL_ROWS: u64 = 500;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccountsScreen {
    pub list: Vec<AccountSummary>,
    pub selected: usize,
    /// The selected account is open: ↑/↓ move through its people.
    pub open: bool,
    pub detail: Option<AccountDetail>,
    pub member_selected: usize,
    /// The list has come back at least once.
    pub loaded: bool,
    list_asked: bool,
    detail_asked: Option<String>,
    /// While the add dialog is open: the contacts its field offers, as shown, with
    /// their ids.
    candidates: Vec<(String, String)>,
    /// The screen was on show at the last update: coming back to it reads it again.
    on_show: bool,
}

impl AccountsScreen {
    pub fn selected_account(&self) -> Option<&AccountSummary> {
        self.list.get(self.selected)
    }

    /// The open account's selected person.
    pub fn selected_member(&self) -> Option<&AccountMember> {
        if !self.open {
            return None;
        }
        self.detail_shown()?.members.get(self.member_selected)
    }

    /// The detail read for the selected account (not one read for another).
    pub fn detail_shown(&self) -> Option<&AccountDetail> {
        let selected = self.selected_account()?;
        self.detail.as_ref().filter(|d| d.id == selected.id)
    }

    /// Why Enter cannot act: no account to open, or an open one with nobody in it.
    pub(crate) fn open_refusal(&self) -> Result<(), &'static str> {
        match (self.open, self.selected_account()) {
            (_, None) => Err(super::actions::NO_ACCOUNT),
            (true, Some(_)) => self.selected_member().map(|_| ()).ok_or(NO_LISTED_CONTACT),
            (false, Some(_)) => Ok(()),
        }
    }
}

/// The screen's keys, the add dialog's and their results; None for the rest.
pub(crate) fn update(state: &mut State, action: &Action) -> Option<Vec<Effect>> {
    match action {
        Action::AccountsLoaded(list) => {
            let screen = &mut state.accounts;
            // The selection stays on its account when the list moves around it.
            let was = screen.selected_account().map(|a| a.id.clone());
            screen.list = list.clone();
            screen.loaded = true;
            screen.list_asked = false;
            screen.selected = was
                .and_then(|id| screen.list.iter().position(|a| a.id == id))
                .unwrap_or(screen.selected)
                .min(screen.list.len().saturating_sub(1));
            return Some(Vec::new());
        }
        Action::AccountLoaded { id, detail } => {
            let screen = &mut state.accounts;
            if screen.detail_asked.as_ref() == Some(id) {
                screen.detail_asked = None;
            }
            screen.detail = detail.as_deref().cloned();
            let members = screen.detail.as_ref().map_or(0, |d| d.members.len());
            screen.member_selected = screen.member_selected.min(members.saturating_sub(1));
            return Some(Vec::new());
        }
        _ => {}
    }
    if let Some(Overlay::Form(form)) = &state.overlay
        && form.kind == FormKind::AddToAccount
    {
        return adding(state, action);
    }
    let owns = matches!(action, Action::Open | Action::Back | Action::AddToAccount);
    if !for_screen(state, Tab::Accounts, action, owns)? {
        return Some(Vec::new());
    }
    let screen = &mut state.accounts;
    if let Some(step) = move_step(action) {
        let (selected, len) = if screen.open {
            let members = screen.detail_shown().map_or(0, |d| d.members.len());
            (&mut screen.member_selected, members)
        } else {
            (&mut screen.selected, screen.list.len())
        };
        let step = isize::try_from(step).unwrap_or_default();
        *selected = selected
            .saturating_add_signed(step)
            .min(len.saturating_sub(1));
        return Some(Vec::new());
    }
    match action {
        Action::Open if screen.open => {
            if let Some(member) = screen.selected_member() {
                let id = member.contact_id.clone();
                state.tab = Tab::Timeline;
                return Some(vec![Effect::LoadContact(id)]);
            }
        }
        Action::Open => {
            screen.open = true;
            screen.member_selected = 0;
        }
        Action::Back => screen.open = false,
        Action::AddToAccount => {
            if let Some(account) = screen.selected_account() {
                state.overlay = Some(Overlay::Form(add_form(&account.name)));
                // Before anything is typed, the most recently active are offered.
                return Some(vec![Effect::Search(String::new())]);
            }
        }
        _ => {}
    }
    Some(Vec::new())
}

/// What the screen needs and has not asked for: the list on the first visit, and
/// the selected account in full whenever the selection moves to another.
pub(crate) fn wanted(state: &mut State) -> Vec<Effect> {
    let screen = &mut state.accounts;
    let mut effects = Vec::new();
    let arrived = state.tab == Tab::Accounts && !screen.on_show;
    screen.on_show = state.tab == Tab::Accounts;
    if state.tab != Tab::Accounts {
        return effects;
    }
    if arrived && screen.loaded {
        // What changed while other screens were on show is read on the way back.
        effects.push(Effect::LoadAccounts);
        if let Some(detail) = &screen.detail {
            effects.push(Effect::LoadAccount(detail.id.clone()));
        }
        return effects;
    }
    if !screen.loaded && !screen.list_asked {
        screen.list_asked = true;
        effects.push(Effect::LoadAccounts);
    }
    if let Some(account) = screen.selected_account()
        && screen.detail.as_ref().is_none_or(|d| d.id != account.id)
        && screen.detail_asked.as_ref() != Some(&account.id)
    {
        let id = account.id.clone();
        screen.detail_asked = Some(id.clone());
        effects.push(Effect::LoadAccount(id));
    }
    effects
}

/// The list and the account shown, read again: after a save, or a change elsewhere.
/// Off screen nothing is read: coming back reads them (`wanted`).
pub(crate) fn reloads(state: &State) -> Vec<Effect> {
    let screen = &state.accounts;
    if !screen.loaded || state.tab != Tab::Accounts {
        return Vec::new();
    }
    let mut effects = vec![Effect::LoadAccounts];
    if let Some(detail) = &screen.detail {
        effects.push(Effect::LoadAccount(detail.id.clone()));
    }
    effects
}

pub(crate) fn load(store: &Store) -> Action {
    store
        .accounts_overview()
        .map_or_else(|e| Action::Failed(e.to_string()), Action::AccountsLoaded)
}

pub(crate) fn load_one(store: &Store, id: String) -> Action {
    match store.account_detail(&id, DETAIL_ROWS) {
        Ok(detail) => Action::AccountLoaded {
            id,
            detail: detail.map(Box::new),
        },
        Err(e) => Action::Failed(e.to_string()),
    }
}

/// The add dialog: the contact, found as one types, and the role.
fn add_form(account: &str) -> Form {
    Form {
        kind: FormKind::AddToAccount,
        contact_id: None,
        deal_id: None,
        contact_name: account.to_string(),
        fields: vec![
            Field {
                filters_choices: true,
                ..Field::new("Contact", "", "type a name, phone or email; ↑/↓ picks")
            },
            Field::new(
                "Role",
                Role::DecisionMaker.as_str(),
                "↑/↓ steps through the roles",
            )
            .with_words(super::field_words::enum_words(Role::ALL)),
        ],
        focus: 0,
        error: None,
        confirm_discard: false,
        shown: None,
        draft: None,
    }
}

/// Keys in the add dialog: typing in the contact field searches as `/` does, its
/// results become the field's choices; saving names the contact chosen.
fn adding(state: &mut State, action: &Action) -> Option<Vec<Effect>> {
    match action {
        Action::SearchResults { query, hits } => {
            offer(state, query, hits);
            Some(Vec::new())
        }
        Action::Save | Action::Open => Some(save(state)),
        Action::Input(_) | Action::Erase | Action::ClearField | Action::Paste(_) => {
            let mut effects = super::overlay::update_overlay(state, action)?;
            if let Some(Overlay::Form(form)) = &state.overlay
                && form.focus == 0
            {
                effects.push(Effect::Search(form.value("Contact").to_string()));
            }
            Some(effects)
        }
        _ => None,
    }
}

/// Search results for what the contact field holds become what it offers; older
/// replies are dropped.
fn offer(state: &mut State, query: &str, hits: &[SearchHit]) {
    let Some(Overlay::Form(form)) = &mut state.overlay else {
        return;
    };
    let Some(field) = form.fields.first_mut() else {
        return;
    };
    if field.value.trim() != query.trim() {
        return;
    }
    let mut candidates: Vec<(String, String)> = Vec::new();
    for hit in hits {
        let contact = &hit.contact;
        let mut label = clean_line(&contact.name);
        for part in [
            contact.company(),
            contact.primary_phone().map(|p| p.display()),
        ]
        .into_iter()
        .flatten()
        {
            label.push_str(" · ");
            label.push_str(&clean_line(part));
        }
        // Two alike are told apart by the start of their ids.
        if candidates.iter().any(|(shown, _)| *shown == label) {
            label.push_str(&format!(
                " · {}",
                contact.id.get(..8).unwrap_or(&contact.id)
            ));
        }
        candidates.push((label, contact.id.clone()));
    }
    field.choices = candidates.iter().map(|(label, _)| label.clone()).collect();
    // The search matched them: all are offered, not only those holding the text.
    field.typed.clear();
    state.accounts.candidates = candidates;
}

/// The add dialog saved: the contact chosen (or the one found), the role read.
fn save(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &mut state.overlay else {
        return Vec::new();
    };
    let screen = &state.accounts;
    let typed = form.value("Contact").to_string();
    let chosen = screen
        .candidates
        .iter()
        .find(|(label, _)| *label == typed)
        .or(match screen.candidates.as_slice() {
            [only] if !typed.is_empty() => Some(only),
            _ => None,
        });
    let role = form.value("Role").parse::<Role>();
    let (account, chosen, role) = match (screen.selected_account(), chosen, role) {
        (None, _, _) => {
            form.error = Some(super::actions::NO_ACCOUNT.into());
            return Vec::new();
        }
        (_, None, _) => {
            form.focus = 0;
            form.error = Some(match screen.candidates.len() {
                0 => crate::t!("desk-contact-nobody-matches"),
                n => crate::t!("desk-contact-matches", count = n),
            });
            return Vec::new();
        }
        (_, _, Err(problem)) => {
            form.focus = 1;
            form.error = Some(format!("Role: {problem}"));
            return Vec::new();
        }
        (Some(account), Some(chosen), Ok(role)) => (account, chosen, role),
    };
    let name = chosen.0.split(" · ").next().unwrap_or_default().to_string();
    vec![Effect::AddToAccount {
        account_id: account.id.clone(),
        account_name: account.name.clone(),
        contact_id: chosen.1.clone(),
        contact_name: name,
        role,
    }]
}

#[cfg(test)]
#[path = "accounts_tests.rs"]
mod tests;
