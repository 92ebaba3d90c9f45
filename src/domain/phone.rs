//! Phone numbers: stored as typed and as E.164, following the rules in FORMATS.md.

pub use phonenumber::country::Id as Region;
use regex::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Mutex, OnceLock};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    /// Exactly what the user typed or the file held (cleaned of control characters).
    pub raw: String,
    /// `+` and digits, or None when the number could not be read.
    pub e164: Option<String>,
}

impl Phone {
    pub fn parse(raw: &str, region: Region) -> Phone {
        Phone::parse_noting_range(raw, region).0
    }

    /// The phone, and a warning when it is stored in E.164 although its range is not
    /// one its country has allocated (a typo, or a range newer than the metadata):
    /// one reading gives both, where asking afterwards would parse the number twice.
    pub fn parse_noting_range(raw: &str, region: Region) -> (Phone, Option<String>) {
        let raw = crate::domain::text::clean_line(raw);
        let reading = read(&raw, region);
        let warning = reading
            .as_ref()
            .filter(|r| !r.allocated)
            .map(|r| unallocated_warning(&raw, &r.e164));
        let e164 = reading.map(|r| r.e164);
        (Phone { raw, e164 }, warning)
    }

    /// The digits that search matches against: E.164 without the `+`, or the typed digits.
    pub fn search_digits(&self) -> String {
        match &self.e164 {
            Some(e) => e.trim_start_matches('+').to_string(),
            None => digits(&self.raw),
        }
    }

    /// Two entries are one number when their E.164 forms agree (or, unread, their text).
    pub fn same_number(&self, other: &Phone) -> bool {
        match (&self.e164, &other.e164) {
            (Some(a), Some(b)) => a == b,
            _ => self.raw == other.raw,
        }
    }

    /// What to show: E.164 when known, else the number as typed.
    pub fn display(&self) -> &str {
        self.e164.as_deref().unwrap_or(&self.raw)
    }
}

/// "054-100-1234 (+972541001234) is not in a range Israel has allocated; stored, check it"
fn unallocated_warning(raw: &str, e164: &str) -> String {
    // English, as every warning is made: `--json` carries it; people read it
    // through `i18n::notices`.
    let country = match country_of(e164).as_deref() {
        Some("IL") => "Israel".to_string(),
        Some("HU") => "Hungary".to_string(),
        Some(code) => code.to_string(),
        None => "its country".to_string(),
    };
    // "+972541001234 (+972541001234)" would say the number twice.
    let written = if raw == e164 {
        e164.to_string()
    } else {
        format!("{raw} ({e164})")
    };
    format!("{written} is not in a range {country} has allocated; stored, check it")
}

pub fn parse_region(code: &str) -> Option<Region> {
    Region::from_str(&code.trim().to_ascii_uppercase()).ok()
}

pub fn digits(input: &str) -> String {
    input.chars().filter(char::is_ascii_digit).collect()
}

/// Normalises a number to E.164. A number that carries its own country code keeps it;
/// a local number takes the configured region. A number of a possible shape for its
/// country is stored in E.164 whether or not its range is allocated, so that every way
/// of writing the same digits gives one stored number (`Phone::parse_noting_range`
/// says which are outside an allocated range).
/// Returns None for what cannot be read.
pub fn to_e164(input: &str, region: Region) -> Option<String> {
    read(input, region).map(|reading| reading.e164)
}

/// A number read: its E.164 form, and whether its range is one its country has
/// allocated, as far as the metadata compiled in knows.
struct Reading {
    e164: String,
    allocated: bool,
}

