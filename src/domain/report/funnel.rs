//! The funnel: of the leads created in a period (a cohort), how many reached each
//! lifecycle stage, the conversion from each stage to the next, and the median time
//! it took. A contact that reached a stage passed every stage below it, even when it
//! jumped them, so the counts never grow down the ladder.

use super::stats::median;
use crate::domain::Lifecycle;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// The stages in order; "other" stands beside the ladder, not on it.
pub const LADDER: [Lifecycle; 7] = [
    Lifecycle::Subscriber,
    Lifecycle::Lead,
    Lifecycle::Mql,
    Lifecycle::Sql,
    Lifecycle::Opportunity,
    Lifecycle::Customer,
    Lifecycle::Evangelist,
];

fn rung(stage: Lifecycle) -> Option<usize> {
    LADDER.iter().position(|s| *s == stage)
}

/// One lifecycle change from the timeline: when, from what (when the entry says),
/// and to what.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    pub at: DateTime<Utc>,
    pub from: Option<Lifecycle>,
    pub to: Lifecycle,
}

/// Where a contact's stage dates come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The timeline's lifecycle entries.
    Events,
    /// No lifecycle entry: every stage up to the current one dated at creation.
    Created,
}

/// When one contact first stood at or above each stage of the ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct Journey {
    pub entered: [Option<DateTime<Utc>>; 7],
    /// Whether it stood on that very stage (rather than jumping past it), which is
    /// what the time to the next stage is measured from.
    pub stood: [bool; 7],
    pub basis: Basis,
}

impl Journey {
    /// `moves` in time order. Without moves, the contact has stood on its current
    /// stage since creation. With them, it started on the first move's `from`.
    pub fn of(created_at: DateTime<Utc>, current: Lifecycle, moves: &[Move]) -> Journey {
        let initial = match moves.first() {
            None => current,
            Some(first) => first.from.unwrap_or(first.to),
        };
        let mut journey = Journey {
            entered: [None; 7],
            stood: [false; 7],
            basis: if moves.is_empty() {
                Basis::Created
            } else {
                Basis::Events
            },
        };
        let points =
            std::iter::once((created_at, initial)).chain(moves.iter().map(|m| (m.at, m.to)));
        for (at, stage) in points {
            let Some(top) = rung(stage) else { continue };
            journey.stood[top] = true;
            for entered in &mut journey.entered[..=top] {
                if entered.is_none_or(|earlier| at < earlier) {
                    *entered = Some(at);
                }
            }
        }
        journey
    }

