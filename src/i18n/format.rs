//! Dates, times, numbers, money and phones as the user's language and region
//! write them: the one place that decides a local form. Every line a person reads
//! in the desk or the human command line goes through here; `--json` and `--csv`
//! never do (RFC 3339 dates, plain numbers), so scripts see one form everywhere.
//!
//! - Dates: Hebrew `15.12.2026`; Hungarian `2026. 12. 15.`; English `15/12/2026`,
//!   or `12/15/2026` when the region is the US (the order `domain::when` also
//!   reads typed dates in). Clocks are 24-hour in every language.
//! - Numbers: English and Hebrew group with `,` and write `12.5`; Hungarian groups
//!   with a no-break space (CLDR's, so a line never wraps inside a number) and
//!   writes `12,5`.
//! - Money: the currency's sign where it has one we know (`₪48,000`, `€1,200`,
//!   `$`, `£`; in Hungarian after the number, `48 000 Ft`, `1 200 €`), else the
//!   code after the number (`1,200 CHF`).
//! - Phones: national form for the user's own region (`054-490-0148`),
//!   international otherwise (`+36 30 123 4567`).
//! - The week starts on Sunday in Hebrew, on Monday in Hungarian, and in English
//!   by region (Sunday in the US, Israel and the other countries CLDR names).

use super::{Lang, lang, names};
use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Timelike, Weekday};
use phonenumber::country::Id as Region;
use std::cell::Cell;
use std::sync::RwLock;

/// The config's default region; `set_region` replaces it as the config is read.
static REGION: RwLock<Region> = RwLock::new(Region::IL);

thread_local! {
    static THIS_THREAD: Cell<Option<Region>> = const { Cell::new(None) };
}

/// The user's own region (the config's `region`), for the whole process.
pub fn set_region(region: Region) {
    if let Ok(mut chosen) = REGION.write() {
        *chosen = region;
    }
}

/// The region local forms are written for now.
pub fn region() -> Region {
    THIS_THREAD
        .with(Cell::get)
        .unwrap_or_else(|| REGION.read().map_or(Region::IL, |r| *r))
}

/// Writes for `region` on this thread until the guard is dropped (tests).
#[must_use = "the region goes back when the guard is dropped"]
pub fn scoped_region(region: Region) -> ScopedRegion {
    let before = THIS_THREAD.with(|cell| cell.replace(Some(region)));
    ScopedRegion { before }
}

pub struct ScopedRegion {
    before: Option<Region>,
}

impl Drop for ScopedRegion {
    fn drop(&mut self) {
        THIS_THREAD.with(|cell| cell.set(self.before));
    }
}

/// A language and a region: everything a local form depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub lang: Lang,
    pub region: Region,
}

/// Regions whose calendars start the week on Sunday (CLDR's firstDay "sun").
const SUNDAY_FIRST: &[&str] = &[
    "AG", "AS", "BD", "BR", "BS", "BT", "BW", "BZ", "CA", "CO", "DM", "DO", "ET", "GT", "GU", "HK",
    "HN", "ID", "IL", "IN", "JM", "JP", "KE", "KH", "KR", "LA", "MH", "MM", "MO", "MT", "MX", "MZ",
    "NI", "NP", "PA", "PE", "PH", "PK", "PR", "PT", "PY", "SA", "SG", "SV", "TH", "TT", "TW", "UM",
    "US", "VE", "VI", "WS", "YE", "ZA", "ZW",
];

impl Locale {
    /// The language and region in use now.
    pub fn current() -> Locale {
        Locale {
            lang: lang(),
            region: region(),
        }
    }

    fn month_first(self) -> bool {
        self.lang == Lang::En && self.region == Region::US
    }

    /// The day a calendar week starts on.
    pub fn first_weekday(self) -> Weekday {
        match self.lang {
            Lang::He => Weekday::Sun,
            Lang::Hu => Weekday::Mon,
            Lang::En if SUNDAY_FIRST.contains(&self.region.as_ref()) => Weekday::Sun,
            Lang::En => Weekday::Mon,
        }
    }

    /// "15/12/2026", "12/15/2026" (US), "15.12.2026", "2026. 12. 15.".
    pub fn date(self, day: NaiveDate) -> String {
        let (y, m, d) = (day.year(), day.month(), day.day());
        match self.lang {
            Lang::He => format!("{d:02}.{m:02}.{y}"),
            Lang::Hu => format!("{y}. {m:02}. {d:02}."),
            Lang::En if self.month_first() => format!("{m:02}/{d:02}/{y}"),
            Lang::En => format!("{d:02}/{m:02}/{y}"),
        }
    }

