//! The desk as a pure state machine: `update(&mut State, Action) -> Vec<Effect>`.
//! No I/O and no clock: the runtime performs the effects on the store and feeds
//! their results back as actions; time arrives inside those actions.

pub use super::actions::{Action, Effect, TriageChoice};
use super::forms::{Form, FormKind};
pub use super::overlay::search_results;
use super::overlay::update_overlay;
pub use super::pages::{Card, Column, ContactPage};
use super::pages::{board_on_first_visit, reload, wants_board};
pub use super::views::InboxView;
use crate::config::InboxViewConfig;
use crate::domain::{Interaction, InteractionKind};
use crate::store::{Inbox, InboxEntry, InboxItem, SearchHit};
use chrono::{DateTime, FixedOffset, Utc};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Inbox,
    Timeline,
    Deals,
    Score,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Inbox, Tab::Timeline, Tab::Deals, Tab::Score];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Inbox => "Inbox",
            Tab::Timeline => "Timeline",
            Tab::Deals => "Deals",
            Tab::Score => "Score",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchBox {
    pub query: String,
    pub hits: Vec<SearchHit>,
    pub selected: usize,
}

impl SearchBox {
    /// A query that looks like a phone number, for "unknown caller → new lead".
    pub fn looks_like_phone(&self) -> bool {
        crate::domain::phone::looks_like_phone(&self.query)
            && crate::domain::phone::digits(&self.query).len() >= 6
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Search(SearchBox),
    /// Text typed to search inside the open contact's history.
    HistoryFilter(String),
    Form(Form),
    /// The key list, scrolled down by this many lines.
    Help(u16),
    /// An import's progress bar, then its summary.
    Import(super::importing::ImportView),
    /// One timeline entry in full (`entry.rs`).
    Entry(super::entry::EntryView),
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub tab: Tab,
    pub user: String,
    pub now: DateTime<Utc>,
    /// The time zone times are shown in (the machine's, fixed when the desk opens).
    pub tz: FixedOffset,
    pub day_ends: DateTime<Utc>,
    pub inbox: Inbox,
    pub inbox_view: InboxView,
    /// The config's own inbox views.
    pub custom_views: Vec<InboxViewConfig>,
    pub inbox_selected: usize,
    /// Full rows for the leads around the selection: only these are ever built.
    pub inbox_rows: HashMap<String, InboxItem>,
    /// The leads whose rows were last asked for, so that one deleted meanwhile is
    /// not asked for again and again.
    pub(crate) inbox_rows_asked: HashSet<String>,
    pub page: Option<ContactPage>,
    /// Timeline filters: one channel, and text typed inside the history.
    pub channel: Option<InteractionKind>,
    pub history_filter: String,
    pub timeline_selected: usize,
    pub board: Vec<Column>,
    pub board_column: usize,
    pub board_card: usize,
    /// A deal just moved: the selection follows it when the board reloads.
    pub follow_deal: Option<String>,
    pub overlay: Option<Overlay>,
    /// The last thing that happened, shown in the status bar.
    pub message: Option<String>,
    /// How sharing through the synced folder stands; none when nothing is shared.
    pub sync: Option<super::syncing::SyncLine>,
    /// Saves that met the file held by another writer, to be made again (`pending`).
    pub pending: super::pending::PendingSaves,
    pub quit: bool,
}

impl State {
    pub fn new(user: &str, now: DateTime<Utc>, day_ends: DateTime<Utc>, tz: FixedOffset) -> State {
        State {
            tab: Tab::Inbox,
            user: user.to_string(),
            now,
            tz,
            day_ends,
            inbox: Inbox::default(),
            inbox_view: InboxView::All,
            custom_views: Vec::new(),
            inbox_selected: 0,
            inbox_rows: HashMap::new(),
            inbox_rows_asked: HashSet::new(),
            page: None,
            channel: None,
            history_filter: String::new(),
            timeline_selected: 0,
            board: Vec::new(),
            board_column: 0,
            board_card: 0,
            follow_deal: None,
            overlay: None,
            message: None,
            sync: None,
            pending: Default::default(),
            quit: false,
        }
    }

