//! What a key, or a finished effect, asks of the desk (`Action`), what the desk asks
//! of the store (`Effect`), and whether an action can act in the current state: one
//! refusal per action, for `update` and for the status bar, which dims the keys that
//! cannot act now.

use super::app::{Overlay, State, Tab};
use super::forms::Form;
use super::pages::{Column, ContactPage};
use crate::domain::InteractionKind;
use crate::store::{Inbox, InboxEntry, InboxItem, SearchHit};
use chrono::{DateTime, Utc};

/// What a key, or a finished effect, asks of the desk.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Quit,
    NextTab,
    PrevTab,
    GoTo(Tab),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    /// Enter: open the selected lead or search hit.
    Open,
    /// Esc: close the overlay or clear a filter.
    Back,
    NextView,
    PrevView,
    OpenSearch,
    ToggleHelp,
    Log(InteractionKind),
    AddTask,
    AddLead,
    Nurture,
    Drop,
    Convert,
    Assign,
    CycleChannel,
    FilterHistory,
    /// Offer to open a WhatsApp chat, the dialler or a new email for the contact.
    Reach,
    /// Copy the contact's phone (or email) to the clipboard.
    Copy,
    /// Write a message, from a template or not, and send it (`send`).
    SendMessage,
    /// Confirm that the selected message opened earlier was sent.
    MarkSent,
    /// Move the selected deal to the next or previous stage.
    StageForward,
    StageBack,
    Won,
    Lost,
    Refresh,
    /// Ask for a file to import.
    OpenImport,
    // Inside a search box or a form.
    Input(char),
    Erase,
    NextField,
    PrevField,
    Save,
    // Results from the runtime.
    Tick {
        now: DateTime<Utc>,
        day_ends: DateTime<Utc>,
    },
    InboxLoaded(Inbox),
    InboxRowsLoaded(Vec<InboxItem>),
    BoardLoaded(Vec<Column>),
    SearchResults {
        query: String,
        hits: Vec<SearchHit>,
    },
    ContactLoaded(Box<ContactPage>),
    Saved {
        message: String,
        contact_id: String,
    },
    /// How far an import running beside the desk got.
    ImportProgress(crate::import::Stage),
    /// The import ended: what it did, or why nothing was imported.
    ImportFinished(Result<crate::import::ImportReport, super::importing::ImportFailure>),
    /// A save was refused: values it replaces were changed elsewhere since the
    /// form opened. Both versions are in the message and the fields' notes.
    ChangedMeanwhile {
        theirs: Vec<super::forms::Meanwhile>,
        message: String,
    },
    /// A sync started or ended (see `syncing`).
    Synced(super::syncing::SyncLine),
    /// Something happened outside the file (a link opened, text copied).
    Notice(String),
    /// A save met the file held by another writer, or was made again (`pending`).
    Pending(super::pending::PendingEvent),
    Failed(String),
    /// Edit every field of the current contact (`edit_contact`).
    EditContact,
    /// The edit form, prefilled from the contact as just loaded.
    EditorLoaded(Box<Form>),
    /// Inside a form: empty the focused field, to type it anew.
    ClearField,
    // The entry open in full (`entry`): correct it, delete it, see its versions.
    EditEntry,
    DeleteEntry,
    ShowVersions,
    VersionsLoaded(Vec<crate::domain::Interaction>),
    /// Text pasted into the terminal (bracketed paste): typed into the focused
    /// field as text, never run as keys (`paste`).
    Paste(String),
    /// Take back the desk's last write, or make the last one taken back again (`undo`).
    Undo,
    Redo,
    /// A write landed and recorded what it wrote: `then` is its own outcome.
    Recorded {
        step: Box<super::undo::Step>,
        then: Box<Action>,
    },
    /// A step was written back, with what that wrote; or why it could not be.
    Reverted {
        step: Box<super::undo::Step>,
        direction: super::undo::Direction,
        outcome: Result<crate::store::Recorded, String>,
        /// The open contact is gone from the file (its adding was undone).
        page_gone: bool,
    },
    // Inside a text field (`typing`): the cursor and what is erased around it.
    CursorLeft,
    CursorRight,
    /// Home, Ctrl-A: to the start of the line.
    CursorHome,
    /// End, Ctrl-E: to the end of the line.
    CursorEnd,
    WordLeft,
    WordRight,
    /// Delete: the character under the cursor.
    DeleteForward,
    /// Ctrl-W: the word before the cursor.
    DeleteWordBack,
    /// In a field of several lines (notes): ↑ and ↓ move between its lines, and on
    /// its first or last line to the field beside; Enter breaks the line.
    LineUp,
    LineDown,
    NewLine,
    /// A click on item `usize` of the current list (`hits`, `mouse`): selects it,
    /// or opens it as Enter does when it was selected already; in a dialog, it
    /// focuses that field.
    Select(usize),
    /// A click on a card of the Deals board: its column, then its place in it.
    SelectCard {
        column: usize,
        card: usize,
    },
    /// The mouse wheel: moves or scrolls what the arrows would (`mouse`).
    ScrollUp,
    ScrollDown,
    // The Tasks screen (`tasks`): mark the selected follow-up done, snooze it,
    // show only mine, or one owner's; and the agenda loaded for it.
    MarkDone,
    Snooze,
    ToggleMine,
    PickOwner,
    AgendaLoaded(Vec<crate::domain::agenda::AgendaEntry>),
    // The Contacts and Accounts screens (`contacts`, `accounts`).
    /// The Contacts screen's next order: last activity, name, score, newest.
    CycleSort,
    /// The Contacts screen's filters, in a dialog.
    OpenFilters,
    /// Put a contact at the selected account, in a role.
    AddToAccount,
    ContactsLoaded(Box<super::contacts::ContactsPage>),
    /// The filters dialog, with the owners and accounts the file knows.
    FiltersLoaded(Box<Form>),
    AccountsLoaded(Vec<crate::store::AccountSummary>),
    /// One account in full; none when it is gone.
    AccountLoaded {
        id: String,
        detail: Option<Box<crate::store::AccountDetail>>,
    },
    // Deals (`deal_page`): a new deal for the current contact, a deal's page and
    // what its keys do, and the contact of the deal on the board or the page.
    NewDeal,
    DealLoaded(Box<super::deal_page::DealView>),
    EditDeal,
    DeleteDeal,
    OpenDealContact,
    /// The reach picker, built from the contact as just read (`reach`).
    ReachLoaded(Box<Form>),
    /// The send dialog, its templates filled for the contact as just read (`send`).
    SendLoaded(Box<Form>),
    // The Campaigns screen (`campaigns`): campaigns or templates shown, a new one,
    // the selected one edited or deleted; what was read, and a change made.
    ToggleTemplates,
    NewCampaignItem,
    EditCampaignItem,
    DeleteCampaignItem,
    CampaignsLoaded(
        Box<(
            Vec<crate::store::CampaignSummary>,
            Vec<crate::store::StoredTemplate>,
        )>,
    ),
    ChecklistLoaded(Box<super::campaigns::Checklist>),
    CampaignsChanged(String),
    CampaignTicked(Box<super::campaigns::Ticked>),
    /// The open checklist's campaign is gone from the file.
    ChecklistGone(String),
    // The Reports screen (`reports`): the kind of period, the period before or
    // after, the split, and the report read.
    CyclePeriod,
    EarlierPeriod,
    LaterPeriod,
    CycleSplit,
    ReportLoaded(Box<super::reports::ReportView>),
}

