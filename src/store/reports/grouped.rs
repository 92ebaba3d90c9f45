//! The cohort's leads as the split groups them, and the funnel and speed of a group.

use super::CohortLead;
use crate::config::Sla;
use crate::domain::report::split::{Keyed, Keys};
use crate::domain::report::{Funnel, Journey, Speed, Wait};
use chrono::{DateTime, Utc};

impl Keyed for CohortLead {
    fn keys(&self) -> Keys<'_> {
        Keys {
            source: self.source.as_deref(),
            campaign: self.campaign.as_deref(),
            owner: self.owner.as_deref(),
            origin: self.origin.as_deref(),
        }
    }
}

pub fn funnel_of(leads: &[&CohortLead]) -> Funnel {
    let journeys: Vec<Journey> = leads
        .iter()
        .map(|lead| Journey::of(lead.created_at, lead.lifecycle, &lead.moves))
        .collect();
    Funnel::of(&journeys)
}

pub fn speed_of(leads: &[&CohortLead], sla: &Sla, now: DateTime<Utc>) -> Speed {
    let waits: Vec<Wait> = leads
        .iter()
        .map(|lead| {
            let sla_secs = i64::from(sla.minutes_for(lead.source.as_deref())) * 60;
            let answered_after = lead
                .first_response_at
                .map(|at| (at - lead.created_at).num_seconds().max(0));
            Wait {
                answered_after,
                sla_secs,
                still_running: answered_after.is_none()
                    && (now - lead.created_at).num_seconds() < sla_secs,
                expired: lead.expired,
            }
        })
        .collect();
    Speed::of(&waits)
}
