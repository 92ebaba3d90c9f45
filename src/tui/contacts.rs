//! The Contacts screen: everyone, not only the leads that need work, filtered and
//! sorted. It never holds the whole list: only a page of rows around the selection
//! and the count of all that pass the filters, read again as the selection leaves
//! the page; so it opens as fast with a million contacts as with a hundred.

use super::app::{Action, Effect, Overlay, State, Tab};
use super::field_words::{as_typed, choice_word, enum_words};
use super::forms::{Field, Form, FormKind};
use crate::domain::text::non_empty;
use crate::domain::{LeadStatus, Lifecycle};
use crate::store::{ContactFilter, ContactOrder, ContactRow, Store};

/// How many rows one read brings: several screens' worth, so that moving a few
/// lines never reads, and few enough that a read costs well under a frame.
pub const PAGE: u64 = 200;

/// What one read of the screen asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactsQuery {
    pub filter: ContactFilter,
    pub order: ContactOrder,
    pub offset: u64,
    pub limit: u64,
}

/// What one read brought: the rows from `query.offset` on, and how many pass in all.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactsPage {
    pub query: ContactsQuery,
    pub total: u64,
    pub rows: Vec<ContactRow>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContactsScreen {
    pub filter: ContactFilter,
    pub order: ContactOrder,
    /// How many contacts pass the filters.
    pub total: u64,
    /// The place of `rows[0]` among them.
    pub offset: u64,
    pub rows: Vec<ContactRow>,
    /// The selected contact's place among all that pass.
    pub selected: u64,
    /// A page has come back since the filters or the order last changed.
    pub loaded: bool,
    /// The read last asked for, so that it is not asked again before it comes back.
    asked: Option<ContactsQuery>,
    /// The screen was on show at the last update: coming back to it reads it again.
    on_show: bool,
}

impl ContactsScreen {
    /// The selected contact, once its page is read.
    pub fn selected_row(&self) -> Option<&ContactRow> {
        let index = self.selected.checked_sub(self.offset)?;
        self.rows.get(usize::try_from(index).ok()?)
    }

    /// The row at `place` among all, when its page is read.
    pub fn row_at(&self, place: u64) -> Option<&ContactRow> {
        let index = place.checked_sub(self.offset)?;
        self.rows.get(usize::try_from(index).ok()?)
    }

    fn query(&self, offset: u64) -> ContactsQuery {
        ContactsQuery {
            filter: self.filter.clone(),
            order: self.order,
            offset,
            limit: PAGE,
        }
    }

    /// Whether the page read holds the selection (or there is nothing to hold).
    fn covers_selection(&self) -> bool {
        self.loaded && (self.total == 0 || self.selected_row().is_some())
    }

    /// Starts again from the top: the filters or the order changed.
    fn restart(&mut self) {
        self.rows.clear();
        self.offset = 0;
        self.selected = 0;
        self.loaded = false;
        self.asked = None;
    }
}

/// The screen's keys and results; None for what it does not handle.
pub(crate) fn update(state: &mut State, action: &Action) -> Option<Vec<Effect>> {
    if let Action::ContactsLoaded(page) = action {
        on_page(&mut state.contacts, page);
        return Some(Vec::new());
    }
    if let Action::FiltersLoaded(form) = action {
        // A dialog opened meanwhile keeps the screen: `f` can be pressed again.
        if state.overlay.is_none() {
            state.overlay = Some(Overlay::Form((**form).clone()));
        }
        return Some(Vec::new());
    }
    if let Some(Overlay::Form(form)) = &state.overlay
        && form.kind == FormKind::ContactFilters
        && matches!(action, Action::Save | Action::Open)
    {
        let form = form.clone();
        apply_filters(state, &form);
        return Some(Vec::new());
    }
    let owns = matches!(
        action,
        Action::Open | Action::Back | Action::CycleSort | Action::OpenFilters
    );
    if !for_screen(state, Tab::Contacts, action, owns)? {
        return Some(Vec::new());
    }
    let screen = &mut state.contacts;
    if let Some(step) = move_step(action) {
        let last = screen.total.saturating_sub(1);
        screen.selected = screen.selected.saturating_add_signed(step).min(last);
        return Some(Vec::new());
    }
    match action {
        Action::Open => {
            if let Some(row) = screen.selected_row() {
                let id = row.id.clone();
                state.tab = Tab::Timeline;
                return Some(vec![Effect::LoadContact(id)]);
            }
        }
        Action::Back if !screen.filter.is_empty() => {
            screen.filter = ContactFilter::default();
            screen.restart();
            state.message = Some("Filters cleared: everyone is listed".into());
        }
        Action::CycleSort => {
            screen.order = screen.order.next();
            screen.restart();
        }
        Action::OpenFilters => return Some(vec![Effect::LoadFilters(screen.filter.clone())]),
        _ => {}
    }
    Some(Vec::new())
}

