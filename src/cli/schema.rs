//! `schema`: the JSON Schema of every `--json` output, from the types that print it
//! (`cli::json`), so a script can check what it reads and a change cannot go unseen.

use super::json::{OUTPUTS, output};
use super::output::print_json;
use crate::domain::text::clean_line;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The output, by the command that prints it ("deal list"); none: every output.
    name: Option<String>,
    /// Only the names of the outputs, one a line.
    #[arg(long, conflicts_with = "name")]
    list: bool,
}

pub fn schema(args: &SchemaArgs) -> Result<()> {
    if args.list {
        for output in OUTPUTS {
            println!("{}", output.name);
        }
        return Ok(());
    }
    match &args.name {
        None => {
            let all: serde_json::Map<String, serde_json::Value> = OUTPUTS
                .iter()
                .map(|o| (o.name.to_string(), (o.schema)().to_value()))
                .collect();
            print_json(&all);
        }
        Some(name) => match output(&name.split_whitespace().collect::<Vec<_>>().join(" ")) {
            Some(output) => print_json(&(output.schema)()),
            None => crate::refuse!(
                "cli-schema-unknown",
                name = clean_line(name),
                names = OUTPUTS
                    .iter()
                    .map(|o| o.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
    }
    Ok(())
}
