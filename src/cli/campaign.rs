//! `campaign list | show | add | edit | rm | done`: campaigns worked as checklists.
//! A campaign holds the contacts one field picks out (a campaign, a source, a flag,
//! a lifecycle or an owner), each ticked when it is done; a template may go with it.

use super::Context;
use super::json::work::{CampaignShowJson, CampaignTickJson};
use super::output::{print_json, print_table, shown};
use crate::domain::campaign::{Campaign, CampaignBy, Member, Progress};
use crate::domain::text::clean_line;
use crate::failure::refused;
use crate::store::{CampaignSpec, CampaignSummary, StoreError};
use anyhow::Result;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
    /// Every campaign: whom it holds, its template, and how far it has got.
    List,
    /// A campaign's contacts, each done (✓) or not, and how far it has got.
    Show {
        /// The campaign: its name or its id.
        campaign: String,
        /// Only the contacts still to do.
        #[arg(long)]
        todo: bool,
    },
    /// Make a checklist of the contacts one field picks out.
    Add(AddArgs),
    /// Change a campaign's name, contacts or template; its ticks stay.
    Edit(EditArgs),
    /// Delete a campaign (kept as a tombstone, so that every copy learns of it).
    Rm {
        /// The campaign: its name or its id.
        campaign: String,
    },
    /// Tick a contact of a campaign as done (or untick it with --undo).
    Done {
        /// The campaign: its name or its id.
        campaign: String,
        /// The contact: an id, a phone, an email or an exact name.
        contact: String,
        /// Untick: the contact is still to do.
        #[arg(long)]
        undo: bool,
    },
}

/// The field whose value picks the contacts out: one of these.
#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct By {
    /// The contacts of this campaign (the contact's campaign field).
    #[arg(long = "campaign", id = "by_campaign", value_name = "NAME")]
    campaign: Option<String>,
    /// The contacts from this source.
    #[arg(long)]
    source: Option<String>,
    /// The contacts with this flag.
    #[arg(long)]
    flag: Option<String>,
    /// The contacts at this lifecycle stage.
    #[arg(long, value_parser = super::words::of_or_empty::<crate::domain::Lifecycle>())]
    lifecycle: Option<String>,
    /// The contacts of this owner ("me" for the configured user).
    #[arg(long)]
    owner: Option<String>,
}

impl By {
    /// The field and its value, if one was given.
    fn given(&self, ctx: &Context) -> Result<Option<(CampaignBy, String)>> {
        let given = [
            (CampaignBy::Campaign, &self.campaign),
            (CampaignBy::Source, &self.source),
            (CampaignBy::Flag, &self.flag),
            (CampaignBy::Lifecycle, &self.lifecycle),
            (CampaignBy::Owner, &self.owner),
        ]
        .into_iter()
        .find_map(|(by, value)| value.as_deref().map(|value| (by, clean_line(value))));
        let Some((by, value)) = given else {
            return Ok(None);
        };
        if value.is_empty() {
            crate::refuse!("cli-campaign-empty-value", option = by.as_str());
        }
        let value = match by {
            CampaignBy::Owner => ctx.owner(&value).to_string(),
            // A lifecycle arrives as the stage's own word: its parser read it.
            _ => value,
        };
        Ok(Some((by, value)))
    }
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The campaign's name.
    name: String,
    #[command(flatten)]
    by: By,
    /// The template its contacts are sent (its name or id).
    #[arg(long)]
    template: Option<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The campaign: its name or its id.
    #[arg(value_name = "CAMPAIGN")]
    wanted: String,
    /// A new name.
    #[arg(long)]
    name: Option<String>,
    #[command(flatten)]
    by: By,
    /// Another template (its name or id).
    #[arg(long, conflicts_with = "no_template")]
    template: Option<String>,
    /// No template any more.
    #[arg(long)]
    no_template: bool,
}

pub fn run(ctx: &mut Context, command: CampaignCommand) -> Result<()> {
    match command {
        CampaignCommand::List => list(ctx),
        CampaignCommand::Show { campaign, todo } => show(ctx, &campaign, todo),
        CampaignCommand::Add(args) => add(ctx, args),
        CampaignCommand::Edit(args) => edit(ctx, args),
        CampaignCommand::Rm { campaign } => {
            let campaign = find(ctx, &campaign)?;
            let gone = ctx.store.delete_campaign(ctx.now, &campaign.id)?;
            if ctx.json {
                print_json(&gone);
            } else {
                let line = crate::t!(
                    "cli-campaign-deleted",
                    name = clean_line(&gone.name),
                    id = gone.id.as_str()
                );
                println!("{}", shown(&line));
            }
            Ok(())
        }
        CampaignCommand::Done {
            campaign,
            contact,
            undo,
        } => done(ctx, &campaign, &contact, undo),
    }
}

