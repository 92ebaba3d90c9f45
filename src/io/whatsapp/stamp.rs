//! The timestamp at the start of a chat line, in every layout phones have written:
//! date first or time first, dotted, dashed or slashed, with or without a comma,
//! 24-hour or 12-hour clocks with the locale's own marker, Arabic-Indic digits.

use super::DateOrder;
use chrono::NaiveTime;

/// A timestamp read before the file's date order is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Stamp {
    pub date: [u32; 3],
    /// How many digits each number of the date has: a year of two is this century's,
    /// a year of four is read as written.
    pub digits: [usize; 3],
    /// The date as the line writes it, for an error to quote.
    pub date_text: String,
    pub time: NaiveTime,
    pub has_seconds: bool,
    /// The order a month written as a name settles for this line alone.
    pub order: Option<DateOrder>,
}

/// Which half of the day a 12-hour clock's marker names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Half {
    Morning,
    Afternoon,
    /// Chinese 中午 ("noon"): 11 and 12 are as written, 1 to 3 are afternoon hours.
    Noon,
}

/// The markers of 12-hour clocks, written as their letters only (dots and spaces
/// dropped, lower case): "p. m." is "pm", "ق.ظ" is "قظ".
const MORNING: &[&str] = &[
    "am",
    "a",
    "vorm",
    "오전",
    "上午",
    "午前",
    "凌晨",
    "早上",
    "ص",
    "قظ",
    "öö",
    "sa",
    "πμ",
    "fm",
    "de",
    "ap",
    "पूर्वाह्न",
    "ก่อนเที่ยง",
    "sáng",
];
const AFTERNOON: &[&str] = &[
    "pm",
    "p",
    "nachm",
    "오후",
    "下午",
    "午後",
    "晚上",
    "م",
    "بظ",
    "ös",
    "ch",
    "μμ",
    "em",
    "du",
    "ip",
    "अपराह्न",
    "หลังเที่ยง",
    "chiều",
    "tối",
];
const NOON: &[&str] = &["中午"];

/// Characters that may stand between the numbers of a timestamp.
fn is_separator(c: char) -> bool {
    matches!(c, ' ' | ',' | '/' | '.' | '-' | ':' | '،')
}

/// Words some locales put between date and time ("klo", "kl.", "à", "um"), which
/// say nothing about the time.
const FILLERS: &[&str] = &["klo", "kl", "um", "à", "às", "om", "в", "lúc"];

/// Month names by their first letters, in the languages exports are written in; the
/// index is the month less one.
const MONTHS: [&[&str]; 12] = [
    &["jan", "ene", "gen", "oca", "янв"],
    &["feb", "fev", "fév", "sub", "şub", "фев"],
    &["mar", "mär", "mrt", "мар"],
    &["apr", "abr", "avr", "nis", "апр"],
    &["may", "mai", "mei", "mag", "мая", "май"],
    &["jun", "juin", "giu", "haz", "июн"],
    &["jul", "juil", "lug", "tem", "июл"],
    &["aug", "aoû", "ago", "agu", "agt", "ağu", "авг"],
    &["sep", "set", "eyl", "сен"],
    &["oct", "okt", "out", "ott", "eki", "окт"],
    &["nov", "kas", "ноя"],
    &["dec", "dez", "déc", "dic", "des", "ara", "дек"],
];

/// The month a word names, if it is a month name of at least three letters.
fn month(word: &str) -> Option<u32> {
    if word.chars().count() < 3 {
        return None;
    }
    // "juin" and "juil" share their first three letters, so four are tried first.
    for length in [4, 3] {
        let prefix: String = word.chars().take(length).collect();
        if let Some(index) = MONTHS
            .iter()
            .position(|names| names.contains(&prefix.as_str()))
        {
            return u32::try_from(index + 1).ok();
        }
    }
    None
}

/// A number of the timestamp: its value, its digits, and where the text has it.
#[derive(Clone, Copy)]
struct Number {
    value: u32,
    digits: usize,
    from: usize,
    to: usize,
    named_month: bool,
}

