//! What the commands about the file print: gen, rescore, backup, restore, check.

use crate::store::RescoreSummary;
use schemars::JsonSchema;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Serialize, JsonSchema)]
pub struct GeneratedJson {
    pub contacts: usize,
    pub interactions: usize,
    pub deals: usize,
    pub tasks: usize,
    pub seconds: f64,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct RescoredJson {
    #[serde(flatten)]
    pub summary: RescoreSummary,
    pub seconds: f64,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct BackupJson {
    pub path: PathBuf,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct RestoredJson {
    pub restored: PathBuf,
    /// Where the content the backup replaced was kept.
    pub kept_aside: PathBuf,
    pub left_out: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct CheckJson {
    pub ok: bool,
    pub problems: Vec<String>,
}