fn list(ctx: &Context) -> Result<()> {
    let campaigns = ctx.store.campaigns()?;
    if ctx.json {
        print_json(&campaigns);
        return Ok(());
    }
    if campaigns.is_empty() {
        println!("{}", shown(&crate::t!("cli-campaign-none")));
        return Ok(());
    }
    let rows: Vec<Vec<String>> = campaigns
        .iter()
        .map(|summary| {
            let c = &summary.campaign;
            vec![
                clean_line(&c.name),
                c.picks_shown(),
                template_word(c, summary.template.as_deref()),
                progress_line(summary.progress),
            ]
        })
        .collect();
    print_table(&["NAME", "CONTACTS", "TEMPLATE", "PROGRESS"], &rows);
    Ok(())
}

fn show(ctx: &Context, wanted: &str, todo: bool) -> Result<()> {
    let campaign = find(ctx, wanted)?;
    let members = ctx.store.campaign_members(&campaign)?;
    let progress = Progress::of(&members);
    let template = template_name(ctx, &campaign)?;
    let shown_members: Vec<&Member> = members
        .iter()
        .filter(|m| !todo || m.done_at.is_none())
        .collect();
    if ctx.json {
        print_json(&CampaignShowJson {
            campaign,
            template,
            done: progress.done,
            total: progress.total,
            members: shown_members.into_iter().cloned().collect(),
        });
        return Ok(());
    }
    println!("{}", shown(&clean_line(&campaign.name)));
    let about = crate::t!(
        "cli-campaign-about",
        contacts = campaign.picks_shown(),
        template = template_word(&campaign, template.as_deref())
    );
    println!("{}\n", shown(&about));
    if shown_members.is_empty() {
        let none = match todo && progress.total > 0 {
            true => crate::t!("cli-campaign-all-done"),
            false => crate::t!("cli-campaign-no-members"),
        };
        println!("{}", shown(&none));
    } else {
        let rows: Vec<Vec<String>> = shown_members
            .iter()
            .map(|m| {
                vec![
                    if m.done_at.is_some() { "✓" } else { " " }.to_string(),
                    clean_line(&m.name),
                    m.phone
                        .as_deref()
                        .map(crate::i18n::format::phone_number)
                        .unwrap_or_default(),
                ]
            })
            .collect();
        print_table(&["", "NAME", "PHONE"], &rows);
    }
    println!("\n{}", shown(&progress_line(progress)));
    Ok(())
}

fn add(ctx: &mut Context, args: AddArgs) -> Result<()> {
    let Some((by, value)) = args.by.given(ctx)? else {
        crate::refuse!("cli-campaign-needs-by");
    };
    let spec = CampaignSpec {
        name: checked_name(ctx, None, &args.name)?,
        by,
        value,
        template: checked_template(ctx, args.template.as_deref())?,
    };
    let added = ctx.store.add_campaign(ctx.now, &spec)?;
    said(
        ctx,
        &crate::t!("cli-campaign-added", name = clean_line(&added.name)),
        &added,
    )
}

fn edit(ctx: &mut Context, args: EditArgs) -> Result<()> {
    let old = find(ctx, &args.wanted)?;
    let by = args.by.given(ctx)?;
    if args.name.is_none() && by.is_none() && args.template.is_none() && !args.no_template {
        crate::refuse!("cli-campaign-edit-nothing");
    }
    // A template deleted since is no template: the campaign is not kept naming it.
    let kept_template = match &old.template_id {
        Some(id) => template_name(ctx, &old)?.map(|_| id.clone()),
        None => None,
    };
    let template = match (&args.template, args.no_template) {
        (_, true) => None,
        (Some(wanted), false) => checked_template(ctx, Some(wanted))?,
        (None, false) => kept_template,
    };
    let (by, value) = by.unwrap_or((old.by, old.value.clone()));
    let name = match &args.name {
        Some(name) => checked_name(ctx, Some(&old.id), name)?,
        None => old.name.clone(),
    };
    let unchanged = name == old.name && by == old.by && value == old.value;
    if unchanged && template == old.template_id {
        crate::refuse!("cli-campaign-nothing-changed", name = clean_line(&old.name));
    }
    let spec = CampaignSpec {
        name,
        by,
        value,
        template,
    };
    let edited = ctx.store.edit_campaign(ctx.now, &old.id, &spec)?;
    said(
        ctx,
        &crate::t!("cli-campaign-saved", name = clean_line(&edited.name)),
        &edited,
    )
}

