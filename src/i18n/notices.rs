//! What reading an import file, or a typed phone number, has to say: its warnings
//! and the lines it refuses. They are written in English where the parsers make
//! them, because `--json` carries them for programs, and said again here in the
//! user's language for people (the command line's import and `add`/`edit`, the
//! desk's import summary and saves).

use super::recognise::{Form, Forms, at, number};
use super::{Lang, lang};
use std::borrow::Cow;

/// `text`, a warning or a refusal, as the user reads it.
pub fn shown(text: &str) -> Cow<'_, str> {
    if lang() == Lang::En {
        return Cow::Borrowed(text);
    }
    WHERE
        .said_again(text)
        .or_else(|| WHAT.said_again(text))
        .map_or(Cow::Borrowed(text), Cow::Owned)
}

/// What is said after "line 3: ", in the user's words.
fn what(text: &str) -> String {
    WHAT.said_again(text).unwrap_or_else(|| text.to_string())
}

fn country(name: &str) -> String {
    match name {
        "Israel" => crate::t!("country-il"),
        "Hungary" => crate::t!("country-hu"),
        "its country" => crate::t!("country-unknown"),
        code => code.to_string(),
    }
}

/// Where in the file: a line, and a column or a vCard property.
static WHERE: Forms = Forms::new(&[
    Form {
        pattern: r#"^line (\d+), column "(.*?)": (.+)$"#,
        render: |c| {
            crate::t!(
                "notice-at-column",
                line = at(c, 1),
                column = at(c, 2),
                what = what(at(c, 3))
            )
        },
    },
    Form {
        pattern: r"^line (\d+), ([A-Z][A-Z0-9-]*(?:;[^:]*)?): (.+)$",
        render: |c| {
            crate::t!(
                "notice-at-property",
                line = at(c, 1),
                property = at(c, 2),
                what = what(at(c, 3))
            )
        },
    },
    Form {
        pattern: r"^line (\d+): (.+)$",
        render: |c| crate::t!("notice-at-line", line = at(c, 1), what = what(at(c, 2))),
    },
    Form {
        pattern: r"^line (\d+) reads only day-first and line (\d+) only month-first: say which with --date-order$",
        render: |c| {
            crate::t!(
                "notice-dates-both-ways",
                day_first = at(c, 1),
                month_first = at(c, 2)
            )
        },
    },
]);

