//! The in-memory search table and its ranking, without a file.

use super::*;
use crate::domain::text::fold;
use crate::store::search::rank::is_subsequence;
use proptest::prelude::*;

/// (name key, company key, emails, phone digits), in that order.
pub(super) type Row<'a> = (&'a str, &'a str, &'a str, &'a str);

pub(super) fn table_of(rows: &[Row<'_>]) -> SearchIndex {
    let rows: Vec<[&str; 5]> = rows
        .iter()
        .map(|&(name, company, emails, digits)| [name, "", company, emails, digits])
        .collect();
    table_with_aliases(&rows)
}

/// Rows of (name key, alias key, company key, emails, phone digits).
fn table_with_aliases(rows: &[[&str; 5]]) -> SearchIndex {
    let mut index = SearchIndex::default();
    for (i, fields) in rows.iter().enumerate() {
        let start = index.text.len() as u32;
        let mut ends = [0; 6];
        let id = format!("id-{i:06}");
        for (end, text) in ends
            .iter_mut()
            .zip(std::iter::once(id.as_str()).chain(fields.iter().copied()))
        {
            index.text.push_str(text);
            *end = index.text.len() as u32;
            index.text.push('\n');
        }
        let [name, aliases, company, ..] = fields.map(str::as_bytes);
        index.rows.push(IndexRow {
            start,
            ends,
            last_activity: i as i64,
            word_starts: crate::store::search::rank::word_starts(&[name, aliases, company]),
        });
    }
    index
}

pub(super) fn region() -> phonenumber::country::Id {
    crate::domain::phone::parse_region("IL").unwrap()
}

/// The names found, best first.
pub(super) fn found(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search_all(&Query::new(query, region()), 10)
        .into_iter()
        .map(|(id, _)| {
            let row: usize = id["id-".len()..].parse().unwrap();
            index.field(row, NAME_KEY).to_string()
        })
        .collect()
}

#[test]
fn whole_words_beat_word_starts_beat_insides_beat_scattered_letters() {
    let index = table_of(&[
        ("d a n", "", "", ""),
        ("jordan levi", "", "", ""),
        ("dana cohen", "", "", ""),
        ("dan nagy", "", "", ""),
        ("david aronson", "", "", ""),
    ]);
    assert_eq!(
        found(&index, "dan"),
        [
            "dan nagy",
            "dana cohen",
            "jordan levi",
            "d a n",
            "david aronson"
        ],
        "ties among scattered matches go to the fuzzy matcher"
    );
}

#[test]
fn an_alias_finds_the_contact_as_its_name_does() {
    let index = table_with_aliases(&[
        ["dana levi", "דנה לוי | d. levi", "", "", ""],
        ["danielle cohen", "", "", "", ""],
        ["avi tal", "", "levi design", "", ""],
    ]);
    assert_eq!(found(&index, "דנה"), ["dana levi"]);
    assert_eq!(found(&index, "לוי דנה"), ["dana levi"], "in any word order");
    // A whole alias ranks as a whole name: above a company's whole word.
    assert_eq!(found(&index, "levi"), ["dana levi", "avi tal"]);
    let hits = index.search_all(&Query::new("דנה לוי", region()), 10);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].1.matched_on, MatchedOn::Name);
    let by_name = index.search_all(&Query::new("dana levi", region()), 10);
    assert_eq!(
        hits[0].1.closeness, by_name[0].1.closeness,
        "a whole alias ranks as the whole name"
    );
}

#[test]
fn a_company_matches_and_every_word_must_match() {
    let index = table_of(&[
        ("noa levi", "levi design", "", ""),
        ("avi levi", "", "", ""),
        ("dana", "noa's bakery", "", ""),
    ]);
    assert_eq!(found(&index, "levi design"), ["noa levi"]);
    assert_eq!(found(&index, "noa"), ["noa levi", "dana"]);
    let people = table_of(&[("kovacs eva", "", "", ""), ("dana", "kovacs kft", "", "")]);
    assert_eq!(
        found(&people, "kov"),
        ["kovacs eva", "dana"],
        "her own name first, though the other was active later"
    );
    assert!(found(&index, "levi bakery").is_empty());
}

