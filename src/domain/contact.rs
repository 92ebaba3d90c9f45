//! Contacts (people and businesses), the accounts they belong to, and their lead state.

use super::phone::Phone;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
        pub enum $name { $(#[serde(rename = $word)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// The word in the user's language, for people to read (`as_str` is
            /// what is stored, typed and written for scripts):
            /// `word-<list>-<word>` in common.ftl.
            pub fn label(self) -> String {
                let id = format!("word-{}-{}", stringify!($name).to_ascii_lowercase(), self.as_str());
                $crate::i18n::message(&id)
            }
        }

        impl $crate::domain::contact::WordList for $name {
            fn words() -> Vec<&'static str> {
                $name::ALL.iter().map(|v| v.as_str()).collect()
            }
        }

        impl $crate::domain::contact::Labelled for $name {
            fn shown(self) -> String {
                self.label()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(input: &str) -> Result<Self, String> {
                // Stored words match exactly; only typed ones need normalising.
                if let Some(exact) = $name::ALL.iter().copied().find(|v| v.as_str() == input) {
                    return Ok(exact);
                }
                let wanted = input.trim().to_ascii_lowercase().replace(['_', ' '], "-");
                $name::ALL.iter().copied().find(|v| v.as_str() == wanted).ok_or_else(|| {
                    let words: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                    $crate::t!("problem-not-one-of", typed = input, words = words.join(", "))
                })
            }
        }
    };
}
pub(crate) use word_enum;

/// A list of words read with `FromStr` (every `word_enum`): its words as stored and
/// typed, for the command line to list the values it accepts.
pub trait WordList: std::str::FromStr<Err = String> {
    fn words() -> Vec<&'static str>;
}

/// A list's word that has a text for people to read (every `word_enum`).
pub trait Labelled {
    fn shown(self) -> String;
}

word_enum!(ContactKind { Person => "person", Business => "business" });

word_enum!(
    /// Ordered: a later stage compares greater, which is how "never lowers" is checked.
    Lifecycle {
        Subscriber => "subscriber",
        Lead => "lead",
        Mql => "mql",
        Sql => "sql",
        Opportunity => "opportunity",
        Customer => "customer",
        Evangelist => "evangelist",
        Other => "other",
    }
);

word_enum!(LeadStatus {
    New => "new",
    Attempting => "attempting",
    Connected => "connected",
    Nurturing => "nurturing",
    Disqualified => "disqualified",
});

word_enum!(Role {
    DecisionMaker => "decision-maker",
    Payer => "payer",
    Evaluator => "evaluator",
    KeyOpinionLeader => "key-opinion-leader",
});

word_enum!(
    /// Inbound "pull" (they came to us) or outbound "push" (we went to them).
    Origin { Inbound => "inbound", Outbound => "outbound" }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: String,
    pub name: String,
    /// Other spellings of the name ("דנה לוי" beside "Dana Levi"), kept when a
    /// matched record brings one: searched and shown as the name is.
    pub aliases: Vec<String>,
    pub kind: ContactKind,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub accounts: Vec<Membership>,
    pub source: Option<String>,
    pub campaign: Option<String>,
    pub origin: Option<Origin>,
    pub owner: Option<String>,
    pub lifecycle: Lifecycle,
    pub status: LeadStatus,
    pub disqualified_reason: Option<String>,
    pub quality: Option<u8>,
    pub flags: Vec<String>,
    pub preferred_channel: Option<String>,
    pub best_time: Option<String>,
    pub notes: Option<String>,
    pub custom: BTreeMap<String, String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

/// A contact's place at an account, with the role they play in buying.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub account_id: String,
    pub account: String,
    pub role: Option<Role>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: String,
    pub name: String,
    pub created_at: DateTime<Utc>,
}

impl Contact {
    /// A new lead as first entered: lifecycle lead, status new.
    pub fn new_lead(id: String, name: String, now: DateTime<Utc>, user: &str) -> Contact {
        Contact {
            id,
            name,
            aliases: Vec::new(),
            kind: ContactKind::Person,
            phones: Vec::new(),
            emails: Vec::new(),
            accounts: Vec::new(),
            source: None,
            campaign: None,
            origin: None,
            owner: None,
            lifecycle: Lifecycle::Lead,
            status: LeadStatus::New,
            disqualified_reason: None,
            quality: None,
            flags: Vec::new(),
            preferred_channel: None,
            best_time: None,
            notes: None,
            custom: BTreeMap::new(),
            created_at: now,
            updated_at: now,
            updated_by: user.to_string(),
        }
    }

