//! What the day's work prints: deals, tasks, templates, messages and campaigns.

use super::records::{DealJson, TaskJson};
use crate::domain::campaign::{Campaign, Member, Progress};
use crate::domain::money::Sums;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// `deal list`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct DealListJson {
    pub deals: Vec<ListedDealJson>,
    pub count: usize,
    /// The plain sum of every amount: right when the deals share a currency.
    pub amount: f64,
    pub expected_value: f64,
    /// Each currency's sums apart, by ISO 4217 code.
    pub by_currency: BTreeMap<String, CurrencySumsJson>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ListedDealJson {
    #[serde(flatten)]
    pub deal: DealJson,
    /// The contact's name.
    pub contact: String,
    /// False for a stage the config no longer has.
    pub stage_known: bool,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct CurrencySumsJson {
    pub amount: f64,
    pub expected_value: f64,
}

/// One line of `task list`: its number there, its group, and the task.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AgendaItemJson {
    pub index: usize,
    pub group: String,
    pub contact_name: String,
    #[serde(flatten)]
    pub task: TaskJson,
}

/// A template: the stored fields, and the fields it uses.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TemplateJson {
    pub id: String,
    pub name: String,
    pub language: String,
    pub channels: Vec<String>,
    pub personal: bool,
    pub subject: Option<String>,
    pub body: String,
    pub fields: Vec<String>,
}

/// `send`: the entry, to whom, what it says, and its link.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SentJson {
    pub entry: String,
    pub contact_id: String,
    pub contact: String,
    pub channel: String,
    pub template: Option<String>,
    pub text: Option<String>,
    pub subject: Option<String>,
    pub link: String,
    pub state: SendState,
}

/// Whether `sent` confirmed the message yet.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SendState {
    Opened,
    Sent,
}

/// `campaign show`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct CampaignShowJson {
    pub campaign: Campaign,
    pub template: Option<String>,
    pub done: usize,
    pub total: usize,
    pub members: Vec<Member>,
}

/// `campaign done`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct CampaignTickJson {
    pub campaign_id: String,
    pub campaign: String,
    pub contact_id: String,
    pub contact: String,
    pub done: bool,
    pub progress: Progress,
}

/// The sums `deal list` gives per currency, from the amounts and the expected values.
pub fn by_currency(amounts: &Sums, expected: &Sums) -> BTreeMap<String, CurrencySumsJson> {
    amounts
        .iter()
        .map(|(code, amount)| {
            let sums = CurrencySumsJson {
                amount,
                expected_value: expected.get(code),
            };
            (code.to_string(), sums)
        })
        .collect()
}
