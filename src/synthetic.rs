//! Realistic synthetic data for trials, tests and benchmarks (`leadometer gen`). The
//! same seed gives the same people, numbers, texts and ids.

use crate::domain::deal::{LOST, WON};
use crate::domain::{
    Contact, ContactKind, Deal, Direction, Interaction, InteractionKind, LeadStatus, Lifecycle,
    Membership, Origin, Phone, Pipeline, Role, Task,
};
use crate::store::{Result as StoreResult, Store};
use chrono::{DateTime, Duration, Utc};

/// How much synthetic data to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recipe {
    pub contacts: usize,
    pub interactions_per_contact: usize,
    /// The same seed makes the same data.
    pub seed: u64,
}

/// The most contacts one `gen` makes: ten million fill about 45 GB with the default
/// interactions; past that a typo would run until the disk is full.
pub const MAX_CONTACTS: usize = 10_000_000;
/// The most interactions `gen` gives each contact.
pub const MAX_INTERACTIONS_PER_CONTACT: usize = 1_000;

#[derive(Debug, Default, Clone, Copy)]
pub struct GenSummary {
    pub contacts: usize,
    pub interactions: usize,
    pub deals: usize,
    pub tasks: usize,
}

const IL_FIRST: &[&str] = &[
    "נועה",
    "יוסי",
    "מיכל",
    "אבי",
    "שירה",
    "דניאל",
    "תמר",
    "איתי",
    "Noa",
    "Yossi",
    "Michal",
    "Avi",
    "Shira",
    "Daniel",
    "Tamar",
    "Itai",
    "Yael",
    "Omer",
];
const IL_LAST: &[&str] = &[
    "כהן",
    "לוי",
    "מזרחי",
    "פרץ",
    "ביטון",
    "אברהם",
    "Cohen",
    "Levi",
    "Mizrahi",
    "Peretz",
    "Biton",
    "Avraham",
    "Friedman",
    "Shapiro",
];
const HU_FIRST: &[&str] = &[
    "Ödön", "Eszter", "Bence", "Réka", "Gábor", "Zsófia", "Ádám", "Katalin", "Péter", "Anna",
    "László", "Éva",
];
const HU_LAST: &[&str] = &[
    "Szabó", "Nagy", "Kovács", "Tóth", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
    "Balogh", "Papp",
];
const EN_FIRST: &[&str] = &[
    "James", "Emma", "Oliver", "Sophie", "Liam", "Grace", "Noah", "Chloe", "Jack", "Ella",
];
const EN_LAST: &[&str] = &[
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Walker", "Hughes",
    "Clarke",
];
const COMPANIES: &[&str] = &[
    "Levi Design",
    "Kovács és Társa Kft.",
    "Blue Harbor Ltd",
    "מטבחי הגליל",
    "Duna Bau Zrt.",
    "Northwind Trading",
    "Tel Aviv Dental",
    "Pannon Solar",
    "Acme Renovations",
    "Budapest Print House",
];
const SOURCES: &[(&str, Origin)] = &[
    ("Facebook ad", Origin::Inbound),
    ("Google Ads", Origin::Inbound),
    ("Website form", Origin::Inbound),
    ("WhatsApp", Origin::Inbound),
    ("Phone call", Origin::Inbound),
    ("Referral", Origin::Inbound),
    ("Trade show", Origin::Outbound),
    ("Cold outreach", Origin::Outbound),
];
const CAMPAIGNS: &[&str] = &[
    "Spring kitchens",
    "Tavaszi akció",
    "Black Friday",
    "מבצע חגים",
    "Newsletter Q3",
];
const OWNERS: &[&str] = &["Dana", "Yossi", "Eszter", "Tom"];
const FLAGS: &[&str] = &["vip", "do-not-contact", "bad-payer", "returning"];
const TEXTS: &[&str] = &[
    "Asked for a price list",
    "Interested, call back next week",
    "Wants a quote for the whole office",
    "מעוניין בהצעת מחיר, לחזור אליו מחר",
    "שלח תמונות של המטבח",
    "Árajánlatot kér a jövő hétre",
    "Visszahívást kért délután",
    "No answer, left a voicemail",
    "Confirmed the meeting for Thursday",
    "Sent the brochure and the terms",
];
const OUTCOMES: &[&str] = &[
    "answered",
    "no-answer",
    "voicemail",
    "interested",
    "not-interested",
    "busy",
];