    pub fn primary_phone(&self) -> Option<&Phone> {
        self.phones.first()
    }

    /// Whether the contact is flagged do-not-contact (`⊘`): reaching out is for
    /// answering them only.
    pub fn asked_not_to_be_contacted(&self) -> bool {
        self.flags.iter().any(|flag| flag_mark(flag) == Some('⊘'))
    }

    /// Adds the phones and emails this contact lacks; never removes or overwrites one.
    pub fn absorb(&mut self, phones: &[Phone], emails: &[String]) {
        for phone in phones {
            if !self.phones.iter().any(|p| p.same_number(phone)) {
                self.phones.push(phone.clone());
            }
        }
        for email in emails {
            if !self.emails.contains(email) {
                self.emails.push(email.clone());
            }
        }
    }

    /// Keeps `other` as another spelling of this contact's name, unless it is empty,
    /// a placeholder (a phone number or an email standing in for a name), or only
    /// words of the name or of an alias, compared folded ("Noa" or "Levi Noa" beside
    /// "Noa Levi": a search for it finds her already). A placeholder main name gives
    /// way to a real one instead: it is a phone or email the contact keeps anyway.
    /// Returns whether anything changed.
    pub fn add_alias(&mut self, other: &str) -> bool {
        let other = super::text::clean_line(other);
        if other.is_empty() || is_placeholder_name(&other) {
            return false;
        }
        let words = super::text::fold(&other);
        let within = |known: &String| {
            let known = super::text::fold(known);
            words
                .split(' ')
                .all(|word| known.split(' ').any(|k| k == word))
        };
        if std::iter::once(&self.name).chain(&self.aliases).any(within) {
            return false;
        }
        if self.name.trim().is_empty() || is_placeholder_name(&self.name) {
            self.name = other;
        } else {
            self.aliases.push(other);
        }
        true
    }

    /// Drops the aliases that are empty, the name itself or said before, as a file
    /// may list them.
    pub fn tidy_aliases(&mut self) {
        for alias in std::mem::take(&mut self.aliases) {
            let alias = super::text::clean_line(&alias);
            if !alias.is_empty() && !self.is_known_name(&alias) {
                self.aliases.push(alias);
            }
        }
    }

    /// Whether `name` is this contact's name or one of its aliases, compared folded.
    pub fn is_known_name(&self, name: &str) -> bool {
        let folded = super::text::fold(name);
        super::text::fold(&self.name) == folded
            || self.aliases.iter().any(|a| super::text::fold(a) == folded)
    }

    /// Removes the aliases that fold to `alias`'s folded form; returns whether one did.
    pub fn remove_alias(&mut self, alias: &str) -> bool {
        let folded = super::text::fold(alias);
        let before = self.aliases.len();
        self.aliases.retain(|a| super::text::fold(a) != folded);
        self.aliases.len() != before
    }

    /// Keeps `value` of `field` from a matched record when this contact holds
    /// another one there: as the custom field `FIELD (2)` (or the first free `(n)`),
    /// unless some `FIELD` or `FIELD (n)` holds it already, so a second import of the
    /// same file adds nothing. `stored` is the contact's own value of the field.
    pub fn keep_other_value(&mut self, field: &str, stored: Option<&str>, value: &str) {
        let folded = super::text::fold(value);
        if folded.is_empty() || stored.is_some_and(|s| super::text::fold(s) == folded) {
            return;
        }
        let numbered = |n: usize| format!("{field} ({n})");
        let held = (2..)
            .map(numbered)
            .take_while(|key| self.custom.contains_key(key))
            .chain(std::iter::once(field.to_string()))
            .any(|key| {
                self.custom
                    .get(&key)
                    .is_some_and(|v| super::text::fold(v) == folded)
            });
        if held {
            return;
        }
        let free = (2..)
            .map(numbered)
            .find(|key| !self.custom.contains_key(key))
            .unwrap_or_else(|| field.to_string());
        self.custom.insert(free, value.to_string());
    }

    pub fn belongs_to(&self, account: &str) -> bool {
        let wanted = super::text::fold(account);
        self.accounts
            .iter()
            .any(|m| super::text::fold(&m.account) == wanted)
    }

    pub fn company(&self) -> Option<&str> {
        self.accounts.first().map(|m| m.account.as_str())
    }
}

/// A name that only stands in for one: a phone number or an email address, as an
/// importer names a record that has neither name nor company.
pub fn is_placeholder_name(name: &str) -> bool {
    super::phone::looks_like_phone(name) || normalize_email(name).is_some()
}

