//! The contact operations a user performs: add a lead (or meet a returning one), edit,
//! and name a contact by id, phone, email or name.

use crate::domain::Contact;
use crate::domain::phone::{self, Phone};
use crate::domain::text::{clean_line, fold};
use crate::store::rows::contacts::{
    existing_contact_for, ids_by_phone_or_email, insert_contact, load_contact, update_contact,
};
use crate::store::rows::interactions::{record_event, record_lifecycle_event};
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;

/// How many contacts a name typed in part is checked against: those listed when it
/// names several.
const PARTIAL_NAMES_LISTED: usize = 20;

/// How a query named a contact, for messages and for ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactMatch {
    Id,
    Phone,
    Email,
    Name,
}

/// The changes worth a line on the timeline: status, lifecycle and owner.
fn state_changes(old: &Contact, new: &Contact) -> Vec<(&'static str, String)> {
    let mut changes = Vec::new();
    if old.status != new.status {
        let reason = new
            .disqualified_reason
            .as_deref()
            .map(|r| format!(": {r}"))
            .unwrap_or_default();
        changes.push((
            "status",
            format!("status {} → {}{reason}", old.status, new.status),
        ));
    }
    if old.lifecycle != new.lifecycle {
        changes.push((
            "lifecycle",
            format!("lifecycle {} → {}", old.lifecycle, new.lifecycle),
        ));
    }
    if old.owner != new.owner {
        let name = |o: &Option<String>| o.clone().unwrap_or_else(|| "nobody".into());
        changes.push((
            "owner",
            format!("owner {} → {}", name(&old.owner), name(&new.owner)),
        ));
    }
    changes
}

impl Store {
    pub fn contact(&self, id: &str) -> Result<Contact> {
        load_contact(self.conn(), id)?.ok_or_else(|| StoreError::NotFound {
            what: "contact",
            query: id.to_string(),
            hint: String::new(),
        })
    }

