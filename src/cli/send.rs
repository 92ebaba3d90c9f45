//! `send whatsapp|sms|email CONTACT`: a message filled from a template (or written
//! with `--text`), logged on the contact's timeline as opened, and handed to the app
//! that sends it through the configured opener, or printed for a script. `sent
//! ENTRY` confirms it was sent: only then does it answer the lead.
//!
//! Everything is checked before anything is written: the contact may be reached,
//! the template is offered for the channel, every field has a value, and there is a
//! phone or an address to send to.

use super::Context;
use super::json::records::InteractionJson;
use super::json::work::{SendState, SentJson};
use super::output::{contact_summary, interaction_line, print_json, shown};
use super::template::channel_words;
use crate::domain::interaction::{SENT, is_unsent, is_unsent_message};
use crate::domain::template::{CHANNELS, Filled, Values, fill};
use crate::domain::text::{clean_line, clean_text};
use crate::domain::{Contact, Interaction, InteractionKind};
use crate::store::{Outgoing, StoredTemplate, link_for};
use anyhow::{Result, anyhow};
use clap::Args;
use clap::builder::PossibleValuesParser;

#[derive(Debug, Args)]
pub struct SendArgs {
    /// How it is sent.
    #[arg(value_parser = PossibleValuesParser::new(CHANNELS))]
    channel: String,
    /// The contact: an id, a phone, an email or an exact name.
    contact: String,
    /// The template to fill from the contact (its name or id).
    #[arg(long, required_unless_present = "text")]
    template: Option<String>,
    /// The message as it is sent, instead of the template's body (fields are not
    /// filled in it).
    #[arg(long)]
    text: Option<String>,
    /// An email's subject, instead of the template's.
    #[arg(long)]
    subject: Option<String>,
    /// A field's value, over what the contact gives (repeatable): --set due="friday 10:00".
    #[arg(long = "set", value_name = "FIELD=VALUE", requires = "template")]
    values: Vec<String>,
    /// Print the link instead of opening it.
    #[arg(long)]
    print: bool,
    /// Confirm it as sent at once, for a script that sends it itself (with --print).
    #[arg(long)]
    sent: bool,
    /// Send to a contact flagged do-not-contact all the same (to answer them).
    #[arg(long)]
    anyway: bool,
}

#[derive(Debug, Args)]
pub struct SentArgs {
    /// The entry `send` logged: its id, or a unique start of it (8 characters at least).
    entry: String,
}

/// The template `wanted` names; where one name is several templates' (two languages),
/// the one of them offered for `channel`, when only one is.
fn find_for_channel(
    ctx: &Context,
    wanted: &str,
    channel: InteractionKind,
) -> Result<StoredTemplate> {
    match ctx.store.find_template(wanted) {
        Err(crate::store::StoreError::AmbiguousNamed { .. }) => {
            let folded = crate::domain::text::fold(wanted.trim());
            let offered: Vec<StoredTemplate> = ctx
                .store
                .templates()?
                .into_iter()
                .filter(|t| crate::domain::text::fold(&t.template.name) == folded)
                .filter(|t| t.template.channels.iter().any(|c| c == channel.as_str()))
                .collect();
            match <[StoredTemplate; 1]>::try_from(offered) {
                Ok([one]) => Ok(one),
                Err(_) => super::template::find(ctx, wanted),
            }
        }
        _ => super::template::find(ctx, wanted),
    }
}

