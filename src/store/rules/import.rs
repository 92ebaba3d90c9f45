//! Contacts from a file, in one transaction: matched on phone or email against the
//! file itself and the database, merged without losing anything already stored.

use super::engine::{first_score, record_first_score};
use crate::config::Config;
use crate::domain::Contact;
use crate::store::rows::contacts::{
    SearchState, existing_contact_for, insert_contact_rows, load_contact, update_contact,
    write_search_row,
};
use crate::store::rows::interactions::{event_of, insert_interaction_row, record_event};
use crate::store::rows::meta::{Stamp, new_id};
use crate::store::rows::ms;
use crate::store::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use serde::Serialize;

/// How often an import reports how far it got: often enough for a smooth bar,
/// rarely enough to cost nothing.
pub const PROGRESS_EVERY: usize = 256;

/// What an import did (or, on a dry run, would do).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ImportCounts {
    /// New contacts.
    pub created: usize,
    /// Records that matched a contact and added something to it.
    pub merged: usize,
    /// Records with nothing new for the contact they matched.
    pub skipped: usize,
    pub interactions: usize,
    /// Messages already stored that this import marked as sent by you.
    pub corrected: usize,
}

/// "3 created, 1 merged, 0 skipped": how a person reads the counts.
impl std::fmt::Display for ImportCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} created, {} merged, {} skipped",
            self.created, self.merged, self.skipped
        )
    }
}

impl Store {
    /// Stores `records` from `file`, each with the line it starts on, as one
    /// transaction; with `dry_run` it does all of it and rolls it back.
    pub fn import_contacts(
        &mut self,
        now: DateTime<Utc>,
        file: &str,
        records: &[(usize, &Contact)],
        dry_run: bool,
    ) -> Result<ImportCounts> {
        let mut records = records
            .iter()
            .map(|&(line, contact)| (line, contact.clone()));
        self.import_contacts_with(now, file, &mut records, dry_run, &mut |_| true)
    }

    /// `import_contacts` from records as they come (a file still being read), telling
    /// `progress` how many are stored every `PROGRESS_EVERY` and once all are; when
    /// it answers false, everything is rolled back.
    pub fn import_contacts_with(
        &mut self,
        now: DateTime<Utc>,
        file: &str,
        records: &mut dyn Iterator<Item = (usize, Contact)>,
        dry_run: bool,
        progress: &mut dyn FnMut(usize) -> bool,
    ) -> Result<ImportCounts> {
        let config = self.config().clone();
        let action = |tx: &Transaction<'_>, stamp: &Stamp| {
            let mut summary = ImportCounts::default();
            let mut done = 0;
            for (line, contact) in records {
                if done % PROGRESS_EVERY == 0 && !progress(done) {
                    return Err(StoreError::Cancelled);
                }
                done += 1;
                match import_one(tx, &contact, stamp)? {
                    Outcome::New(contact) => {
                        summary.created += 1;
                        let note = format!("imported from {file}, line {line}");
                        create(tx, &contact, note, &config, stamp)?;
                    }
                    Outcome::Merged(id) => {
                        summary.merged += 1;
                        let note = format!("merged with line {line} of {file}");
                        record_event(tx, &id, "merged", &note, stamp)?;
                        super::engine::rescore_contact(tx, &id, &config, stamp)?;
                    }
                    Outcome::NothingNew => summary.skipped += 1,
                }
            }
            // The last word: a file read while it was stored may turn out bad at its end.
            if !progress(done) {
                return Err(StoreError::Cancelled);
            }
            Ok(summary)
        };
        self.transact(now, !dry_run, action)
    }
}

enum Outcome {
    /// Not in the file yet: the contact to create.
    New(Box<Contact>),
    /// Matched this stored contact and added to it.
    Merged(String),
    NothingNew,
}

