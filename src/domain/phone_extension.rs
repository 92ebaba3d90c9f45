//! Phone numbers written with an extension: `+1 555 555 5555 x123`, `03-555-1234 ext.
//! 12`, `tel:+1-555-555-5555;ext=5555`. The extension is not part of the number's
//! E.164 (two people at one switchboard share it), so the number is read without it
//! and the text as written, extension and all, is kept beside it.

use super::phone::looks_like_phone;

/// A phone's text cut at its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extension<'a> {
    /// The number before the extension, as written.
    pub number: &'a str,
    /// What follows the number, as written: ` x123`, `;ext=5555`.
    pub suffix: &'a str,
    /// The extension's digits.
    pub digits: &'a str,
}

/// The words that introduce an extension, longest first so that `ext.` is not read as
/// `ext` followed by a stray dot.
const MARKERS: [&str; 6] = [";ext=", "extension", "ext.", "ext", "x", "#"];

/// The longest extension anyone dials.
const MAX_EXTENSION_DIGITS: usize = 7;

/// `text` cut at an extension at its end; None when it has none, or when what comes
/// before the marker is not a phone number (so `fax 123` is no number with extension).
pub fn split_extension(text: &str) -> Option<Extension<'_>> {
    let text = text.trim();
    let digits_at = text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let digits = &text[digits_at..];
    if digits.is_empty() || digits.len() > MAX_EXTENSION_DIGITS {
        return None;
    }
    let before = text[..digits_at].trim_end();
    let marker = MARKERS.iter().find(|marker| {
        before.len() >= marker.len()
            && before.is_char_boundary(before.len() - marker.len())
            && before[before.len() - marker.len()..].eq_ignore_ascii_case(marker)
    })?;
    let number = before[..before.len() - marker.len()].trim_end();
    looks_like_phone(number).then(|| Extension {
        number,
        suffix: &text[number.len()..],
        digits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Option<(&str, &str, &str)> {
        split_extension(text).map(|e| (e.number, e.suffix, e.digits))
    }

    #[test]
    fn the_ways_people_write_an_extension() {
        for (text, number, suffix, digits) in [
            ("+1 555 555 5555 x123", "+1 555 555 5555", " x123", "123"),
            ("03-555-1234 ext. 12", "03-555-1234", " ext. 12", "12"),
            (
                "+1-555-555-5555;ext=5555",
                "+1-555-555-5555",
                ";ext=5555",
                "5555",
            ),
            ("(054) 490 0148 Ext 7", "(054) 490 0148", " Ext 7", "7"),
            (
                "06 30 123 4567 extension 42",
                "06 30 123 4567",
                " extension 42",
                "42",
            ),
            ("03-555-1234#9", "03-555-1234", "#9", "9"),
        ] {
            assert_eq!(cut(text), Some((number, suffix, digits)), "{text}");
        }
    }

    #[test]
    fn what_is_no_extension() {
        assert_eq!(cut("054-490-0148"), None);
        assert_eq!(cut("fax 123"), None, "no number before the marker");
        assert_eq!(cut("x123"), None);
        assert_eq!(cut("054 490 0148 x"), None, "no digits after it");
        assert_eq!(
            cut("054 490 0148 x 12345678"),
            None,
            "eight digits are a number, not an extension"
        );
    }
}
