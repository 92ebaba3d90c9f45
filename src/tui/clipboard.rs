//! Copying: to the system's clipboard where the desk runs on the user's own machine,
//! else through the terminal (OSC 52), which reaches the clipboard of the machine the
//! user sits at even over SSH; and opening links with the system's opener.

use std::io::Write;
use std::sync::Mutex;

/// Where a copy went, which decides what the desk may say of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// The system's clipboard took it, and gave the same text back when asked.
    Native,
    /// The terminal was asked (OSC 52). Whether it obliged cannot be known: many
    /// terminals ignore OSC 52, so the desk does not say "Copied".
    AskedTheTerminal,
}

/// Copies `text`: natively unless over SSH (where the system's clipboard is the
/// server's, which nobody sees) or where there is none (a console, a headless
/// server); otherwise by asking the terminal, through `terminal`.
pub fn copy(text: &str, terminal: &mut dyn Write) -> Result<Copied, String> {
    copy_by(text, over_ssh(), native_copy, terminal)
}

/// `copy` with its surroundings given, so that each way through it can be tried.
fn copy_by(
    text: &str,
    over_ssh: bool,
    native: impl FnOnce(&str) -> Result<(), String>,
    terminal: &mut dyn Write,
) -> Result<Copied, String> {
    let native_failed = match over_ssh {
        true => None,
        false => match native(text) {
            Ok(()) => return Ok(Copied::Native),
            Err(reason) => Some(reason),
        },
    };
    terminal
        .write_all(osc52(text).as_bytes())
        .and_then(|()| terminal.flush())
        .map(|()| Copied::AskedTheTerminal)
        .map_err(|e| match native_failed {
            Some(native) => format!("{native}; {e}"),
            None => e.to_string(),
        })
}

/// Whether the desk runs in an SSH session.
fn over_ssh() -> bool {
    ["SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()))
}

/// The system's clipboard, held for the life of the process: on X11 and Wayland the
/// copying program serves the clipboard's content, and a dropped handle would take
/// the copy with it.
static NATIVE: Mutex<Option<arboard::Clipboard>> = Mutex::new(None);

/// Puts `text` on the system's clipboard and reads it back: only a clipboard that
/// gives the same text back has it.
fn native_copy(text: &str) -> Result<(), String> {
    let mut held = NATIVE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let clipboard = match held.as_mut() {
        Some(clipboard) => clipboard,
        None => held.insert(arboard::Clipboard::new().map_err(|e| e.to_string())?),
    };
    clipboard.set_text(text).map_err(|e| e.to_string())?;
    match clipboard.get_text() {
        Ok(back) if back == text => Ok(()),
        Ok(_) => Err("the clipboard holds something else".to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// The escape sequence that asks the terminal to put `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    format!("\u{1b}]52;c;{}\u{7}", base64(text.as_bytes()))
}

/// Standard base64 with padding: a dozen lines, not worth a dependency.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> shift) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

// Opening links is shared with the command line's `send`.
pub use crate::io::opener::open_link;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain}");
        }
        assert_eq!(
            osc52("+972544900148"),
            "\u{1b}]52;c;Kzk3MjU0NDkwMDE0OA==\u{7}"
        );
    }

    #[test]
    fn copied_only_when_the_systems_clipboard_gave_it_back() {
        let mut terminal = Vec::new();
        let copied = copy_by("+36301234567", false, |_| Ok(()), &mut terminal);
        assert_eq!(copied, Ok(Copied::Native));
        assert!(terminal.is_empty(), "the terminal is not asked as well");
    }

    #[test]
    fn without_a_clipboard_or_over_ssh_the_terminal_is_asked() {
        let mut terminal = Vec::new();
        let copied = copy_by("x", false, |_| Err("no display".into()), &mut terminal);
        assert_eq!(copied, Ok(Copied::AskedTheTerminal));
        assert_eq!(terminal, osc52("x").into_bytes());
        let mut terminal = Vec::new();
        let never = |_: &str| -> Result<(), String> {
            panic!("over SSH the local clipboard is the server's")
        };
        let copied = copy_by("x", true, never, &mut terminal);
        assert_eq!(copied, Ok(Copied::AskedTheTerminal));
        assert_eq!(terminal, osc52("x").into_bytes());
    }

    #[test]
    fn a_terminal_that_cannot_be_written_is_a_failure_naming_both_reasons() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("closed"))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let copied = copy_by("x", false, |_| Err("no display".into()), &mut Closed);
        assert_eq!(copied, Err("no display; closed".to_string()));
    }
}
