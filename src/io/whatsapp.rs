//! WhatsApp's "Export chat" text: one message per timestamped line, continued by the
//! lines after it, in the layout of the phone and locale that exported it.

use super::{LineError, MAX_FIELD_BYTES};
use crate::domain::phone::Region;
use crate::domain::text::{clean_line, clean_text, fold};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use stamp::Stamp;

mod stamp;
mod words;

/// Which number of a date is the day, the month and the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    Dmy,
    Mdy,
    Ymd,
}

/// Why a chat does not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChatError {
    /// A line that does not read, or a file that is no chat.
    Line(LineError),
    /// Every date reads day-first and month-first alike: only a person can say which.
    AmbiguousDates(AmbiguousDates),
}

/// The first date of a chat whose every date reads either way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmbiguousDates {
    pub line: usize,
    /// The date as the line writes it ("01/02/2024").
    pub date: String,
    /// Its first two numbers: the day and the month, in one order or the other.
    pub numbers: [u32; 2],
}

/// What the command line says about a chat whose dates read either way.
pub const AMBIGUOUS_DATES: &str = "every date here could be day-first or month-first: say which with \
                                   --date-order dmy or --date-order mdy";

impl ChatError {
    pub fn line(&self) -> usize {
        match self {
            ChatError::Line(error) => error.line,
            ChatError::AmbiguousDates(dates) => dates.line,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            ChatError::Line(error) => &error.message,
            ChatError::AmbiguousDates(_) => AMBIGUOUS_DATES,
        }
    }
}

impl From<LineError> for ChatError {
    fn from(error: LineError) -> ChatError {
        ChatError::Line(error)
    }
}

/// One message as the export shows it, its time in the phone's local time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub line: usize,
    pub at: NaiveDateTime,
    pub sender: String,
    /// The whole text, line breaks kept; "[media]" for an attachment.
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chat {
    pub messages: Vec<Message>,
    /// Lines WhatsApp writes itself (encryption notices, group changes).
    pub system_lines: usize,
}

impl Chat {
    /// Who exported the chat, where the file shows it: the one sender whose deleted
    /// messages read "You deleted this message" (everyone else's read "This message
    /// was deleted"). None when nobody's do, or when several senders' do.
    pub fn exporter(&self) -> Option<&str> {
        let mut deleting = self
            .messages
            .iter()
            .filter(|m| words::is_deleted_by_exporter(&m.text))
            .map(|m| m.sender.as_str());
        let first = deleting.next()?;
        deleting.all(|s| fold(s) == fold(first)).then_some(first)
    }
}

/// A timestamped line before its date order is known.
struct Header {
    line: usize,
    date: [u32; 3],
    /// How many digits each number of the date has: a year of two is this century's,
    /// a year of four is read as written.
    digits: [usize; 3],
    /// The date as the line writes it, for an error to quote.
    date_text: String,
    /// The order the line itself settles: a four-digit year first, or a month name.
    own_order: Option<DateOrder>,
    time: NaiveTime,
    /// None for a system line.
    sender: Option<String>,
    text: String,
}

/// Marks phones put around names and at line starts (Arabic exports also inside
/// dates); invisible, never meant as text.
const MARKS: &[char] = &[
    '\u{200E}', '\u{200F}', '\u{061C}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{2066}', '\u{2067}',
    '\u{2068}', '\u{2069}', '\u{FEFF}',
];

/// A sender's name as a phone number in E.164, when it is one: WhatsApp names a
/// sender who is not in the exporter's address book by their number.
pub fn sender_phone(sender: &str, region: Region) -> Option<String> {
    let enough_digits = crate::domain::phone::digits(sender).len() >= 7;
    (enough_digits && crate::domain::phone::looks_like_phone(sender))
        .then(|| crate::domain::phone::to_e164(sender, region))
        .flatten()
}

/// Whether `text` starts like a chat export: its first line is a timestamped message.
pub fn looks_like_chat(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim_matches(MARKS).trim().is_empty())
        .is_some_and(|first| header(first, 1).is_some())
}

