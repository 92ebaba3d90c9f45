//! Contacts (people and businesses), the accounts they belong to, and their lead state.

use super::phone::Phone;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $(#[serde(rename = $word)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
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
                    format!("\"{input}\" is not one of: {}", words.join(", "))
                })
            }
        }
    };
}
pub(crate) use word_enum;

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

/// Emails are compared and stored lower-cased.
pub fn normalize_email(input: &str) -> Option<String> {
    let email = super::text::clean_line(input).to_lowercase();
    let (local, domain) = email.split_once('@')?;
    (!local.is_empty() && domain.contains('.') && !email.contains(' ')).then_some(email)
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

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(
            normalize_email(" Dana@Example.COM ").as_deref(),
            Some("dana@example.com")
        );
        assert_eq!(normalize_email("not-an-email"), None);
        assert_eq!(normalize_email("a@b"), None);
    }
}
