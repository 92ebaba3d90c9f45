use super::*;
use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

#[test]
fn latin_text_is_borrowed_as_it_is() {
    for text in [
        "Noa Levi",
        "",
        "+972 54-490-0148 (mobile)",
        "Szabó Réka",
        "名前",
    ] {
        assert!(
            matches!(visual(text), Cow::Borrowed(t) if t == text),
            "{text}"
        );
    }
}

#[test]
fn a_hebrew_name_is_drawn_right_to_left() {
    assert_eq!(visual("יוסי מזרחי"), "יחרזמ יסוי");
    assert_eq!(visual("מבצע חגים"), "םיגח עצבמ");
    assert!(is_rtl_line("יוסי Cohen") && !is_rtl_line("Cohen יוסי"));
}

#[test]
fn numbers_and_latin_words_inside_hebrew_keep_their_order() {
    // "Call Noa at 10:30 about 3 rooms" with the Latin name and the numbers left to right.
    assert_eq!(
        visual("שיחה עם Noa Levi ב-10:30"),
        "10:30-ב Noa Levi םע החיש"
    );
    assert_eq!(visual("מחיר 48,000 ש\"ח"), "ח\"ש 48,000 ריחמ");
    assert_eq!(visual("054-490-0148 יוסי"), "יסוי 054-490-0148");
}

#[test]
fn hebrew_inside_latin_keeps_the_latin_line_in_place() {
    assert_eq!(
        visual("Deal: מבצע חגים for 3 rooms"),
        "Deal: םיגח עצבמ for 3 rooms"
    );
    // A number after Hebrew joins its run (UAX #9, W2 and N1), as every bidi text shows it.
    assert_eq!(
        visual("Deal: מבצע חגים, 3 rooms"),
        "Deal: 3 ,םיגח עצבמ rooms"
    );
    assert_eq!(visual("Noa Levi סלון"), "Noa Levi ןולס");
}

#[test]
fn neutral_characters_at_run_edges_take_the_line_s_direction() {
    // The full stop ends the Hebrew sentence, on its left.
    assert_eq!(visual("שלום."), ".םולש");
    // At the end of a Latin line the "!" after Hebrew takes the line's direction.
    assert_eq!(visual("Re: שלום!"), "Re: םולש!");
    // Spaces before a Hebrew line's end sit at its left.
    assert_eq!(visual("שלום  "), "  םולש");
    assert_eq!(visual("  שלום"), "םולש  ");
}

#[test]
fn brackets_in_a_right_to_left_run_are_mirrored() {
    assert_eq!(visual("יוסי (כהן)"), "(ןהכ) יסוי");
    assert_eq!(visual("Noa [יוסי]"), "Noa [יסוי]");
    assert_eq!(visual("יוסי «הבוס»"), "«סובה» יסוי");
    assert_eq!(mirrored('('), ')');
    assert_eq!(mirrored('a'), 'a');
}

#[test]
fn vowel_points_stay_on_their_letters() {
    // שָׁלוֹם: each point after its letter, as a terminal expects it.
    let text = "שָׁלוֹם";
    let shown = visual(text);
    let first: Vec<char> = shown.chars().collect();
    assert_eq!(first[0], 'ם');
    assert_eq!(*first.last().unwrap(), 'ׁ');
    assert_eq!(shown.width(), text.width());
}

#[test]
fn formatting_characters_never_reach_the_terminal() {
    let shown = visual("\u{202E}יוסי\u{200F} Cohen\u{2066}\u{1b}");
    assert!(
        !shown.chars().any(crate::domain::text::is_unsafe_char),
        "{shown}"
    );
    assert_eq!(visual("a\u{200E}b"), "ab");
}

#[test]
fn a_cut_right_to_left_text_loses_its_logical_end() {
    assert_eq!(cut("יוסי מזרחי", 20), "יוסי מזרחי");
    assert_eq!(cut("יוסי מזרחי", 7), "יוסי מ…");
    assert_eq!(visual(&cut("יוסי מזרחי", 7)), "…מ יסוי");
    assert_eq!(cut("Noa Levi", 0), "");
    assert_eq!(cut("名前名前", 6), "名前…");
}

