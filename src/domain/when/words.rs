//! The words of days, weekdays and months in English, Hebrew and Hungarian, as
//! people type them. Whatever language the user speaks, all three are read: a
//! Hungarian typing "friday" or an English speaker pasting "מחר" means the same
//! day, and no word of one language means another thing in another (a prefix that
//! names two different days or months is refused, never guessed).

use crate::i18n::names;
use chrono::Weekday;

/// A day named from today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Near {
    Today,
    Yesterday,
    Tomorrow,
    DayAfterTomorrow,
    NextWeek,
}

/// "today", "היום", "ma"; "next week", "השבוע הבא", "jövő hét". `words` are the
/// typed words, lowercased, with Hebrew's "ב" ("on") already taken off.
pub fn near(words: &[&str]) -> Option<Near> {
    let joined = words.join(" ");
    let near = match joined.as_str() {
        "today" | "היום" | "ma" => Near::Today,
        "yesterday" | "אתמול" | "tegnap" => Near::Yesterday,
        "tomorrow" | "מחר" | "holnap" => Near::Tomorrow,
        "מחרתיים" | "holnapután" => Near::DayAfterTomorrow,
        "next week" | "שבוע הבא" | "השבוע הבא" | "jövő hét" | "jövő héten" => {
            Near::NextWeek
        }
        _ => return None,
    };
    Some(near)
}

/// "now", "עכשיו", "most".
pub fn is_now(text: &str) -> bool {
    matches!(text, "now" | "עכשיו" | "most")
}

/// Words that say "the coming": "next", "this", "הבא", "jövő".
pub fn is_coming(word: &str) -> bool {
    matches!(word, "next" | "this" | "הבא" | "הקרוב" | "jövő" | "ezen")
}

/// A weekday by its name in any of the three languages, or a prefix of at least
/// three letters naming one day only: "fri", "friday", "יום שישי", "שישי",
/// "péntek", "pénteken" (Hungarian's "on Friday").
pub fn weekday(word: &str) -> Option<Weekday> {
    let word = trimmed(word);
    let word = word.strip_prefix("יום ").unwrap_or(word);
    // Hungarian says "on Friday" with a suffix: péntek-en, hétfő-n, kedd-en.
    let stems = [
        word,
        word.strip_suffix("en").unwrap_or(word),
        word.strip_suffix('n').unwrap_or(word),
    ];
    let names =
        names::all_weekdays().map(|(name, day)| (name.strip_prefix("יום ").unwrap_or(name), day));
    let names: Vec<(&str, Weekday)> = names.collect();
    if let Some((_, day)) = names.iter().find(|(name, _)| stems.contains(name)) {
        return Some(*day);
    }
    only_one(
        names
            .iter()
            .filter(|(name, _)| long_enough(word) && name.starts_with(word))
            .map(|(_, day)| *day),
    )
}

/// A month by its name in any of the three languages, or a prefix naming one month
/// only: "dec", "dec.", "december", "דצמבר", "בדצמבר", "דצמ׳", "márc.", "március".
pub fn month(word: &str) -> Option<u32> {
    let word = trimmed(word);
    let names: Vec<(&str, u32)> = names::all_months().collect();
    let exact = |word: &str| {
        names
            .iter()
            .find(|(name, _)| *name == word)
            .map(|(_, m)| *m)
    };
    if let Some(month) = exact(word).or_else(|| word.strip_prefix('ב').and_then(exact)) {
        return Some(month);
    }
    if word == "sept" {
        return Some(9);
    }
    let word = match word.strip_prefix('ב') {
        Some(rest) if names.iter().any(|(name, _)| name.starts_with(rest)) && long_enough(rest) => {
            rest
        }
        _ => word,
    };
    if !long_enough(word) {
        return None;
    }
    only_one(
        names
            .iter()
            .filter(|(name, _)| name.starts_with(word))
            .map(|(_, m)| *m),
    )
}

/// Without the marks that close an abbreviation: "dec.", "דצמ׳", "דצמ'".
fn trimmed(word: &str) -> &str {
    word.trim_end_matches(['.', '׳', '\'', ','])
}

/// Three letters at least, so that "ma" (Hungarian "today") or "p" names no day.
fn long_enough(word: &str) -> bool {
    word.chars().count() >= 3
}

/// The one value every match agrees on; None when none match or two disagree.
fn only_one<T: PartialEq>(mut found: impl Iterator<Item = T>) -> Option<T> {
    let first = found.next()?;
    found.all(|other| other == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_in_three_languages() {
        for (typed, day) in [
            ("friday", Weekday::Fri),
            ("fri", Weekday::Fri),
            ("fri.", Weekday::Fri),
            ("יום שישי", Weekday::Fri),
            ("שישי", Weekday::Fri),
            ("ראשון", Weekday::Sun),
            ("שבת", Weekday::Sat),
            ("péntek", Weekday::Fri),
            ("pénteken", Weekday::Fri),
            ("hétfőn", Weekday::Mon),
            ("kedd", Weekday::Tue),
            ("kedden", Weekday::Tue),
            ("szerda", Weekday::Wed),
            ("sze", Weekday::Wed),
            ("csütörtök", Weekday::Thu),
            ("vasárnap", Weekday::Sun),
        ] {
            assert_eq!(weekday(typed), Some(day), "{typed}");
        }
        for typed in ["fr", "p", "ma", "s", "יום", ""] {
            assert_eq!(weekday(typed), None, "{typed}");
        }
    }

    #[test]
    fn months_in_three_languages() {
        for (typed, month_number) in [
            ("dec", 12),
            ("december", 12),
            ("דצמבר", 12),
            ("בדצמבר", 12),
            ("דצמ׳", 12),
            ("márc.", 3),
            ("március", 3),
            ("febr.", 2),
            ("szept.", 9),
            ("sept", 9),
            ("jún.", 6),
            ("jun", 6),
            ("מאי", 5),
            ("במאי", 5),
        ] {
            assert_eq!(month(typed), Some(month_number), "{typed}");
        }
        for typed in ["ju", "ma", "xyz", "ב", ""] {
            assert_eq!(month(typed), None, "{typed}");
        }
    }

    #[test]
    fn near_days_in_three_languages() {
        assert_eq!(near(&["מחר"]), Some(Near::Tomorrow));
        assert_eq!(near(&["holnap"]), Some(Near::Tomorrow));
        assert_eq!(near(&["ma"]), Some(Near::Today));
        assert_eq!(near(&["היום"]), Some(Near::Today));
        assert_eq!(near(&["tegnap"]), Some(Near::Yesterday));
        assert_eq!(near(&["אתמול"]), Some(Near::Yesterday));
        assert_eq!(near(&["jövő", "hét"]), Some(Near::NextWeek));
        assert_eq!(near(&["friday"]), None);
    }
}
