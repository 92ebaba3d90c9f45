//! Campaigns worked as checklists: the contacts one field picks out, each ticked
//! when it is done, and the template sent to each.

use super::contact::word_enum;
use super::text::fold;
use serde::Serialize;

word_enum!(
    /// The field whose value picks a campaign's contacts out, as the inbox's views do.
    CampaignBy {
        Campaign => "campaign",
        Source => "source",
        Flag => "flag",
        Lifecycle => "lifecycle",
        Owner => "owner",
    }
);

/// A campaign: its name, the contacts it holds, and the template sent to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Campaign {
    pub id: String,
    pub name: String,
    pub by: CampaignBy,
    pub value: String,
    pub template_id: Option<String>,
}

impl Campaign {
    /// Whether a contact whose field `by` holds `value` belongs: compared as search
    /// compares names (case, accents and stray marks aside), so "Facebook" typed in
    /// a view finds "facebook" imported.
    pub fn holds(&self, value: &str) -> bool {
        fold(value.trim()) == fold(self.value.trim())
    }

    /// What picks its contacts, as people read it: "source: Facebook ad",
    /// "lifecycle: MQL" (a stage in the user's language).
    pub fn picks_shown(&self) -> String {
        let value = match self.by {
            CampaignBy::Lifecycle => self
                .value
                .parse::<super::Lifecycle>()
                .map_or_else(|_| self.value.clone(), |stage| stage.label()),
            _ => self.value.clone(),
        };
        format!("{}: {}", self.by.label(), super::text::clean_line(&value))
    }
}

/// One contact of a campaign, and whether it is done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Member {
    pub contact_id: String,
    pub name: String,
    pub phone: Option<String>,
    /// When it was ticked; none while it is still to do.
    #[serde(serialize_with = "crate::domain::timestamp::write_optional")]
    #[schemars(with = "Option<crate::domain::timestamp::Rfc3339>")]
    pub done_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// How far a campaign has got: "12 of 40 done".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, schemars::JsonSchema)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn of(members: &[Member]) -> Progress {
        Progress {
            done: members.iter().filter(|m| m.done_at.is_some()).count(),
            total: members.len(),
        }
    }
}

/// The id of the tick for one contact of one campaign: the same on every desk, so
/// that two colleagues ticking the same row make one row, merged by its fields.
pub fn tick_id(campaign_id: &str, contact_id: &str) -> String {
    format!("{campaign_id}/{contact_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn campaign(by: CampaignBy, value: &str) -> Campaign {
        Campaign {
            id: "c".into(),
            name: "Spring".into(),
            by,
            value: value.into(),
            template_id: None,
        }
    }

    #[test]
    fn a_member_is_matched_whatever_its_case_and_accents() {
        let spring = campaign(CampaignBy::Source, "Facebook");
        assert!(spring.holds("facebook"));
        assert!(spring.holds(" FACEBOOK "));
        assert!(!spring.holds("facebook ads"));
        let hungarian = campaign(CampaignBy::Campaign, "Tavaszi akció");
        assert!(hungarian.holds("tavaszi akcio"));
        assert!(campaign(CampaignBy::Source, "אתר").holds("אתר"));
    }

    #[test]
    fn progress_counts_the_ticked_members() {
        let member = |done: bool| Member {
            contact_id: "x".into(),
            name: "x".into(),
            phone: None,
            done_at: done.then(chrono::Utc::now),
        };
        let progress = Progress::of(&[member(true), member(false), member(true)]);
        assert_eq!(progress, Progress { done: 2, total: 3 });
        assert_eq!(Progress::of(&[]), Progress::default());
    }

    #[test]
    fn a_tick_s_id_is_the_same_on_every_desk() {
        assert_eq!(tick_id("camp", "contact"), tick_id("camp", "contact"));
        assert_ne!(tick_id("camp", "a"), tick_id("camp", "b"));
    }
}
