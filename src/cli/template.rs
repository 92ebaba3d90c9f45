//! `template list | show | add | edit | rm`: the message templates `send` fills.
//!
//! Every value is checked here first, naming its option, so that a refused command
//! writes nothing and says what to change in the user's language.

use super::Context;
use super::json::work::TemplateJson;
use super::output::{print_json, print_table, shown};
use crate::domain::InteractionKind;
use crate::domain::template::{CHANNELS, LANGUAGES, Template};
use crate::domain::text::{clean_line, clean_text, fold};
use crate::failure::refused;
use crate::store::{StoreError, StoredTemplate};
use anyhow::Result;
use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    /// Every template: its language, channels, whether it is personal, its fields.
    List {
        /// Only the templates written in this language.
        #[arg(long, value_parser = PossibleValuesParser::new(LANGUAGES))]
        language: Option<String>,
        /// Only the templates offered for this channel.
        #[arg(long, value_parser = PossibleValuesParser::new(CHANNELS))]
        channel: Option<String>,
    },
    /// A template in full.
    Show {
        /// The template: its name or its id.
        template: String,
    },
    /// Add a template.
    Add(AddArgs),
    /// Change a template: only what is given changes.
    Edit(EditArgs),
    /// Delete a template (kept as a tombstone, so that every copy learns of it).
    Rm {
        /// The template: its name or its id.
        template: String,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The template's name, e.g. "Price list".
    #[arg(long)]
    name: String,
    /// The language it is written in.
    #[arg(long, value_parser = PossibleValuesParser::new(LANGUAGES))]
    language: String,
    /// A channel it may be sent through (repeatable).
    #[arg(long, required = true, value_parser = PossibleValuesParser::new(CHANNELS))]
    channel: Vec<String>,
    /// Fit for a whole campaign, not written to one person.
    #[arg(long)]
    generic: bool,
    /// An email's subject; it may hold fields too.
    #[arg(long)]
    subject: Option<String>,
    #[command(flatten)]
    body: Body,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The template: its name or its id.
    template: String,
    /// A new name.
    #[arg(long)]
    name: Option<String>,
    /// The language it is written in.
    #[arg(long, value_parser = PossibleValuesParser::new(LANGUAGES))]
    language: Option<String>,
    /// The channels it may be sent through, replacing the ones it has (repeatable).
    #[arg(long, value_parser = PossibleValuesParser::new(CHANNELS))]
    channel: Vec<String>,
    /// Fit for a whole campaign, not written to one person.
    #[arg(long, conflicts_with = "personal")]
    generic: bool,
    /// Written to one person.
    #[arg(long)]
    personal: bool,
    /// An email's subject ("" removes it).
    #[arg(long)]
    subject: Option<String>,
    #[command(flatten)]
    body: Body,
}

/// The body, typed or read from a file.
#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct Body {
    /// The message, with fields in braces: {first_name}, {name}, {company}, {owner},
    /// {my_name}, {deal}, {amount}, {due}, or a custom field.
    #[arg(long)]
    body: Option<String>,
    /// The body read from a file ("-" for standard input).
    #[arg(long, value_name = "PATH")]
    body_file: Option<std::path::PathBuf>,
}

impl Body {
    /// The body given, read and cleaned; none when neither option was given.
    fn read(&self) -> Result<Option<String>> {
        let text = match (&self.body, &self.body_file) {
            (Some(text), _) => text.clone(),
            (None, Some(path)) => read_body_file(path)?,
            (None, None) => return Ok(None),
        };
        let text = clean_text(&text);
        if text.trim().is_empty() {
            crate::refuse!("cli-template-empty-body");
        }
        Ok(Some(text))
    }
}

fn read_body_file(path: &std::path::Path) -> Result<String> {
    let read = match path.as_os_str() == "-" {
        true => std::io::read_to_string(std::io::stdin()),
        false => std::fs::read_to_string(path),
    };
    read.map_err(|e| {
        let message = crate::t!(
            "cli-template-body-file",
            path = clean_line(&path.display().to_string()),
            error = e.to_string()
        );
        match e.kind() {
            std::io::ErrorKind::NotFound => crate::failure::not_found(message),
            _ => anyhow::Error::msg(message),
        }
    })
}

