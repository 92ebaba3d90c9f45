use super::*;
use crate::cli::Cli;
use clap::CommandFactory as _;
use std::collections::{BTreeMap, BTreeSet};

/// Every text of the help tree by its id, with its English (as clap-derive read it
/// from the doc comments, or as clap wrote it).
fn english_texts() -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    let _ = rewritten(Cli::command(), &mut |id, english| {
        texts.insert(id.to_string(), english.to_string());
        english.to_string()
    });
    texts
}

/// The ids of one language's help.ftl: each message, and each attribute as `id.name`.
fn ids_in(file: &str) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(file).expect("help.ftl parses");
    let mut ids = BTreeSet::new();
    for entry in resource.body {
        let fluent_syntax::ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_string();
        for attribute in &message.attributes {
            ids.insert(format!("{id}.{}", attribute.id.name));
        }
        if message.value.is_some() {
            ids.insert(id);
        }
    }
    ids
}

const HELP_FILES: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../../assets/i18n/en/help.ftl")),
    (Lang::He, include_str!("../../assets/i18n/he/help.ftl")),
    (Lang::Hu, include_str!("../../assets/i18n/hu/help.ftl")),
];

/// A new command, option or value of a list cannot be forgotten: Hebrew and
/// Hungarian have a message for every text of the tree, and English says what
/// the doc comment says (a changed doc comment names the translations to redo).
#[test]
fn every_text_of_the_help_has_its_message_in_every_language() {
    let texts = english_texts();
    assert!(
        texts.len() > 100,
        "the walk found only {} texts",
        texts.len()
    );
    for (lang, file) in HELP_FILES {
        let ids = ids_in(file);
        let missing: Vec<&String> = texts.keys().filter(|id| !ids.contains(*id)).collect();
        assert!(
            missing.is_empty(),
            "{}/help.ftl lacks {missing:#?}\n(cargo test --lib -- --ignored print_english_help \
             prints the English of every one)",
            lang.code()
        );
    }
    let _speaking = crate::i18n::scoped(Lang::En);
    for (id, text) in &texts {
        assert_eq!(
            &crate::i18n::message(id),
            text,
            "en/help.ftl's {id} is not the doc comment's text: update it, and he and hu"
        );
    }
}

/// Every message of help.ftl is shown somewhere: a text of the tree, or a word of
/// clap's refusals.
#[test]
fn help_ftl_holds_no_stale_message() {
    let texts = english_texts();
    let refusals = include_str!("clap_messages.rs");
    for (lang, file) in HELP_FILES {
        for id in ids_in(file) {
            let used = texts.contains_key(&id) || refusals.contains(&format!("\"{id}\""));
            assert!(
                used,
                "{}/help.ftl: {id} names no command, option or word",
                lang.code()
            );
        }
    }
}

#[test]
fn hungarian_help_has_its_headings_and_texts() {
    let _speaking = crate::i18n::scoped(Lang::Hu);
    let mut command = in_language(Cli::command());
    let deal = command.find_subcommand_mut("deal").expect("deal");
    let text = deal.render_help().to_string();
    assert!(
        text.starts_with(&crate::i18n::message("help-deal")),
        "{text}"
    );
    for heading in ["help-clap-usage", "help-clap-commands", "help-clap-options"] {
        assert!(
            text.contains(&crate::i18n::message(heading)),
            "{heading}: {text}"
        );
    }
    assert!(!text.contains("Print help"), "{text}");
}

#[test]
fn english_help_is_clap_s_own() {
    let _speaking = crate::i18n::scoped(Lang::En);
    let mut ours = in_language(Cli::command());
    let mut clap_s = Cli::command();
    assert_eq!(
        ours.render_long_help().to_string(),
        clap_s.render_long_help().to_string()
    );
}

/// Prints en/help.ftl as the doc comments say it, for a translator to start from.
#[test]
#[ignore = "a tool, not a check"]
fn print_english_help() {
    let mut messages: BTreeMap<String, (Option<String>, Vec<String>)> = BTreeMap::new();
    for (id, english) in english_texts() {
        match id.split_once('.') {
            Some((name, attribute)) => {
                let text = fluent_text(&english, "        ");
                let entry = messages.entry(name.to_string()).or_default();
                entry.1.push(format!("    .{attribute} = {text}"));
            }
            None => messages.entry(id).or_default().0 = Some(fluent_text(&english, "    ")),
        }
    }
    for (name, (value, attributes)) in messages {
        let mut lines = vec![format!("{name} = {}", value.unwrap_or_default())];
        lines.extend(attributes);
        println!("{}\n", lines.join("\n").replace(" = \n", " =\n"));
    }
}

/// `text` as a Fluent value: braces escaped, each further line indented.
fn fluent_text(text: &str, indent: &str) -> String {
    let mut escaped = String::new();
    for c in text.chars() {
        match c {
            '{' => escaped.push_str("{\"{\"}"),
            '}' => escaped.push_str("{\"}\"}"),
            _ => escaped.push(c),
        }
    }
    escaped
        .split('\n')
        .enumerate()
        .map(|(at, line)| match (at, line.is_empty()) {
            (0, _) | (_, true) => line.to_string(),
            _ => format!("{indent}{line}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every option and argument a person can see says what it is for: one without a
/// help line shows a bare name in `--help`, the man page and the completions.
#[test]
fn every_visible_argument_has_a_help_line() {
    fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            if !arg.is_hide_set() && arg.get_help().is_none() {
                missing.push(format!("{path} {}", arg.get_id()));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut command = super::super::command();
    command.build();
    let mut missing = Vec::new();
    walk(&command, "leadometer", &mut missing);
    assert!(missing.is_empty(), "no help line: {missing:#?}");
}
