//! A WhatsApp chat onto timelines. Every chat is read as three parties: you (who
//! exported it), the contact it is with, and anyone else who wrote in it (a group).
//! Someone else's messages go to the known contact they are, by name or number, or
//! else stay on the chat contact's timeline marked as theirs: a group is never
//! credited to one person.

use super::{ImportReport, ImportRequest, Stage, file_name};
use crate::domain::phone::Region;
use crate::domain::text::{counted, fold};
use crate::domain::when::local_to_utc;
use crate::domain::{Contact, Direction};
use crate::io::whatsapp::{AMBIGUOUS_DATES, AmbiguousDates, Chat, ChatError, sender_phone};
use crate::store::{ChatMessage, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashMap;

/// A chat whose every date reads day-first and month-first alike, refused until
/// the one importing it says which (the desk recognises it and asks).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{}: {AMBIGUOUS_DATES}", dates.line)]
pub struct DateOrderNeeded {
    /// The file as it was named.
    pub file: String,
    pub dates: AmbiguousDates,
}

/// A chat read and checked, waiting for the store to say who its senders are.
pub(super) struct ChatPlan {
    chat: Chat,
    contact_query: String,
    /// Each sender once (folded names compared), in the order they first wrote.
    senders: Vec<String>,
    /// For each message, where its sender is in `senders`.
    sender_at: Vec<usize>,
    me: Me,
    /// The sender --sender names, as the chat spells it.
    contact_sender: Option<String>,
    region: Region,
}

/// Who "you" are in the chat, and how that was told.
struct Me {
    name: String,
    /// Whether anyone in the chat has that name.
    found: bool,
    /// Set when the file, not --me or the config, said it.
    why: Option<&'static str>,
}

/// One sender, as the summary tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SenderReport {
    pub sender: String,
    /// Messages from them in the file (those already stored included).
    pub messages: usize,
    pub role: SenderRole,
    /// The contact whose timeline their messages went to (for you, the chat's contact).
    pub timeline: String,
    /// Why they were taken as you, when the file said it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SenderRole {
    You,
    Contact,
    KnownContact,
    SomeoneElse,
}

impl SenderReport {
    /// "Gábor Kiss (known contact): 4 messages on their timeline".
    pub fn describe(&self) -> String {
        let count = self.messages;
        let (sender, timeline) = (self.sender.as_str(), self.timeline.as_str());
        let same = fold(sender) == fold(timeline);
        match self.role {
            SenderRole::You => match &self.why {
                Some(why) => {
                    // The reason is kept in English for --json; people read it translated.
                    let why = match why.as_str() {
                        EXPORTER_WHY => crate::t!("cli-import-sender-exporter-why"),
                        other => other.to_string(),
                    };
                    crate::t!(
                        "cli-import-sender-you-because",
                        sender = sender,
                        why = why,
                        count = count
                    )
                }
                None => crate::t!("cli-import-sender-you", sender = sender, count = count),
            },
            SenderRole::Contact if same => {
                crate::t!("cli-import-sender-contact", sender = sender, count = count)
            }
            SenderRole::Contact => crate::t!(
                "cli-import-sender-contact-as",
                sender = sender,
                timeline = timeline,
                count = count
            ),
            SenderRole::KnownContact if same => {
                crate::t!("cli-import-sender-known", sender = sender, count = count)
            }
            SenderRole::KnownContact => crate::t!(
                "cli-import-sender-known-as",
                sender = sender,
                timeline = timeline,
                count = count
            ),
            SenderRole::SomeoneElse => crate::t!(
                "cli-import-sender-someone-else",
                sender = sender,
                timeline = timeline,
                count = count
            ),
        }
    }
}

const EXPORTER_WHY: &str = "only the exporter's deleted messages read \"You deleted this message\"";

