//! How a failed command ends: its exit code, and with `--json` the error as one JSON
//! object on stderr, so that a script can tell "no such contact" from "refused"
//! from "the file is damaged" without reading sentences.
//!
//! | code | JSON code   | meaning                                                  |
//! |------|-------------|----------------------------------------------------------|
//! | 0    |             | done                                                     |
//! | 1    | `failed`    | anything else (a disk, a lock, a server out of reach)    |
//! | 2    | `usage`     | the command line was refused                             |
//! | 3    | `not_found` | no such contact, deal, entry, task, template, campaign, file |
//! | 4    | `refused`   | a value or an action refused (ambiguous, newer, conflict) |
//! | 5    | `damaged`   | a damaged file, or not a Leadometer or SQLite file       |

use crate::failure::{Failure, FailureKind};
use crate::server::ServerError;
use crate::store::StoreError;
use crate::sync::SyncError;

/// The exit code of a failure of this kind.
pub fn exit_code(kind: FailureKind) -> u8 {
    match kind {
        FailureKind::Failed => 1,
        FailureKind::Usage => 2,
        FailureKind::NotFound => 3,
        FailureKind::Refused => 4,
        FailureKind::Damaged => 5,
    }
}

/// The stable code a script reads in `{"error":{"code":…}}`.
pub fn json_code(kind: FailureKind) -> &'static str {
    match kind {
        FailureKind::Failed => "failed",
        FailureKind::Usage => "usage",
        FailureKind::NotFound => "not_found",
        FailureKind::Refused => "refused",
        FailureKind::Damaged => "damaged",
    }
}

/// The kind of `error`: the first cause in its chain that says one, else `Failed`.
pub fn kind_of(error: &anyhow::Error) -> FailureKind {
    error
        .chain()
        .find_map(kind_of_cause)
        .unwrap_or(FailureKind::Failed)
}

fn kind_of_cause(cause: &(dyn std::error::Error + 'static)) -> Option<FailureKind> {
    if let Some(failure) = cause.downcast_ref::<Failure>() {
        return Some(failure.kind);
    }
    if let Some(error) = cause.downcast_ref::<StoreError>() {
        return store_kind(error);
    }
    if let Some(error) = cause.downcast_ref::<ServerError>() {
        return server_kind(error);
    }
    if let Some(error) = cause.downcast_ref::<SyncError>() {
        return sync_kind(error);
    }
    if cause
        .downcast_ref::<crate::import::DateOrderNeeded>()
        .is_some()
    {
        return Some(FailureKind::Refused);
    }
    match cause.downcast_ref::<crate::config::ConfigError>() {
        Some(crate::config::ConfigError::Read { reason, .. }) => {
            return (reason.kind() == std::io::ErrorKind::NotFound)
                .then_some(FailureKind::NotFound);
        }
        // A config that does not read as one is a value of the user's refused, for
        // every command as for `config check`.
        Some(crate::config::ConfigError::Invalid { .. }) => return Some(FailureKind::Refused),
        None => {}
    }
    match cause.downcast_ref::<std::io::Error>() {
        Some(io) if io.kind() == std::io::ErrorKind::NotFound => Some(FailureKind::NotFound),
        _ => None,
    }
}

fn store_kind(error: &StoreError) -> Option<FailureKind> {
    use StoreError as E;
    Some(match error {
        E::NotFound { .. } => FailureKind::NotFound,
        E::Ambiguous { .. }
        | E::AmbiguousDeal { .. }
        | E::AmbiguousNamed { .. }
        | E::PartOfName { .. }
        | E::Invalid { .. }
        | E::TooNew { .. } => FailureKind::Refused,
        E::Foreign { .. }
        | E::NotADatabase { .. }
        | E::ForeignObjects { .. }
        | E::Damaged { .. } => FailureKind::Damaged,
        E::Open { .. }
        | E::DiskFull { .. }
        | E::NotPermitted { .. }
        | E::Io { .. }
        | E::Locked { .. }
        | E::Cancelled
        | E::Sqlite(_) => return None,
    })
}

fn server_kind(error: &ServerError) -> Option<FailureKind> {
    use ServerError as E;
    Some(match error {
        E::TooNew { .. } | E::NewerSnapshot { .. } | E::OtherOffice { .. } | E::Refused(_) => {
            FailureKind::Refused
        }
        E::Damaged { .. } => FailureKind::Damaged,
        E::Store(store) => return store_kind(store),
        E::Address { .. }
        | E::Unreachable { .. }
        | E::NotInitialised
        | E::TooOld { .. }
        | E::NotSet => return None,
    })
}

fn sync_kind(error: &SyncError) -> Option<FailureKind> {
    use SyncError as E;
    Some(match error {
        E::OtherDatabase { .. } | E::SharedIsThisFile(_) => FailureKind::Refused,
        E::SharedRefused(store) | E::Store(store) => return store_kind(store),
        E::NoFolder(_) => FailureKind::NotFound,
        E::NotConfigured | E::Io { .. } => return None,
    })
}

/// `{"error":{"code":…,"message":…,"exit":…}}`, the form of an error under `--json`;
/// `message` is already in the user's language and cleaned of control characters.
pub fn json_error(kind: FailureKind, message: &str) -> String {
    serde_json::json!({
        "error": {
            "code": json_code(kind),
            "message": message,
            "exit": exit_code(kind),
        }
    })
    .to_string()
}

/// Whether `--json` is on the command line `args` (the program's name first), for a
/// refusal that comes before the command line could be read.
pub fn json_asked(args: &[std::ffi::OsString]) -> bool {
    super::before_parsing::options_of(args).any(|arg| arg == "--json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_is_found_through_the_context_around_it() {
        use anyhow::Context as _;
        let missing: anyhow::Result<()> = Err(StoreError::NotFound {
            what: "contact",
            query: "Noa".into(),
            hint: String::new(),
        }
        .into());
        let wrapped = missing.context("while showing").unwrap_err();
        assert_eq!(kind_of(&wrapped), FailureKind::NotFound);
        let newer = ServerError::Store(StoreError::TooNew {
            path: "a.db".into(),
            found: 99,
            supported: 1,
        });
        assert_eq!(kind_of(&newer.into()), FailureKind::Refused);
        assert_eq!(
            kind_of(&crate::failure::damaged("broken")),
            FailureKind::Damaged
        );
        assert_eq!(kind_of(&anyhow::anyhow!("plain")), FailureKind::Failed);
        let invalid = crate::config::ConfigError::Invalid {
            path: "config.toml".into(),
            message: "bad".into(),
        };
        assert_eq!(kind_of(&invalid.into()), FailureKind::Refused);
        assert_eq!(
            kind_of(&crate::failure::refused_because("--by", "no such split")),
            FailureKind::Refused
        );
    }

    #[test]
    fn a_json_error_is_one_object_with_a_stable_code() {
        let text = json_error(FailureKind::NotFound, "no contact matches \"x\"");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["error"]["code"], "not_found");
        assert_eq!(value["error"]["exit"], 3);
        assert_eq!(value["error"]["message"], "no contact matches \"x\"");
        assert!(!text.contains('\n'));
    }
}
