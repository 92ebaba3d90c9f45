//! First letters searched ahead while the desk is idle. A first letter matches most
//! contacts, and at a million of them ranking every match takes longer than a
//! keystroke should (a few times the 16 ms of a frame), where every later letter
//! looks only at the matches of the one before it. So once the table is in memory
//! and no key waits, the desk searches the letters names start with, one per call,
//! and keeps what each found and which rows it matched: typing one of them then
//! costs nothing, and the next letter narrows from its matches as usual.

use super::{Among, Query, SearchIndex};
use crate::domain::text::fold;

/// From this many contacts the desk searches first letters ahead: below it a first
/// letter takes well under a frame (8 ms at 100k contacts).
pub(super) const AHEAD_FROM: usize = 250_000;

/// One first letter searched ahead: what it found for `limit`, and every row it
/// matched, one bit each (125 KB at a million rows, where a list of rows could take
/// 4 MB).
#[derive(Debug)]
pub(super) struct Ahead {
    pub(super) letter: String,
    pub(super) limit: usize,
    pub(super) found: Vec<(String, super::Rank)>,
    matched: Vec<u64>,
}

impl Ahead {
    /// The rows the letter matched, in order, as narrowing takes them.
    pub(super) fn matched_rows(&self) -> Vec<u32> {
        let mut rows = Vec::new();
        for (at, &word) in self.matched.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                rows.push((at * 64) as u32 + bits.trailing_zeros());
                bits &= bits - 1;
            }
        }
        rows
    }
}

fn bits_of(rows: &[u32], count: usize) -> Vec<u64> {
    let mut bits = vec![0u64; count.div_ceil(64)];
    for &row in rows {
        bits[row as usize / 64] |= 1 << (row % 64);
    }
    bits
}

impl SearchIndex {
    /// The letters names and companies start with, most words first: the order
    /// a person is likely to type them in.
    fn first_letters(&self) -> Vec<String> {
        let mut counts: std::collections::HashMap<char, usize> = Default::default();
        for row in 0..self.rows.len() {
            let names = &self.text[self.start(row, super::NAME_KEY)
                ..self.rows[row].ends[super::COMPANY_KEY] as usize];
            for word in names.split([' ', '\n']) {
                if let Some(first) = word.chars().next().filter(|c| c.is_alphabetic()) {
                    *counts.entry(first).or_default() += 1;
                }
            }
        }
        let mut letters: Vec<(char, usize)> = counts.into_iter().collect();
        letters.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        letters.into_iter().map(|(c, _)| c.to_string()).collect()
    }

    /// Searches the next first letter ahead for `limit` results, when the table has
    /// at least `from` rows. Returns whether letters are left to search.
    pub(super) fn search_ahead_one(
        &mut self,
        limit: usize,
        from: usize,
        region: phonenumber::country::Id,
    ) -> bool {
        if self.rows.len() < from {
            return false;
        }
        if self.ahead_todo.is_none() {
            let mut letters = self.first_letters();
            letters.reverse(); // popped from the end: the most common first
            self.ahead_todo = Some(letters);
        }
        let Some(letter) = self.ahead_todo.as_mut().and_then(Vec::pop) else {
            return false;
        };
        // Each letter comes off the list once per load of the table.
        let query = Query::new(&letter, region);
        let (found, matched) = self.search(&query, Among::all(self.rows.len()), limit);
        let matched = bits_of(&matched, self.rows.len());
        self.ahead.push(Ahead {
            letter,
            limit,
            found,
            matched,
        });
        self.ahead_todo
            .as_ref()
            .is_some_and(|todo| !todo.is_empty())
    }

    /// The letter searched ahead that `query` is, for `limit` results.
    pub(super) fn ahead_for(&self, query: &str, limit: usize) -> Option<&Ahead> {
        let mut chars = query.chars();
        let (Some(_), None) = (chars.next(), chars.next()) else {
            return None;
        };
        let letter = fold(query);
        self.ahead
            .iter()
            .find(|a| a.letter == letter && a.limit == limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_kept_as_bits_come_back_as_they_went_in() {
        let rows = [0, 1, 63, 64, 65, 127, 128, 1000];
        let ahead = Ahead {
            letter: "a".into(),
            limit: 20,
            found: Vec::new(),
            matched: bits_of(&rows, 1001),
        };
        assert_eq!(ahead.matched_rows(), rows);
        assert_eq!(bits_of(&[], 0), Vec::<u64>::new());
    }
}