    /// A day without its year: "15 Dec", "Dec 15" (US), "15 בדצמ׳", "dec. 15.".
    pub fn day_month(self, day: NaiveDate) -> String {
        let (m, d) = (day.month(), day.day());
        let month = names::month_short(self.lang, m);
        match self.lang {
            Lang::He => format!("{d} ב{month}"),
            Lang::Hu => format!("{month} {d}."),
            Lang::En if self.month_first() => format!("{month} {d}"),
            Lang::En => format!("{d:02} {month}"),
        }
    }

    /// A day with its year, the month named: "15 Dec 2026", "2026. dec. 15.".
    pub fn day_month_year(self, day: NaiveDate) -> String {
        match self.lang {
            Lang::Hu => format!("{}. {}", day.year(), self.day_month(day)),
            _ => format!("{} {}", self.day_month(day), day.year()),
        }
    }

    /// The weekday's short name: "Mon", "יום ב׳", "H".
    pub fn weekday(self, day: Weekday) -> &'static str {
        names::weekday_short(self.lang, day)
    }

    /// The month's short name (1 to 12): "Dec", "דצמ׳", "dec.".
    pub fn month(self, month: u32) -> &'static str {
        names::month_short(self.lang, month)
    }

    /// A whole number, grouped: "48,000", "48 000".
    pub fn number(self, value: i64) -> String {
        let digits = value.unsigned_abs().to_string();
        let separator = self.group_separator();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 2 + 1);
        if value < 0 {
            grouped.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(separator);
            }
            grouped.push(c);
        }
        grouped
    }

    /// A number with at most `places` decimals, trailing zeros dropped: "12.5", "12,5".
    pub fn decimal(self, value: f64, places: usize) -> String {
        if !value.is_finite() {
            return "—".into();
        }
        let text = format!("{:.*}", places, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let fraction = fraction.trim_end_matches('0');
        let whole: i64 = whole.parse().unwrap_or(i64::MAX);
        let negative = value < 0.0 && (whole != 0 || !fraction.is_empty());
        let mut shown = self.number(whole);
        if negative {
            shown.insert(0, '-');
        }
        if !fraction.is_empty() {
            shown.push(self.decimal_separator());
            shown.push_str(fraction);
        }
        shown
    }

    fn group_separator(self) -> char {
        match self.lang {
            Lang::Hu => '\u{a0}',
            Lang::En | Lang::He => ',',
        }
    }

    pub fn decimal_separator(self) -> char {
        match self.lang {
            Lang::Hu => ',',
            Lang::En | Lang::He => '.',
        }
    }

    /// An amount rounded to whole units, with its currency: "₪48,000", "48 000 Ft".
    pub fn money(self, amount: f64, currency: &str) -> String {
        let whole = if amount.is_finite() {
            amount.round() as i64
        } else {
            0
        };
        self.with_currency(self.number(whole), whole < 0, currency)
    }

    /// An amount in minor units, exactly, with its currency: cents only when there
    /// are some ("₪48,000", "₪48,000.50", "48 000,50 Ft").
    pub fn money_minor(self, minor: i64, currency: &str) -> String {
        let magnitude = minor.unsigned_abs();
        let whole = i64::try_from(magnitude / 100).unwrap_or(i64::MAX);
        let mut number = self.number(whole);
        if !magnitude.is_multiple_of(100) {
            number.push(self.decimal_separator());
            number.push_str(&format!("{:02}", magnitude % 100));
        }
        if minor < 0 {
            number.insert(0, '-');
        }
        self.with_currency(number, minor < 0, currency)
    }

    fn with_currency(self, number: String, negative: bool, currency: &str) -> String {
        let code = currency.trim().to_ascii_uppercase();
        let sign = match code.as_str() {
            "ILS" => Some("₪"),
            "EUR" => Some("€"),
            "USD" => Some("$"),
            "GBP" => Some("£"),
            "HUF" if self.lang == Lang::Hu => Some("Ft"),
            _ => None,
        };
        match sign {
            Some(sign) if self.lang != Lang::Hu => match number.strip_prefix('-') {
                Some(digits) if negative => format!("-{sign}{digits}"),
                _ => format!("{sign}{number}"),
            },
            Some(sign) => format!("{number}\u{a0}{sign}"),
            None if code.is_empty() => number,
            None => format!("{number}\u{a0}{}", crate::domain::text::clean_line(&code)),
        }
    }

    /// A phone as people of this region write it: national for our own region,
    /// international otherwise; as typed when it could not be read.
    pub fn phone(self, phone: &crate::domain::phone::Phone) -> String {
        match phone.e164.as_deref() {
            Some(e164) => self.phone_number(e164),
            None => phone.raw.clone(),
        }
    }

    /// An E.164 number ("+972544900148") in this region's form; any other text as it is.
    pub fn phone_number(self, e164: &str) -> String {
        use phonenumber::Mode;
        if !e164.starts_with('+') {
            return e164.to_string();
        }
        let Ok(number) = phonenumber::parse(None, e164) else {
            return e164.to_string();
        };
        let mode = if number.country().id() == Some(self.region) {
            Mode::National
        } else {
            Mode::International
        };
        number.format().mode(mode).to_string()
    }
}

