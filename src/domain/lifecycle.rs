//! Automatic lifecycle changes and the hand-off of leads to owners. Pure decisions:
//! the store applies them and records each one as a fact on the timeline.

use super::scoring::{Conditions, ScoreFacts, facts_meet};
use super::{Direction, InteractionKind, LeadStatus, Lifecycle};
use serde::{Deserialize, Serialize};

/// Where deals move the lifecycle; None leaves it alone.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DealLifecycle {
    pub deal_opened: Option<Lifecycle>,
    pub deal_won: Option<Lifecycle>,
    pub deal_lost: Option<Lifecycle>,
}

impl Default for DealLifecycle {
    fn default() -> DealLifecycle {
        DealLifecycle {
            deal_opened: Some(Lifecycle::Opportunity),
            deal_won: Some(Lifecycle::Customer),
            deal_lost: Some(Lifecycle::Other),
        }
    }
}

/// The lifecycle a score earns: crossing `sql_at` or `mql_at` raises an early stage;
/// nothing here ever lowers one. Returns the new stage and why.
pub fn lifecycle_for_score(
    current: Lifecycle,
    score: i64,
    mql_at: i64,
    sql_at: i64,
) -> Option<(Lifecycle, String)> {
    let early = matches!(
        current,
        Lifecycle::Subscriber | Lifecycle::Lead | Lifecycle::Mql
    );
    if !early {
        return None;
    }
    if score >= sql_at && current < Lifecycle::Sql {
        return Some((Lifecycle::Sql, format!("score {score} ≥ {sql_at}")));
    }
    if score >= mql_at && current < Lifecycle::Mql {
        return Some((Lifecycle::Mql, format!("score {score} ≥ {mql_at}")));
    }
    None
}

/// What a deal event does to the lifecycle. A won deal never demotes an evangelist;
/// a lost deal only demotes a contact with no other business (no won or open deal).
pub fn lifecycle_for_deal(
    current: Lifecycle,
    target: Option<Lifecycle>,
    event: DealEvent,
    has_other_business: bool,
) -> Option<Lifecycle> {
    let target = target?;
    let changes = match event {
        DealEvent::Opened => current < target || current == Lifecycle::Other,
        DealEvent::Won => current != Lifecycle::Evangelist && current != target,
        DealEvent::Lost => !has_other_business && current != target,
    };
    changes.then_some(target)
}

