//! What every `--json` output looks like, as types: each command builds one of these
//! and prints it with `output::print_json`, and `leadometer schema` prints their JSON
//! Schemas from the same types, so the documentation cannot drift from the output.
//! Times are written by `crate::domain::timestamp`, in one form everywhere.

pub mod contacts;
pub mod file;
pub mod records;
pub mod reports;
pub mod server;
pub mod work;

use schemars::{JsonSchema, Schema};

/// One `--json` output: the command path that prints it, and its schema.
pub struct Output {
    pub name: &'static str,
    pub schema: fn() -> Schema,
}

/// The schema of what `T` serializes to (not of what it would read back): a field
/// skipped when empty is optional, every other field required, `null` or not.
fn schema_of<T: JsonSchema>() -> Schema {
    schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<T>()
}

macro_rules! outputs {
    ($($name:literal => $ty:ty,)*) => {
        /// Every `--json` output, by the command that prints it.
        pub const OUTPUTS: &[Output] = &[$(Output { name: $name, schema: schema_of::<$ty> },)*];
    };
}

use crate::domain::campaign::Campaign;
use crate::import::ImportReport;
use crate::store::{CampaignSummary, InboxItem, MergeReport};
use contacts::*;
use file::*;
use records::{DealJson, InteractionJson, TaskJson};
use work::*;

outputs! {
    "overview" => OverviewJson,
    "add" => SavedContactJson,
    "edit" => SavedContactJson,
    "delete" => DeletedJson,
    "search" => Vec<SearchHitJson>,
    "show" => WholeContactJson,
    "score" => ScoreJson,
    "triage" => TriagedJson,
    "log" => InteractionJson,
    "log edit" => InteractionJson,
    "log rm" => InteractionJson,
    "log versions" => Vec<InteractionJson>,
    "deal add" => DealJson,
    "deal edit" => DealJson,
    "deal move" => DealJson,
    "deal won" => DealJson,
    "deal lost" => DealJson,
    "deal rm" => DealJson,
    "deal list" => DealListJson,
    "task add" => TaskJson,
    "task done" => TaskJson,
    "task snooze" => TaskJson,
    "task list" => Vec<AgendaItemJson>,
    "template list" => Vec<TemplateJson>,
    "template show" => TemplateJson,
    "template add" => TemplateJson,
    "template edit" => TemplateJson,
    "template rm" => TemplateJson,
    "send" => SentJson,
    "sent" => InteractionJson,
    "campaign list" => Vec<CampaignSummary>,
    "campaign show" => CampaignShowJson,
    "campaign add" => CampaignSummary,
    "campaign edit" => CampaignSummary,
    "campaign rm" => Campaign,
    "campaign done" => CampaignTickJson,
    "inbox" => Vec<InboxItem>,
    "report" => reports::ReportJson,
    "rescore" => RescoredJson,
    "gen" => GeneratedJson,
    "import" => ImportReport,
    "export" => ExportJson,
    "export --out" => ExportedJson,
    "backup" => BackupJson,
    "restore" => RestoredJson,
    "check" => CheckJson,
    "merge" => MergeReport,
    "sync" => server::SyncJson,
    "server init" => server::ServerInitJson,
    "server status" => crate::server::ServerStatus,
    "server invite" => crate::server::Invited,
    "server compact" => crate::server::Compacted,
}

/// The output printed by the command `name` ("deal list"), if it prints one.
pub fn output(name: &str) -> Option<&'static Output> {
    OUTPUTS.iter().find(|o| o.name == name)
}
