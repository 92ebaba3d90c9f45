//! The in-memory search table and its ranking, without a file.

use super::*;
use proptest::prelude::*;

/// (name key, company key, emails, phone digits), in that order.
type Row<'a> = (&'a str, &'a str, &'a str, &'a str);

fn table_of(rows: &[Row<'_>]) -> SearchIndex {
    let mut index = SearchIndex::default();
    for (i, (name, company, emails, digits)) in rows.iter().enumerate() {
        let start = index.text.len() as u32;
        let mut ends = [0; 5];
        let id = format!("id-{i:06}");
        for (end, text) in ends
            .iter_mut()
            .zip([id.as_str(), name, company, emails, digits])
        {
            index.text.push_str(text);
            *end = index.text.len() as u32;
            index.text.push('\n');
        }
        index.rows.push(IndexRow {
            start,
            ends,
            last_activity: i as i64,
        });
    }
    index
}

fn region() -> phonenumber::country::Id {
    crate::domain::phone::parse_region("IL").unwrap()
}

/// The names found, best first.
fn found(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(&Query::new(query, region()), 10)
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
    let index = table_of(&table);
    for query in ["a", "dan", "szab", "0501234", "zz"] {
        let parsed = Query::new(query, region());
        let mut alone = index.matches(&parsed, 0..index.rows.len());
        alone.sort_by_key(|(r, row)| (r.key(), *row));
        let split = index.search(&parsed, 10);
        let expected: Vec<String> = alone
            .iter()
            .take(10)
            .map(|(_, row)| index.field(*row, ID).to_string())
            .collect();
        let got: Vec<String> = split.into_iter().map(|(id, _)| id).collect();
        assert_eq!(got, expected, "{query}");
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

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

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
            .search(&parsed, usize::MAX)
            .into_iter()
            .map(|(id, _)| id["id-".len()..].parse().unwrap())
            .collect();
        let words: Vec<String> = fold(&query).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
        for (row, name) in names.iter().enumerate() {
            let expected = words.iter().all(|w| is_subsequence(w, name));
            prop_assert_eq!(hits.contains(&row), expected, "{:?} in {:?}", query, name);
        }
    }
}