/// Where an interaction moves a lead's status: what we send makes a new lead
/// "attempting"; their answer (a message, a meeting, a call picked up) makes an open
/// lead "connected". Nurtured and disqualified leads are left as they were decided.
pub fn status_after(
    current: LeadStatus,
    kind: InteractionKind,
    direction: Option<Direction>,
    outcome: Option<&str>,
) -> Option<(LeadStatus, &'static str)> {
    if matches!(
        kind,
        InteractionKind::Note | InteractionKind::Event | InteractionKind::Retracted
    ) || super::interaction::is_unsent_message(kind, direction, outcome)
    {
        return None;
    }
    let open = matches!(current, LeadStatus::New | LeadStatus::Attempting);
    let answered = outcome.is_some_and(|o| o.eq_ignore_ascii_case("answered"));
    let they_answered =
        direction == Some(Direction::In) || kind == InteractionKind::Meeting || answered;
    if open && they_answered {
        return Some((LeadStatus::Connected, "they answered"));
    }
    if current == LeadStatus::New && direction == Some(Direction::Out) {
        return Some((LeadStatus::Attempting, "first attempt to reach them"));
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DealEvent {
    Opened,
    Won,
    Lost,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssignmentRule {
    pub name: String,
    pub when: Conditions,
    pub assign: Vec<String>,
    pub max_open: Option<u32>,
}

/// The flag a lead carries while no salesperson has room for it (every one at
/// `sales_max_open`): it keeps its previous owner and the inbox shows it waiting.
pub const WAITING_FOR_OWNER: &str = "waiting-for-owner";

/// Round-robin: the first person after `last` (in list order, wrapping) whose open
/// leads are below `max_open`. None when everyone is full.
pub fn next_assignee<'a>(
    people: &'a [String],
    last: Option<&str>,
    max_open: Option<u32>,
    open_leads: impl Fn(&str) -> u32,
) -> Option<&'a str> {
    if people.is_empty() {
        return None;
    }
    let start = last
        .and_then(|l| people.iter().position(|p| p == l))
        .map_or(0, |i| i + 1);
    (0..people.len())
        .map(|offset| people[(start + offset) % people.len()].as_str())
        .find(|person| max_open.is_none_or(|max| open_leads(person) < max))
}

/// The first assignment rule whose conditions the lead meets. Assignment looks at who
/// the lead is; the config refuses behaviour conditions in its rules.
pub fn matching_rule<'a>(
    rules: &'a [AssignmentRule],
    facts: &ScoreFacts,
) -> Option<&'a AssignmentRule> {
    rules.iter().find(|rule| facts_meet(&rule.when, facts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_raise_early_stages_and_never_lower_any() {
        assert_eq!(
            lifecycle_for_score(Lifecycle::Lead, 64, 30, 60).unwrap().0,
            Lifecycle::Sql
        );
        assert_eq!(
            lifecycle_for_score(Lifecycle::Lead, 64, 30, 60).unwrap().1,
            "score 64 ≥ 60"
        );
        assert_eq!(
            lifecycle_for_score(Lifecycle::Subscriber, 35, 30, 60)
                .unwrap()
                .0,
            Lifecycle::Mql
        );
        assert_eq!(lifecycle_for_score(Lifecycle::Mql, 59, 30, 60), None);
        assert_eq!(
            lifecycle_for_score(Lifecycle::Sql, 0, 30, 60),
            None,
            "a low score never lowers"
        );
        assert_eq!(lifecycle_for_score(Lifecycle::Mql, -50, 30, 60), None);
        assert_eq!(lifecycle_for_score(Lifecycle::Customer, 99, 30, 60), None);
        assert_eq!(lifecycle_for_score(Lifecycle::Other, 99, 30, 60), None);
    }

    #[test]
    fn interactions_move_the_lead_status() {
        use Direction::{In, Out};
        use InteractionKind::*;
        let after = |status, kind, direction, outcome| {
            status_after(status, kind, direction, outcome).map(|(s, _)| s)
        };
        assert_eq!(
            after(LeadStatus::New, Call, Some(Out), Some("no-answer")),
            Some(LeadStatus::Attempting)
        );
        assert_eq!(
            after(LeadStatus::New, Call, Some(Out), Some("Answered")),
            Some(LeadStatus::Connected)
        );
        assert_eq!(
            after(LeadStatus::Attempting, Whatsapp, Some(In), None),
            Some(LeadStatus::Connected)
        );
        assert_eq!(
            after(LeadStatus::New, Meeting, None, None),
            Some(LeadStatus::Connected)
        );
        assert_eq!(
            after(LeadStatus::Attempting, Email, Some(Out), None),
            None,
            "still attempting"
        );
        assert_eq!(after(LeadStatus::New, Note, None, None), None);
        assert_eq!(
            after(LeadStatus::Nurturing, Whatsapp, Some(In), None),
            None,
            "a decision stands"
        );
        assert_eq!(
            after(LeadStatus::Disqualified, Call, Some(In), Some("answered")),
            None
        );
        assert_eq!(after(LeadStatus::Connected, Call, Some(Out), None), None);
    }

    #[test]
    fn deals_drive_the_stage() {
        let map = DealLifecycle::default();
        assert_eq!(
            lifecycle_for_deal(Lifecycle::Lead, map.deal_opened, DealEvent::Opened, false),
            Some(Lifecycle::Opportunity)
        );
        assert_eq!(
            lifecycle_for_deal(
                Lifecycle::Customer,
                map.deal_opened,
                DealEvent::Opened,
                true
            ),
            None
        );
        assert_eq!(
            lifecycle_for_deal(Lifecycle::Opportunity, map.deal_won, DealEvent::Won, false),
            Some(Lifecycle::Customer)
        );
        assert_eq!(
            lifecycle_for_deal(Lifecycle::Evangelist, map.deal_won, DealEvent::Won, false),
            None
        );
        assert_eq!(
            lifecycle_for_deal(
                Lifecycle::Opportunity,
                map.deal_lost,
                DealEvent::Lost,
                false
            ),
            Some(Lifecycle::Other)
        );
        assert_eq!(
            lifecycle_for_deal(Lifecycle::Customer, map.deal_lost, DealEvent::Lost, true),
            None,
            "a customer with other business stays"
        );
        assert_eq!(
            lifecycle_for_deal(Lifecycle::Lead, None, DealEvent::Opened, false),
            None,
            "mapping off"
        );
    }

    #[test]
    fn round_robin_skips_people_at_max_open() {
        let people: Vec<String> = ["Dana", "Yossi", "Eszter"].map(String::from).to_vec();
        let open = |p: &str| match p {
            "Yossi" => 40,
            _ => 3,
        };
        assert_eq!(next_assignee(&people, None, Some(40), open), Some("Dana"));
        assert_eq!(
            next_assignee(&people, Some("Dana"), Some(40), open),
            Some("Eszter")
        );
        assert_eq!(
            next_assignee(&people, Some("Eszter"), Some(40), open),
            Some("Dana")
        );
        assert_eq!(
            next_assignee(&people, Some("Dana"), None, open),
            Some("Yossi")
        );
        assert_eq!(
            next_assignee(&people, Some("Dana"), Some(3), open),
            None,
            "everyone full"
        );
        assert_eq!(next_assignee(&[], None, None, open), None);
        assert_eq!(
            next_assignee(&people, Some("Gone"), None, open),
            Some("Dana")
        );
    }
}
