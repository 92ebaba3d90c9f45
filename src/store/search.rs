//! Finding a contact by any digits of a phone, an email, a name or a company.
//!
//! Ranking: an exact phone or email first, then name and company matches, then
//! partial phone and email matches. Among names, whole words beat word starts, which
//! beat letters inside a word, which beat letters scattered through it (ordered by
//! the fuzzy matcher's score); ties go to the most recently active.

use super::contacts::load_contact;
use super::{Result, Store, StoreError, search_chunks};
use crate::domain::Contact;
use crate::domain::contact::normalize_email;
use crate::domain::phone::query_digits;
use crate::domain::text::fold;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem;
use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedOn {
    Phone,
    Email,
    Name,
    Company,
    Recent,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub contact: Contact,
    pub matched_on: MatchedOn,
    pub exact: bool,
}

/// How a contact matches a query; smaller keys rank first.
#[derive(Debug, Clone, Copy)]
struct Rank {
    tier: u8,
    /// How closely the name words match (see `WordMatch`), plus a bonus for the
    /// whole name.
    closeness: i64,
    /// Query words found only scattered through a name, not as a run of letters.
    scattered: u8,
    /// The fuzzy matcher's score: worked out only for scattered matches that can
    /// still make the list, because it is the costly part of a search.
    fuzzy: i64,
    last_activity: i64,
    matched_on: MatchedOn,
}

impl Rank {
    /// Everything but the fuzzy score and recency, which break ties. A person's own
    /// name beats their company's at the same closeness.
    fn coarse(&self) -> (u8, i64, u8, MatchedOn) {
        (self.tier, -self.closeness, self.scattered, self.matched_on)
    }

    fn key(&self) -> (u8, i64, u8, MatchedOn, i64, i64) {
        (
            self.tier,
            -self.closeness,
            self.scattered,
            self.matched_on,
            -self.fuzzy,
            -self.last_activity,
        )
    }
}

const EXACT: u8 = 0;
const NAME: u8 = 1;
const PARTIAL: u8 = 2;

/// How one query word matches a name or company, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum WordMatch {
    /// Its letters appear in order, with others between.
    Scattered = 0,
    /// Inside a word.
    Inside = 1,
    /// The start of a word.
    Prefix = 2,
    /// A whole word.
    Whole = 3,
}

/// What a query looks for, worked out once per query rather than once per contact.
struct Query {
    folded: String,
    words: Vec<Word>,
    digits: Option<memmem::Finder<'static>>,
    digits_needle: Option<String>,
    email: Option<memmem::Finder<'static>>,
    full_email: Option<String>,
}

impl Query {
    fn new(query: &str, region: phonenumber::country::Id) -> Query {
        let folded = fold(query);
        let words: Vec<String> = folded
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let has_letters = words.iter().any(|w| w.chars().any(char::is_alphabetic));
        let email_like = !query.contains(char::is_whitespace) && query.len() >= 3;
        let digits = query_digits(query, region);
        let finder = |needle: &str| memmem::Finder::new(needle.as_bytes()).into_owned();
        Query {
            digits: digits.as_deref().map(finder),
            digits_needle: digits,
            email: email_like.then(|| finder(&query.to_lowercase())),
            full_email: normalize_email(query),
            words: if has_letters {
                words
                    .into_iter()
                    .map(|text| Word {
                        finder: finder(&text),
                        text,
                    })
                    .collect()
            } else {
                Vec::new()
            },
            folded,
        }
    }
}

/// One word of the query, with its searcher built once.
struct Word {
    text: String,
    finder: memmem::Finder<'static>,
}

/// One contact as search sees it: its row of the derived search table.
struct Candidate<'a> {
    name_key: &'a str,
    company_key: &'a str,
    emails: &'a str,
    digits: &'a str,
    last_activity: i64,
}