/// What the runtime must do on the store.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadInbox,
    /// Full rows for these leads, the ones on and around the screen.
    LoadInboxRows(Vec<InboxEntry>),
    LoadBoard,
    /// Move a deal to a stage (Won included; Lost goes through a form for the reason).
    MoveDeal {
        deal_id: String,
        stage: String,
        contact_id: String,
    },
    Search(String),
    LoadContact(String),
    /// Save a form: the runtime validates it against the clock and the store.
    SaveForm(Form),
    /// Open a link (wa.me, tel:, mailto:) with the configured opener.
    OpenLink(String),
    /// Put text on the clipboard through the terminal (OSC 52).
    CopyText(String),
    /// Import a file beside the desk, on a connection of its own.
    Import(crate::import::ImportRequest),
    /// Stop the running import; it rolls back.
    CancelImport,
    /// Make the first save in line again (`pending`).
    RetrySave(super::pending::PendingSave),
    /// Load a contact and the people who may own it, for the edit form.
    LoadEditor(String),
    /// Take an entry off the timeline (a retraction; its versions are kept).
    RetractEntry {
        id: String,
        contact_id: String,
    },
    /// Every version of an entry, for the entry view.
    LoadVersions(String),
    /// Write a step's earlier values back: an undo, or the undo of an undo.
    Revert {
        step: Box<super::undo::Step>,
        direction: super::undo::Direction,
    },
    /// Every open follow-up, for the Tasks screen.
    LoadAgenda,
    /// Mark a follow-up done; a save like a form's (`pending`), one transaction.
    CompleteTask(super::tasks::TaskRef),
    /// Move a follow-up to `due_at`, said `due_label` on the status line.
    SnoozeTask {
        task: super::tasks::TaskRef,
        due_at: DateTime<Utc>,
        due_label: String,
    },
    /// A page of the Contacts screen, with the count of all that pass its filters.
    LoadContacts(super::contacts::ContactsQuery),
    /// The filters dialog, set as the screen's filters are.
    LoadFilters(crate::store::ContactFilter),
    LoadAccounts,
    LoadAccount(String),
    /// Put a contact at an account in a role (or give them the role there).
    AddToAccount {
        account_id: String,
        account_name: String,
        contact_id: String,
        contact_name: String,
        role: crate::domain::Role,
    },
    /// A deal's page: the deal, its stage history, its value.
    LoadDeal(String),
    /// The new-deal form for a contact (no deal yet), or the edit form of a deal,
    /// prefilled from the store (the file's currency, the stages, the people).
    LoadDealForm {
        contact_id: String,
        deal_id: Option<String>,
    },
    /// Delete a deal (a tombstone); a save like the others, kept when the file is held.
    DeleteDeal {
        deal_id: String,
        contact_id: String,
    },
    /// Read a contact to offer the ways to reach it (`reach`).
    LoadReach(String),
    /// Read a contact and the templates for the send dialog (`send`).
    LoadSend(super::send::SendRequest),
    /// Confirm the opened message `id` as sent.
    ConfirmSent {
        id: String,
        contact_id: String,
    },
    /// The campaigns with their progress, and the templates.
    LoadCampaigns,
    /// One campaign's contacts, each done or not.
    LoadChecklist(String),
    /// Tick (`done`) or untick a campaign's row.
    TickCampaign {
        campaign_id: String,
        contact_id: String,
        contact_name: String,
        done: bool,
    },
    /// Delete a campaign or a template (a tombstone; `u` brings it back).
    DeleteCampaignItem(super::campaigns::Deleting),
    /// Save the campaign or template dialog.
    SaveCampaignForm(Form),
    /// The report the Reports screen asks for.
    LoadReport(super::reports::ReportRequest),
}

