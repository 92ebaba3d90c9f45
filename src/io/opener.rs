//! Handing a link to the program that opens it: the one the config names
//! (`opener`), else the system's (xdg-open, open, explorer). The desk starts it and
//! goes on drawing; the command line waits for it, to say whether it took the link.

use std::process::{Command, Stdio};

/// The command that opens links on this system, unless the config names one.
pub fn default_opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    }
}

/// The opener's words (a program and its arguments), then the link.
fn command(opener: &str, link: &str) -> Command {
    let mut words = opener.split_whitespace();
    let program = words.next().unwrap_or(default_opener()).to_string();
    let mut command = Command::new(program);
    command.args(words).arg(link).stdin(Stdio::null());
    command
}

/// Starts the opener on a link without waiting and without letting it write to the
/// screen the desk is drawing on.
pub fn open_link(opener: &str, link: &str) -> std::io::Result<()> {
    let mut child = command(opener, link)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    // Waited for apart, so that an ended opener leaves no zombie behind the desk.
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// Hands a link to the opener and waits until it has taken it: an error when it
/// cannot be started or ends in failure. Its own complaints go to stderr; nothing
/// of it reaches stdout, which a script may be reading as JSON.
pub fn open_link_and_wait(opener: &str, link: &str) -> std::io::Result<()> {
    let status = command(opener, link).stdout(Stdio::null()).status()?;
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
        let opener = format!("{} --new-window", script.display());
        open_link_and_wait(&opener, "https://wa.me/1?text=%D7%A9").unwrap();
        let said = std::fs::read_to_string(format!("{}.out", script.display())).unwrap();
        assert_eq!(said, "--new-window|https://wa.me/1?text=%D7%A9");
        assert!(open_link_and_wait("false", "sms:+1").is_err());
        assert!(open_link_and_wait("/no/such/opener", "sms:+1").is_err());
    }
}
