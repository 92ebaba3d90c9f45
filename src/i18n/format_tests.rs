use super::*;
use crate::domain::phone::Phone;
use chrono::{FixedOffset, TimeZone};

fn locale(lang: Lang, region: Region) -> Locale {
    Locale { lang, region }
}

const EN: Locale = Locale {
    lang: Lang::En,
    region: Region::IL,
};
const US: Locale = Locale {
    lang: Lang::En,
    region: Region::US,
};
const HE: Locale = Locale {
    lang: Lang::He,
    region: Region::IL,
};
const HU: Locale = Locale {
    lang: Lang::Hu,
    region: Region::HU,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn dates_in_each_language() {
    let d = day(2026, 12, 15);
    assert_eq!(HE.date(d), "15.12.2026");
    assert_eq!(HU.date(d), "2026. 12. 15.");
    assert_eq!(EN.date(d), "15/12/2026");
    assert_eq!(US.date(d), "12/15/2026");
    assert_eq!(HE.date(day(2026, 1, 5)), "05.01.2026");
    assert_eq!(HU.date(day(2026, 1, 5)), "2026. 01. 05.");
}

#[test]
fn days_and_months_by_name() {
    let d = day(2026, 12, 15);
    assert_eq!(EN.day_month(d), "15 Dec");
    assert_eq!(US.day_month(d), "Dec 15");
    assert_eq!(HE.day_month(d), "15 בדצמ׳");
    assert_eq!(HU.day_month(d), "dec. 15.");
    assert_eq!(HU.day_month_year(d), "2026. dec. 15.");
    assert_eq!(EN.day_month_year(d), "15 Dec 2026");
    assert_eq!(EN.weekday(d.weekday()), "Tue");
    assert_eq!(HE.weekday(d.weekday()), "יום ג׳");
    assert_eq!(HU.weekday(d.weekday()), "K");
    assert_eq!(HU.month(3), "márc.");
    assert_eq!(HE.month(12), "דצמ׳");
}

#[test]
fn times_are_24_hour_everywhere() {
    let at = FixedOffset::east_opt(2 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, 12, 15, 21, 5, 0)
        .unwrap();
    for lang in Lang::ALL {
        let _speaking = crate::i18n::scoped(lang);
        assert_eq!(time(&at), "21:05");
    }
    let _speaking = crate::i18n::scoped(Lang::Hu);
    assert_eq!(date_time(&at), "2026. 12. 15. 21:05");
    assert_eq!(weekday_date_time(&at), "K 2026. 12. 15. 21:05");
    let _he = crate::i18n::scoped(Lang::He);
    assert_eq!(date_time(&at), "15.12.2026 21:05");
}

#[test]
fn each_language_starts_its_week_on_its_own_day() {
    assert_eq!(HE.first_weekday(), Weekday::Sun);
    assert_eq!(locale(Lang::He, Region::HU).first_weekday(), Weekday::Sun);
    assert_eq!(HU.first_weekday(), Weekday::Mon);
    assert_eq!(US.first_weekday(), Weekday::Sun);
    assert_eq!(EN.first_weekday(), Weekday::Sun, "English in Israel");
    assert_eq!(locale(Lang::En, Region::GB).first_weekday(), Weekday::Mon);
}

#[test]
fn numbers_group_by_language() {
    for (value, en, hu) in [
        (0, "0", "0"),
        (999, "999", "999"),
        (48_000, "48,000", "48\u{a0}000"),
        (-1_500, "-1,500", "-1\u{a0}500"),
        (1_250_000, "1,250,000", "1\u{a0}250\u{a0}000"),
        (
            i64::MIN,
            "-9,223,372,036,854,775,808",
            "-9\u{a0}223\u{a0}372\u{a0}036\u{a0}854\u{a0}775\u{a0}808",
        ),
    ] {
        assert_eq!(EN.number(value), en);
        assert_eq!(HE.number(value), en);
        assert_eq!(HU.number(value), hu);
    }
    assert_eq!(EN.decimal(12.5, 2), "12.5");
    assert_eq!(HU.decimal(12.5, 2), "12,5");
    assert_eq!(HU.decimal(1234.25, 2), "1\u{a0}234,25");
    assert_eq!(EN.decimal(-0.004, 2), "0");
    assert_eq!(EN.decimal(-2.5, 1), "-2.5");
    assert_eq!(EN.decimal(f64::NAN, 2), "—");
}

#[test]
fn money_carries_its_currency() {
    let cases = [
        // amount, currency, en/he, hu
        (48_000.0, "ILS", "₪48,000", "48\u{a0}000\u{a0}₪"),
        (48_000.0, "HUF", "48,000\u{a0}HUF", "48\u{a0}000\u{a0}Ft"),
        (1_200.0, "EUR", "€1,200", "1\u{a0}200\u{a0}€"),
        (1_200.0, "USD", "$1,200", "1\u{a0}200\u{a0}$"),
        (1_200.0, "GBP", "£1,200", "1\u{a0}200\u{a0}£"),
        (1_200.0, "CHF", "1,200\u{a0}CHF", "1\u{a0}200\u{a0}CHF"),
        (0.0, "ILS", "₪0", "0\u{a0}₪"),
        (-1_500.4, "ILS", "-₪1,500", "-1\u{a0}500\u{a0}₪"),
        (-1_500.0, "HUF", "-1,500\u{a0}HUF", "-1\u{a0}500\u{a0}Ft"),
        (
            999_999_999_999_999.0,
            "EUR",
            "€999,999,999,999,999",
            "999\u{a0}999\u{a0}999\u{a0}999\u{a0}999\u{a0}€",
        ),
    ];
    for (amount, currency, en, hu) in cases {
        assert_eq!(EN.money(amount, currency), en, "{amount} {currency}");
        assert_eq!(HE.money(amount, currency), en, "{amount} {currency}");
        assert_eq!(HU.money(amount, currency), hu, "{amount} {currency}");
    }
    assert_eq!(EN.money(f64::INFINITY, "ILS"), "₪0");
}

#[test]
fn exact_amounts_show_cents_only_when_there_are_some() {
    assert_eq!(EN.money_minor(4_800_000, "ILS"), "₪48,000");
    assert_eq!(EN.money_minor(4_800_050, "ILS"), "₪48,000.50");
    assert_eq!(HU.money_minor(4_800_050, "HUF"), "48\u{a0}000,50\u{a0}Ft");
    assert_eq!(EN.money_minor(-5, "EUR"), "-€0.05");
    assert_eq!(HU.money_minor(0, "EUR"), "0\u{a0}€");
    assert_eq!(
        EN.money_minor(i64::MIN, "USD"),
        "-$92,233,720,368,547,758.08"
    );
}

#[test]
fn sums_in_several_currencies_stay_apart() {
    let _speaking = crate::i18n::scoped(Lang::En);
    assert_eq!(
        sums([("ILS", 48_000.0), ("HUF", 1_200_000.0)]),
        "₪48,000 + 1,200,000\u{a0}HUF"
    );
}

#[test]
fn phones_national_at_home_international_abroad() {
    let il = Phone::parse("054-490-0148", Region::IL);
    let hu = Phone::parse("+36 30 123 4567", Region::IL);
    assert_eq!(HE.phone(&il), "054-490-0148");
    assert_eq!(HE.phone(&hu), "+36 30 123 4567");
    assert_eq!(HU.phone(&hu), "06 30 123 4567");
    assert_eq!(HU.phone(&il), "+972 54-490-0148");
    let unread = Phone::parse("call the office", Region::IL);
    assert_eq!(HE.phone(&unread), "call the office");
}

#[test]
fn search_finds_a_phone_by_either_form_it_is_shown_in() {
    use crate::domain::phone::query_digits;
    for (typed, region) in [
        ("054-490-0148", Region::IL),
        ("+36 30 123 4567", Region::HU),
    ] {
        let phone = Phone::parse(typed, region);
        let stored = phone.search_digits();
        for locale in [HE, HU, EN, US] {
            let shown = locale.phone(&phone);
            let query = query_digits(&shown, locale.region).unwrap();
            assert!(stored.contains(&query), "{shown} → {query} in {stored}");
        }
        // E.164 as JSON gives it, and a part of the national form, find it too.
        let e164 = phone.e164.clone().unwrap();
        assert!(stored.contains(&query_digits(&e164, Region::IL).unwrap()));
    }
    let part = query_digits("054-490", Region::IL).unwrap();
    assert!(
        Phone::parse("054-490-0148", Region::IL)
            .search_digits()
            .contains(&part)
    );
}
