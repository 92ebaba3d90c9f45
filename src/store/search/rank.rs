//! How a contact matches a query, and how matches rank: the part of a search that
//! looks at one contact at a time (index.rs scans them all).

use super::typo::{Forgivable, typo_in};
use crate::domain::contact::normalize_email;
use crate::domain::phone::query_digits;
use crate::domain::text::fold;
use memchr::memmem;
use serde::Serialize;

/// What a hit was found by, in the order hits of equal standing are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchedOn {
    Phone,
    Email,
    Name,
    Company,
    Recent,
}

/// How a contact matches a query; smaller keys rank first.
#[derive(Debug, Clone, Copy)]
pub(super) struct Rank {
    pub(super) tier: u8,
    /// How closely the name words match (see `WordMatch`), plus a bonus for the
    /// whole name.
    pub(super) closeness: i64,
    /// Query words found only scattered through a name, not as a run of letters.
    pub(super) scattered: u8,
    /// The fuzzy matcher's score: worked out only for scattered matches that can
    /// still make the list, because it is the costly part of a search.
    pub(super) fuzzy: i64,
    pub(super) last_activity: i64,
    pub(super) matched_on: MatchedOn,
}

impl Rank {
    /// Everything but the fuzzy score and recency, which break ties. A person's own
    /// name beats their company's at the same closeness.
    pub(super) fn coarse(&self) -> (u8, i64, u8, MatchedOn) {
        (self.tier, -self.closeness, self.scattered, self.matched_on)
    }

