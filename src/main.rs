use leadometer::cli::exit::{exit_code, json_asked, json_error, kind_of};
use leadometer::cli::run;
use leadometer::failure::FailureKind;
use std::process::ExitCode;

fn main() -> ExitCode {
    stop_quietly_when_the_reader_leaves();
    fail_writes_past_the_file_size_limit();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let json = json_asked(&args);
    let cli = match leadometer::cli::parse(args) {
        Ok(cli) => cli,
        Err(refusal) => return print_clap_message(&refusal, json),
    };
    leadometer::logging::init(cli.verbose);
    let command = command_name(&cli);
    let started = std::time::Instant::now();
    tracing::debug!(command, "started");
    let outcome = run(cli);
    let seconds = started.elapsed().as_secs_f64();
    match outcome {
        Ok(()) => {
            tracing::debug!(command, seconds, "finished");
            ExitCode::SUCCESS
        }
        Err(error) => {
            let kind = kind_of(&error);
            let message = format!("{error:#}");
            tracing::error!(command, seconds, "failed: {message}");
            let message = leadometer::domain::text::clean_text(&message);
            // A parser's refusal is written in English, for --json; said here in
            // the user's language.
            let message = leadometer::i18n::notices::shown(&message);
            if json {
                eprintln!("{}", json_error(kind, &message));
            } else {
                let message = leadometer::cli::shown_error(&message);
                eprintln!("leadometer: {message}");
            }
            ExitCode::from(exit_code(kind))
        }
    }
}

/// The subcommand's name for the log (`import`, `deal`), without its arguments: they
/// name people and files.
fn command_name(cli: &leadometer::cli::Cli) -> String {
    let Some(command) = &cli.command else {
        return "overview or desk".into();
    };
    let whole = format!("{command:?}");
    let name: String = whole
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    name.to_lowercase()
}

/// Prints what clap has to say (help, the version, or a refused option) in the user's
/// language, cleaned and laid out (`said_by_clap`), where clap would print it; a
/// refusal under `--json` as the JSON error object.
fn print_clap_message(message: &clap::Error, json: bool) -> ExitCode {
    use std::io::Write;
    let (text, to_stderr) = leadometer::cli::said_by_clap(message);
    let written = match (to_stderr, json && message.use_stderr()) {
        (true, true) => writeln!(
            std::io::stderr(),
            "{}",
            json_error(FailureKind::Usage, text.trim_end())
        ),
        (true, false) => writeln!(std::io::stderr(), "{text}"),
        (false, _) => writeln!(std::io::stdout(), "{text}"),
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
