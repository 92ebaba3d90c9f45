//! The Campaigns screen (`9`): each campaign with how far it has got ("12 of 40
//! done"); Enter opens one as a checklist of its contacts, where Enter sends its
//! template to the selected contact (the send dialog, `send`) and ticks the row, and
//! `x` ticks or unticks a row by hand. `T` shows the templates instead, to add, edit
//! and delete. Every change is a save like the others: synced, and `u` takes it back.

use super::app::{Action, Effect, Overlay, State, Tab};
use super::campaign_forms::{campaign_form, template_form};
use super::contacts::{for_screen, move_step};
use super::forms::FormKind;
use super::send::SendRequest;
use crate::domain::campaign::{Campaign, Member};
use crate::store::{CampaignSummary, Store, StoredTemplate};
use chrono::{DateTime, Utc};

/// What the screen lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Showing {
    #[default]
    Campaigns,
    Templates,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignsScreen {
    pub showing: Showing,
    pub list: Vec<CampaignSummary>,
    pub templates: Vec<StoredTemplate>,
    pub selected: usize,
    pub template_selected: usize,
    /// The campaign open as a checklist.
    pub checklist: Option<Checklist>,
    /// The lists have come back at least once.
    pub loaded: bool,
    asked: bool,
    /// The screen was on show at the last update: coming back reads it again.
    on_show: bool,
}

/// One campaign worked as a checklist: its contacts by name, each done or not.
#[derive(Debug, Clone, PartialEq)]
pub struct Checklist {
    pub campaign: Campaign,
    /// The attached template's name, when it still exists.
    pub template: Option<String>,
    pub members: Vec<Member>,
    pub selected: usize,
}

impl Checklist {
    pub fn done(&self) -> usize {
        self.members.iter().filter(|m| m.done_at.is_some()).count()
    }

    pub fn selected_member(&self) -> Option<&Member> {
        self.members.get(self.selected)
    }
}

impl CampaignsScreen {
    pub fn selected_campaign(&self) -> Option<&CampaignSummary> {
        self.list.get(self.selected)
    }

    pub fn selected_template(&self) -> Option<&StoredTemplate> {
        self.templates.get(self.template_selected)
    }

    /// The contact selected in the open checklist: the one the screen's keys (and
    /// the global ones: `c` logs a call to them) act on.
    pub fn selected_member(&self) -> Option<&Member> {
        self.checklist.as_ref()?.selected_member()
    }
}

pub const NO_CAMPAIGN: &str = "No campaign is selected.";
pub const NO_TEMPLATE: &str = "No template is selected.";
pub const NO_MEMBER: &str = "No contact is selected: this campaign holds nobody yet.";
pub const NOT_IN_CHECKLIST: &str = "Open a campaign first (Enter): x ticks one of its contacts.";

/// Whether a key of the screen can act now, or the one reason it cannot (asked by
/// `Action::available`, so that the status bar dims what cannot act).
pub(crate) fn refusal(state: &State, action: &Action) -> Result<(), &'static str> {
    let screen = &state.campaigns;
    let in_checklist = screen.checklist.is_some();
    match (action, screen.showing) {
        (Action::MarkDone, _) if !in_checklist => Err(NOT_IN_CHECKLIST),
        (Action::MarkDone | Action::Open, _) if in_checklist => {
            screen.selected_member().map(|_| ()).ok_or(NO_MEMBER)
        }
        (
            Action::Open | Action::EditCampaignItem | Action::DeleteCampaignItem,
            Showing::Templates,
        ) => screen.selected_template().map(|_| ()).ok_or(NO_TEMPLATE),
        (Action::Open | Action::EditCampaignItem | Action::DeleteCampaignItem, _) => {
            screen.selected_campaign().map(|_| ()).ok_or(NO_CAMPAIGN)
        }
        _ => Ok(()),
    }
}

