//! `completions` and `man`: the shell completions and the manual page, both
//! generated from the very clap command the parser reads (in English), so that they
//! list exactly the commands, options and values it accepts.

use anyhow::Result;
use clap::Args;
use std::io::Write as _;

#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Prints the completion script for `args.shell` on stdout.
pub fn completions(args: &CompletionsArgs) -> Result<()> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut super::command(), super::PROGRAM, &mut out);
    std::io::stdout().write_all(&out)?;
    Ok(())
}

/// Prints the manual page (roff) on stdout.
pub fn man() -> Result<()> {
    let mut out = Vec::new();
    clap_mangen::Man::new(super::command()).render(&mut out)?;
    std::io::stdout().write_all(&out)?;
    Ok(())
}