    /// The leads of the current view, in the engine's order.
    pub fn visible_inbox(&self) -> Vec<&InboxEntry> {
        let keeps = self
            .inbox_view
            .filter(&self.user, self.day_ends, &self.custom_views);
        self.inbox
            .entries
            .iter()
            .filter(|lead| keeps(lead))
            .collect()
    }

    /// The built-in views, then the config's.
    pub fn views(&self) -> Vec<InboxView> {
        InboxView::ALL
            .into_iter()
            .chain((0..self.custom_views.len()).map(InboxView::Custom))
            .collect()
    }

    pub fn view_title(&self, view: InboxView) -> String {
        match view {
            InboxView::Custom(index) => self
                .custom_views
                .get(index)
                .map_or_else(String::new, |v| v.name.clone()),
            view => view.title().to_string(),
        }
    }

    /// The timeline entries that pass the channel and text filters.
    pub fn visible_timeline(&self) -> Vec<&Interaction> {
        let Some(page) = &self.page else {
            return Vec::new();
        };
        let needle = crate::domain::text::fold(&self.history_filter);
        page.timeline
            .iter()
            .filter(|i| self.channel.is_none_or(|c| i.kind == c))
            .filter(|i| {
                needle.is_empty()
                    || [
                        i.text.as_deref(),
                        i.subject.as_deref(),
                        i.outcome.as_deref(),
                    ]
                    .into_iter()
                    .flatten()
                    .any(|t| crate::domain::text::fold(t).contains(&needle))
            })
            .collect()
    }

    pub(crate) fn selected_lead(&self) -> Option<&InboxItem> {
        let lead = *self.visible_inbox().get(self.inbox_selected)?;
        self.inbox_rows.get(&lead.id)
    }

    /// The contact the logging keys act on: the open one on Timeline, the selected
    /// lead on Inbox.
    pub fn current_contact(&self) -> Option<(String, String)> {
        match self.tab {
            Tab::Inbox => self
                .selected_lead()
                .map(|i| (i.lead.id.clone(), i.name.clone())),
            Tab::Deals => self
                .selected_card()
                .map(|c| (c.deal.contact_id.clone(), c.contact_name.clone())),
            Tab::Timeline | Tab::Score => self
                .page
                .as_ref()
                .map(|p| (p.contact.id.clone(), p.contact.name.clone())),
        }
    }

    /// The current contact's owner as the desk shows it ("" for nobody); None where
    /// the screen does not show it.
    fn shown_owner(&self) -> Option<String> {
        match self.tab {
            Tab::Inbox => self
                .selected_lead()
                .map(|i| i.lead.owner.as_ref().map_or("", |o| o.as_str()).to_string()),
            Tab::Timeline | Tab::Score => self
                .page
                .as_ref()
                .map(|p| p.contact.owner.clone().unwrap_or_default()),
            Tab::Deals => None,
        }
    }

    /// The current contact's phone (E.164 when known) and email, for reaching them.
    pub fn reach(&self) -> (Option<String>, Option<String>) {
        match (self.tab, &self.page) {
            (Tab::Timeline | Tab::Score, Some(page)) => (
                page.contact
                    .primary_phone()
                    .map(|p| p.display().to_string()),
                page.contact.emails.first().cloned(),
            ),
            (Tab::Inbox, _) => (self.selected_lead().and_then(|i| i.phone.clone()), None),
            _ => (None, None),
        }
    }

    /// The stage the selected deal moves to, one column on or back; Lost is never
    /// a step (it asks for a reason), and the ends of the board have none.
    pub(crate) fn stage_step(&self, forward: bool) -> Option<String> {
        let column = if forward {
            self.board_column + 1
        } else {
            self.board_column.checked_sub(1)?
        };
        self.board
            .get(column)
            .map(|column| column.stage.clone())
            .filter(|stage| stage != crate::domain::deal::LOST)
    }

