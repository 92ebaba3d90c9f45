//! Contacts with their phones, emails and account memberships.

use super::meta::{Stamp, new_id};
use super::{Table, from_json, from_ms, json, ms, text, tombstone, update_fields};
use crate::domain::phone::Phone;
use crate::domain::scoring::Temperature;
use crate::domain::text::{clean_line, fold};
use crate::domain::{Contact, Membership};
use crate::store::Result;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

/// The scalar columns of `contacts`, in the order [`scalar_values`] gives them.
const SCALAR_FIELDS: [&str; 16] = [
    "name",
    "aliases",
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

fn scalar_values(c: &Contact) -> [Value; 16] {
    [
        Value::Text(c.name.clone()),
        json(&c.aliases),
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

pub(crate) fn insert_contact(tx: &Transaction<'_>, contact: &Contact, stamp: &Stamp) -> Result<()> {
    insert_contact_rows(tx, contact, stamp)?;
    let state = SearchState {
        last_activity: ms(contact.created_at),
        score: None,
    };
    write_search_row(tx, contact, &state)
}

/// The contact's own rows (phones, emails, memberships included), without its
/// search row.
pub(crate) fn insert_contact_rows(
    tx: &Transaction<'_>,
    contact: &Contact,
    stamp: &Stamp,
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO contacts (id, name, aliases, kind, source, campaign, origin, owner, lifecycle,
            status, disqualified_reason, quality, flags, preferred_channel, best_time, notes, custom,
            created_at, updated_at, updated_by, clock)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
    )?;
    let [a, aliases, b, c, d, e, f, g, h, i, j, k, l, m, n, o] = scalar_values(contact);
    stmt.execute(params![
        contact.id,
        a,
        aliases,
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

    update_phones(tx, old, new, stamp)?;
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

/// Phones are listed in the order they were stored, the first the primary. Those
/// kept and those added are stored as before; when the new order is another one (a
/// number moved first), the phones from the first difference on are stored again, in
/// order: old rows tombstoned first, since a tombstone finds its row by the number.
fn update_phones(tx: &Transaction<'_>, old: &Contact, new: &Contact, stamp: &Stamp) -> Result<()> {
    let kept = old.phones.iter().filter(|p| new.phones.contains(p));
    let added = new.phones.iter().filter(|p| !old.phones.contains(p));
    let in_place = kept
        .chain(added)
        .zip(&new.phones)
        .take_while(|(stored, wanted)| stored == wanted)
        .count();
    let settled = &new.phones[..in_place];
    for phone in old.phones.iter().filter(|p| !settled.contains(p)) {
        let sql = "SELECT id FROM contact_phones WHERE contact_id = ?1 AND raw = ?2 AND deleted_at IS NULL";
        tombstone_children(tx, Table::Phones, sql, &new.id, &phone.raw, stamp)?;
    }
    for (index, phone) in new.phones.iter().enumerate() {
        if index >= in_place || !old.phones.contains(phone) {
            insert_phone(tx, &new.id, phone, stamp)?;
        }
    }
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
        .prepare_cached(concat!(
            "SELECT max(i.occurred_at) FROM interactions i WHERE i.contact_id = ?1 AND ",
            crate::store::rows::interactions::is_current!()
        ))?
        .query_row([contact_id], |r| r.get(0))?;
    let created = ms(contact.created_at);
    let state = SearchState {
        last_activity: last_activity.unwrap_or(created).max(created),
        score: None,
    };
    write_search_row(tx, &contact, &state)
}

/// What a contact's search row holds besides what the contact itself says.
pub(crate) struct SearchState {
    /// The time of its latest interaction, or of its creation when it has none.
    pub last_activity: i64,
    /// Its score and temperature when new (an existing row keeps its own): a contact
    /// scored before its row is written gets a row written once, not twice.
    pub score: Option<(i64, Temperature)>,
}

/// Writes (or rewrites) the contact's search row. A new row comes with its chunk, the
/// one its rowid falls in, so the insert trigger need not write the row a second time.
pub(crate) fn write_search_row(
    tx: &Connection,
    contact: &Contact,
    state: &SearchState,
) -> Result<()> {
    let company_key = contact
        .accounts
        .iter()
        .map(|m| fold(&m.account))
        .collect::<Vec<_>>()
        .join(KEY_SEPARATOR);
    let alias_key = alias_key(&contact.aliases);
    let digits = contact
        .phones
        .iter()
        .map(Phone::search_digits)
        .collect::<Vec<_>>()
        .join(" ");
    let (score, temperature) = state.score.unwrap_or((0, Temperature::Cold));
    // max(rowid) in a scalar subquery, where SQLite reads it off the table's last row
    // (in a FROM it scans the whole table). `WHERE true` tells the parser that ON
    // CONFLICT is the upsert's, not a join's.
    tx.prepare_cached(
        "INSERT INTO contact_search (rowid, search_chunk, contact_id, name, phone, status, lifecycle,
             owner, source, campaign, created_at, name_key, company_key, emails, phone_digits,
             last_activity_at, score, temperature, alias_key)
         SELECT next, next / 256, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17
           FROM (SELECT coalesce((SELECT max(rowid) FROM contact_search), 0) + 1 AS next) WHERE true
         ON CONFLICT (contact_id) DO UPDATE SET name = excluded.name, phone = excluded.phone,
             status = excluded.status, lifecycle = excluded.lifecycle, owner = excluded.owner,
             source = excluded.source, campaign = excluded.campaign, created_at = excluded.created_at,
             name_key = excluded.name_key, company_key = excluded.company_key, emails = excluded.emails,
             phone_digits = excluded.phone_digits, last_activity_at = excluded.last_activity_at,
             alias_key = excluded.alias_key",
    )?
    .execute(params![
        contact.id,
        contact.name,
        contact.primary_phone().map(|p| p.display().to_string()),
        contact.status.as_str(),
        contact.lifecycle.as_str(),
        contact.owner,
        contact.source,
        contact.campaign,
        ms(contact.created_at),
        fold(&contact.name),
        company_key,
        contact.emails.join(" "),
        digits,
        state.last_activity,
        score,
        temperature.as_str(),
        alias_key,
    ])?;
    Ok(())
}

/// What separates one company, or one alias, from the next in a search row's keys.
pub(crate) const KEY_SEPARATOR: &str = " | ";

/// The aliases as search reads them: folded, one after another, separated as the
/// company key separates companies.
pub(crate) fn alias_key(aliases: &[String]) -> String {
    aliases
        .iter()
        .map(|a| fold(a))
        .filter(|a| !a.is_empty())
        .collect::<Vec<_>>()
        .join(KEY_SEPARATOR)
}

pub(crate) fn load_contact(conn: &Connection, id: &str) -> Result<Option<Contact>> {
    let contact = conn
        .prepare_cached(
            "SELECT id, name, kind, source, campaign, origin, owner, lifecycle, status,
                disqualified_reason, quality, flags, preferred_channel, best_time, notes, custom,
                created_at, updated_at, updated_by, aliases
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
        // Cleaned as read: a colleague's file may hold any text in its JSON.
        aliases: from_json::<Vec<String>>(&word(19)?)
            .iter()
            .map(|a| clean_line(a))
            .filter(|a| !a.is_empty())
            .collect(),
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

/// The stored contact `contact` is, by its phones and emails. A phone can be shared
/// (an office line, a family's landline) where an email rarely is, so the contact
/// sharing the most counts, an email as two phones; then the one with the same name;
/// then the oldest.
pub(crate) fn existing_contact_for(conn: &Connection, contact: &Contact) -> Result<Option<String>> {
    let mut candidates: Vec<(String, u32)> = Vec::new();
    let mut weigh = |ids: Vec<String>, weight: u32| {
        for id in ids {
            match candidates.iter_mut().find(|(known, _)| *known == id) {
                Some((_, total)) => *total += weight,
                None => candidates.push((id, weight)),
            }
        }
    };
    for phone in &contact.phones {
        if let Some(e164) = phone.e164.as_deref() {
            weigh(ids_by_number(conn, e164, extension_of(&phone.raw))?, 1);
        }
    }
    for email in &contact.emails {
        weigh(ids_by_phone_or_email(conn, &[], &[email])?, 2);
    }
    let Some(best) = candidates.iter().map(|(_, weight)| *weight).max() else {
        return Ok(None);
    };
    // A stable sort: among equals, the first found (each lookup lists the oldest first).
    candidates.sort_by_key(|(_, weight)| std::cmp::Reverse(*weight));
    let tied: Vec<&String> = candidates
        .iter()
        .filter(|(_, weight)| *weight == best)
        .map(|(id, _)| id)
        .collect();
    if tied.len() > 1 {
        let name = fold(&contact.name);
        for id in &tied {
            let stored: Option<String> = conn
                .prepare_cached("SELECT name FROM contacts WHERE id = ?1")?
                .query_row([id], |r| r.get(0))
                .optional()?;
            if stored.is_some_and(|n| fold(&n) == name) {
                return Ok(Some((*id).clone()));
            }
        }
    }
    Ok(tied.first().map(|id| (*id).clone()))
}

/// The extension's digits a phone was written with, if any.
fn extension_of(raw: &str) -> Option<&str> {
    crate::domain::phone_extension::split_extension(raw).map(|e| e.digits)
}

/// Ids of live contacts that have this E.164 number with this extension (or both
/// without), oldest first: two people at one switchboard share the number, not the
/// extension, and are two contacts.
fn ids_by_number(conn: &Connection, e164: &str, extension: Option<&str>) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.contact_id, p.raw FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
         WHERE p.e164 = ?1 AND p.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY c.created_at",
    )?;
    let mut ids: Vec<String> = Vec::new();
    for row in stmt.query_map([e164], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })? {
        let (id, raw) = row?;
        if extension_of(&raw) == extension && !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Ids of live contacts that have any of these E.164 numbers or emails, oldest first.
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
