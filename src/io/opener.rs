//! Handing a link to the program that opens it: the one the config names
//! (`opener`), else the system's (xdg-open, open, explorer). The desk starts it and
//! goes on drawing; the command line waits for it, to say whether it took the link.

use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Who opens links: the program the config names (`opener`), or the system's
/// default, reached through the opener crate (xdg-open, `open`, the Windows shell),
/// which waits for what it starts and so leaves no zombie behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opener {
    Configured(String),
    System,
}

impl Opener {
    /// The config's `opener`, where it names one.
    pub fn from_config(setting: Option<&str>) -> Opener {
        match setting.map(str::trim).filter(|s| !s.is_empty()) {
            Some(command) => Opener::Configured(command.to_string()),
            None => Opener::System,
        }
    }

    /// How messages name it: the configured command, or the system's usual one.
    pub fn name(&self) -> &str {
        match self {
            Opener::Configured(command) => command,
            Opener::System => default_opener(),
        }
    }
}

/// The command that usually opens links on this system, as messages name it.
pub fn default_opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    }
}

/// The configured opener's words (a program and its arguments), then the link.
fn command(opener: &str, link: &str) -> Command {
    let mut words = opener.split_whitespace();
    let program = words.next().unwrap_or(default_opener()).to_string();
    let mut command = Command::new(program);
    command.args(words).arg(link).stdin(Stdio::null());
    command
}

/// Hands a link to the opener and waits until it has taken it: an error when it
/// cannot be started or ends in failure. Nothing of it reaches stdout, which a
/// script may be reading as JSON; a configured opener's complaints go to stderr.
pub fn open_link_and_wait(opener: &Opener, link: &str) -> std::io::Result<()> {
    run(opener, link, Stdio::inherit())
}

/// Runs the opener on `link` until it ends; a configured one's stderr goes to
/// `complaints`.
fn run(opener: &Opener, link: &str, complaints: Stdio) -> std::io::Result<()> {
    match opener {
        Opener::System => opener::open(link).map_err(std::io::Error::other),
        Opener::Configured(words) => succeeded(
            command(words, link)
                .stdout(Stdio::null())
                .stderr(complaints)
                .status(),
        ),
    }
}

/// How long the desk waits to hear whether the opener failed: xdg-open with nothing
/// to hand the link to fails at once, while a browser that is starting may take
/// seconds and must not hold the desk.
const QUICK_FAILURE: Duration = Duration::from_millis(1500);

/// Hands a link to the opener from the desk: nothing of it may reach the screen the
/// desk draws on. A failure within `QUICK_FAILURE` is an error; an opener still
/// running after it is taken to have the link, and is waited for apart, so that it
/// leaves no zombie.
pub fn open_link(opener: &Opener, link: &str) -> std::io::Result<()> {
    let (opener, link) = (opener.clone(), link.to_string());
    let (said, heard) = mpsc::channel();
    std::thread::spawn(move || {
        let outcome = run(&opener, &link, Stdio::null());
        // The desk may have stopped listening; the opener is reaped all the same.
        let _ = said.send(outcome);
    });
    match heard.recv_timeout(QUICK_FAILURE) {
        Ok(outcome) => outcome,
        Err(_) => Ok(()),
    }
}

fn succeeded(status: std::io::Result<std::process::ExitStatus>) -> std::io::Result<()> {
    let status = status?;
    match status.success() {
        true => Ok(()),
        false => Err(std::io::Error::other(status.to_string())),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn the_link_is_the_last_word_and_a_failure_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("opener.sh");
        std::fs::write(
            &script,
            "#!/bin/sh\nprintf '%s|%s' \"$1\" \"$2\" > \"$0.out\"\n",
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        let configured = |words: &str| Opener::from_config(Some(words));
        let opener = configured(&format!("{} --new-window", script.display()));
        open_link_and_wait(&opener, "https://wa.me/1?text=%D7%A9").unwrap();
        let said = std::fs::read_to_string(format!("{}.out", script.display())).unwrap();
        assert_eq!(said, "--new-window|https://wa.me/1?text=%D7%A9");
        assert!(open_link_and_wait(&configured("false"), "sms:+1").is_err());
        assert!(open_link_and_wait(&configured("/no/such/opener"), "sms:+1").is_err());
    }
}

#[cfg(all(test, unix))]
mod from_the_desk {
    use super::*;

    #[test]
    fn a_quick_failure_is_an_error_and_a_slow_opener_does_not_hold_the_desk() {
        let configured = |words: &str| Opener::from_config(Some(words));
        assert!(open_link(&configured("false"), "sms:+1").is_err());
        assert!(open_link(&configured("/no/such/opener"), "sms:+1").is_err());
        assert!(open_link(&configured("true"), "sms:+1").is_ok());
        let started = std::time::Instant::now();
        assert!(open_link(&configured("sleep 5"), "0").is_ok());
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn a_blank_setting_is_the_systems_opener() {
        assert_eq!(Opener::from_config(None), Opener::System);
        assert_eq!(Opener::from_config(Some("  ")), Opener::System);
        assert_eq!(Opener::System.name(), default_opener());
        assert_eq!(Opener::from_config(Some(" firefox ")).name(), "firefox");
    }
}
