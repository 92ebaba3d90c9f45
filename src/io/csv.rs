//! Contacts from CSV: HubSpot's and Google's exports, and any other sheet whose
//! headers name its columns (in English, Hebrew or Hungarian).

use super::{Draft, Incoming, LineError, MAX_FIELD_BYTES, Parsed};
use crate::domain::phone::Region;
use crate::domain::text::{clean_line, clean_text, fold, has_controls};
use crate::domain::when::local_to_utc;
use crate::domain::{Contact, ContactKind, LeadStatus, Lifecycle};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use fields::{Columns, Field, google_value};
use fillers::is_everyones_group;
use lines::{LineCounter, layout_of};

/// What starts the header of a column holding one custom field, as the CSV export
/// writes it: `custom:Birthday` holds the custom field "Birthday", whatever the name.
pub const CUSTOM_COLUMN_PREFIX: &str = "custom:";

/// Which export a file is; `Csv` maps columns by their header names alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Csv,
    Hubspot,
    Google,
}

impl Flavor {
    /// Tells HubSpot's and Google's exports by their headers.
    pub fn detect(headers: &[String]) -> Flavor {
        let has = |name: &str| headers.iter().any(|h| fold(h) == name);
        if has("record id") && (has("lifecycle stage") || has("contact owner")) {
            Flavor::Hubspot
        } else if headers.iter().any(|h| google_value(h).is_some()) {
            Flavor::Google
        } else {
            Flavor::Csv
        }
    }
}

/// A cell of Google's can hold several values.
fn values(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(" ::: ").map(str::trim).filter(|v| !v.is_empty())
}

/// A cell holding several addresses separated by `;` or `,` (Outlook and people write
/// them so) gives each; any other cell is one value, kept whole if it is no address.
fn several_addresses(value: &str) -> Vec<&str> {
    let parts: Vec<&str> = value
        .split([';', ','])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    let all_addresses = parts.len() > 1
        && parts
            .iter()
            .all(|part| crate::domain::contact::normalize_email(part).is_some());
    if all_addresses { parts } else { vec![value] }
}

/// Why `value`, the content of `what` (a column, a property), is refused: it is over
/// `MAX_FIELD_BYTES`. Names how big it is and how it starts, so it can be found.
pub(crate) fn too_big(what: &str, value: &str) -> String {
    format!(
        "{what} holds {} KiB, over the {} KiB a field may hold (it starts \"{}\")",
        value.len() / 1024,
        MAX_FIELD_BYTES / 1024,
        clean_line(&value.chars().take(40).collect::<String>())
    )
}

/// How many headers a message quotes: a row can have 10,000 columns.
const HEADERS_QUOTED: usize = 20;

/// The first `HEADERS_QUOTED` headers quoted, and how many more there are.
fn some_headers(headers: &[String]) -> String {
    let mut quoted: Vec<String> = headers
        .iter()
        .take(HEADERS_QUOTED)
        .map(|h| {
            format!(
                "\"{}\"",
                clean_line(&h.chars().take(80).collect::<String>())
            )
        })
        .collect();
    if headers.len() > HEADERS_QUOTED {
        quoted.push(format!("… ({} columns in all)", headers.len()));
    }
    quoted.join(", ")
}

/// Reads every record of `text`. `flavor` None tells it from the headers.
pub fn parse(text: &str, flavor: Option<Flavor>, region: Region, user: &str) -> Parsed {
    let (mut records, mut errors) = (Vec::new(), Vec::new());
    let mut parsed = parse_each(text, flavor, region, user, &mut |row| {
        match row {
            Ok(record) => records.push(record),
            Err(error) => errors.push(error),
        }
        true
    });
    parsed.records = records;
    parsed.errors = errors;
    parsed
}