struct Gen {
    rng: fastrand::Rng,
    now: DateTime<Utc>,
    next_id: u64,
}

impl Gen {
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.usize(..items.len())]
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.rng.u32(..100) < percent
    }

    /// A UUIDv7 stamped with the generation time and a running counter, so ids are
    /// reproducible and rising: appending to the key index beats scattering into it.
    fn id(&mut self) -> String {
        self.next_id += 1;
        let mut bytes = [0u8; 10];
        bytes[2..].copy_from_slice(&self.next_id.to_be_bytes());
        uuid::Builder::from_unix_timestamp_millis(self.now.timestamp_millis().max(0) as u64, &bytes)
            .into_uuid()
            .to_string()
    }

    /// Leads of every age: many fresh ones, a long tail going back three years.
    fn created_at(&mut self) -> DateTime<Utc> {
        let minutes = match self.rng.u32(..100) {
            0..=9 => self.rng.i64(1..240),
            10..=29 => self.rng.i64(240..60 * 24 * 7),
            30..=59 => self.rng.i64(60 * 24 * 7..60 * 24 * 90),
            _ => self.rng.i64(60 * 24 * 90..60 * 24 * 365 * 3),
        };
        self.now - Duration::minutes(minutes)
    }

    fn person(&mut self) -> (String, Phone, Option<String>) {
        match self.rng.u32(..3) {
            0 => {
                let first = *self.pick(IL_FIRST);
                let last = *self.pick(IL_LAST);
                let sub = self.rng.u32(..10_000_000);
                let e164 = if self.chance(85) {
                    format!("+9725{}{sub:07}", self.rng.u32(..9))
                } else {
                    format!("+972{}{sub:07}", self.pick(&[2, 3, 4, 8, 9]))
                };
                let raw = format!("0{}-{}-{}", &e164[4..6], &e164[6..9], &e164[9..]);
                let email = first.is_ascii().then(|| format!("{}.{}", first, last));
                (
                    format!("{first} {last}"),
                    Phone {
                        raw,
                        e164: Some(e164),
                    },
                    email,
                )
            }
            1 => {
                let first = *self.pick(HU_FIRST);
                let last = *self.pick(HU_LAST);
                let sub = self.rng.u32(..10_000_000);
                let area = *self.pick(&["20", "30", "31", "70"]);
                let e164 = format!("+36{area}{sub:07}");
                let raw = format!("06 {area} {} {}", &e164[5..8], &e164[8..]);
                let email = format!("{}.{}", ascii_fold(first), ascii_fold(last));
                (
                    format!("{last} {first}"),
                    Phone {
                        raw,
                        e164: Some(e164),
                    },
                    Some(email),
                )
            }
            _ => {
                let first = *self.pick(EN_FIRST);
                let last = *self.pick(EN_LAST);
                let sub = self.rng.u32(..10_000_000);
                let e164 = format!("+4477{:08}", sub);
                let raw = format!("+44 77{} {}", &e164[5..7], &e164[7..]);
                (
                    format!("{first} {last}"),
                    Phone {
                        raw,
                        e164: Some(e164),
                    },
                    Some(format!("{first}.{last}")),
                )
            }
        }
    }

    fn contact(&mut self, index: usize) -> Contact {
        let created = self.created_at();
        let id = self.id();
        let (name, phone, email_local) = self.person();
        let mut contact = Contact::new_lead(id, name, created, "gen");
        contact.phones.push(phone);
        if let Some(local) = email_local.filter(|_| self.chance(70)) {
            let domain = *self.pick(&["gmail.com", "walla.co.il", "freemail.hu", "outlook.com"]);
            contact
                .emails
                .push(format!("{}{index}@{domain}", local.to_lowercase()));
        }
        if self.chance(40) {
            contact.kind = if self.chance(20) {
                ContactKind::Business
            } else {
                ContactKind::Person
            };
            contact.accounts.push(Membership {
                account_id: String::new(),
                account: self.pick(COMPANIES).to_string(),
                role: self.chance(60).then(|| *self.pick(Role::ALL)),
            });
        }
        let (source, origin) = *self.pick(SOURCES);
        contact.source = Some(source.to_string());
        contact.origin = Some(origin);
        contact.campaign = self.chance(30).then(|| self.pick(CAMPAIGNS).to_string());
        contact.owner = self.chance(80).then(|| self.pick(OWNERS).to_string());
        contact.lifecycle = *self.pick(Lifecycle::ALL);
        contact.status = *self.pick(LeadStatus::ALL);
        if contact.status == LeadStatus::Disqualified {
            contact.disqualified_reason = Some(
                self.pick(&["no budget", "wrong number", "not interested", "competitor"])
                    .to_string(),
            );
        }
        contact.quality = self.chance(50).then(|| self.rng.u8(1..=5));
        if self.chance(10) {
            contact.flags.push(self.pick(FLAGS).to_string());
        }
        contact.preferred_channel = self
            .chance(40)
            .then(|| self.pick(&["call", "whatsapp", "email"]).to_string());
        contact
    }

    fn interaction(&mut self, contact: &Contact) -> Interaction {
        let age = (self.now - contact.created_at).num_minutes().max(1);
        let at = contact.created_at + Duration::minutes(self.rng.i64(0..age));
        let kind = *self.pick(&[
            InteractionKind::Call,
            InteractionKind::Call,
            InteractionKind::Whatsapp,
            InteractionKind::Whatsapp,
            InteractionKind::Email,
            InteractionKind::Meeting,
            InteractionKind::Sms,
            InteractionKind::Note,
        ]);
        let direction = kind.default_direction().map(|_| {
            if self.chance(50) {
                Direction::In
            } else {
                Direction::Out
            }
        });
        Interaction {
            id: self.id(),
            contact_id: contact.id.clone(),
            deal_id: None,
            kind,
            direction,
            outcome: (kind == InteractionKind::Call).then(|| self.pick(OUTCOMES).to_string()),
            duration_secs: matches!(kind, InteractionKind::Call | InteractionKind::Meeting)
                .then(|| self.rng.i64(20..3600)),
            subject: (kind == InteractionKind::Email).then(|| "Re: your enquiry".to_string()),
            text: Some(self.pick(TEXTS).to_string()),
            occurred_at: at,
            logged_by: self.pick(OWNERS).to_string(),
            created_at: at,
            supersedes: None,
            template: None,
        }
    }

    /// Most contacts past "lead" got there step by step, each step an automatic
    /// lifecycle entry on the timeline, as the engine writes them; the reports read
    /// these. The rest were imported at their stage and have none.
    fn lifecycle_moves(&mut self, contact: &Contact) -> Vec<Interaction> {
        let ladder = &Lifecycle::ALL[..Lifecycle::ALL.len() - 1];
        let Some(top) = ladder.iter().position(|s| *s == contact.lifecycle) else {
            return Vec::new();
        };
        if top <= 1 || !self.chance(70) {
            return Vec::new();
        }
        let span = (self.now - contact.created_at).num_minutes().max(1);
        let mut at = contact.created_at;
        let mut moves = Vec::new();
        for step in ladder[1..=top].windows(2) {
            at += Duration::minutes(self.rng.i64(1..=span / (top as i64) + 1));
            let mut entry = Interaction::event(
                self.id(),
                &contact.id,
                "lifecycle",
                format!("lifecycle {} → {}: generated", step[0], step[1]),
                at.min(self.now),
                "gen",
            );
            entry.outcome = Some(step[1].to_string());
            moves.push(entry);
        }
        moves
    }

    fn deal(&mut self, contact: &Contact, pipeline: &Pipeline, currency: &str) -> Deal {
        let mut stages: Vec<&str> = pipeline.stages.iter().map(|s| s.name.as_str()).collect();
        stages.extend([WON, LOST]);
        let stage = self.pick(&stages).to_string();
        let opened = contact.created_at
            + Duration::minutes((self.now - contact.created_at).num_minutes().max(1) / 2);
        Deal {
            id: self.id(),
            contact_id: contact.id.clone(),
            account_id: None,
            title: format!(
                "{} for {}",
                self.pick(&[
                    "Renovation",
                    "Annual plan",
                    "Installation",
                    "Consulting",
                    "Print run"
                ]),
                contact.name
            ),
            amount_minor: self.rng.i64(5..2_000) * 10_000,
            currency: currency.to_string(),
            closed_reason: (stage == LOST).then(|| {
                self.pick(&["price", "timing", "went with a competitor"])
                    .to_string()
            }),
            stage,
            probability_override: None,
            competitors: Vec::new(),
            quotes: Vec::new(),
            close_date: None,
            stage_changed_at: opened,
            created_at: opened,
            updated_at: opened,
            owner: contact.owner.clone(),
            notes: None,
            quotes_required: 0,
            quotes_received: 0,
        }
    }
}

