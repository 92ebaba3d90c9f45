//! The inbox views: the built-in ones and those the config defines.

use crate::config::InboxViewConfig;
use crate::store::InboxItem;
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

    pub fn title(self) -> &'static str {
        match self {
            InboxView::Custom(_) => "",
            InboxView::All => "All",
            InboxView::New => "New",
            InboxView::Today => "Today",
            InboxView::Mine => "Mine",
            InboxView::Hot => "Hot",
        }
    }

    pub fn keeps(
        self,
        item: &InboxItem,
        user: &str,
        day_ends: DateTime<Utc>,
        custom: &[InboxViewConfig],
    ) -> bool {
        use crate::domain::LeadStatus;
        match self {
            InboxView::Custom(index) => {
                custom.get(index).is_some_and(|view| view_keeps(view, item))
            }
            InboxView::All => true,
            InboxView::New => matches!(item.status, LeadStatus::New | LeadStatus::Attempting),
            InboxView::Today => item.next_task.as_ref().is_some_and(|t| t.due_at < day_ends),
            InboxView::Mine => item.owner.as_deref() == Some(user),
            InboxView::Hot => item.temperature == crate::domain::scoring::Temperature::Hot,
        }
    }
}

fn view_keeps(view: &InboxViewConfig, item: &InboxItem) -> bool {
    let same = |wanted: &Option<String>, actual: &Option<String>| {
        wanted.as_ref().is_none_or(|w| {
            actual
                .as_ref()
                .is_some_and(|a| crate::domain::text::fold(a) == crate::domain::text::fold(w))
        })
    };
    same(&view.source, &item.source)
        && same(&view.campaign, &item.campaign)
        && same(&view.owner, &item.owner)
        && view.lifecycle.is_none_or(|l| l == item.lifecycle)
        && view.temperature.is_none_or(|t| t == item.temperature)
}