    pub(super) fn key(&self) -> Key {
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

type Key = (u8, i64, u8, MatchedOn, i64, i64);

/// Matches as they are found, keeping only those that can still be among the best
/// `limit`: a query that a million contacts match (a first letter) then holds a few
/// thousand, not the million.
pub(super) struct Best {
    limit: usize,
    found: Vec<(Rank, usize)>,
    /// The key of the `limit`-th best kept match at the last pruning: at least
    /// `limit` matches are as good as it or better.
    cut: Option<Key>,
    prune_at: usize,
}

/// Matches held before the first pruning; tests prune early, to exercise it.
const PRUNE_FROM: usize = if cfg!(test) { 64 } else { 4_096 };

impl Best {
    pub(super) fn new(limit: usize) -> Best {
        Best {
            limit,
            found: Vec::new(),
            cut: None,
            prune_at: limit.saturating_mul(4).max(PRUNE_FROM),
        }
    }

    pub(super) fn offer(&mut self, rank: Rank, row: usize) {
        if self.cut.is_some_and(|cut| !rank.may_beat(&cut)) {
            return;
        }
        self.found.push((rank, row));
        if self.found.len() >= self.prune_at && self.limit > 0 {
            let nth = self.limit - 1;
            // A scattered match's key counts its fuzzy score as 0, the worst it can
            // be: so at least `limit` matches truly are at or above this cut.
            self.found.select_nth_unstable_by_key(nth, |(r, _)| r.key());
            let cut = self.found[nth].0.key();
            self.found.retain(|(r, _)| r.may_beat(&cut));
            self.cut = Some(cut);
            // Many equal keys can keep many matches: prune again only once doubled.
            self.prune_at = self.prune_at.max(self.found.len() * 2);
        }
    }

    /// Whether a match no better than `ceiling` could still make the list.
    pub(super) fn may_take(&self, ceiling: &Rank) -> bool {
        self.cut.is_none_or(|cut| ceiling.may_beat(&cut))
    }

    /// Whether fewer matches than the list holds were offered: then matches of a
    /// lower tier (typos) could still make it.
    pub(super) fn holds_fewer_than_limit(&self) -> bool {
        self.cut.is_none() && self.found.len() < self.limit
    }

    pub(super) fn into_found(self) -> Vec<(Rank, usize)> {
        self.found
    }
}

impl Rank {
    /// Whether this match could rank at or above `cut` once its fuzzy score is known
    /// (only scattered matches get one, and it can only raise them).
    fn may_beat(&self, cut: &Key) -> bool {
        if self.scattered > 0 {
            self.coarse() <= (cut.0, cut.1, cut.2, cut.3)
        } else {
            self.key() <= *cut
        }
    }
}

pub(super) const EXACT: u8 = 0;
pub(super) const NAME: u8 = 1;
pub(super) const PARTIAL: u8 = 2;
/// Found only by forgiving a word a typo (see typo.rs): below every other match.
pub(super) const TYPO: u8 = 3;

/// How one query word matches a name or company, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum WordMatch {
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
#[derive(Debug)]
pub(super) struct Query {
    pub(super) folded: String,
    pub(super) words: Vec<Word>,
    pub(super) digits: Option<memmem::Finder<'static>>,
    pub(super) email: Option<memmem::Finder<'static>>,
    pub(super) full_email: Option<String>,
}

impl Query {
    pub(super) fn new(query: &str, region: phonenumber::country::Id) -> Query {
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
            email: email_like.then(|| finder(&query.to_lowercase())),
            full_email: normalize_email(query),
            words: if has_letters {
                words
                    .into_iter()
                    .map(|text| Word {
                        finder: finder(&text),
                        forgivable: Forgivable::of(&text),
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

/// Which of a query's ways of matching (its sources) a wider query's matches hold
/// every match of: those sources need look at the wider query's matches alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Cover {
    pub(super) words: bool,
    pub(super) digits: bool,
    pub(super) email: bool,
}

impl Cover {
    pub(super) fn any(&self) -> bool {
        self.words || self.digits || self.email
    }
}

impl Query {
    /// Which of this query's sources `wider`'s matches cover: a source asks for more
    /// of what one of `wider`'s asked (a word that contains `wider`'s word in the
    /// same place; digits or an email fragment that contain `wider`'s), so whatever
    /// it matches, `wider` matched. Typing one more letter gives such a query.
    pub(super) fn covered_by(&self, wider: &Query) -> Cover {
        let contains = |mine: &memmem::Finder<'_>, theirs: &Option<memmem::Finder<'_>>| {
            theirs
                .as_ref()
                .is_some_and(|theirs| memmem::find(mine.needle(), theirs.needle()).is_some())
        };
        Cover {
            words: !self.words.is_empty()
                && !wider.words.is_empty()
                && self.words.len() >= wider.words.len()
                && wider
                    .words
                    .iter()
                    .zip(&self.words)
                    .all(|(theirs, mine)| mine.text.contains(theirs.text.as_str())),
            digits: self
                .digits
                .as_ref()
                .is_some_and(|d| contains(d, &wider.digits)),
            email: self
                .email
                .as_ref()
                .is_some_and(|e| contains(e, &wider.email)),
        }
    }
}

/// One word of the query, with its searcher built once.
#[derive(Debug)]
pub(super) struct Word {
    pub(super) text: String,
    pub(super) finder: memmem::Finder<'static>,
    /// Set when the word may match with a typo.
    pub(super) forgivable: Option<Forgivable>,
}

/// One contact as search sees it: its row of the derived search table.
pub(super) struct Candidate<'a> {
    pub(super) name_key: &'a str,
    /// Other spellings of the name, folded, separated by `KEY_SEPARATOR`.
    pub(super) alias_key: &'a str,
    pub(super) company_key: &'a str,
    pub(super) emails: &'a str,
    pub(super) digits: &'a str,
    pub(super) last_activity: i64,
}

/// The best way this contact matches the query, if it does; with `forgive_typos`, also
/// by a word within one edit of a word of the name or company (see typo.rs), which
/// ranks it `TYPO`. The fuzzy score is left for later: see `Rank::fuzzy`.
pub(super) fn rank(query: &Query, c: &Candidate<'_>, forgive_typos: bool) -> Option<Rank> {
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
    // A phone or email fragment: exact when it is one of the field's values whole.
    let fragment = |finder: &Option<memmem::Finder<'_>>, whole: Option<&[u8]>, field: &str, on| {
        finder.as_ref()?.find(field.as_bytes())?;
        let exact = whole.is_some_and(|whole| field.split(' ').any(|v| v.as_bytes() == whole));
        Some(partial(exact, on))
    };
    let digits = query.digits.as_ref().map(|f| f.needle());
    let email = query.full_email.as_deref().map(str::as_bytes);
    for found in [
        fragment(&query.digits, digits, c.digits, MatchedOn::Phone),
        fragment(&query.email, email, c.emails, MatchedOn::Email),
    ]
    .into_iter()
    .flatten()
    {
        consider(found);
    }
    if query.words.is_empty() {
        return best;
    }
    // An alias is a name: matched, and a whole match rewarded, as the name is.
    // Most rows have no alias: splitting an empty key costs a searcher each time.
    let aliases = (!c.alias_key.is_empty())
        .then(|| {
            c.alias_key
                .split(crate::store::rows::contacts::KEY_SEPARATOR)
        })
        .into_iter()
        .flatten()
        .filter(|a| !a.is_empty());
    for name in std::iter::once(c.name_key).chain(aliases) {
        if let Some(on_words) = match_words(&query.words, name, c.company_key, forgive_typos) {
            let whole_name = if name == query.folded { 1_000 } else { 0 };
            consider(Rank {
                tier: if on_words.typos > 0 { TYPO } else { NAME },
                closeness: on_words.closeness + whole_name,
                scattered: on_words.scattered,
                fuzzy: 0,
                last_activity: c.last_activity,
                matched_on: on_words.matched_on,
            });
        }
    }
    best
}

pub(super) struct WordsMatch {
    pub(super) closeness: i64,
    pub(super) scattered: u8,
    /// Words found only within one edit: they add nothing to the closeness.
    pub(super) typos: u8,
    pub(super) matched_on: MatchedOn,
}

/// Every word must match the name or the company, in any order; with `forgive_typos`,
/// a forgivable word that matches neither may be within one edit of a word of either.
pub(super) fn match_words(
    words: &[Word],
    name: &str,
    company: &str,
    forgive_typos: bool,
) -> Option<WordsMatch> {
    let (mut closeness, mut scattered, mut on_name, mut typos) = (0, 0u8, 0, 0u8);
    for word in words {
        let in_name = word_match(word, name);
        let in_company = word_match(word, company);
        let Some(best) = in_name.max(in_company) else {
            if !forgive_typos {
                return None;
            }
            let forgivable = word.forgivable.as_ref()?;
            if typo_in(&word.text, forgivable, name) {
                on_name += 1;
            } else if !typo_in(&word.text, forgivable, company) {
                return None;
            }
            typos = typos.saturating_add(1);
            continue;
        };
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
        typos,
        matched_on: if on_name * 2 >= words.len() {
            MatchedOn::Name
        } else {
            MatchedOn::Company
        },
    })
}

pub(super) fn word_match(word: &Word, field: &str) -> Option<WordMatch> {
    // Each place the word occurs, judged by the bytes around it, without splitting
    // the field into words.
    let bytes = field.as_bytes();
    let len = word.text.len();
    let mut best = None;
    let mut from = 0;
    // `find` on what is left rather than `find_iter`, which costs more to start than
    // a one-letter word takes to find.
    while let Some(at) = word.finder.find(&bytes[from..]).map(|at| at + from) {
        from = at + 1;
        let found = if at > 0 && bytes[at - 1] != b' ' {
            WordMatch::Inside
        } else if bytes.get(at + len).is_none_or(|&b| b == b' ') {
            return Some(WordMatch::Whole);
        } else {
            WordMatch::Prefix
        };
        best = best.max(Some(found));
    }
    best.or_else(|| {
        let scattered =
            is_byte_subsequence(word.text.as_bytes(), bytes) && is_subsequence(&word.text, field);
        scattered.then_some(WordMatch::Scattered)
    })
}

/// The bit of the 64 in `word_starts` that stands for a word starting with `pair`'s
/// two bytes (several pairs share each bit).
fn pair_bit(pair: [u8; 2]) -> u64 {
    let key = u64::from(u16::from_le_bytes(pair));
    1 << (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

/// The first two bytes of every word in `fields` (the name key and the company key),
/// one bit each: a query word whose first two bytes have no bit starts none of them.
pub(super) fn word_starts(fields: &[&[u8]]) -> u64 {
    let mut bits = 0;
    for field in fields {
        for (at, pair) in field.windows(2).enumerate() {
            if at == 0 || field[at - 1] == b' ' {
                bits |= pair_bit([pair[0], pair[1]]);
            }
        }
    }
    bits
}

/// The best rank a row can reach by its name or company, knowing only its
/// `word_starts`: a query word of two bytes or more whose first two start no word
/// matches inside one at best. None when the query could also match a phone or an
/// email exactly, which ranks above any name.
pub(super) fn name_ceiling(query: &Query, word_starts: u64, last_activity: i64) -> Option<Rank> {
    if query.digits.is_some() || query.full_email.is_some() {
        return None;
    }
    let mut closeness = 0;
    let mut all_start = true;
    for word in &query.words {
        let starts = match word.text.as_bytes() {
            [a, b, ..] => word_starts & pair_bit([*a, *b]) != 0,
            _ => true,
        };
        all_start &= starts;
        closeness += if starts {
            WordMatch::Whole
        } else {
            WordMatch::Inside
        } as i64;
    }
    Some(Rank {
        tier: NAME,
        // As `rank` gives a name equal to the query.
        closeness: closeness + if all_start { 1_000 } else { 0 },
        scattered: 0,
        fuzzy: 0,
        last_activity,
        matched_on: MatchedOn::Name,
    })
}

/// True when every character of `needle` occurs in `haystack`, in order.
pub(super) fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|wanted| rest.any(|c| c == wanted))
}

/// `is_subsequence` on bytes: never false when that is true (a character's bytes in
/// order are bytes in order), so it can rule rows out before the real test.
pub(super) fn is_byte_subsequence(needle: &[u8], haystack: &[u8]) -> bool {
    let mut rest = haystack;
    for &wanted in needle {
        match memchr::memchr(wanted, rest) {
            Some(at) => rest = &rest[at + 1..],
            None => return false,
        }
    }
    true
}
