//! The bar a long command draws on stderr while it works (`import`, `gen`,
//! `rescore`, a large `export`, `merge`, `sync`): only for a person watching, so
//! never when stderr is not a terminal, never with `--json`, and never while the log
//! is written to stderr (`-v`), which it would tear.

use crate::progress::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal as _;

/// A bar, or nothing where none is drawn; either way a `Progress` to hand to a job.
pub struct Bar(Option<ProgressBar>);

/// What the bar says is going on.
#[derive(Debug, Clone, Copy)]
pub enum Job {
    Import,
    Gen,
    Rescore,
    Export,
    Merge,
    Sync,
}

impl Job {
    fn said(self) -> String {
        match self {
            Job::Import => crate::t!("cli-progress-import"),
            Job::Gen => crate::t!("cli-progress-gen"),
            Job::Rescore => crate::t!("cli-progress-rescore"),
            Job::Export => crate::t!("cli-progress-export"),
            Job::Merge => crate::t!("cli-progress-merge"),
            Job::Sync => crate::t!("cli-progress-sync"),
        }
    }
}

impl Bar {
    /// A bar saying what `job` does, when one may be drawn.
    pub fn new(json: bool, job: Job) -> Bar {
        if !wanted(json, std::io::stderr().is_terminal()) {
            return Bar(None);
        }
        // indicatif redraws at most 20 times a second whatever the job reports.
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{msg} [{bar:30}] {human_pos}/{human_len} {eta}")
            .map(|style| style.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        let message = job.said();
        bar.set_message(super::output::shown(&message).into_owned());
        Bar(Some(bar))
    }

    /// Nothing drawn, whatever happens.
    pub fn none() -> Bar {
        Bar(None)
    }

    /// Takes the bar off the screen before the command prints its result.
    pub fn done(self) {
        drop(self);
    }
}

impl Drop for Bar {
    /// A command that fails midway leaves no half bar above its error.
    fn drop(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    fn reached(&mut self, done: u64, total: u64) {
        if let Some(bar) = &self.0 {
            bar.set_length(total);
            bar.set_position(done);
        }
    }
}

/// Whether a bar is drawn: for a person at a terminal, and not over the log.
fn wanted(json: bool, stderr_is_terminal: bool) -> bool {
    stderr_is_terminal && !json && !crate::logging::writes_to_stderr()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_bar_for_scripts_or_json() {
        assert!(!wanted(false, false), "stderr not a terminal");
        assert!(!wanted(true, true), "--json");
        assert!(wanted(false, true));
        let mut hidden = Bar::new(true, Job::Import);
        hidden.reached(1, 2);
        assert!(hidden.0.is_none());
    }
}
