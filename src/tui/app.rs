//! The desk as a pure state machine: `update(&mut State, Action) -> Vec<Effect>`.
//! No I/O and no clock: the runtime performs the effects on the store and feeds
//! their results back as actions; time arrives inside those actions.

pub use super::actions::{Action, Effect};
use super::forms::Form;
pub use super::overlay::search_results;
pub use super::pages::{Card, Column, ContactPage};
pub use super::update::update;
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
    Tasks,
    Contacts,
    Accounts,
    Reports,
    Campaigns,
}

impl Tab {
    pub const ALL: [Tab; 9] = [
        Tab::Inbox,
        Tab::Timeline,
        Tab::Deals,
        Tab::Score,
        Tab::Tasks,
        Tab::Contacts,
        Tab::Accounts,
        Tab::Reports,
        Tab::Campaigns,
    ];

    /// The screen's name in the user's language (`tab-<name>` in desk.ftl).
    pub fn title(self) -> String {
        match self {
            Tab::Inbox => crate::t!("tab-inbox"),
            Tab::Timeline => crate::t!("tab-timeline"),
            Tab::Deals => crate::t!("tab-deals"),
            Tab::Score => crate::t!("tab-score"),
            Tab::Tasks => crate::t!("tab-tasks"),
            Tab::Contacts => crate::t!("tab-contacts"),
            Tab::Accounts => crate::t!("tab-accounts"),
            Tab::Reports => crate::t!("tab-reports"),
            Tab::Campaigns => crate::t!("tab-campaigns"),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchBox {
    pub query: String,
    /// How many characters of the query stand after the cursor (`typing::apply`).
    pub after_cursor: usize,
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
    HistoryFilter(super::typing::LineInput),
    Form(Form),
    /// The key list, scrolled down by this many lines.
    Help(u16),
    /// An import's progress bar, then its summary.
    Import(super::importing::ImportView),
    /// One timeline entry in full (`entry.rs`).
    Entry(super::entry::EntryView),
    /// A deal's page (`deal_page.rs`).
    Deal(super::deal_page::DealView),
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
    /// The Score's rules scrolled past at the top.
    pub score_scroll: usize,
    /// A deal just moved: the selection follows it when the board reloads.
    pub follow_deal: Option<String>,
    pub overlay: Option<Overlay>,
    /// The last thing that happened, shown in the status bar.
    pub message: Option<String>,
    /// How sharing through the synced folder stands; none when nothing is shared.
    pub sync: Option<super::syncing::SyncLine>,
    /// Saves that met the file held by another writer, to be made again (`pending`).
    pub pending: super::pending::PendingSaves,
    /// The desk's writes, to undo and redo (`undo`).
    pub history: super::undo::History,
    pub quit: bool,
    /// The Tasks screen: the agenda, its filter and selection (`tasks`).
    pub tasks: super::tasks::TasksScreen,
    /// The Contacts screen: everyone, a page at a time (`contacts`).
    pub contacts: super::contacts::ContactsScreen,
    /// The Accounts screen: each company, and the one open (`accounts`).
    pub accounts: super::accounts::AccountsScreen,
    /// The Reports screen: the report asked for, and the one read (`reports`).
    pub reports: super::reports::ReportsScreen,
    /// The Campaigns screen: campaigns, their checklists and the templates (`campaigns`).
    pub campaigns: super::campaigns::CampaignsScreen,
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
            score_scroll: 0,
            follow_deal: None,
            overlay: None,
            message: None,
            sync: None,
            pending: Default::default(),
            history: Default::default(),
            quit: false,
            tasks: Default::default(),
            contacts: Default::default(),
            accounts: Default::default(),
            reports: Default::default(),
            campaigns: Default::default(),
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
            view => view.title(),
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
            .filter(|i| needle.is_empty() || holds(i, &needle))
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
            Tab::Tasks => super::tasks::selected(self)
                .map(|e| (e.task.contact_id.clone(), e.contact_name.clone())),
            Tab::Contacts => self
                .contacts
                .selected_row()
                .map(|row| (row.id.clone(), row.name.clone())),
            Tab::Accounts => self
                .accounts
                .selected_member()
                .map(|member| (member.contact_id.clone(), member.name.clone())),
            Tab::Campaigns => self
                .campaigns
                .selected_member()
                .map(|member| (member.contact_id.clone(), member.name.clone())),
            Tab::Reports => None,
        }
    }

    /// The current contact's owner as the desk shows it ("" for nobody); None where
    /// the screen does not show it.
    pub(crate) fn shown_owner(&self) -> Option<String> {
        match self.tab {
            Tab::Inbox => self
                .selected_lead()
                .map(|i| i.lead.owner.as_ref().map_or("", |o| o.as_str()).to_string()),
            Tab::Timeline | Tab::Score => self
                .page
                .as_ref()
                .map(|p| p.contact.owner.clone().unwrap_or_default()),
            Tab::Contacts => self
                .contacts
                .selected_row()
                .map(|row| row.owner.clone().unwrap_or_default()),
            // The agenda knows the task's owner, not the contact's.
            Tab::Deals | Tab::Tasks | Tab::Accounts | Tab::Reports | Tab::Campaigns => None,
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
            (Tab::Contacts, _) => (
                self.contacts.selected_row().and_then(|r| r.phone.clone()),
                None,
            ),
            (Tab::Campaigns, _) => (
                self.campaigns
                    .selected_member()
                    .and_then(|m| m.phone.clone()),
                None,
            ),
            _ => (None, None),
        }
    }

    /// The stage the selected deal moves to, one column on or back; Lost is never
    /// a step (it asks for a reason), and the ends of the board have none. A column
    /// of a stage the config no longer has is stepped over: deals leave it, never
    /// enter it.
    pub(crate) fn stage_step(&self, forward: bool) -> Option<String> {
        let mut columns: Box<dyn Iterator<Item = &Column>> = if forward {
            Box::new(self.board.iter().skip(self.board_column + 1))
        } else {
            Box::new(self.board.iter().take(self.board_column).rev())
        };
        columns
            .find(|column| !column.unknown)
            .map(|column| column.stage.clone())
            .filter(|stage| stage != crate::domain::deal::LOST)
    }

    pub fn selected_card(&self) -> Option<&Card> {
        self.board
            .get(self.board_column)?
            .cards
            .get(self.board_card)
    }

    pub(crate) fn clamp_selection(&mut self) {
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

/// Whether an entry says `needle` (folded), as stored or as the user reads it: an
/// automatic entry and an outcome are stored in English.
fn holds(item: &Interaction, needle: &str) -> bool {
    use crate::domain::said::{List, shown};
    use crate::domain::text::fold;
    let stored = [
        item.text.as_deref(),
        item.subject.as_deref(),
        item.outcome.as_deref(),
    ];
    let outcome = item.outcome.as_deref().map(|o| shown(List::Outcome, o));
    stored
        .into_iter()
        .flatten()
        .any(|t| fold(t).contains(needle))
        || outcome.is_some_and(|o| fold(&o).contains(needle))
        || item.gist().iter().any(|t| fold(t).contains(needle))
}

#[cfg(test)]
#[path = "app_tests.rs"]
mod tests;
