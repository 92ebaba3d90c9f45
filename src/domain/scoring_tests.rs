//! Every condition kind, decay, bands and the breakdown's sum.

use super::*;
use chrono::{Duration, TimeZone};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap()
}

fn facts() -> ScoreFacts {
    ScoreFacts {
        kind: ContactKind::Person,
        roles: vec![(Role::DecisionMaker, "Levi Design".into())],
        source: Some("Facebook Ad".into()),
        campaign: Some("Tavaszi akció".into()),
        inbound: Some(true),
        flags: vec!["vip".into()],
        quality: Some(4),
        lifecycle: Lifecycle::Lead,
        emails: 1,
        phones: 0,
        countries: vec!["IL".into()],
        returning: false,
        won_before: true,
        interactions: Vec::new(),
    }
}

fn interaction(
    id: &str,
    kind: InteractionKind,
    direction: Option<Direction>,
    outcome: Option<&str>,
    days_ago: i64,
) -> InteractionFact {
    InteractionFact {
        id: id.into(),
        kind,
        direction,
        outcome: outcome.map(str::to_string),
        occurred_at: now() - Duration::days(days_ago),
    }
}

fn rule(name: &str, points: i64, when: Conditions) -> Rule {
    Rule {
        name: name.into(),
        points,
        when,
        half_life_days: None,
    }
}

fn scoring(rules: Vec<Rule>) -> Scoring {
    Scoring {
        rules,
        bands: Bands { hot: 60, warm: 30 },
        mql_at: 30,
        sql_at: 60,
        half_life_days: None,
    }
}

/// The points one rule gives these facts (0 when it does not fire).
fn points(when: Conditions, facts: &ScoreFacts) -> i64 {
    score(&scoring(vec![rule("r", 10, when)]), facts, now()).total
}

/// A `when` table as a user writes it in the config.
fn when(toml_text: &str) -> Conditions {
    toml::from_str(toml_text).unwrap()
}

#[test]
fn every_explicit_condition_fires_and_misses() {
    let f = facts();
    let cases = [
        ("kind = 'person'", "kind = 'business'"),
        ("role = 'decision-maker'", "role = 'payer'"),
        ("source = 'facebook ad'", "source = 'Referral'"),
        ("campaign = 'tavaszi akcio'", "campaign = 'Other'"),
        ("inbound = true", "inbound = false"),
        ("flag = 'VIP'", "flag = 'bad-payer'"),
        ("quality_at_least = 4", "quality_at_least = 5"),
        ("lifecycle = 'lead'", "lifecycle = 'mql'"),
        ("has_email = true", "has_email = false"),
        ("has_phone = false", "has_phone = true"),
        ("country = 'il'", "country = 'HU'"),
        ("returning = false", "returning = true"),
        ("won_before = true", "won_before = false"),
    ];
    for (fires, misses) in cases {
        assert_eq!(points(when(fires), &f), 10, "{fires} should fire");
        assert_eq!(points(when(misses), &f), 0, "{misses} should not fire");
    }
}

#[test]
fn conditions_are_anded() {
    let f = facts();
    let both = Conditions {
        role: Some(Role::DecisionMaker),
        inbound: Some(true),
        ..Default::default()
    };
    let one_fails = Conditions {
        role: Some(Role::DecisionMaker),
        inbound: Some(false),
        ..Default::default()
    };
    assert_eq!(points(both, &f), 10);
    assert_eq!(points(one_fails, &f), 0);
}

