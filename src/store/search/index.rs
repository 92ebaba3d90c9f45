//! Finding a contact by any digits of a phone, an email, a name or a company.
//!
//! Ranking: an exact phone or email first, then name and company matches, then
//! partial phone and email matches. Among names, whole words beat word starts, which
//! beat letters inside a word, which beat letters scattered through it (ordered by
//! the fuzzy matcher's score); ties go to the most recently active.

use super::chunks;
use super::rank::{
    Best, Candidate, Cover, EXACT, MatchedOn, NAME, Query, Rank, Word, is_byte_subsequence,
    name_ceiling, rank, word_starts,
};
use crate::domain::Contact;
use crate::store::rows::contacts::load_contact;
use crate::store::{Result, Store, StoreError};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem;
use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub contact: Contact,
    pub matched_on: MatchedOn,
    pub exact: bool,
}

/// The search table in memory: every contact's searchable text in one buffer, each
/// field ended by a line break, so that a search is a pass over contiguous memory
/// and a phone or email fragment is one `memmem` scan of the whole buffer.
#[derive(Debug, Default)]
pub(crate) struct SearchIndex {
    /// `PRAGMA data_version` when loaded: another process's write makes it stale,
    /// and this connection's writes reset it (its own writes do not move the pragma).
    pub(crate) version: i64,
    text: String,
    rows: Vec<IndexRow>,
    /// The latest searches and their results, newest last: erasing a typed letter
    /// goes back to one of them. A reload starts with none.
    remembered: Vec<Remembered>,
    /// Every row the latest searches matched (in order), newest last: a source of a
    /// query that one of them covers (one more letter typed) looks at those alone.
    narrowing: Vec<(Query, Vec<u32>)>,
    /// First letters searched ahead while the desk was idle (see index/ahead.rs).
    ahead: Vec<ahead::Ahead>,
    /// The first letters still to search ahead, the next last; None until listed.
    ahead_todo: Option<Vec<String>>,
    /// Each row's letters (see index/typos.rs), worked out by the first typo pass.
    letters: std::sync::OnceLock<Vec<u32>>,
}

/// How many match sets the index keeps for narrowing: a few, as each can hold every
/// row (4 MB at a million contacts).
const NARROWING: usize = 4;

/// The rows a search looks at: those in a range, and for the sources a wider
/// query covers (see `Query::covered_by`), only that query's matches among them.
#[derive(Clone, Copy)]
struct Among<'a> {
    from: usize,
    to: usize,
    wider: Option<(&'a [u32], Cover)>,
}

impl Among<'_> {
    fn all(rows: usize) -> Self {
        Among {
            from: 0,
            to: rows,
            wider: None,
        }
    }

    /// The first half and the second, for two threads.
    fn halves(&self) -> (Self, Self) {
        let mid = self.from + (self.to - self.from) / 2;
        let (lower, upper) = match self.wider {
            Some((rows, cover)) => {
                let (lower, upper) = rows.split_at(rows.partition_point(|&r| (r as usize) < mid));
                (Some((lower, cover)), Some((upper, cover)))
            }
            None => (None, None),
        };
        (
            Among {
                to: mid,
                wider: lower,
                ..*self
            },
            Among {
                from: mid,
                wider: upper,
                ..*self
            },
        )
    }
}

/// A search the index remembers: the query, the limit, and what it found.
type Remembered = (String, usize, Vec<(String, Rank)>);

/// How many searches the index remembers: more than a query has letters.
const REMEMBERED: usize = 32;

/// What one search pass gives: the matches that can make the list, with their rank,
/// and every row that matches.
type Found = (Vec<(Rank, usize)>, Vec<u32>);

/// Where one contact's fields end in `SearchIndex::text` (at their line break); each
/// starts just after the one before it.
#[derive(Debug)]
struct IndexRow {
    start: u32,
    ends: [u32; 6],
    last_activity: i64,
    /// How its name and company words start (see `rank::word_starts`).
    word_starts: u64,
}

