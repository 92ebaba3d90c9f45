//! Migrations, applied on open. `PRAGMA user_version` is the schema version.

use crate::config::Config;
use crate::store::rows::meta::{new_id, write_meta};
use crate::store::{Result, StoreError};
use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;

/// Marks our files, so a foreign SQLite file is recognised before anything is written.
pub const APPLICATION_ID: i32 = 0x4C45_4144; // "LEAD"

/// Each entry moves the schema one version up. Never edit a released entry: add one.
pub(crate) const MIGRATIONS: &[&str] = &[
    r#"
-- Mutable rows: `clock` is the hybrid logical clock of the insert, `clocks` maps each
-- field changed since to the clock of its last change (a field absent there carries
-- `clock`). A merge keeps, field by field, the value with the later clock.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE contacts (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    kind                TEXT NOT NULL,
    source              TEXT,
    campaign            TEXT,
    origin              TEXT,
    owner               TEXT,
    lifecycle           TEXT NOT NULL,
    status              TEXT NOT NULL,
    disqualified_reason TEXT,
    quality             INTEGER,
    flags               TEXT NOT NULL DEFAULT '[]',
    preferred_channel   TEXT,
    best_time           TEXT,
    notes               TEXT,
    custom              TEXT NOT NULL DEFAULT '{}',
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    updated_by          TEXT NOT NULL,
    clock               TEXT NOT NULL,
    clocks              TEXT NOT NULL DEFAULT '{}',
    deleted_at          INTEGER
) STRICT;

CREATE TABLE contact_phones (
    id          TEXT PRIMARY KEY,
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    raw         TEXT NOT NULL,
    e164        TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL,
    clock       TEXT NOT NULL,
    clocks      TEXT NOT NULL DEFAULT '{}',
    deleted_at  INTEGER
) STRICT;
CREATE INDEX contact_phones_contact ON contact_phones (contact_id);
CREATE INDEX contact_phones_e164 ON contact_phones (e164) WHERE deleted_at IS NULL;

CREATE TABLE contact_emails (
    id          TEXT PRIMARY KEY,
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    email       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL,
    clock       TEXT NOT NULL,
    clocks      TEXT NOT NULL DEFAULT '{}',
    deleted_at  INTEGER
) STRICT;
CREATE INDEX contact_emails_contact ON contact_emails (contact_id);
CREATE INDEX contact_emails_email ON contact_emails (email) WHERE deleted_at IS NULL;

CREATE TABLE accounts (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL,
    clock       TEXT NOT NULL,
    clocks      TEXT NOT NULL DEFAULT '{}',
    deleted_at  INTEGER
) STRICT;
CREATE INDEX accounts_name ON accounts (name COLLATE NOCASE);

CREATE TABLE memberships (
    id          TEXT PRIMARY KEY,
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    role        TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL,
    clock       TEXT NOT NULL,
    clocks      TEXT NOT NULL DEFAULT '{}',
    deleted_at  INTEGER
) STRICT;
CREATE INDEX memberships_contact ON memberships (contact_id);
CREATE INDEX memberships_account ON memberships (account_id);

CREATE TABLE deals (
    id               TEXT PRIMARY KEY,
    contact_id       TEXT NOT NULL REFERENCES contacts (id),
    account_id       TEXT REFERENCES accounts (id),
    title            TEXT NOT NULL,
    amount_minor     INTEGER NOT NULL,
    currency         TEXT NOT NULL,
    stage            TEXT NOT NULL,
    probability      REAL,
    competitors      TEXT NOT NULL DEFAULT '[]',
    quotes           TEXT NOT NULL DEFAULT '[]',
    close_date       TEXT,
    closed_reason    TEXT,
    stage_changed_at INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    updated_by       TEXT NOT NULL,
    clock            TEXT NOT NULL,
    clocks           TEXT NOT NULL DEFAULT '{}',
    deleted_at       INTEGER
) STRICT;
CREATE INDEX deals_contact ON deals (contact_id);
CREATE INDEX deals_stage ON deals (stage) WHERE deleted_at IS NULL;

-- Append-only: rows are never updated; a correction supersedes an earlier row.
CREATE TABLE interactions (
    id            TEXT PRIMARY KEY,
    contact_id    TEXT NOT NULL REFERENCES contacts (id),
    deal_id       TEXT REFERENCES deals (id),
    kind          TEXT NOT NULL,
    direction     TEXT,
    outcome       TEXT,
    duration_secs INTEGER,
    subject       TEXT,
    text          TEXT,
    occurred_at   INTEGER NOT NULL,
    logged_by     TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    supersedes    TEXT,
    external_key  TEXT UNIQUE
) STRICT;
-- Covers the timeline (by contact, in time order) and the full rescore, which reads
-- only these columns in contact order without touching the table.
CREATE INDEX interactions_contact_time ON interactions (contact_id, occurred_at, kind, direction, outcome);

CREATE TABLE tasks (
    id          TEXT PRIMARY KEY,
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    title       TEXT NOT NULL,
    due_at      INTEGER NOT NULL,
    done_at     INTEGER,
    owner       TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL,
    clock       TEXT NOT NULL,
    clocks      TEXT NOT NULL DEFAULT '{}',
    deleted_at  INTEGER
) STRICT;
CREATE INDEX tasks_contact ON tasks (contact_id);
CREATE INDEX tasks_open_due ON tasks (due_at) WHERE done_at IS NULL AND deleted_at IS NULL;

-- Derived from the tables above and rebuilt from them; never merged between copies.
-- Search keys, what the inbox shows, activity times and the latest score of each contact.
CREATE TABLE contact_search (
    contact_id        TEXT PRIMARY KEY REFERENCES contacts (id),
    -- What the inbox lists, so that it reads this narrow table alone.
    name              TEXT NOT NULL,
    phone             TEXT,
    status            TEXT NOT NULL,
    lifecycle         TEXT NOT NULL,
    owner             TEXT,
    source            TEXT,
    campaign          TEXT,
    created_at        INTEGER NOT NULL,
    name_key          TEXT NOT NULL,
    company_key       TEXT NOT NULL,
    emails            TEXT NOT NULL,
    phone_digits      TEXT NOT NULL,
    last_activity_at  INTEGER NOT NULL,
    first_response_at INTEGER,
    score             INTEGER NOT NULL DEFAULT 0,
    temperature       TEXT NOT NULL DEFAULT 'cold'
) STRICT;
CREATE INDEX contact_search_recent ON contact_search (last_activity_at);
CREATE INDEX contact_search_name ON contact_search (name_key);

-- Derived: each change of a contact's score, for "how the score moved".
CREATE TABLE score_history (
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    at         INTEGER NOT NULL,
    score      INTEGER NOT NULL
) STRICT;
CREATE INDEX score_history_contact ON score_history (contact_id, at);

CREATE INDEX contacts_owner ON contacts (owner, status) WHERE deleted_at IS NULL;
CREATE INDEX contacts_status ON contacts (status) WHERE deleted_at IS NULL;
"#,
    r#"
-- The leads that need work, with every column the inbox orders and filters them by,
-- so that it reads this index alone rather than the whole search table. The WHERE
-- must stay word for word the inbox query's, or SQLite will not use it.
CREATE INDEX contact_search_inbox ON contact_search (
    contact_id, source, campaign, owner, status, lifecycle, created_at,
    score, temperature, first_response_at, last_activity_at
) WHERE status IN ('new', 'attempting')
     OR (first_response_at IS NULL AND status NOT IN ('disqualified', 'nurturing'));

-- What the inbox reads of open deals and open follow-ups, from the index alone (the
-- columns of the WHERE are in it too, or SQLite reads each row to check them).
CREATE INDEX deals_open_value ON deals (contact_id, amount_minor, stage, probability, deleted_at)
    WHERE deleted_at IS NULL AND stage NOT IN ('Won', 'Lost');
CREATE INDEX tasks_open_contact ON tasks (contact_id, due_at, done_at, deleted_at)
    WHERE done_at IS NULL AND deleted_at IS NULL;
"#,
    r#"
-- What a merge overwrote while its author had not seen the winning change: both
-- versions of one field, so nobody's edit vanishes unseen. Keyed by the losing write
-- (a clock is one write), so merging in any order or twice records it once.
CREATE TABLE overwritten (
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    contact_id  TEXT,
    field       TEXT NOT NULL,
    lost_value  ANY,
    lost_clock  TEXT NOT NULL,
    lost_by     TEXT NOT NULL,
    kept_value  ANY,
    kept_clock  TEXT NOT NULL,
    kept_by     TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id, field, lost_clock)
) STRICT;
CREATE INDEX overwritten_contact ON overwritten (contact_id, kept_clock);

