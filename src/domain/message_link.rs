//! The links that hand a written message to the app that sends it: WhatsApp
//! (`https://wa.me/…?text=`, or the app's own `whatsapp://send?…`), SMS (`sms:`,
//! RFC 5724) and email (`mailto:`, RFC 6068).
//!
//! Every value is percent-encoded as UTF-8, so Hebrew, emoji and line breaks arrive
//! as written; a line break in an email's body is sent as CRLF, as RFC 6068 asks.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// What a query value keeps as it is: RFC 3986's unreserved characters.
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// An email address in `mailto:` keeps `@` and what an address is made of.
const ADDRESS: &AsciiSet = &VALUE.remove(b'@').remove(b'+');

/// How WhatsApp is opened: the web link any browser or phone follows, or the
/// installed app's own scheme (`[messages] whatsapp = "app"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WhatsappLink {
    #[default]
    Web,
    App,
}

fn encoded(value: &str) -> String {
    utf8_percent_encode(value, VALUE).to_string()
}

/// The digits of an E.164 number, as wa.me wants them (no `+`, no spaces).
fn digits(e164: &str) -> String {
    e164.chars().filter(char::is_ascii_digit).collect()
}

/// A WhatsApp message to `e164` holding `text`.
pub fn whatsapp(e164: &str, text: &str, kind: WhatsappLink) -> String {
    let (phone, text) = (digits(e164), encoded(text));
    match kind {
        WhatsappLink::Web => format!("https://wa.me/{phone}?text={text}"),
        WhatsappLink::App => format!("whatsapp://send?phone={phone}&text={text}"),
    }
}

/// A text message to `e164` holding `text`.
pub fn sms(e164: &str, text: &str) -> String {
    format!("sms:+{}?body={}", digits(e164), encoded(text))
}

/// An email to `address` with `subject` and `body`.
pub fn mailto(address: &str, subject: Option<&str>, body: &str) -> String {
    let mut query = Vec::new();
    if let Some(subject) = subject.filter(|s| !s.is_empty()) {
        query.push(format!("subject={}", encoded(subject)));
    }
    if !body.is_empty() {
        query.push(format!("body={}", encoded(&crlf(body))));
    }
    let address = utf8_percent_encode(address.trim(), ADDRESS);
    match query.is_empty() {
        true => format!("mailto:{address}"),
        false => format!("mailto:{address}?{}", query.join("&")),
    }
}

/// Line breaks as CRLF, whichever way they were written.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

#[cfg(test)]
#[path = "message_link_tests.rs"]
mod tests;
