//! A report for the whole cohort and for each group of it: by source, campaign,
//! owner or origin.

use super::CohortLead;
use crate::config::Sla;
use crate::domain::report::{Funnel, GroupBy, Journey, Speed, Wait};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Split<T> {
    pub total: T,
    /// Biggest group first; empty when the report is not split.
    pub groups: Vec<Group<T>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group<T> {
    pub key: String,
    pub leads: usize,
    pub report: T,
}

/// The name of the group a lead falls in.
pub fn group_key(lead: &CohortLead, by: GroupBy) -> String {
    let named = |value: &Option<String>| value.clone().unwrap_or_else(|| "(none)".into());
    match by {
        GroupBy::Source => named(&lead.source),
        GroupBy::Campaign => named(&lead.campaign),
        GroupBy::Owner => named(&lead.owner),
        GroupBy::Origin => match lead.origin.as_deref() {
            Some("inbound") => "pull (inbound)".into(),
            Some("outbound") => "push (outbound)".into(),
            _ => "(unknown)".into(),
        },
    }
}

pub fn split<T>(
    leads: &[CohortLead],
    by: Option<GroupBy>,
    report: impl Fn(&[&CohortLead]) -> T,
) -> Split<T> {
    let all: Vec<&CohortLead> = leads.iter().collect();
    let mut groups = Vec::new();
    if let Some(by) = by {
        let mut members: BTreeMap<String, Vec<&CohortLead>> = BTreeMap::new();
        for lead in leads {
            members.entry(group_key(lead, by)).or_default().push(lead);
        }
        groups = members
            .into_iter()
            .map(|(key, members)| Group {
                key,
                leads: members.len(),
                report: report(&members),
            })
            .collect();
        groups.sort_by(|a: &Group<T>, b: &Group<T>| b.leads.cmp(&a.leads).then(a.key.cmp(&b.key)));
    }
    Split {
        total: report(&all),
        groups,
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
