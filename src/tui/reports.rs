//! The Reports screen: the six reports of `leadometer report` over a period, drawn
//! as charts. ←/→ pick the report, `p` the kind of period, `[`/`]` step to the one
//! before or after, `b` the split. The report is read when asked for and when the
//! screen comes back into view, never on a keystroke that does not change it.

use super::app::{Action, Effect, State, Tab};
use super::contacts::{for_screen, move_step};
use crate::domain::report::{Funnel, GroupBy, Period, PeriodKind, PipelineReport, Speed};
use crate::store::{Reasons, SourceLine, Split, Store, TargetReport};
use chrono::{DateTime, Days, FixedOffset, NaiveDate, Utc};

/// The reports, in the order ←/→ go through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportPage {
    #[default]
    Funnel,
    Speed,
    Pipeline,
    Targets,
    Sources,
    Reasons,
}

impl ReportPage {
    pub const ALL: [ReportPage; 6] = [
        ReportPage::Funnel,
        ReportPage::Speed,
        ReportPage::Pipeline,
        ReportPage::Targets,
        ReportPage::Sources,
        ReportPage::Reasons,
    ];

    pub fn title(self) -> String {
        match self {
            ReportPage::Funnel => crate::t!("report-funnel"),
            ReportPage::Speed => crate::t!("report-speed"),
            ReportPage::Pipeline => crate::t!("report-pipeline"),
            ReportPage::Targets => crate::t!("report-targets"),
            ReportPage::Sources => crate::t!("report-sources"),
            ReportPage::Reasons => crate::t!("report-reasons"),
        }
    }

    fn step(self, forward: bool) -> ReportPage {
        let at = Self::ALL.iter().position(|p| *p == self).unwrap_or(0);
        let len = Self::ALL.len();
        Self::ALL[if forward { at + 1 } else { at + len - 1 } % len]
    }
}

/// The kinds of period `p` goes through: the last 30 days, then the calendar's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Span {
    #[default]
    Last30Days,
    Calendar(PeriodKind),
}

impl Span {
    const ORDER: [Span; 5] = [
        Span::Last30Days,
        Span::Calendar(PeriodKind::Week),
        Span::Calendar(PeriodKind::Month),
        Span::Calendar(PeriodKind::Quarter),
        Span::Calendar(PeriodKind::Year),
    ];

    fn next(self) -> Span {
        let at = Self::ORDER.iter().position(|s| *s == self).unwrap_or(0);
        Self::ORDER[(at + 1) % Self::ORDER.len()]
    }
}

/// The splits `b` goes through; None is the whole only.
const SPLITS: [Option<GroupBy>; 5] = [
    None,
    Some(GroupBy::Source),
    Some(GroupBy::Campaign),
    Some(GroupBy::Owner),
    Some(GroupBy::Origin),
];

/// Far enough back for any file: ten years of weeks, 43 of 30 days.
const FURTHEST_BACK: u32 = 520;

pub const LATEST_PERIOD: &str = "This is the latest period: [ goes back.";
pub const TARGETS_NOT_SPLIT: &str = "The targets are not split: each target names its own source.";

/// What the screen shows: which report, over which period, split how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReportRequest {
    pub page: ReportPage,
    pub span: Span,
    /// How many periods before the current one.
    pub back: u32,
    pub by: Option<GroupBy>,
}

impl ReportRequest {
    pub fn period(&self, today: NaiveDate) -> Period {
        let mut period = match self.span {
            Span::Last30Days => Period {
                first: today.checked_sub_days(Days::new(29)).unwrap_or(today),
                last: today,
                kind: None,
            },
            Span::Calendar(kind) => Period::containing(kind, today),
        };
        for _ in 0..self.back.min(FURTHEST_BACK) {
            period = period.previous();
        }
        period
    }

    /// "the last 30 days: 2026-11-02 to 2026-12-01", "2026-11: 2026-11-01 to 2026-11-30".
    pub fn describe(&self, period: &Period) -> String {
        let name = match (self.span, self.back) {
            (Span::Last30Days, 0) => crate::t!("report-last-30-days"),
            (Span::Last30Days, _) => crate::t!("report-30-days"),
            (Span::Calendar(_), _) => crate::domain::report::words::period_name(period),
        };
        let date = crate::i18n::format::date;
        crate::t!(
            "report-period",
            name = name,
            from = date(period.first),
            to = date(period.last)
        )
    }
}