pub fn run(ctx: &mut Context, command: TemplateCommand) -> Result<()> {
    match command {
        TemplateCommand::List { language, channel } => list(ctx, language, channel),
        TemplateCommand::Show { template } => {
            let found = find(ctx, &template)?;
            match ctx.json {
                true => print_json(&template_json(&found)),
                false => print_whole(&found),
            }
            Ok(())
        }
        TemplateCommand::Add(args) => add(ctx, args),
        TemplateCommand::Edit(args) => edit(ctx, args),
        TemplateCommand::Rm { template } => {
            let found = find(ctx, &template)?;
            let gone = ctx.store.delete_template(ctx.now, &found.id)?;
            if ctx.json {
                print_json(&template_json(&gone));
            } else {
                let line = crate::t!(
                    "cli-template-deleted",
                    name = clean_line(&gone.template.name),
                    id = gone.id.as_str()
                );
                println!("{}", shown(&line));
            }
            Ok(())
        }
    }
}

fn list(ctx: &Context, language: Option<String>, channel: Option<String>) -> Result<()> {
    let templates: Vec<StoredTemplate> = ctx
        .store
        .templates()?
        .into_iter()
        .filter(|t| language.as_ref().is_none_or(|l| &t.template.language == l))
        .filter(|t| {
            channel
                .as_ref()
                .is_none_or(|c| t.template.channels.contains(c))
        })
        .collect();
    if ctx.json {
        print_json(&templates.iter().map(template_json).collect::<Vec<_>>());
        return Ok(());
    }
    if templates.is_empty() {
        println!("{}", shown(&crate::t!("cli-template-none")));
        return Ok(());
    }
    let rows: Vec<Vec<String>> = templates
        .iter()
        .map(|t| {
            vec![
                clean_line(&t.template.name),
                t.template.language.clone(),
                channel_words(&t.template.channels),
                kind_word(&t.template),
                t.template.fields().join(", "),
                clean_line(&t.id),
            ]
        })
        .collect();
    print_table(
        &["NAME", "LANGUAGE", "CHANNELS", "KIND", "FIELDS", "ID"],
        &rows,
    );
    Ok(())
}

/// A template in full: what it is, then its subject and body as they are written.
fn print_whole(found: &StoredTemplate) {
    let t = &found.template;
    println!("{}", shown(&clean_line(&t.name)));
    let field = |label: String, value: String| {
        let label = shown(&label).into_owned();
        let width = unicode_width::UnicodeWidthStr::width(label.as_str());
        let padding = " ".repeat(12usize.saturating_sub(width));
        println!("{label}{padding}{}", shown(&clean_line(&value)));
    };
    field(crate::t!("cli-field-id"), found.id.clone());
    field(crate::t!("cli-template-language"), t.language.clone());
    field(
        crate::t!("cli-template-channels"),
        channel_words(&t.channels),
    );
    field(crate::t!("cli-template-kind"), kind_word(t));
    field(crate::t!("cli-template-fields"), t.fields().join(", "));
    if let Some(subject) = &t.subject {
        field(crate::t!("cli-template-subject"), subject.clone());
    }
    println!();
    for line in clean_text(&t.body).lines() {
        println!("{}", shown(line));
    }
}

/// A template for scripts: the stored fields, and the fields it uses.
pub(super) fn template_json(found: &StoredTemplate) -> TemplateJson {
    let t = &found.template;
    TemplateJson {
        id: found.id.clone(),
        name: t.name.clone(),
        language: t.language.clone(),
        channels: t.channels.clone(),
        personal: t.personal,
        subject: t.subject.clone(),
        body: t.body.clone(),
        fields: t.fields(),
    }
}

