//! What the commands print: JSON views for scripts and aligned text for people.
//! Everything shown to a person passes through `clean_line`/`clean_text` first.

use crate::domain::text::{clean_line, clean_text};
use crate::domain::{Contact, Deal, Interaction, Pipeline, Task};
use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

pub fn contact_json(c: &Contact) -> Value {
    json!({
        "id": c.id,
        "name": c.name,
        "kind": c.kind,
        "phones": c.phones.iter().map(|p| p.display()).collect::<Vec<_>>(),
        "phones_as_typed": c.phones.iter().map(|p| &p.raw).collect::<Vec<_>>(),
        "emails": c.emails,
        "accounts": c.accounts.iter().map(|m| json!({"id": m.account_id, "name": m.account, "role": m.role})).collect::<Vec<_>>(),
        "source": c.source,
        "campaign": c.campaign,
        "origin": c.origin,
        "owner": c.owner,
        "lifecycle": c.lifecycle,
        "status": c.status,
        "disqualified_reason": c.disqualified_reason,
        "quality": c.quality,
        "flags": c.flags,
        "preferred_channel": c.preferred_channel,
        "best_time": c.best_time,
        "notes": c.notes,
        "custom": c.custom,
        "created_at": c.created_at.to_rfc3339(),
        "updated_at": c.updated_at.to_rfc3339(),
        "updated_by": c.updated_by,
    })
}

pub fn deal_json(d: &Deal, pipeline: &Pipeline) -> Value {
    json!({
        "id": d.id,
        "contact_id": d.contact_id,
        "account_id": d.account_id,
        "title": d.title,
        "amount": d.amount(),
        "currency": d.currency,
        "stage": d.stage,
        "probability": d.probability(pipeline),
        "expected_value": d.expected_value(pipeline),
        "competitors": d.competitors,
        "quotes": d.quotes,
        "close_date": d.close_date,
        "closed_reason": d.closed_reason,
        "stage_changed_at": d.stage_changed_at.to_rfc3339(),
        "created_at": d.created_at.to_rfc3339(),
    })
}

pub fn interaction_json(i: &Interaction) -> Value {
    json!({
        "id": i.id,
        "contact_id": i.contact_id,
        "deal_id": i.deal_id,
        "kind": i.kind,
        "direction": i.direction,
        "occurred_at": i.occurred_at.to_rfc3339(),
        "subject": i.subject,
        "text": i.text,
        "outcome": i.outcome,
        "duration_secs": i.duration_secs,
        "logged_by": i.logged_by,
        "supersedes": i.supersedes,
    })
}

pub fn task_json(t: &Task) -> Value {
    json!({
        "id": t.id,
        "contact_id": t.contact_id,
        "title": t.title,
        "due_at": t.due_at.to_rfc3339(),
        "done_at": t.done_at.map(|d| d.to_rfc3339()),
        "owner": t.owner,
    })
}

pub fn print_json(value: &Value) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
}

/// Prints rows as columns aligned by display width, so Hebrew and accents line up.
pub fn print_table(headers: &[&str], rows: &[Vec<String>]) {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|c| clean_line(c)).collect())
        .collect();
    let widths: Vec<usize> = (0..headers.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| r.get(i).map_or(0, |c| c.width()))
                .chain([headers[i].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |row: &[String]| {
        row.iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell}{}", " ".repeat(width - cell.width())))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let header: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    println!("{}", line(&header));
    for row in &cells {
        println!("{}", line(row));
    }
}

pub fn contact_summary(c: &Contact) -> String {
    let phone = c.primary_phone().map(|p| p.display().to_string());
    let email = c.emails.first().cloned();
    let reach: Vec<String> = phone.into_iter().chain(email).collect();
    if reach.is_empty() {
        clean_line(&c.name)
    } else {
        format!("{} ({})", clean_line(&c.name), reach.join(", "))
    }
}

pub fn print_contact_details(c: &Contact) {
    let field = |label: &str, value: String| {
        if !value.is_empty() {
            println!("{label:<18}{}", clean_line(&value));
        }
    };
    println!("{}", clean_line(&c.name));
    field("id", c.id.clone());
    field("kind", c.kind.to_string());
    for phone in &c.phones {
        let typed = if phone.e164.as_deref() == Some(phone.raw.as_str()) {
            String::new()
        } else {
            format!("  (typed {})", phone.raw)
        };
        field("phone", format!("{}{typed}", phone.display()));
    }
    for email in &c.emails {
        field("email", email.clone());
    }
    for m in &c.accounts {
        let role = m.role.map(|r| format!(" ({r})")).unwrap_or_default();
        field("account", format!("{}{role}", m.account));
    }
    let mut status = c.status.to_string();
    if let Some(reason) = &c.disqualified_reason {
        status.push_str(&format!(": {reason}"));
    }
    field("lifecycle", c.lifecycle.to_string());
    field("status", status);
    field("owner", c.owner.clone().unwrap_or_default());
    field("source", c.source.clone().unwrap_or_default());
    field("campaign", c.campaign.clone().unwrap_or_default());
    field(
        "origin",
        c.origin.map(|o| o.to_string()).unwrap_or_default(),
    );
    field(
        "quality",
        c.quality.map(|q| format!("{q}/5")).unwrap_or_default(),
    );
    field("flags", c.flags.join(", "));
    field(
        "preferred channel",
        c.preferred_channel.clone().unwrap_or_default(),
    );
    field("best time", c.best_time.clone().unwrap_or_default());
    for (key, value) in &c.custom {
        field(key, value.clone());
    }
    if let Some(notes) = &c.notes {
        println!("notes");
        for line in clean_text(notes).lines() {
            println!("  {line}");
        }
    }
}

/// One timeline entry as a line: when, what, which way, and the gist.
pub fn interaction_line(i: &Interaction) -> String {
    let when = i
        .occurred_at
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M");
    let direction = i.direction.map(|d| format!(" {d}")).unwrap_or_default();
    let duration = i
        .duration_secs
        .map(|s| {
            format!(
                " {}",
                humantime::format_duration(std::time::Duration::from_secs(s.max(0) as u64))
            )
        })
        .unwrap_or_default();
    let outcome = i
        .outcome
        .as_deref()
        .map(|o| format!(" [{}]", clean_line(o)))
        .unwrap_or_default();
    let gist: Vec<String> = [i.subject.as_deref(), i.text.as_deref()]
        .into_iter()
        .flatten()
        .map(clean_line)
        .collect();
    format!(
        "{when}  {}{direction}{duration}{outcome}  {}  ({})",
        i.kind,
        gist.join(" — "),
        clean_line(&i.logged_by)
    )
}