/// A time of day, 24-hour: "14:30".
pub fn time<Tz: TimeZone>(at: &DateTime<Tz>) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// The date in the user's form: "15/12/2026", "15.12.2026", "2026. 12. 15.".
pub fn date(day: NaiveDate) -> String {
    Locale::current().date(day)
}

/// Date and time: "15.12.2026 14:30".
pub fn date_time<Tz: TimeZone>(at: &DateTime<Tz>) -> String {
    format!("{} {}", date(at.date_naive()), time(at))
}

/// Weekday, date and time: "Tue 15/12/2026 14:30".
pub fn weekday_date_time<Tz: TimeZone>(at: &DateTime<Tz>) -> String {
    let day = at.date_naive();
    format!("{} {}", weekday(day.weekday()), date_time(at))
}

/// A day without its year: "15 Dec", "15 בדצמ׳", "dec. 15.".
pub fn day_month(day: NaiveDate) -> String {
    Locale::current().day_month(day)
}

/// Day, month and year, the month named: "15 Dec 2026", "2026. dec. 15.".
pub fn day_month_year(day: NaiveDate) -> String {
    Locale::current().day_month_year(day)
}

/// Day and month with the time: "15 Dec 14:30".
pub fn day_month_time<Tz: TimeZone>(at: &DateTime<Tz>) -> String {
    format!("{} {}", day_month(at.date_naive()), time(at))
}

/// Weekday, day and month with the time: "Tue 15 Dec 14:30".
pub fn day_time<Tz: TimeZone>(at: &DateTime<Tz>) -> String {
    let day = at.date_naive();
    format!("{} {}", weekday(day.weekday()), day_month_time(at))
}

/// Weekday and the day in full, the month named: "Tue 15 Dec 2026".
pub fn long_date(day: NaiveDate) -> String {
    format!("{} {}", weekday(day.weekday()), day_month_year(day))
}

/// `long_date` with the time: "Tue 15 Dec 2026 14:30".
pub fn long_date_time<Tz: TimeZone>(at: &DateTime<Tz>) -> String {
    format!("{} {}", long_date(at.date_naive()), time(at))
}

/// The weekday's short name: "Mon", "יום ב׳", "H".
pub fn weekday(day: Weekday) -> &'static str {
    Locale::current().weekday(day)
}

/// A grouped whole number: "48,000", "48 000".
pub fn number(value: i64) -> String {
    Locale::current().number(value)
}

/// A count, grouped: "1,204".
pub fn count(value: usize) -> String {
    number(i64::try_from(value).unwrap_or(i64::MAX))
}

/// A number with at most `places` decimals: "12.5", "12,5".
pub fn decimal(value: f64, places: usize) -> String {
    Locale::current().decimal(value, places)
}

/// Whole units with the currency: "₪48,000", "48 000 Ft", "1,200 CHF".
pub fn money(amount: f64, currency: &str) -> String {
    Locale::current().money(amount, currency)
}

/// Minor units exactly with the currency: "₪48,000.50".
pub fn money_minor(minor: i64, currency: &str) -> String {
    Locale::current().money_minor(minor, currency)
}

/// Sums per currency, each with its sign, joined: "₪48,000 + 1 200 000 Ft".
pub fn sums<'a>(sums: impl IntoIterator<Item = (&'a str, f64)>) -> String {
    let shown: Vec<String> = sums
        .into_iter()
        .map(|(currency, amount)| money(amount, currency))
        .collect();
    if shown.is_empty() {
        money(0.0, "")
    } else {
        shown.join(" + ")
    }
}

/// A phone in the user's form: "054-490-0148" at home, "+36 30 123 4567" abroad.
pub fn phone(phone: &crate::domain::phone::Phone) -> String {
    Locale::current().phone(phone)
}

/// A stored E.164 number in the user's form; other text as it is.
pub fn phone_number(e164: &str) -> String {
    Locale::current().phone_number(e164)
}

/// The day the user's calendar week starts on.
pub fn first_weekday() -> Weekday {
    Locale::current().first_weekday()
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
