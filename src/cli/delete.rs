//! `delete`: a contact, kept as a tombstone so that merged copies learn of it.

use super::Context;
use super::output::print_json;
use crate::domain::text::clean_line;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The contact: an id, a phone, an email or an exact name.
    contact: String,
}

pub fn delete(ctx: &mut Context, args: DeleteArgs) -> Result<()> {
    let (contact, _) = ctx.store.resolve_contact(&args.contact)?;
    let deleted = ctx.store.delete_contact(ctx.now, &contact.id)?;
    if ctx.json {
        print_json(&super::json::contacts::DeletedJson {
            deleted: deleted.id,
            name: deleted.name,
        });
    } else {
        let (name, id) = (clean_line(&deleted.name), clean_line(&deleted.id));
        println!("{}", crate::t!("cli-contact-deleted", name = name, id = id));
    }
    Ok(())
}
