//! Search that forgives a typo (issue 19): the examples of the issue, where typo
//! matches rank, and what is never forgiven.

use super::super::SearchIndex;
use super::super::tests::{found, region, table_of};
use crate::domain::text::fold;
use crate::store::search::rank::Query;
use crate::store::search::typo::MIN_TYPO_CHARS;
use proptest::prelude::*;

/// A table of people, each "name / company / emails / phone digits", the fields
/// after the name left out when empty.
fn people(rows: &[&str]) -> SearchIndex {
    let fields: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.split('/').map(str::trim).collect())
        .collect();
    let rows: Vec<_> = fields
        .iter()
        .map(|r| {
            let field = |at: usize| r.get(at).copied().unwrap_or_default();
            (r[0], field(1), field(2), field(3))
        })
        .collect();
    table_of(&rows)
}

#[test]
fn one_letter_wrong_too_many_or_too_few_still_finds_the_contact() {
    let index = people(&[
        "noa levi",
        "szabo odon / duna bau zrt",
        "מיכל כהן",
        "dana cohen",
    ]);
    for (query, name) in [
        ("noa levy", "noa levi"),
        ("Noah Levi", "noa levi"),
        ("Szabo Oden", "szabo odon"),
        ("szabo oodon", "szabo odon"),
        ("szabo odno", "szabo odon"),
        ("dina bau", "szabo odon"),
        ("מיכאל כהן", "מיכל כהן"),
    ] {
        assert_eq!(found(&index, query), [name], "{query}");
    }
}

#[test]
fn a_typo_ranks_below_every_match_without_one() {
    let index = people(&[
        "dana levy",
        "l e v y",
        "dana cohen / levy bau",
        "noa levi",
        "avi cohen /  / noa@levyhome.com",
        "noa levine",
    ]);
    assert_eq!(
        found(&index, "levy"),
        [
            "dana levy",
            "dana cohen",
            "l e v y",
            "avi cohen",
            "noa levi",
        ],
        "a whole word, the company's, scattered letters and an email fragment all \
         come before a typo; \"levine\" is one edit from no start of \"levy\""
    );
    assert_eq!(
        found(&index, "levi"),
        ["noa levi", "noa levine", "dana levy", "dana cohen"],
        "among typos too, the name before the company"
    );
}

#[test]
fn typos_are_looked_for_only_while_the_list_has_room() {
    let index = people(&["noa levi", "dana levy", "avi levy"]);
    let names = |limit| index.search_all(&Query::new("levy", region()), limit).len();
    assert_eq!(names(2), 2);
    assert_eq!(names(3), 3, "room for the typo");
}

#[test]
fn short_words_and_digits_are_never_forgiven() {
    let index = people(&["ian nagy", "don cohen / / / 972544900148", "lev1 kagan"]);
    assert!(found(&index, "dan").is_empty(), "three letters stay exact");
    assert!(found(&index, "dan coh").is_empty());
    for phone in ["4900149", "0544900149", "972544900149", "+972 54 490 0149"] {
        assert!(found(&index, phone).is_empty(), "{phone}");
    }
    assert!(
        found(&index, "lev2").is_empty(),
        "a word with a digit stays exact"
    );
    assert_eq!(found(&index, "don cohem"), ["don cohen"]);
}

#[test]
fn a_typo_is_found_after_narrowing_from_the_letter_before() {
    let mut index = people(&["szabo odon", "szabo peter"]);
    let ids = |found: Vec<(String, _)>| found.into_iter().map(|(id, _)| id).collect::<Vec<_>>();
    assert_eq!(
        ids(index.search_remembered("szabo ode", 20, region())),
        [] as [String; 0]
    );
    assert_eq!(
        ids(index.search_remembered("szabo oden", 20, region())),
        ["id-000000"]
    );
}

#[test]
fn odd_queries_do_not_panic() {
    let index = people(&["szabo odon", "מיכל כהן"]);
    for query in [
        "😀😀😀😀",
        "מִיכָאֵל",
        "a😀bc",
        "ab".repeat(5_000).as_str(),
        "ǅǅǅǅ",
        "ßßßß x",
    ] {
        found(&index, query);
    }
}

/// One edit of `word` at `at` (a position in its characters): kind 0 substitutes
/// `letter`, 1 inserts it, 2 deletes, 3 swaps two neighbours.
fn edited(word: &str, kind: u8, at: usize, letter: char) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let at = at % chars.len();
    match kind {
        0 => chars[at] = letter,
        1 => chars.insert(at, letter),
        2 => {
            chars.remove(at);
        }
        _ => {
            let first = at.min(chars.len() - 2);
            chars.swap(first, first + 1);
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// Any word of a name, long enough to be forgiven, with one edit still finds it.
    #[test]
    fn a_name_word_with_one_edit_finds_the_contact(
        first in "[a-zé]{4,9}",
        last in "[a-zא-ת]{4,9}",
        others in proptest::collection::vec("[a-z]{3,8} [a-z]{3,8}", 0..20),
        which in 0..2usize,
        kind in 0..4u8,
        at in 0..10usize,
        letter in "[a-zé]",
    ) {
        let name = fold(&format!("{first} {last}"));
        let word = name.split(' ').nth(which).unwrap().to_string();
        prop_assume!(word.chars().count() >= MIN_TYPO_CHARS);
        let typed = edited(&word, kind, at, letter.chars().next().unwrap());
        let mut rows: Vec<(&str, &str, &str, &str)> =
            others.iter().map(|o| (o.as_str(), "", "", "")).collect();
        rows.push((name.as_str(), "", "", ""));
        let index = table_of(&rows);
        let all = index.search_all(&Query::new(&typed, region()), usize::MAX);
        let id = format!("id-{:06}", rows.len() - 1);
        prop_assert!(all.iter().any(|(found, _)| *found == id), "{typed} for {name}");
    }
}