/// From this many contacts a search runs on two threads.
const PARALLEL_FROM: usize = 20_000;

/// Where one contact's lines end, or None when fewer than a contact's remain.
fn next_ends(lines: &mut impl Iterator<Item = usize>) -> Result<Option<[u32; chunks::LINES]>> {
    let mut ends = [0; chunks::LINES];
    for end in &mut ends {
        let Some(at) = lines.next() else {
            return Ok(None);
        };
        *end = u32::try_from(at)
            .map_err(|_| StoreError::invalid("search", "the search table passed 4 GiB"))?;
    }
    Ok(Some(ends))
}

const ID: usize = 0;
const NAME_KEY: usize = 1;
/// The aliases, between the name and the company: the names' span (see
/// `has_letters`) covers all three.
const ALIAS_KEY: usize = 2;
const COMPANY_KEY: usize = 3;
const EMAILS: usize = 4;
const DIGITS: usize = 5;
const LAST: usize = 6;

impl SearchIndex {
    /// Reads the search table through its chunks: the bytes of a few hundred blobs
    /// appended to one buffer, then split at their line breaks.
    fn load(conn: &rusqlite::Connection, version: i64) -> Result<SearchIndex> {
        let mut text = Vec::new();
        let mut rows = Vec::new();
        chunks::read_all(conn, |chunk| {
            let from = text.len();
            text.extend_from_slice(chunk);
            text.push(b'\n');
            let mut lines = memchr::memchr_iter(b'\n', &text[from..]).map(|at| from + at);
            let mut start = from;
            // A chunk's lines come in whole contacts; a short one at the end of a
            // damaged chunk is left out.
            while let Some(ends) = next_ends(&mut lines)? {
                let last_activity =
                    std::str::from_utf8(&text[ends[DIGITS] as usize + 1..ends[LAST] as usize])
                        .ok()
                        .and_then(|t| t.parse().ok())
                        .unwrap_or_default();
                let names = [
                    &text[ends[ID] as usize + 1..ends[NAME_KEY] as usize],
                    &text[ends[NAME_KEY] as usize + 1..ends[ALIAS_KEY] as usize],
                    &text[ends[ALIAS_KEY] as usize + 1..ends[COMPANY_KEY] as usize],
                ];
                rows.push(IndexRow {
                    start: start as u32,
                    ends: [
                        ends[ID],
                        ends[NAME_KEY],
                        ends[ALIAS_KEY],
                        ends[COMPANY_KEY],
                        ends[EMAILS],
                        ends[DIGITS],
                    ],
                    last_activity,
                    word_starts: word_starts(&names),
                });
                start = ends[LAST] as usize + 1;
            }
            Ok(())
        })?;
        let text = String::from_utf8(text).unwrap_or_else(|e| {
            // Never expected (SQLite's text is UTF-8); a bad byte would shift the
            // offsets if replaced, so it becomes a question mark of the same length.
            let mut bytes = e.into_bytes();
            while let Err(bad) = std::str::from_utf8(&bytes) {
                let at = bad.valid_up_to();
                let len = bad.error_len().unwrap_or(bytes.len() - at);
                bytes[at..at + len].fill(b'?');
            }
            String::from_utf8(bytes).unwrap_or_default()
        });
        Ok(SearchIndex {
            version,
            text,
            rows,
            ..SearchIndex::default()
        })
    }

    fn start(&self, row: usize, field: usize) -> usize {
        let row = &self.rows[row];
        match field {
            0 => row.start as usize,
            _ => row.ends[field - 1] as usize + 1,
        }
    }

    fn field(&self, row: usize, field: usize) -> &str {
        &self.text[self.start(row, field)..self.rows[row].ends[field] as usize]
    }

