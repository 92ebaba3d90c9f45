//! Right-to-left text laid out for a terminal that draws cells left to right: the
//! Unicode Bidirectional Algorithm (UAX #9, the `unicode-bidi` crate) turns a line
//! from the order it was typed in (logical) into the order its cells are drawn in
//! (visual). Numbers and Latin words inside Hebrew keep their own order; a bracket
//! in a right-to-left run is mirrored, so "(כהן)" still opens on its right.
//!
//! Each function works on one line: text that wraps is broken in logical order
//! first and each line reordered after. A line with no right-to-left letter is
//! returned as it is, borrowed, so that English costs nothing.

use std::borrow::Cow;
use std::ops::Range;
use unicode_bidi::{BidiClass, ParagraphBidiInfo, bidi_class};
use unicode_width::UnicodeWidthChar;

/// Whether `text` holds a right-to-left letter (Hebrew, Arabic, Syriac…): only
/// then can reordering change anything. Everything below U+0590 is left to right
/// or neutral, so Latin text is read without a table lookup.
pub fn has_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| c >= '\u{590}' && matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
}

/// `line` in visual order. Its direction is that of its first strong letter (a line
/// starting in Hebrew reads right to left, so its end is on the left); controls,
/// line breaks and bidi formatting characters are dropped, since none of them may
/// reach the terminal and each would break a cell's width.
pub fn visual(line: &str) -> Cow<'_, str> {
    if !has_rtl(line) && !line.chars().any(is_dropped) {
        return Cow::Borrowed(line);
    }
    let layout = Layout::of(line);
    let mut out = String::with_capacity(line.len());
    for &index in &layout.order {
        layout.push_cluster(index, &mut out);
    }
    Cow::Owned(out)
}

/// Whether a line reads right to left: its first strong letter is.
pub fn is_rtl_line(line: &str) -> bool {
    has_rtl(line) && Layout::of(line).rtl
}

/// `text` cut to `width` columns in logical order, ended with `…` when cut: a
/// right-to-left text loses its logical end (drawn on the left), as a reader
/// expects. Not reordered and not padded; `visual` follows.
pub fn cut(text: &str, width: usize) -> Cow<'_, str> {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    let room = width.saturating_sub(1);
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        // Measured as the screen draws it: an emoji and its skin tone are one letter.
        if out.width() > room {
            out.pop();
            break;
        }
    }
    if width > 0 {
        out.push('…');
    }
    Cow::Owned(out)
}

/// The cursor's places on `line` from left to right, each a logical cursor: the
/// character it stands on, with the end of the line (after the last character) at
/// the line's end side: on the right of a left-to-right line, on the left of a
/// right-to-left one. ← and → move along this list, so the cursor moves as it is seen.
pub fn cursor_stops(line: &str) -> Vec<usize> {
    let layout = Layout::of(line);
    let total = line.chars().count();
    let mut stops: Vec<usize> = Vec::with_capacity(total + 1);
    for &index in &layout.order {
        let cluster = &layout.clusters[index];
        stops.extend(cluster.chars.clone());
    }
    if layout.rtl {
        stops.insert(0, total);
    } else {
        stops.push(total);
    }
    stops
}

/// The logical cursor one place left (`rightward` false) or right of `cursor` on
/// `line`, as it is seen; the same cursor at either edge.
pub fn cursor_step(line: &str, cursor: usize, rightward: bool) -> usize {
    let stops = cursor_stops(line);
    let at = stops.iter().position(|&s| s == cursor).unwrap_or(0);
    let to = match rightward {
        true => (at + 1).min(stops.len() - 1),
        false => at.saturating_sub(1),
    };
    stops[to]
}

/// Each character [`visual`] draws, left to right, with its logical index: a caller
/// that styles characters (a span's colour, the cursor) finds each one's place.
pub fn visual_chars(line: &str) -> Vec<(usize, char)> {
    let layout = Layout::of(line);
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    for &index in &layout.order {
        let cluster = &layout.clusters[index];
        for i in cluster.chars.clone().filter(|&i| layout.kept[i]) {
            out.push((
                i,
                if cluster.rtl {
                    mirrored(chars[i])
                } else {
                    chars[i]
                },
            ));
        }
    }
    out
}