/// Reads the chat and checks what needs no store: that it says who it is with, and
/// that --sender is someone in it.
pub(super) fn prepare(
    name: &str,
    text: &str,
    request: &ImportRequest,
    user: &str,
    region: Region,
) -> anyhow::Result<ChatPlan> {
    let Some(contact_query) = request.contact.as_deref().filter(|w| !w.trim().is_empty()) else {
        return Err(crate::failure::refused(format!(
            "{name} is a WhatsApp chat: say who it is with, --contact CONTACT"
        )));
    };
    let chat = crate::io::whatsapp::parse(text, request.date_order).map_err(|e| match e {
        ChatError::AmbiguousDates(dates) => anyhow::Error::new(DateOrderNeeded {
            file: name.to_string(),
            dates,
        }),
        ChatError::Line(e) => crate::failure::refused(format!("{name}:{}: {}", e.line, e.message)),
    })?;
    let (senders, sender_at) = senders_of(&chat);
    let in_chat = |who: &str| senders.iter().find(|s| fold(s) == fold(who)).cloned();
    // Who exported the chat is looked for only when neither --me nor the config's user
    // says who you are: it reads every message.
    let me = if let Some(given) = &request.me {
        Me {
            found: in_chat(given).is_some(),
            name: given.clone(),
            why: None,
        }
    } else if let Some(user) = in_chat(user) {
        Me {
            name: user,
            found: true,
            why: None,
        }
    } else if let Some(exporter) = chat.exporter() {
        Me {
            name: exporter.to_string(),
            found: true,
            why: Some(EXPORTER_WHY),
        }
    } else {
        Me {
            name: user.to_string(),
            found: false,
            why: None,
        }
    };
    let contact_sender = match &request.sender {
        None => None,
        Some(given) => match in_chat(given) {
            Some(sender) if fold(&sender) == fold(&me.name) => {
                return Err(crate::failure::refused(format!(
                    "{name}: --sender \"{given}\" is you; name the sender who is the contact"
                )));
            }
            Some(sender) => Some(sender),
            None => {
                return Err(crate::failure::refused(format!(
                    "{name}: --sender \"{given}\": nobody in the chat is called that; its senders are {}",
                    senders.join(", ")
                )));
            }
        },
    };
    Ok(ChatPlan {
        chat,
        contact_query: contact_query.to_string(),
        senders,
        sender_at,
        me,
        contact_sender,
        region,
    })
}

/// Each sender once, and where each message's sender is among them. A name is folded
/// once, not once a message: a chat may hold a hundred thousand messages.
fn senders_of(chat: &Chat) -> (Vec<String>, Vec<usize>) {
    let mut senders: Vec<String> = Vec::new();
    let mut folded: Vec<String> = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let sender_at = chat
        .messages
        .iter()
        .map(|message| {
            *seen.entry(message.sender.as_str()).or_insert_with(|| {
                let key = fold(&message.sender);
                folded.iter().position(|f| *f == key).unwrap_or_else(|| {
                    senders.push(message.sender.clone());
                    folded.push(key);
                    senders.len() - 1
                })
            })
        })
        .collect();
    (senders, sender_at)
}

/// Where one sender's messages go.
enum Party {
    Me,
    Contact,
    Known { id: String, name: String },
    SomeoneElse,
}

