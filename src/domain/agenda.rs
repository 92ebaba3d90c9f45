//! The day's agenda: which group a follow-up falls in (overdue, today, this week,
//! later), from `now` and the local day boundaries; no clock is read here.
//!
//! "This week" ends where the user's next week starts: Sunday in Hebrew (and in
//! English in Israel, the US and the other Sunday-first regions), Monday in
//! Hungarian and elsewhere (`i18n::format::first_weekday`).

use crate::domain::Task;
use chrono::{DateTime, Datelike, Days, Duration, Local, NaiveDate, NaiveTime, TimeZone, Utc};

/// Where a follow-up stands; the order is the agenda's, earliest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// Due before now.
    Overdue,
    /// Due from now to the end of the local day.
    Today,
    /// Due from tomorrow to the end of the local week (its last day by language and region).
    ThisWeek,
    /// Due after this week.
    Later,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::Overdue, Group::Today, Group::ThisWeek, Group::Later];

    /// The heading of the group in a list.
    pub fn heading(self) -> &'static str {
        match self {
            Group::Overdue => "OVERDUE",
            Group::Today => "TODAY",
            Group::ThisWeek => "THIS WEEK",
            Group::Later => "LATER",
        }
    }

    /// The heading in the user's language (`heading` is the command line's).
    pub fn shown(self) -> String {
        match self {
            Group::Overdue => crate::t!("group-overdue"),
            Group::Today => crate::t!("group-today"),
            Group::ThisWeek => crate::t!("group-this-week"),
            Group::Later => crate::t!("group-later"),
        }
    }

    /// The group's name in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Overdue => "overdue",
            Group::Today => "today",
            Group::ThisWeek => "this_week",
            Group::Later => "later",
        }
    }
}

/// The instants that split the agenda into its groups, in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    pub now: DateTime<Utc>,
    /// The start of tomorrow, local time.
    pub today_ends: DateTime<Utc>,
    /// The start of the coming week (Sunday or Monday by language and region), local time.
    pub week_ends: DateTime<Utc>,
}

impl Bounds {
    /// The boundaries around `now` in `now`'s time zone; always
    /// `now <= today_ends <= week_ends`, even at the ends of chrono's range.
    pub fn at<Tz: TimeZone>(now: DateTime<Tz>) -> Bounds {
        let tz = now.timezone();
        let today = now.date_naive();
        let utc = now.with_timezone(&Utc);
        let a_day_on = |from: DateTime<Utc>, days: i64| {
            from.checked_add_signed(Duration::days(days))
                .unwrap_or(DateTime::<Utc>::MAX_UTC)
        };
        let start_of = |days: u64| {
            today
                .checked_add_days(Days::new(days))
                .and_then(|day| start_of_day(&tz, day))
        };
        let today_ends = start_of(1).unwrap_or_else(|| a_day_on(utc, 1)).max(utc);
        let first = crate::i18n::format::first_weekday();
        let since_start =
            (7 + today.weekday().num_days_from_monday() - first.num_days_from_monday()) % 7;
        let to_next_week = 7 - u64::from(since_start);
        let week_ends = start_of(to_next_week)
            .unwrap_or_else(|| a_day_on(today_ends, 7))
            .max(today_ends);
        Bounds {
            now: utc,
            today_ends,
            week_ends,
        }
    }

    /// The boundaries around `now` on this machine's clock face.
    pub fn local(now: DateTime<Utc>) -> Bounds {
        Bounds::at(now.with_timezone(&Local))
    }

    /// The one group `due` falls in.
    pub fn group(&self, due: DateTime<Utc>) -> Group {
        if due < self.now {
            Group::Overdue
        } else if due < self.today_ends {
            Group::Today
        } else if due < self.week_ends {
            Group::ThisWeek
        } else {
            Group::Later
        }
    }

    /// Where `group` ends: what is due before it falls in this group or an
    /// earlier one. `None` for the last group, which has no end.
    pub fn end_of(&self, group: Group) -> Option<DateTime<Utc>> {
        match group {
            Group::Overdue => Some(self.now),
            Group::Today => Some(self.today_ends),
            Group::ThisWeek => Some(self.week_ends),
            Group::Later => None,
        }
    }
}

/// The first instant of `day` in `tz`: midnight, or the first minute after a
/// clock change that skipped it.
fn start_of_day<Tz: TimeZone>(tz: &Tz, day: NaiveDate) -> Option<DateTime<Utc>> {
    let midnight = day.and_time(NaiveTime::MIN);
    (0..=24 * 4).find_map(|quarter| {
        let at = midnight.checked_add_signed(Duration::minutes(15 * quarter))?;
        tz.from_local_datetime(&at)
            .earliest()
            .map(|at| at.with_timezone(&Utc))
    })
}

/// One open follow-up on the agenda, with whom it is for.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaEntry {
    pub group: Group,
    pub task: Task,
    pub contact_name: String,
}

/// The times the desk offers to snooze a follow-up to: in an hour, tomorrow at
/// 09:00 and next Monday at 09:00, local time.
pub fn snooze_choices<Tz: TimeZone>(now: DateTime<Tz>) -> Vec<(&'static str, DateTime<Utc>)> {
    let tz = now.timezone();
    let utc = now.with_timezone(&Utc);
    let today = now.date_naive();
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN);
    let morning = |days: u64| {
        let day = today.checked_add_days(Days::new(days))?;
        tz.from_local_datetime(&day.and_time(nine))
            .earliest()
            .map(|at| at.with_timezone(&Utc))
    };
    let to_monday = 7 - u64::from(today.weekday().num_days_from_monday());
    [
        ("in an hour", utc.checked_add_signed(Duration::hours(1))),
        ("tomorrow morning", morning(1)),
        ("next week", morning(to_monday)),
    ]
    .into_iter()
    .filter_map(|(label, at)| Some((label, at?)))
    .collect()
}

#[cfg(test)]
#[path = "agenda_tests.rs"]
mod tests;
