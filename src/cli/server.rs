//! `server init | status | compact | invite`, and `sync` with the team server.

use super::Context;
use super::merge::{counts, print_conflicts, print_refusals, shown_path};
use super::output::{print_json, print_table};
use crate::server::{ServerError, ServerSync};
use anyhow::Result;
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Set up the team server on a PostgreSQL database: its schema, roles and rules
    /// (or bring them up to date)
    Init {
        /// The server as its owner, e.g. postgres://owner@host/leads (else the config's
        /// server); the password comes from server_password_file or the environment
        #[arg(long)]
        url: Option<String>,
        /// Move the office over from its shared folder: sync with it, push everything
        /// here, and write the snapshot new desks start from
        #[arg(long)]
        from_shared: bool,
    },
    /// How this desk and the server stand: every desk's log, and what waits here
    Status,
    /// Fold every desk's log into a new snapshot for new desks to start from, and
    /// remove the entries it holds (the server's owner only)
    Compact {
        /// The server as its owner (else the config's server)
        #[arg(long)]
        url: Option<String>,
    },
    /// Create a login role for a new desk; its password goes to a new file that only
    /// you can read, to hand over
    Invite {
        /// The role's name: lowercase letters, digits and _
        name: String,
        /// Where to write the password (default: NAME.password here)
        #[arg(long)]
        password_file: Option<PathBuf>,
        /// The server as its owner (else the config's server)
        #[arg(long)]
        url: Option<String>,
    },
}

pub fn run(ctx: &mut Context, command: ServerCommand) -> Result<()> {
    match command {
        ServerCommand::Init { url, from_shared } => init(ctx, url.as_deref(), from_shared),
        ServerCommand::Status => status(ctx),
        ServerCommand::Compact { url } => {
            let address = crate::server::address_of(&ctx.config, url.as_deref())?;
            let mut client = address.connect()?;
            crate::server::schema::check(&mut client)?;
            let done = crate::server::compact(&mut client, ctx.now)?;
            if ctx.json {
                print_json(&done);
            } else {
                println!(
                    "{}",
                    crate::t!(
                        "cli-server-compacted",
                        id = done.snapshot,
                        contacts = done.contacts,
                        size = crate::i18n::format::number(done.bytes / 1024),
                        count = done.entries_removed as i64
                    )
                );
            }
            Ok(())
        }
        ServerCommand::Invite {
            name,
            password_file,
            url,
        } => {
            let address = crate::server::address_of(&ctx.config, url.as_deref())?;
            let file = password_file.unwrap_or_else(|| PathBuf::from(format!("{name}.password")));
            let invited = crate::server::invite(&address, &name, &file)?;
            if ctx.json {
                print_json(&invited);
            } else {
                println!(
                    "{}",
                    crate::t!(
                        "cli-server-invited",
                        role = invited.role.as_str(),
                        server = invited.server.as_str(),
                        file = shown_path(&invited.password_file)
                    )
                );
            }
            Ok(())
        }
    }
}

fn init(ctx: &mut Context, url: Option<&str>, from_shared: bool) -> Result<()> {
    let address = crate::server::address_of(&ctx.config, url)?;
    let (office, made) = crate::server::init(&address)?;
    let mut moved = None;
    if from_shared {
        let shared = ctx
            .config
            .shared
            .clone()
            .ok_or(crate::sync::SyncError::NotConfigured)?;
        let folder = crate::sync::run(&mut ctx.store, ctx.now, &shared)?;
        let synced = crate::server::sync(&mut ctx.store, &address, ctx.now)?;
        let mut client = address.connect()?;
        let compacted = crate::server::compact(&mut client, ctx.now)?;
        moved = Some((folder.shared, synced, compacted));
    }
    if ctx.json {
        print_json(&super::json::server::ServerInitJson {
            server: address.shown.clone(),
            office: office.clone(),
            created: made,
            from_shared: moved.as_ref().map(|(shared, synced, compacted)| {
                super::json::server::FromSharedJson {
                    shared: shared.clone(),
                    pushed: synced.pushed,
                    snapshot: compacted.snapshot,
                }
            }),
        });
        return Ok(());
    }
    let said = if made {
        crate::t!(
            "cli-server-initialised",
            office = office.as_str(),
            server = address.shown.as_str()
        )
    } else {
        crate::t!(
            "cli-server-already-initialised",
            office = office.as_str(),
            server = address.shown.as_str()
        )
    };
    println!("{said}");
    if let Some((shared, synced, compacted)) = moved {
        println!(
            "{}",
            crate::t!(
                "cli-server-moved-over",
                file = shown_path(&shared),
                count = synced.pushed as i64,
                id = compacted.snapshot
            )
        );
    } else {
        println!("{}", crate::t!("cli-server-next-steps"));
    }
    Ok(())
}

