//! Contacts with their phones, emails and account memberships.

use super::rows::{Table, from_json, from_ms, json, ms, text, tombstone, update_fields};
use super::{Result, Stamp, Store, StoreError, new_id};
use crate::domain::phone::{self, Phone};
use crate::domain::text::fold;
use crate::domain::{Contact, Membership};
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

/// The scalar columns of `contacts`, in the order [`scalar_values`] gives them.
const SCALAR_FIELDS: [&str; 15] = [
    "name",
    "kind",
    "source",
    "campaign",
    "origin",
    "owner",
    "lifecycle",
    "status",
    "disqualified_reason",
    "quality",
    "flags",
    "preferred_channel",
    "best_time",
    "notes",
    "custom",
];

fn scalar_values(c: &Contact) -> [Value; 15] {
    [
        Value::Text(c.name.clone()),
        Value::Text(c.kind.to_string()),
        text(c.source.as_deref()),
        text(c.campaign.as_deref()),
        text(c.origin.map(|o| o.as_str())),
        text(c.owner.as_deref()),
        Value::Text(c.lifecycle.to_string()),
        Value::Text(c.status.to_string()),
        text(c.disqualified_reason.as_deref()),
        c.quality.map_or(Value::Null, |q| Value::Integer(q.into())),
        json(&c.flags),
        text(c.preferred_channel.as_deref()),
        text(c.best_time.as_deref()),
        text(c.notes.as_deref()),
        json(&c.custom),
    ]
}

/// How a query named a contact, for messages and for ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactMatch {
    Id,
    Phone,
    Email,
    Name,
}

pub(crate) fn insert_contact(tx: &Transaction<'_>, contact: &Contact, stamp: &Stamp) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO contacts (id, name, kind, source, campaign, origin, owner, lifecycle, status,
            disqualified_reason, quality, flags, preferred_channel, best_time, notes, custom,
            created_at, updated_at, updated_by, clock)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
    )?;
    let [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o] = scalar_values(contact);
    stmt.execute(params![
        contact.id,
        a,
        b,
        c,
        d,
        e,
        f,
        g,
        h,
        i,
        j,
        k,
        l,
        m,
        n,
        o,
        ms(contact.created_at),
        ms(stamp.at),
        stamp.user,
        stamp.clock,
    ])?;
    for phone in &contact.phones {
        insert_phone(tx, &contact.id, phone, stamp)?;
    }
    for email in &contact.emails {
        insert_email(tx, &contact.id, email, stamp)?;
    }
    for membership in &contact.accounts {
        insert_membership(tx, &contact.id, membership, stamp)?;
    }
    write_search_row(tx, contact, ms(contact.created_at))?;
    Ok(())
}

fn insert_phone(
    tx: &Transaction<'_>,
    contact_id: &str,
    phone: &Phone,
    stamp: &Stamp,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO contact_phones (id, contact_id, raw, e164, created_at, updated_at, updated_by, clock)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7)",
    )?
    .execute(params![
        new_id(),
        contact_id,
        phone.raw,
        phone.e164,
        ms(stamp.at),
        stamp.user,
        stamp.clock,
    ])?;
    Ok(())
}

fn insert_email(tx: &Transaction<'_>, contact_id: &str, email: &str, stamp: &Stamp) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO contact_emails (id, contact_id, email, created_at, updated_at, updated_by, clock)
         VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6)",
    )?
    .execute(params![
        new_id(),
        contact_id,
        email,
        ms(stamp.at),
        stamp.user,
        stamp.clock,
    ])?;
    Ok(())
}

fn insert_membership(
    tx: &Transaction<'_>,
    contact_id: &str,
    membership: &Membership,
    stamp: &Stamp,
) -> Result<()> {
    let account_id = if membership.account_id.is_empty() {
        super::accounts::ensure_account(tx, &membership.account, stamp)?
    } else {
        membership.account_id.clone()
    };
    tx.prepare_cached(
        "INSERT INTO memberships (id, contact_id, account_id, role, created_at, updated_at, updated_by, clock)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7)",
    )?
    .execute(params![
        new_id(),
        contact_id,
        account_id,
        membership.role.map(|r| r.as_str()),
        ms(stamp.at),
        stamp.user,
        stamp.clock,
    ])?;
    Ok(())
}