pub fn send(ctx: &mut Context, args: SendArgs) -> Result<()> {
    let channel: InteractionKind = args.channel.parse().map_err(crate::failure::refused)?;
    let given = given_values(&args.values)?;
    let (contact, _) = ctx.store.resolve_contact(&args.contact)?;
    if contact.asked_not_to_be_contacted() && !args.anyway {
        crate::refuse!(
            "cli-send-do-not-contact",
            contact = clean_line(&contact.name)
        );
    }
    refuse_unreachable(&contact, channel)?;
    let template = match args.template.as_deref() {
        Some(wanted) => Some(find_for_channel(ctx, wanted, channel)?),
        None => None,
    };
    if let Some(template) = &template {
        refuse_channel(template, channel)?;
    }
    let mut values = match &template {
        Some(t) => ctx
            .store
            .template_values(&contact, &t.template.language, ctx.now)?,
        None => Values::default(),
    };
    for (field, value) in &given {
        values.set(field, value.as_str());
    }
    let message = written(&contact, channel, template.as_ref(), &args, &values)?;
    let link = link_for(&ctx.store, &contact, &message)?;
    let opened = ctx.store.log_opened(ctx.now, &message)?;
    let opener = (!args.print).then(|| opener(ctx));
    if let Some(opener) = &opener {
        crate::io::opener::open_link_and_wait(opener, &link).map_err(|e| {
            anyhow!(crate::t!(
                "cli-send-opener-failed",
                opener = clean_line(opener.name()),
                error = clean_line(&e.to_string()),
                id = opened.id.as_str(),
                link = link.as_str()
            ))
        })?;
    }
    let entry = match args.sent {
        true => ctx.store.confirm_sent(ctx.now, &opened.id)?,
        false => opened,
    };
    if ctx.json {
        print_json(&sent_json(&contact, &entry, &message, &link));
        return Ok(());
    }
    let contact = contact_summary(&contact);
    let heading = match (args.sent, &opener) {
        (true, _) => crate::t!("cli-send-logged-sent", contact = contact),
        (false, Some(opener)) => crate::t!(
            "cli-send-logged-opened",
            contact = contact,
            opener = clean_line(opener.name())
        ),
        (false, None) => crate::t!("cli-send-logged-printed", contact = contact),
    };
    println!("{}", shown(&heading));
    println!("  {}", interaction_line(&entry));
    if !args.sent {
        let confirm = crate::t!("cli-send-confirm-with", id = entry.id.as_str());
        println!("{}", shown(&confirm));
    }
    println!("{link}");
    Ok(())
}

/// `sent ENTRY`: the opened message confirmed as sent, from then on the lead's answer.
pub fn sent(ctx: &mut Context, args: SentArgs) -> Result<()> {
    // The entry as it stands now: the id typed may be the opened version that a
    // correction (or an earlier `sent`) has superseded.
    let versions = ctx.store.versions_of(&args.entry)?;
    let Some(current) = versions.last() else {
        return Err(crate::failure::not_found(crate::t!(
            "cli-sent-not-waiting",
            id = clean_line(&args.entry)
        )));
    };
    if !is_unsent_message(current.kind, current.direction, current.outcome.as_deref()) {
        let said_sent = current
            .outcome
            .as_deref()
            .is_some_and(|o| o.eq_ignore_ascii_case(SENT));
        match said_sent && current.kind != InteractionKind::Retracted {
            true => crate::refuse!("cli-sent-already", id = current.id.as_str()),
            false => crate::refuse!("cli-sent-not-waiting", id = current.id.as_str()),
        }
    }
    let confirmed = ctx.store.confirm_sent(ctx.now, &current.id)?;
    if ctx.json {
        print_json(&InteractionJson::from(&confirmed));
    } else {
        println!("{}", shown(&crate::t!("cli-sent-confirmed")));
        println!("  {}", interaction_line(&confirmed));
    }
    Ok(())
}

/// The `--set FIELD=VALUE` pairs, each a field's name and its value.
fn given_values(pairs: &[String]) -> Result<Vec<(String, String)>> {
    pairs
        .iter()
        .map(|pair| match pair.split_once('=') {
            Some((field, value)) if is_field_name(field.trim()) => {
                Ok((field.trim().to_string(), clean_line(value)))
            }
            _ => crate::refuse!("cli-edit-set-pair", typed = clean_line(pair)),
        })
        .collect()
}

/// A field's name as templates write it in braces: a letter, then letters, digits or `_`.
fn is_field_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn refuse_channel(template: &StoredTemplate, channel: InteractionKind) -> Result<()> {
    let t = &template.template;
    if t.channels.iter().any(|c| c == channel.as_str()) {
        return Ok(());
    }
    crate::refuse!(
        "cli-send-not-for-channel",
        template = clean_line(&t.name),
        channel = channel.label(),
        channels = channel_words(&t.channels)
    )
}

