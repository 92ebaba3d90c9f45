//! `log`: what happened with a contact.

use super::Context;
use super::json::records::InteractionJson;
use super::output::{contact_summary, interaction_line, print_json};
use crate::domain::text::{clean_text, non_empty};
use crate::domain::when::{parse_duration_secs, parse_when_local};
use crate::domain::{Direction, Interaction, InteractionKind};
use crate::failure::refused;
use crate::store::new_id;
use anyhow::Result;
use clap::{Args, ValueEnum};

/// The kinds a person logs; automatic events are written by Leadometer itself.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LoggedKind {
    Call,
    Whatsapp,
    Email,
    Meeting,
    Sms,
    Note,
}

impl From<LoggedKind> for InteractionKind {
    fn from(kind: LoggedKind) -> InteractionKind {
        match kind {
            LoggedKind::Call => InteractionKind::Call,
            LoggedKind::Whatsapp => InteractionKind::Whatsapp,
            LoggedKind::Email => InteractionKind::Email,
            LoggedKind::Meeting => InteractionKind::Meeting,
            LoggedKind::Sms => InteractionKind::Sms,
            LoggedKind::Note => InteractionKind::Note,
        }
    }
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct LogArgs {
    /// Correct, delete or see the versions of a logged entry.
    #[command(subcommand)]
    fix: Option<super::log_fix::LogFix>,
    /// What happened.
    #[arg(required = true)]
    kind: Option<LoggedKind>,
    /// The contact: an id, a phone, an email or an exact name.
    #[arg(required = true)]
    contact: Option<String>,
    /// in (they reached us) or out (we reached them); default out, none for notes and meetings.
    #[arg(long)]
    direction: Option<Direction>,
    /// e.g. answered, no-answer, voicemail, interested.
    #[arg(long)]
    outcome: Option<String>,
    /// How long it took, e.g. 5m, 1h30m, 90s.
    #[arg(long)]
    duration: Option<String>,
    /// An email's or a meeting's subject.
    #[arg(long)]
    subject: Option<String>,
    /// What was said or written.
    #[arg(long)]
    text: Option<String>,
    /// When it happened: 14:30, yesterday 10:00, 2h ago, 2024-01-15 21:05 (default: now).
    #[arg(long)]
    at: Option<String>,
    /// The deal it belongs to (id or exact title).
    #[arg(long)]
    deal: Option<String>,
}

pub fn log(ctx: &mut Context, args: LogArgs) -> Result<()> {
    let (Some(kind), Some(contact)) = (args.kind, args.contact.as_deref()) else {
        return match args.fix {
            Some(fix) => super::log_fix::run(ctx, fix),
            None => crate::refuse!("cli-log-needs-kind"),
        };
    };
    let kind = InteractionKind::from(kind);
    let duration_secs = parse_duration(args.duration.as_deref())?;
    let occurred_at = parse_at(args.at.as_deref(), ctx.now)?.unwrap_or(ctx.now);
    let (contact, _) = ctx.store.resolve_contact(contact)?;
    let deal_id = match args.deal.as_deref() {
        Some(query) => {
            let deal = ctx.store.resolve_deal(query)?;
            if deal.contact_id != contact.id {
                crate::refuse!(
                    "cli-log-deal-of-another",
                    typed = crate::domain::text::clean_line(query)
                );
            }
            Some(deal.id)
        }
        None => None,
    };
    let item = Interaction {
        id: new_id(),
        contact_id: contact.id.clone(),
        deal_id,
        kind,
        direction: args.direction.or(kind.default_direction()),
        outcome: non_empty(args.outcome.as_deref()),
        duration_secs,
        subject: non_empty(args.subject.as_deref()),
        text: args
            .text
            .as_deref()
            .map(clean_text)
            .filter(|t| !t.is_empty()),
        occurred_at,
        logged_by: ctx.store.user().to_string(),
        created_at: ctx.now,
        supersedes: None,
        template: None,
    };
    ctx.store
        .log_interaction(ctx.now, &item)
        .map_err(super::log_fix::name_the_option)?;
    if ctx.json {
        print_json(&InteractionJson::from(&item));
    } else {
        let contact = contact_summary(&contact);
        let logged = crate::t!("cli-logged-for", contact = contact);
        println!("{}", super::output::shown(&logged));
        println!("  {}", interaction_line(&item));
    }
    Ok(())
}

/// `--duration`, read or refused naming it.
pub(super) fn parse_duration(text: Option<&str>) -> Result<Option<i64>> {
    text.map(|t| parse_duration_secs(t).map_err(|e| refused(format!("--duration: {e}"))))
        .transpose()
}

/// `--at`, read or refused naming it.
pub(super) fn parse_at(
    text: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<chrono::DateTime<chrono::Utc>>> {
    text.map(|t| parse_when_local(t, now).map_err(|e| refused(format!("--at: {e}"))))
        .transpose()
}
