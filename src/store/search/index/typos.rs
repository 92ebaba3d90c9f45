//! The typo pass of a search (see typo.rs): the rows that match only when a word is
//! forgiven a typo, looked for after the exact ways found too few.

use super::SearchIndex;
use crate::store::search::rank::{Best, Query, rank};
use crate::store::search::typo::may_match_forgiving;
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
        if query.words.iter().all(|w| w.forgivable.is_none()) {
            return;
        }
        let mut matched = matched.iter().map(|&m| m as usize).peekable();
        for row in rows {
            while matched.next_if(|&m| m < row).is_some() {}
            if matched.next_if_eq(&row).is_some()
                || !may_match_forgiving(query, self.names(row), self.rows[row].letters)
            {
                continue;
            }
            if let Some(rank) = rank(query, &self.candidate(row), true) {
                best.offer(rank, row);
            }
        }
    }
}

#[cfg(test)]
#[path = "typos_tests.rs"]
mod tests;