/// What `incoming` is to the file: a new contact, or one it matches, now merged.
fn import_one(tx: &Transaction<'_>, incoming: &Contact, stamp: &Stamp) -> Result<Outcome> {
    let Some(id) = existing_contact_for(tx, incoming)? else {
        let mut contact = Contact {
            id: new_id(),
            updated_by: stamp.user.clone(),
            ..incoming.clone()
        };
        contact.tidy_aliases();
        return Ok(Outcome::New(Box::new(contact)));
    };
    let old = load_contact(tx, &id)?
        .ok_or_else(|| StoreError::invalid("contact", "vanished while importing"))?;
    let mut new = merged(&old, incoming);
    if new == old {
        return Ok(Outcome::NothingNew);
    }
    // A record that brings something new is the contact coming back, as `add` is; the
    // same file read again is not.
    super::leads::note_return(tx, &mut new)?;
    update_contact(tx, &old, &new, stamp)?;
    Ok(Outcome::Merged(id))
}

/// Stores a new contact with the note of where it came from, its owner by the
/// assignment rules, and its first score.
/// Its search row is written once, already holding both, where storing them one by
/// one would rewrite it twice more: that was a third of an import of new contacts.
fn create(
    tx: &Transaction<'_>,
    contact: &Contact,
    note: String,
    config: &Config,
    stamp: &Stamp,
) -> Result<()> {
    let first = first_score(contact, config, stamp.at);
    insert_contact_rows(tx, contact, stamp)?;
    let event = event_of(&contact.id, "imported", note, stamp);
    insert_interaction_row(tx, &event)?;
    let state = SearchState {
        last_activity: ms(contact.created_at).max(ms(event.occurred_at)),
        score: Some((first.total, first.temperature)),
    };
    write_search_row(tx, contact, &state)?;
    // As `add_lead` does: the new lead goes to its assignment rule before its score
    // can hand it to sales.
    super::assignment::assign_lead(tx, contact, config, stamp)?;
    record_first_score(tx, contact, &first, config, stamp)
}

/// One optional text field of a contact, to read or to fill.
type FieldOf = fn(&mut Contact) -> &mut Option<String>;

