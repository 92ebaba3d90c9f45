//! The names of weekdays and months in each language, one table for showing them
//! (`format`) and for reading them as typed (`domain::when`): a name the desk shows
//! is always a name the forms accept.
//!
//! Abbreviations are CLDR's "abbreviated, format" forms. We keep our own tables
//! rather than chrono's `unstable-locales` feature: that feature is marked
//! unstable, gives nothing for reading names back, and these 57 words are all we need.

use super::Lang;
use chrono::Weekday;

/// Monday first, as `Weekday::num_days_from_monday` counts.
const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

pub const EN_WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const EN_WEEKDAYS_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/// "יום שני" … "יום ראשון"; people also write the name without "יום".
pub const HE_WEEKDAYS: [&str; 7] = [
    "יום שני",
    "יום שלישי",
    "יום רביעי",
    "יום חמישי",
    "יום שישי",
    "יום שבת",
    "יום ראשון",
];
const HE_WEEKDAYS_SHORT: [&str; 7] = [
    "יום ב׳",
    "יום ג׳",
    "יום ד׳",
    "יום ה׳",
    "יום ו׳",
    "שבת",
    "יום א׳",
];
pub const HU_WEEKDAYS: [&str; 7] = [
    "hétfő",
    "kedd",
    "szerda",
    "csütörtök",
    "péntek",
    "szombat",
    "vasárnap",
];
const HU_WEEKDAYS_SHORT: [&str; 7] = ["H", "K", "Sze", "Cs", "P", "Szo", "V"];

pub const EN_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const EN_MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
pub const HE_MONTHS: [&str; 12] = [
    "ינואר",
    "פברואר",
    "מרץ",
    "אפריל",
    "מאי",
    "יוני",
    "יולי",
    "אוגוסט",
    "ספטמבר",
    "אוקטובר",
    "נובמבר",
    "דצמבר",
];
const HE_MONTHS_SHORT: [&str; 12] = [
    "ינו׳", "פבר׳", "מרץ", "אפר׳", "מאי", "יוני", "יולי", "אוג׳", "ספט׳", "אוק׳", "נוב׳", "דצמ׳",
];
pub const HU_MONTHS: [&str; 12] = [
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
];
const HU_MONTHS_SHORT: [&str; 12] = [
    "jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.",
    "dec.",
];

/// The weekday's short name in `lang`: "Mon", "יום ב׳", "H".
pub fn weekday_short(lang: Lang, day: Weekday) -> &'static str {
    let index = day.num_days_from_monday() as usize;
    let names = match lang {
        Lang::En => &EN_WEEKDAYS_SHORT,
        Lang::He => &HE_WEEKDAYS_SHORT,
        Lang::Hu => &HU_WEEKDAYS_SHORT,
    };
    names[index % 7]
}

/// The month's short name in `lang` (1 to 12): "Dec", "דצמ׳", "dec.".
pub fn month_short(lang: Lang, month: u32) -> &'static str {
    let names = match lang {
        Lang::En => &EN_MONTHS_SHORT,
        Lang::He => &HE_MONTHS_SHORT,
        Lang::Hu => &HU_MONTHS_SHORT,
    };
    let index = (month.clamp(1, 12) - 1) as usize;
    names[index]
}

/// The month's full name in `lang` (1 to 12): "December", "דצמבר", "december".
pub fn month_name(lang: Lang, month: u32) -> &'static str {
    let names = match lang {
        Lang::En => &EN_MONTHS,
        Lang::He => &HE_MONTHS,
        Lang::Hu => &HU_MONTHS,
    };
    let index = (month.clamp(1, 12) - 1) as usize;
    names[index]
}

/// Every full weekday name of every language with its day, for reading.
pub fn all_weekdays() -> impl Iterator<Item = (&'static str, Weekday)> {
    [EN_WEEKDAYS, HE_WEEKDAYS, HU_WEEKDAYS]
        .into_iter()
        .flat_map(|names| names.into_iter().zip(WEEKDAYS))
}

/// Every full month name of every language with its number (1 to 12), for reading.
pub fn all_months() -> impl Iterator<Item = (&'static str, u32)> {
    [EN_MONTHS, HE_MONTHS, HU_MONTHS]
        .into_iter()
        .flat_map(|names| names.into_iter().zip(1..=12))
}
