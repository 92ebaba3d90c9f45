//! Reports: pure computations over what the store reads for a period. Nothing here
//! reads the file or the clock; the period and "now" are passed in.

pub mod funnel;
pub mod goals;
pub mod period;
pub mod pipeline;
pub mod speed;
pub mod split;
pub mod stats;
pub mod tables;
pub mod words;

pub use funnel::{Basis, Funnel, Journey, LADDER, StageRow};
pub use goals::{Goal, SourceLine, TargetReport};
pub use period::{Period, PeriodKind};
pub use pipeline::{PipelineReport, reasons};
pub use speed::{Speed, Wait};
pub use split::{Group, Reasons, Split};
pub use stats::{Histogram, duration_label, median, minutes_label, percentile, total};

/// What a report is split by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Source,
    Campaign,
    Owner,
    /// Inbound ("pull") against outbound ("push").
    Origin,
}

impl GroupBy {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Source => "source",
            GroupBy::Campaign => "campaign",
            GroupBy::Owner => "owner",
            GroupBy::Origin => "origin",
        }
    }
}

impl std::str::FromStr for GroupBy {
    type Err = String;
    fn from_str(word: &str) -> Result<GroupBy, String> {
        match word.trim().to_ascii_lowercase().as_str() {
            "source" => Ok(GroupBy::Source),
            "campaign" => Ok(GroupBy::Campaign),
            "owner" => Ok(GroupBy::Owner),
            "origin" => Ok(GroupBy::Origin),
            other => Err(format!(
                "\"{other}\" cannot split a report; use source, campaign, owner or origin"
            )),
        }
    }
}
