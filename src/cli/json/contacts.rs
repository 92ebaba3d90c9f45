//! What the contact commands print: add, edit, delete, search, show, score,
//! triage, export, and the overview without a command.

use super::records::{AccountJson, ContactJson, DealJson, InteractionJson, TaskJson};
use crate::domain::contact::Lifecycle;
use crate::domain::scoring::{RuleHit, Temperature};
use crate::store::MatchedOn;
use schemars::JsonSchema;
use serde::Serialize;
use std::path::PathBuf;

/// `leadometer --json` without a command.
#[derive(Debug, Serialize, JsonSchema)]
pub struct OverviewJson {
    pub database: String,
    pub contacts: i64,
}

/// `add` and `edit`: the contact as saved.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SavedContactJson {
    #[serde(flatten)]
    pub contact: ContactJson,
    /// `add` only: false when the phone or email was already a contact's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<bool>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DeletedJson {
    pub deleted: String,
    pub name: String,
}

/// One hit of `search`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SearchHitJson {
    #[serde(flatten)]
    pub contact: ContactJson,
    pub matched_on: MatchedOn,
    pub exact: bool,
}

/// `show`, and each contact of `export --format json`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct WholeContactJson {
    pub contact: ContactJson,
    pub accounts: Vec<AccountJson>,
    pub deals: Vec<DealJson>,
    pub tasks: Vec<TaskJson>,
    pub timeline: Vec<InteractionJson>,
}

/// `export --format json` without `--out`: the whole file on stdout.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportJson {
    pub contacts: Vec<WholeContactJson>,
}

/// `export --out FILE --json`: where it went and how many.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportedJson {
    pub path: PathBuf,
    pub contacts: usize,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ScoreJson {
    pub contact_id: String,
    pub name: String,
    pub total: i64,
    pub temperature: Temperature,
    pub lifecycle: Lifecycle,
    pub thresholds: ThresholdsJson,
    pub rules: Vec<RuleHit>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ThresholdsJson {
    pub mql_at: i64,
    pub sql_at: i64,
    pub warm: i64,
    pub hot: i64,
}

/// `triage`: the contact as decided, with its deals.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TriagedJson {
    #[serde(flatten)]
    pub contact: ContactJson,
    /// Only for `nurture`.
    #[serde(flatten)]
    pub nurture: Option<NurtureJson>,
    pub deals: Vec<DealJson>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct NurtureJson {
    pub nurture_reason: Option<String>,
    /// The follow-up made to come back to the lead, if one was asked for.
    pub task: Option<TaskJson>,
}