/// The best way this contact matches the query, if it does. The fuzzy score is left
/// for later: see `Rank::fuzzy`.
fn rank(query: &Query, c: &Candidate<'_>) -> Option<Rank> {
    let partial = |exact: bool, matched_on| Rank {
        tier: if exact { EXACT } else { PARTIAL },
        closeness: 0,
        scattered: 0,
        fuzzy: 0,
        last_activity: c.last_activity,
        matched_on,
    };
    let mut best: Option<Rank> = None;
    let mut consider = |rank: Rank| {
        if best.is_none_or(|b| rank.coarse() < b.coarse()) {
            best = Some(rank);
        }
    };
    if let Some(finder) = &query.digits
        && finder.find(c.digits.as_bytes()).is_some()
    {
        let exact = query
            .digits_needle
            .as_deref()
            .is_some_and(|needle| c.digits.split(' ').any(|d| d == needle));
        consider(partial(exact, MatchedOn::Phone));
    }
    if let Some(finder) = &query.email
        && finder.find(c.emails.as_bytes()).is_some()
    {
        let exact = query
            .full_email
            .as_ref()
            .is_some_and(|e| c.emails.split(' ').any(|s| s == e));
        consider(partial(exact, MatchedOn::Email));
    }
    if !query.words.is_empty()
        && let Some(on_words) = match_words(&query.words, c.name_key, c.company_key)
    {
        let whole_name = if c.name_key == query.folded { 1_000 } else { 0 };
        consider(Rank {
            tier: NAME,
            closeness: on_words.closeness + whole_name,
            scattered: on_words.scattered,
            fuzzy: 0,
            last_activity: c.last_activity,
            matched_on: on_words.matched_on,
        });
    }
    best
}

struct WordsMatch {
    closeness: i64,
    scattered: u8,
    matched_on: MatchedOn,
}

/// Every word must match the name or the company, in any order.
fn match_words(words: &[Word], name: &str, company: &str) -> Option<WordsMatch> {
    let (mut closeness, mut scattered, mut on_name) = (0, 0u8, 0);
    for word in words {
        let in_name = word_match(word, name);
        let in_company = word_match(word, company);
        let best = in_name.max(in_company)?;
        if in_name == Some(best) {
            on_name += 1;
        }
        closeness += best as i64;
        if best == WordMatch::Scattered {
            scattered = scattered.saturating_add(1);
        }
    }
    Some(WordsMatch {
        closeness,
        scattered,
        matched_on: if on_name * 2 >= words.len() {
            MatchedOn::Name
        } else {
            MatchedOn::Company
        },
    })
}

fn word_match(word: &Word, field: &str) -> Option<WordMatch> {
    if word.finder.find(field.as_bytes()).is_none() {
        return is_subsequence(&word.text, field).then_some(WordMatch::Scattered);
    }
    let wanted = word.text.as_bytes();
    let mut best = WordMatch::Inside;
    for part in field.as_bytes().split(|&b| b == b' ') {
        if part == wanted {
            return Some(WordMatch::Whole);
        }
        if part.starts_with(wanted) {
            best = WordMatch::Prefix;
        }
    }
    Some(best)
}

/// True when every character of `needle` occurs in `haystack`, in order.
fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|wanted| rest.any(|c| c == wanted))
}

/// `is_subsequence` on bytes: never false when that is true (a character's bytes in
/// order are bytes in order), so it can rule rows out before the real test.
fn is_byte_subsequence(needle: &[u8], haystack: &[u8]) -> bool {
    let mut rest = haystack;
    for &wanted in needle {
        match memchr::memchr(wanted, rest) {
            Some(at) => rest = &rest[at + 1..],
            None => return false,
        }
    }
    true
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
}

/// A search the index remembers: the query, the limit, and what it found.
type Remembered = (String, usize, Vec<(String, Rank)>);

/// How many searches the index remembers: more than a query has letters.
const REMEMBERED: usize = 32;

/// Where one contact's fields end in `SearchIndex::text` (at their line break); each
/// starts just after the one before it.
#[derive(Debug)]
struct IndexRow {
    start: u32,
    ends: [u32; 5],
    last_activity: i64,
}

/// From this many contacts a search runs on two threads.
const PARALLEL_FROM: usize = 20_000;

