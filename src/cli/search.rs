//! `search`: contacts by any digits of a phone, an email, a name or a company.

use super::Context;
use super::json::contacts::SearchHitJson;
use super::output::{print_json, print_table};
use crate::domain::text::clean_line;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Digits of a phone in any format, an email, a name or a company; empty lists everyone.
    #[arg(default_value = "")]
    pub(super) query: String,
    /// At most this many results (default 50; everyone for an empty query).
    #[arg(long)]
    pub(super) limit: Option<usize>,
}

pub fn search(ctx: &Context, args: SearchArgs) -> Result<()> {
    let limit = args.limit.or((!args.query.trim().is_empty()).then_some(50));
    let hits = ctx.store.search(&args.query, limit)?;
    if ctx.json {
        let values: Vec<SearchHitJson> = hits
            .iter()
            .map(|hit| SearchHitJson {
                contact: (&hit.contact).into(),
                matched_on: hit.matched_on,
                exact: hit.exact,
            })
            .collect();
        print_json(&values);
        return Ok(());
    }
    if hits.is_empty() {
        let query = clean_line(&args.query);
        eprintln!("{}", crate::t!("cli-no-match", query = query));
        return Ok(());
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|hit| {
            let c = &hit.contact;
            vec![
                c.name.clone(),
                // As `inbox` and `show` write it: national for the user's region.
                c.primary_phone()
                    .map(crate::i18n::format::phone)
                    .unwrap_or_default(),
                c.emails.first().cloned().unwrap_or_default(),
                c.company().unwrap_or_default().to_string(),
                c.lifecycle.label(),
                c.status.label(),
                c.id.clone(),
            ]
        })
        .collect();
    print_table(
        &["NAME", "PHONE", "EMAIL", "COMPANY", "STAGE", "STATUS", "ID"],
        &rows,
    );
    Ok(())
}
