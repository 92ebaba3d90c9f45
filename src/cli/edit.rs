//! `edit`: a contact's details, status, owner, quality, flags and aliases.

use super::Context;
use super::add::{read_emails, read_phones, report};
use crate::domain::contact_edit::{ReasonProblem, add_flag, check_reason, read_channel, read_name};
use crate::domain::text::{clean_line, clean_text, fold, non_empty};
use crate::domain::{Contact, ContactKind, LeadStatus, Lifecycle, Membership, Origin, Phone, Role};
use crate::store::StoreError;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The contact: an id, a phone, an email or an exact name.
    contact: String,
    /// A new name.
    #[arg(long)]
    name: Option<String>,
    /// Adds a phone number, in any format (repeatable).
    #[arg(long = "add-phone", value_name = "P")]
    add_phones: Vec<String>,
    /// Removes a phone number, written in any format (repeatable).
    #[arg(long = "remove-phone", value_name = "P")]
    remove_phones: Vec<String>,
    /// Adds an email address (repeatable).
    #[arg(long = "add-email", value_name = "E")]
    add_emails: Vec<String>,
    /// Removes an email address (repeatable).
    #[arg(long = "remove-email", value_name = "E")]
    remove_emails: Vec<String>,
    /// Adds another spelling of the name, searched and shown with it (repeatable).
    #[arg(long = "alias", value_name = "NAME")]
    aliases: Vec<String>,
    /// Removes an alias, e.g. one a merge added wrongly (repeatable).
    #[arg(long = "remove-alias", value_name = "NAME")]
    remove_aliases: Vec<String>,
    /// Adds the contact to this company (account).
    #[arg(long)]
    company: Option<String>,
    /// The contact's role at --company, or at its first company.
    #[arg(long, value_parser = super::words::of::<Role>())]
    role: Option<Role>,
    /// The owner; an empty value clears it.
    #[arg(long)]
    owner: Option<String>,
    /// The lead's status.
    #[arg(long, value_parser = super::words::of::<LeadStatus>())]
    status: Option<LeadStatus>,
    /// Why the lead is disqualified (needed with --status disqualified).
    #[arg(long)]
    reason: Option<String>,
    /// The lifecycle stage.
    #[arg(long, value_parser = super::words::of::<Lifecycle>())]
    lifecycle: Option<Lifecycle>,
    /// The business's own rating, 1 to 5.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
    quality: Option<u8>,
    /// Adds a flag such as vip, do-not-contact or bad-payer (repeatable).
    #[arg(long = "flag", value_name = "F")]
    flags: Vec<String>,
    /// Removes a flag (repeatable).
    #[arg(long = "unflag", value_name = "F")]
    unflags: Vec<String>,
    /// Where the lead came from (e.g. "Facebook ad", "referral").
    #[arg(long)]
    source: Option<String>,
    /// The marketing campaign that brought the lead.
    #[arg(long)]
    campaign: Option<String>,
    /// Inbound ("pull": they came to us) or outbound ("push": we went to them).
    #[arg(long, value_parser = super::words::of::<Origin>())]
    origin: Option<Origin>,
    /// A person or a business.
    #[arg(long, value_parser = super::words::of::<ContactKind>())]
    kind: Option<ContactKind>,
    /// How the contact prefers to be reached; an empty value clears it.
    #[arg(long, value_parser = super::words::preferred_channel())]
    preferred_channel: Option<String>,
    /// Free text such as "mornings" or "after 17:00".
    #[arg(long)]
    best_time: Option<String>,
    /// Free notes about the contact, replacing the ones it has.
    #[arg(long)]
    notes: Option<String>,
    /// A custom field, KEY=VALUE; an empty value removes it (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    custom: Vec<String>,
}