    fn candidate(&self, row: usize) -> Candidate<'_> {
        Candidate {
            name_key: self.field(row, NAME_KEY),
            alias_key: self.field(row, ALIAS_KEY),
            company_key: self.field(row, COMPANY_KEY),
            emails: self.field(row, EMAILS),
            digits: self.field(row, DIGITS),
            last_activity: self.rows[row].last_activity,
        }
    }

    /// Rows among `among` whose `field` contains what `finder` looks for: one scan
    /// of their part of the buffer.
    fn rows_containing(
        &self,
        finder: &memmem::Finder<'_>,
        field: usize,
        among: Range<usize>,
        rows: &mut Vec<usize>,
    ) {
        if among.is_empty() {
            return;
        }
        let from = self.start(among.start, ID);
        let bytes = &self.text.as_bytes()[from..self.rows[among.end - 1].ends[DIGITS] as usize];
        // Matches come in order, so the row they fall in only moves forward.
        let mut row = among.start;
        for at in finder.find_iter(bytes).map(|at| at + from) {
            while row < among.end && (self.rows[row].ends[DIGITS] as usize) < at {
                row += 1;
            }
            if row < among.end
                && at >= self.start(row, field)
                && at < self.rows[row].ends[field] as usize
                && rows.last() != Some(&row)
            {
                rows.push(row);
            }
        }
    }

    /// Whether the row's name, aliases or company could hold every query word: each word's
    /// letters occur in order somewhere in the two. A cheap byte test that most
    /// rows fail.
    fn has_letters(&self, words: &[Word], row: usize) -> bool {
        let names = self.names(row).as_bytes();
        words
            .iter()
            .all(|w| is_byte_subsequence(w.text.as_bytes(), names))
    }

    /// The row's name, aliases and company, with the line breaks between them.
    fn names(&self, row: usize) -> &str {
        &self.text[self.start(row, NAME_KEY)..self.rows[row].ends[COMPANY_KEY] as usize]
    }

    fn search_remembered(
        &mut self,
        query: &str,
        limit: usize,
        region: phonenumber::country::Id,
    ) -> Vec<(String, Rank)> {
        if let Some((.., found)) = self
            .remembered
            .iter()
            .find(|(q, l, _)| q == query && *l == limit)
        {
            return found.clone();
        }
        let parsed = Query::new(query, region);
        if let Some(ahead) = self.ahead_for(query, limit) {
            let (found, matched) = (ahead.found.clone(), ahead.matched_rows());
            self.remember(query, limit, parsed, matched, &found);
            return found;
        }
        let (found, matched) = {
            let wider = self
                .narrowing
                .iter()
                .map(|(wider, rows)| (rows.as_slice(), parsed.covered_by(wider)))
                .filter(|(_, cover)| cover.any())
                .min_by_key(|(rows, _)| rows.len());
            let among = Among {
                wider,
                ..Among::all(self.rows.len())
            };
            self.search(&parsed, among, limit)
        };
        self.remember(query, limit, parsed, matched, &found);
        found
    }

    /// Keeps a search's results for going back to it, and its matches for narrowing.
    fn remember(
        &mut self,
        query: &str,
        limit: usize,
        parsed: Query,
        matched: Vec<u32>,
        found: &[(String, Rank)],
    ) {
        if self.narrowing.len() == NARROWING {
            self.narrowing.remove(0);
        }
        self.narrowing.push((parsed, matched));
        if self.remembered.len() == REMEMBERED {
            self.remembered.remove(0);
        }
        self.remembered
            .push((query.to_string(), limit, found.to_vec()));
    }

    /// Rows among `among` that might match: those a source of the query finds, in
    /// the wider query's matches for a source it covers, in all rows otherwise.
    fn candidates(&self, query: &Query, among: Among<'_>) -> Vec<usize> {
        let mut candidates = Vec::new();
        let (from, to) = (among.from, among.to);
        let (listed, cover) = among.wider.unwrap_or_default();
        let mut sources = 0;
        if cover.any() {
            // Only words covered: the byte test rules rows out; else rank judges.
            let words_only = !cover.digits && !cover.email;
            let listed = listed.iter().map(|&row| row as usize);
            candidates
                .extend(listed.filter(|&row| !words_only || self.has_letters(&query.words, row)));
            sources += 1;
        }
        if let Some(finder) = query.digits.as_ref().filter(|_| !cover.digits) {
            self.rows_containing(finder, DIGITS, from..to, &mut candidates);
            sources += 1;
        }
        if let Some(finder) = query.email.as_ref().filter(|_| !cover.email) {
            self.rows_containing(finder, EMAILS, from..to, &mut candidates);
            sources += 1;
        }
        if !query.words.is_empty() && !cover.words {
            candidates.extend((from..to).filter(|&row| self.has_letters(&query.words, row)));
            sources += 1;
        }
        // Each source lists rows in order; only several together need merging.
        if sources > 1 {
            candidates.sort_unstable();
            candidates.dedup();
        }
        candidates
    }

    /// The rows among `among` that can make the best `limit`, with how they match
    /// (the fuzzy score left for later), and every row that matches, in order.
    fn matches(&self, query: &Query, among: Among<'_>, limit: usize) -> Found {
        let mut best = Best::new(limit);
        let candidates = self.candidates(query, among);
        let mut matched = Vec::with_capacity(candidates.len());
        for row in candidates {
            let IndexRow {
                word_starts,
                last_activity,
                ..
            } = self.rows[row];
            // Most rows of a short query can no longer make the list once it holds
            // enough starts of words; they are kept as matches for narrowing, which
            // ranks them again.
            if name_ceiling(query, word_starts, last_activity)
                .is_some_and(|ceiling| !best.may_take(&ceiling))
            {
                matched.push(row as u32);
                continue;
            }
            if let Some(rank) = rank(query, &self.candidate(row), false) {
                best.offer(rank, row);
                matched.push(row as u32);
            }
        }
        // Typos only when the exact ways leave room on the list: they rank below.
        if best.holds_fewer_than_limit() {
            self.offer_typo_matches(query, among.from..among.to, &matched, &mut best);
        }
        (best.into_found(), matched)
    }

    /// The best `limit` matches as (contact id, rank), best first, and every row that
    /// matches. Many rows are searched by two threads, one half each.
    fn search(
        &self,
        query: &Query,
        among: Among<'_>,
        limit: usize,
    ) -> (Vec<(String, Rank)>, Vec<u32>) {
        let (mut found, matched) = if among.to - among.from >= PARALLEL_FROM {
            let (lower, upper) = among.halves();
            std::thread::scope(|threads| {
                let upper = threads.spawn(|| self.matches(query, upper, limit));
                let (mut found, mut matched) = self.matches(query, lower, limit);
                let (more_found, more_matched) = upper
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                found.extend(more_found);
                matched.extend(more_matched);
                (found, matched)
            })
        } else {
            self.matches(query, among, limit)
        };
        // Only matches that can still make the list are worth the fuzzy matcher.
        if found.len() > limit && limit > 0 {
            found.select_nth_unstable_by_key(limit - 1, |(r, _)| r.coarse());
            let last = found[limit - 1].0.coarse();
            found.retain(|(r, _)| r.coarse() <= last);
        }
        let matcher = SkimMatcherV2::default();
        for (rank, row) in &mut found {
            if rank.scattered > 0 {
                let c = self.candidate(*row);
                rank.fuzzy = query
                    .words
                    .iter()
                    .filter_map(|w| {
                        [c.name_key, c.alias_key, c.company_key]
                            .into_iter()
                            .filter_map(|field| matcher.fuzzy_match(field, &w.text))
                            .max()
                    })
                    .sum();
            }
        }
        // Ids only for equal keys: looking them up for every comparison was a quarter
        // of a search that matches a third of a million contacts.
        let order = |(a, a_row): &(Rank, usize), (b, b_row): &(Rank, usize)| {
            a.key()
                .cmp(&b.key())
                .then_with(|| self.field(*a_row, ID).cmp(self.field(*b_row, ID)))
        };
        if found.len() > limit && limit > 0 {
            found.select_nth_unstable_by(limit - 1, order);
            found.truncate(limit);
        }
        found.sort_unstable_by(order);
        let found = found
            .into_iter()
            .map(|(rank, row)| (self.field(row, ID).to_string(), rank))
            .collect();
        (found, matched)
    }
}

