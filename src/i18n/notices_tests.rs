use super::*;
use crate::i18n::scoped;

/// One text of each form, as the parsers write it (`io`, `import`, `domain::phone`).
const WRITTEN: &[&str] = &[
    "line 4: skipped, the card has no name, phone or email",
    "line 9: skipped, it has no name, company, phone or email",
    "line 3, NOTE: control characters removed",
    "line 3, column \"Notes\": control characters removed",
    "line 12: the TEL \"n/a\" has no digits, so it is not a phone number; not imported",
    "line 5, column \"E-mail\": \"noa at levi\" is not an email; kept in the notes",
    "line 5: \"noa at levi\" is not an email; kept in the notes",
    "line 6, column \"Mobile\": \"ask reception\" has no digits, so it is no phone number; kept as a custom field",
    "line 7: lifecycle stage \"prospect\" is not one of ours; left at lead",
    "line 7: lead status \"hot\" is not one of ours; left at new",
    "line 8: the date \"1850-01-01\" is not from 1900 to 2100; the import time is used",
    "line 8: the date \"yesterdayish\" cannot be read; the import time is used",
    "line 2: the phone \"12\" cannot be read; kept as written",
    "the phone number \"12\" could not be read (region IL); it is kept as typed",
    "line 2: 054-100-1234 (+972541001234) is not in a range Israel has allocated; stored, check it",
    "+36201234567 is not in a range Hungary has allocated; stored, check it",
    "nobody in the chat is called \"Dana\", so no message counts as yours; pass --me with your name as the chat shows it (Noa, Avi)",
    "no sender in the chat is Noa Levi by name or phone, so each message not yours stays on Noa Levi's timeline marked with its sender; say which sender Noa Levi is with --sender NAME",
    "skipped 3 lines WhatsApp wrote itself",
    "skipped 1 line WhatsApp wrote itself",
    "line 40: the message that starts here passes 1024 KiB",
    "line 1: this is not a WhatsApp chat export: the first line has no date and time (\"hello\")",
    "line 1: the file has no messages",
    "chat.txt: every date here could be day-first or month-first: say which with --date-order dmy or --date-order mdy",
    "line 3 reads only day-first and line 9 only month-first: say which with --date-order",
    "line 10: this card has no END:VCARD before the next BEGIN:VCARD",
    "line 11: END:VCARD without a BEGIN:VCARD",
    "line 12: text outside BEGIN:VCARD … END:VCARD",
    "line 13: this card never ends (no END:VCARD)",
    "line 1: the file has no cards",
    "line 14: the property NOTE holds 2048 KiB, over the 1024 KiB a field may hold (it starts \"aaaa\")",
    "line 15: column \"Notes\" holds 2048 KiB, over the 1024 KiB a field may hold (it starts \"aaaa\")",
    "line 16: \"hello world\" is not a vCard property (NAME:value)",
    "line 17: a quote opened here is never closed, so the rows after it cannot be told apart",
    "line 1: no column names a contact: the header row has Foo, Bar but none is a name, company, phone or email",
];

const ENGLISH: &[&str] = &[
    "line ",
    "skipped",
    "control characters",
    "has no digits",
    "not an email",
    "not one of ours",
    "import time",
    "cannot be read",
    "could not be read",
    "allocated",
    "nobody in the chat",
    "no sender",
    "WhatsApp wrote",
    "passes",
    "not a WhatsApp",
    "has no messages",
    "END:VCARD without",
    "outside",
    "never ends",
    "has no cards",
    "holds",
    "not a vCard",
    "never closed",
    "no column",
    "Israel",
    "every date",
    "say which",
    "Hungary",
    "reads only",
];

#[test]
fn every_form_is_said_again_in_hebrew_and_hungarian() {
    for lang in [Lang::He, Lang::Hu] {
        let _speaking = scoped(lang);
        for text in WRITTEN {
            let said = shown(text);
            for english in ENGLISH {
                assert!(
                    !said.contains(english),
                    "{lang:?}: {text:?} reads {said:?}, still saying {english:?}"
                );
            }
        }
    }
}

#[test]
fn english_and_unknown_texts_are_kept() {
    let _english = scoped(Lang::En);
    for text in WRITTEN {
        assert_eq!(shown(text), *text);
    }
    let _speaking = scoped(Lang::Hu);
    assert_eq!(shown("something new"), "something new");
    let kept = shown("line 3: something new");
    assert!(
        kept.contains("something new") && kept.contains('3'),
        "{kept}"
    );
}

#[test]
fn every_pattern_compiles() {
    assert!(WHERE.all_compile() && WHAT.all_compile());
}
