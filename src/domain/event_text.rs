//! The automatic entries of a timeline ("status new → connected: they answered
//! (call)") in the user's language.
//!
//! They are stored in English: the reports read their moves back from the text, and
//! a shared file is read by colleagues who speak other languages. Each person reads
//! them in their own: every form the rules write is recognised here and said again
//! through `event-*` messages, its words of lists (statuses, stages, kinds, reasons)
//! read in the user's words too. A text of no known form (one written by an older
//! version, or by a colleague's newer one) is shown as it is stored.

use super::said::{self, List};
use super::{InteractionKind, LeadStatus, Lifecycle};
use crate::i18n::recognise::{Form, Forms, at, number};
use crate::i18n::{Lang, lang};
use std::borrow::Cow;

/// `text`, an automatic entry's, as the user reads it.
pub fn shown(text: &str) -> Cow<'_, str> {
    if lang() == Lang::En {
        return Cow::Borrowed(text);
    }
    EVENTS
        .said_again(text)
        .map_or(Cow::Borrowed(text), Cow::Owned)
}

/// An automatic entry's subject ("imported", "deal stage") as the user reads it.
pub fn subject_shown(subject: &str) -> Cow<'_, str> {
    if lang() == Lang::En {
        return Cow::Borrowed(subject);
    }
    crate::i18n::named("event-subject", subject).map_or(Cow::Borrowed(subject), Cow::Owned)
}

/// A status as the user reads it; a word of no known status as stored.
fn status(word: &str) -> String {
    word.parse::<LeadStatus>()
        .map_or_else(|_| word.to_string(), |status| status.label())
}

fn stage(word: &str) -> String {
    word.parse::<Lifecycle>()
        .map_or_else(|_| word.to_string(), |stage| stage.label())
}

fn kind(word: &str) -> String {
    word.parse::<InteractionKind>()
        .map_or_else(|_| word.to_string(), |kind| kind.label())
}

fn owner(name: &str) -> String {
    match name {
        "nobody" => crate::t!("timeline-nobody"),
        name => name.to_string(),
    }
}

/// A deal's field as its form names it ("close date": "Zárás dátuma").
fn field_name(name: &str) -> String {
    crate::i18n::named("field", name).map_or_else(|| name.to_string(), |shown| shown.to_lowercase())
}

/// ": why" in the user's words, or nothing.
fn because(why: &str) -> String {
    if why.is_empty() {
        return String::new();
    }
    let why = WHYS
        .said_again(why)
        .unwrap_or_else(|| said::shown(List::Reason, why).into_owned());
    format!(": {why}")
}