fn done(ctx: &mut Context, campaign: &str, contact: &str, undo: bool) -> Result<()> {
    let campaign = find(ctx, campaign)?;
    let (contact, _) = ctx.store.resolve_contact(contact)?;
    let members = ctx.store.campaign_members(&campaign)?;
    if !members.iter().any(|m| m.contact_id == contact.id) {
        crate::refuse!(
            "cli-campaign-not-a-member",
            contact = clean_line(&contact.name),
            campaign = clean_line(&campaign.name),
            contacts = campaign.picks_shown()
        );
    }
    ctx.store
        .tick_campaign(ctx.now, &campaign.id, &contact.id, !undo, None)?;
    let progress = Progress::of(&ctx.store.campaign_members(&campaign)?);
    if ctx.json {
        print_json(&CampaignTickJson {
            campaign_id: campaign.id,
            campaign: campaign.name,
            contact_id: contact.id,
            contact: contact.name,
            done: !undo,
            progress,
        });
        return Ok(());
    }
    let (name, campaign_name) = (clean_line(&contact.name), clean_line(&campaign.name));
    let line = match undo {
        false => crate::t!(
            "cli-campaign-ticked",
            contact = name,
            campaign = campaign_name
        ),
        true => crate::t!(
            "cli-campaign-unticked",
            contact = name,
            campaign = campaign_name
        ),
    };
    println!("{}", shown(&line));
    println!("{}", shown(&progress_line(progress)));
    Ok(())
}

/// The campaign named or numbered `wanted`; several of one name are listed by id.
fn find(ctx: &Context, wanted: &str) -> Result<Campaign> {
    ctx.store.find_campaign(wanted).map_err(|e| match e {
        StoreError::AmbiguousNamed { query, candidates } => refused(crate::t!(
            "cli-campaign-ambiguous",
            typed = clean_line(&query),
            count = candidates.len(),
            candidates = candidates.join("\n")
        )),
        other => other.into(),
    })
}

/// A campaign's name as typed, refused when empty or another campaign's.
fn checked_name(ctx: &Context, editing: Option<&str>, typed: &str) -> Result<String> {
    let name = clean_line(typed);
    if name.is_empty() {
        crate::refuse!("cli-campaign-needs-name");
    }
    let folded = crate::domain::text::fold(&name);
    let clash = ctx.store.campaigns()?.into_iter().find(|s| {
        Some(s.campaign.id.as_str()) != editing
            && crate::domain::text::fold(&s.campaign.name) == folded
    });
    if let Some(other) = clash {
        crate::refuse!(
            "cli-campaign-name-taken",
            name = clean_line(&other.campaign.name),
            id = other.campaign.id.as_str()
        );
    }
    Ok(name)
}

/// The id of the template named, which must exist.
fn checked_template(ctx: &Context, wanted: Option<&str>) -> Result<Option<String>> {
    wanted
        .map(|wanted| super::template::find(ctx, wanted).map(|t| t.id))
        .transpose()
}

/// The name of the campaign's template; none when it has none or it was deleted.
fn template_name(ctx: &Context, campaign: &Campaign) -> Result<Option<String>> {
    let Some(id) = &campaign.template_id else {
        return Ok(None);
    };
    let templates = ctx.store.templates()?;
    Ok(templates
        .into_iter()
        .find(|t| &t.id == id)
        .map(|t| t.template.name))
}

/// The template's name, "none", or that it was deleted.
fn template_word(campaign: &Campaign, name: Option<&str>) -> String {
    match (name, &campaign.template_id) {
        (Some(name), _) => clean_line(name),
        (None, Some(_)) => crate::t!("cli-campaign-template-gone"),
        (None, None) => crate::t!("cli-campaign-no-template"),
    }
}

/// "12 of 40 done".
fn progress_line(progress: Progress) -> String {
    crate::t!(
        "cli-campaign-progress",
        done = progress.done,
        total = progress.total
    )
}

/// What was stored, for scripts as JSON and for people in a line.
fn said(ctx: &Context, line: &str, campaign: &Campaign) -> Result<()> {
    if ctx.json {
        print_json(&campaign_json(ctx, campaign)?);
        return Ok(());
    }
    println!("{}", shown(line));
    let members = ctx.store.campaign_members(campaign)?;
    let template = template_name(ctx, campaign)?;
    let about = crate::t!(
        "cli-campaign-about",
        contacts = campaign.picks_shown(),
        template = template_word(campaign, template.as_deref())
    );
    println!("{}", shown(&about));
    println!("{}", shown(&progress_line(Progress::of(&members))));
    Ok(())
}

/// A campaign for scripts, with its template's name and its progress, as `list` gives each.
/// A campaign just stored is always listed; were it not, it is given with no template
/// and no contacts, in the same shape.
fn campaign_json(ctx: &Context, campaign: &Campaign) -> Result<CampaignSummary> {
    let summary = ctx
        .store
        .campaigns()?
        .into_iter()
        .find(|s| s.campaign.id == campaign.id);
    Ok(summary.unwrap_or_else(|| CampaignSummary {
        campaign: campaign.clone(),
        template: None,
        progress: Progress::default(),
    }))
}
