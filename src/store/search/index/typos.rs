//! The typo pass of a search (see typo.rs): the rows that match only when a word is
//! forgiven a typo, looked for after the exact ways found too few.

use super::{ALIAS_KEY, COMPANY_KEY, NAME_KEY, SearchIndex};
use crate::store::search::rank::{Best, Query, is_byte_subsequence, rank};
use crate::store::search::typo::{Forgivable, letter_bits, typo_in};
use std::ops::Range;

impl SearchIndex {
    /// Offers `best` the rows in `rows`, other than those `matched` (in order) lists,
    /// that match `query` forgiving typos. Every row is looked at, not only an earlier
    /// query's matches: a word one letter longer can be within one edit of a word the
    /// shorter one was not. A byte test on each row's letters rules most of them out.
    pub(super) fn offer_typo_matches(
        &self,
        query: &Query,
        rows: Range<usize>,
        matched: &[u32],
        best: &mut Best,
    ) {
        let forgivable: Vec<&Forgivable> = query
            .words
            .iter()
            .filter_map(|w| w.forgivable.as_ref())
            .collect();
        if forgivable.is_empty() {
            return;
        }
        let letters = self.row_letters();
        let mut matched = matched.iter().map(|&m| m as usize).peekable();
        for row in rows {
            if !forgivable.iter().all(|f| f.may_be_in(letters[row])) {
                continue;
            }
            while matched.next_if(|&m| m < row).is_some() {}
            if matched.next_if_eq(&row).is_some() || !may_match_forgiving(query, self.names(row)) {
                continue;
            }
            if let Some(rank) = rank(query, &self.candidate(row), true) {
                best.offer(rank, row);
            }
        }
    }

    /// Every row's letters (see `letter_bits`), worked out once per load of the table
    /// when a typo pass first needs them rather than by every load (a tenth of it).
    fn row_letters(&self) -> &[u32] {
        self.letters.get_or_init(|| {
            (0..self.rows.len())
                .map(|row| {
                    let field = |at| self.field(row, at).as_bytes();
                    letter_bits(&[field(NAME_KEY), field(ALIAS_KEY), field(COMPANY_KEY)])
                })
                .collect()
        })
    }
}

/// Whether a row whose names (name, aliases and company, one a line) are `names`
/// could match `query` forgiving typos, once its letters passed `Forgivable::may_be_in`:
/// every word's letters in order, or a word within one edit. Most rows fail it, before
/// `rank` does the whole work.
fn may_match_forgiving(query: &Query, names: &str) -> bool {
    query.words.iter().all(|w| {
        is_byte_subsequence(w.text.as_bytes(), names.as_bytes())
            || w.forgivable
                .as_ref()
                .is_some_and(|f| typo_in(&w.text, f, names))
    })
}

#[cfg(test)]
#[path = "typos_tests.rs"]
mod tests;
