//! `gen`: fills an empty database with synthetic data (`crate::synthetic`). The file
//! is not named after the subcommand because `gen` is a reserved word in Rust 2024.

use super::Context;
use super::progress_bar::{Bar, Job};
use crate::synthetic::{MAX_CONTACTS, MAX_INTERACTIONS_PER_CONTACT, Recipe, generate_with};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct GenArgs {
    /// How many contacts to make (at most 10,000,000).
    #[arg(long, value_parser = contacts_up_to_bound)]
    pub contacts: usize,
    /// How many interactions each contact gets (at most 1,000).
    #[arg(long, default_value_t = 10, value_parser = interactions_up_to_bound)]
    pub interactions_per_contact: usize,
    /// The same seed makes the same data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

impl From<&GenArgs> for Recipe {
    fn from(args: &GenArgs) -> Recipe {
        Recipe {
            contacts: args.contacts,
            interactions_per_contact: args.interactions_per_contact,
            seed: args.seed,
        }
    }
}

/// A count up to `max`, refused while the arguments are read, so before the
/// database is even opened.
fn count_up_to(text: &str, max: usize) -> std::result::Result<usize, String> {
    let count: usize = text
        .trim()
        .parse()
        .map_err(|_| crate::t!("cli-gen-not-a-count"))?;
    if count > max {
        return Err(crate::t!("cli-gen-too-many", count = count, max = max));
    }
    Ok(count)
}

fn contacts_up_to_bound(text: &str) -> std::result::Result<usize, String> {
    count_up_to(text, MAX_CONTACTS)
}

fn interactions_up_to_bound(text: &str) -> std::result::Result<usize, String> {
    count_up_to(text, MAX_INTERACTIONS_PER_CONTACT)
}

pub fn run(ctx: &mut Context, args: GenArgs) -> Result<()> {
    if ctx.store.contact_count()? > 0 {
        crate::refuse!(
            "cli-gen-not-empty",
            file = ctx.store.path().display().to_string()
        );
    }
    let started = std::time::Instant::now();
    let pipeline = ctx.config.pipeline();
    let recipe = Recipe::from(&args);
    let mut bar = Bar::new(ctx.json, Job::Gen);
    let summary = generate_with(&mut ctx.store, &pipeline, &recipe, ctx.now, &mut bar)?;
    bar.done();
    let mut bar = Bar::new(ctx.json, Job::Rescore);
    ctx.store.rescore_all_with(ctx.now, false, &mut bar)?;
    bar.done();
    if ctx.json {
        super::output::print_json(&super::json::file::GeneratedJson {
            contacts: summary.contacts,
            interactions: summary.interactions,
            deals: summary.deals,
            tasks: summary.tasks,
            seconds: started.elapsed().as_secs_f64(),
        });
    } else {
        let line = crate::t!(
            "cli-generated",
            contacts = summary.contacts,
            interactions = summary.interactions,
            deals = summary.deals,
            tasks = summary.tasks,
            seconds = super::output::seconds(started.elapsed().as_secs_f64(), 1)
        );
        println!("{}", super::output::shown(&line));
    }
    Ok(())
}