    /// Every contact, oldest first: what an export writes.
    pub fn all_contacts(&self) -> Result<Vec<Contact>> {
        let ids: Vec<String> = self
            .conn()
            .prepare_cached(
                "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY created_at, id",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter()
            .filter_map(|id| load_contact(self.conn(), id).transpose())
            .collect()
    }

    /// Saves a new contact as one transaction.
    pub fn insert_contact(&mut self, now: DateTime<Utc>, contact: &Contact) -> Result<()> {
        self.write_and_rescore(now, &contact.id, |tx, stamp| {
            insert_contact(tx, contact, stamp)
        })
    }

    /// Applies `edit` to the stored contact inside one transaction and saves what changed.
    pub fn edit_contact(
        &mut self,
        now: DateTime<Utc>,
        id: &str,
        edit: impl FnOnce(&Transaction<'_>, &mut Contact) -> Result<()>,
    ) -> Result<Contact> {
        self.write_and_rescore(now, id, |tx, stamp| {
            let old = load_contact(tx, id)?.ok_or_else(|| StoreError::NotFound {
                what: "contact",
                query: id.to_string(),
                hint: String::new(),
            })?;
            let mut new = old.clone();
            edit(tx, &mut new)?;
            update_contact(tx, &old, &new, stamp)?;
            for (subject, text) in state_changes(&old, &new) {
                if subject == "lifecycle" {
                    record_lifecycle_event(tx, id, new.lifecycle, &text, stamp)?;
                } else {
                    record_event(tx, id, subject, &text, stamp)?;
                }
            }
            load_contact(tx, id)?
                .ok_or_else(|| StoreError::invalid("contact", "vanished while saving"))
        })
    }

    /// The people the file knows, to own a lead: the desk's user, the owners leads
    /// have, and the names the config assigns leads to; sorted, each once.
    pub fn people(&self) -> Result<Vec<String>> {
        let owners: Vec<String> = self
            .conn()
            .prepare_cached(
                "SELECT DISTINCT owner FROM contacts WHERE owner IS NOT NULL AND deleted_at IS NULL",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let assignment = &self.config().assignment;
        let assigned = assignment.rules.iter().flat_map(|rule| &rule.assign);
        let mut people: Vec<String> = std::iter::once(self.user())
            .chain(owners.iter().map(String::as_str))
            .chain(assignment.sales.iter().chain(assigned).map(String::as_str))
            .map(crate::domain::text::clean_line)
            .filter(|person| !person.is_empty())
            .collect();
        people.sort_by_key(|person| fold(person));
        people.dedup_by_key(|person| fold(person));
        Ok(people)
    }

    /// Deletes a contact: a tombstone, so that every copy of the file learns of it
    /// on the next merge, and an edit made later elsewhere brings it back.
    pub fn delete_contact(&mut self, now: DateTime<Utc>, id: &str) -> Result<Contact> {
        self.write(now, |tx, stamp| {
            let contact = load_contact(tx, id)?.ok_or_else(|| StoreError::NotFound {
                what: "contact",
                query: id.to_string(),
                hint: String::new(),
            })?;
            crate::store::rows::tombstone(tx, crate::store::rows::Table::Contacts, id, stamp)?;
            crate::store::rows::contacts::refresh_search_row(tx, id)?;
            Ok(contact)
        })
    }

    /// Finds the one contact a user means: an id, a phone in any format, an email,
    /// or a name that matches exactly one contact.
    pub fn resolve_contact(&self, query: &str) -> Result<(Contact, ContactMatch)> {
        let query = query.trim();
        let not_found = |hint: String| StoreError::NotFound {
            what: "contact",
            query: query.to_string(),
            hint,
        };
        if uuid::Uuid::parse_str(query).is_ok() {
            return Ok((self.contact(query)?, ContactMatch::Id));
        }
        if let Some(email) = crate::domain::contact::normalize_email(query) {
            let ids = ids_by_phone_or_email(self.conn(), &[], &[&email])?;
            return self.pick_one(query, ids, ContactMatch::Email, not_found);
        }
        if phone::looks_like_phone(query) && phone::digits(query).len() >= 5 {
            let typed = Phone::parse(query, self.region());
            let mut ids = match &typed.e164 {
                Some(e164) => ids_by_phone_or_email(self.conn(), &[e164], &[])?,
                None => Vec::new(),
            };
            if ids.is_empty() {
                // Part of a number ("4900148") names a contact when only one has it.
                ids = self
                    .search(query, Some(10))?
                    .into_iter()
                    .filter(|hit| hit.matched_on == crate::store::search::MatchedOn::Phone)
                    .map(|hit| hit.contact.id)
                    .collect();
            }
            return self.pick_one(query, ids, ContactMatch::Phone, not_found);
        }
        let name = fold(query);
        let mut ids: Vec<String> = self
            .conn()
            .prepare_cached(
                "SELECT s.contact_id FROM contact_search s WHERE s.name_key = ?1 ORDER BY s.last_activity_at DESC",
            )?
            .query_map([&name], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if ids.is_empty() && !name.is_empty() {
            // Another spelling names the contact as well as its main name does (the
            // aliases stand in alias_key between `KEY_SEPARATOR`s).
            ids = self
                .conn()
                .prepare_cached(
                    "SELECT s.contact_id FROM contact_search s
                      WHERE instr(' | ' || s.alias_key || ' | ', ' | ' || ?1 || ' | ') > 0
                      ORDER BY s.last_activity_at DESC",
                )?
                .query_map([&name], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
        }
        if ids.is_empty() {
            // "Avi" for two "Avi …": several people the user may mean, not nobody.
            let partial = self.named_in_part(query)?;
            if partial.len() > 1 {
                return self.pick_one(query, partial, ContactMatch::Name, not_found);
            }
            if let [id] = partial.as_slice() {
                // One name holds it, but a part of a name is not taken for the whole:
                // a write to the wrong person is worse than a second try.
                return Err(StoreError::PartOfName {
                    query: query.to_string(),
                    candidate: self.candidate_lines(std::slice::from_ref(id))?.concat(),
                });
            }
            let suggestions: Vec<String> = self
                .search(query, Some(3))?
                .into_iter()
                .map(|hit| hit.contact.name)
                .collect();
            let hint = if suggestions.is_empty() {
                String::new()
            } else {
                format!("; did you mean {}?", suggestions.join(", "))
            };
            return Err(not_found(hint));
        }
        self.pick_one(query, ids, ContactMatch::Name, not_found)
    }

    /// The contacts whose name (or another spelling of it) has every word of
    /// `query` as one of its words ("Avi" names "Avi Cohen" and "Avi Levi"), or,
    /// when none has, starting one of its words ("Avi" names "Noa Avital", "avi co"
    /// "Avi Cohen"). Most recently active first.
    fn named_in_part(&self, query: &str) -> Result<Vec<String>> {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let holds_every_word = |name: &str, whole: bool| {
            let name = fold(name);
            let name_words: Vec<&str> = name.split_whitespace().collect();
            words.iter().all(|word| {
                name_words
                    .iter()
                    .any(|n| *n == word.as_str() || !whole && n.starts_with(word.as_str()))
            })
        };
        let hits = self.search(query, Some(PARTIAL_NAMES_LISTED))?;
        let named = |whole: bool| -> Vec<String> {
            hits.iter()
                .filter(|hit| {
                    std::iter::once(&hit.contact.name)
                        .chain(&hit.contact.aliases)
                        .any(|name| holds_every_word(name, whole))
                })
                .map(|hit| hit.contact.id.clone())
                .collect()
        };
        let whole_words = named(true);
        Ok(if whole_words.is_empty() {
            named(false)
        } else {
            whole_words
        })
    }

    /// One line per contact, to tell them apart: the name (padded, so the columns
    /// line up), its phone, company and email, and its id.
    fn candidate_lines(&self, ids: &[String]) -> Result<Vec<String>> {
        use unicode_width::UnicodeWidthStr;
        let contacts = ids
            .iter()
            .map(|id| self.contact(id))
            .collect::<Result<Vec<_>>>()?;
        let names: Vec<String> = contacts.iter().map(|c| clean_line(&c.name)).collect();
        let width = names.iter().map(|n| n.width()).max().unwrap_or(0);
        Ok(contacts
            .iter()
            .zip(&names)
            .map(|(c, name)| {
                let phone = c
                    .primary_phone()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                let company = c.company().unwrap_or_default();
                let email = c.emails.first().map(String::as_str).unwrap_or_default();
                let facts: Vec<&str> = [phone.as_str(), company, email]
                    .into_iter()
                    .filter(|fact| !fact.is_empty())
                    .collect();
                let pad = " ".repeat(width - name.width());
                let facts: Vec<String> = facts.into_iter().map(clean_line).collect();
                format!("  {name}{pad}  {} · id {}", facts.join(" · "), c.id)
            })
            .collect())
    }

    fn pick_one(
        &self,
        query: &str,
        ids: Vec<String>,
        how: ContactMatch,
        not_found: impl Fn(String) -> StoreError,
    ) -> Result<(Contact, ContactMatch)> {
        match ids.as_slice() {
            [] => Err(not_found(String::new())),
            [id] => Ok((self.contact(id)?, how)),
            many => {
                let candidates = self.candidate_lines(many)?;
                Err(StoreError::Ambiguous {
                    query: query.to_string(),
                    candidates,
                })
            }
        }
    }
}

impl Store {
    /// Adds a lead, unless one of its phones or emails already belongs to a contact: then
    /// that contact comes back (with any new phones and emails added) and the return is
    /// recorded on its timeline. Returns the contact and whether it was created.
    pub fn add_lead(&mut self, now: DateTime<Utc>, lead: &Contact) -> Result<(Contact, bool)> {
        let config = self.config().clone();
        self.write(now, |tx, stamp| {
            let Some(existing_id) = existing_contact_for(tx, lead)? else {
                insert_contact(tx, lead, stamp)?;
                super::assignment::assign_new_lead(tx, &lead.id, &config, stamp)?;
                super::engine::rescore_contact(tx, &lead.id, &config, stamp)?;
                let contact = load_contact(tx, &lead.id)?
                    .ok_or_else(|| StoreError::invalid("contact", "vanished while saving"))?;
                return Ok((contact, false));
            };
            let old = load_contact(tx, &existing_id)?
                .ok_or_else(|| StoreError::invalid("contact", "vanished while saving"))?;
            let mut new = old.clone();
            absorb_reachability(&mut new, lead);
            note_return(tx, &mut new)?;
            update_contact(tx, &old, &new, stamp)?;
            let via = lead
                .source
                .as_deref()
                .map(|s| format!(" via {s}"))
                .unwrap_or_default();
            record_event(
                tx,
                &existing_id,
                "returned",
                &format!("came back{via}: added again as \"{}\"", lead.name),
                stamp,
            )?;
            super::engine::rescore_contact(tx, &existing_id, &config, stamp)?;
            let contact = load_contact(tx, &existing_id)?
                .ok_or_else(|| StoreError::invalid("contact", "vanished while saving"))?;
            Ok((contact, true))
        })
        .map(|(contact, existed)| (contact, !existed))
    }
}

/// A known contact met again (added again, or matched by an imported record) is
/// flagged `returning` when we already talked or did business with them. The one
/// rule for every path that meets a contact again.
pub(crate) fn note_return(tx: &Transaction<'_>, contact: &mut Contact) -> Result<()> {
    if contact.flags.iter().any(|f| f == "returning") {
        return Ok(());
    }
    // `+stage` keeps SQLite on the contact's deals: see `facts_for`.
    let has_history: bool = tx
        .prepare_cached(concat!(
            "SELECT EXISTS (SELECT 1 FROM interactions i WHERE i.contact_id = ?1 AND i.kind != 'event' AND ",
            crate::store::rows::interactions::is_current!(),
            ") OR EXISTS (SELECT 1 FROM deals WHERE contact_id = ?1 AND +stage = 'Won' AND deleted_at IS NULL)"
        ))?
        .query_row([&contact.id], |r| r.get(0))?;
    if has_history {
        contact.flags.push("returning".into());
    }
    Ok(())
}

/// What a matched record (an added lead, an imported row) always brings to the
/// contact it matched: its phones, emails and companies, and its name as an alias
/// when it spells the name otherwise.
pub(crate) fn absorb_reachability(contact: &mut Contact, incoming: &Contact) {
    contact.absorb(&incoming.phones, &incoming.emails);
    contact.add_alias(&incoming.name);
    for alias in &incoming.aliases {
        contact.add_alias(alias);
    }
    for membership in &incoming.accounts {
        if !contact.belongs_to(&membership.account) {
            contact.accounts.push(membership.clone());
        }
    }
}