/// A report as read, for the request it answers.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportView {
    pub request: ReportRequest,
    pub period: Period,
    pub today: NaiveDate,
    /// The desk's time zone, the days are counted in.
    pub zone: FixedOffset,
    /// The file's currency, the amounts are in.
    pub currency: String,
    pub data: ReportData,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ReportData {
    /// The funnel, and when each of its leads came in (for the sparkline).
    Funnel(Box<Split<Funnel>>, Vec<DateTime<Utc>>),
    /// By the split asked for, or by source and by owner.
    Speed(Vec<Split<Speed>>),
    Pipeline(Box<Split<PipelineReport>>),
    Targets(Vec<TargetReport>),
    Sources(Vec<SourceLine>, GroupBy),
    Reasons(Box<Reasons>),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportsScreen {
    pub request: ReportRequest,
    pub view: Option<ReportView>,
    /// Lines scrolled past at the top.
    pub scroll: usize,
    asked: Option<ReportRequest>,
    /// The screen was on show at the last update: coming back reads it again.
    on_show: bool,
}

impl ReportsScreen {
    /// The report read for what is asked now (not one read for an earlier request).
    pub fn shown(&self) -> Option<&ReportView> {
        self.view.as_ref().filter(|v| v.request == self.request)
    }
}

/// The screen's keys and its report arriving; None for the rest.
pub(crate) fn update(state: &mut State, action: &Action) -> Option<Vec<Effect>> {
    if let Action::ReportLoaded(view) = action {
        let screen = &mut state.reports;
        if screen.asked == Some(view.request) {
            screen.asked = None;
        }
        screen.view = Some(view.as_ref().clone());
        return Some(Vec::new());
    }
    let owns = matches!(
        action,
        Action::Left
            | Action::Right
            | Action::CyclePeriod
            | Action::EarlierPeriod
            | Action::LaterPeriod
            | Action::CycleSplit
    );
    if !for_screen(state, Tab::Reports, action, owns)? {
        return Some(Vec::new());
    }
    let screen = &mut state.reports;
    let request = &mut screen.request;
    if let Some(step) = move_step(action) {
        // Section by section, the last always in view.
        let sections = screen
            .shown()
            .map_or(0, |v| super::report_sections::sections(v).len());
        screen.scroll = screen
            .scroll
            .saturating_add_signed(step as isize)
            .min(sections.saturating_sub(1));
        return Some(Vec::new());
    }
    match action {
        Action::Left | Action::Right => {
            request.page = request.page.step(*action == Action::Right);
        }
        Action::CyclePeriod => {
            request.span = request.span.next();
            request.back = 0;
        }
        Action::EarlierPeriod => request.back = (request.back + 1).min(FURTHEST_BACK),
        Action::LaterPeriod if request.back == 0 => {
            state.message = Some(LATEST_PERIOD.into());
            return Some(Vec::new());
        }
        Action::LaterPeriod => request.back -= 1,
        Action::CycleSplit if request.page == ReportPage::Targets => {
            state.message = Some(TARGETS_NOT_SPLIT.into());
            return Some(Vec::new());
        }
        Action::CycleSplit => {
            // Sources are always split: by source when no split is asked for.
            let sources = request.page == ReportPage::Sources;
            let by = match request.by {
                None if sources => Some(GroupBy::Source),
                by => by,
            };
            let at = SPLITS.iter().position(|s| *s == by).unwrap_or(0);
            request.by = match SPLITS[(at + 1) % SPLITS.len()] {
                None if sources => Some(GroupBy::Source),
                next => next,
            };
        }
        _ => {}
    }
    screen.scroll = 0;
    // What was said about the report before (the latest period…) is past.
    state.message = None;
    Some(Vec::new())
}

/// The report the screen needs: on arriving (what changed elsewhere shows), and
/// whenever the request changes.
pub(crate) fn wanted(state: &mut State) -> Vec<Effect> {
    let screen = &mut state.reports;
    let arrived = state.tab == Tab::Reports && !screen.on_show;
    screen.on_show = state.tab == Tab::Reports;
    if !screen.on_show {
        return Vec::new();
    }
    let request = screen.request;
    let stale = screen.shown().is_none() && screen.asked != Some(request);
    if arrived || stale {
        screen.asked = Some(request);
        return vec![Effect::LoadReport(request)];
    }
    Vec::new()
}

/// The report read again after a save, while it is on show.
pub(crate) fn reloads(state: &State) -> Vec<Effect> {
    if state.tab != Tab::Reports || state.reports.view.is_none() {
        return Vec::new();
    }
    vec![Effect::LoadReport(state.reports.request)]
}

/// Reads the report asked for, over its period in the desk's time zone.
pub(crate) fn load(
    store: &Store,
    state: &State,
    request: ReportRequest,
    now: DateTime<Utc>,
) -> Action {
    match read(store, state, request, now) {
        Ok(view) => Action::ReportLoaded(Box::new(view)),
        Err(e) => Action::Failed(e.to_string()),
    }
}

fn read(
    store: &Store,
    state: &State,
    request: ReportRequest,
    now: DateTime<Utc>,
) -> crate::store::Result<ReportView> {
    let zone = state.tz;
    let today = now.with_timezone(&zone).date_naive();
    let period = request.period(today);
    let span = period.span(&zone);
    let config = store.config();
    let by = request.by;
    let data = match request.page {
        ReportPage::Funnel => ReportData::Funnel(
            Box::new(store.funnel_report(span.0, span.1, by)?),
            store.creation_times(span.0, span.1)?,
        ),
        ReportPage::Speed => {
            let splits = match by {
                Some(by) => vec![by],
                None => vec![GroupBy::Source, GroupBy::Owner],
            };
            ReportData::Speed(store.speed_report(span, &splits, &config.sla, now)?)
        }
        ReportPage::Pipeline => ReportData::Pipeline(Box::new(store.pipeline_report(
            span,
            by,
            &config.pipeline(),
            now,
            today,
        )?)),
        ReportPage::Targets => {
            let day = period.last.min(today);
            ReportData::Targets(store.targets_report(&config.targets, (day, today), &zone)?)
        }
        ReportPage::Sources => {
            let by = by.unwrap_or(GroupBy::Source);
            ReportData::Sources(store.sources_report(&period, span, by, &config.costs)?, by)
        }
        ReportPage::Reasons => ReportData::Reasons(Box::new(store.reasons_report(span, by)?)),
    };
    Ok(ReportView {
        request,
        period,
        today,
        zone,
        currency: store.currency().to_string(),
        data,
    })
}

#[cfg(test)]
#[path = "reports_tests.rs"]
mod tests;