#[test]
fn the_cursor_moves_as_it_is_seen() {
    // A Hebrew line: the end is on the left, and → goes toward the start.
    let line = "אבג";
    assert_eq!(cursor_stops(line), vec![3, 2, 1, 0]);
    assert_eq!(cursor_step(line, 0, false), 1);
    assert_eq!(cursor_step(line, 3, true), 2);
    assert_eq!(cursor_step(line, 3, false), 3);
    // A Latin line is as before.
    assert_eq!(cursor_stops("ab"), vec![0, 1, 2]);
    assert_eq!(cursor_step("ab", 1, true), 2);
    // A number inside Hebrew is crossed left to right.
    assert_eq!(cursor_stops("א 12"), vec![4, 2, 3, 1, 0]);
}

#[test]
fn visual_chars_follow_visual() {
    for line in ["אב (cd)", "Noa «יוסי»", "x"] {
        let drawn: String = visual_chars(line).iter().map(|&(_, c)| c).collect();
        assert_eq!(drawn, visual(line));
    }
    assert_eq!(
        visual_chars("אב c"),
        vec![(3, 'c'), (2, ' '), (1, 'ב'), (0, 'א')]
    );
}

/// Text in the alphabets our users write, with digits, the neutral signs at run
/// edges, brackets, vowel points and the occasional emoji. Not Arabic's lam-alef:
/// unicode-width counts "لا" as one column (a ligature) but its reverse as two,
/// while the desk's cells give each letter its own column either way.
fn mixed() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "יוסי",
        "מזרחי",
        "שָׁלוֹם",
        "Noa",
        "Szabó",
        "12",
        "10:30",
        "48,000",
        " ",
        "  ",
        ".",
        ",",
        "!",
        "-",
        "(",
        ")",
        "[",
        "]",
        "«",
        "»",
        "\"",
        "👍",
        "👩‍💻",
        "名前",
        "\u{202E}",
        "\u{200F}",
        "\t",
        "مرحبا",
        "٣٤",
    ]);
    prop::collection::vec(pieces, 0..12).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn reordering_keeps_the_width_and_the_letters(text in mixed()) {
        let clean = crate::domain::text::clean_line(&text);
        let shown = visual(&clean);
        prop_assert_eq!(shown.width(), clean.width());
        // A bracket may be drawn mirrored: each pair counts as one sign.
        let pair = |c: char| c.min(mirrored(c));
        let mut before: Vec<char> = clean.chars().map(pair).collect();
        let mut after: Vec<char> = shown.chars().map(pair).collect();
        before.sort_unstable();
        after.sort_unstable();
        prop_assert_eq!(before, after);
        prop_assert_eq!(visual_chars(&clean).len(), clean.chars().count());
        let stops = cursor_stops(&clean);
        prop_assert_eq!(stops.len(), clean.chars().count() + 1);
    }

    #[test]
    fn left_to_right_text_is_unchanged(text in "[ -~]{0,40}") {
        prop_assert_eq!(visual(&text), text.as_str());
        prop_assert_eq!(cursor_stops(&text), (0..=text.len()).collect::<Vec<_>>());
    }

    #[test]
    fn any_text_never_panics(text in any::<String>(), width in 0usize..30, at in 0usize..40) {
        let _ = visual(&text);
        let cut_text = cut(&text, width);
        prop_assert!(cut_text.width() <= width);
        let _ = cursor_step(&text, at, true);
        let _ = cursor_step(&text, at, false);
        prop_assert!(!visual(&text).chars().any(crate::domain::text::is_unsafe_char));
    }
}

#[test]
fn a_word_with_gershayim_keeps_every_letter() {
    assert_eq!(visual("סה״כ"), "כ״הס");
}