/// Why an action needing a contact cannot act.
pub const NO_CONTACT: &str = "Select a lead or open a contact first (search finds anyone).";
pub const NO_CONTACT_ON_REPORTS: &str =
    "Reports have no contact: open one with / (search) or from the Inbox (1) first.";
pub const NO_LEAD: &str = "No lead is selected.";
pub const NO_DEAL: &str = "No deal is selected.";
pub const NO_PAGE: &str = "Open a contact first (search finds anyone).";
pub const NOTHING_TO_REACH: &str = "No phone or email to reach.";
pub const NOTHING_TO_COPY: &str = "No phone or email to copy.";
pub const END_OF_PIPELINE: &str = "The deal is at the end of the pipeline: mark it won or lost.";
pub const NO_MATCH: &str = "No contact matches.";
pub const STOPPING: &str = "The import is stopping.";
pub const NO_ENTRY: &str = "No entry is selected.";
pub const AUTOMATIC_EDIT: &str = "Leadometer wrote this entry: it is not edited by hand.";
pub const AUTOMATIC_DELETE: &str = "Leadometer wrote this entry: it is not deleted by hand.";
pub const NEVER_CORRECTED: &str = "This entry was never corrected: it has no earlier versions.";
pub const NO_TASK: &str = "No task is selected.";
pub const NO_LISTED_CONTACT: &str = "No contact is selected.";
pub const NO_ACCOUNT: &str = "No account is selected.";