pub fn edit(ctx: &mut Context, args: EditArgs) -> Result<()> {
    let mut warnings = Vec::new();
    let add_phones = read_phones(ctx, &args.add_phones, &mut warnings);
    let remove_phones: Vec<Phone> = args
        .remove_phones
        .iter()
        .map(|p| Phone::parse(p, ctx.store.region()))
        .collect();
    let add_emails = read_emails(&args.add_emails, "--add-email")?;
    let remove_emails = read_emails(&args.remove_emails, "--remove-email")?;
    let custom = args
        .custom
        .iter()
        .map(|pair| match pair.split_once('=') {
            Some((key, value)) if !key.trim().is_empty() => {
                Ok((clean_line(key), clean_line(value)))
            }
            _ => crate::refuse!("cli-edit-set-pair", typed = clean_line(pair)),
        })
        .collect::<Result<Vec<_>>>()?;
    match check_reason(args.status, args.reason.as_deref()) {
        Err(ReasonProblem::Missing) => {
            crate::refuse!("cli-edit-needs-reason")
        }
        Err(ReasonProblem::NotDisqualified) => crate::refuse!("cli-edit-reason-with"),
        Ok(()) => {}
    }
    let (target, _) = ctx.store.resolve_contact(&args.contact)?;
    let owner = args
        .owner
        .as_deref()
        .map(|typed| ctx.owner(typed).to_string());
    let contact = ctx.store.edit_contact(ctx.now, &target.id, |_, c| {
        let before = c.clone();
        if let Some(name) = args.name.as_deref() {
            c.name = read_name(name).map_err(|problem| StoreError::invalid("--name", problem))?;
            // A name that was an alias is the name now, no longer an alias.
            let name = c.name.clone();
            c.remove_alias(&name);
        }
        edit_aliases(c, &args.aliases, &args.remove_aliases)?;
        c.absorb(&add_phones, &add_emails);
        c.phones
            .retain(|p| !remove_phones.iter().any(|r| p.same_number(r)));
        c.emails.retain(|e| !remove_emails.contains(e));
        if let Some(company) = non_empty(args.company.as_deref())
            && !c.belongs_to(&company)
        {
            c.accounts.push(Membership {
                account_id: String::new(),
                account: company,
                role: None,
            });
        }
        if let Some(role) = args.role {
            let wanted = non_empty(args.company.as_deref()).map(|s| fold(&s));
            let membership = c
                .accounts
                .iter_mut()
                .find(|m| wanted.as_ref().is_none_or(|w| &fold(&m.account) == w))
                .ok_or_else(|| {
                    StoreError::invalid("--role", crate::t!("cli-edit-role-no-company"))
                })?;
            membership.role = Some(role);
        }
        if let Some(owner) = owner.as_deref() {
            c.owner = non_empty(Some(owner));
        }
        if let Some(status) = args.status {
            c.status = status;
            c.disqualified_reason = non_empty(args.reason.as_deref());
        }
        if let Some(lifecycle) = args.lifecycle {
            c.lifecycle = lifecycle;
        }
        if let Some(quality) = args.quality {
            c.quality = Some(quality);
        }
        for flag in &args.flags {
            add_flag(c, flag);
        }
        c.flags.retain(|f| {
            !args
                .unflags
                .iter()
                .any(|u| clean_line(u).eq_ignore_ascii_case(f))
        });
        if let Some(source) = args.source.as_deref() {
            c.source = non_empty(Some(source));
        }
        if let Some(campaign) = args.campaign.as_deref() {
            c.campaign = non_empty(Some(campaign));
        }
        if let Some(origin) = args.origin {
            c.origin = Some(origin);
        }
        if let Some(kind) = args.kind {
            c.kind = kind;
        }
        if let Some(channel) = args.preferred_channel.as_deref() {
            c.preferred_channel = read_channel(channel);
        }
        if let Some(best_time) = args.best_time.as_deref() {
            c.best_time = non_empty(Some(best_time));
        }
        if let Some(notes) = args.notes.as_deref() {
            c.notes = Some(clean_text(notes)).filter(|n| !n.is_empty());
        }
        for (key, value) in &custom {
            if value.is_empty() {
                c.custom.remove(key);
            } else {
                c.custom.insert(key.clone(), value.clone());
            }
        }
        if *c == before {
            return Err(StoreError::invalid("edit", crate::t!("cli-edit-nothing")));
        }
        Ok(())
    })?;
    report(ctx, &contact, None, &warnings);
    Ok(())
}

/// `--alias` and `--remove-alias`: an alias that is already the name or an alias is
/// left as it is; removing one the contact does not have is refused, naming those it has.
fn edit_aliases(c: &mut Contact, add: &[String], remove: &[String]) -> Result<(), StoreError> {
    for alias in add.iter().map(|a| clean_line(a)) {
        if alias.is_empty() {
            return Err(StoreError::invalid(
                "--alias",
                crate::t!("cli-edit-alias-needs-name"),
            ));
        }
        if !c.is_known_name(&alias) {
            c.aliases.push(alias);
        }
    }
    for alias in remove {
        if !c.remove_alias(alias) {
            let message = if c.aliases.is_empty() {
                crate::t!("cli-edit-no-such-alias-none", typed = clean_line(alias))
            } else {
                crate::t!(
                    "cli-edit-no-such-alias",
                    typed = clean_line(alias),
                    aliases = clean_line(&c.aliases.join(", "))
                )
            };
            return Err(StoreError::invalid("--remove-alias", message));
        }
    }
    Ok(())
}
