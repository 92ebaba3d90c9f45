//! `check`: SQLite's integrity and foreign keys, and Leadometer's own rules.

use super::output::{print_json, shown};
use crate::config::Config;
use crate::domain::text::clean_line;
use crate::store::safety::check_untrusted;
use crate::store::{Store, StoreError};
use anyhow::Result;
use chrono::{DateTime, Utc};
use std::path::Path;

/// Checks `db`. A file that opening refuses for what it holds (objects not ours,
/// damage) is still checked, read-only and trusting nothing in it, so that every
/// problem is named rather than only the first.
pub fn check(db: &Path, config: &Config, now: DateTime<Utc>, json: bool) -> Result<()> {
    let problems = match Store::open(db, config) {
        Ok(store) => {
            let mut problems = store.check()?;
            problems.extend(store.merge_problems(now)?);
            problems
        }
        Err(StoreError::ForeignObjects { .. } | StoreError::Damaged { .. }) => check_untrusted(db)?,
        Err(e) => return Err(e.into()),
    };
    report_problems(db, &problems, json)
}

/// Prints what `check` found; exit status 1 when anything was.
pub fn report_problems(db: &Path, problems: &[String], json: bool) -> Result<()> {
    if json {
        print_json(&super::json::file::CheckJson {
            ok: problems.is_empty(),
            problems: problems.to_vec(),
        });
    } else if problems.is_empty() {
        let file = clean_line(&db.display().to_string());
        println!("{}", shown(&crate::t!("cli-check-fine", file = file)));
    } else {
        for problem in problems {
            eprintln!(
                "{}: {}",
                clean_line(&db.display().to_string()),
                clean_line(problem)
            );
        }
    }
    if !problems.is_empty() {
        return Err(crate::failure::damaged(crate::t!(
            "cli-check-found",
            file = clean_line(&db.display().to_string()),
            count = problems.len()
        )));
    }
    Ok(())
}
