use clap::Parser;
use leadometer::cli::{Cli, run};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let message = format!("{error:#}");
            eprintln!(
                "leadometer: {}",
                leadometer::domain::text::clean_text(&message)
            );
            ExitCode::FAILURE
        }
    }
}