/// The screen's keys and their results; None for the rest.
pub(crate) fn update(state: &mut State, action: &Action) -> Option<Vec<Effect>> {
    match action {
        Action::CampaignsLoaded(loaded) => {
            let (list, templates) = (**loaded).clone();
            on_lists(&mut state.campaigns, list, templates);
            return Some(Vec::new());
        }
        Action::ChecklistLoaded(checklist) => {
            let screen = &mut state.campaigns;
            let was = screen
                .checklist
                .as_ref()
                .filter(|c| c.campaign.id == checklist.campaign.id);
            let keep = was.and_then(|c| c.selected_member().map(|m| m.contact_id.clone()));
            let mut checklist = (**checklist).clone();
            checklist.selected = keep
                .and_then(|id| checklist.members.iter().position(|m| m.contact_id == id))
                .or(was.map(|c| c.selected))
                .unwrap_or(0)
                .min(checklist.members.len().saturating_sub(1));
            screen.checklist = Some(checklist);
            return Some(Vec::new());
        }
        // A message sent from the checklist ticked its row: the list moves on to the
        // next, as `x` does; the save itself goes on as any other.
        Action::Saved { .. } => {
            let from_checklist = matches!(&state.overlay, Some(Overlay::Form(form))
                if form.kind == FormKind::Send
                    && form.draft.as_ref().is_some_and(|d| d.campaign_id.is_some()));
            if let (true, Some(list)) = (from_checklist, state.campaigns.checklist.as_mut()) {
                list.selected = (list.selected + 1).min(list.members.len().saturating_sub(1));
            }
            return None;
        }
        Action::ChecklistGone(id) => {
            let screen = &mut state.campaigns;
            if screen
                .checklist
                .as_ref()
                .is_some_and(|c| c.campaign.id == *id)
            {
                screen.checklist = None;
                state.message = Some(crate::t!("campaign-gone"));
            }
            return Some(Vec::new());
        }
        Action::CampaignTicked(ticked) => {
            state.message = Some(ticked.message.clone());
            on_ticked(&mut state.campaigns, ticked);
            return Some(Vec::new());
        }
        Action::CampaignsChanged(message) => {
            state.message = Some(message.clone());
            if matches!(&state.overlay, Some(Overlay::Form(f)) if is_ours(f.kind)) {
                state.overlay = None;
            }
            return Some(reloads(state));
        }
        _ => {}
    }
    let owns = matches!(
        action,
        Action::Open
            | Action::Back
            | Action::MarkDone
            | Action::ToggleTemplates
            | Action::NewCampaignItem
            | Action::EditCampaignItem
            | Action::DeleteCampaignItem
    );
    if !for_screen(state, Tab::Campaigns, action, owns)? {
        return Some(Vec::new());
    }
    let screen = &mut state.campaigns;
    if let Some(step) = move_step(action) {
        let (selected, len) = match (&mut screen.checklist, screen.showing) {
            (Some(list), _) => (&mut list.selected, list.members.len()),
            (None, Showing::Templates) => (&mut screen.template_selected, screen.templates.len()),
            (None, Showing::Campaigns) => (&mut screen.selected, screen.list.len()),
        };
        let step = isize::try_from(step).unwrap_or_default();
        *selected = selected
            .saturating_add_signed(step)
            .min(len.saturating_sub(1));
        return Some(Vec::new());
    }
    let effects = match action {
        Action::Back => {
            screen.checklist = None;
            Vec::new()
        }
        Action::ToggleTemplates => {
            screen.checklist = None;
            screen.showing = match screen.showing {
                Showing::Campaigns => Showing::Templates,
                Showing::Templates => Showing::Campaigns,
            };
            Vec::new()
        }
        Action::Open => match (&screen.checklist, screen.showing) {
            (Some(list), _) => list
                .selected_member()
                .map(|member| {
                    vec![Effect::LoadSend(SendRequest {
                        contact_id: member.contact_id.clone(),
                        template_id: list.campaign.template_id.clone(),
                        campaign_id: Some(list.campaign.id.clone()),
                    })]
                })
                .unwrap_or_default(),
            (None, Showing::Templates) => {
                if let Some(template) = screen.selected_template() {
                    state.overlay = Some(Overlay::Form(template_form(Some(template))));
                }
                Vec::new()
            }
            (None, Showing::Campaigns) => screen
                .selected_campaign()
                .map(|c| vec![Effect::LoadChecklist(c.campaign.id.clone())])
                .unwrap_or_default(),
        },
        Action::MarkDone => {
            let Some(list) = screen.checklist.as_mut() else {
                return Some(Vec::new());
            };
            let Some(member) = list.selected_member() else {
                return Some(Vec::new());
            };
            let tick = Effect::TickCampaign {
                campaign_id: list.campaign.id.clone(),
                contact_id: member.contact_id.clone(),
                contact_name: member.name.clone(),
                done: member.done_at.is_none(),
            };
            vec![tick]
        }
        Action::NewCampaignItem => {
            let form = match screen.showing {
                Showing::Campaigns => campaign_form(None, &screen.templates),
                Showing::Templates => template_form(None),
            };
            state.overlay = Some(Overlay::Form(form));
            Vec::new()
        }
        Action::EditCampaignItem => {
            let form = match (&screen.checklist, screen.showing) {
                (Some(list), _) => Some(campaign_form(Some(&list.campaign), &screen.templates)),
                (None, Showing::Campaigns) => screen
                    .selected_campaign()
                    .map(|c| campaign_form(Some(&c.campaign), &screen.templates)),
                (None, Showing::Templates) => {
                    screen.selected_template().map(|t| template_form(Some(t)))
                }
            };
            state.overlay = form.map(Overlay::Form);
            Vec::new()
        }
        Action::DeleteCampaignItem => {
            let deleting = match (&screen.checklist, screen.showing) {
                (Some(list), _) => {
                    Deleting::Campaign(list.campaign.id.clone(), list.campaign.name.clone())
                }
                (None, Showing::Campaigns) => match screen.selected_campaign() {
                    Some(c) => Deleting::Campaign(c.campaign.id.clone(), c.campaign.name.clone()),
                    None => return Some(Vec::new()),
                },
                (None, Showing::Templates) => match screen.selected_template() {
                    Some(t) => Deleting::Template(t.id.clone(), t.template.name.clone()),
                    None => return Some(Vec::new()),
                },
            };
            screen.checklist = None;
            vec![Effect::DeleteCampaignItem(deleting)]
        }
        _ => Vec::new(),
    };
    Some(effects)
}

