//! A score's breakdown as people read it: the rules shipped with Leadometer and the
//! fields that made a rule fire, in the user's language. The breakdown itself (and
//! `score --json`) keeps the stored words; a rule the user named keeps its name.

use super::contact::{ContactKind, Labelled, Lifecycle, Origin, Role};
use std::str::FromStr;

/// A rule's name: one of the shipped rules' (`assets/scoring.toml`) in the user's
/// language, any other as written.
pub fn rule_name(name: &str) -> String {
    crate::i18n::named("rule", name).unwrap_or_else(|| name.to_string())
}

/// One field of the evidence, "role: decision maker at Levi Design", in the user's
/// words.
pub fn field_evidence(field: &str, value: &str) -> String {
    let label = crate::i18n::named("score-field", field).unwrap_or_else(|| field.to_string());
    let value = match field {
        "kind" => word::<ContactKind>(value),
        "origin" => word::<Origin>(value),
        "lifecycle" => word::<Lifecycle>(value),
        "returning" | "won_before" => match value {
            "true" => crate::t!("score-value-true"),
            "false" => crate::t!("score-value-false"),
            other => other.to_string(),
        },
        "role" => match value.split_once(" at ") {
            Some((role, account)) => {
                crate::t!(
                    "score-role-at",
                    role = word::<Role>(role),
                    account = account
                )
            }
            None => word::<Role>(value),
        },
        _ => value.to_string(),
    };
    format!("{label}: {value}")
}

/// A stored word of a list in the user's language; any other text as it is.
fn word<W: FromStr + Labelled>(stored: &str) -> String {
    stored
        .parse::<W>()
        .map_or_else(|_| stored.to_string(), Labelled::shown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn shipped_rules_and_their_fields_read_in_the_users_language() {
        let _speaking = scoped(Lang::Hu);
        assert_ne!(rule_name("Decision maker"), "Decision maker");
        assert_eq!(rule_name("Our own rule"), "Our own rule");
        let role = field_evidence("role", "decision-maker at Levi Design");
        assert!(
            role.ends_with("Levi Design") && !role.contains("decision"),
            "{role}"
        );
        assert!(!field_evidence("origin", "inbound").contains("inbound"));
        assert_eq!(
            field_evidence("flag", "vip"),
            format!("{}: vip", crate::t!("score-field-flag"))
        );
    }

    #[test]
    fn english_reads_as_it_did() {
        let _speaking = scoped(Lang::En);
        assert_eq!(rule_name("Decision maker"), "Decision maker");
        assert_eq!(
            field_evidence("role", "decision-maker at Levi Design"),
            "role: decision-maker at Levi Design"
        );
        assert_eq!(field_evidence("won_before", "true"), "won_before: true");
    }

    /// Every rule shipped has its name in each language.
    #[test]
    fn every_shipped_rule_is_translated() {
        let shipped = include_str!("../../assets/scoring.toml");
        let names: Vec<&str> = shipped
            .lines()
            .filter_map(|line| line.strip_prefix("name = \""))
            .filter_map(|rest| rest.strip_suffix('"'))
            .collect();
        assert!(names.len() > 10);
        // The files themselves are held to having every message in every language.
        for name in names {
            assert!(
                crate::i18n::named("rule", name).is_some(),
                "{name} has no message"
            );
        }
    }
}