#[test]
fn fragments_never_run_from_one_contact_into_the_next() {
    // "4567" would be found across the line break between the two numbers, or
    // between the digits and the next contact's id, if the fields ran together.
    let index = table_of(&[("a", "", "", "97254445"), ("b", "", "x@y.com", "67123")]);
    assert!(found(&index, "4567").is_empty());
    assert!(found(&index, "5671").is_empty());
    assert_eq!(found(&index, "7123"), ["b"]);
    assert!(found(&index, "y.com67").is_empty());
}

#[test]
fn two_threads_find_what_one_finds() {
    let names = [
        "kovacs eszter",
        "szabo odon",
        "levi noa",
        "cohen dana",
        "nagy dan",
    ];
    let rows: Vec<(String, String)> = (0..PARALLEL_FROM + 501)
        .map(|i| (names[i % names.len()].to_string(), format!("97250{i:07}")))
        .collect();
    let table: Vec<Row<'_>> = rows
        .iter()
        .map(|(name, digits)| (name.as_str(), "", "", digits.as_str()))
        .collect();
    let mut index = table_of(&table);
    for query in ["a", "dan", "szab", "0501234", "zz"] {
        let parsed = Query::new(query, region());
        let (mut alone, _) = index.matches(&parsed, Among::all(index.rows.len()), usize::MAX);
        alone.sort_by_key(|(r, row)| (r.key(), *row));
        let split = index.search_all(&parsed, 10);
        let expected: Vec<String> = alone
            .iter()
            .take(10)
            .map(|(_, row)| index.field(*row, ID).to_string())
            .collect();
        let got: Vec<String> = split.into_iter().map(|(id, _)| id).collect();
        assert_eq!(got, expected, "{query}");
    }
    // The halves of a narrowed search split the earlier matches where they split
    // the rows.
    for (first, then) in [("a", "da"), ("sz", "szab"), ("050", "0501234")] {
        index.search_remembered(first, 10, region());
        let narrowed = index.search_remembered(then, 10, region());
        let fresh = index.search_all(&Query::new(then, region()), 10);
        assert_eq!(narrowed.len(), fresh.len(), "{then}");
        for ((a, _), (b, _)) in narrowed.iter().zip(&fresh) {
            assert_eq!(a, b, "{first} then {then}");
        }
    }
}

#[test]
fn erasing_a_letter_finds_the_remembered_results() {
    let mut index = table_of(&[("szabo odon", "", "", ""), ("kovacs", "", "", "")]);
    let first = index.search_remembered("sz", 20, region());
    assert_eq!(index.remembered.len(), 1);
    index.search_remembered("sza", 20, region());
    assert_eq!(
        index.search_remembered("sz", 20, region()).len(),
        first.len()
    );
    assert_eq!(
        index.remembered.len(),
        2,
        "the second \"sz\" was remembered"
    );
}

impl SearchIndex {
    /// A search of every row, with no earlier search to narrow.
    pub(super) fn search_all(&self, query: &Query, limit: usize) -> Vec<(String, Rank)> {
        self.search(query, Among::all(self.rows.len()), limit).0
    }
}

#[test]
fn a_letter_typed_after_a_search_looks_only_at_its_matches() {
    let sz = Query::new("sz", region());
    let cover = |query: &str, wider: &Query| Query::new(query, region()).covered_by(wider);
    let words_only = Cover {
        words: true,
        ..Cover::default()
    };
    assert_eq!(cover("szab", &sz), words_only);
    assert_eq!(cover("sz od", &sz), words_only);
    // Three letters also look for an email fragment, which "sz" did not.
    assert_eq!(cover("sza", &sz), words_only);
    let sza = Query::new("sza", region());
    assert_eq!(
        cover("szab", &sza),
        Cover {
            words: true,
            email: true,
            ..Cover::default()
        }
    );
    assert_eq!(cover("kov", &sz), Cover::default());
    assert_eq!(cover("s", &sz), Cover::default(), "a shorter word is wider");
    let digits = Query::new("0544", region());
    assert!(cover("05449", &digits).digits);
    assert!(!cover("0545", &digits).digits);
}