impl Store {
    /// Contacts matching `query`, best first; an empty query lists the most recent.
    pub fn search(&self, query: &str, limit: Option<usize>) -> Result<Vec<SearchHit>> {
        let query = query.trim();
        let limit = limit.unwrap_or(usize::MAX);
        let ranked = if query.is_empty() {
            self.most_recent(limit)?
        } else {
            if self.search_index.borrow().is_some() {
                self.refresh_search_index()?;
                let mut index = self.search_index.borrow_mut();
                index
                    .as_mut()
                    .map(|index| index.search_remembered(query, limit, self.region()))
                    .unwrap_or_default()
            } else {
                let parsed = Query::new(query, self.region());
                let index = SearchIndex::load(self.conn(), 0)?;
                index.search(&parsed, Among::all(index.rows.len()), limit).0
            }
        };
        ranked
            .into_iter()
            .filter_map(|(id, rank)| match load_contact(self.conn(), &id) {
                Ok(Some(contact)) => Some(Ok(SearchHit {
                    contact,
                    matched_on: rank.matched_on,
                    exact: rank.tier == EXACT,
                })),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            })
            .collect()
    }

    /// Keeps the search table in memory from the next search on, so each search scans
    /// memory instead of the file; it reloads after any write. For the desk.
    pub fn keep_search_index(&self) {
        *self.search_index.borrow_mut() = Some(SearchIndex {
            version: i64::MIN,
            ..SearchIndex::default()
        });
    }