/// What is wrong, or what was done about it.
static WHAT: Forms = Forms::new(&[
    Form {
        pattern: r"^skipped, the card has no name, phone or email$",
        render: |_| crate::t!("notice-card-empty"),
    },
    Form {
        pattern: r"^skipped, it has no name, company, phone or email$",
        render: |_| crate::t!("notice-row-empty"),
    },
    Form {
        pattern: r"^control characters removed$",
        render: |_| crate::t!("notice-controls-removed"),
    },
    Form {
        pattern: r#"^the TEL "(.*)" has no digits, so it is not a phone number; not imported$"#,
        render: |c| crate::t!("notice-tel-no-digits", typed = at(c, 1)),
    },
    Form {
        pattern: r#"^"(.*)" is not an email; kept in the notes$"#,
        render: |c| crate::t!("notice-email-to-notes", typed = at(c, 1)),
    },
    Form {
        pattern: r#"^"(.*)" has no digits, so it is no phone number; kept as a custom field$"#,
        render: |c| crate::t!("notice-phone-to-field", typed = at(c, 1)),
    },
    Form {
        pattern: r#"^lifecycle stage "(.*)" is not one of ours; left at lead$"#,
        render: |c| crate::t!("notice-unknown-stage", typed = at(c, 1)),
    },
    Form {
        pattern: r#"^lead status "(.*)" is not one of ours; left at new$"#,
        render: |c| crate::t!("notice-unknown-status", typed = at(c, 1)),
    },
    Form {
        pattern: r#"^the date "(.*)" is not from (\d+) to (\d+); the import time is used$"#,
        render: |c| {
            crate::t!(
                "notice-date-out-of-range",
                typed = at(c, 1),
                from = at(c, 2),
                to = at(c, 3)
            )
        },
    },
    Form {
        pattern: r#"^the date "(.*)" cannot be read; the import time is used$"#,
        render: |c| crate::t!("notice-date-unread", typed = at(c, 1)),
    },
    Form {
        pattern: r#"^the phone "(.*)" cannot be read; kept as written$"#,
        render: |c| crate::t!("notice-phone-unread", typed = at(c, 1)),
    },
    Form {
        pattern: r#"^the phone number "(.*)" could not be read \(region (\w+)\); it is kept as typed$"#,
        render: |c| crate::t!("problem-phone-unread", typed = at(c, 1), region = at(c, 2)),
    },
    Form {
        pattern: r"^(.+) is not in a range (.+) has allocated; stored, check it$",
        render: |c| {
            crate::t!(
                "problem-phone-unallocated",
                phone = at(c, 1),
                country = country(at(c, 2))
            )
        },
    },
    Form {
        pattern: r#"^nobody in the chat is called "(.*)", so no message counts as yours; pass --me with your name as the chat shows it \((.*)\)$"#,
        render: |c| crate::t!("notice-chat-no-me", me = at(c, 1), senders = at(c, 2)),
    },
    Form {
        pattern: r"^no sender in the chat is (.+) by name or phone, so each message not yours stays on .+'s timeline marked with its sender; say which sender .+ is with --sender NAME$",
        render: |c| crate::t!("notice-chat-no-contact", name = at(c, 1)),
    },
    Form {
        pattern: r"^skipped (\d+) lines? WhatsApp wrote itself$",
        render: |c| crate::t!("notice-chat-system-lines", count = number(at(c, 1))),
    },
    Form {
        pattern: r"^(.*?)every date here could be day-first or month-first: say which with --date-order dmy or --date-order mdy$",
        render: |c| format!("{}{}", at(c, 1), crate::t!("notice-ambiguous-dates")),
    },
    Form {
        pattern: r"^the message that starts here passes (\d+) KiB$",
        render: |c| crate::t!("notice-message-too-big", kib = at(c, 1)),
    },
    Form {
        pattern: r#"^this is not a WhatsApp chat export: the first line has no date and time \("(.*)"\)$"#,
        render: |c| crate::t!("notice-not-a-chat", first = at(c, 1)),
    },
    Form {
        pattern: r"^the file has no messages$",
        render: |_| crate::t!("notice-no-messages"),
    },
    Form {
        pattern: r"^this card has no END:VCARD before the next BEGIN:VCARD$",
        render: |_| crate::t!("notice-card-unended-before-next"),
    },
    Form {
        pattern: r"^END:VCARD without a BEGIN:VCARD$",
        render: |_| crate::t!("notice-end-without-begin"),
    },
    Form {
        pattern: r"^text outside BEGIN:VCARD … END:VCARD$",
        render: |_| crate::t!("notice-text-outside-card"),
    },
    Form {
        pattern: r"^this card never ends \(no END:VCARD\)$",
        render: |_| crate::t!("notice-card-never-ends"),
    },
    Form {
        pattern: r"^the file has no cards$",
        render: |_| crate::t!("notice-no-cards"),
    },
    Form {
        pattern: r#"^(?:the property (\S+)|column "(.*)") holds (\d+) KiB, over the (\d+) KiB a field may hold \(it starts "(.*)"\)$"#,
        render: |c| {
            let field = match c.get(1) {
                Some(property) => property.as_str().to_string(),
                None => format!("\"{}\"", at(c, 2)),
            };
            crate::t!(
                "notice-field-too-big",
                field = field,
                kib = at(c, 3),
                max = at(c, 4),
                start = at(c, 5)
            )
        },
    },
    Form {
        pattern: r#"^"(.*)" is not a vCard property \(NAME:value\)$"#,
        render: |c| crate::t!("notice-not-a-property", typed = at(c, 1)),
    },
    Form {
        pattern: r"^a quote opened here is never closed, so the rows after it cannot be told apart$",
        render: |_| crate::t!("notice-quote-never-closed"),
    },
    Form {
        pattern: r"^no column names a contact: the header row has (.+) but none is a name, company, phone or email$",
        render: |c| crate::t!("notice-no-contact-column", columns = at(c, 1)),
    },
]);

#[cfg(test)]
#[path = "notices_tests.rs"]
mod tests;