impl Action {
    /// Whether the action can act now, or the one reason it cannot. Actions that
    /// need nothing (moving, switching screens, results from the runtime) always can.
    pub fn available(&self, state: &State) -> Result<(), &'static str> {
        match &state.overlay {
            None => self.available_on_screen(state),
            Some(Overlay::Search(search)) => match self {
                Action::Open if search.hits.is_empty() && !search.looks_like_phone() => {
                    Err(NO_MATCH)
                }
                _ => Ok(()),
            },
            Some(Overlay::Import(view)) => match self {
                Action::Open | Action::Back if view.outcome.is_none() && view.stopping => {
                    Err(STOPPING)
                }
                _ => Ok(()),
            },
            Some(Overlay::Entry(view)) => view.available(self),
            Some(_) => Ok(()),
        }
    }

    fn available_on_screen(&self, state: &State) -> Result<(), &'static str> {
        let refusal = if state.tab == Tab::Reports {
            NO_CONTACT_ON_REPORTS
        } else {
            NO_CONTACT
        };
        let contact = || state.current_contact().map(|_| ()).ok_or(refusal);
        let deal = || state.selected_card().map(|_| ()).ok_or(NO_DEAL);
        let task = || super::tasks::selected(state).map(|_| ()).ok_or(NO_TASK);
        let reachable = |refusal| {
            contact()?;
            match state.reach() {
                (None, None) => Err(refusal),
                _ => Ok(()),
            }
        };
        match self {
            Action::Log(_)
            | Action::AddTask
            | Action::Drop
            | Action::Convert
            | Action::Assign
            | Action::Nurture
            | Action::EditContact
            | Action::NewDeal
            | Action::SendMessage => contact(),
            Action::MarkSent => super::send::confirm_refusal(state),
            // A list's row may not know the email: the contact read says (`reach`).
            Action::Reach => match state.tab {
                Tab::Timeline | Tab::Score => reachable(NOTHING_TO_REACH),
                _ => contact(),
            },
            Action::Copy => reachable(NOTHING_TO_COPY),
            Action::Open => match state.tab {
                Tab::Inbox => state.selected_lead().map(|_| ()).ok_or(NO_LEAD),
                Tab::Deals => deal(),
                Tab::Timeline => state.selected_entry().map(|_| ()).ok_or(NO_ENTRY),
                Tab::Score => Ok(()),
                Tab::Tasks => task(),
                Tab::Contacts => state
                    .contacts
                    .selected_row()
                    .map(|_| ())
                    .ok_or(NO_LISTED_CONTACT),
                Tab::Accounts => state.accounts.open_refusal(),
                Tab::Reports => Ok(()),
                Tab::Campaigns => super::campaigns::refusal(state, self),
            },
            Action::AddToAccount => state
                .accounts
                .selected_account()
                .map(|_| ())
                .ok_or(NO_ACCOUNT),
            Action::Won | Action::Lost => deal(),
            Action::MarkDone if state.tab == Tab::Campaigns => {
                super::campaigns::refusal(state, self)
            }
            Action::EditCampaignItem | Action::DeleteCampaignItem => {
                super::campaigns::refusal(state, self)
            }
            Action::MarkDone | Action::Snooze => task(),
            Action::OpenDealContact => deal(),
            Action::StageForward | Action::StageBack => {
                deal()?;
                let forward = *self == Action::StageForward;
                state.stage_step(forward).map(|_| ()).ok_or(END_OF_PIPELINE)
            }
            Action::CycleChannel | Action::FilterHistory => {
                state.page.as_ref().map(|_| ()).ok_or(NO_PAGE)
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
#[path = "actions_tests.rs"]
mod tests;