impl ChatPlan {
    pub(super) fn store(
        self,
        store: &mut Store,
        now: DateTime<Utc>,
        request: &ImportRequest,
        progress: &mut dyn FnMut(Stage) -> bool,
    ) -> anyhow::Result<ImportReport> {
        let (contact, _) = store.resolve_contact(&self.contact_query)?;
        let contact_sender = self
            .contact_sender
            .clone()
            .or_else(|| self.sender_who_is(&contact));
        let mut parties: Vec<Party> = Vec::new();
        for sender in &self.senders {
            let party = if self.is_me(sender) {
                Party::Me
            } else if contact_sender
                .as_ref()
                .is_some_and(|c| fold(c) == fold(sender))
            {
                Party::Contact
            } else {
                let phone = sender_phone(sender, self.region);
                match store.contact_for_sender(sender, phone.as_deref())? {
                    Some((id, name)) if id != contact.id => Party::Known { id, name },
                    _ => Party::SomeoneElse,
                }
            };
            parties.push(party);
        }
        let mut counts = vec![0; parties.len()];
        let messages: Vec<ChatMessage> = self
            .chat
            .messages
            .iter()
            .zip(&self.sender_at)
            .map(|(m, &at)| {
                counts[at] += 1;
                let (direction, on_timeline_of, from) = match &parties[at] {
                    Party::Me => (Direction::Out, None, None),
                    Party::Contact => (Direction::In, None, None),
                    Party::Known { id, .. } => (Direction::In, Some(id.clone()), None),
                    Party::SomeoneElse => (Direction::In, None, Some(m.sender.clone())),
                };
                ChatMessage {
                    at: local_to_utc(m.at).unwrap_or_else(|| m.at.and_utc()),
                    direction,
                    text: m.text.clone(),
                    on_timeline_of,
                    from,
                }
            })
            .collect();
        let total = messages.len();
        let stored = store.import_chat_with(
            now,
            &file_name(&request.file),
            &contact.id,
            &messages,
            request.dry_run,
            &mut |done| progress(Stage::Storing { done, total }),
        )?;
        let senders = self
            .senders
            .iter()
            .zip(&parties)
            .zip(counts)
            .map(|((sender, party), messages)| {
                let (role, timeline) = match party {
                    Party::Me => (SenderRole::You, contact.name.clone()),
                    Party::Contact => (SenderRole::Contact, contact.name.clone()),
                    Party::Known { name, .. } => (SenderRole::KnownContact, name.clone()),
                    Party::SomeoneElse => (SenderRole::SomeoneElse, contact.name.clone()),
                };
                let why = matches!(party, Party::Me)
                    .then(|| self.me.why.map(str::to_string))
                    .flatten();
                SenderReport {
                    sender: sender.clone(),
                    messages,
                    role,
                    timeline,
                    why,
                }
            })
            .collect::<Vec<_>>();
        let warnings = self.warnings(&contact, contact_sender.is_some(), &senders);
        Ok(ImportReport {
            counts: stored,
            warnings,
            senders,
            chat_with: Some(contact.name),
            ..ImportReport::default()
        })
    }

    /// The sender who is `contact`: the one whose name is one the contact goes by, or
    /// whose number is one of the contact's phones; else, in a chat of two, the one
    /// who is not you. None when that tells nobody, or more than one.
    fn sender_who_is(&self, contact: &Contact) -> Option<String> {
        let phones: Vec<&str> = contact
            .phones
            .iter()
            .filter_map(|p| p.e164.as_deref())
            .collect();
        let not_me: Vec<&String> = self.senders.iter().filter(|s| !self.is_me(s)).collect();
        let named: Vec<&&String> = not_me
            .iter()
            .filter(|s| {
                // Its name or an alias: a chat saved on a Hebrew phone shows "דנה לוי"
                // for the Dana Levi of the desk.
                contact.is_known_name(s)
                    || sender_phone(s, self.region).is_some_and(|p| phones.contains(&p.as_str()))
            })
            .collect();
        match (named.as_slice(), not_me.as_slice()) {
            ([one], _) => Some((**one).clone()),
            ([], [one]) if self.me.found || self.senders.len() == 1 => Some((*one).clone()),
            _ => None,
        }
    }

    /// Whether `sender` is you, as the chat spells your name.
    fn is_me(&self, sender: &str) -> bool {
        self.me.found && fold(sender) == fold(&self.me.name)
    }

    fn warnings(
        &self,
        contact: &Contact,
        contact_told: bool,
        senders: &[SenderReport],
    ) -> Vec<String> {
        let mut warnings = Vec::new();
        if !self.me.found {
            warnings.push(format!(
                "nobody in the chat is called \"{}\", so no message counts as yours; \
                 pass --me with your name as the chat shows it ({})",
                self.me.name,
                self.senders.join(", ")
            ));
        }
        let someone_else = senders.iter().any(|s| s.role == SenderRole::SomeoneElse);
        if !contact_told && someone_else {
            warnings.push(format!(
                "no sender in the chat is {name} by name or phone, so each message not yours \
                 stays on {name}'s timeline marked with its sender; say which sender {name} is \
                 with --sender NAME",
                name = contact.name
            ));
        }
        if self.chat.system_lines > 0 {
            let lines = counted(self.chat.system_lines, "line", "lines");
            warnings.push(format!("skipped {lines} WhatsApp wrote itself"));
        }
        warnings
    }
}
