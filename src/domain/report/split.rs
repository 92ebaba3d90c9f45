//! A report for the whole and for each group of it: by source, campaign, owner or
//! origin. What is grouped says its keys (`Keyed`).

use super::GroupBy;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Split<T> {
    pub total: T,
    /// Biggest group first; empty when the report is not split.
    pub groups: Vec<Group<T>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
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

/// Why leads were disqualified and deals lost, each reason with its count.
#[derive(Debug, Clone, PartialEq, serde::Serialize, schemars::JsonSchema)]
pub struct Reasons {
    /// Of the leads created in the period, those disqualified.
    pub disqualified: Split<Vec<(String, usize)>>,
    /// The deals lost in the period.
    pub lost: Split<Vec<(String, usize)>>,
}
