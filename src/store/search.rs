//! Finding a contact by any digits of a phone, an email, a name or a company.
//!
//! Ranking: an exact phone or email first, then the best fuzzy name or company match,
//! then partial phone and email matches; ties go to the most recently active.

use super::contacts::load_contact;
use super::{Result, Store};
use crate::domain::Contact;
use crate::domain::contact::normalize_email;
use crate::domain::phone::query_digits;
use crate::domain::text::fold;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

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

#[derive(Debug, Clone, Copy)]
struct Rank {
    tier: u8,
    score: i64,
    last_activity: i64,
    matched_on: MatchedOn,
}

impl Rank {
    fn better_than(&self, other: &Rank) -> bool {
        (self.tier, -self.score) < (other.tier, -other.score)
    }
}

const EXACT: u8 = 0;
const NAME: u8 = 1;
const PARTIAL: u8 = 2;

/// What a query looks for, worked out once per query rather than once per contact.
struct Query {
    folded: String,
    words: Vec<String>,
    digits: Option<String>,
    email_needle: Option<String>,
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
        Query {
            digits: query_digits(query, region),
            email_needle: email_like.then(|| query.to_lowercase()),
            full_email: normalize_email(query),
            words: if has_letters { words } else { Vec::new() },
            folded,
        }
    }
}

/// One contact as search sees it: its row of the derived search table.
struct Candidate<'a> {
    name_key: &'a str,
    company_key: &'a str,
    emails: &'a str,
    digits: &'a str,
    last_activity: i64,
}

/// The best way this contact matches the query, if it does.
fn rank(query: &Query, matcher: &SkimMatcherV2, c: &Candidate<'_>) -> Option<Rank> {
    let mut best: Option<Rank> = None;
    let mut consider = |rank: Rank| {
        if best.is_none_or(|b| rank.better_than(&b)) {
            best = Some(rank);
        }
    };
    let partial = |tier_exact: bool, matched_on| Rank {
        tier: if tier_exact { EXACT } else { PARTIAL },
        score: 0,
        last_activity: c.last_activity,
        matched_on,
    };
    if let Some(needle) = &query.digits
        && c.digits.contains(needle.as_str())
    {
        consider(partial(
            c.digits.split(' ').any(|d| d == needle),
            MatchedOn::Phone,
        ));
    }
    if let Some(needle) = &query.email_needle
        && c.emails.contains(needle.as_str())
    {
        let exact = query
            .full_email
            .as_ref()
            .is_some_and(|e| c.emails.split(' ').any(|s| s == e));
        consider(partial(exact, MatchedOn::Email));
    }
    if !query.words.is_empty() {
        let words: Vec<&str> = query.words.iter().map(String::as_str).collect();
        if let Some((score, matched_on)) = score_words(matcher, &words, c.name_key, c.company_key) {
            let bonus = if c.name_key == query.folded { 1_000 } else { 0 };
            consider(Rank {
                tier: NAME,
                score: score + bonus,
                last_activity: c.last_activity,
                matched_on,
            });
        }
    }
    best
}

/// The search table held in memory, for a desk that searches on every keystroke.
#[derive(Debug, Default)]
pub(crate) struct SearchIndex {
    /// `PRAGMA data_version` when loaded: another process's write makes it stale,
    /// and this connection's writes reset it (its own writes do not move the pragma).
    pub(crate) version: i64,
    rows: Vec<IndexRow>,
}

#[derive(Debug)]
struct IndexRow {
    id: String,
    name_key: String,
    company_key: String,
    emails: String,
    digits: String,
    last_activity: i64,
}

const CANDIDATES_SQL: &str = "SELECT contact_id, name_key, company_key, emails, phone_digits, last_activity_at FROM contact_search";