/// What `-` deletes: a campaign or a template, by id, with its name to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deleting {
    Campaign(String, String),
    Template(String, String),
}

fn is_ours(kind: FormKind) -> bool {
    matches!(kind, FormKind::Campaign | FormKind::Template)
}

fn on_lists(
    screen: &mut CampaignsScreen,
    list: Vec<CampaignSummary>,
    templates: Vec<StoredTemplate>,
) {
    // Each selection stays on its row when the list moves around it.
    let was = screen.selected_campaign().map(|c| c.campaign.id.clone());
    let was_template = screen.selected_template().map(|t| t.id.clone());
    screen.list = list;
    screen.templates = templates;
    screen.loaded = true;
    screen.asked = false;
    screen.selected = was
        .and_then(|id| screen.list.iter().position(|c| c.campaign.id == id))
        .unwrap_or(screen.selected)
        .min(screen.list.len().saturating_sub(1));
    screen.template_selected = was_template
        .and_then(|id| screen.templates.iter().position(|t| t.id == id))
        .unwrap_or(screen.template_selected)
        .min(screen.templates.len().saturating_sub(1));
}

/// What the screen needs and has not asked for: the lists on the first visit, and
/// again on coming back to it.
pub(crate) fn wanted(state: &mut State) -> Vec<Effect> {
    let screen = &mut state.campaigns;
    let arrived = state.tab == Tab::Campaigns && !screen.on_show;
    screen.on_show = state.tab == Tab::Campaigns;
    if state.tab != Tab::Campaigns {
        return Vec::new();
    }
    if arrived && screen.loaded {
        return reloads(state);
    }
    if !screen.loaded && !screen.asked {
        screen.asked = true;
        return vec![Effect::LoadCampaigns];
    }
    Vec::new()
}

/// The lists and the open checklist, read again after a save or an undo; off
/// screen nothing is read.
pub(crate) fn reloads(state: &State) -> Vec<Effect> {
    let screen = &state.campaigns;
    if !screen.loaded || state.tab != Tab::Campaigns {
        return Vec::new();
    }
    let mut effects = vec![Effect::LoadCampaigns];
    if let Some(list) = &screen.checklist {
        effects.push(Effect::LoadChecklist(list.campaign.id.clone()));
    }
    effects
}

