//! A contact's flags as the lists and the Timeline show them: a mark each
//! (`domain::contact::flag_mark`), beside the name.

use super::search::cell;
use crate::domain::contact::{flag_mark, flag_marks as marks};
use crate::domain::text::clean_line;
use unicode_width::UnicodeWidthStr;

/// "★ vip · ! bad-payer · late-night": each flag named, after its mark if it has one.
pub fn named(flags: &[String]) -> String {
    flags
        .iter()
        .map(|f| match flag_mark(f) {
            Some(mark) => format!("{mark} {}", clean_line(f)),
            None => clean_line(f),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The name and its marks in exactly `width` columns: the name is cut, never the marks.
pub fn name_cell(name: &str, flags: &[String], width: usize) -> String {
    cell(&name_cut(name, flags, width), width)
}

/// [`name_cell`] before it is laid out and padded, for a row that lays out its
/// cells itself: a cell laid out twice reads backwards.
pub fn name_cut(name: &str, flags: &[String], width: usize) -> String {
    let marks = marks(flags);
    if marks.is_empty() || marks.width() + 2 > width {
        return super::search::cut(name, width);
    }
    let name = super::search::cut(name, width - marks.width() - 1);
    format!("{name} {marks}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn each_known_flag_has_a_mark_of_one_column() {
        for flag in [
            "vip",
            "bad-payer",
            "bad payer",
            "returning",
            "do-not-contact",
        ] {
            let mark = flag_mark(flag).unwrap().to_string();
            assert_eq!(mark.width(), 1, "{flag}");
        }
        assert_eq!(flag_mark("late-night"), None);
        assert_eq!(marks(&flags(&["vip", "late-night", "bad-payer"])), "★!");
    }

    #[test]
    fn a_long_name_is_cut_and_its_marks_kept() {
        let vip = flags(&["vip"]);
        assert_eq!(name_cell("Noa Levi", &vip, 12), "Noa Levi ★  ");
        assert_eq!(name_cell("Dunai Építőipari Zrt", &vip, 12), "Dunai Épí… ★");
        assert_eq!(name_cell("Noa Levi", &[], 10), "Noa Levi  ");
        assert_eq!(named(&flags(&["vip", "late-night"])), "★ vip · late-night");
    }
}
