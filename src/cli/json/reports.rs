//! What `report --json` prints: one object per kind of report, named by its
//! `report` field, and with `--compare` the period before under `previous`.

use crate::domain::report::{Funnel, PipelineReport, Speed};
use crate::store::{Reasons, SourceLine, Split, TargetReport};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Serialize, JsonSchema)]
pub struct ReportJson {
    #[serde(flatten)]
    pub report: OneReport,
    /// With `--compare`: the same report over the period before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<OneReport>,
}

/// The period a report covers: its label and its first and last days (`2026-11-01`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PeriodJson {
    pub label: String,
    pub first_day: String,
    pub last_day: String,
}

type Groups<T> = Vec<crate::domain::report::split::Group<T>>;

#[derive(Debug, Serialize, JsonSchema)]
#[serde(tag = "report", rename_all = "snake_case")]
pub enum OneReport {
    Pipeline {
        period: PeriodJson,
        by: Option<String>,
        #[serde(flatten)]
        split: Split<PipelineReport>,
    },
    Targets {
        targets: Vec<TargetReport>,
    },
    Sources {
        period: PeriodJson,
        by: String,
        groups: Vec<SourceLine>,
    },
    Reasons {
        period: PeriodJson,
        by: Option<String>,
        #[serde(flatten)]
        reasons: Reasons,
    },
    Funnel {
        period: PeriodJson,
        by: Option<String>,
        #[serde(flatten)]
        split: Split<Funnel>,
    },
    Speed {
        period: PeriodJson,
        by: String,
        #[serde(flatten)]
        split: Split<Speed>,
        by_owner: Option<Groups<Speed>>,
    },
}
