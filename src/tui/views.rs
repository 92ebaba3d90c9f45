//! The inbox views: the built-in ones and those the config defines.

use super::app::{Effect, State};
use crate::config::InboxViewConfig;
use crate::domain::text::fold;
use crate::store::{InboxEntry, Label};
use chrono::{DateTime, Utc};

/// The inbox views a user switches between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboxView {
    /// A view from the config's `[[inbox.views]]`, by its place there.
    Custom(usize),
    /// Not yet triaged: status new or attempting.
    New,
    /// A follow-up due today or overdue.
    Today,
    /// Owned by the user.
    Mine,
    Hot,
    /// Everything the inbox holds.
    All,
}

impl InboxView {
    pub const ALL: [InboxView; 5] = [
        InboxView::All,
        InboxView::New,
        InboxView::Today,
        InboxView::Mine,
        InboxView::Hot,
    ];

    pub fn title(self) -> String {
        match self {
            InboxView::Custom(_) => String::new(),
            InboxView::All => crate::t!("view-all"),
            InboxView::New => crate::t!("view-new"),
            InboxView::Today => crate::t!("view-today"),
            InboxView::Mine => crate::t!("view-mine"),
            InboxView::Hot => crate::t!("view-hot"),
        }
    }

    /// Whether this view keeps a lead. Custom views compare folded text, so the
    /// view's own filters are folded once here rather than once per lead.
    pub fn filter<'a>(
        self,
        user: &'a str,
        day_ends: DateTime<Utc>,
        custom: &'a [InboxViewConfig],
    ) -> impl Fn(&InboxEntry) -> bool + 'a {
        use crate::domain::LeadStatus;
        let custom = match self {
            InboxView::Custom(index) => custom.get(index).map(CustomFilter::new),
            _ => None,
        };
        move |lead| match self {
            InboxView::Custom(_) => custom.as_ref().is_some_and(|view| view.keeps(lead)),
            InboxView::All => true,
            InboxView::New => matches!(lead.status, LeadStatus::New | LeadStatus::Attempting),
            InboxView::Today => lead.next_due.is_some_and(|due| due < day_ends),
            InboxView::Mine => lead.owner.as_ref().is_some_and(|o| o.as_str() == user),
            InboxView::Hot => lead.temperature == crate::domain::scoring::Temperature::Hot,
        }
    }
}

/// A config view with its text filters folded.
struct CustomFilter<'a> {
    view: &'a InboxViewConfig,
    source: Option<String>,
    campaign: Option<String>,
    owner: Option<String>,
}

impl<'a> CustomFilter<'a> {
    fn new(view: &'a InboxViewConfig) -> CustomFilter<'a> {
        let folded = |wanted: &Option<String>| wanted.as_deref().map(fold);
        CustomFilter {
            source: folded(&view.source),
            campaign: folded(&view.campaign),
            owner: folded(&view.owner),
            view,
        }
    }

    fn keeps(&self, lead: &InboxEntry) -> bool {
        let same = |wanted: &Option<String>, actual: &Option<Label>| {
            wanted
                .as_deref()
                .is_none_or(|w| actual.as_ref().is_some_and(|a| a.folded() == w))
        };
        same(&self.source, &lead.source)
            && same(&self.campaign, &lead.campaign)
            && same(&self.owner, &lead.owner)
            && self.view.lifecycle.is_none_or(|l| l == lead.lifecycle)
            && self.view.temperature.is_none_or(|t| t == lead.temperature)
    }
}

/// Rows loaded either side of the selection: more than any screen shows.
const ROWS_AROUND: usize = 200;

/// Asks for the full rows around the selection when some near it are missing. The
/// inbox can hold tens of thousands of leads; only these few are ever built.
pub(crate) fn inbox_rows_wanted(state: &mut State) -> Option<Effect> {
    let leads = state.visible_inbox();
    let selected = state.inbox_selected;
    let mut near = leads
        .iter()
        .skip(selected.saturating_sub(ROWS_AROUND / 2))
        .take(ROWS_AROUND);
    if near.all(|lead| state.inbox_rows_asked.contains(&lead.id)) {
        return None;
    }
    let page: Vec<InboxEntry> = leads
        .iter()
        .skip(selected.saturating_sub(ROWS_AROUND))
        .take(2 * ROWS_AROUND + 1)
        .map(|lead| (*lead).clone())
        .collect();
    state.inbox_rows_asked = page.iter().map(|lead| lead.id.clone()).collect();
    Some(Effect::LoadInboxRows(page))
}