/// Where one contact's lines end, or None when fewer than a contact's remain.
fn next_ends(
    lines: &mut impl Iterator<Item = usize>,
) -> Result<Option<[u32; search_chunks::LINES]>> {
    let mut ends = [0; search_chunks::LINES];
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
const COMPANY_KEY: usize = 2;
const EMAILS: usize = 3;
const DIGITS: usize = 4;
const LAST: usize = 5;

impl SearchIndex {
    /// Reads the search table through its chunks: the bytes of a few hundred blobs
    /// appended to one buffer, then split at their line breaks.
    fn load(conn: &rusqlite::Connection, version: i64) -> Result<SearchIndex> {
        let mut text = Vec::new();
        let mut rows = Vec::new();
        search_chunks::read_all(conn, |chunk| {
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
                rows.push(IndexRow {
                    start: start as u32,
                    ends: [
                        ends[ID],
                        ends[NAME_KEY],
                        ends[COMPANY_KEY],
                        ends[EMAILS],
                        ends[DIGITS],
                    ],
                    last_activity,
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
            remembered: Vec::new(),
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
        for at in finder.find_iter(bytes).map(|at| at + from) {
            let row = self
                .rows
                .partition_point(|r| (r.ends[DIGITS] as usize) < at);
            if row < self.rows.len()
                && at >= self.start(row, field)
                && at < self.rows[row].ends[field] as usize
            {
                rows.push(row);
            }
        }
    }

    /// Rows whose name or company could hold every query word: each word's letters
    /// occur in order somewhere in the two. A cheap byte test that most rows fail.
    fn rows_with_letters(&self, words: &[Word], among: Range<usize>, rows: &mut Vec<usize>) {
        let bytes = self.text.as_bytes();
        for row in among {
            let names =
                &bytes[self.start(row, NAME_KEY)..self.rows[row].ends[COMPANY_KEY] as usize];
            if words
                .iter()
                .all(|w| is_byte_subsequence(w.text.as_bytes(), names))
            {
                rows.push(row);
            }
        }
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
        let found = self.search(&Query::new(query, region), limit);
        if self.remembered.len() == REMEMBERED {
            self.remembered.remove(0);
        }
        self.remembered
            .push((query.to_string(), limit, found.clone()));
        found
    }

    /// The rows among `among` that match, with how (the fuzzy score left for later).
    fn matches(&self, query: &Query, among: Range<usize>) -> Vec<(Rank, usize)> {
        let mut candidates = Vec::new();
        let mut sources = 0;
        if let Some(finder) = &query.digits {
            self.rows_containing(finder, DIGITS, among.clone(), &mut candidates);
            sources += 1;
        }
        if let Some(finder) = &query.email {
            self.rows_containing(finder, EMAILS, among.clone(), &mut candidates);
            sources += 1;
        }
        if !query.words.is_empty() {
            self.rows_with_letters(&query.words, among, &mut candidates);
            sources += 1;
        }
        // Each source lists rows in order; only several together need merging.
        if sources > 1 {
            candidates.sort_unstable();
            candidates.dedup();
        }
        candidates
            .into_iter()
            .filter_map(|row| rank(query, &self.candidate(row)).map(|r| (r, row)))
            .collect()
    }

    /// The best `limit` matches as (contact id, rank), best first. A large index is
    /// searched by two threads, one half each.
    fn search(&self, query: &Query, limit: usize) -> Vec<(String, Rank)> {
        let rows = self.rows.len();
        let mut found = if rows >= PARALLEL_FROM {
            std::thread::scope(|threads| {
                let upper = threads.spawn(|| self.matches(query, rows / 2..rows));
                let mut found = self.matches(query, 0..rows / 2);
                found.extend(
                    upper
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                );
                found
            })
        } else {
            self.matches(query, 0..rows)
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
                        let on_name = matcher.fuzzy_match(c.name_key, &w.text);
                        on_name.max(matcher.fuzzy_match(c.company_key, &w.text))
                    })
                    .sum();
            }
        }
        let order = |(a, a_row): &(Rank, usize), (b, b_row): &(Rank, usize)| {
            (a.key(), self.field(*a_row, ID)).cmp(&(b.key(), self.field(*b_row, ID)))
        };
        if found.len() > limit && limit > 0 {
            found.select_nth_unstable_by(limit - 1, order);
            found.truncate(limit);
        }
        found.sort_unstable_by(order);
        found
            .into_iter()
            .map(|(rank, row)| (self.field(row, ID).to_string(), rank))
            .collect()
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
                SearchIndex::load(self.conn(), 0)?.search(&parsed, limit)
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

    /// Drops the results the in-memory table remembers, so that the next search
    /// starts from scratch: what a benchmark of one search needs.
    pub fn forget_searches(&self) {
        if let Some(index) = self.search_index.borrow_mut().as_mut() {
            index.remembered.clear();
        }
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

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