/// Whether a list screen's module takes a key: one that moves, or one it `owns`, on
/// its screen `tab` with no dialog open. Some(false): it cannot act now, and the
/// status bar says why (the key is taken all the same).
pub(crate) fn for_screen(state: &mut State, tab: Tab, action: &Action, owns: bool) -> Option<bool> {
    if state.tab != tab || state.overlay.is_some() || !(owns || move_step(action).is_some()) {
        return None;
    }
    if let Err(refusal) = action.available(state) {
        state.message = Some(refusal.into());
        return Some(false);
    }
    Some(true)
}

/// How far a moving key moves through a list: a line, or ten.
pub(crate) fn move_step(action: &Action) -> Option<i64> {
    match action {
        Action::Up => Some(-1),
        Action::Down => Some(1),
        Action::PageUp => Some(-10),
        Action::PageDown => Some(10),
        _ => None,
    }
}

fn on_page(screen: &mut ContactsScreen, page: &ContactsPage) {
    // A page read for other filters or another order is of no use any more.
    if page.query.filter != screen.filter || page.query.order != screen.order {
        return;
    }
    if screen.asked.as_ref() == Some(&page.query) {
        screen.asked = None;
    }
    screen.total = page.total;
    screen.offset = page.query.offset;
    screen.rows = page.rows.clone();
    screen.loaded = true;
    screen.selected = screen.selected.min(page.total.saturating_sub(1));
}

/// The page the screen needs and has not asked for: on the first visit, after the
/// filters or the order changed, and when the selection leaves the page read.
pub(crate) fn wanted(state: &mut State) -> Option<Effect> {
    let screen = &mut state.contacts;
    let arrived = state.tab == Tab::Contacts && !screen.on_show;
    screen.on_show = state.tab == Tab::Contacts;
    if arrived && screen.loaded {
        // What changed while other screens were on show is read on the way back.
        let query = screen.query(screen.offset);
        screen.asked = Some(query.clone());
        return Some(Effect::LoadContacts(query));
    }
    if state.tab != Tab::Contacts || screen.covers_selection() {
        return None;
    }
    // The selection in the middle of the page, so that both ways have room.
    let query = screen.query(screen.selected.saturating_sub(PAGE / 2));
    if screen.asked.as_ref() == Some(&query) {
        return None;
    }
    screen.asked = Some(query.clone());
    Some(Effect::LoadContacts(query))
}

/// The page shown, read again: after a save, or a change made elsewhere. Off
/// screen nothing is read: coming back reads it (`wanted`).
pub(crate) fn reloads(state: &State) -> Vec<Effect> {
    let screen = &state.contacts;
    if !screen.loaded || state.tab != Tab::Contacts {
        return Vec::new();
    }
    vec![Effect::LoadContacts(screen.query(screen.offset))]
}

/// Reads one page and the count.
pub(crate) fn load(store: &Store, query: ContactsQuery) -> Action {
    let page = store.count_listed(&query.filter).and_then(|total| {
        let rows = store.list_contacts(&query.filter, query.order, query.offset, query.limit)?;
        Ok(ContactsPage { query, total, rows })
    });
    match page {
        Ok(page) => Action::ContactsLoaded(Box::new(page)),
        Err(e) => Action::Failed(e.to_string()),
    }
}

