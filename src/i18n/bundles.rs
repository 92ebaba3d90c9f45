//! The compiled-in Fluent files, one bundle a language, and the lookup.

use super::{Lang, lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The Fluent files of each language, by area; the same names in every language (a
/// test holds them to the same messages).
macro_rules! areas {
    ($($area:literal),+ $(,)?) => {
        pub(super) const FILES: &[(Lang, &str, &str)] = &[
            $(
                (Lang::En, concat!("en/", $area, ".ftl"), include_str!(concat!("../../assets/i18n/en/", $area, ".ftl"))),
                (Lang::He, concat!("he/", $area, ".ftl"), include_str!(concat!("../../assets/i18n/he/", $area, ".ftl"))),
                (Lang::Hu, concat!("hu/", $area, ".ftl"), include_str!(concat!("../../assets/i18n/hu/", $area, ".ftl"))),
            )+
        ];
    };
}

areas!(
    "common", "keys", "desk", "forms", "errors", "cli", "reports", "help"
);

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle_of))
}

fn bundle_of(lang: Lang) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.identifier()]);
    // Fluent wraps each argument in FSI…PDI marks for terminals that reorder by
    // themselves; the desk lays bidirectional text out itself, and those marks are
    // format characters that must never reach the terminal.
    bundle.set_use_isolating(false);
    for (_, _, text) in FILES.iter().filter(|(of, _, _)| *of == lang) {
        // A file with a syntax error still yields every message it could read (the
        // tests keep our files free of them); a duplicate id keeps the first.
        let resource =
            FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// An argument to a message: text, or a number (which also picks the plural form).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

macro_rules! numbers {
    ($($kind:ty),+) => {
        $(impl From<$kind> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(number: $kind) -> Arg {
                Arg::Number(number as f64)
            }
        })+
    };
}

numbers!(usize, u64, u32, i64, i32, f64);

/// A fixed English sentence (one with no arguments, such as a refusal the code
/// compares against) in the current language: the message whose English text it
/// is, as gettext keys messages by their English. Text no message holds comes back
/// as it is.
pub fn from_english(english: &str) -> String {
    match id_of_english(english) {
        Some(id) if lang() != Lang::En => message(id),
        _ => english.to_string(),
    }
}

/// The id of the message whose English text is `english`, if one is.
pub fn id_of_english(english: &str) -> Option<&'static str> {
    static IDS: OnceLock<HashMap<String, String>> = OnceLock::new();
    let ids = IDS.get_or_init(|| {
        let [en, ..] = bundles();
        let mut ids = HashMap::new();
        for (lang, _, text) in FILES {
            if *lang != Lang::En {
                continue;
            }
            let Ok(resource) = fluent_syntax::parser::parse(*text) else {
                continue;
            };
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    let id = message.id.name;
                    if let Some(english) = format_in(en, id, &[]) {
                        ids.entry(english).or_insert_with(|| id.to_string());
                    }
                }
            }
        }
        ids
    });
    ids.get(english).map(String::as_str)
}

/// The message `<prefix>-<words as an id>` ("stage", "Closing" → `stage-closing`;
/// "rule", "Good fit (quality 4+)" → `rule-good-fit-quality-4`): how words the code
/// or the config writes in English are named in the message files. `None` when no
/// file holds one, so a word of the user's own (a stage they named) stays theirs.
pub fn named(prefix: &str, words: &str) -> Option<String> {
    let mut id = String::with_capacity(prefix.len() + words.len() + 1);
    id.push_str(prefix);
    id.push('-');
    for c in words.trim().chars() {
        match c.is_ascii_alphanumeric() {
            true => id.push(c.to_ascii_lowercase()),
            false if !id.ends_with('-') => id.push('-'),
            false => {}
        }
    }
    let id = id.trim_end_matches('-');
    (id.len() > prefix.len() + 1).then(|| message_if_any(id))?
}

/// A pipeline stage as the user reads it: the default stages in their language,
/// stages of the user's own config as written.
pub fn stage(name: &str) -> String {
    named("stage", name).unwrap_or_else(|| name.to_string())
}

/// `id` in the current language, else in English; `None` when no file holds it.
pub fn message_if_any(id: &str) -> Option<String> {
    let bundles = bundles();
    let (en, current) = (&bundles[0], &bundles[usize::from(lang().index())]);
    format_in(current, id, &[]).or_else(|| format_in(en, id, &[]))
}

pub fn message(id: &str) -> String {
    message_with(id, &[])
}

/// `id` in the current language, else in English, else the id itself. `id` may name
/// an attribute: `key-global-search.status`.
pub fn message_with(id: &str, args: &[(&str, Arg)]) -> String {
    let bundles = bundles();
    let (en, current) = (&bundles[0], &bundles[usize::from(lang().index())]);
    format_in(current, id, args)
        .or_else(|| format_in(en, id, args))
        .unwrap_or_else(|| id.to_string())
}

fn format_in(bundle: &Bundle, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let (name, attribute) = match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(name)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(number) => FluentValue::from(*number),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}