#[test]
fn behaviour_conditions_filter_interactions() {
    let mut f = facts();
    f.interactions = vec![
        interaction(
            "w1",
            InteractionKind::Whatsapp,
            Some(Direction::In),
            None,
            1,
        ),
        interaction(
            "w2",
            InteractionKind::Whatsapp,
            Some(Direction::In),
            None,
            20,
        ),
        interaction(
            "c1",
            InteractionKind::Call,
            Some(Direction::Out),
            Some("Answered"),
            2,
        ),
        interaction("e1", InteractionKind::Event, None, None, 0),
    ];
    let whatsapp_in_14d = Conditions {
        interaction: Some(InteractionKind::Whatsapp),
        direction: Some(Direction::In),
        within_days: Some(14.0),
        ..Default::default()
    };
    assert_eq!(points(whatsapp_in_14d.clone(), &f), 10);
    assert_eq!(
        points(
            Conditions {
                min_count: Some(2),
                ..whatsapp_in_14d.clone()
            },
            &f
        ),
        0,
        "only one within 14 days"
    );
    assert_eq!(
        points(
            Conditions {
                within_days: Some(30.0),
                min_count: Some(2),
                ..whatsapp_in_14d
            },
            &f
        ),
        10
    );
    assert_eq!(
        points(
            Conditions {
                outcome: Some("answered".into()),
                ..Default::default()
            },
            &f
        ),
        10
    );
    assert_eq!(
        points(
            Conditions {
                outcome: Some("voicemail".into()),
                ..Default::default()
            },
            &f
        ),
        0
    );
    assert_eq!(
        points(
            Conditions {
                direction: Some(Direction::Out),
                interaction: Some(InteractionKind::Email),
                ..Default::default()
            },
            &f
        ),
        0
    );
    assert_eq!(
        points(
            Conditions {
                min_count: Some(4),
                ..Default::default()
            },
            &f
        ),
        0,
        "automatic events do not count"
    );
    assert_eq!(
        points(
            Conditions {
                min_count: Some(3),
                ..Default::default()
            },
            &f
        ),
        10
    );
}

#[test]
fn behaviour_points_decay_with_a_half_life() {
    let mut f = facts();
    f.interactions = vec![interaction("m", InteractionKind::Meeting, None, None, 14)];
    let when = Conditions {
        interaction: Some(InteractionKind::Meeting),
        ..Default::default()
    };
    let mut rules = scoring(vec![rule("Met us", 20, when.clone())]);
    assert_eq!(score(&rules, &f, now()).total, 20, "no half-life: no decay");
    rules.half_life_days = Some(14.0);
    assert_eq!(score(&rules, &f, now()).total, 10, "one half-life: half");
    rules.rules[0].half_life_days = Some(7.0);
    assert_eq!(
        score(&rules, &f, now()).total,
        5,
        "the rule's own half-life wins"
    );
    let hit = &score(&rules, &f, now()).rules[0];
    assert_eq!((hit.points, hit.base_points), (5, 20));
    // Explicit facts never decay.
    let explicit = Scoring {
        half_life_days: Some(1.0),
        ..scoring(vec![rule(
            "VIP",
            20,
            Conditions {
                flag: Some("vip".into()),
                ..Default::default()
            },
        )])
    };
    assert_eq!(score(&explicit, &f, now()).total, 20);
}

#[test]
fn bands_name_the_temperature() {
    let s = scoring(vec![]);
    assert_eq!(s.temperature(29), Temperature::Cold);
    assert_eq!(s.temperature(30), Temperature::Warm);
    assert_eq!(s.temperature(59), Temperature::Warm);
    assert_eq!(s.temperature(60), Temperature::Hot);
    assert_eq!(s.temperature(-100), Temperature::Cold);
}