    pub fn selected_card(&self) -> Option<&Card> {
        self.board
            .get(self.board_column)?
            .cards
            .get(self.board_card)
    }

    fn clamp_selection(&mut self) {
        let inbox_len = self.visible_inbox().len();
        self.inbox_selected = self.inbox_selected.min(inbox_len.saturating_sub(1));
        let timeline_len = self.visible_timeline().len();
        self.timeline_selected = self.timeline_selected.min(timeline_len.saturating_sub(1));
        self.board_column = self.board_column.min(self.board.len().saturating_sub(1));
        let cards = self
            .board
            .get(self.board_column)
            .map_or(0, |c| c.cards.len());
        self.board_card = self.board_card.min(cards.saturating_sub(1));
    }
}

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let mut effects = update_desk(state, action);
    effects.extend(super::views::inbox_rows_wanted(state));
    effects
}

fn update_desk(state: &mut State, action: Action) -> Vec<Effect> {
    if let Some(effects) = update_overlay(state, &action) {
        return effects;
    }
    if let Err(refusal) = action.available(state) {
        state.message = Some(refusal.into());
        return Vec::new();
    }
    match action {
        Action::Quit => super::pending::on_quit(state),
        Action::NextTab | Action::PrevTab => {
            let index = Tab::ALL.iter().position(|t| *t == state.tab).unwrap_or(0);
            let step = if action == Action::NextTab {
                1
            } else {
                Tab::ALL.len() - 1
            };
            state.tab = Tab::ALL[(index + step) % Tab::ALL.len()];
            return board_on_first_visit(state);
        }
        Action::GoTo(tab) => {
            state.tab = tab;
            return board_on_first_visit(state);
        }
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            move_selection(state, &action)
        }
        Action::Left | Action::Right if state.tab == Tab::Deals => {
            let last = state.board.len().saturating_sub(1);
            state.board_column = match action {
                Action::Left => state.board_column.saturating_sub(1),
                _ => (state.board_column + 1).min(last),
            };
            state.clamp_selection();
        }
        Action::Left | Action::Right => {}
        Action::Open => {
            let id = match state.tab {
                Tab::Inbox => state.selected_lead().map(|item| item.lead.id.clone()),
                Tab::Deals => state
                    .selected_card()
                    .map(|card| card.deal.contact_id.clone()),
                Tab::Timeline => return super::entry::open(state),
                Tab::Score => None,
            };
            if let Some(id) = id {
                state.tab = Tab::Timeline;
                return vec![Effect::LoadContact(id)];
            }
        }
        Action::StageForward | Action::StageBack | Action::Won => {
            let target = match action {
                Action::Won => Some(crate::domain::deal::WON.to_string()),
                _ => state.stage_step(action == Action::StageForward),
            };
            let (Some(card), Some(stage)) = (state.selected_card(), target) else {
                return Vec::new();
            };
            let (deal_id, contact_id) = (card.deal.id.clone(), card.deal.contact_id.clone());
            state.follow_deal = Some(deal_id.clone());
            return vec![Effect::MoveDeal {
                deal_id,
                stage,
                contact_id,
            }];
        }
        Action::Lost => {
            if let Some(card) = state.selected_card() {
                state.overlay = Some(Overlay::Form(Form::lose_deal(
                    &card.deal.id,
                    &card.deal.title,
                    &card.deal.contact_id,
                )))
            }
        }
        Action::Back => {
            if state.tab == Tab::Timeline
                && (state.channel.is_some() || !state.history_filter.is_empty())
            {
                state.channel = None;
                state.history_filter.clear();
            }
        }
        Action::NextView | Action::PrevView => {
            let views = state.views();
            let index = views
                .iter()
                .position(|v| *v == state.inbox_view)
                .unwrap_or(0);
            let step = if action == Action::NextView {
                1
            } else {
                views.len() - 1
            };
            state.inbox_view = views[(index + step) % views.len()];
            state.inbox_selected = 0;
        }
        Action::OpenSearch => state.overlay = Some(Overlay::Search(SearchBox::default())),
        Action::ToggleHelp => state.overlay = Some(Overlay::Help(0)),
        Action::Log(kind) => open_form(state, FormKind::Log(kind)),
        Action::AddTask => open_form(state, FormKind::Task),
        Action::AddLead => state.overlay = Some(Overlay::Form(Form::new_lead(""))),
        Action::Drop => open_form(state, FormKind::Drop),
        Action::Convert => open_form(state, FormKind::Convert),
        Action::Assign => open_form(state, FormKind::Assign),
        Action::Nurture => {
            if let Some((contact_id, _)) = state.current_contact() {
                return vec![Effect::Triage {
                    contact_id,
                    decision: TriageChoice::Nurture,
                }];
            }
        }
        Action::Reach => {
            let (phone, email) = state.reach();
            let mut choices: Vec<String> = Vec::new();
            if let Some(phone) = &phone {
                let digits = crate::domain::phone::digits(phone);
                choices.push(format!("WhatsApp chat: https://wa.me/{digits}"));
                choices.push(format!("Phone call: tel:{phone}"));
            }
            if let Some(email) = &email {
                choices.push(format!("New email: mailto:{email}"));
            }
            if let Some((id, name)) = state.current_contact() {
                state.overlay = Some(Overlay::Form(Form::reach(&id, &name, choices)));
            }
        }
        Action::Copy => {
            if let (Some(text), _) | (None, Some(text)) = state.reach() {
                return vec![Effect::CopyText(text)];
            }
        }
        Action::Notice(message) => {
            state.message = Some(message);
            // An import's bar stays until the import has ended.
            if !matches!(state.overlay, Some(Overlay::Import(_))) {
                state.overlay = None;
            }
        }
        Action::CycleChannel => {
            use InteractionKind::*;
            let order = [
                None,
                Some(Call),
                Some(Whatsapp),
                Some(Email),
                Some(Meeting),
                Some(Sms),
                Some(Note),
                Some(Event),
            ];
            let index = order.iter().position(|c| *c == state.channel).unwrap_or(0);
            state.channel = order[(index + 1) % order.len()];
            state.timeline_selected = 0;
        }
        Action::FilterHistory => {
            state.overlay = Some(Overlay::HistoryFilter(state.history_filter.clone()))
        }
        Action::Refresh => return reload(state),
        Action::OpenImport => {
            let chat_with = state.current_contact().map(|(_, name)| name);
            let form = super::importing::form(chat_with.as_deref().unwrap_or(""));
            state.overlay = Some(Overlay::Form(form));
        }
        Action::ImportProgress(stage) => super::importing::on_progress(state, stage),
        Action::ImportFinished(outcome) => {
            if super::importing::on_finished(state, outcome) {
                return reload(state);
            }
        }
        Action::Synced(line) => {
            if let Some(problem) = &line.failed {
                state.message = Some(format!("Sync failed: {problem}"));
            } else if !line.running && line.conflicts > 0 {
                let (count, were) = match line.conflicts {
                    1 => ("a field".to_string(), "was"),
                    n => (format!("{n} fields"), "were"),
                };
                state.message = Some(format!(
                    "The sync found {count} changed on two copies at once; the later change {were} kept, both are on the timeline"
                ));
            }
            state.sync = Some(line);
        }
        Action::Tick { now, day_ends } => {
            (state.now, state.day_ends) = (now, day_ends);
            return super::pending::on_tick(state);
        }
        Action::Pending(event) => return super::pending::on_event(state, event),
        Action::InboxLoaded(inbox) => {
            state.inbox = inbox;
            // Scores, owners and follow-ups may have changed: ask for every row again.
            state.inbox_rows_asked.clear();
            state.clamp_selection();
        }
        Action::InboxRowsLoaded(items) => {
            state.inbox_rows = items
                .into_iter()
                .map(|item| (item.lead.id.clone(), item))
                .collect();
        }
        Action::BoardLoaded(board) => {
            state.board = board;
            if let Some(deal_id) = state.follow_deal.take() {
                for (column, cards) in state.board.iter().enumerate() {
                    if let Some(card) = cards.cards.iter().position(|c| c.deal.id == deal_id) {
                        (state.board_column, state.board_card) = (column, card);
                    }
                }
            }
            state.clamp_selection();
        }
        Action::ContactLoaded(page) => {
            let same = state
                .page
                .as_ref()
                .is_some_and(|p| p.contact.id == page.contact.id);
            state.page = Some(*page);
            if !same {
                state.channel = None;
                state.history_filter.clear();
                state.timeline_selected = 0;
            }
            state.clamp_selection();
        }
        Action::Saved {
            message,
            contact_id,
        } => {
            // A lead just added becomes the current contact, so `c` logs its call.
            if matches!(&state.overlay, Some(Overlay::Form(form)) if form.kind == FormKind::NewLead)
            {
                state.tab = Tab::Timeline;
            }
            state.message = Some(message);
            state.overlay = None;
            let mut effects = vec![Effect::LoadInbox, Effect::LoadContact(contact_id)];
            if wants_board(state) {
                effects.push(Effect::LoadBoard);
            }
            return effects;
        }
        Action::ChangedMeanwhile { theirs, message } => {
            if let Some(Overlay::Form(form)) = &mut state.overlay {
                // Saving again now means: replace theirs, knowingly.
                form.changed_meanwhile(&theirs);
                form.error = Some(message.clone());
            }
            state.message = Some(message);
        }
        Action::Failed(message) => {
            if let Some(Overlay::Form(form)) = &mut state.overlay {
                form.error = Some(message.clone());
            }
            state.message = Some(message);
        }
        Action::SearchResults { query, hits } => search_results(state, &query, hits),
        Action::EditContact => {
            if let Some((contact_id, _)) = state.current_contact() {
                return vec![Effect::LoadEditor(contact_id)];
            }
        }
        // A box opened meanwhile keeps the screen: `E` can be pressed again.
        Action::EditorLoaded(form) if state.overlay.is_none() => {
            state.overlay = Some(Overlay::Form(*form))
        }
        Action::EditorLoaded(_) => {}
        Action::Input(_)
        | Action::Erase
        | Action::ClearField
        | Action::NextField
        | Action::PrevField
        | Action::Save => {}
        // The entry view's keys and results, with no entry open (it closed meanwhile).
        Action::EditEntry
        | Action::DeleteEntry
        | Action::ShowVersions
        | Action::VersionsLoaded(_)
        | Action::Paste(_) => {} // a paste: always taken by `update_overlay` (`paste`)
    }
    Vec::new()
}

fn move_selection(state: &mut State, action: &Action) {
    let cards = state
        .board
        .get(state.board_column)
        .map_or(0, |c| c.cards.len());
    let (selected, len) = match state.tab {
        Tab::Inbox => (&mut state.inbox_selected, state.inbox.entries.len()),
        Tab::Timeline | Tab::Score => (
            &mut state.timeline_selected,
            state.page.as_ref().map_or(0, |p| p.timeline.len()),
        ),
        Tab::Deals => (&mut state.board_card, cards),
    };
    let step = match action {
        Action::Up => -1,
        Action::Down => 1,
        Action::PageUp => -10,
        _ => 10,
    };
    *selected = (*selected as i64 + step).clamp(0, len.saturating_sub(1) as i64) as usize;
    state.clamp_selection();
}

fn open_form(state: &mut State, kind: FormKind) {
    if let Some((id, name)) = state.current_contact() {
        let mut form = Form::for_contact(kind, &id, &name);
        if kind == FormKind::Assign {
            form.shown = state.shown_owner();
        }
        state.overlay = Some(Overlay::Form(form))
    }
}

#[cfg(test)]
#[path = "app_tests.rs"]
mod tests;