/// `sync` with the team server: push, pull, and say what came.
pub fn sync(ctx: &mut Context) -> Result<()> {
    let address = crate::server::address_of(&ctx.config, None)?;
    let mut bar = super::progress_bar::Bar::new(ctx.json, super::progress_bar::Job::Sync);
    let synced = crate::server::sync_with(&mut ctx.store, &address, ctx.now, &mut bar);
    bar.done();
    let report = synced.map_err(|e| match e {
        // Offline is no failure of the data: the changes wait here.
        ServerError::Unreachable { .. } if ctx.store.server_office().ok().flatten().is_some() => {
            let owed = ctx.store.owed_count().unwrap_or(0) as i64;
            anyhow::anyhow!("{e}\n{}", crate::t!("cli-server-owed", count = owed))
        }
        other => other.into(),
    })?;
    tracing::info!(
        pushed = report.pushed,
        conflicts = report.pulled.merged.conflicts.len(),
        "synced with the team server"
    );
    if ctx.json {
        print_json(&super::json::server::SyncJson::TeamServer(report));
        return Ok(());
    }
    print_server_sync(&report);
    Ok(())
}

fn print_server_sync(report: &ServerSync) {
    let pulled = &report.pulled;
    if pulled.snapshot_taken {
        println!("{}", crate::t!("cli-server-snapshot-taken"));
    }
    if pulled.server_lost {
        println!("{}", crate::t!("cli-server-lost"));
    }
    if pulled.merged.changed_anything() {
        println!(
            "{}",
            crate::t!("cli-sync-brought", counts = counts(&pulled.merged))
        );
    }
    print_refusals(&pulled.merged.not_taken);
    print_conflicts(&pulled.merged.conflicts);
    if !pulled.newer_desks.is_empty() {
        let desks = pulled
            .newer_desks
            .iter()
            .map(|d| crate::domain::text::clean_line(d))
            .collect::<Vec<_>>()
            .join(", ");
        eprintln!("{}", crate::t!("cli-server-newer-desks", desks = desks));
    }
    if report.pushed > 0 {
        println!(
            "{}",
            crate::t!("cli-server-pushed", count = report.pushed as i64)
        );
    }
    if report.owed > 0 {
        println!(
            "{}",
            crate::t!("cli-server-owed", count = report.owed as i64)
        );
    } else {
        println!(
            "{}",
            crate::t!("cli-server-up-to-date", server = report.server.as_str())
        );
    }
}

fn status(ctx: &mut Context) -> Result<()> {
    let address = crate::server::address_of(&ctx.config, None)?;
    let status = crate::server::status(&address, &ctx.store)?;
    if ctx.json {
        print_json(&status);
        return Ok(());
    }
    println!(
        "{}",
        crate::t!(
            "cli-server-status",
            server = status.server.as_str(),
            office = status.office.as_str(),
            owed = status.owed as i64,
            entries = status.entries
        )
    );
    let rows: Vec<Vec<String>> = status
        .desks
        .iter()
        .map(|desk| {
            let name = if desk.this_desk {
                format!("{} *", desk.device)
            } else {
                desk.device.clone()
            };
            vec![
                name,
                desk.role.clone(),
                crate::i18n::format::number(desk.head),
                crate::i18n::format::number(desk.behind),
                desk.last_push
                    .map(|at| crate::i18n::format::date_time(&at.with_timezone(&chrono::Local)))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let headings = [
        crate::t!("cli-server-col-desk"),
        crate::t!("cli-server-col-role"),
        crate::t!("cli-server-col-entries"),
        crate::t!("cli-server-col-behind"),
        crate::t!("cli-server-col-last-push"),
    ];
    let headings: Vec<&str> = headings.iter().map(String::as_str).collect();
    print_table(&headings, &rows);
    if let Some(snapshot) = &status.snapshot {
        println!(
            "{}",
            crate::t!(
                "cli-server-status-snapshot",
                id = snapshot.id,
                size = crate::i18n::format::number(snapshot.bytes / 1024)
            )
        );
    }
    Ok(())
}
