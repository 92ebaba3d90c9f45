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
use std::collections::HashMap;

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

impl Store {
    /// Contacts matching `query`, best first; an empty query lists the most recent.
    pub fn search(&self, query: &str, limit: Option<usize>) -> Result<Vec<SearchHit>> {
        let query = query.trim();
        let ranked = if query.is_empty() {
            self.most_recent(limit)?
        } else {
            let mut ranks: HashMap<String, Rank> = HashMap::new();
            self.match_phones(query, &mut ranks)?;
            self.match_emails(query, &mut ranks)?;
            self.match_names(query, &mut ranks)?;
            let mut ranked: Vec<(String, Rank)> = ranks.into_iter().collect();
            ranked.sort_by(|(a_id, a), (b_id, b)| {
                (a.tier, -a.score, -a.last_activity, a_id).cmp(&(
                    b.tier,
                    -b.score,
                    -b.last_activity,
                    b_id,
                ))
            });
            ranked.truncate(limit.unwrap_or(usize::MAX));
            ranked
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

    fn match_phones(&self, query: &str, ranks: &mut HashMap<String, Rank>) -> Result<()> {
        let Some(needle) = query_digits(query, self.region()) else {
            return Ok(());
        };
        let sql = "SELECT contact_id, phone_digits, last_activity_at FROM contact_search WHERE instr(phone_digits, ?1) > 0";
        self.match_substring(sql, &needle, Some(&needle), MatchedOn::Phone, ranks)
    }

    fn match_emails(&self, query: &str, ranks: &mut HashMap<String, Rank>) -> Result<()> {
        if query.contains(char::is_whitespace) || query.len() < 3 {
            return Ok(());
        }
        let full_email = normalize_email(query);
        let sql = "SELECT contact_id, emails, last_activity_at FROM contact_search WHERE instr(emails, ?1) > 0";
        self.match_substring(
            sql,
            &query.to_lowercase(),
            full_email.as_deref(),
            MatchedOn::Email,
            ranks,
        )
    }

    /// Offers every row whose space-separated column (selected by `sql`) contains
    /// `needle`; a row holding `exact` as one whole value ranks as an exact match.
    fn match_substring(
        &self,
        sql: &str,
        needle: &str,
        exact: Option<&str>,
        matched_on: MatchedOn,
        ranks: &mut HashMap<String, Rank>,
    ) -> Result<()> {
        let mut stmt = self.conn().prepare_cached(sql)?;
        let mut rows = stmt.query([needle])?;
        while let Some(row) = rows.next()? {
            let values: &str = row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            let is_exact = exact.is_some_and(|e| values.split(' ').any(|v| v == e));
            offer(
                ranks,
                row.get(0)?,
                Rank {
                    tier: if is_exact { EXACT } else { PARTIAL },
                    score: 0,
                    last_activity: row.get(2)?,
                    matched_on,
                },
            );
        }
        Ok(())
    }

    /// Every word of the query must match the name or the company, in any order, so
    /// "odon szabo" finds "Szabó Ödön".
    fn match_names(&self, query: &str, ranks: &mut HashMap<String, Rank>) -> Result<()> {
        let folded = fold(query);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() || words.iter().all(|w| w.chars().all(|c| !c.is_alphabetic())) {
            return Ok(());
        }
        let matcher = SkimMatcherV2::default();
        let mut stmt = self.conn().prepare_cached(
            "SELECT contact_id, name_key, company_key, last_activity_at FROM contact_search",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let name: &str = row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            let company: &str = row.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
            let Some((score, matched_on)) = score_words(&matcher, &words, name, company) else {
                continue;
            };
            let bonus = if name == folded { 1_000 } else { 0 };
            offer(
                ranks,
                row.get(0)?,
                Rank {
                    tier: NAME,
                    score: score + bonus,
                    last_activity: row.get(3)?,
                    matched_on,
                },
            );
        }
        Ok(())
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

fn offer(ranks: &mut HashMap<String, Rank>, id: String, rank: Rank) {
    match ranks.get_mut(&id) {
        Some(existing) if !rank.better_than(existing) => {}
        Some(existing) => *existing = rank,
        None => {
            ranks.insert(id, rank);
        }
    }
}
