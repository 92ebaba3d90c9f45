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

/// What a lead or a deal is grouped by: its contact's source, campaign and origin,
/// and its owner.
pub struct Keys<'a> {
    pub source: Option<&'a str>,
    pub campaign: Option<&'a str>,
    pub owner: Option<&'a str>,
    pub origin: Option<&'a str>,
}

pub trait Keyed {
    fn keys(&self) -> Keys<'_>;
}

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

/// The name of the group a lead or a deal falls in.
pub fn group_key(item: &impl Keyed, by: GroupBy) -> String {
    let keys = item.keys();
    let named = |value: Option<&str>| value.unwrap_or("(none)").to_string();
    match by {
        GroupBy::Source => named(keys.source),
        GroupBy::Campaign => named(keys.campaign),
        GroupBy::Owner => named(keys.owner),
        GroupBy::Origin => match keys.origin {
            Some("inbound") => "pull (inbound)".into(),
            Some("outbound") => "push (outbound)".into(),
            _ => "(unknown)".into(),
        },
    }
}

pub fn split<L: Keyed, T>(
    items: &[L],
    by: Option<GroupBy>,
    report: impl Fn(&[&L]) -> T,
) -> Split<T> {
    let all: Vec<&L> = items.iter().collect();
    let mut groups = Vec::new();
    if let Some(by) = by {
        let mut members: BTreeMap<String, Vec<&L>> = BTreeMap::new();
        for item in items {
            members.entry(group_key(item, by)).or_default().push(item);
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