/// Emails are compared and stored lower-cased.
pub fn normalize_email(input: &str) -> Option<String> {
    let email = super::text::clean_line(input).to_lowercase();
    let (local, domain) = email.split_once('@')?;
    (!local.is_empty() && domain.contains('.') && !email.contains(' ')).then_some(email)
}

/// The mark a list shows beside a flagged contact's name, one column wide, or None
/// for a flag of the business's own: ★ vip, ! bad payer, ⊘ do not contact, ↺
/// returning, ⧖ waiting for an owner (every salesperson full;
/// `lifecycle::WAITING_FOR_OWNER`). Hyphens, underscores and case do not matter.
pub fn flag_mark(flag: &str) -> Option<char> {
    match flag.trim().to_lowercase().replace(['-', '_'], " ").as_str() {
        "vip" => Some('★'),
        "bad payer" => Some('!'),
        "do not contact" => Some('⊘'),
        "returning" => Some('↺'),
        "waiting for owner" => Some('⧖'),
        _ => None,
    }
}

/// The marks of the flags that have one, in the contact's order: "★!".
pub fn flag_marks(flags: &[String]) -> String {
    flags.iter().filter_map(|f| flag_mark(f)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_parse_loosely_and_print_canonically() {
        assert_eq!("Decision maker".parse::<Role>(), Ok(Role::DecisionMaker));
        assert_eq!(
            "key_opinion_leader".parse::<Role>(),
            Ok(Role::KeyOpinionLeader)
        );
        assert_eq!("SQL".parse::<Lifecycle>(), Ok(Lifecycle::Sql));
        assert!(
            "hot"
                .parse::<LeadStatus>()
                .unwrap_err()
                .contains("new, attempting")
        );
        assert!(Lifecycle::Sql > Lifecycle::Mql);
    }

    fn dana() -> Contact {
        let at = chrono::DateTime::from_timestamp(0, 0).unwrap();
        Contact::new_lead("c1".into(), "Dana Levi".into(), at, "me")
    }

    #[test]
    fn another_spelling_becomes_an_alias_once() {
        let mut c = dana();
        assert!(c.add_alias("דנה לוי"));
        assert!(!c.add_alias("  DANA   LEVÍ "), "the name itself, folded");
        assert!(!c.add_alias("דנה  לוי"), "an alias already");
        assert!(!c.add_alias("levi dana"), "words of the name");
        assert!(!c.add_alias("לוי"), "a word of an alias");
        assert!(
            !c.add_alias("054-490-0148"),
            "a phone standing in for a name"
        );
        assert!(
            !c.add_alias("dana@example.com"),
            "an email standing in for a name"
        );
        assert!(!c.add_alias(" "));
        assert_eq!(c.aliases, ["דנה לוי"]);
        assert!(c.remove_alias("דנה לוי"));
        assert!(c.aliases.is_empty());
    }

    #[test]
    fn a_real_name_replaces_a_placeholder_name() {
        let mut c = dana();
        c.name = "+972544900148".into();
        assert!(c.add_alias("Dana Levi"));
        assert_eq!(c.name, "Dana Levi");
        assert!(c.aliases.is_empty());
    }

    #[test]
    fn another_value_is_kept_under_a_numbered_key_once() {
        let mut c = dana();
        c.keep_other_value("source", Some("Google Ads"), "google ads");
        assert!(c.custom.is_empty(), "the same value, folded");
        c.keep_other_value("source", Some("Google Ads"), "Facebook");
        c.keep_other_value("source", Some("Google Ads"), "Facebook");
        c.keep_other_value("source", Some("Google Ads"), "Referral");
        assert_eq!(
            c.custom.get("source (2)").map(String::as_str),
            Some("Facebook")
        );
        assert_eq!(
            c.custom.get("source (3)").map(String::as_str),
            Some("Referral")
        );
        assert_eq!(c.custom.len(), 2);
    }

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(
            normalize_email(" Dana@Example.COM ").as_deref(),
            Some("dana@example.com")
        );
        assert_eq!(normalize_email("not-an-email"), None);
        assert_eq!(normalize_email("a@b"), None);
    }

    #[test]
    fn each_known_flag_has_a_mark_one_column_wide() {
        use unicode_width::UnicodeWidthChar;
        for flag in [
            "vip",
            "bad-payer",
            "do-not-contact",
            "returning",
            "waiting-for-owner",
        ] {
            let mark = flag_mark(flag).unwrap_or_else(|| panic!("{flag} has no mark"));
            assert_eq!(mark.width(), Some(1), "{flag}: {mark}");
        }
        assert_eq!(flag_mark("kitchens"), None, "a flag of the user's own");
    }
}
