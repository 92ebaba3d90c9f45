use clap::Parser;
use leadometer::cli::{Cli, run};
use std::process::ExitCode;

fn main() -> ExitCode {
    stop_quietly_when_the_reader_leaves();
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

/// `leadometer export | head`: once the reader has gone, stop as other Unix tools do,
/// instead of panicking on the next line printed. Rust ignores SIGPIPE by default.
fn stop_quietly_when_the_reader_leaves() {
    #[cfg(unix)]
    // SAFETY: called first thing, before any other thread exists; restoring a
    // signal's default disposition has no other effect on this process.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