/// `parse`, handing each contact, and each bad row, to `each` as soon as it is read:
/// for an import that stores the first contacts while it reads the rest. Reading
/// stops when `each` answers false. The returned `Parsed` holds the warnings alone.
pub fn parse_each(
    text: &str,
    flavor: Option<Flavor>,
    region: Region,
    user: &str,
    each: &mut dyn FnMut(Result<Incoming, LineError>) -> bool,
) -> Parsed {
    let mut parsed = Parsed::default();
    let layout = layout_of(text);
    let text = &text[layout.header_at..];
    // The csv crate reads an unclosed quote to the end of the file as one field,
    // which would swallow every row after it into a note. The rows before it are
    // sound: they are read (for --skip-bad-rows) and the quote's row is the error.
    let cut_at_quote = unclosed_quote(text, layout.delimiter);
    let text = match cut_at_quote {
        Some(Unclosed { line, line_start }) => {
            each(Err(LineError {
                line: line + layout.lines_before,
                message:
                    "a quote opened here is never closed, so the rows after it cannot be told apart"
                        .into(),
            }));
            &text[..line_start]
        }
        None => text,
    };
    let cut_at_quote = cut_at_quote.is_some();
    let header_line = 1 + layout.lines_before;
    let mut lines = LineCounter::starting_on(text, header_line);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(layout.delimiter)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(str::to_string).collect(),
        Err(e) => {
            each(Err(csv_error(&e, text, &mut lines)));
            return parsed;
        }
    };
    if headers.iter().all(|h| h.trim().is_empty()) {
        // A quote left open in the header row has been named already.
        let message = match (text.trim().is_empty(), cut_at_quote) {
            (true, true) => return parsed,
            (true, false) => "the file is empty: a CSV needs a header row and one row per contact",
            (false, _) => {
                "the header row names no column (it holds only delimiters or blanks): a CSV \
                 needs a header row naming its columns and one row per contact"
            }
        };
        each(Err(LineError {
            line: header_line,
            message: message.into(),
        }));
        return parsed;
    }
    let mut columns = Columns::of(&headers);
    let identifies = |f: &Option<Field>| {
        matches!(
            f,
            Some(
                Field::Name
                    | Field::First
                    | Field::Last
                    | Field::Email
                    | Field::Phone
                    | Field::Company
            )
        )
    };
    if !columns.fields.iter().any(identifies) {
        each(Err(LineError {
            line: header_line,
            message: format!(
                "no column names a contact: the header row has {} but none is a name, company, phone or email",
                some_headers(&headers)
            ),
        }));
        return parsed;
    }
    let flavor = flavor.unwrap_or_else(|| Flavor::detect(&headers));
    let mut record = ::csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                if !each(Err(csv_error(&e, text, &mut lines))) {
                    break;
                }
                // A broken quote swallows the rest of the file: nothing after it is sure.
                if matches!(e.kind(), ::csv::ErrorKind::Utf8 { .. }) || e.position().is_none() {
                    break;
                }
                continue;
            }
        }
        let line = record.position().map_or(0, |p| lines.record_line(p.byte()));
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let go_on = match contact_from(
            &record,
            &mut columns,
            flavor,
            line,
            region,
            user,
            &mut parsed.warnings,
        ) {
            Ok(Some(contact)) => each(Ok(Incoming { line, contact })),
            Ok(None) => {
                parsed.warnings.push(format!(
                    "line {line}: skipped, it has no name, company, phone or email"
                ));
                true
            }
            Err(message) => each(Err(LineError { line, message })),
        };
        if !go_on {
            break;
        }
    }
    // First, so a summary that shows only the first warnings still names them.
    let fillers = columns.fillers.summary(&columns.headers);
    parsed
        .warnings
        .splice(0..0, columns.unmapped_summary().into_iter().chain(fillers));
    parsed
}