pub(crate) fn load(store: &Store) -> Action {
    match (store.campaigns(), store.templates()) {
        (Ok(list), Ok(templates)) => Action::CampaignsLoaded(Box::new((list, templates))),
        (Err(e), _) | (_, Err(e)) => Action::Failed(e.to_string()),
    }
}

pub(crate) fn load_checklist(store: &Store, id: &str) -> Action {
    let read = || -> crate::store::Result<Checklist> {
        let campaign = store.find_campaign(id)?;
        let members = store.campaign_members(&campaign)?;
        let template = match &campaign.template_id {
            Some(id) => store
                .templates()?
                .into_iter()
                .find(|t| &t.id == id)
                .map(|t| t.template.name),
            None => None,
        };
        Ok(Checklist {
            campaign,
            template,
            members,
            selected: 0,
        })
    };
    match read() {
        Ok(checklist) => Action::ChecklistLoaded(Box::new(checklist)),
        // Deleted elsewhere (the command line, a colleague's merged copy).
        Err(crate::store::StoreError::NotFound { .. }) => Action::ChecklistGone(id.to_string()),
        Err(e) => Action::Failed(e.to_string()),
    }
}

/// A row ticked or unticked, to be shown at once without reading the campaign again.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticked {
    pub campaign_id: String,
    pub contact_id: String,
    pub done_at: Option<DateTime<Utc>>,
    pub message: String,
}

/// Ticks or unticks a row.
pub(crate) fn tick(
    store: &mut Store,
    now: DateTime<Utc>,
    (campaign_id, contact_id, contact_name, done): (&str, &str, &str, bool),
) -> Action {
    match store.tick_campaign(now, campaign_id, contact_id, done, None) {
        Ok(()) => Action::CampaignTicked(Box::new(Ticked {
            campaign_id: campaign_id.to_string(),
            contact_id: contact_id.to_string(),
            done_at: done.then_some(now),
            message: match done {
                true => crate::t!("campaign-ticked", name = contact_name),
                false => crate::t!("campaign-unticked", name = contact_name),
            },
        })),
        Err(e) => Action::Failed(e.to_string()),
    }
}

/// A tick landed: its row and its campaign's count change where they are shown. A
/// tick moves nobody in or out of a campaign, so nothing is read again.
fn on_ticked(screen: &mut CampaignsScreen, ticked: &Ticked) {
    let mut moved = 0_isize;
    if let Some(list) = screen
        .checklist
        .as_mut()
        .filter(|list| list.campaign.id == ticked.campaign_id)
        && let Some(member) = list
            .members
            .iter_mut()
            .find(|m| m.contact_id == ticked.contact_id)
    {
        moved = match (member.done_at.is_some(), ticked.done_at.is_some()) {
            (false, true) => 1,
            (true, false) => -1,
            _ => 0,
        };
        member.done_at = member
            .done_at
            .or(ticked.done_at)
            .filter(|_| ticked.done_at.is_some());
        // Ticked (once it has landed), the list moves on to the next row, as one
        // works down it.
        let at = list
            .members
            .iter()
            .position(|m| m.contact_id == ticked.contact_id);
        if moved == 1 && at == Some(list.selected) {
            list.selected = (list.selected + 1).min(list.members.len().saturating_sub(1));
        }
    }
    if let Some(summary) = screen
        .list
        .iter_mut()
        .find(|s| s.campaign.id == ticked.campaign_id)
    {
        summary.progress.done = summary.progress.done.saturating_add_signed(moved);
    }
}

pub(crate) fn delete(store: &mut Store, now: DateTime<Utc>, deleting: &Deleting) -> Action {
    let done = match deleting {
        Deleting::Campaign(id, name) => store.delete_campaign(now, id).map(|_| {
            let deleted = crate::t!("campaign-deleted", name = name.as_str());
            deleted + &crate::t!("hint-u-brings-back")
        }),
        Deleting::Template(id, name) => store.delete_template(now, id).map(|_| {
            let deleted = crate::t!("template-deleted", name = name.as_str());
            deleted + &crate::t!("hint-u-brings-back")
        }),
    };
    done.map_or_else(|e| Action::Failed(e.to_string()), Action::CampaignsChanged)
}

#[cfg(test)]
#[path = "campaigns_tests.rs"]
mod tests;