#[test]
fn the_breakdown_adds_up_and_shows_its_evidence() {
    let mut f = facts();
    f.interactions = vec![
        interaction(
            "w1",
            InteractionKind::Whatsapp,
            Some(Direction::In),
            None,
            3,
        ),
        interaction(
            "w2",
            InteractionKind::Whatsapp,
            Some(Direction::In),
            None,
            5,
        ),
    ];
    let mut s = scoring(vec![
        rule(
            "Decision maker",
            15,
            Conditions {
                role: Some(Role::DecisionMaker),
                ..Default::default()
            },
        ),
        rule(
            "Answered on WhatsApp",
            10,
            Conditions {
                interaction: Some(InteractionKind::Whatsapp),
                direction: Some(Direction::In),
                within_days: Some(14.0),
                ..Default::default()
            },
        ),
        rule(
            "Do not contact",
            -100,
            Conditions {
                flag: Some("do-not-contact".into()),
                ..Default::default()
            },
        ),
    ]);
    s.half_life_days = Some(10.0);
    let result = score(&s, &f, now());
    assert_eq!(
        result.total,
        result.rules.iter().map(|r| r.points).sum::<i64>()
    );
    assert_eq!(
        result.rules.len(),
        2,
        "a rule that does not fire is not listed"
    );
    assert_eq!(
        result.rules[0].evidence,
        vec![Evidence::Field {
            field: "role",
            value: "decision-maker at Levi Design".into()
        }]
    );
    let ids: Vec<&str> = result.rules[1]
        .evidence
        .iter()
        .filter_map(|e| match e {
            Evidence::Interaction { interaction_id, .. } => Some(interaction_id.as_str()),
            Evidence::Field { .. } => None,
        })
        .collect();
    assert_eq!(ids, ["w1", "w2"]);
    assert_eq!(result.rules[1].points, 8, "10 × 0.5^(3/10) rounds to 8");
    assert_eq!(result.total, 23);
    assert_eq!(result.temperature, Temperature::Cold);
}

#[test]
fn future_interactions_do_not_count() {
    let mut f = facts();
    f.interactions = vec![interaction(
        "later",
        InteractionKind::Call,
        Some(Direction::In),
        None,
        -2,
    )];
    assert_eq!(
        points(
            Conditions {
                interaction: Some(InteractionKind::Call),
                ..Default::default()
            },
            &f
        ),
        0
    );
}

#[test]
fn the_default_rules_parse_and_score_a_hot_lead() {
    let defaults = crate::config::default_scoring();
    assert!(defaults.rules.len() >= 10);
    let mut f = facts();
    f.interactions = vec![
        interaction("w", InteractionKind::Whatsapp, Some(Direction::In), None, 0),
        interaction(
            "c",
            InteractionKind::Call,
            Some(Direction::Out),
            Some("answered"),
            0,
        ),
        interaction("m", InteractionKind::Meeting, None, None, 0),
    ];
    let result = score(&defaults, &f, now());
    assert_eq!(result.temperature, Temperature::Hot, "{result:?}");
    f.flags.push("do-not-contact".into());
    assert_eq!(score(&defaults, &f, now()).temperature, Temperature::Cold);
}

mod agreement {
    use super::*;
    use proptest::prelude::*;

    fn interaction_strategy() -> impl Strategy<Value = InteractionFact> {
        (0usize..7, 0usize..3, 0usize..4, -2i64..200).prop_map(
            |(kind, direction, outcome, days_ago)| InteractionFact {
                id: format!("i{kind}{direction}{outcome}{days_ago}"),
                kind: InteractionKind::ALL[kind],
                direction: [None, Some(Direction::In), Some(Direction::Out)][direction],
                outcome: [
                    None,
                    Some("answered"),
                    Some("Not-Interested"),
                    Some("voicemail"),
                ][outcome]
                    .map(str::to_string),
                occurred_at: now() - Duration::hours(days_ago * 7),
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        /// The full rescore's totals-only path always agrees with the breakdown.
        #[test]
        fn total_equals_the_sum_of_the_breakdown(
            interactions in proptest::collection::vec(interaction_strategy(), 0..20),
            flags in proptest::sample::subsequence(vec!["vip", "bad-payer", "do-not-contact", "returning"], 0..4),
            quality in proptest::option::of(1u8..=5),
            half_life in proptest::option::of(1.0f64..60.0),
        ) {
            let mut f = facts();
            f.interactions = interactions;
            f.flags = flags.into_iter().map(str::to_string).collect();
            f.quality = quality;
            let mut rules = crate::config::default_scoring();
            rules.half_life_days = half_life;
            let full = score(&rules, &f, now());
            prop_assert_eq!(full.total, full.rules.iter().map(|r| r.points).sum::<i64>());
            prop_assert_eq!(total(&rules, &f, now()), full.total);
        }
    }
}