-- What this file has seen of every other device: the latest clock merged in from
-- each. A change whose clock is past what the other side had seen of its device
-- was made without knowing the other side's value: a true conflict.
CREATE TABLE replicas (
    device  TEXT PRIMARY KEY,
    clock   TEXT NOT NULL
) STRICT;
"#,
    r#"
-- The search table's text in chunks of about 256 contacts, one blob each, so that a
-- search that is not kept in memory (every command-line search) reads a few hundred
-- blobs instead of a hundred thousand rows. A chunk holds, per contact, six lines:
-- id, name key, company key, emails, phone digits, last activity.
-- Triggers list the chunks a change touches in search_dirty; a search reads those
-- from the rows themselves, and each write's commit rebuilds them (search_chunks.rs).
ALTER TABLE contact_search ADD COLUMN search_chunk INTEGER;
UPDATE contact_search SET search_chunk = rowid / 256;
CREATE INDEX contact_search_chunk ON contact_search (search_chunk);

CREATE TABLE search_chunks (
    chunk  INTEGER PRIMARY KEY,
    data   TEXT NOT NULL
) STRICT;
CREATE TABLE search_dirty (
    chunk  INTEGER PRIMARY KEY
) STRICT;
INSERT INTO search_dirty SELECT DISTINCT search_chunk FROM contact_search;