pub fn parse(text: &str, order: Option<DateOrder>) -> Result<Chat, ChatError> {
    let mut headers: Vec<Header> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        match header(raw, line) {
            Some(header) => headers.push(header),
            None => match headers.last_mut() {
                Some(last) => {
                    last.text.push('\n');
                    last.text.push_str(raw.trim_start_matches(MARKS));
                    if last.text.len() > MAX_FIELD_BYTES {
                        return Err(ChatError::Line(LineError {
                            line: last.line,
                            message: format!(
                                "the message that starts here passes {} KiB",
                                MAX_FIELD_BYTES / 1024
                            ),
                        }));
                    }
                }
                None if raw.trim_matches(MARKS).trim().is_empty() => {}
                None => {
                    return Err(ChatError::Line(LineError {
                        line,
                        message: format!(
                            "this is not a WhatsApp chat export: the first line has no date and time (\"{}\")",
                            quote(raw)
                        ),
                    }));
                }
            },
        }
    }
    if headers.is_empty() {
        return Err(ChatError::Line(LineError {
            line: 1,
            message: "the file has no messages".into(),
        }));
    }
    let order = match order {
        Some(order) => order,
        None => date_order(&headers)?,
    };
    let mut chat = Chat::default();
    for mut header in headers {
        let Some(sender) = header.sender.take() else {
            chat.system_lines += 1;
            continue;
        };
        let order = header.own_order.unwrap_or(order);
        let date = date(&header, order).map_err(|message| LineError {
            line: header.line,
            message,
        })?;
        chat.messages.push(Message {
            line: header.line,
            at: date.and_time(header.time),
            sender,
            text: message_text(&header.text),
        });
    }
    Ok(chat)
}

/// The start of a line as an error quotes it: cleaned, and cut short.
fn quote(raw: &str) -> String {
    clean_line(raw).chars().take(60).collect()
}

/// The timestamp and what follows it, in each layout: "[stamp] rest" (iOS), "stamp -
/// rest" (Android) and "stamp: rest" (the 2012 layout). The bool says iOS.
fn split_line(raw: &str) -> Option<(Stamp, &str, bool)> {
    if let Some(inner) = raw.strip_prefix('[') {
        let (stamp, rest) = inner.split_once(']')?;
        let rest = rest.trim_start_matches(MARKS);
        return Some((
            stamp::read(stamp)?,
            rest.strip_prefix(' ').unwrap_or(rest),
            true,
        ));
    }
    for separator in [" - ", " \u{2013} "] {
        // The stamp never holds the separator itself, so its first place is the one.
        if let Some((stamp, rest)) = raw.split_once(separator)
            && let Some(stamp) = stamp::read(stamp)
        {
            return Some((stamp, rest, false));
        }
    }
    // The 2012 layout always wrote seconds; demanding them keeps a message's own line
    // such as "12/01/2024 10:00: meeting" from passing for a new message.
    let (stamp, rest) = raw.split_once(": ")?;
    let stamp = stamp::read(stamp).filter(|stamp| stamp.has_seconds)?;
    Some((stamp, rest, false))
}

fn header(raw: &str, line: usize) -> Option<Header> {
    let raw = raw.trim_start_matches(|c: char| MARKS.contains(&c) || c == ' ');
    let (stamp, rest, ios) = split_line(raw)?;
    let rest = rest.trim_start_matches(MARKS);
    // "Name:" with nothing after it (an editor took the space) is a message with no text.
    let bare = rest
        .trim_end_matches(|c: char| MARKS.contains(&c) || c.is_whitespace())
        .strip_suffix(':')
        .filter(|name| name.chars().count() <= MAX_BARE_NAME_CHARS)
        .map(|name| (name, ""));
    let (sender, text) = match rest.split_once(": ").or(bare) {
        Some((sender, text)) if is_sender(sender) => {
            let marked = ios && text.starts_with(MARKS);
            if !words::is_media(text) && words::is_notice(text, marked) {
                (None, rest.to_string())
            } else {
                (
                    Some(clean_line(sender.trim_matches(MARKS))),
                    text.to_string(),
                )
            }
        }
        _ => (None, rest.to_string()),
    };
    Some(Header {
        line,
        own_order: stamp
            .order
            .or((stamp.digits[0] == 4).then_some(DateOrder::Ymd)),
        date: stamp.date,
        digits: stamp.digits,
        date_text: clean_line(&stamp.date_text),
        time: stamp.time,
        sender,
        text,
    })
}