/// How many rows follow the header, for a progress bar: counted as the parser reads
/// rows, without making contacts of them.
pub fn count_rows(text: &str) -> usize {
    let layout = layout_of(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(layout.delimiter)
        .flexible(true)
        .from_reader(&text.as_bytes()[layout.header_at..]);
    let mut record = ::csv::ByteRecord::new();
    let mut rows = 0;
    while let Ok(true) = reader.read_byte_record(&mut record) {
        rows += 1;
    }
    rows
}

/// Where a quoted field that runs to the end of the file starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Unclosed {
    /// 1-based, breaks counted as `LineCounter` counts them.
    line: usize,
    /// The byte offset of that line's start: the rows before it are sound.
    line_start: usize,
}

/// The quoted field that runs to the end of the file, if there is one. A quote opens
/// a field only at its start; inside, `""` is a quote character.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<Unclosed> {
    let (mut line, mut line_start, mut opened_on) = (1, 0, None);
    let mut at_field_start = true;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        // `\r\n` is one break, counted at its `\n`; a lone `\r` is one too.
        let line_break = c == '\n' || (c == '\r' && chars.peek().map(|(_, c)| *c) != Some('\n'));
        match (opened_on.is_some(), c) {
            _ if line_break => {
                line += 1;
                line_start = at + 1;
                at_field_start = opened_on.is_none();
                continue;
            }
            (false, '"') if at_field_start => opened_on = Some(Unclosed { line, line_start }),
            (true, '"') if chars.peek().map(|(_, c)| *c) == Some('"') => {
                chars.next();
            }
            (true, '"') => opened_on = None,
            _ => {}
        }
        at_field_start = opened_on.is_none() && u32::from(c) == u32::from(delimiter);
    }
    opened_on
}

/// A bad row named by its line and what it holds: the row's first line as written, so
/// that the person finds it in the file.
fn csv_error(e: &::csv::Error, text: &str, lines: &mut LineCounter) -> LineError {
    let line = e.position().map_or(1, |p| lines.record_line(p.byte()));
    let message = match e.kind() {
        ::csv::ErrorKind::UnequalLengths {
            expected_len,
            len,
            pos,
        } => {
            let start = pos.as_ref().map_or(text.len(), |p| {
                usize::try_from(p.byte())
                    .unwrap_or(usize::MAX)
                    .min(text.len())
            });
            // The reader's offset is where it started reading the record, which is a
            // break before it: skip breaks. The offset is a byte the reader stopped at,
            // between two records, so it is on a character boundary; `get` makes sure.
            let row = text
                .get(start..)
                .unwrap_or_default()
                .trim_start_matches(['\r', '\n'])
                .split(['\r', '\n'])
                .next()
                .unwrap_or_default();
            let shown: String = row.chars().take(80).collect();
            let more = if shown.len() < row.len() { "…" } else { "" };
            format!(
                "{len} fields where the header has {expected_len}: the row reads \"{}{more}\"",
                clean_line(&shown)
            )
        }
        ::csv::ErrorKind::Utf8 { .. } => "not UTF-8 text (see --encoding)".into(),
        _ => format!("unreadable CSV: {e}"),
    };
    LineError { line, message }
}