/// `to_e164`, telling also whether the number was read in an allocated range.
fn read(input: &str, region: Region) -> Option<Reading> {
    let cleaned = strip_decorations(input);
    let digit_count = digits(&cleaned).len();
    if !(5..=17).contains(&digit_count) || !looks_like_phone(&cleaned) {
        return None;
    }
    let explicit_country = cleaned.starts_with('+') || cleaned.starts_with("00");
    // Only the digits (and a leading +) go to the library: separators mean nothing, and
    // phonenumber 0.3 misreads some, e.g. "+97254-200-0000" fails with an overflow.
    let compact = if cleaned.starts_with('+') {
        format!("+{}", digits(&cleaned))
    } else {
        digits(&cleaned)
    };
    let local = phonenumber::parse(Some(region), &compact).ok();
    let allocated = |number: &phonenumber::PhoneNumber| Reading {
        e164: format_e164(number),
        allocated: true,
    };
    let possible = |number: &phonenumber::PhoneNumber| Reading {
        e164: format_e164(number),
        allocated: false,
    };
    if let Some(number) = local.as_ref().filter(|n| phonenumber::is_valid(n)) {
        return Some(allocated(number));
    }
    // "972544900148": an international number typed without + or 00. Read only when
    // the local reading is not allocated: most numbers stop above, parsed once.
    let international = (!explicit_country)
        .then(|| phonenumber::parse(None, format!("+{compact}")).ok())
        .flatten();
    // An allocated reading first, then a possible one; the local reading first.
    if let Some(number) = international.as_ref().filter(|n| phonenumber::is_valid(n)) {
        return Some(allocated(number));
    }
    if let Some(number) = local
        .as_ref()
        .filter(|n| is_possible(n))
        .or_else(|| international.as_ref().filter(|n| is_possible(n)))
    {
        return Some(possible(number));
    }
    // A number with its own country code is trusted even if the metadata does not
    // know its shape (fictional test numbers, countries it barely describes).
    local
        .as_ref()
        .filter(|_| explicit_country)
        .map(possible)
        .filter(|reading| (8..=15).contains(&digits(&reading.e164).len()))
}

/// Whether a number has a shape its country's numbers can have (its general pattern
/// and lengths, as libphonenumber's "possible" check), allocated or not. A number
/// only diallable inside its area (no area code) is not: it has no E.164 form.
fn is_possible(number: &phonenumber::PhoneNumber) -> bool {
    let national = number.national().to_string();
    let Some(meta) = number.metadata(&phonenumber::metadata::DATABASE) else {
        return false;
    };
    let general = meta.descriptors().general();
    let lengths = general.possible_length();
    let length_fits = u16::try_from(national.len()).is_ok_and(|len| lengths.contains(&len));
    (lengths.is_empty() || length_fits)
        && matches_whole(general.national_number().as_str(), &national)
}

/// Whether `pattern` matches all of `value`. The library's own match is anchored at
/// the start only, which takes "05499912345" for "0549991234" and a trailing 5.
fn matches_whole(pattern: &str, value: &str) -> bool {
    static ANCHORED: OnceLock<Mutex<HashMap<String, Option<Regex>>>> = OnceLock::new();
    let mut cache = ANCHORED
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    cache
        .entry(pattern.to_string())
        .or_insert_with(|| {
            // The metadata's patterns are laid out over several lines, as the
            // library reads them.
            RegexBuilder::new(&format!("^(?:{pattern})$"))
                .ignore_whitespace(true)
                .build()
                .ok()
        })
        .as_ref()
        .is_some_and(|anchored| anchored.is_match(value))
}

fn format_e164(number: &phonenumber::PhoneNumber) -> String {
    number.format().mode(phonenumber::Mode::E164).to_string()
}

/// Removes what phone exports wrap numbers in: `tel:` URIs and invisible direction marks.
fn strip_decorations(input: &str) -> String {
    let trimmed = input.trim();
    let without_uri = trimmed
        .strip_prefix("tel:")
        .or_else(|| trimmed.strip_prefix("TEL:"))
        .unwrap_or(trimmed);
    without_uri
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .collect::<String>()
        .trim()
        .to_string()
}

/// True for input made only of what people type in phone numbers.
pub fn looks_like_phone(input: &str) -> bool {
    let mut has_digit = false;
    for c in input.chars() {
        match c {
            '0'..='9' => has_digit = true,
            '+' | '-' | '(' | ')' | ' ' | '.' | '/' | '\u{a0}' => {}
            _ => return false,
        }
    }
    has_digit
}

/// The ISO country of an E.164 number, from its calling code ("+36…" is HU). Where
/// countries share a code (+1, +7) the code's main country is given.
pub fn country_of(e164: &str) -> Option<String> {
    let digits = e164.strip_prefix('+')?;
    (1..=3).find_map(|len| {
        let code: u16 = digits.get(..len)?.parse().ok()?;
        let regions = phonenumber::metadata::DATABASE.by_code(&code)?;
        let main = regions
            .iter()
            .find(|m| m.is_main_country_for_code())
            .or(regions.first())?;
        Some(main.id().to_string())
    })
}

