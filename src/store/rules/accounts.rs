//! Putting a contact at an account in a role: one edit of the contact, so its
//! membership, its search row and its score (a decision maker scores) change together.

use crate::domain::text::fold;
use crate::domain::{Contact, Membership, Role};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;

impl Store {
    /// Adds the contact to the account in `role`, or gives them that role there when
    /// they are at it already; one transaction.
    pub fn add_to_account(
        &mut self,
        now: DateTime<Utc>,
        account_id: &str,
        contact_id: &str,
        role: Role,
    ) -> Result<Contact> {
        self.edit_contact(now, contact_id, |tx, contact| {
            let account: Option<String> = tx
                .prepare_cached("SELECT name FROM accounts WHERE id = ?1 AND deleted_at IS NULL")?
                .query_row([account_id], |r| r.get(0))
                .optional()?;
            let account = account.ok_or_else(|| StoreError::NotFound {
                what: "account",
                query: account_id.to_string(),
                hint: String::new(),
            })?;
            // A membership is one per company name, as an edit of the contact keeps it.
            let at = contact
                .accounts
                .iter_mut()
                .find(|m| m.account_id == account_id || fold(&m.account) == fold(&account));
            match at {
                Some(membership) => membership.role = Some(role),
                None => contact.accounts.push(Membership {
                    account_id: account_id.to_string(),
                    account,
                    role: Some(role),
                }),
            }
            Ok(())
        })
    }
}