/// One row as a contact; None when nothing in it identifies anyone. A cell of a
/// column no field of ours holds becomes a custom field of the contact.
fn contact_from(
    record: &::csv::StringRecord,
    columns: &mut Columns,
    flavor: Flavor,
    line: usize,
    region: Region,
    user: &str,
    warnings: &mut Vec<String>,
) -> Result<Option<Contact>, String> {
    let mut draft = Draft::new(region, user, warnings);
    let (mut first, mut middle, mut last, mut name) = (None, None, None, None);
    let mut notes: Vec<String> = Vec::new();
    let mut reason = None;
    for (at, cell) in record.iter().enumerate() {
        let (Some(header), Some(field)) = (columns.headers.get(at), columns.fields.get(at)) else {
            continue;
        };
        if cell.len() > MAX_FIELD_BYTES {
            return Err(too_big(&format!("column \"{}\"", clean_line(header)), cell));
        }
        // A line break inside a quoted field is `\r\n` or `\r` in files written with
        // those endings: it is kept as a break, so it is no control character to warn of.
        let breaks_as_lf = match cell.contains('\r') {
            true => std::borrow::Cow::Owned(cell.replace('\r', "\n")),
            false => std::borrow::Cow::Borrowed(cell),
        };
        if has_controls(&breaks_as_lf) {
            draft.warnings.push(format!(
                "line {line}, column \"{}\": control characters removed",
                clean_line(header)
            ));
        }
        let text = clean_line(cell);
        if text.is_empty() {
            continue;
        }
        let Some(field) = *field else {
            if columns.fillers.leave_out(at, &text) {
                continue;
            }
            columns.saw_unmapped_data(at);
            if columns.not_kept[at].is_none() {
                let key = columns.custom_keys[at].clone();
                draft.contact.custom.insert(key, text);
            }
            continue;
        };
        match field {
            // The first column of a kind that has a value wins: Thunderbird's
            // `Display Name` beside a `Name`, a sheet with two name columns.
            Field::Name => {
                name.get_or_insert(text);
            }
            Field::First => {
                first.get_or_insert(text);
            }
            Field::Middle => {
                middle.get_or_insert(text);
            }
            Field::Last => {
                last.get_or_insert(text);
            }
            Field::Email => {
                for value in values(cell).flat_map(several_addresses) {
                    if !draft.add_email(value) {
                        draft.warnings.push(format!(
                            "line {line}, column \"{}\": \"{}\" is not an email; kept in the notes",
                            clean_line(header),
                            clean_line(value)
                        ));
                        notes.push(clean_line(value));
                    }
                }
            }
            Field::Phone => {
                for value in values(cell) {
                    // Exports fill empty phone columns with words ("BusinessPhone",
                    // "mobile"): without a digit it is no number, so it is kept as written
                    // where it cannot be taken for one.
                    if value.chars().any(char::is_numeric) {
                        draft.add_phone_as_written(value, line);
                    } else {
                        let value = clean_line(value);
                        draft.warnings.push(format!(
                            "line {line}, column \"{}\": \"{value}\" has no digits, so it is no phone number; kept as a custom field",
                            clean_line(header)
                        ));
                        let key = columns.custom_keys[at].clone();
                        let kept = draft.contact.custom.entry(key).or_default();
                        if !kept.is_empty() {
                            kept.push_str(" ::: ");
                        }
                        kept.push_str(&value);
                    }
                }
            }
            // Google and our own export write several organisations in one cell.
            Field::Company => values(cell).for_each(|org| draft.add_company(clean_line(org))),
            Field::Title => {
                draft.contact.custom.insert("job title".into(), text);
            }
            Field::Owner => draft.contact.owner = Some(text),
            Field::Lifecycle => match lifecycle(&text) {
                Some(stage) => draft.contact.lifecycle = stage,
                None => draft.warnings.push(format!(
                    "line {line}: lifecycle stage \"{text}\" is not one of ours; left at lead"
                )),
            },
            Field::Status => match lead_status(&text, flavor) {
                Some((status, reason)) => {
                    draft.contact.status = status;
                    draft.contact.disqualified_reason = reason;
                }
                None => draft.warnings.push(format!(
                    "line {line}: lead status \"{text}\" is not one of ours; left at new"
                )),
            },
            Field::Created => match created(&text) {
                Some(at) if CREATED_YEARS.contains(&at.year()) => draft.contact.created_at = at,
                Some(_) => draft.warnings.push(format!(
                    "line {line}: the date \"{text}\" is not from {} to {}; the import time is used",
                    CREATED_YEARS.start(),
                    CREATED_YEARS.end()
                )),
                None => draft.warnings.push(format!(
                    "line {line}: the date \"{text}\" cannot be read; the import time is used"
                )),
            },
            Field::Reason => reason = Some(text),
            Field::Source => draft.contact.source = Some(text),
            Field::Campaign => draft.contact.campaign = Some(text),
            Field::Aliases => draft.contact.aliases.extend(values(cell).map(clean_line)),
            Field::Notes => notes.push(clean_text(cell)),
            Field::Labels => {
                for label in values(cell) {
                    let label = clean_line(label.trim_start_matches('*').trim());
                    if is_everyones_group(&label) {
                        columns.fillers.count(at, &label);
                    } else {
                        draft.add_flag(&label);
                    }
                }
            }
        }
    }
    // A file with a reason column says the reason, or by an empty cell that there is
    // none (as the export writes a lead disqualified without one).
    let has_reason_column = columns.fields.contains(&Some(Field::Reason));
    if draft.contact.status == LeadStatus::Disqualified && (reason.is_some() || has_reason_column) {
        draft.contact.disqualified_reason = reason;
    }
    let person = [first, middle, last]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
    let name = name.or_else(|| (!person.is_empty()).then(|| person.join(" ")));
    // A row that names an organisation and no person (Thunderbird writes the
    // company as the display name too) is the company's own contact.
    let company = draft.contact.accounts.first().map(|a| a.account.clone());
    if let Some(company) = company
        && person.is_empty()
        && name
            .as_ref()
            .is_none_or(|name| fold(name) == fold(&company))
    {
        draft.contact.kind = ContactKind::Business;
        return Ok(draft.finish(Some(company), notes));
    }
    Ok(draft.finish(name, notes))
}