static EVENTS: Forms = Forms::new(&[
    Form {
        pattern: r"^status (\S+) → (\S+)(?:: (.+))?$",
        render: |c| {
            let moved = crate::t!(
                "event-status",
                from = status(at(c, 1)),
                to = status(at(c, 2))
            );
            format!("{moved}{}", because(at(c, 3)))
        },
    },
    Form {
        pattern: r"^lifecycle (\S+) → (\S+)(?:: (.+))?$",
        render: |c| {
            let moved = crate::t!(
                "event-lifecycle",
                from = stage(at(c, 1)),
                to = stage(at(c, 2))
            );
            format!("{moved}{}", because(at(c, 3)))
        },
    },
    Form {
        pattern: r"^owner (.+) → (.+)$",
        render: |c| crate::t!("event-owner", from = owner(at(c, 1)), to = owner(at(c, 2))),
    },
    Form {
        pattern: r#"^deal "(.*)" (.+) → ([^:]+)(?:: (.+))?$"#,
        render: |c| {
            let moved = crate::t!(
                "event-deal-moved",
                deal = at(c, 1),
                from = crate::i18n::stage(at(c, 2)),
                to = crate::i18n::stage(at(c, 3))
            );
            format!("{moved}{}", because(at(c, 4)))
        },
    },
    Form {
        pattern: r#"^deal "(.*)" opened in (.+)$"#,
        render: |c| {
            let stage = crate::i18n::stage(at(c, 2));
            crate::t!("event-deal-opened", deal = at(c, 1), stage = stage)
        },
    },
    Form {
        pattern: r#"^deal "(.*)" edited: (.+)$"#,
        render: |c| {
            let fields: Vec<String> = at(c, 2).split(", ").map(field_name).collect();
            crate::t!(
                "event-deal-edited",
                deal = at(c, 1),
                fields = fields.join(", ")
            )
        },
    },
    Form {
        pattern: r#"^deal "(.*)" deleted \((.+), (.+)\)$"#,
        render: |c| {
            let stage = crate::i18n::stage(at(c, 3));
            crate::t!(
                "event-deal-deleted",
                deal = at(c, 1),
                amount = at(c, 2),
                stage = stage
            )
        },
    },
    Form {
        pattern: r"^imported from (.+), line (\d+)$",
        render: |c| crate::t!("event-imported-line", file = at(c, 1), line = at(c, 2)),
    },
    Form {
        pattern: r"^merged with line (\d+) of (.+)$",
        render: |c| crate::t!("event-merged-line", file = at(c, 2), line = at(c, 1)),
    },
    Form {
        pattern: r"^(\d+) WhatsApp messages? imported from (.+)$",
        render: |c| {
            crate::t!(
                "event-chat-imported",
                count = number(at(c, 1)),
                file = at(c, 2)
            )
        },
    },
    Form {
        pattern: r"^corrected (\d+) WhatsApp messages? as sent by you, from (.+)$",
        render: |c| {
            crate::t!(
                "event-chat-corrected",
                count = number(at(c, 1)),
                file = at(c, 2)
            )
        },
    },
    Form {
        pattern: r#"^came back(?: via (.+?))?: added again as "(.*)"$"#,
        render: |c| match c.get(1) {
            Some(source) => crate::t!(
                "event-came-back-via",
                source = source.as_str(),
                name = at(c, 2)
            ),
            None => crate::t!("event-came-back", name = at(c, 2)),
        },
    },
    Form {
        pattern: r"^expired: untouched for (\d+) days? or more$",
        render: |c| crate::t!("event-expired", days = number(at(c, 1))),
    },
    Form {
        pattern: r"^no longer expired: touched again$",
        render: |_| crate::t!("event-not-expired"),
    },
    Form {
        pattern: r"^assigned to (.+?): (.+)$",
        render: |c| {
            format!(
                "{}{}",
                crate::t!("event-assigned", owner = at(c, 1)),
                because(at(c, 2))
            )
        },
    },
    Form {
        pattern: r#"^rule "(.*)" matched, but everyone has (\d+) open leads? or more$"#,
        render: |c| crate::t!("event-rule-full", rule = at(c, 1), count = number(at(c, 2))),
    },
    Form {
        pattern: r"^No owner has room \(all at sales_max_open = (\d+)\); waiting for an owner$",
        render: |c| crate::t!("event-no-owner-room", count = number(at(c, 1))),
    },
    Form {
        pattern: r#"^convert: deal "(.*)" opened in (.+) \(by (.+)\)$"#,
        render: |c| {
            let stage = crate::i18n::stage(at(c, 2));
            crate::t!(
                "event-convert",
                deal = at(c, 1),
                stage = stage,
                by = at(c, 3)
            )
        },
    },
    Form {
        pattern: r"^nurture: keep in touch for later \(by (.+)\)$",
        render: |c| crate::t!("event-nurture-later", by = at(c, 1)),
    },
    Form {
        pattern: r"^nurture: (.+) \(by (.+)\)$",
        render: |c| {
            let reason = said::shown(List::Reason, at(c, 1));
            crate::t!("event-nurture", reason = reason.as_ref(), by = at(c, 2))
        },
    },
    Form {
        pattern: r"^drop: (.+) \(by (.+)\)$",
        render: |c| {
            let reason = said::shown(List::Reason, at(c, 1));
            crate::t!("event-drop", reason = reason.as_ref(), by = at(c, 2))
        },
    },
    Form {
        pattern: r"^merged with (.+) \(id (\S+)\): (.+)$",
        render: |c| {
            let merged = crate::t!("event-merged-with", name = at(c, 1), id = at(c, 2));
            format!("{merged}{}", because(at(c, 3)))
        },
    },
    Form {
        pattern: r"^(.+?): kept (.*) \(([^,()]*), ([^()]*)\), overwritten (.*) \(([^,()]*), ([^()]*)\)$",
        render: |c| {
            let nothing = |value: &str| match value {
                "nothing" => crate::t!("desk-nothing"),
                value => value.to_string(),
            };
            crate::t!(
                "event-merge-conflict",
                what = field_name(at(c, 1)),
                kept = nothing(at(c, 2)),
                kept_by = at(c, 3),
                kept_at = at(c, 4),
                lost = nothing(at(c, 5)),
                lost_by = at(c, 6),
                lost_at = at(c, 7)
            )
        },
    },
    Form {
        pattern: r"^merged into (.+) \(id (\S+)\): (.+)$",
        render: |c| {
            let merged = crate::t!("event-merged-into", name = at(c, 1), id = at(c, 2));
            format!("{merged}{}", because(at(c, 3)))
        },
    },
]);

