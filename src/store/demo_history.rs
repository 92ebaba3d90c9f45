//! The demo's past: three months of leads already worked to an end, so that the
//! Reports screen and `report` have a funnel, answer times, deals won and lost and
//! reasons to show. Made by rule rather than written out: each lead's path, source,
//! owner and answer time follow from its place in the list, the same every build.
//! None of them needs work today, so the Inbox shows only the story's own leads.

use super::BulkWriter;
use super::Result;
use super::new_id;
use crate::domain::deal::{LOST, WON};
use crate::domain::{
    Contact, Deal, Direction, Interaction, InteractionKind, LeadStatus, Lifecycle, Origin,
};
use chrono::{DateTime, Duration, Utc};

const NAMES: [&str; 36] = [
    "Avi Cohen",
    "Nagy Réka",
    "Sarah Mills",
    "מיכל אברהם",
    "Tóth Bence",
    "Daniel Shapiro",
    "רונית כהן",
    "Farkas Zsófia",
    "Oliver Grant",
    "Itai Ben-David",
    "Varga Péter",
    "Emily Stone",
    "שירה לוי",
    "Molnár Anna",
    "Lior Katz",
    "Horváth Gergő",
    "Chloe Baker",
    "עומר פרץ",
    "Kiss Dóra",
    "Maya Friedman",
    "Balogh Ádám",
    "Noah Clarke",
    "תמר שלום",
    "Szűcs Lilla",
    "Yonatan Azoulay",
    "Lakatos Márk",
    "Grace Turner",
    "אלון מור",
    "Papp Eszter",
    "Hila Regev",
    "Fekete Dániel",
    "Ruth Palmer",
    "נועם גבאי",
    "Simon Kata",
    "Ethan Brooks",
    "Dudás Máté",
];

/// Source, campaign and whether it came in (pull) or was sought out (push).
const SOURCES: [(&str, Option<&str>, Origin); 5] = [
    ("Facebook ad", Some("Spring kitchens"), Origin::Inbound),
    ("Website form", Some("Tavaszi akció"), Origin::Inbound),
    ("WhatsApp", None, Origin::Inbound),
    ("Referral", None, Origin::Inbound),
    ("Trade show", None, Origin::Outbound),
];

const OWNERS: [&str; 3] = ["Dana", "Eszter", "Tom"];

/// Minutes to the first answer, in turn: most within the SLA, some well past it.
const ANSWERED_AFTER: [i64; 8] = [3, 12, 45, 8, 150, 25, 600, 1900];

const DISQUALIFIED: [&str; 3] = ["wrong number", "just browsing", "outside our area"];
const LOST_BECAUSE: [&str; 3] = ["price too high", "went with a competitor", "no budget"];

/// How far each lead went.
enum Path {
    Customer,
    Lost,
    Nurtured,
    Disqualified,
    Sql,
}

fn path_of(index: usize) -> Path {
    match index % 10 {
        0..=2 | 9 => Path::Customer,
        3 => Path::Lost,
        4 | 5 => Path::Nurtured,
        6 | 7 => Path::Disqualified,
        _ => Path::Sql,
    }
}

/// Writes the past leads, their first answers, lifecycle moves and deals.
pub(super) fn write(writer: &mut BulkWriter<'_>, now: DateTime<Utc>, currency: &str) -> Result<()> {
    for (index, name) in NAMES.iter().enumerate() {
        let step = index as i64;
        // From 90 days ago to 12 days ago, at varied times of day.
        let created = now - Duration::days(90 - step * 2) + Duration::minutes(step * 97 % 540);
        let (source, campaign, origin) = SOURCES[index % SOURCES.len()];
        let owner = OWNERS[index % OWNERS.len()];
        let path = path_of(index);
        let mut contact = Contact::new_lead(new_id(), (*name).to_string(), created, "demo");
        contact.source = Some(source.into());
        contact.campaign = campaign.map(Into::into);
        contact.origin = Some(origin);
        contact.owner = Some(owner.into());
        let stages: &[Lifecycle] = match path {
            Path::Customer | Path::Lost => {
                &[Lifecycle::Mql, Lifecycle::Sql, Lifecycle::Opportunity]
            }
            Path::Nurtured => &[Lifecycle::Mql],
            Path::Sql => &[Lifecycle::Mql, Lifecycle::Sql],
            Path::Disqualified => &[],
        };
        let won = matches!(path, Path::Customer);
        contact.lifecycle = match (won, stages.last()) {
            (true, _) => Lifecycle::Customer,
            (false, Some(last)) => *last,
            (false, None) => Lifecycle::Lead,
        };
        contact.status = match path {
            Path::Nurtured => LeadStatus::Nurturing,
            Path::Disqualified => LeadStatus::Disqualified,
            _ => LeadStatus::Connected,
        };
        if let Path::Disqualified = path {
            contact.disqualified_reason = Some(DISQUALIFIED[index % DISQUALIFIED.len()].into());
        }
        writer.contact(&contact)?;
        let answered = created + Duration::minutes(ANSWERED_AFTER[index % ANSWERED_AFTER.len()]);
        writer.interaction(&Interaction {
            id: new_id(),
            contact_id: contact.id.clone(),
            deal_id: None,
            kind: InteractionKind::Call,
            direction: Some(Direction::Out),
            outcome: Some("answered".into()),
            duration_secs: Some(180 + step * 13),
            subject: None,
            text: Some("First call: went through what they need.".into()),
            occurred_at: answered,
            logged_by: owner.into(),
            created_at: answered,
            supersedes: None,
            template: None,
        })?;
        // One stage every few days after the first answer.
        let mut at = answered;
        let mut from = Lifecycle::Lead;
        let mut moves: Vec<(Lifecycle, DateTime<Utc>)> = stages.iter().map(|s| (*s, now)).collect();
        if won {
            moves.push((Lifecycle::Customer, now));
        }
        for (stage, when) in &mut moves {
            at += Duration::hours(20 + step * 7 % 60);
            *when = at;
            let mut event = Interaction::event(
                new_id(),
                &contact.id,
                "lifecycle",
                format!("lifecycle {from} → {stage}: worked by {owner}"),
                at,
                owner,
            );
            event.outcome = Some(stage.as_str().to_string());
            writer.interaction(&event)?;
            from = *stage;
        }
        if matches!(path, Path::Customer | Path::Lost) {
            let opened = moves
                .iter()
                .find(|(stage, _)| *stage == Lifecycle::Opportunity)
                .map_or(at, |(_, when)| *when);
            let closed = opened + Duration::days(3 + step % 9);
            writer.deal(&Deal {
                id: new_id(),
                contact_id: contact.id.clone(),
                account_id: None,
                title: format!(
                    "{} for {name}",
                    ["Kitchen", "Wardrobe", "Office fit-out"][index % 3]
                ),
                amount_minor: (12_000 + step * 1_750) * 100,
                currency: currency.to_string(),
                stage: if won { WON } else { LOST }.to_string(),
                probability_override: None,
                competitors: Vec::new(),
                quotes: Vec::new(),
                close_date: None,
                closed_reason: (!won).then(|| LOST_BECAUSE[index % LOST_BECAUSE.len()].into()),
                stage_changed_at: closed.min(now),
                created_at: opened,
                updated_at: closed.min(now),
                owner: Some(owner.into()),
                notes: None,
                quotes_required: 0,
                quotes_received: 0,
            })?;
        }
    }
    Ok(())
}