/// Ours, or HubSpot's internal names for them.
fn lifecycle(text: &str) -> Option<Lifecycle> {
    let folded = fold(text).replace([' ', '-', '_'], "");
    let ours = match folded.as_str() {
        "marketingqualifiedlead" => "mql",
        "salesqualifiedlead" => "sql",
        other => other,
    };
    ours.parse().ok()
}

/// Ours, or HubSpot's lead statuses (NEW, OPEN, IN_PROGRESS, …), with the reason a
/// disqualified lead carries.
fn lead_status(text: &str, flavor: Flavor) -> Option<(LeadStatus, Option<String>)> {
    let folded = fold(text).replace([' ', '-'], "_");
    let status = match folded.as_str() {
        "new" | "open" => LeadStatus::New,
        "attempted_to_contact" | "attempting" => LeadStatus::Attempting,
        "in_progress" | "connected" | "open_deal" => LeadStatus::Connected,
        "bad_timing" | "nurturing" => LeadStatus::Nurturing,
        "unqualified" | "disqualified" => {
            let from = if flavor == Flavor::Hubspot {
                "unqualified in HubSpot"
            } else {
                "disqualified before the import"
            };
            return Some((LeadStatus::Disqualified, Some(from.into())));
        }
        other => other.parse().ok()?,
    };
    Some((status, None))
}

/// The years a contact's creation date may fall in: a year 0001 or 9999 is an
/// export's placeholder or a slip, and would sort the contact before or after all.
const CREATED_YEARS: std::ops::RangeInclusive<i32> = 1900..=2099;

/// Dates as exports write them, read in this machine's time zone: `2024-03-12 09:14`,
/// `3/15/2024 2:30 PM`, `2024-03-12`, or RFC 3339.
fn created(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Some(at.with_timezone(&Utc));
    }
    let text = text.to_uppercase();
    let with_time = [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%m/%d/%Y %I:%M %p",
        "%m/%d/%Y %I:%M:%S %p",
        "%m/%d/%Y %H:%M",
    ];
    let naive = with_time
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&text, f).ok())
        .or_else(|| {
            ["%Y-%m-%d", "%m/%d/%Y"]
                .iter()
                .find_map(|f| NaiveDate::parse_from_str(&text, f).ok())
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })?;
    local_to_utc(naive)
}

mod custom;
mod fields;
mod fillers;
mod lines;

#[cfg(test)]
mod tests;