impl Store {
    /// Contacts matching `query`, best first; an empty query lists the most recent.
    pub fn search(&self, query: &str, limit: Option<usize>) -> Result<Vec<SearchHit>> {
        let query = query.trim();
        let mut ranked = if query.is_empty() {
            self.most_recent(limit)?
        } else {
            let parsed = Query::new(query, self.region());
            let matcher = SkimMatcherV2::default();
            if self.search_index.borrow().is_some() {
                self.refresh_search_index()?;
                let index = self.search_index.borrow();
                let rows = index.as_ref().map_or(&[][..], |i| &i.rows[..]);
                rows.iter()
                    .filter_map(|row| {
                        let candidate = Candidate {
                            name_key: &row.name_key,
                            company_key: &row.company_key,
                            emails: &row.emails,
                            digits: &row.digits,
                            last_activity: row.last_activity,
                        };
                        rank(&parsed, &matcher, &candidate).map(|r| (row.id.clone(), r))
                    })
                    .collect()
            } else {
                let mut ranked = Vec::new();
                let mut stmt = self.conn().prepare_cached(CANDIDATES_SQL)?;
                let mut rows = stmt.query([])?;
                while let Some(row) = rows.next()? {
                    let text = |i: usize| {
                        row.get_ref(i)
                            .and_then(|v| v.as_str().map_err(rusqlite::Error::from))
                    };
                    let candidate = Candidate {
                        name_key: text(1)?,
                        company_key: text(2)?,
                        emails: text(3)?,
                        digits: text(4)?,
                        last_activity: row.get(5)?,
                    };
                    if let Some(r) = rank(&parsed, &matcher, &candidate) {
                        ranked.push((row.get::<_, String>(0)?, r));
                    }
                }
                ranked
            }
        };
        if !query.is_empty() {
            ranked.sort_by(|(a_id, a), (b_id, b)| {
                (a.tier, -a.score, -a.last_activity, a_id).cmp(&(
                    b.tier,
                    -b.score,
                    -b.last_activity,
                    b_id,
                ))
            });
            ranked.truncate(limit.unwrap_or(usize::MAX));
        }
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
            rows: Vec::new(),
        });
    }

    /// Reloads the in-memory search table when the file changed since it was read.
    fn refresh_search_index(&self) -> Result<()> {
        let version = self.data_version()?;
        if self
            .search_index
            .borrow()
            .as_ref()
            .is_some_and(|i| i.version == version)
        {
            return Ok(());
        }
        let mut stmt = self.conn().prepare_cached(CANDIDATES_SQL)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(IndexRow {
                    id: r.get(0)?,
                    name_key: r.get(1)?,
                    company_key: r.get(2)?,
                    emails: r.get(3)?,
                    digits: r.get(4)?,
                    last_activity: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        *self.search_index.borrow_mut() = Some(SearchIndex { version, rows });
        Ok(())
    }

    fn most_recent(&self, limit: Option<usize>) -> Result<Vec<(String, Rank)>> {
        let limit = limit.map_or(-1, |l| l as i64);
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
                        score: 0,
                        last_activity: r.get(1)?,
                        matched_on: MatchedOn::Recent,
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

fn score_words(
    matcher: &SkimMatcherV2,
    words: &[&str],
    name: &str,
    company: &str,
) -> Option<(i64, MatchedOn)> {
    let mut total = 0;
    let mut name_points = 0;
    for word in words {
        // The matcher is costly; most rows fail this cheap in-order check first.
        let in_name = is_subsequence(word, name);
        let in_company = is_subsequence(word, company);
        if !in_name && !in_company {
            return None;
        }
        let on_name = if in_name {
            matcher.fuzzy_match(name, word)
        } else {
            None
        };
        let on_company = if in_company {
            matcher.fuzzy_match(company, word)
        } else {
            None
        };
        let best = on_name.max(on_company)?;
        if on_name == Some(best) {
            name_points += best;
        }
        total += best;
    }
    let matched_on = if name_points * 2 >= total {
        MatchedOn::Name
    } else {
        MatchedOn::Company
    };
    Some((total, matched_on))
}

/// True when every character of `needle` occurs in `haystack`, in order.
fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|wanted| rest.any(|c| c == wanted))
}
