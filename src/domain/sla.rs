//! Speed-to-lead: the first-response SLA, expiry, and the inbox priority.

use super::contact::word_enum;
use chrono::{DateTime, Duration, Utc};

word_enum!(SlaState {
    OnTime => "on_time",
    DueSoon => "due_soon",
    Overdue => "overdue",
    Answered => "answered",
});

/// The state of a lead's first response. "Due soon" is the last third of the SLA.
pub fn sla_state(
    created_at: DateTime<Utc>,
    first_response_at: Option<DateTime<Utc>>,
    sla_minutes: u32,
    now: DateTime<Utc>,
) -> SlaState {
    if first_response_at.is_some() {
        return SlaState::Answered;
    }
    let deadline = created_at + Duration::minutes(sla_minutes.into());
    let warning = deadline - Duration::seconds(i64::from(sla_minutes) * 20);
    if now >= deadline {
        SlaState::Overdue
    } else if now >= warning {
        SlaState::DueSoon
    } else {
        SlaState::OnTime
    }
}

/// A lead nobody has touched for `expire_after_days` (no interaction at all since
/// `last_touched`) has gone cold and is marked expired.
pub fn is_expired(last_touched: DateTime<Utc>, expire_after_days: u32, now: DateTime<Utc>) -> bool {
    expire_after_days > 0 && now - last_touched >= Duration::days(expire_after_days.into())
}

/// What the inbox sorts by after "overdue first": the score, the money at stake, and
/// how close the SLA and the next follow-up are. Each part is bounded so none drowns
/// the others; see the README for the weights.
pub fn priority(
    score: i64,
    expected_value: f64,
    sla: SlaState,
    task_overdue: bool,
    task_due_today: bool,
) -> i64 {
    let score_part = score.clamp(-100, 100);
    let value_part = if expected_value > 0.0 {
        ((expected_value + 1.0).log10() * 5.0).min(30.0) as i64
    } else {
        0
    };
    let sla_part = match sla {
        SlaState::Overdue => 50,
        SlaState::DueSoon => 35,
        SlaState::OnTime => 20,
        SlaState::Answered => 0,
    };
    let task_part = if task_overdue {
        25
    } else if task_due_today {
        15
    } else {
        0
    };
    score_part + value_part + sla_part + task_part
}

/// "25m", "3h", "2d", "5w": how long a lead has waited, at a glance.
pub fn age_label(minutes: i64) -> String {
    match minutes {
        m if m < 60 => crate::t!("age-minutes", value = m.max(0).to_string()),
        m if m < 60 * 48 => crate::t!("age-hours", value = (m / 60).to_string()),
        m if m < 60 * 24 * 14 => crate::t!("age-days", value = (m / (60 * 24)).to_string()),
        m => crate::t!("age-weeks", value = (m / (60 * 24 * 7)).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(minutes: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap() + Duration::minutes(minutes)
    }

    #[test]
    fn sla_states_across_time() {
        let created = at(0);
        assert_eq!(sla_state(created, None, 15, at(0)), SlaState::OnTime);
        assert_eq!(sla_state(created, None, 15, at(9)), SlaState::OnTime);
        assert_eq!(sla_state(created, None, 15, at(10)), SlaState::DueSoon);
        assert_eq!(sla_state(created, None, 15, at(14)), SlaState::DueSoon);
        assert_eq!(sla_state(created, None, 15, at(15)), SlaState::Overdue);
        assert_eq!(sla_state(created, None, 15, at(600)), SlaState::Overdue);
        assert_eq!(
            sla_state(created, Some(at(20)), 15, at(600)),
            SlaState::Answered
        );
    }

    #[test]
    fn ages_read_at_a_glance() {
        assert_eq!(age_label(25), "25m");
        assert_eq!(age_label(60 * 5), "5h");
        assert_eq!(age_label(60 * 24 * 3), "3d");
        assert_eq!(age_label(60 * 24 * 35), "5w");
    }

    #[test]
    fn expiry_counts_whole_days_untouched() {
        assert!(!is_expired(at(0), 30, at(60 * 24 * 29)));
        assert!(is_expired(at(0), 30, at(60 * 24 * 30)));
        assert!(
            !is_expired(at(0), 0, at(60 * 24 * 999)),
            "0 turns expiry off"
        );
    }

    #[test]
    fn priority_weighs_score_value_sla_and_tasks() {
        let base = priority(40, 0.0, SlaState::Answered, false, false);
        assert_eq!(base, 40);
        assert!(
            priority(40, 0.0, SlaState::Overdue, false, false)
                > priority(40, 0.0, SlaState::DueSoon, false, false)
        );
        assert!(priority(40, 100_000.0, SlaState::Answered, false, false) > base);
        assert_eq!(
            priority(40, 1e12, SlaState::Answered, false, false),
            70,
            "value is capped"
        );
        assert!(
            priority(40, 0.0, SlaState::Answered, true, false)
                > priority(40, 0.0, SlaState::Answered, false, true)
        );
    }
}