/// Writes the differences between two versions of a contact: only changed fields get
/// a new clock, added phones and emails get rows, removed ones get tombstones.
pub(crate) fn update_contact(
    tx: &Transaction<'_>,
    old: &Contact,
    new: &Contact,
    stamp: &Stamp,
) -> Result<()> {
    let changes: Vec<(&'static str, Value)> = SCALAR_FIELDS
        .iter()
        .zip(scalar_values(old).into_iter().zip(scalar_values(new)))
        .filter(|(_, (before, after))| before != after)
        .map(|(field, (_, after))| (*field, after))
        .collect();
    update_fields(tx, Table::Contacts, &new.id, &changes, stamp)?;

    for phone in new.phones.iter().filter(|p| !old.phones.contains(p)) {
        insert_phone(tx, &new.id, phone, stamp)?;
    }
    for phone in old.phones.iter().filter(|p| !new.phones.contains(p)) {
        let sql = "SELECT id FROM contact_phones WHERE contact_id = ?1 AND raw = ?2 AND deleted_at IS NULL";
        tombstone_children(tx, Table::Phones, sql, &new.id, &phone.raw, stamp)?;
    }
    for email in new.emails.iter().filter(|e| !old.emails.contains(e)) {
        insert_email(tx, &new.id, email, stamp)?;
    }
    for email in old.emails.iter().filter(|e| !new.emails.contains(e)) {
        let sql = "SELECT id FROM contact_emails WHERE contact_id = ?1 AND email = ?2 AND deleted_at IS NULL";
        tombstone_children(tx, Table::Emails, sql, &new.id, email, stamp)?;
    }
    update_memberships(tx, old, new, stamp)?;
    refresh_search_row(tx, &new.id)?;
    Ok(())
}

fn update_memberships(
    tx: &Transaction<'_>,
    old: &Contact,
    new: &Contact,
    stamp: &Stamp,
) -> Result<()> {
    let same_account = |a: &Membership, b: &Membership| fold(&a.account) == fold(&b.account);
    for membership in &new.accounts {
        match old.accounts.iter().find(|m| same_account(m, membership)) {
            None => insert_membership(tx, &new.id, membership, stamp)?,
            Some(before) if before.role != membership.role => {
                let ids = child_ids(
                    tx,
                    "SELECT id FROM memberships WHERE contact_id = ?1 AND account_id = ?2 AND deleted_at IS NULL",
                    &new.id,
                    &before.account_id,
                )?;
                for id in ids {
                    let role = text(membership.role.map(|r| r.as_str()));
                    update_fields(tx, Table::Memberships, &id, &[("role", role)], stamp)?;
                }
            }
            Some(_) => {}
        }
    }
    for before in old
        .accounts
        .iter()
        .filter(|m| !new.accounts.iter().any(|n| same_account(n, m)))
    {
        let sql = "SELECT id FROM memberships WHERE contact_id = ?1 AND account_id = ?2 AND deleted_at IS NULL";
        tombstone_children(
            tx,
            Table::Memberships,
            sql,
            &new.id,
            &before.account_id,
            stamp,
        )?;
    }
    Ok(())
}

/// Tombstones the live child rows of a contact that `sql` selects by contact and key.
fn tombstone_children(
    tx: &Transaction<'_>,
    table: Table,
    sql: &str,
    contact_id: &str,
    key: &str,
    stamp: &Stamp,
) -> Result<()> {
    for id in child_ids(tx, sql, contact_id, key)? {
        tombstone(tx, table, &id, stamp)?;
    }
    Ok(())
}

fn child_ids(tx: &Transaction<'_>, sql: &str, contact_id: &str, key: &str) -> Result<Vec<String>> {
    let mut stmt = tx.prepare_cached(sql)?;
    let ids = stmt
        .query_map(params![contact_id, key], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(ids)
}

/// Rebuilds the derived search row of one contact from its stored state.
pub(crate) fn refresh_search_row(tx: &Connection, contact_id: &str) -> Result<()> {
    let Some(contact) = load_contact(tx, contact_id)? else {
        tx.execute(
            "DELETE FROM contact_search WHERE contact_id = ?1",
            [contact_id],
        )?;
        return Ok(());
    };
    let last_activity: Option<i64> = tx
        .prepare_cached("SELECT max(occurred_at) FROM interactions WHERE contact_id = ?1")?
        .query_row([contact_id], |r| r.get(0))?;
    let created = ms(contact.created_at);
    write_search_row(tx, &contact, last_activity.unwrap_or(created).max(created))
}

fn write_search_row(tx: &Connection, contact: &Contact, last_activity: i64) -> Result<()> {
    let company_key = contact
        .accounts
        .iter()
        .map(|m| fold(&m.account))
        .collect::<Vec<_>>()
        .join(" | ");
    let digits = contact
        .phones
        .iter()
        .map(Phone::search_digits)
        .collect::<Vec<_>>()
        .join(" ");
    tx.prepare_cached(
        "INSERT INTO contact_search (contact_id, name_key, company_key, emails, phone_digits, last_activity_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (contact_id) DO UPDATE SET name_key = excluded.name_key,
             company_key = excluded.company_key, emails = excluded.emails,
             phone_digits = excluded.phone_digits, last_activity_at = excluded.last_activity_at",
    )?
    .execute(params![
        contact.id,
        fold(&contact.name),
        company_key,
        contact.emails.join(" "),
        digits,
        last_activity,
    ])?;
    Ok(())
}

pub(crate) fn load_contact(conn: &Connection, id: &str) -> Result<Option<Contact>> {
    let contact = conn
        .prepare_cached(
            "SELECT id, name, kind, source, campaign, origin, owner, lifecycle, status,
                disqualified_reason, quality, flags, preferred_channel, best_time, notes, custom,
                created_at, updated_at, updated_by
             FROM contacts WHERE id = ?1 AND deleted_at IS NULL",
        )?
        .query_row([id], contact_from_row)
        .optional()?;
    let Some(mut contact) = contact else {
        return Ok(None);
    };
    contact.phones = conn
        .prepare_cached(
            "SELECT raw, e164 FROM contact_phones WHERE contact_id = ?1 AND deleted_at IS NULL ORDER BY created_at, id",
        )?
        .query_map([id], |r| Ok(Phone { raw: r.get(0)?, e164: r.get(1)? }))?
        .collect::<rusqlite::Result<_>>()?;
    contact.emails = conn
        .prepare_cached(
            "SELECT email FROM contact_emails WHERE contact_id = ?1 AND deleted_at IS NULL ORDER BY created_at, id",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    contact.accounts = conn
        .prepare_cached(
            "SELECT a.id, a.name, m.role FROM memberships m JOIN accounts a ON a.id = m.account_id
             WHERE m.contact_id = ?1 AND m.deleted_at IS NULL AND a.deleted_at IS NULL
             ORDER BY m.created_at, m.id",
        )?
        .query_map([id], |r| {
            Ok(Membership {
                account_id: r.get(0)?,
                account: r.get(1)?,
                role: r.get::<_, Option<String>>(2)?.and_then(|s| s.parse().ok()),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(contact))
}

fn contact_from_row(r: &Row<'_>) -> rusqlite::Result<Contact> {
    let word = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    let created: i64 = r.get(16)?;
    let updated: i64 = r.get(17)?;
    Ok(Contact {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: word(2)?
            .parse()
            .unwrap_or(crate::domain::ContactKind::Person),
        phones: Vec::new(),
        emails: Vec::new(),
        accounts: Vec::new(),
        source: r.get(3)?,
        campaign: r.get(4)?,
        origin: r.get::<_, Option<String>>(5)?.and_then(|s| s.parse().ok()),
        owner: r.get(6)?,
        lifecycle: word(7)?.parse().unwrap_or(crate::domain::Lifecycle::Lead),
        status: word(8)?.parse().unwrap_or(crate::domain::LeadStatus::New),
        disqualified_reason: r.get(9)?,
        quality: r
            .get::<_, Option<i64>>(10)?
            .and_then(|q| u8::try_from(q).ok()),
        flags: from_json(&word(11)?),
        preferred_channel: r.get(12)?,
        best_time: r.get(13)?,
        notes: r.get(14)?,
        custom: from_json(&word(15)?),
        created_at: from_ms(created),
        updated_at: from_ms(updated),
        updated_by: r.get(18)?,
    })
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

/// Ids of live contacts that have any of these E.164 numbers or emails.
pub(crate) fn ids_by_phone_or_email(
    conn: &Connection,
    e164s: &[&str],
    emails: &[&str],
) -> Result<Vec<String>> {
    let mut ids: Vec<String> = Vec::new();
    let mut by_phone = conn.prepare_cached(
        "SELECT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
         WHERE p.e164 = ?1 AND p.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY c.created_at",
    )?;
    for e164 in e164s {
        for id in by_phone.query_map([e164], |r| r.get::<_, String>(0))? {
            ids.push(id?);
        }
    }
    let mut by_email = conn.prepare_cached(
        "SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
         WHERE e.email = ?1 AND e.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY c.created_at",
    )?;
    for email in emails {
        for id in by_email.query_map([email], |r| r.get::<_, String>(0))? {
            ids.push(id?);
        }
    }
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    Ok(ids)
}

impl Store {
    pub fn contact(&self, id: &str) -> Result<Contact> {
        load_contact(self.conn(), id)?.ok_or_else(|| StoreError::NotFound {
            what: "contact",
            query: id.to_string(),
            hint: String::new(),
        })
    }

    /// Saves a new contact as one transaction.
    pub fn insert_contact(&mut self, now: DateTime<Utc>, contact: &Contact) -> Result<()> {
        self.write(now, |tx, stamp| insert_contact(tx, contact, stamp))
    }

    /// Applies `edit` to the stored contact inside one transaction and saves what changed.
    pub fn edit_contact(
        &mut self,
        now: DateTime<Utc>,
        id: &str,
        edit: impl FnOnce(&Transaction<'_>, &mut Contact) -> Result<()>,
    ) -> Result<Contact> {
        self.write(now, |tx, stamp| {
            let old = load_contact(tx, id)?.ok_or_else(|| StoreError::NotFound {
                what: "contact",
                query: id.to_string(),
                hint: String::new(),
            })?;
            let mut new = old.clone();
            edit(tx, &mut new)?;
            update_contact(tx, &old, &new, stamp)?;
            for (subject, text) in state_changes(&old, &new) {
                super::interactions::record_event(tx, id, subject, &text, stamp)?;
            }
            load_contact(tx, id)?
                .ok_or_else(|| StoreError::invalid("contact", "vanished while saving"))
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
                    .filter(|hit| hit.matched_on == super::search::MatchedOn::Phone)
                    .map(|hit| hit.contact.id)
                    .collect();
            }
            return self.pick_one(query, ids, ContactMatch::Phone, not_found);
        }
        let ids: Vec<String> = self
            .conn()
            .prepare_cached(
                "SELECT s.contact_id FROM contact_search s WHERE s.name_key = ?1 ORDER BY s.last_activity_at DESC",
            )?
            .query_map([fold(query)], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if ids.is_empty() {
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
                let candidates = many
                    .iter()
                    .map(|id| {
                        let c = self.contact(id)?;
                        let phone = c
                            .primary_phone()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default();
                        let email = c.emails.first().cloned().unwrap_or_default();
                        Ok(format!("  {}  {}  {}  {}", c.id, c.name, phone, email))
                    })
                    .collect::<Result<Vec<_>>>()?;
                Err(StoreError::Ambiguous {
                    query: query.to_string(),
                    candidates,
                })
            }
        }
    }

    /// The existing contact that already has one of these numbers or emails, if any.
    pub fn find_existing(&self, phones: &[Phone], emails: &[String]) -> Result<Option<Contact>> {
        let e164s: Vec<&str> = phones.iter().filter_map(|p| p.e164.as_deref()).collect();
        let emails: Vec<&str> = emails.iter().map(String::as_str).collect();
        match ids_by_phone_or_email(self.conn(), &e164s, &emails)?.first() {
            Some(id) => Ok(Some(self.contact(id)?)),
            None => Ok(None),
        }
    }
}

impl Store {
    /// Adds a lead, unless one of its phones or emails already belongs to a contact: then
    /// that contact comes back (with any new phones and emails added) and the return is
    /// recorded on its timeline. Returns the contact and whether it was created.
    pub fn add_lead(&mut self, now: DateTime<Utc>, lead: &Contact) -> Result<(Contact, bool)> {
        self.write(now, |tx, stamp| {
            let e164s: Vec<&str> = lead
                .phones
                .iter()
                .filter_map(|p| p.e164.as_deref())
                .collect();
            let emails: Vec<&str> = lead.emails.iter().map(String::as_str).collect();
            let Some(existing_id) = ids_by_phone_or_email(tx, &e164s, &emails)?
                .into_iter()
                .next()
            else {
                insert_contact(tx, lead, stamp)?;
                let contact = load_contact(tx, &lead.id)?
                    .ok_or_else(|| StoreError::invalid("contact", "vanished while saving"))?;
                return Ok((contact, false));
            };
            let old = load_contact(tx, &existing_id)?
                .ok_or_else(|| StoreError::invalid("contact", "vanished while saving"))?;
            let mut new = old.clone();
            absorb_reachability(&mut new, lead);
            update_contact(tx, &old, &new, stamp)?;
            let via = lead
                .source
                .as_deref()
                .map(|s| format!(" via {s}"))
                .unwrap_or_default();
            super::interactions::record_event(
                tx,
                &existing_id,
                "returned",
                &format!("came back{via}: added again as \"{}\"", lead.name),
                stamp,
            )?;
            let contact = load_contact(tx, &existing_id)?
                .ok_or_else(|| StoreError::invalid("contact", "vanished while saving"))?;
            Ok((contact, true))
        })
        .map(|(contact, existed)| (contact, !existed))
    }
}

fn absorb_reachability(contact: &mut Contact, incoming: &Contact) {
    contact.absorb(&incoming.phones, &incoming.emails);
    for membership in &incoming.accounts {
        if !contact.belongs_to(&membership.account) {
            contact.accounts.push(membership.clone());
        }
    }
}