fn ascii_fold(name: &str) -> String {
    crate::domain::text::fold(name)
}

/// Writes the data in one transaction: a killed run leaves the file as it was.
pub fn generate(
    store: &mut Store,
    pipeline: &Pipeline,
    recipe: &Recipe,
    now: DateTime<Utc>,
) -> StoreResult<GenSummary> {
    generate_with(store, pipeline, recipe, now, &mut crate::progress::Unseen)
}

/// `generate`, telling `progress` how many contacts are written.
pub fn generate_with(
    store: &mut Store,
    pipeline: &Pipeline,
    recipe: &Recipe,
    now: DateTime<Utc>,
    progress: &mut dyn crate::progress::Progress,
) -> StoreResult<GenSummary> {
    let mut g = Gen {
        rng: fastrand::Rng::with_seed(recipe.seed),
        now,
        next_id: 0,
    };
    let currency = store.currency().to_string();
    store.bulk_write(now, |writer| {
        let mut summary = GenSummary::default();
        for index in 0..recipe.contacts {
            crate::progress::now_and_then(progress, index, recipe.contacts);
            let contact = g.contact(index);
            writer.contact(&contact)?;
            for _ in 0..recipe.interactions_per_contact {
                writer.interaction(&g.interaction(&contact))?;
            }
            let moves = g.lifecycle_moves(&contact);
            for stage_move in &moves {
                writer.interaction(stage_move)?;
            }
            summary.contacts += 1;
            summary.interactions += recipe.interactions_per_contact + moves.len();
            if g.chance(20) {
                writer.deal(&g.deal(&contact, pipeline, &currency))?;
                summary.deals += 1;
            }
            if g.chance(10) {
                let due = now + Duration::hours(g.rng.i64(-72..168));
                writer.task(&Task {
                    id: g.id(),
                    contact_id: contact.id.clone(),
                    title: g
                        .pick(&[
                            "Call back",
                            "Send the quote",
                            "Follow up on WhatsApp",
                            "Book a meeting",
                        ])
                        .to_string(),
                    due_at: due,
                    done_at: None,
                    owner: contact.owner.clone(),
                    created_at: contact.created_at,
                })?;
                summary.tasks += 1;
            }
        }
        crate::progress::all_done(progress, recipe.contacts);
        Ok(summary)
    })
}