-- A new row joins the chunk of its rowid; the update below marks it dirty. (No
-- INSERT OR IGNORE here: an outer statement's conflict clause overrides a trigger's.)
CREATE TRIGGER search_chunk_insert AFTER INSERT ON contact_search BEGIN
    UPDATE contact_search SET search_chunk = new.rowid / 256
     WHERE rowid = new.rowid AND search_chunk IS NULL;
    INSERT INTO search_dirty SELECT new.search_chunk WHERE new.search_chunk IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM search_dirty WHERE chunk = new.search_chunk);
END;
CREATE TRIGGER search_chunk_update AFTER UPDATE OF
    contact_id, name_key, company_key, emails, phone_digits, last_activity_at, search_chunk
    ON contact_search
    WHEN old.contact_id IS NOT new.contact_id OR old.name_key IS NOT new.name_key
      OR old.company_key IS NOT new.company_key OR old.emails IS NOT new.emails
      OR old.phone_digits IS NOT new.phone_digits
      OR old.last_activity_at IS NOT new.last_activity_at
      OR old.search_chunk IS NOT new.search_chunk
BEGIN
    INSERT INTO search_dirty SELECT old.search_chunk WHERE old.search_chunk IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM search_dirty WHERE chunk = old.search_chunk);
    INSERT INTO search_dirty SELECT new.search_chunk WHERE new.search_chunk IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM search_dirty WHERE chunk = new.search_chunk);
END;
CREATE TRIGGER search_chunk_delete AFTER DELETE ON contact_search BEGIN
    INSERT INTO search_dirty SELECT old.search_chunk WHERE old.search_chunk IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM search_dirty WHERE chunk = old.search_chunk);
END;
"#,
    r#"
-- Rows a merge could not take from another copy (a call whose contact neither file
-- holds, a value of the wrong type, a clock map that is not one): kept here whole,
-- as JSON, with why, from which file and when, instead of failing every merge or
-- vanishing. One record per table, row and source file, however many merges meet it.
CREATE TABLE set_aside (
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    source     TEXT NOT NULL,
    row_json   TEXT NOT NULL,
    reason     TEXT NOT NULL,
    set_at     INTEGER NOT NULL,
    PRIMARY KEY (table_name, row_id, source)
) STRICT;
"#,
    r#"
-- Other spellings of a contact's name (a JSON list, like flags), kept when a matched
-- record brings one, and searched as the name is: the search row holds them folded,
-- and a chunk now has seven lines per contact, the alias key after the name key.
ALTER TABLE contacts ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
ALTER TABLE contact_search ADD COLUMN alias_key TEXT NOT NULL DEFAULT '';

-- A changed alias key changes its chunk's text (an alias never moves a row to
-- another chunk, so the row's own chunk is the one to mark).
CREATE TRIGGER search_chunk_alias_update AFTER UPDATE OF alias_key ON contact_search
    WHEN old.alias_key IS NOT new.alias_key AND new.search_chunk IS NOT NULL
BEGIN
    INSERT INTO search_dirty SELECT new.search_chunk
        WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE chunk = new.search_chunk);
END;