/// Reads what the filters offer, and opens them.
pub(crate) fn load_filters(store: &Store, filter: &ContactFilter) -> Action {
    match (store.people(), store.account_names()) {
        (Ok(people), Ok(accounts)) => {
            Action::FiltersLoaded(Box::new(filter_form(filter, &people, &accounts)))
        }
        (Err(e), _) | (_, Err(e)) => Action::Failed(e.to_string()),
    }
}

/// What a filter left empty is: no filter.
const ANY: &str = "any";

/// The flags offered; any other word filters as well.
const FLAGS: &[&str] = &["vip", "bad-payer", "returning", "do-not-contact"];

/// The filters dialog, set as `filter` is; the owners and accounts offered are those
/// the file knows, narrowed as one types.
pub fn filter_form(filter: &ContactFilter, people: &[String], accounts: &[String]) -> Form {
    // "any" in the user's words; the file's words shown in them too, and names as
    // they are.
    let any_of = |words: Vec<(String, String)>| -> Vec<(String, String)> {
        std::iter::once(choice_word(ANY)).chain(words).collect()
    };
    let set = |value: &Option<String>| value.clone().unwrap_or_else(|| ANY.to_string());
    let flags: Vec<String> = FLAGS.iter().map(ToString::to_string).collect();
    let narrowing = |field: Field| Field {
        filters_choices: true,
        ..field
    };
    let fields = vec![
        Field::new(
            "Lifecycle",
            &set(&filter.lifecycle),
            "↑/↓ steps through the stages",
        )
        .with_words(any_of(enum_words(Lifecycle::ALL))),
        Field::new(
            "Status",
            &set(&filter.status),
            "↑/↓ steps through the statuses",
        )
        .with_words(any_of(enum_words(LeadStatus::ALL))),
        narrowing(
            Field::new("Owner", &set(&filter.owner), "type to narrow, ↑/↓ picks")
                .with_words(any_of(as_typed(people).collect())),
        ),
        Field::new("Flag", &set(&filter.flag), "↑/↓, or type any flag")
            .with_words(any_of(as_typed(&flags).collect())),
        Field::new(
            "Source",
            &set(&filter.source),
            "e.g. Facebook ad; any: every source",
        )
        .reading(any_of(Vec::new())),
        Field::new("Campaign", &set(&filter.campaign), "any: every campaign")
            .reading(any_of(Vec::new())),
        narrowing(
            Field::new(
                "Account",
                &set(&filter.account),
                "type to narrow, ↑/↓ picks",
            )
            .with_words(any_of(as_typed(accounts).collect())),
        ),
    ];
    Form {
        kind: FormKind::ContactFilters,
        contact_id: None,
        deal_id: None,
        contact_name: String::new(),
        fields,
        focus: 0,
        error: None,
        confirm_discard: false,
        shown: None,
        draft: None,
    }
}

/// Reads the dialog into filters, naming the field of a word that is not one; the
/// list starts again from the top.
fn apply_filters(state: &mut State, form: &Form) {
    let value =
        |label: &str| non_empty(Some(form.value(label))).filter(|v| !v.eq_ignore_ascii_case(ANY));
    let lifecycle = value("Lifecycle").map(|w| w.parse::<Lifecycle>().map(|l| l.to_string()));
    let status = value("Status").map(|w| w.parse::<LeadStatus>().map(|s| s.to_string()));
    let problem = match (&lifecycle, &status) {
        (Some(Err(e)), _) => Some(("Lifecycle", e.clone())),
        (_, Some(Err(e))) => Some(("Status", e.clone())),
        _ => None,
    };
    if let Some((label, problem)) = problem {
        if let Some(Overlay::Form(open)) = &mut state.overlay {
            open.focus = open
                .fields
                .iter()
                .position(|f| f.label == label)
                .unwrap_or(0);
            open.error = Some(format!("{label}: {problem}"));
        }
        return;
    }
    let screen = &mut state.contacts;
    screen.filter = ContactFilter {
        lifecycle: lifecycle.and_then(Result::ok),
        status: status.and_then(Result::ok),
        owner: value("Owner"),
        flag: value("Flag"),
        source: value("Source"),
        campaign: value("Campaign"),
        account: value("Account"),
    };
    screen.restart();
    state.overlay = None;
    state.message = None;
}

#[cfg(test)]
#[path = "contacts_tests.rs"]
mod tests;
