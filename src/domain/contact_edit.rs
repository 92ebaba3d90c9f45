//! What a typed change to a contact must be, shared by the command line's `edit` and
//! `add` and the desk's edit form: each caller names its own option or field in the
//! message, the rule and its wording of the problem live here.

use super::contact::normalize_email;
use super::phone::{Phone, Region};
use super::text::{clean_line, non_empty};
use super::{Contact, InteractionKind, LeadStatus};

/// A contact's name as stored, or why it cannot be one.
pub fn read_name(typed: &str) -> Result<String, String> {
    let name = clean_line(typed);
    if name.is_empty() {
        return Err(crate::t!("problem-needs-name"));
    }
    Ok(name)
}

/// An email as stored (lower-cased), or the problem, quoting what was typed.
pub fn read_email(typed: &str) -> Result<String, String> {
    normalize_email(typed)
        .ok_or_else(|| crate::t!("problem-not-an-email", typed = clean_line(typed)))
}

/// A typed phone, and what to warn about it: a number that could not be read is
/// kept as typed, and one outside its country's ranges is kept and flagged.
pub fn read_phone(typed: &str, region: Region) -> (Phone, Option<String>) {
    let (phone, unallocated) = Phone::parse_noting_range(typed, region);
    let warning = if phone.e164.is_none() {
        // English, as every warning is made: `--json` carries it; people read it
        // through `i18n::notices`.
        Some(format!(
            "the phone number \"{}\" could not be read (region {region:?}); it is kept as typed",
            phone.raw
        ))
    } else {
        unallocated
    };
    (phone, warning)
}

/// A flag as stored: one line, lower case ("VIP" is "vip").
pub fn read_flag(typed: &str) -> String {
    clean_line(typed).to_lowercase()
}

/// Adds a typed flag as stored (see `read_flag`), unless it is empty once cleaned (it
/// held only control characters) or the contact has it already.
pub fn add_flag(contact: &mut Contact, typed: &str) {
    let flag = read_flag(typed);
    if !flag.is_empty() && !contact.flags.contains(&flag) {
        contact.flags.push(flag);
    }
}

/// A preferred channel as stored: free text, lower case; empty is none.
pub fn read_channel(typed: &str) -> Option<String> {
    non_empty(Some(typed)).map(|s| s.to_lowercase())
}

/// The ways a contact may prefer to be reached: the one list the command line's
/// `--preferred-channel` accepts and the desk's edit form offers.
pub const PREFERRED_CHANNELS: &[InteractionKind] = &[
    InteractionKind::Call,
    InteractionKind::Whatsapp,
    InteractionKind::Email,
    InteractionKind::Sms,
    InteractionKind::Meeting,
];

/// A preferred channel as typed (any case): its word, or empty to clear it.
pub fn read_preferred_channel(typed: &str) -> Result<String, String> {
    if typed.trim().is_empty() {
        return Ok(String::new());
    }
    typed
        .parse::<InteractionKind>()
        .ok()
        .filter(|kind| PREFERRED_CHANNELS.contains(kind))
        .map(|kind| kind.as_str().to_string())
        .ok_or_else(|| {
            let words: Vec<&str> = PREFERRED_CHANNELS.iter().map(|k| k.as_str()).collect();
            crate::t!(
                "problem-not-one-of",
                typed = clean_line(typed),
                words = words.join(", ")
            )
        })
}

/// The business's own rating: 1 to 5, or none when empty.
pub fn read_quality(typed: &str) -> Result<Option<u8>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    match typed.parse::<u8>() {
        Ok(quality @ 1..=5) => Ok(Some(quality)),
        _ => Err(crate::t!(
            "problem-not-a-quality",
            typed = clean_line(typed)
        )),
    }
}

/// What is wrong with a status and a disqualification reason given together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonProblem {
    /// Disqualified, and no reason why.
    Missing,
    /// A reason, but the status is not disqualified.
    NotDisqualified,
}

/// A disqualified lead needs a reason (blank is none), and only a disqualified lead
/// is given one (`reason` is None when none was given).
pub fn check_reason(status: Option<LeadStatus>, reason: Option<&str>) -> Result<(), ReasonProblem> {
    let disqualified = status == Some(LeadStatus::Disqualified);
    if disqualified && non_empty(reason).is_none() {
        return Err(ReasonProblem::Missing);
    }
    if !disqualified && reason.is_some() {
        return Err(ReasonProblem::NotDisqualified);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_are_read_or_refused_with_the_reason() {
        assert_eq!(read_name("  Noa   Levi "), Ok("Noa Levi".into()));
        assert!(read_name(" \u{1b}[31m ").is_err());
        assert_eq!(read_email(" Noa@Levi.CO.IL "), Ok("noa@levi.co.il".into()));
        assert_eq!(
            read_email("noa"),
            Err("\"noa\" is not an email address".into())
        );
        assert_eq!(read_quality(""), Ok(None));
        assert_eq!(read_quality(" 5 "), Ok(Some(5)));
        assert!(read_quality("0").is_err());
        assert!(read_quality("7").unwrap_err().contains("1 to 5"));
        assert!(read_quality("שלוש 🙂").is_err());
        assert_eq!(read_flag(" Bad-Payer "), "bad-payer");
        assert_eq!(read_channel(" WhatsApp "), Some("whatsapp".into()));
        assert_eq!(read_channel(" "), None);
    }

    #[test]
    fn an_unreadable_phone_is_kept_with_a_warning() {
        let region = crate::domain::phone::parse_region("IL").unwrap();
        let (phone, warning) = read_phone("call me", region);
        assert_eq!(phone.raw, "call me");
        assert!(warning.unwrap().contains("could not be read"));
        let (phone, warning) = read_phone("054-490-0148", region);
        assert_eq!(phone.e164.as_deref(), Some("+972544900148"));
        assert_eq!(warning, None);
    }

    #[test]
    fn a_disqualified_lead_needs_a_reason_and_only_it_has_one() {
        let dq = Some(LeadStatus::Disqualified);
        assert_eq!(check_reason(dq, Some(" ")), Err(ReasonProblem::Missing));
        assert_eq!(check_reason(dq, Some("spam")), Ok(()));
        assert_eq!(
            check_reason(Some(LeadStatus::Connected), Some("spam")),
            Err(ReasonProblem::NotDisqualified)
        );
        assert_eq!(check_reason(None, None), Ok(()));
        assert_eq!(
            check_reason(None, Some("")),
            Err(ReasonProblem::NotDisqualified)
        );
    }
}