-- Every chunk was written in six lines: all are rebuilt in the new layout.
INSERT OR IGNORE INTO search_dirty SELECT chunk FROM search_chunks;
INSERT OR IGNORE INTO search_dirty
    SELECT DISTINCT search_chunk FROM contact_search WHERE search_chunk IS NOT NULL;
"#,
    r#"
-- Version PHONE_REPAIR_VERSION: no new objects. Phones stored without an E.164 form
-- are read again and the contacts that then share a number merged, a step in Rust
-- (phone_repair.rs) that `migrate` runs after the statements.
"#,
    r#"
-- Corrections: a row superseding an earlier one names the original entry, so an
-- entry's versions are found by this index, and so is whether a row is current
-- (no later version of the same entry), for every read of the timeline.
CREATE INDEX interactions_supersedes ON interactions (supersedes, created_at, id)
    WHERE supersedes IS NOT NULL;
-- The full rescore asks that of every interaction it reads: with these columns the
-- index still covers it, and it never touches the table.
DROP INDEX interactions_contact_time;
CREATE INDEX interactions_contact_time
    ON interactions (contact_id, occurred_at, kind, direction, outcome, supersedes, created_at, id);
"#,
    r#"
-- The Contacts screen reads a page of everyone at a time, in one of four orders; each
-- order walks an index (name_key and last_activity_at have theirs already), so a page
-- costs its own rows however many contacts the file holds.
CREATE INDEX contact_search_score ON contact_search (score);
CREATE INDEX contact_search_created ON contact_search (created_at);
-- Only the contacts with a flag, with their flags: filtering by one reads these alone.
-- The WHERE must stay word for word the Contacts screen's (rows/directory.rs).
CREATE INDEX contacts_flagged ON contacts (id, flags) WHERE flags <> '[]' AND deleted_at IS NULL;
-- An account's deals, for the Accounts screen.
CREATE INDEX deals_account ON deals (account_id) WHERE deleted_at IS NULL;
"#,
    r#"
-- A deal's owner and notes, and how many quotes the customer wants and has had. The
-- stages a deal went through are facts on its contact's timeline, with the deal's id
-- (interactions.deal_id) and the stage entered in outcome: they merge as facts do.
ALTER TABLE deals ADD COLUMN owner TEXT;
ALTER TABLE deals ADD COLUMN notes TEXT;
ALTER TABLE deals ADD COLUMN quotes_required INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deals ADD COLUMN quotes_received INTEGER NOT NULL DEFAULT 0;
"#,
    r#"
-- The lifecycle history the reports read: the timeline's lifecycle and expiry entries,
-- by contact and time. The WHERE must stay word for word the reports' query
-- (store/reports), or SQLite will not use it.
CREATE INDEX interactions_lifecycle ON interactions (contact_id, occurred_at)
    WHERE kind = 'event' AND subject IN ('lifecycle', 'expired');
-- And by time, for the contacts that moved in a period (the targets' MQLs and SQLs).
CREATE INDEX interactions_lifecycle_time ON interactions (occurred_at, contact_id)
    WHERE kind = 'event' AND subject IN ('lifecycle', 'expired');
"#,
    r#"
-- The reports read a cohort and its lifecycle entries from these indexes alone, never
-- the tables: at 100k contacts that is a tenth of the time. The lifecycle index keeps
-- its WHERE word for word (see above), and holds the entries' short text: the stage
-- left is read there.
DROP INDEX interactions_lifecycle;
CREATE INDEX interactions_lifecycle
    ON interactions (contact_id, occurred_at, kind, subject, outcome, supersedes, created_at, id, text)
    WHERE kind = 'event' AND subject IN ('lifecycle', 'expired');
DROP INDEX contact_search_created;
CREATE INDEX contact_search_created ON contact_search
    (created_at, contact_id, source, campaign, owner, status, lifecycle, first_response_at);
-- By time too, for a cohort's entries from its period's start on.
DROP INDEX interactions_lifecycle_time;
CREATE INDEX interactions_lifecycle_time
    ON interactions (occurred_at, contact_id, kind, subject, outcome, supersedes, created_at, id, text)
    WHERE kind = 'event' AND subject IN ('lifecycle', 'expired');
"#,
    r#"
-- Message templates, campaigns worked as checklists and their ticks: mutable rows
-- like the others, merged field by field. The starter templates are written by
-- `migrate` with fixed ids and the earliest clock, so every desk's copies are the
-- same rows and a colleague's edit or deletion of one always wins.
CREATE TABLE templates (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    language    TEXT NOT NULL,
    channels    TEXT NOT NULL DEFAULT '[]',
    personal    INTEGER NOT NULL DEFAULT 1,
    subject     TEXT,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL,
    clock       TEXT NOT NULL,
    clocks      TEXT NOT NULL DEFAULT '{}',
    deleted_at  INTEGER
) STRICT;

-- A campaign's members are the contacts one field picks out (`by`: campaign, source,
-- flag, lifecycle or owner, equal to `value`), read when it is opened: a contact
-- added later joins it.
CREATE TABLE campaigns (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    by_field    TEXT NOT NULL,
    by_value    TEXT NOT NULL,
    template_id TEXT REFERENCES templates (id),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL,
    clock       TEXT NOT NULL,
    clocks      TEXT NOT NULL DEFAULT '{}',
    deleted_at  INTEGER
) STRICT;

