//! `add`: a lead by hand (an existing phone or email returns that contact), and how add and edit read phones and emails and report a contact.

use super::Context;
use super::json::contacts::SavedContactJson;
use super::output::{contact_summary, print_contact_details, print_json};
use crate::domain::contact_edit::{read_email, read_phone};
use crate::domain::text::{clean_line, clean_text, non_empty};
use crate::domain::{Contact, ContactKind, Membership, Origin, Phone, Role};
use crate::store::new_id;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The person's or business's name.
    #[arg(long)]
    name: String,
    /// A phone number in any format (repeatable).
    #[arg(long = "phone", value_name = "P")]
    phones: Vec<String>,
    /// An email address (repeatable).
    #[arg(long = "email", value_name = "E")]
    emails: Vec<String>,
    /// The company (account) the contact belongs to.
    #[arg(long)]
    company: Option<String>,
    /// The contact's role at the company.
    #[arg(long, requires = "company", value_parser = super::words::of::<Role>())]
    role: Option<Role>,
    /// Where the lead came from (e.g. "Facebook ad", "referral").
    #[arg(long)]
    source: Option<String>,
    /// The marketing campaign that brought the lead.
    #[arg(long)]
    campaign: Option<String>,
    /// Inbound ("pull": they came to us) or outbound ("push": we went to them).
    #[arg(long, value_parser = super::words::of::<Origin>())]
    origin: Option<Origin>,
    /// Who works the lead ("me" for the configured user).
    #[arg(long)]
    owner: Option<String>,
    /// A person or a business.
    #[arg(long, default_value = "person", value_parser = super::words::of::<ContactKind>())]
    kind: ContactKind,
    /// Free notes about the contact.
    #[arg(long)]
    notes: Option<String>,
}

pub fn add(ctx: &mut Context, args: AddArgs) -> Result<()> {
    let name = clean_line(&args.name);
    if name.is_empty() {
        crate::refuse!("cli-add-needs-name");
    }
    let mut warnings = Vec::new();
    let mut lead = Contact::new_lead(new_id(), name, ctx.now, ctx.store.user());
    lead.phones = read_phones(ctx, &args.phones, &mut warnings);
    lead.emails = read_emails(&args.emails, "--email")?;
    if let Some(company) = non_empty(args.company.as_deref()) {
        lead.accounts.push(Membership {
            account_id: String::new(),
            account: company,
            role: args.role,
        });
    }
    lead.kind = args.kind;
    lead.source = non_empty(args.source.as_deref());
    lead.campaign = non_empty(args.campaign.as_deref());
    lead.origin = args.origin;
    lead.owner = non_empty(args.owner.as_deref().map(|typed| ctx.owner(typed)));
    lead.notes = args
        .notes
        .as_deref()
        .map(clean_text)
        .filter(|n| !n.is_empty());
    let (contact, created) = ctx.store.add_lead(ctx.now, &lead)?;
    report(ctx, &contact, Some(created), &warnings);
    Ok(())
}

pub(super) fn read_phones(
    ctx: &Context,
    typed: &[String],
    warnings: &mut Vec<String>,
) -> Vec<Phone> {
    typed
        .iter()
        .map(|raw| read_phone(raw, ctx.store.region()))
        .filter(|(phone, _)| !phone.raw.is_empty())
        .map(|(phone, warning)| {
            warnings.extend(warning);
            phone
        })
        .collect()
}

pub(super) fn read_emails(typed: &[String], option: &str) -> Result<Vec<String>> {
    typed
        .iter()
        .map(|raw| {
            read_email(raw)
                .map_err(|problem| crate::failure::refused(format!("{option} {problem}")))
        })
        .collect()
}

pub(super) fn report(ctx: &Context, contact: &Contact, created: Option<bool>, warnings: &[String]) {
    for warning in warnings {
        let warning = crate::i18n::notices::shown(warning);
        eprintln!("{}", crate::t!("cli-warning", text = clean_line(&warning)));
    }
    if ctx.json {
        print_json(&SavedContactJson {
            contact: contact.into(),
            created,
            warnings: warnings.to_vec(),
        });
        return;
    }
    match created {
        Some(true) => println!(
            "{}",
            crate::t!("cli-added", contact = contact_summary(contact))
        ),
        Some(false) => println!(
            "{}",
            crate::t!("cli-came-back", contact = contact_summary(contact))
        ),
        None => println!(
            "{}",
            crate::t!("cli-saved", contact = contact_summary(contact))
        ),
    }
    if created != Some(true) {
        print_contact_details(contact);
    }
}
