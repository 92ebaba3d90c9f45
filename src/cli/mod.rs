//! The scriptable command line: one module per family of subcommands.

mod add;
mod backup;
mod before_parsing;
mod campaign;
mod check;
mod clap_messages;
mod completions;
mod config_file;
mod deal;
mod deal_edit;
mod deal_list;
mod delete;
mod edit;
mod examples;
pub mod exit;
mod export;
mod generate;
mod help;
mod help_layout;
mod import;
mod inbox;
mod json;
mod log;
mod log_fix;
mod merge;
mod output;
mod progress_bar;

pub use clap_messages::said_by_clap;
pub use output::shown_error;
mod overview;
mod report;
mod report_deals;
mod report_goals;
mod rescore;
mod restore;
mod schema;
mod score;
mod search;
mod send;
mod server;
mod show;
mod sync;
mod task;
mod template;
mod triage;
mod words;

use crate::config::{self, Config};
use crate::store::Store;
use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};
use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use std::path::PathBuf;

/// The heading the options of every command are listed under in `--help`.
const GLOBAL_OPTIONS: &str = "Global options";

#[derive(Debug, Parser)]
#[command(
    name = "leadometer",
    version,
    about = "A lead desk for the terminal",
    after_help = examples::PROGRAM
)]
pub struct Cli {
    /// The database file (default: leads.db in your data directory).
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS, env = "LEADOMETER_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The config file (default: config.toml in your config directory).
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS, env = "LEADOMETER_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Open the ready-made demo database instead of your own.
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS, conflicts_with = "db")]
    pub demo: bool,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS)]
    pub json: bool,
    /// Say what happens on stderr: -v the main steps, -vv details, -vvv everything.
    #[arg(short, long, global = true, help_heading = GLOBAL_OPTIONS, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Pretend the time is this (RFC 3339); for tests and reproducible scripts.
    #[arg(long, global = true, help_heading = GLOBAL_OPTIONS, env = "LEADOMETER_NOW", hide = true)]
    pub now: Option<String>,
    /// Without a command: an overview of the file and its most recently active contacts.
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a lead (an existing phone or email returns that contact instead).
    #[command(after_help = examples::ADD)]
    Add(add::AddArgs),
    /// Change a contact's details, status, owner, quality or flags.
    #[command(after_help = examples::EDIT)]
    Edit(Box<edit::EditArgs>),
    /// Delete a contact (kept as a tombstone, so that merged copies learn of it).
    Delete(delete::DeleteArgs),
    /// Log a call, WhatsApp message, email, meeting, SMS or note.
    #[command(after_help = examples::LOG)]
    Log(log::LogArgs),
    /// Find contacts by any digits of a phone, an email, a name or a company.
    Search(search::SearchArgs),
    /// Show a contact with its accounts, deals, tasks and whole timeline.
    #[command(after_help = examples::SHOW)]
    Show(show::ShowArgs),
    /// Open deals and move them through the pipeline.
    #[command(subcommand, after_help = examples::DEAL)]
    Deal(deal::DealCommand),
    /// Follow-up tasks.
    #[command(subcommand, after_help = examples::TASK)]
    Task(task::TaskCommand),
    /// Message templates: personal or generic, for WhatsApp, SMS or email.
    #[command(subcommand)]
    Template(template::TemplateCommand),
    /// Send a WhatsApp message, an SMS or an email from a template or as written: it is
    /// logged as opened, and the link is opened (or printed with --print).
    Send(send::SendArgs),
    /// Confirm that a message `send` opened was sent: from then on it answers the lead.
    Sent(send::SentArgs),
    /// Campaigns worked as checklists: their contacts, each done or not.
    #[command(subcommand)]
    Campaign(campaign::CampaignCommand),
    /// Leads that still need work, most urgent first (overdue SLA first, then priority).
    #[command(after_help = examples::INBOX)]
    Inbox(inbox::InboxArgs),
    /// Why a contact scores what it scores: every rule, its points and its evidence.
    Score(score::ScoreArgs),
    /// Decide about a lead: convert (open a deal), nurture, or drop with a reason.
    Triage(triage::TriageArgs),
    /// Reports over a period: the funnel from lead to customer, speed-to-lead, the
    /// pipeline and its forecast, and the reasons leads and deals were lost.
    #[command(after_help = examples::REPORT)]
    Report(report::ReportArgs),
    /// Recompute every score (after changing the rules), raise lifecycles, mark expired leads.
    Rescore,
    /// Fill an empty database with realistic synthetic data.
    Gen(generate::GenArgs),
    /// Bring in contacts from a CSV (HubSpot, Google Contacts, Excel), a vCard file or a
    /// WhatsApp chat export, deduplicated by phone and email, all or nothing.
    #[command(after_help = examples::IMPORT)]
    Import(import::ImportArgs),
    /// Write every contact out: CSV for Excel, JSON with timelines and deals, or vCard.
    #[command(after_help = examples::EXPORT)]
    Export(export::ExportArgs),
    /// Write a consistent snapshot of the file into the backups folder.
    Backup,
    /// Replace the file's content with a backup, keeping the current content aside.
    Restore(restore::RestoreArgs),
    /// Check the file: SQLite's integrity and foreign keys, and Leadometer's own rules.
    Check,
    /// Merge another Leadometer file into this one: each field goes to the later change,
    /// timelines are joined, nothing is lost. The other file is only read.
    Merge(merge::MergeArgs),
    /// Merge the shared copy (config: shared) and any conflicted copies beside it into
    /// this file, then publish the result back to the shared folder; with a team
    /// server (config: server), push this desk's changes and take everyone else's.
    Sync,
    /// The team server: set it up, invite a desk, see how it stands, compact it.
    #[command(subcommand)]
    Server(server::ServerCommand),
    /// The JSON Schema of each --json output, by the command that prints it.
    Schema(schema::SchemaArgs),
    /// The config file: where it is, what it holds in effect, whether it is sound;
    /// or edit it.
    #[command(subcommand, after_help = examples::CONFIG)]
    Config(config_file::ConfigCommand),
    /// Print the completion script of a shell (bash, zsh, fish, elvish, powershell).
    #[command(after_help = examples::COMPLETIONS)]
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff): `leadometer man | man -l -`.
    Man,
}