/// `stored` with what `incoming` adds: new phones, emails, companies, flags and
/// notes, its name as an alias, values for fields still empty, and other values of
/// fields already filled as custom fields. Nothing stored is replaced or dropped.
pub(crate) fn merged(stored: &Contact, incoming: &Contact) -> Contact {
    let mut contact = stored.clone();
    super::leads::absorb_reachability(&mut contact, incoming);
    for flag in &incoming.flags {
        if !contact.flags.contains(flag) {
            contact.flags.push(flag.clone());
        }
    }
    if let Some(note) = incoming.notes.as_deref().filter(|n| !n.is_empty()) {
        contact.notes = match contact.notes.take() {
            Some(old) if old.contains(note) => Some(old),
            Some(old) if !old.is_empty() => Some(format!("{old}\n\n{note}")),
            _ => Some(note.to_string()),
        };
    }
    for (key, value) in &incoming.custom {
        match contact.custom.get(key).cloned() {
            None => {
                contact.custom.insert(key.clone(), value.clone());
            }
            Some(stored) => contact.keep_other_value(key, Some(&stored), value),
        }
    }
    // An empty field is filled; a field holding another value keeps it, and the
    // incoming one is kept beside it as a custom field ("source (2)").
    let fields: [(&str, FieldOf); 5] = [
        ("source", |c| &mut c.source),
        ("campaign", |c| &mut c.campaign),
        ("owner", |c| &mut c.owner),
        ("preferred channel", |c| &mut c.preferred_channel),
        ("best time", |c| &mut c.best_time),
    ];
    let mut theirs = incoming.clone();
    for (field, of) in fields {
        let Some(value) = of(&mut theirs).take().filter(|v| !v.is_empty()) else {
            continue;
        };
        match of(&mut contact).clone().filter(|v| !v.is_empty()) {
            None => *of(&mut contact) = Some(value),
            Some(stored) => contact.keep_other_value(field, Some(&stored), &value),
        }
    }
    contact
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phone::parse_region;
    use chrono::TimeZone;
    use rusqlite::types::Value;

    fn rows(store: &Store, sql: &str) -> Vec<Vec<Value>> {
        let mut stmt = store.conn().prepare(sql).unwrap();
        let width = stmt.column_count();
        stmt.query_map([], |r| (0..width).map(|i| r.get(i)).collect())
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    fn lead(name: &str, phone: &str) -> Contact {
        let at = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
        let mut c = Contact::new_lead(new_id(), name.into(), at, "Dana");
        let region = parse_region("IL").unwrap();
        c.phones
            .push(crate::domain::phone::Phone::parse(phone, region));
        c
    }

    #[test]
    fn a_matched_record_s_other_name_and_values_are_kept_not_dropped() {
        let mut stored = lead("Dana Levi", "054-490-0148");
        stored.source = Some("Google Ads".into());
        stored.custom.insert("city".into(), "Haifa".into());
        let mut incoming = lead("דנה לוי", "+972544900148");
        incoming.source = Some("Facebook".into());
        incoming.campaign = Some("spring".into());
        incoming.best_time = Some("mornings".into());
        incoming.custom.insert("city".into(), "Tel Aviv".into());
        let merged = merged(&stored, &incoming);
        assert_eq!(merged.name, "Dana Levi");
        assert_eq!(merged.aliases, ["דנה לוי"]);
        assert_eq!(merged.source.as_deref(), Some("Google Ads"));
        assert_eq!(
            merged.campaign.as_deref(),
            Some("spring"),
            "an empty field is filled"
        );
        assert_eq!(merged.best_time.as_deref(), Some("mornings"));
        let custom = |key: &str| merged.custom.get(key).map(String::as_str);
        assert_eq!(custom("source (2)"), Some("Facebook"));
        assert_eq!(custom("city"), Some("Haifa"));
        assert_eq!(custom("city (2)"), Some("Tel Aviv"));
        assert_eq!(merged.phones.len(), 1, "the same number");
        assert_eq!(
            super::merged(&merged, &incoming),
            merged,
            "the same record again adds nothing"
        );
        let mut by_number = lead("+972544900148", "0544900148");
        by_number.source = Some("google ads".into());
        assert_eq!(
            super::merged(&merged, &by_number),
            merged,
            "a number standing in for a name, and the same source, add nothing"
        );
    }

    /// An imported contact's search row and score history are written in one go; they
    /// must be what rebuilding them from its stored rows gives, as for any other write.
    #[test]
    fn a_created_contact_s_derived_rows_are_what_rebuilding_them_gives() {
        let config = Config::default();
        let mut store = Store::open_in_memory(&config).unwrap();
        let csv = "Name,Phone,Email,Company,Lifecycle Stage,Lead Status,Created\n\
                   Noa Levi,054-490-0148,noa@example.com,Levi Ltd,lead,new,2024-01-05T10:00:00Z\n\
                   Szabó Ödön,06 30 123 4567,,,customer,connected,2023-06-01T08:00:00Z\n\
                   Dana,,dana@example.org,Levi Ltd,opportunity,attempting,\n";
        let parsed = crate::io::csv::parse(csv, None, parse_region("IL").unwrap(), "Dana");
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let records: Vec<_> = parsed
            .records
            .iter()
            .map(|r| (r.line, &r.contact))
            .collect();
        let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
        let counts = store
            .import_contacts(now, "leads.csv", &records, false)
            .unwrap();
        assert_eq!(counts.created, 3);

        let search = "SELECT rowid, * FROM contact_search ORDER BY contact_id";
        let history = "SELECT * FROM score_history ORDER BY contact_id, at";
        let (imported, imported_history) = (rows(&store, search), rows(&store, history));
        let scored = imported
            .iter()
            .filter(|row| row[16] != Value::Integer(0))
            .count();
        assert!(
            scored > 0,
            "some imported contact scores above zero: {imported:?}"
        );

        let ids: Vec<String> = imported
            .iter()
            .map(|row| match &row[1] {
                Value::Text(id) => id.clone(),
                other => panic!("contact id {other:?}"),
            })
            .collect();
        let later = now + chrono::Duration::seconds(1);
        store
            .transact(later, true, |tx, stamp| {
                for id in &ids {
                    crate::store::rows::contacts::refresh_search_row(tx, id)?;
                    super::super::engine::rescore_contact(tx, id, &config, stamp)?;
                }
                Ok(())
            })
            .unwrap();
        assert_eq!(rows(&store, search), imported);
        assert_eq!(rows(&store, history), imported_history);
        let off_chunk = rows(
            &store,
            "SELECT contact_id FROM contact_search WHERE search_chunk IS NOT rowid / 256",
        );
        assert!(
            off_chunk.is_empty(),
            "rows outside their rowid's chunk: {off_chunk:?}"
        );
    }
}
