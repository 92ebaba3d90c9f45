//! `backup`: a consistent snapshot of the file in its backups folder.

use super::Context;
use super::output::print_json;
use crate::store::backups::Kind;
use anyhow::Result;

pub fn backup(ctx: &Context) -> Result<()> {
    let dest = ctx.store.backup_into_folder(ctx.now, Kind::Asked)?;
    if ctx.json {
        print_json(&serde_json::json!({ "path": dest }));
    } else {
        println!(
            "Backed up {} to {}.",
            ctx.store.path().display(),
            dest.display()
        );
    }
    Ok(())
}