/// The program's name, as the shell calls it.
pub const PROGRAM: &str = "leadometer";

/// The command line as the parser reads it, in English: the completions and the
/// manual page are generated from it too.
pub fn command() -> clap::Command {
    Cli::command().long_version(long_version())
}

/// `--version`: the version, the schema version of the files this binary writes, and
/// the SQLite built into it, which is what a bug report needs.
fn long_version() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        format!(
            "{}\nschema {}\nSQLite {}",
            env!("CARGO_PKG_VERSION"),
            crate::store::SCHEMA_VERSION,
            rusqlite::version()
        )
    })
}

/// Reads the command line, with its help and its refusals in the language of the
/// config (else the locale's), known before anything is parsed.
pub fn parse(args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    before_parsing::speak_for(&args);
    let mut command = help::in_language(command());
    let mut matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|refusal| refusal.format(&mut command))
}

/// What every command needs: the open store, the config, the time and the output mode.
pub struct Context {
    pub store: Store,
    pub config: Config,
    pub now: DateTime<Utc>,
    pub json: bool,
}

impl Context {
    /// An `--owner` as typed: `me` is the config's user.
    fn owner<'a>(&'a self, typed: &'a str) -> &'a str {
        if typed == "me" {
            self.store.user()
        } else {
            typed
        }
    }
}

pub fn run(cli: Cli) -> Result<()> {
    // Before the config is loaded: these work even when it cannot be read.
    match &cli.command {
        Some(Command::Completions(args)) => return completions::completions(args),
        Some(Command::Man) => return completions::man(),
        Some(Command::Config(command)) => {
            return config_file::run(command, cli.config.as_deref(), cli.json);
        }
        _ => {}
    }
    let config = Config::load(cli.config.as_deref())?;
    crate::i18n::set(config.language.unwrap_or_else(crate::i18n::Lang::from_env));
    output::lay_out_for(config.display.bidi, cli.json);
    crate::i18n::format::set_region(config.region);
    let now = match &cli.now {
        Some(text) => DateTime::parse_from_rfc3339(text)
            // The clock is the environment's (`LEADOMETER_NOW`, for tests), not a value
            // of the command: one that cannot be read is a failure, not a refusal.
            .with_context(|| crate::t!("cli-now-not-rfc3339", typed = text.as_str()))?
            .with_timezone(&Utc),
        None => Utc::now(),
    };
    if let Some(Command::Schema(args)) = &cli.command {
        return schema::schema(args);
    }
    if let Some(Command::Restore(args)) = &cli.command {
        if cli.demo {
            crate::refuse!("cli-restore-not-demo");
        }
        return restore::restore(&db_path(&cli)?, &config, now, cli.json, args);
    }
    if matches!(cli.command, Some(Command::Check)) && !cli.demo {
        // Before the usual open, which refuses the very files check must look into.
        return check::check(&db_path(&cli)?, &config, now, cli.json);
    }
    // An import reads its file first: a refused file leaves the database (or its
    // absence) exactly as it was.
    let prepared_import = match &cli.command {
        Some(Command::Import(args)) => {
            let request = crate::import::ImportRequest::from(args.clone());
            Some((crate::import::prepare(&request, &config)?, request))
        }
        _ => None,
    };
    // A command that fails on a file it created leaves no file behind: a mistyped
    // --db or a refused import must not leave an empty database to be found later.
    // `symlink_metadata`: a link whose target is missing (a share not mounted) is
    // there, and is never removed.
    let created_here = (!cli.demo)
        .then(|| db_path(&cli))
        .transpose()?
        .filter(|p| p.symlink_metadata().is_err());
    let store = open_store(&cli, &config, now)?;
    let ctx = Context {
        store,
        config,
        now,
        json: cli.json,
    };
    let outcome = dispatch(cli.command, ctx, prepared_import);
    if let (Err(_), Some(path)) = (&outcome, created_here) {
        crate::store::inspect::discard_if_unused(&path);
    }
    outcome
}