/// The digit strings a search query should look for inside stored E.164 digits.
/// "054-490-0148" becomes "972544900148"; "4900148" stays as it is.
pub fn query_digits(query: &str, region: Region) -> Option<String> {
    let cleaned = strip_decorations(query);
    if !looks_like_phone(&cleaned) {
        return None;
    }
    let raw_digits = digits(&cleaned);
    if raw_digits.len() < 3 {
        return None;
    }
    if let Some(international) = raw_digits.strip_prefix("00") {
        return Some(international.to_string());
    }
    if cleaned.starts_with('+') {
        return Some(raw_digits);
    }
    if raw_digits.starts_with('0') {
        // A national number: whole, it converts; partial, its trunk prefix ("0" in
        // Israel, "06" in Hungary) comes off and the country code goes on.
        if let Some(e164) = to_e164(&cleaned, region) {
            return Some(e164.trim_start_matches('+').to_string());
        }
        let metadata = phonenumber::metadata::DATABASE.by_id(region.as_ref());
        let trunk = metadata.and_then(|m| m.national_prefix()).unwrap_or("0");
        let national = raw_digits.strip_prefix(trunk).unwrap_or(&raw_digits);
        return Some(national.to_string());
    }
    Some(raw_digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const IL_MOBILE: [&str; 8] = [
        "054-490-0148",
        "0544900148",
        "+972 54 490 0148",
        "+972-54-4900148",
        "00972544900148",
        "972544900148",
        "(054) 490 0148",
        "\u{202A}+972 54-490-0148\u{202C}",
    ];

    #[test]
    fn israeli_variants_map_to_one_number() {
        for typed in IL_MOBILE {
            assert_eq!(
                to_e164(typed, Region::IL).as_deref(),
                Some("+972544900148"),
                "{typed}"
            );
        }
        assert_eq!(
            to_e164("03-555-1234", Region::IL).as_deref(),
            Some("+97235551234")
        );
    }

    #[test]
    fn hungarian_variants() {
        for typed in [
            "06 30 123 4567",
            "06301234567",
            "+36 30 123 4567",
            "0036301234567",
        ] {
            assert_eq!(
                to_e164(typed, Region::HU).as_deref(),
                Some("+36301234567"),
                "{typed}"
            );
        }
        assert_eq!(
            to_e164("+36 1 234 5678", Region::HU).as_deref(),
            Some("+3612345678")
        );
    }

    #[test]
    fn own_country_code_wins_over_region() {
        assert_eq!(
            to_e164("+36 1 234 5678", Region::IL).as_deref(),
            Some("+3612345678")
        );
        assert_eq!(
            to_e164("00972544900148", Region::HU).as_deref(),
            Some("+972544900148")
        );
        assert_eq!(
            to_e164("972544900148", Region::HU).as_deref(),
            Some("+972544900148")
        );
        assert_eq!(
            to_e164("tel:+1-555-555-5555", Region::IL).as_deref(),
            Some("+15555555555")
        );
    }

    #[test]
    fn countries_come_from_the_calling_code() {
        assert_eq!(country_of("+972544900148").as_deref(), Some("IL"));
        assert_eq!(country_of("+36301234567").as_deref(), Some("HU"));
        assert_eq!(country_of("+447700900123").as_deref(), Some("GB"));
        assert_eq!(country_of("+15555555555").as_deref(), Some("US"));
        assert_eq!(country_of("0544900148"), None);
    }

    #[test]
    fn unreadable_numbers_are_kept_as_typed() {
        for typed in ["abc", "123", "call me", "", "+", "054-abc-0148"] {
            let phone = Phone::parse(typed, Region::IL);
            assert_eq!(phone.e164, None, "{typed}");
            assert_eq!(phone.raw, typed.trim());
        }
    }

    #[test]
    fn query_digits_reach_the_stored_form() {
        assert_eq!(
            query_digits("4900148", Region::IL).as_deref(),
            Some("4900148")
        );
        assert_eq!(
            query_digits("054-490-0148", Region::IL).as_deref(),
            Some("972544900148")
        );
        assert_eq!(
            query_digits("00972 54", Region::IL).as_deref(),
            Some("97254")
        );
        assert_eq!(
            query_digits("06 30 123", Region::HU).as_deref(),
            Some("30123")
        );
        assert_eq!(
            query_digits("054-490", Region::IL).as_deref(),
            Some("54490")
        );
        assert_eq!(query_digits("dana", Region::IL), None);
        assert_eq!(query_digits("12", Region::IL), None);
    }

    #[test]
    fn separators_inside_the_country_code_do_not_confuse_the_parser() {
        // Found by the property below: phonenumber 0.3 overflows on "+97254-200-0000".
        assert_eq!(
            to_e164("+97254-200-0000", Region::IL).as_deref(),
            Some("+972542000000")
        );
    }

    /// How many ways `written` knows of writing one number.
    const LAYOUTS: usize = 5;

    /// One number written the `layout`th way: local with its trunk prefix, +CC, 00CC,
    /// CC without a +, or local in brackets; `seps` go between the groups.
    fn written(
        layout: usize,
        (country, trunk, operator): (&str, &str, &str),
        subscriber: &str,
        seps: &[&str],
    ) -> String {
        let (a, b) = subscriber.split_at(3);
        let head = match layout {
            0 => format!("{trunk}{operator}"),
            1 => format!("+{country}{}{operator}", seps[0]),
            2 => format!("00{country}{}{operator}", seps[0]),
            3 => format!("{country}{}{operator}", seps[0]),
            _ => format!("({trunk}{operator})"),
        };
        format!("{head}{}{a}{}{b}", seps[1], seps[2])
    }

    #[test]
    fn unallocated_but_possible_numbers_are_stored_in_e164_with_a_warning() {
        for typed in [
            "054-100-1234",
            "0541001234",
            "054 100 1234",
            "+972541001234",
            "+972 54-100-1234",
            "00972541001234",
            "972541001234",
        ] {
            let (phone, warning) = Phone::parse_noting_range(typed, Region::IL);
            assert_eq!(phone.e164.as_deref(), Some("+972541001234"), "{typed}");
            assert!(warning.is_some(), "{typed}");
        }
        assert_eq!(
            Phone::parse_noting_range("054-100-1234", Region::IL)
                .1
                .as_deref(),
            Some(
                "054-100-1234 (+972541001234) is not in a range Israel has allocated; stored, check it"
            )
        );
        let (allocated, warning) = Phone::parse_noting_range("054-490-0148", Region::IL);
        assert_eq!(allocated.e164.as_deref(), Some("+972544900148"));
        assert_eq!(warning, None);
        assert_eq!(Phone::parse_noting_range("abc", Region::IL).1, None);
        assert_eq!(
            Phone::parse_noting_range("+972541001234", Region::IL)
                .1
                .as_deref(),
            Some("+972541001234 is not in a range Israel has allocated; stored, check it"),
            "a number written as its E.164 is said once"
        );
    }

    #[test]
    fn impossible_shapes_are_still_refused() {
        // Too short or too long for a national number, and a local-only landline with
        // no area code.
        for typed in ["054-999-123", "054-999-12345", "555-1234"] {
            assert_eq!(to_e164(typed, Region::IL), None, "{typed}");
        }
        assert_eq!(to_e164("06 30 123 45", Region::HU), None);
    }

    proptest! {
        // Failures are pinned as named tests above rather than in a regressions folder.
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        /// Every way of writing one Israeli mobile number gives the same E.164,
        /// whether its range is allocated or not (054-100-… is not).
        #[test]
        fn any_il_mobile_layout_maps_to_one_e164(
            operator in 0u32..10,
            sub in 0u32..10_000_000,
            layout in 0usize..LAYOUTS,
            seps in proptest::collection::vec(prop_oneof![Just(""), Just(" "), Just("-"), Just(".")], 3),
        ) {
            let local = format!("{sub:07}");
            let typed = written(layout, ("972", "0", &format!("5{operator}")), &local, &seps);
            prop_assert_eq!(to_e164(&typed, Region::IL), Some(format!("+9725{operator}{local}")), "{}", typed);
        }

        #[test]
        fn any_hungarian_mobile_layout_maps_to_one_e164(
            operator in prop_oneof![Just("20"), Just("30"), Just("70")],
            sub in 0u32..10_000_000,
            layout in 0usize..LAYOUTS,
            seps in proptest::collection::vec(prop_oneof![Just(""), Just(" "), Just("-"), Just(".")], 3),
        ) {
            let local = format!("{sub:07}");
            let typed = written(layout, ("36", "06", operator), &local, &seps);
            prop_assert_eq!(to_e164(&typed, Region::HU), Some(format!("+36{operator}{local}")), "{}", typed);
        }
    }
}