/// Why something happened, as the rules say it after the ": ".
static WHYS: Forms = Forms::new(&[
    Form {
        pattern: r"^they answered \((\S+)\)$",
        render: |c| crate::t!("why-answered", kind = kind(at(c, 1))),
    },
    Form {
        pattern: r"^first attempt to reach them \((\S+)\)$",
        render: |c| crate::t!("why-first-attempt", kind = kind(at(c, 1))),
    },
    Form {
        pattern: r"^the timeline was corrected \((.+)\)$",
        render: |c| {
            // The rules name the kind of entry corrected: "(call)".
            let why = WHYS.said_again(at(c, 1)).unwrap_or_else(|| kind(at(c, 1)));
            crate::t!("why-timeline-corrected", why = why)
        },
    },
    Form {
        pattern: r"^score (-?\d+) ≥ (-?\d+)$",
        render: |c| crate::t!("why-score", score = at(c, 1), threshold = at(c, 2)),
    },
    Form {
        pattern: r#"^deal "(.*)" (opened|won|lost)(?: \((.+)\))?$"#,
        render: |c| {
            let reason = c
                .get(3)
                .map(|r| said::shown(List::Reason, r.as_str()).into_owned());
            let deal = at(c, 1);
            match (at(c, 2), reason) {
                ("opened", _) => crate::t!("why-deal-opened", deal = deal),
                ("won", None) => crate::t!("why-deal-won", deal = deal),
                ("won", Some(reason)) => {
                    crate::t!("why-deal-won-because", deal = deal, reason = reason)
                }
                (_, None) => crate::t!("why-deal-lost", deal = deal),
                (_, Some(reason)) => {
                    crate::t!("why-deal-lost-because", deal = deal, reason = reason)
                }
            }
        },
    },
    Form {
        pattern: r"^worked by (.+)$",
        render: |c| crate::t!("why-worked-by", owner = at(c, 1)),
    },
    Form {
        pattern: r#"^rule "(.*)"$"#,
        render: |c| crate::t!("why-rule", rule = at(c, 1)),
    },
    Form {
        pattern: r"^hand-off to sales \(became SQL; a salesperson has room now\)$",
        render: |_| crate::t!("why-hand-off-room"),
    },
    Form {
        pattern: r"^hand-off to sales \(became SQL\)$",
        render: |_| crate::t!("why-hand-off"),
    },
    Form {
        pattern: r"^same number (\S+) once stored two ways$",
        render: |c| crate::t!("why-same-number", phone = at(c, 1)),
    },
]);

#[cfg(test)]
#[path = "event_text_tests.rs"]
mod tests;