/// The fields the subject and the body use, each once.
/// The channels as the timeline names them: "WhatsApp, SMS".
pub(super) fn channel_words(channels: &[String]) -> String {
    channels
        .iter()
        .map(|c| match c.parse::<InteractionKind>() {
            Ok(kind) => kind.label(),
            Err(_) => clean_line(c),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn kind_word(t: &Template) -> String {
    match t.personal {
        true => crate::t!("cli-template-personal"),
        false => crate::t!("cli-template-generic"),
    }
}

/// The template named or numbered `wanted`; several of one name are listed by id.
pub(super) fn find(ctx: &Context, wanted: &str) -> Result<StoredTemplate> {
    ctx.store.find_template(wanted).map_err(|e| match e {
        StoreError::AmbiguousNamed { query, candidates } => crate::failure::refused(crate::t!(
            "cli-template-ambiguous",
            typed = clean_line(&query),
            count = candidates.len(),
            candidates = candidates.join("\n")
        )),
        other => other.into(),
    })
}

fn add(ctx: &mut Context, args: AddArgs) -> Result<()> {
    let body = args.body.read()?;
    let template = Template {
        name: clean_line(&args.name),
        language: args.language,
        channels: unique(args.channel),
        personal: !args.generic,
        subject: args
            .subject
            .as_deref()
            .map(clean_line)
            .filter(|s| !s.is_empty()),
        body: body.ok_or_else(|| refused(crate::t!("cli-template-needs-body")))?,
    };
    refuse(ctx, None, &template)?;
    let added = ctx.store.add_template(ctx.now, &template)?;
    let name = clean_line(&added.template.name);
    said(ctx, &crate::t!("cli-template-added", name = name), &added);
    Ok(())
}

fn edit(ctx: &mut Context, args: EditArgs) -> Result<()> {
    let body = args.body.read()?;
    let old = find(ctx, &args.template)?;
    let mut new = old.template.clone();
    if let Some(name) = &args.name {
        new.name = clean_line(name);
    }
    if let Some(language) = args.language {
        new.language = language;
    }
    if !args.channel.is_empty() {
        new.channels = unique(args.channel);
    }
    if args.generic || args.personal {
        new.personal = args.personal;
    }
    if let Some(subject) = &args.subject {
        new.subject = Some(clean_line(subject)).filter(|s| !s.is_empty());
    }
    if let Some(body) = body {
        new.body = body;
    }
    if new == old.template {
        crate::refuse!(
            "cli-template-nothing-changed",
            name = clean_line(&old.template.name)
        );
    }
    refuse(ctx, Some(&old.id), &new)?;
    let edited = ctx.store.edit_template(ctx.now, &old.id, &new)?;
    let name = clean_line(&edited.template.name);
    said(ctx, &crate::t!("cli-template-saved", name = name), &edited);
    Ok(())
}

/// Channels each once, in the order given.
fn unique(channels: Vec<String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for channel in channels {
        if !kept.contains(&channel) {
            kept.push(channel);
        }
    }
    kept
}

/// Why `template` cannot be stored, naming the option: no name, or the name of
/// another template in its language. (Clap has checked the language and channels,
/// and `Body::read` the body.)
fn refuse(ctx: &Context, editing: Option<&str>, template: &Template) -> Result<()> {
    if template.name.is_empty() {
        crate::refuse!("cli-template-needs-name");
    }
    let clash = ctx.store.templates()?.into_iter().find(|t| {
        Some(t.id.as_str()) != editing
            && t.template.language == template.language
            && fold(&t.template.name) == fold(&template.name)
    });
    if let Some(other) = clash {
        crate::refuse!(
            "cli-template-name-taken",
            name = clean_line(&other.template.name),
            language = other.template.language.as_str(),
            id = other.id.as_str()
        );
    }
    Ok(())
}

/// What was stored, for scripts as JSON and for people in a line and in full.
fn said(ctx: &Context, line: &str, stored: &StoredTemplate) {
    if ctx.json {
        print_json(&template_json(stored));
        return;
    }
    println!("{}\n", shown(line));
    print_whole(stored);
}
