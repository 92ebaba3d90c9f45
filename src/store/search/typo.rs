//! Search that forgives a typo: a query word that matches no word of a name, alias or
//! company in any of the exact ways (rank.rs) may still match one within a single
//! edit. Such matches rank below every other (their own tier, `TYPO`), and are only
//! looked for when the exact ways found fewer matches than the list holds (index.rs).

/// The fewest characters a query word needs to be forgiven a typo. One edit away from
/// a word of three letters lies a large share of all short names ("dan" would find
/// Dana, Ian, Don, Dani): the list would fill with noise, and the typo pass would
/// look at most rows. From four letters three of them still have to agree.
pub(super) const MIN_TYPO_CHARS: usize = 4;

/// A query word that may be forgiven a typo, with what rules words out cheaply.
#[derive(Debug)]
pub(super) struct Forgivable {
    /// Its letters, as `letter_bits` counts them.
    letters: u32,
    chars: usize,
    /// The first bytes of its first two characters.
    starts: [u8; 2],
}

impl Forgivable {
    /// Only words of letters alone, and long enough: digits (a phone) stay exact.
    pub(super) fn of(word: &str) -> Option<Forgivable> {
        let chars = word.chars().count();
        if chars < MIN_TYPO_CHARS || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        let second = word.chars().next().map_or(0, char::len_utf8);
        Some(Forgivable {
            letters: word.chars().fold(0, |bits, c| bits | letter_bit(c)),
            chars,
            starts: [word.as_bytes()[0], word.as_bytes()[second]],
        })
    }

    /// Whether a row whose names hold `row_letters` (see `letter_bits`) could hold a
    /// word within one edit of this one: one that lacks at most one of its letters.
    pub(super) fn may_be_in(&self, row_letters: u32) -> bool {
        let lacking = self.letters & !row_letters;
        // At most one bit: cheaper than counting them without a popcount instruction.
        lacking & lacking.wrapping_sub(1) == 0
    }
}

/// One bit of 32 for a character: its code point modulo 32, so that the Latin letters
/// and those of Hebrew (consecutive code points) each get a bit of their own.
fn letter_bit(c: char) -> u32 {
    1 << (u32::from(c) % 32)
}

/// Every character's bit (see `letter_bit`) of the names and company in `fields`, and
/// a few more: each byte counts by its low five bits, which for the last byte of a
/// character in UTF-8 are those of its code point. More bits only let more rows on to
/// the closer tests, so the test stays true. (A space counts too, as bit 0: skipping
/// it would cost a branch per byte.)
pub(super) fn letter_bits(fields: &[&[u8]]) -> u32 {
    let mut bits = 0;
    for field in fields {
        for &byte in *field {
            bits |= 1 << (byte & 31);
        }
    }
    bits
}

/// Whether `typed` is one edit (substitution, insertion, deletion or transposition of
/// two neighbours) from `word`, or from a start of it, the edit then lying before the
/// end of `typed` (so "mihc" and "mivh" find Michael while typing, but "levy" does not
/// find every word starting with "lev").
pub(super) fn within_one_edit(typed: &str, word: &str) -> bool {
    let common: usize = typed
        .chars()
        .zip(word.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let (typed, word) = (&typed[common..], &word[common..]);
    let mut typed_chars = typed.chars();
    let Some(typed_first) = typed_chars.next() else {
        // All of `typed` starts `word`: no edit at all (the exact pass finds these).
        return true;
    };
    let typed_rest = typed_chars.as_str();
    let mut word_chars = word.chars();
    let word_first = word_chars.next();
    let word_rest = word_chars.as_str();
    // After the edit the rest must agree: all of the word, or a start of it that
    // follows at least one more typed letter.
    let rest_agrees =
        |typed: &str, word: &str| typed == word || (!typed.is_empty() && word.starts_with(typed));
    // Two neighbours swapped: both were typed, so the rest may be any start.
    let swapped = {
        let (mut t, mut w) = (typed_rest.chars(), word_rest.chars());
        let neighbours = t.next().zip(w.next());
        neighbours.is_some_and(|(t1, w1)| Some(t1) == word_first && w1 == typed_first)
            && w.as_str().starts_with(t.as_str())
    };
    word_first.is_some() && rest_agrees(typed_rest, word_rest) // substituted
        || rest_agrees(typed_rest, word) // a letter typed too many
        || word_first.is_some() && rest_agrees(typed, word_rest) // a letter left out
        || swapped
}

/// Whether some word of `field` (words end at a space or a line break) is within one
/// edit of `typed` (see `within_one_edit`), a word that `forgivable` describes.
pub(super) fn typo_in(typed: &str, forgivable: &Forgivable, field: &str) -> bool {
    let bytes = field.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        // Names are short words: a plain loop beats starting `memchr2` on each.
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b' ' || b == b'\n')
            .map_or(bytes.len(), |at| start + at);
        if end - start + 1 >= forgivable.chars
            && may_start_alike(forgivable.starts, &bytes[start..end])
            && within_one_edit(typed, &field[start..end])
        {
            return true;
        }
        start = end + 1;
    }
    false
}

/// Whether a word of these bytes can be one edit from a word whose first two characters
/// begin with `starts`: one of its own first two is one of those two (if the first
/// differs, the edit is there, and the rest agrees from the second of either).
fn may_start_alike(starts: [u8; 2], word: &[u8]) -> bool {
    let Some(&first) = word.first() else {
        return false;
    };
    let first_len = match first {
        0..0xE0 => 1 + usize::from(first >= 0xC0),
        0xE0..0xF0 => 3,
        _ => 4,
    };
    let second = word.get(first_len).copied();
    starts.contains(&first) || second.is_some_and(|b| starts.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_of_the_word_or_of_a_start_of_it() {
        for (typed, word) in [
            ("levy", "levi"),
            ("noah", "noa"),
            ("oden", "odon"),
            ("lvei", "levi"),
            ("מיכאל", "מיכל"),
            ("ldvi", "levi"),
            ("elvi", "levi"),
            ("xlevi", "levi"),
            ("mihc", "michael"),
            ("mivh", "michael"),
            ("mchae", "michael"),
            ("mixhael", "michael"),
        ] {
            assert!(within_one_edit(typed, word), "{typed} / {word}");
        }
        for (typed, word) in [
            ("levy", "levinson"),
            ("abcd", "badc"),
            ("oden", "adam"),
            ("levy", "le"),
            ("mchx", "michael"),
        ] {
            assert!(!within_one_edit(typed, word), "{typed} / {word}");
        }
    }

    #[test]
    fn a_row_lacking_two_of_a_words_letters_is_ruled_out() {
        let levy = Forgivable::of("levy").unwrap();
        assert!(levy.may_be_in(letter_bits(&[b"noa levi"])));
        assert!(!levy.may_be_in(letter_bits(&[b"dana cohen"])));
        let michael = Forgivable::of("מיכאל").unwrap();
        assert!(michael.may_be_in(letter_bits(&["מיכל כהן".as_bytes()])));
        assert!(Forgivable::of("dan").is_none());
        assert!(Forgivable::of("0544").is_none());
    }
}