/// How long a name may be that ends its line with a colon and nothing after it: a
/// notice that ends in a colon is a sentence, longer than a name.
const MAX_BARE_NAME_CHARS: usize = 40;

/// A notice such as `X changed the subject to "A: B"` splits at its colon too, but a
/// name never holds quotes.
fn is_sender(sender: &str) -> bool {
    let sender = sender.trim_matches(MARKS).trim();
    !sender.is_empty() && !sender.contains(['"', '\u{201C}', '\u{201D}', '\u{AB}', '\u{BB}'])
}

/// Day-first or month-first, from the whole file: a first number above 12 settles it
/// one way, a second above 12 the other.
fn date_order(headers: &[Header]) -> Result<DateOrder, ChatError> {
    let ambiguous: Vec<&Header> = headers.iter().filter(|h| h.own_order.is_none()).collect();
    let day_first = ambiguous.iter().find(|h| h.date[0] > 12);
    let month_first = ambiguous.iter().find(|h| h.date[1] > 12);
    match (day_first, month_first) {
        (Some(_), None) => Ok(DateOrder::Dmy),
        (None, Some(_)) => Ok(DateOrder::Mdy),
        (None, None) if ambiguous.is_empty() => Ok(DateOrder::Ymd),
        (None, None) => Err(ChatError::AmbiguousDates(AmbiguousDates {
            line: ambiguous[0].line,
            date: ambiguous[0].date_text.clone(),
            numbers: [ambiguous[0].date[0], ambiguous[0].date[1]],
        })),
        (Some(d), Some(m)) => Err(ChatError::Line(LineError {
            line: m.line.max(d.line),
            message: format!(
                "line {} reads only day-first and line {} only month-first: say which with --date-order",
                d.line, m.line
            ),
        })),
    }
}

/// The years a chat's dates may fall in. WhatsApp began in 2009 and writes a year
/// with two digits or four; two are this century's, so four must be too: `0000` or
/// `1970` (a phone whose clock was reset) is a broken line, not a year 2000.
pub const CHAT_YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

/// The header's date read in `order`; the error quotes the date as written.
fn date(header: &Header, order: DateOrder) -> Result<NaiveDate, String> {
    let [a, b, c] = [0, 1, 2];
    let (year, month, day) = match order {
        DateOrder::Dmy => (c, b, a),
        DateOrder::Mdy => (c, a, b),
        DateOrder::Ymd => (a, b, c),
    };
    let text = &header.date_text;
    let year = match (header.digits[year], i32::try_from(header.date[year])) {
        (2, Ok(short)) => 2000 + short,
        (4, Ok(full)) if CHAT_YEARS.contains(&full) => full,
        _ => {
            return Err(format!(
                "the date \"{text}\" has no year from {} to {} (read as {})",
                CHAT_YEARS.start(),
                CHAT_YEARS.end(),
                order_name(order)
            ));
        }
    };
    NaiveDate::from_ymd_opt(year, header.date[month], header.date[day])
        .ok_or_else(|| format!("\"{text}\" is not a date read as {}", order_name(order)))
}

fn order_name(order: DateOrder) -> &'static str {
    match order {
        DateOrder::Dmy => "day/month/year",
        DateOrder::Mdy => "month/day/year",
        DateOrder::Ymd => "year/month/day",
    }
}

/// The text to store: "[media]" for an attachment, otherwise the message cleaned.
fn message_text(text: &str) -> String {
    if words::is_media(text) {
        "[media]".to_string()
    } else {
        clean_text(text.trim_start_matches(MARKS))
    }
}

#[cfg(test)]
mod tests;