-- One row per campaign and contact ticked, its id the two ids joined, so that two
-- desks ticking the same row make one row. Unticking empties done_at.
CREATE TABLE campaign_ticks (
    id             TEXT PRIMARY KEY,
    campaign_id    TEXT NOT NULL REFERENCES campaigns (id),
    contact_id     TEXT NOT NULL REFERENCES contacts (id),
    done_at        INTEGER,
    interaction_id TEXT,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT NOT NULL,
    clock          TEXT NOT NULL,
    clocks         TEXT NOT NULL DEFAULT '{}',
    deleted_at     INTEGER
) STRICT;
CREATE INDEX campaign_ticks_campaign ON campaign_ticks (campaign_id, contact_id, done_at);
CREATE INDEX campaign_ticks_contact ON campaign_ticks (contact_id);

-- The template a message was written from, by name as it was then: the entry says
-- it even after the template is renamed or deleted.
ALTER TABLE interactions ADD COLUMN template TEXT;
"#,
    // 14: the team server (src/server). The rows changed here that the server has
    // not been given yet, each once, in the order first changed (a parent before
    // its children: a new row's seq is past every row still there); `touches` tells
    // a row changed again while it was being pushed.
    // And, for every other desk, how far into its change log this file has merged.
    r#"
CREATE TABLE server_outbox (
    seq     INTEGER PRIMARY KEY,
    tbl     TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    touches INTEGER NOT NULL DEFAULT 1,
    UNIQUE (tbl, row_id)
) STRICT;
CREATE TABLE server_cursors (
    device TEXT PRIMARY KEY,
    seq    INTEGER NOT NULL
) STRICT;
"#,
];

/// The version whose step repairs phones stored before every possible number had an
/// E.164 form (rules/phone_repair.rs): a file older than this is repaired when opened.
pub(super) const PHONE_REPAIR_VERSION: i64 = 7;

/// The version that made the templates table: a file older than this gets the
/// starter templates when it is brought up to date.
const TEMPLATES_VERSION: i64 = 13;

pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the file at `path` to this version. Steps in Rust read `config` (the region
/// phones are read in, the user changes are made by).
pub fn migrate(conn: &mut Connection, path: &Path, config: &Config) -> Result<()> {
    // A file already up to date needs no write lock: a reader opened while an import
    // holds the file must not wait for it.
    let up_to_date: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if up_to_date == VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Checked again inside the lock: another process may have migrated meanwhile.
    let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if current < 0 {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            detail: format!("its schema version {current} is not one Leadometer ever wrote"),
        });
    }
    if current > VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: current,
            supported: VERSION,
        });
    }
    if current == VERSION {
        return Ok(());
    }
    for migration in &MIGRATIONS[current as usize..] {
        tx.execute_batch(migration)?;
    }
    // After every statement: the step reads and writes rows as this version holds them.
    // A new file has no phones to repair.
    if (1..PHONE_REPAIR_VERSION).contains(&current) {
        crate::store::rules::repair_phones(&tx, config, chrono::Utc::now())?;
    }
    if current < TEMPLATES_VERSION {
        crate::store::rows::templates::add_starters(&tx)?;
    }
    // Migrations 4 and 6 mark every search chunk to be built.
    crate::store::search::chunks::rebuild_dirty(&tx)?;
    if current == 0 {
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        write_meta(
            &tx,
            "device_id",
            &uuid::Uuid::new_v4().simple().to_string()[..12],
        )?;
        write_meta(&tx, "database_id", &new_id())?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
#[path = "schema_tests.rs"]
mod tests;
