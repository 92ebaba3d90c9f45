//! `backup`: a consistent snapshot of the file in its backups folder.

use super::Context;
use super::output::print_json;
use crate::store::backups::Kind;
use anyhow::Result;

pub fn backup(ctx: &Context) -> Result<()> {
    let dest = ctx.store.backup_into_folder(ctx.now, Kind::Asked)?;
    if ctx.json {
        print_json(&super::json::file::BackupJson { path: dest });
    } else {
        let line = crate::t!(
            "cli-backed-up",
            file = ctx.store.path().display().to_string(),
            to = dest.display().to_string()
        );
        println!("{}", super::output::shown(&line));
    }
    Ok(())
}