    pub fn reached(&self, stage: Lifecycle) -> bool {
        rung(stage).is_some_and(|r| self.entered[r].is_some())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct StageRow {
    pub stage: Lifecycle,
    pub reached: usize,
    /// Of those that reached this stage, the share that reached the next.
    pub to_next: Option<f64>,
    /// The median time from standing on this stage to reaching the next.
    pub median_to_next_secs: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Funnel {
    pub cohort: usize,
    pub stages: Vec<StageRow>,
    /// How many of the cohort's stage dates come from lifecycle entries, and how many
    /// from creation dates alone.
    pub from_events: usize,
    pub from_creation: usize,
}

impl Funnel {
    pub fn of<'a>(journeys: impl IntoIterator<Item = &'a Journey>) -> Funnel {
        let journeys: Vec<&Journey> = journeys.into_iter().collect();
        let reached: Vec<usize> = (0..LADDER.len())
            .map(|r| journeys.iter().filter(|j| j.entered[r].is_some()).count())
            .collect();
        let stages = LADDER
            .iter()
            .enumerate()
            .map(|(r, stage)| {
                let next = r + 1;
                let to_next = (next < LADDER.len() && reached[r] > 0)
                    .then(|| reached[next] as f64 / reached[r] as f64);
                let times: Vec<i64> = if next < LADDER.len() {
                    journeys
                        .iter()
                        .filter(|j| j.stood[r])
                        .filter_map(|j| Some((j.entered[next]? - j.entered[r]?).num_seconds()))
                        .collect()
                } else {
                    Vec::new()
                };
                StageRow {
                    stage: *stage,
                    reached: reached[r],
                    to_next,
                    median_to_next_secs: median(&times),
                }
            })
            .collect();
        let from_events = journeys.iter().filter(|j| j.basis == Basis::Events).count();
        Funnel {
            cohort: journeys.len(),
            stages,
            from_events,
            from_creation: journeys.len() - from_events,
        }
    }

    /// What the counts leave unsaid, for a person reading them: the leads that stood
    /// beside the ladder from the start, and where the stage dates come from.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        let on_ladder = self.stages.first().map_or(0, |s| s.reached);
        let beside = self.cohort.saturating_sub(on_ladder);
        if beside > 0 {
            notes.push(crate::t!(
                "cli-report-funnel-beside",
                count = beside,
                other = crate::domain::Lifecycle::Other.label()
            ));
        }
        notes.push(crate::t!(
            "cli-report-funnel-dates",
            events = self.from_events,
            creation = self.from_creation
        ));
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use proptest::prelude::*;

    fn at(hours: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap() + Duration::hours(hours)
    }

    fn moved(hours: i64, from: Lifecycle, to: Lifecycle) -> Move {
        Move {
            at: at(hours),
            from: Some(from),
            to,
        }
    }

    #[test]
    fn a_jump_passes_the_stages_between_without_standing_on_them() {
        use Lifecycle::*;
        let journey = Journey::of(at(0), Sql, &[moved(5, Lead, Sql)]);
        assert_eq!(journey.basis, Basis::Events);
        assert_eq!(journey.entered[0], Some(at(0)));
        assert_eq!(journey.entered[1], Some(at(0)));
        assert_eq!(journey.entered[2], Some(at(5)));
        assert_eq!(journey.entered[3], Some(at(5)));
        assert_eq!(
            journey.stood,
            [false, true, false, true, false, false, false]
        );
        assert!(!journey.reached(Opportunity));
    }

    #[test]
    fn without_entries_every_stage_up_to_the_current_is_dated_at_creation() {
        let journey = Journey::of(at(0), Lifecycle::Customer, &[]);
        assert_eq!(journey.basis, Basis::Created);
        assert!(journey.entered[..6].iter().all(|e| *e == Some(at(0))));
        assert_eq!(journey.entered[6], None);
        let other = Journey::of(at(0), Lifecycle::Other, &[]);
        assert!(other.entered.iter().all(Option::is_none));
    }

    #[test]
    fn a_later_drop_to_other_keeps_what_was_reached() {
        use Lifecycle::*;
        let journey = Journey::of(
            at(0),
            Other,
            &[moved(1, Lead, Opportunity), moved(9, Opportunity, Other)],
        );
        assert!(journey.reached(Opportunity));
        assert!(!journey.reached(Customer));
    }

    #[test]
    fn the_funnel_of_a_small_cohort_by_hand() {
        use Lifecycle::*;
        let journeys = [
            Journey::of(at(0), Lead, &[]),
            Journey::of(at(0), Mql, &[moved(10, Lead, Mql)]),
            Journey::of(at(0), Sql, &[moved(20, Lead, Mql), moved(30, Mql, Sql)]),
            Journey::of(
                at(0),
                Customer,
                &[
                    moved(2, Lead, Opportunity),
                    moved(50, Opportunity, Customer),
                ],
            ),
        ];
        let funnel = Funnel::of(&journeys);
        assert_eq!(funnel.cohort, 4);
        let reached: Vec<usize> = funnel.stages.iter().map(|s| s.reached).collect();
        assert_eq!(reached, vec![4, 4, 3, 2, 1, 1, 0]);
        assert_eq!(funnel.stages[1].to_next, Some(0.75));
        // Lead to MQL: 10 h, 20 h and 2 h (the jump to opportunity passes MQL).
        assert_eq!(funnel.stages[1].median_to_next_secs, Some(10 * 3600));
        // MQL to SQL: only the one that stood on MQL, 10 h.
        assert_eq!(funnel.stages[2].median_to_next_secs, Some(10 * 3600));
        assert_eq!(funnel.stages[6].to_next, None);
        assert_eq!((funnel.from_events, funnel.from_creation), (3, 1));
    }

    fn any_stage() -> impl Strategy<Value = Lifecycle> {
        proptest::sample::select(Lifecycle::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn counts_never_grow_down_the_ladder(
            contacts in proptest::collection::vec(
                (any_stage(), proptest::collection::vec((0i64..500, any_stage(), any_stage()), 0..5)),
                0..40,
            )
        ) {
            let journeys: Vec<Journey> = contacts
                .iter()
                .map(|(current, moves)| {
                    let mut moves: Vec<Move> = moves
                        .iter()
                        .map(|(hours, from, to)| Move { at: at(*hours), from: Some(*from), to: *to })
                        .collect();
                    moves.sort_by_key(|m| m.at);
                    Journey::of(at(0), *current, &moves)
                })
                .collect();
            let funnel = Funnel::of(&journeys);
            for pair in funnel.stages.windows(2) {
                prop_assert!(pair[1].reached <= pair[0].reached);
                prop_assert!(pair[0].to_next.is_none_or(|share| (0.0..=1.0).contains(&share)));
            }
            prop_assert!(funnel.stages[0].reached <= funnel.cohort);
            for journey in &journeys {
                for pair in journey.entered.windows(2) {
                    if let (Some(lower), Some(higher)) = (pair[0], pair[1]) {
                        prop_assert!(lower <= higher);
                    }
                }
            }
        }
    }
}