/// The message to send: `--text`, or the template's body filled in; an email's
/// subject likewise. A field with no value refuses it, naming each.
fn written(
    contact: &Contact,
    channel: InteractionKind,
    template: Option<&StoredTemplate>,
    args: &SendArgs,
    values: &Values,
) -> Result<Outgoing> {
    let is_email = channel == InteractionKind::Email;
    if args.subject.is_some() && !is_email {
        crate::refuse!("cli-send-subject-only-email");
    }
    let from_template = |part: Option<&str>| part.map(|text| fill(text, values));
    let body: Option<Filled> = match &args.text {
        Some(_) => None,
        None => from_template(template.map(|t| t.template.body.as_str())),
    };
    let subject: Option<Filled> = match (&args.subject, is_email) {
        (None, true) => from_template(template.and_then(|t| t.template.subject.as_deref())),
        _ => None,
    };
    let mut missing: Vec<String> = Vec::new();
    for field in subject.iter().chain(body.iter()).flat_map(|f| &f.missing) {
        if !missing.contains(field) {
            missing.push(field.clone());
        }
    }
    if let (false, Some(template)) = (missing.is_empty(), template) {
        return Err(crate::failure::refused(missing_fields(
            contact, template, &missing,
        )));
    }
    let text = match (&args.text, body) {
        (Some(typed), _) => clean_text(typed),
        (None, Some(filled)) => filled.text,
        (None, None) => crate::refuse!("cli-send-needs-text"),
    };
    if text.trim().is_empty() {
        crate::refuse!("cli-send-empty");
    }
    let subject = match &args.subject {
        Some(typed) => Some(clean_line(typed)),
        None => subject.map(|filled| filled.text),
    };
    Ok(Outgoing {
        contact_id: contact.id.clone(),
        channel,
        subject: subject.filter(|s| !s.trim().is_empty()),
        text,
        template: template.map(|t| t.template.name.clone()),
    })
}

/// Every field the message would leave empty, and how to give each.
fn missing_fields(contact: &Contact, template: &StoredTemplate, missing: &[String]) -> String {
    let fields: Vec<String> = missing.iter().map(|f| format!("{{{f}}}")).collect();
    let how: Vec<String> = missing.iter().map(|f| format!("--set {f}=…")).collect();
    crate::t!(
        "cli-send-missing-fields",
        template = clean_line(&template.template.name),
        contact = clean_line(&contact.name),
        count = missing.len(),
        fields = fields.join(", "),
        how = how.join(" ")
    )
}

/// Refuses a message with nowhere to go: no phone for WhatsApp or SMS, no address
/// for email.
fn refuse_unreachable(contact: &Contact, channel: InteractionKind) -> Result<()> {
    let name = clean_line(&contact.name);
    match channel {
        InteractionKind::Email if contact.emails.is_empty() => {
            crate::refuse!("cli-send-no-email", contact = name)
        }
        InteractionKind::Email => Ok(()),
        _ if contact.phones.iter().all(|p| p.e164.is_none()) => {
            crate::refuse!(
                "cli-send-no-phone",
                contact = name,
                channel = channel.label()
            )
        }
        _ => Ok(()),
    }
}

/// The program links are handed to: the config's, else the system's.
fn opener(ctx: &Context) -> crate::io::opener::Opener {
    crate::io::opener::Opener::from_config(ctx.config.opener.as_deref())
}

/// What `send --json` prints: the entry, to whom, what it says, and its link.
fn sent_json(contact: &Contact, entry: &Interaction, message: &Outgoing, link: &str) -> SentJson {
    let state = match is_unsent(entry.outcome.as_deref()) {
        true => SendState::Opened,
        false => SendState::Sent,
    };
    SentJson {
        entry: entry.id.clone(),
        contact_id: contact.id.clone(),
        contact: contact.name.clone(),
        channel: message.channel.to_string(),
        template: entry.template.clone(),
        text: entry.text.clone(),
        subject: entry.subject.clone(),
        link: link.to_string(),
        state,
    }
}
