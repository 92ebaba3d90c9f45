//! What the commands print: JSON views for scripts and aligned text for people.
//! Everything shown to a person passes through `clean_line`/`clean_text` first.

use crate::domain::text::{clean_line, clean_text, needs_json_escape};
use crate::domain::{Contact, Interaction};

/// Every JSON the commands print goes through here, so that no stored value reaches
/// the terminal as a raw C1 control or bidi override. `value` is one of the types of
/// `cli::json`, whose schemas `leadometer schema` prints.
pub fn print_json<T: serde::Serialize + ?Sized>(value: &T) {
    println!("{}", json_text(value));
}

/// Pretty JSON with C1 controls and bidi overrides written as `\u` escapes: still the
/// same JSON to any reader, but inert on a terminal.
pub fn json_text<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let mut bytes = Vec::new();
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut bytes, TerminalSafeFormatter::default());
    // Writing to memory cannot fail for the types of `cli::json`: their map keys are
    // strings, and a float JSON cannot hold is written as null.
    let _ = serde::Serialize::serialize(value, &mut serializer);
    String::from_utf8(bytes).unwrap_or_default()
}

/// serde_json's pretty layout, with string contents checked for what it leaves raw.
#[derive(Default)]
struct TerminalSafeFormatter(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for TerminalSafeFormatter {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|(_, c)| needs_json_escape(*c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// The header line and a line per row, aligned; to a terminal each cell is laid
/// out in visual order (right-to-left text reads right), into a pipe or a file
/// it stays in logical order, for the program reading it.
/// The headings are English in the code and printed in the user's language (the
/// desk's column names, `col-*`); a heading with no message stays as it is.
pub fn table_lines(headers: &[&str], rows: &[Vec<String>]) -> Vec<String> {
    let headers: Vec<String> = headers
        .iter()
        .map(|h| crate::i18n::from_english(h))
        .collect();
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    crate::domain::text::table_lines_laid_out(&headers, rows, shown)
}

/// Whether texts printed for people are laid out in visual order: set once, before
/// anything is printed, by [`lay_out_for`].
static LAID_OUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Decides, from `[display] bidi` and where stdout goes, whether right-to-left text
/// is laid out: only for a terminal, never in `--json` or into a pipe or a file, and
/// not for a terminal that lays it out itself (Konsole, mlterm, or "terminal").
pub fn lay_out_for(setting: crate::config::Bidi, json: bool) {
    use std::io::IsTerminal;
    let to_terminal = !json && std::io::stdout().is_terminal();
    let desk = setting.program_lays_out(|name| std::env::var(name).ok());
    LAID_OUT.store(to_terminal && desk, std::sync::atomic::Ordering::Relaxed);
    let errors_to_terminal = !json && std::io::stderr().is_terminal();
    ERRORS_LAID_OUT.store(
        errors_to_terminal && desk,
        std::sync::atomic::Ordering::Relaxed,
    );
}

/// Whether errors on stderr are laid out: stderr is a terminal, and the program
/// lays text out there (the same setting as stdout's).
static ERRORS_LAID_OUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// An error as printed on stderr: each line laid out as [`lay_out_for`] decided.
pub fn shown_error(text: &str) -> String {
    if !ERRORS_LAID_OUT.load(std::sync::atomic::Ordering::Relaxed) {
        return text.to_string();
    }
    text.lines()
        .map(|line| crate::domain::bidi::visual(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A text printed for people, laid out as [`lay_out_for`] decided.
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    match LAID_OUT.load(std::sync::atomic::Ordering::Relaxed) {
        true => crate::domain::bidi::visual(text),
        false => std::borrow::Cow::Borrowed(text),
    }
}

/// Whether text for people on stdout (or stderr) is laid out: for what prints
/// line by line with layouts of its own (clap's help and refusals).
pub(crate) fn lays_out(to_stderr: bool) -> bool {
    let laid_out = match to_stderr {
        true => &ERRORS_LAID_OUT,
        false => &LAID_OUT,
    };
    laid_out.load(std::sync::atomic::Ordering::Relaxed)
}

/// Seconds taken, with `places` decimals and the user's decimal separator.
pub fn seconds(value: f64, places: usize) -> String {
    let separator = crate::i18n::format::Locale::current().decimal_separator();
    format!("{value:.places$}").replace('.', &separator.to_string())
}

/// Prints rows as columns aligned by display width, so Hebrew and accents line up.
pub fn print_table(headers: &[&str], rows: &[Vec<String>]) {
    for line in table_lines(headers, rows) {
        println!("{line}");
    }
}

pub fn contact_summary(c: &Contact) -> String {
    let phone = c.primary_phone().map(crate::i18n::format::phone);
    let email = c.emails.first().cloned();
    // A phone kept as typed, or an email merged from a colleague's file, is outside text.
    let reach: Vec<String> = phone
        .into_iter()
        .chain(email)
        .map(|r| clean_line(&r))
        .collect();
    if reach.is_empty() {
        clean_line(&c.name)
    } else {
        format!("{} ({})", clean_line(&c.name), reach.join(", "))
    }
}

pub fn print_contact_details(c: &Contact) {
    let field = |label: String, value: String| {
        if !value.is_empty() {
            // A custom field's label is a key from outside, as much as its value.
            println!(
                "{}{}",
                padded(&clean_line(&label), 18),
                shown(&clean_line(&value))
            );
        }
    };
    println!("{}", shown(&clean_line(&c.name)));
    field(crate::t!("cli-field-aliases"), c.aliases.join(", "));
    field(crate::t!("cli-field-id"), c.id.clone());
    field(crate::t!("cli-field-kind"), c.kind.label());
    for phone in &c.phones {
        let shown = crate::i18n::format::phone(phone);
        let typed = if phone.e164.as_deref() == Some(phone.raw.as_str()) || phone.raw == shown {
            String::new()
        } else {
            format!(
                "  ({})",
                crate::t!("cli-phone-typed", phone = phone.raw.as_str())
            )
        };
        field(crate::t!("cli-field-phone"), format!("{shown}{typed}"));
    }
    for email in &c.emails {
        field(crate::t!("cli-field-email"), email.clone());
    }
    for m in &c.accounts {
        let role = m
            .role
            .map(|r| format!(" ({})", r.label()))
            .unwrap_or_default();
        field(
            crate::t!("cli-field-account"),
            format!("{}{role}", m.account),
        );
    }
    let mut status = c.status.label();
    if let Some(reason) = &c.disqualified_reason {
        let reason = crate::domain::said::shown(crate::domain::said::List::Reason, reason);
        status.push_str(&format!(": {reason}"));
    }
    field(crate::t!("cli-field-lifecycle"), c.lifecycle.label());
    field(crate::t!("cli-field-status"), status);
    field(
        crate::t!("cli-field-owner"),
        c.owner.clone().unwrap_or_default(),
    );
    field(
        crate::t!("cli-field-source"),
        c.source.clone().unwrap_or_default(),
    );
    field(
        crate::t!("cli-field-campaign"),
        c.campaign.clone().unwrap_or_default(),
    );
    field(
        crate::t!("cli-field-origin"),
        c.origin.map(|o| o.label()).unwrap_or_default(),
    );
    field(
        crate::t!("cli-field-quality"),
        c.quality.map(|q| format!("{q}/5")).unwrap_or_default(),
    );
    field(crate::t!("cli-field-flags"), c.flags.join(", "));
    field(
        crate::t!("cli-field-channel"),
        c.preferred_channel
            .as_deref()
            .map(channel_word)
            .unwrap_or_default(),
    );
    field(
        crate::t!("cli-field-best-time"),
        c.best_time.clone().unwrap_or_default(),
    );
    for (key, value) in &c.custom {
        field(key.clone(), value.clone());
    }
    if let Some(notes) = &c.notes {
        println!("{}", shown(&crate::t!("cli-field-notes")));
        for line in clean_text(notes).lines() {
            println!("  {}", shown(line));
        }
    }
}

/// `label` laid out for the terminal and padded to `width` columns by its display
/// width, so that a Hebrew or accented label keeps the values in one column.
fn padded(label: &str, width: usize) -> String {
    let shown_label = shown(label);
    let used = unicode_width::UnicodeWidthStr::width(shown_label.as_ref());
    format!("{shown_label}{}", " ".repeat(width.saturating_sub(used)))
}

/// A preferred channel ("whatsapp") by its label, as the timeline names that kind.
fn channel_word(channel: &str) -> String {
    match channel.parse::<crate::domain::InteractionKind>() {
        Ok(kind) => kind.label(),
        Err(_) => channel.to_string(),
    }
}

/// How long a call or a meeting took: "34m 22s" in English, as scripts reading
/// the text have always seen it, and in the reports' words in other languages.
fn call_length(secs: i64) -> String {
    match crate::i18n::lang() {
        crate::i18n::Lang::En => {
            humantime::format_duration(std::time::Duration::from_secs(secs.max(0) as u64))
                .to_string()
        }
        _ => crate::domain::report::duration_label(secs.max(0)),
    }
}

/// One timeline entry as a line: when, what, which way, and the gist.
pub fn interaction_line(i: &Interaction) -> String {
    let when = crate::i18n::format::date_time(&i.occurred_at.with_timezone(&chrono::Local));
    let direction = i
        .direction
        .map(|d| format!(" {}", d.label()))
        .unwrap_or_default();
    let duration = i
        .duration_secs
        .map(|s| format!(" {}", call_length(s)))
        .unwrap_or_default();
    let outcome = i
        .outcome
        .as_deref()
        .map(|o| {
            let outcome = crate::domain::said::shown(crate::domain::said::List::Outcome, o);
            format!(" [{}]", clean_line(&outcome))
        })
        .unwrap_or_default();
    let gist: Vec<String> = i.gist().iter().map(|part| clean_line(part)).collect();
    // Laid out field by field for a terminal (`shown`): a Hebrew message keeps its
    // question mark on its own reading end, and the fields keep their places.
    format!(
        "{}  {}{direction}{duration}{}  {}  ({})",
        shown(&when),
        shown(&i.kind.label()),
        shown(&outcome),
        shown(&gist.join(" — ")),
        shown(&clean_line(&i.logged_by))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    #[test]
    fn json_escapes_c1_controls_and_bidi_overrides_and_reads_back_the_same() {
        let value = json!({"name\u{2066}": "a\u{9b}31m\u{202E}b\u{1b}c — ש"});
        let text = json_text(&value);
        assert!(
            text.contains("\\u009b") && text.contains("\\u202e"),
            "{text}"
        );
        assert!(
            text.contains("\\u2066") && text.contains("\\u001b"),
            "{text}"
        );
        assert!(
            !text.chars().any(|c| needs_json_escape(c) || c == '\u{1b}'),
            "{text}"
        );
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
        assert_eq!(
            json_text(&json!({"a": [1, {"b": null}]})),
            serde_json::to_string_pretty(&json!({"a": [1, {"b": null}]})).unwrap()
        );
    }
}