/// The character a right-to-left run shows for `c` (UAX #9, rule L4): brackets
/// and other paired signs face the other way. The common pairs of the Bidi
/// Mirroring table; any other character is its own mirror.
pub fn mirrored(c: char) -> char {
    const PAIRS: &[(char, char)] = &[
        ('(', ')'),
        ('[', ']'),
        ('{', '}'),
        ('<', '>'),
        ('«', '»'),
        ('‹', '›'),
        ('⁅', '⁆'),
        ('⁽', '⁾'),
        ('₍', '₎'),
        ('≤', '≥'),
        ('≪', '≫'),
        ('⟨', '⟩'),
        ('⟦', '⟧'),
        ('⌈', '⌉'),
        ('⌊', '⌋'),
        ('〈', '〉'),
        ('《', '》'),
        ('「', '」'),
        ('『', '』'),
        ('【', '】'),
        ('（', '）'),
        ('［', '］'),
        ('｛', '｝'),
        ('＜', '＞'),
    ];
    for &(open, close) in PAIRS {
        if c == open {
            return close;
        }
        if c == close {
            return open;
        }
    }
    c
}

/// Characters that never reach the terminal from a laid-out line.
fn is_dropped(c: char) -> bool {
    c.is_control() || crate::domain::text::is_unsafe_char(c)
}

/// A line as the algorithm resolved it: clusters (a letter with the marks and
/// joiners that belong to it, kept together and in order, rule L3) and their order.
struct Layout<'a> {
    text: &'a str,
    clusters: Vec<Cluster>,
    /// Cluster indices, left to right.
    order: Vec<usize>,
    /// Per character: false for one [`visual`] drops.
    kept: Vec<bool>,
    /// The line's own direction is right to left.
    rtl: bool,
}

struct Cluster {
    bytes: Range<usize>,
    chars: Range<usize>,
    /// In a right-to-left run: its letter is mirrored.
    rtl: bool,
}

impl Layout<'_> {
    fn of(text: &str) -> Layout<'_> {
        let info = ParagraphBidiInfo::new(text, None);
        let rtl = info.paragraph_level.is_rtl();
        let levels = if text.is_empty() {
            Vec::new()
        } else {
            info.reordered_levels_per_char(0..text.len())
        };
        let mut clusters: Vec<Cluster> = Vec::new();
        let mut cluster_levels = Vec::new();
        let mut kept = Vec::new();
        let mut previous: Option<char> = None;
        for (index, (byte, c)) in text.char_indices().enumerate() {
            kept.push(!is_dropped(c));
            let joins = previous.is_some_and(|p| joins_previous(p, c));
            match clusters.last_mut() {
                Some(last) if joins => {
                    last.bytes.end = byte + c.len_utf8();
                    last.chars.end = index + 1;
                }
                _ => {
                    let level = levels.get(index).copied().unwrap_or(info.paragraph_level);
                    clusters.push(Cluster {
                        bytes: byte..byte + c.len_utf8(),
                        chars: index..index + 1,
                        rtl: level.is_rtl(),
                    });
                    cluster_levels.push(level);
                }
            }
            previous = Some(c);
        }
        let order = ParagraphBidiInfo::reorder_visual(&cluster_levels);
        Layout {
            text,
            clusters,
            order,
            kept,
            rtl,
        }
    }

    fn push_cluster(&self, index: usize, out: &mut String) {
        let cluster = &self.clusters[index];
        let text = &self.text[cluster.bytes.clone()];
        for (offset, c) in text.chars().enumerate() {
            if !self.kept[cluster.chars.start + offset] {
                continue;
            }
            out.push(if cluster.rtl { mirrored(c) } else { c });
        }
    }
}

/// Whether `c` belongs to the letter before it: a combining mark (niqqud, an
/// accent), a zero-width joiner and what it joins, an emoji's skin tone or
/// variation selector. Reversing them apart would move a vowel off its letter.
fn joins_previous(previous: char, c: char) -> bool {
    previous == '\u{200D}'
        || c == '\u{200D}'
        || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
        || (c.width() == Some(0) && !c.is_control())
}

#[cfg(test)]
#[path = "bidi_tests.rs"]
mod tests;
