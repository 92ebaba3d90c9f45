//! The import parsers on arbitrary input: whatever the bytes, they return records,
//! warnings or errors, and never panic. Inputs are built from each format's own
//! pieces (quotes, separators, vCard properties, WhatsApp timestamps) mixed with
//! arbitrary text, so that the cases reach deep into the parsers; plain random
//! bytes rarely get past a header. The case count keeps the run to seconds in CI.

use chrono::Datelike;
use chrono::{DateTime, Utc};
use leadometer::domain::deal::{MAX_AMOUNT_MINOR, parse_amount};
use leadometer::domain::phone::parse_region;
use leadometer::domain::when::{
    MAX_DAYS_FROM_NOW, MAX_DURATION_SECS, parse_duration_secs, parse_when,
};
use leadometer::io::csv::Flavor;
use leadometer::io::whatsapp::DateOrder;
use leadometer::io::{csv, decode, vcard, whatsapp};
use proptest::prelude::*;

/// Text made of `pieces` and arbitrary strings, in any order.
fn made_of(pieces: &'static [&'static str]) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(pieces).prop_map(str::to_string),
        1 => any::<String>(),
        1 => "[0-9 +().-]{0,14}",
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|parts| parts.concat())
}

const CSV_PIECES: &[&str] = &[
    "\"",
    "\"\"",
    ",",
    ";",
    "\t",
    "\n",
    "\r\n",
    "\r",
    " ::: ",
    "\u{feff}",
    "Name,Phone,Email,Company\n",
    "Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage,Lead Status,Create Date\n",
    "Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Group Membership\n",
    "First Name,Last Name,E-mail Address,Mobile Phone,Notes,Labels\n",
    "שם,טלפון,אימייל\n",
    "Név,Telefon,E-mail cím\n",
    "054-490-0148",
    "06 30 123 4567",
    "noa@levi.co.il",
    "marketingqualifiedlead",
    "IN_PROGRESS",
    "3/5/2024 2:30 PM",
    "2024-03-01 09:14",
    "\u{1b}[31m",
    "\u{0}",
];

const VCARD_PIECES: &[&str] = &[
    "BEGIN:VCARD\r\n",
    "END:VCARD\r\n",
    "VERSION:2.1\n",
    "VERSION:3.0\n",
    "VERSION:4.0\n",
    "FN:",
    "N:",
    ";",
    ":",
    ",",
    "\\,",
    "\\n",
    "\\",
    "\r\n ",
    "\n\t",
    "=\r\n",
    "=C3=A9",
    "=",
    "TEL;CELL;PREF:",
    "TEL;TYPE=cell:",
    "TEL;VALUE=uri:tel:+44-7700-900123",
    "item1.TEL:",
    "item1.X-ABLabel:",
    "EMAIL;INTERNET:",
    "ORG:",
    "TITLE:",
    "NOTE:",
    "CATEGORIES:",
    ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:",
    ";ENCODING=BASE64:",
    "PHOTO;",
    "\n",
];

const CHAT_PIECES: &[&str] = &[
    "15/01/2024, 21:05 - ",
    "1/15/24, 9:05 PM - ",
    "15.1.2024, 21:05 - ",
    "2024. 01. 15. 21:05 - ",
    "[15/01/2024, 21:05:33] ",
    "[15.01.24, 21:05:33] ",
    "01/02/2024, 10:00 - ",
    "Noa Levi: ",
    "Dana: ",
    "\u{200e}",
    "\u{202f}",
    "<Media omitted>",
    "image omitted",
    "<attached: 0001.jpg>",
    "\n",
    "\r\n",
    ": ",
    " - ",
    "Messages and calls are end-to-end encrypted.",
    "99/99/9999, 99:99 - ",
    "16/01/0000, 09:00 - ",
    "[0000. 01. 15. 21:05:00] ",
    "1/1/1970, 00:00 - ",
    "15/01/99999999999, 21:05 - ",
    "1/15/24, 4294967295:05 PM - ",
];