    /// Drops the searches the in-memory table remembers (their results and matches),
    /// so that the next search starts from what the table holds: what a benchmark of
    /// one search needs. Letters searched ahead are kept until the table reloads.
    pub fn forget_searches(&self) {
        if let Some(index) = self.search_index.borrow_mut().as_mut() {
            index.remembered.clear();
            index.narrowing.clear();
        }
    }

    /// Searches one more first letter ahead (see index/ahead.rs), when the table
    /// is in memory, up to date and large enough to need it: for the desk, while no
    /// key waits. Each call takes about as long as typing that letter would; returns
    /// whether letters are left.
    pub fn search_ahead(&self, limit: usize) -> Result<bool> {
        if self.search_index.borrow().is_none() {
            return Ok(false);
        }
        self.refresh_search_index()?;
        let region = self.region();
        Ok(self
            .search_index
            .borrow_mut()
            .as_mut()
            .is_some_and(|index| index.search_ahead_one(limit, ahead::AHEAD_FROM, region)))
    }

    /// Reloads the in-memory search table when the file changed since it was read.
    /// The desk also calls it while idle, so the next keystroke finds it ready.
    pub fn refresh_search_index(&self) -> Result<()> {
        let version = self.data_version()?;
        let stale = self
            .search_index
            .borrow()
            .as_ref()
            .is_some_and(|i| i.version != version);
        if stale {
            *self.search_index.borrow_mut() = Some(SearchIndex::load(self.conn(), version)?);
        }
        Ok(())
    }

    fn most_recent(&self, limit: usize) -> Result<Vec<(String, Rank)>> {
        let limit = i64::try_from(limit).unwrap_or(-1);
        let rows = self
            .conn()
            .prepare_cached(
                "SELECT contact_id, last_activity_at FROM contact_search ORDER BY last_activity_at DESC, contact_id LIMIT ?1",
            )?
            .query_map([limit], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    Rank {
                        tier: NAME,
                        closeness: 0,
                        scattered: 0,
                        fuzzy: 0,
                        last_activity: r.get(1)?,
                        matched_on: MatchedOn::Recent,
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

mod ahead;
mod typos;

#[cfg(test)]
#[path = "index_tests.rs"]
mod tests;
