//! The one way a moment is written for scripts: RFC 3339 with its offset, `+00:00`
//! (chrono's `to_rfc3339`), never `Z`. Every `--json` output writes its times through
//! here, `#[serde(serialize_with = "timestamp::write")]` beside
//! `#[schemars(with = "timestamp::Rfc3339")]`, so that no output can drift to another
//! form: a `DateTime` without them has no schema, and `leadometer schema` does not build.

use chrono::{DateTime, Utc};
use serde::Serializer;

/// A moment as scripts read it: `2026-12-02T09:30:00+00:00`, with fractions of a
/// second only when there are any.
pub fn text(at: &DateTime<Utc>) -> String {
    at.to_rfc3339()
}

/// `serialize_with` for a `DateTime<Utc>`.
pub fn write<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&text(at))
}

/// `serialize_with` for an `Option<DateTime<Utc>>`: `null` when there is none.
pub fn write_optional<S: Serializer>(
    at: &Option<DateTime<Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => write(at, serializer),
        None => serializer.serialize_none(),
    }
}

/// The schema of a moment: a date-time string whose offset is written out, which the
/// schema checks by pattern, so a `Z` fails validation.
pub struct Rfc3339;

/// The pattern every moment matches: seconds, optional fractions, then `±hh:mm`.
pub const PATTERN: &str = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$";

impl schemars::JsonSchema for Rfc3339 {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Rfc3339".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date-time",
            "pattern": PATTERN,
            "description": "RFC 3339 with its offset written out, +00:00 (never Z)",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_is_written_with_its_offset_and_matches_the_pattern() {
        let at = DateTime::parse_from_rfc3339("2026-12-02T09:30:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(text(&at), "2026-12-02T09:30:00+00:00");
        let pattern = regex::Regex::new(PATTERN).unwrap();
        assert!(pattern.is_match(&text(&at)));
        assert!(pattern.is_match(&text(&(at + chrono::Duration::milliseconds(250)))));
        assert!(!pattern.is_match("2026-12-02T09:30:00Z"));
    }
}