/// What people type for a time or a duration, and the numbers that broke chrono.
const WHEN_PIECES: &[&str] = &[
    "+",
    "-",
    "in ",
    " ago",
    "now",
    "today ",
    "yesterday ",
    "tomorrow ",
    "14:30",
    "2024-01-15",
    " ",
    "T",
    "Z",
    ":",
    "d",
    "h",
    "m",
    "s",
    "days",
    "years",
    "1",
    "99999999999",
    "9223372036854775808",
    "18446744073709551616",
    "0000",
    "9999",
    "262143",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn times_are_read_within_a_hundred_years_or_refused(
        text in made_of(WHEN_PIECES),
        seconds in -5_000_000_000i64..5_000_000_000,
    ) {
        // Any moment from 1811 to 2128, the far ends included.
        let now = DateTime::<Utc>::from_timestamp(seconds, 0).unwrap();
        for now in [now, DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC] {
            if let Ok(at) = parse_when(&text, now) {
                let days = at.signed_duration_since(now).num_days().abs();
                prop_assert!(days <= MAX_DAYS_FROM_NOW, "{text:?} at {now}: {at}");
            }
        }
    }

    #[test]
    fn durations_are_read_within_seven_days_or_refused(text in made_of(WHEN_PIECES)) {
        if let Ok(secs) = parse_duration_secs(&text) {
            prop_assert!((0..=MAX_DURATION_SECS as i64).contains(&secs), "{text:?}: {secs}");
        }
    }

    #[test]
    fn amounts_are_read_within_their_bound_or_refused(text in made_of(WHEN_PIECES)) {
        if let Some(minor) = parse_amount(&text) {
            prop_assert!((0..=MAX_AMOUNT_MINOR).contains(&minor), "{text:?}: {minor}");
        }
    }

    #[test]
    fn csv_never_panics(text in made_of(CSV_PIECES)) {
        let region = parse_region("IL").unwrap();
        for flavor in [None, Some(Flavor::Csv), Some(Flavor::Hubspot), Some(Flavor::Google)] {
            let parsed = csv::parse(&text, flavor, region, "Dana");
            for error in &parsed.errors {
                prop_assert!(error.line >= 1, "{error:?}");
            }
        }
    }

    #[test]
    fn vcard_never_panics(text in made_of(VCARD_PIECES)) {
        let parsed = vcard::parse(&text, parse_region("HU").unwrap(), "Dana");
        for record in &parsed.records {
            prop_assert!(record.line >= 1);
        }
    }

    #[test]
    fn whatsapp_never_panics(text in made_of(CHAT_PIECES)) {
        for order in [None, Some(DateOrder::Dmy), Some(DateOrder::Mdy), Some(DateOrder::Ymd)] {
            if let Ok(chat) = whatsapp::parse(&text, order) {
                prop_assert!(chat.messages.len() <= text.lines().count());
                for message in &chat.messages {
                    prop_assert!(whatsapp::CHAT_YEARS.contains(&message.at.year()), "{message:?}");
                }
            }
        }
    }

    #[test]
    fn arbitrary_bytes_are_decoded_or_refused_and_then_parsed(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        encoding in proptest::option::of(proptest::sample::select(
            &["windows-1255", "windows-1250", "utf-16le", "latin1", "no-such-encoding"][..],
        )),
    ) {
        match decode::decode(&bytes, encoding) {
            Ok(text) => {
                prop_assert!(!text.contains('\0'), "a NUL read as text");
                let region = parse_region("IL").unwrap();
                let _ = csv::parse(&text, None, region, "Dana");
                let _ = vcard::parse(&text, region, "Dana");
                let _ = whatsapp::parse(&text, None);
            }
            // Bytes refused name the line they are on; only an unknown label has none.
            Err(error) => prop_assert!(
                error.contains("line ") || error.starts_with("unknown encoding"),
                "{error}"
            ),
        }
    }
}