/// Rows for the narrowing property: names, emails and digits from small alphabets,
/// so that a few letters match many of them.
fn varied_rows(names: &[String]) -> Vec<(String, String, String)> {
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let email = format!("{}@ex{}.com", name.replace(' ', "."), i % 3);
            (
                name.clone(),
                email,
                format!("97254{:07}", i * 7_919 % 10_000_000),
            )
        })
        .collect()
}

/// A table of (name, email, phone digits) rows without companies.
fn index_of(rows: &[(String, String, String)]) -> SearchIndex {
    let table: Vec<Row<'_>> = rows
        .iter()
        .map(|(name, email, digits)| (name.as_str(), "", email.as_str(), digits.as_str()))
        .collect();
    table_of(&table)
}

/// The contact ids found, best first.
fn ids(found: &[(String, Rank)]) -> Vec<String> {
    found.iter().map(|(id, _)| id.clone()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// A search after an earlier one finds exactly what a search from scratch finds:
    /// typing on (letters, digits, an at sign, a space), or any other query.
    #[test]
    fn a_search_narrowed_from_an_earlier_one_finds_what_a_fresh_one_finds(
        names in proptest::collection::vec("[a-eá]{1,6}( [a-e]{1,5})?", 1..60),
        first in "[a-e0-9@. ]{1,4}",
        typed in "[a-e0-9@. ]{1,3}",
        typed_on in any::<bool>(),
        limit in 1usize..30,
    ) {
        let mut index = index_of(&varied_rows(&names));
        let first = first.trim_start().to_string();
        let then = if typed_on { format!("{first}{typed}") } else { typed };
        let then = then.trim().to_string();
        prop_assume!(!first.trim().is_empty() && !then.is_empty());
        index.search_remembered(first.trim(), usize::MAX, region());
        let narrowed = index.search_remembered(&then, limit, region());
        let fresh = index.search_all(&Query::new(&then, region()), limit);
        prop_assert_eq!(ids(&narrowed), ids(&fresh), "{:?} then {:?}", first, then);
    }

    /// A first letter searched ahead finds what a search from scratch finds, and so
    /// does the next letter typed, narrowed from its matches.
    #[test]
    fn a_first_letter_searched_ahead_finds_what_a_fresh_search_finds(
        names in proptest::collection::vec("[a-eá]{1,6}( [a-e]{1,5})?", 1..60),
        first in "[a-eA-Eá]",
        typed in "[a-e ]{1,3}",
        limit in 1usize..30,
    ) {
        // Name keys are folded, as the search table stores them.
        let rows: Vec<_> = varied_rows(&names)
            .into_iter()
            .map(|(name, email, digits)| (fold(&name), email, digits))
            .collect();
        let mut index = index_of(&rows);
        while index.search_ahead_one(limit, 0, region()) {}
        let starts_a_word = names.iter().any(|n| n.split(' ').any(|w| fold(w).starts_with(&fold(&first))));
        prop_assert_eq!(index.ahead_for(&first, limit).is_some(), starts_a_word);
        for query in [first.clone(), format!("{first}{typed}").trim().to_string()] {
            let found = index.search_remembered(&query, limit, region());
            let fresh = index.search_all(&Query::new(&query, region()), limit);
            prop_assert_eq!(ids(&found), ids(&fresh), "{:?}", query);
        }
    }

    /// Whatever is found has every word in its name or company, in order, and
    /// whatever has every word so is found.
    #[test]
    fn a_name_is_found_exactly_when_every_word_is_in_it(
        names in proptest::collection::vec("[a-eá ]{1,12}", 1..40),
        query in "[a-eá]{1,3}( [a-e]{1,2})?",
    ) {
        let table: Vec<Row<'_>> = names.iter().map(|n| (n.as_str(), "", "", "")).collect();
        let index = table_of(&table);
        let parsed = Query::new(&query, region());
        let hits: Vec<usize> = index
            .search_all(&parsed, usize::MAX)
            .into_iter()
            .map(|(id, _)| id["id-".len()..].parse().unwrap())
            .collect();
        let words: Vec<String> = fold(&query).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
        for (row, name) in names.iter().enumerate() {
            let expected = words.iter().all(|w| is_subsequence(w, name));
            prop_assert_eq!(hits.contains(&row), expected, "{:?} in {:?}", query, name);
        }
    }

    /// The best few are the first few of everything found: keeping only matches
    /// that can still make the list (see `Best`) never drops one that does.
    #[test]
    fn the_best_few_are_the_first_few_of_all(
        names in proptest::collection::vec("[a-dá ]{1,10}", 2..8),
        query in "[a-d]{2,3}( [a-d]{1,2})?",
        typed in "[a-d]{1,2}",
        limit in 1usize..30,
    ) {
        // Past the size at which matches start to be pruned (64 in tests).
        let table: Vec<Row<'_>> = (0..600).map(|i| (names[i % names.len()].as_str(), "", "", "")).collect();
        let mut index = table_of(&table);
        // Recency in no particular order, as it is in a real table.
        for (i, row) in index.rows.iter_mut().enumerate() {
            row.last_activity = (i * 7_919 % 600) as i64;
        }
        let parsed = Query::new(&query, region());
        let all = index.search_all(&parsed, usize::MAX);
        let best = index.search_all(&parsed, limit);
        prop_assert_eq!(ids(&best), ids(&all[..limit.min(all.len())]));
        // Rows passed over once the list was full still count as matches of the
        // query, so a letter typed on finds them.
        index.search_remembered(&query, limit, region());
        let then = format!("{query}{typed}");
        let narrowed = index.search_remembered(&then, limit, region());
        let fresh = index.search_all(&Query::new(&then, region()), limit);
        prop_assert_eq!(ids(&narrowed), ids(&fresh));
    }
}

#[test]
fn a_closer_scattered_match_is_kept_when_many_match_less_recently() {
    // "ab" lies scattered in both names; the fuzzy matcher prefers "a b" to the
    // letters far apart. The close ones are the oldest: pruning by recency alone
    // would drop them before their fuzzy score is known.
    let table: Vec<Row<'_>> = (0..600)
        .map(|i| (if i < 100 { "a b" } else { "axxxxxxxb" }, "", "", ""))
        .collect();
    let index = table_of(&table);
    let found = index.search_all(&Query::new("ab", region()), 5);
    let names: Vec<&str> = found
        .iter()
        .map(|(id, _)| index.field(id["id-".len()..].parse().unwrap(), NAME_KEY))
        .collect();
    assert_eq!(names, ["a b"; 5]);
}

#[test]
fn rows_passed_over_once_the_list_is_full_are_found_by_the_next_letter() {
    // "ab" starts the first hundred names, and lies inside the rest: once the list is
    // full of the first, the others are not ranked. "abc" is only in the others.
    // ("za" and "ab" have bits of their own in `word_starts`.)
    let table: Vec<Row<'_>> = (0..600)
        .map(|i| (if i < 100 { "abd" } else { "zabc" }, "", "", ""))
        .collect();
    let mut index = table_of(&table);
    index.search_remembered("ab", 5, region());
    let narrowed = index.search_remembered("abc", 5, region());
    let fresh = index.search_all(&Query::new("abc", region()), 5);
    assert_eq!(narrowed.len(), 5);
    assert_eq!(ids(&narrowed), ids(&fresh));
}