/// The timestamp `text` holds, or None when it is not one.
pub(super) fn read(text: &str) -> Option<Stamp> {
    let text = normalise(text);
    let mut numbers: Vec<Number> = Vec::new();
    let mut marker = String::new();
    let mut digits_from = None;
    let mut word_from = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let letter = at < text.len() && (c.is_alphabetic() || is_combining(c));
        if c.is_ascii_digit() {
            digits_from.get_or_insert(at);
        } else if let Some(from) = digits_from.take() {
            numbers.push(Number {
                value: text[from..at].parse().ok()?,
                digits: at - from,
                from,
                to: at,
                named_month: false,
            });
        }
        if letter {
            word_from.get_or_insert(at);
        } else if let Some(from) = word_from.take() {
            let word = text[from..at].to_lowercase();
            if let Some(value) = month(&word) {
                numbers.push(Number {
                    value,
                    digits: 2,
                    from,
                    to: at,
                    named_month: true,
                });
            } else if !FILLERS.contains(&word.as_str()) {
                marker.push_str(&word);
            }
        }
        if !(letter || c.is_ascii_digit() || at == text.len() || is_separator(c)) {
            return None;
        }
    }
    if !(5..=6).contains(&numbers.len()) {
        return None;
    }
    // A time comes first only where its hour is followed by a colon (Vietnamese
    // "14:56:01, 3/18/22"); a date's first number never is.
    let time_first = text[numbers[0].to..].starts_with(':');
    let time_count = numbers.len() - 3;
    let (time_at, date_at) = if time_first { (0, time_count) } else { (3, 0) };
    let clock_numbers = &numbers[time_at..time_at + time_count];
    if clock_numbers.iter().any(|n| n.named_month)
        || clock_numbers[1..].iter().any(|n| n.digits != 2)
    {
        return None;
    }
    let half = match marker.as_str() {
        "" => None,
        word => Some(half(word)?),
    };
    let values: Vec<u32> = clock_numbers.iter().map(|n| n.value).collect();
    let time = clock(&values, half)?;
    let date_numbers = &numbers[date_at..date_at + 3];
    let order = match date_numbers.iter().position(|n| n.named_month) {
        None => None,
        Some(0) => Some(DateOrder::Mdy),
        Some(1) if date_numbers[0].digits == 4 => Some(DateOrder::Ymd),
        Some(1) => Some(DateOrder::Dmy),
        Some(_) => return None,
    };
    Some(Stamp {
        date: [0, 1, 2].map(|i| date_numbers[i].value),
        digits: [0, 1, 2].map(|i| date_numbers[i].digits),
        date_text: text[date_numbers[0].from..date_numbers[2].to].to_string(),
        time,
        has_seconds: time_count == 3,
        order,
    })
}

fn half(word: &str) -> Option<Half> {
    if MORNING.contains(&word) {
        Some(Half::Morning)
    } else if AFTERNOON.contains(&word) {
        Some(Half::Afternoon)
    } else if NOON.contains(&word) {
        Some(Half::Noon)
    } else {
        None
    }
}

/// Arabic vowel signs and the like, which a marker such as "ص" may carry.
fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// Arabic-Indic and Persian digits as ASCII, every kind of space as a plain one, and
/// the invisible marks phones put into lines dropped.
fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| !super::MARKS.contains(c))
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Hours, minutes and perhaps seconds on a 24-hour or a 12-hour clock.
fn clock(numbers: &[u32], half: Option<Half>) -> Option<NaiveTime> {
    let (hour, minute) = (numbers[0], numbers[1]);
    let second = numbers.get(2).copied().unwrap_or(0);
    let hour = match half {
        None => hour,
        // "00:04 AM" and "23:59 PM" occur: an hour already on a 24-hour clock is read
        // as written, as the phone meant it.
        Some(Half::Morning) if hour == 12 => 0,
        Some(Half::Morning) if hour <= 11 => hour,
        Some(Half::Afternoon) if (1..=11).contains(&hour) => hour + 12,
        Some(Half::Afternoon) if (12..=23).contains(&hour) => hour,
        Some(Half::Noon) if (1..=3).contains(&hour) => hour + 12,
        Some(Half::Noon) if (11..=12).contains(&hour) => hour,
        Some(_) => return None,
    };
    NaiveTime::from_hms_opt(hour, minute, second)
}
