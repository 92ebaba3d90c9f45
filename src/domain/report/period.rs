//! The period a report covers: a calendar week, month, quarter or year in the
//! user's time zone, or dates given, and the period before it to compare against.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, TimeZone, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodKind {
    Week,
    Month,
    Quarter,
    Year,
}

impl std::str::FromStr for PeriodKind {
    type Err = String;
    fn from_str(word: &str) -> Result<PeriodKind, String> {
        match word.trim().to_ascii_lowercase().as_str() {
            "week" => Ok(PeriodKind::Week),
            "month" => Ok(PeriodKind::Month),
            "quarter" => Ok(PeriodKind::Quarter),
            "year" => Ok(PeriodKind::Year),
            other => Err(format!(
                "\"{other}\" is not a period; use week, month, quarter or year"
            )),
        }
    }
}

/// Whole local days, `first` to `last` inclusive, and the instants they span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The calendar unit it is, when it is one; dates typed give None.
    pub kind: Option<PeriodKind>,
}

impl Period {
    /// The calendar week (starting on the user's first weekday: Sunday in Hebrew,
    /// Monday in Hungarian, by region in English), month, quarter or year holding `today`.
    pub fn containing(kind: PeriodKind, today: NaiveDate) -> Period {
        let first = match kind {
            PeriodKind::Week => {
                let first = crate::i18n::format::first_weekday().num_days_from_monday();
                let since = (7 + today.weekday().num_days_from_monday() - first) % 7;
                today - Days::new(u64::from(since))
            }
            PeriodKind::Month => today.with_day(1).unwrap_or(today),
            PeriodKind::Quarter => {
                let month = (today.month0() / 3) * 3 + 1;
                NaiveDate::from_ymd_opt(today.year(), month, 1).unwrap_or(today)
            }
            PeriodKind::Year => NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today),
        };
        let last = next_start(kind, first).pred_opt().unwrap_or(first);
        Period {
            first,
            last,
            kind: Some(kind),
        }
    }

    /// The days typed, `first` to `last` inclusive; refused when they run backwards.
    pub fn between(first: NaiveDate, last: NaiveDate) -> Result<Period, String> {
        if last < first {
            return Err(format!("--to {last} is before --from {first}"));
        }
        Ok(Period {
            first,
            last,
            kind: None,
        })
    }

    /// The period just before: the calendar unit before, or as many days before.
    pub fn previous(&self) -> Period {
        match self.kind {
            Some(kind) => Period::containing(kind, self.first.pred_opt().unwrap_or(self.first)),
            None => {
                let days = self.days();
                let last = self.first.pred_opt().unwrap_or(self.first);
                Period {
                    first: last - Days::new(days - 1),
                    last,
                    kind: None,
                }
            }
        }
    }

    pub fn days(&self) -> u64 {
        (self.last - self.first).num_days().unsigned_abs() + 1
    }

    /// The instants the days span in `zone`: from the first day's start, up to and
    /// not including the start of the day after the last.
    pub fn span<Tz: TimeZone>(&self, zone: &Tz) -> (DateTime<Utc>, DateTime<Utc>) {
        let start = |day: NaiveDate| {
            let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
            zone.from_local_datetime(&midnight)
                .earliest()
                .map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&Utc))
        };
        let after = self.last.succ_opt().unwrap_or(self.last);
        (start(self.first), start(after))
    }

    /// The share of the period gone by `today` (the whole day counted), 0 to 1.
    pub fn elapsed_share(&self, today: NaiveDate) -> f64 {
        if today < self.first {
            return 0.0;
        }
        if today > self.last {
            return 1.0;
        }
        ((today - self.first).num_days() + 1) as f64 / self.days() as f64
    }

    /// "2026-11" for a month, "2026-Q4", "2026", "week of 2026-11-30", or the dates.
    pub fn label(&self) -> String {
        match self.kind {
            Some(PeriodKind::Month) => self.first.format("%Y-%m").to_string(),
            Some(PeriodKind::Quarter) => {
                format!("{}-Q{}", self.first.year(), self.first.month0() / 3 + 1)
            }
            Some(PeriodKind::Year) => self.first.year().to_string(),
            Some(PeriodKind::Week) => format!("week of {}", self.first),
            None if self.first == self.last => self.first.to_string(),
            None => format!("{} to {}", self.first, self.last),
        }
    }
}

fn next_start(kind: PeriodKind, first: NaiveDate) -> NaiveDate {
    let later = match kind {
        PeriodKind::Week => first.checked_add_days(Days::new(7)),
        PeriodKind::Month => first.checked_add_months(Months::new(1)),
        PeriodKind::Quarter => first.checked_add_months(Months::new(3)),
        PeriodKind::Year => first.checked_add_months(Months::new(12)),
    };
    later.unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use chrono::FixedOffset;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn calendar_periods_hold_the_day_and_end_on_their_last_day() {
        let today = day(2026, 12, 1);
        let month = Period::containing(PeriodKind::Month, today);
        assert_eq!(
            (month.first, month.last),
            (day(2026, 12, 1), day(2026, 12, 31))
        );
        let quarter = Period::containing(PeriodKind::Quarter, today);
        assert_eq!(
            (quarter.first, quarter.last),
            (day(2026, 10, 1), day(2026, 12, 31))
        );
        assert_eq!(quarter.label(), "2026-Q4");
        let week = |lang| {
            let _speaking = crate::i18n::scoped(lang);
            let week = Period::containing(PeriodKind::Week, today);
            (week.first, week.last)
        };
        // Hungarian weeks start on Monday, Hebrew ones on Sunday.
        let (monday, sunday) = (day(2026, 11, 30), day(2026, 11, 29));
        assert_eq!(week(Lang::Hu), (monday, day(2026, 12, 6)));
        assert_eq!(week(Lang::He), (sunday, day(2026, 12, 5)));
        let year = Period::containing(PeriodKind::Year, today);
        assert_eq!(year.days(), 365);
    }

    #[test]
    fn the_previous_period_is_the_unit_before_or_as_many_days_before() {
        let march = Period::containing(PeriodKind::Month, day(2028, 3, 15));
        let february = march.previous();
        assert_eq!(
            (february.first, february.last),
            (day(2028, 2, 1), day(2028, 2, 29))
        );
        let typed = Period::between(day(2026, 11, 10), day(2026, 11, 19)).unwrap();
        let before = typed.previous();
        assert_eq!(
            (before.first, before.last),
            (day(2026, 10, 31), day(2026, 11, 9))
        );
        assert!(Period::between(day(2026, 2, 2), day(2026, 2, 1)).is_err());
    }

    #[test]
    fn the_span_starts_at_local_midnight() {
        let budapest = FixedOffset::east_opt(3600).unwrap();
        let period = Period::between(day(2026, 12, 1), day(2026, 12, 1)).unwrap();
        let (from, to) = period.span(&budapest);
        assert_eq!(from.to_rfc3339(), "2026-11-30T23:00:00+00:00");
        assert_eq!(to.to_rfc3339(), "2026-12-01T23:00:00+00:00");
    }

    #[test]
    fn the_share_gone_counts_today_whole() {
        let month = Period::containing(PeriodKind::Month, day(2026, 11, 15));
        assert!((month.elapsed_share(day(2026, 11, 15)) - 0.5).abs() < 1e-9);
        assert_eq!(month.elapsed_share(day(2026, 12, 2)), 1.0);
        assert_eq!(month.elapsed_share(day(2026, 10, 2)), 0.0);
    }
}
