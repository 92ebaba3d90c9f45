use clap::Parser as _;
use leadometer::cli::{Cli, run};
use std::process::ExitCode;

fn main() -> ExitCode {
    stop_quietly_when_the_reader_leaves();
    fail_writes_past_the_file_size_limit();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(refusal) => return print_clap_message(&refusal),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let message = format!("{error:#}");
            let message = leadometer::domain::text::clean_text(&message);
            let message = leadometer::cli::shown_error(&message);
            eprintln!("leadometer: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Prints what clap has to say (help, the version, or a refused option) the way clap
/// would, but cleaned first: clap quotes a refused value as typed, and a value such as
/// `--kind $'\e]52;c;…\a'` would otherwise drive the terminal.
fn print_clap_message(message: &clap::Error) -> ExitCode {
    use std::io::Write;
    // `render` gives the text without clap's colours, so nothing of ours is stripped.
    let text = leadometer::domain::text::clean_text(&message.render().to_string());
    let written = if message.use_stderr() {
        writeln!(std::io::stderr(), "{text}")
    } else {
        writeln!(std::io::stdout(), "{text}")
    };
    match (written, message.exit_code()) {
        (Ok(()), code) => ExitCode::from(u8::try_from(code).unwrap_or(2)),
        (Err(_), _) => ExitCode::FAILURE,
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

/// Under `ulimit -f`, a write past the limit would kill the process with SIGXFSZ (exit
/// 153, nothing said); ignored, the write fails with EFBIG instead, SQLite rolls the
/// transaction back, and the error is reported like any other.
fn fail_writes_past_the_file_size_limit() {
    #[cfg(unix)]
    // SAFETY: called first thing, before any other thread exists; ignoring a signal
    // only turns its default (ending the process) into a failed system call.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}