/// Runs `command` (the desk or the overview when there is none) with the store open.
fn dispatch(
    command: Option<Command>,
    mut ctx: Context,
    prepared_import: Option<(crate::import::Prepared, crate::import::ImportRequest)>,
) -> Result<()> {
    let Some(command) = command else {
        // A person at a terminal gets the desk; a script or a pipe, the overview.
        use std::io::IsTerminal;
        if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() && !ctx.json {
            let (keymap, problems) = crate::tui::keymap::Keymap::with_overrides(&ctx.config.keys);
            return crate::tui::runtime::run(ctx.store, keymap, problems);
        }
        return overview::overview(&ctx);
    };
    match command {
        Command::Add(args) => add::add(&mut ctx, args),
        Command::Edit(args) => edit::edit(&mut ctx, *args),
        Command::Delete(args) => delete::delete(&mut ctx, args),
        Command::Log(args) => log::log(&mut ctx, args),
        Command::Search(args) => search::search(&ctx, args),
        Command::Show(args) => show::show(&ctx, args),
        Command::Deal(command) => deal::run(&mut ctx, command),
        Command::Task(command) => task::task(&mut ctx, command),
        Command::Template(command) => template::run(&mut ctx, command),
        Command::Send(args) => send::send(&mut ctx, args),
        Command::Sent(args) => send::sent(&mut ctx, args),
        Command::Campaign(command) => campaign::run(&mut ctx, command),
        Command::Inbox(args) => inbox::inbox(&ctx, args),
        Command::Score(args) => score::score(&ctx, args),
        Command::Triage(args) => triage::triage(&mut ctx, args),
        Command::Report(args) => report::report(&ctx, args),
        Command::Rescore => rescore::rescore(&mut ctx),
        Command::Gen(args) => generate::run(&mut ctx, args),
        Command::Import(args) => match prepared_import {
            Some((prepared, request)) => import::import(&mut ctx, request, Some(prepared)),
            None => import::import(&mut ctx, args.into(), None),
        },
        Command::Export(args) => export::export(&ctx, args),
        Command::Backup => backup::backup(&ctx),
        Command::Check => {
            let problems = ctx.store.check()?;
            check::report_problems(ctx.store.path(), &problems, ctx.json)
        }
        Command::Merge(args) => merge::merge(&mut ctx, args),
        Command::Sync => sync::sync(&mut ctx),
        Command::Server(command) => server::run(&mut ctx, command),
        Command::Restore(_) => unreachable!("restored before the file is opened"),
        Command::Schema(_) => unreachable!("printed before the file is opened"),
        Command::Config(_) | Command::Completions(_) | Command::Man => {
            unreachable!("run before the config is loaded")
        }
    }
}

fn open_store(cli: &Cli, config: &Config, now: DateTime<Utc>) -> Result<Store> {
    if cli.demo {
        let path = config::data_dir()
            .with_context(|| crate::t!("cli-no-data-dir-demo"))?
            .join("demo.db");
        return Ok(crate::store::demo::open_demo(&path, config, now)?);
    }
    let path = db_path(cli)?;
    Store::open(&path, config).map_err(|e| {
        // Only damage is mended by a backup: a full disk or a permission is not.
        let damaged = e.is_damage();
        match damaged
            .then(|| restore::newest_backup_hint(&path))
            .flatten()
        {
            Some(hint) => crate::failure::damaged(format!("{e}; {hint}")),
            None => e.into(),
        }
    })
}

fn db_path(cli: &Cli) -> Result<PathBuf> {
    match &cli.db {
        Some(path) => Ok(path.clone()),
        None => config::default_db_path().with_context(|| crate::t!("cli-no-data-dir")),
    }
}
