use super::bundles::FILES;
use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Each message id (and `id.attribute`) of a language with the variables it uses.
fn messages_of(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut messages = BTreeMap::new();
    for (_, file, text) in FILES.iter().filter(|(of, _, _)| *of == lang) {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_string();
            if let Some(value) = &message.value {
                let fresh = messages.insert(id.clone(), variables(value)).is_none();
                assert!(fresh, "{file}: {id} is defined twice");
            }
            for attribute in &message.attributes {
                let name = format!("{id}.{}", attribute.id.name);
                let fresh = messages
                    .insert(name.clone(), variables(&attribute.value))
                    .is_none();
                assert!(fresh, "{file}: {name} is defined twice");
            }
        }
    }
    messages
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    collect_pattern(pattern, &mut found);
    found
}

fn collect_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, found);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, found);
            for variant in variants {
                collect_pattern(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, found),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, found),
        _ => {}
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_arguments() {
    let english = messages_of(Lang::En);
    assert!(!english.is_empty());
    for lang in [Lang::He, Lang::Hu] {
        let other = messages_of(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            extra.is_empty(),
            "{} has messages English lacks: {extra:?}",
            lang.code()
        );
        for (id, wanted) in &english {
            let used = &other[id];
            let unknown: Vec<_> = used.difference(wanted).collect();
            assert!(
                unknown.is_empty(),
                "{}: {id} uses {unknown:?}, which English never passes",
                lang.code()
            );
        }
    }
}

/// Every `t!("…")` and `refuse!("…")` in the code names a message the English
/// files hold.
#[test]
fn every_message_the_code_asks_for_exists() {
    let english = messages_of(Lang::En);
    let pattern =
        regex::Regex::new(r#"\b(?:t|refuse)!\(\s*"([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)?)""#)
            .unwrap();
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(
                std::fs::read_dir(&path)
                    .unwrap()
                    .map(|entry| entry.unwrap().path()),
            );
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let code = std::fs::read_to_string(&path).unwrap();
            for found in pattern.captures_iter(&code) {
                if !english.contains_key(&found[1]) && !found[1].contains("missing-on-purpose") {
                    missing.push(format!("{}: {}", path.display(), &found[1]));
                }
            }
        }
    }
    assert!(missing.is_empty(), "no such message: {missing:#?}");
}

#[test]
fn plurals_follow_each_language() {
    let cases = [
        (Lang::En, 1, "1 lead"),
        (Lang::En, 2, "2 leads"),
        (Lang::He, 1, "ליד אחד"),
        (Lang::He, 2, "2 לידים"),
        (Lang::He, 5, "5 לידים"),
        (Lang::Hu, 1, "1 érdeklődő"),
        (Lang::Hu, 7, "7 érdeklődő"),
    ];
    for (lang, count, wanted) in cases {
        let _speaking = scoped(lang);
        assert_eq!(t!("count-leads", count = count), wanted, "{lang:?} {count}");
    }
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    let _speaking = scoped(Lang::Hu);
    assert_eq!(message("missing-on-purpose"), "missing-on-purpose");
    assert_eq!(
        message("missing-on-purpose.status"),
        "missing-on-purpose.status"
    );
}

#[test]
fn arguments_are_not_wrapped_in_isolation_marks() {
    let text = t!("count-leads", count = 3);
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
}

#[test]
fn a_thread_speaks_its_scoped_language_and_goes_back() {
    assert_eq!(lang(), Lang::En);
    {
        let _speaking = scoped(Lang::He);
        assert_eq!(lang(), Lang::He);
        std::thread::spawn(|| assert_eq!(lang(), Lang::En))
            .join()
            .unwrap();
    }
    assert_eq!(lang(), Lang::En);
}

#[test]
fn locales_name_their_language() {
    for (locale, wanted) in [
        ("he_IL.UTF-8", Lang::He),
        ("iw_IL", Lang::He),
        ("hu_HU.utf8", Lang::Hu),
        ("HU", Lang::Hu),
        ("en_GB.UTF-8", Lang::En),
        ("C", Lang::En),
        ("C.UTF-8", Lang::En),
        ("de_DE@euro", Lang::En),
        ("", Lang::En),
    ] {
        assert_eq!(Lang::of_locale(locale), wanted, "{locale}");
    }
}

/// The lists' words are looked up by ids made from the stored word, which the scan
/// for `t!` cannot see.
#[test]
fn every_word_of_every_list_is_in_every_language() {
    use crate::domain::scoring::Temperature;
    use crate::domain::sla::SlaState;
    use crate::domain::{
        ContactKind, Direction, InteractionKind, LeadStatus, Lifecycle, Origin, Role,
    };
    for lang in Lang::ALL {
        let _speaking = scoped(lang);
        let labels = (ContactKind::ALL.iter().map(|w| w.label()))
            .chain(Lifecycle::ALL.iter().map(|w| w.label()))
            .chain(LeadStatus::ALL.iter().map(|w| w.label()))
            .chain(Role::ALL.iter().map(|w| w.label()))
            .chain(Origin::ALL.iter().map(|w| w.label()))
            .chain(Temperature::ALL.iter().map(|w| w.label()))
            .chain(InteractionKind::ALL.iter().map(|w| w.label()))
            .chain(Direction::ALL.iter().map(|w| w.label()))
            .chain(SlaState::ALL.iter().map(|w| w.label()));
        for label in labels {
            assert!(!label.starts_with("word-"), "{lang:?}: {label}");
        }
    }
}

/// The code of every dialog: where fields are made with their labels and hints.
const DIALOGS: [&str; 11] = [
    include_str!("../tui/campaign_forms.rs"),
    include_str!("../tui/campaigns.rs"),
    include_str!("../tui/send.rs"),
    include_str!("../tui/forms.rs"),
    include_str!("../tui/entry.rs"),
    include_str!("../tui/contacts.rs"),
    include_str!("../tui/accounts.rs"),
    include_str!("../tui/tasks.rs"),
    include_str!("../tui/importing.rs"),
    include_str!("../tui/edit_contact.rs"),
    include_str!("../tui/deal_form.rs"),
];

/// Every dialog field's label (found in the code as `Field::new("…"`, and in the
/// label tables of the contact and deal forms) has its text in forms.ftl.
#[test]
fn every_field_label_is_in_the_messages() {
    let english = messages_of(Lang::En);
    let code = DIALOGS.join("\n");
    let patterns = [
        r#"Field::new\(\s*"([^"]+)""#,
        r#"const [A-Z_]+: &str = "([A-Z][a-z ]+)";"#,
        r#"\(\s*"([A-Z][a-z -]+)",\s*"#,
    ];
    let mut seen = 0;
    for pattern in patterns {
        for found in regex::Regex::new(pattern).unwrap().captures_iter(&code) {
            let id = format!("field-{}", found[1].to_lowercase().replace(' ', "-"));
            assert!(english.contains_key(&id), "forms.ftl lacks {id}");
            seen += 1;
        }
    }
    assert!(seen > 40, "the scan found only {seen} labels");
}

/// Every hint under a dialog's field (a fixed English sentence in the code, shown
/// through `from_english`) has its message, so that no hint stays in English.
#[test]
fn every_field_hint_is_in_the_messages() {
    let code = DIALOGS.join("\n");
    let patterns = [
        // Field::new(label, value, "hint")
        r#"Field::new\(\s*(?:"[^"]*"|[A-Za-z_]+),\s*(?:[^,()]|\([^()]*\))+,\s*"((?:[^"\\]|\\.)+)"\s*,?\s*\)"#,
        // ("Label", "hint") in the contact form's table
        r#"\(\s*"[A-Z][a-z -]+",\s*"((?:[^"\\]|\\.)+)",?\s*\)"#,
        // LABEL => "hint" in the deal form's
        r#"(?m)^\s*[A-Z][A-Z_]+ => "((?:[^"\\]|\\.)+)","#,
        r#"const SNOOZE_HINT: &str =\s*"([^"]+)""#,
    ];
    let mut seen = 0;
    for pattern in patterns {
        for found in regex::Regex::new(pattern).unwrap().captures_iter(&code) {
            let hint = found[1].replace("\\\"", "\"");
            assert!(
                id_of_english(&hint).is_some(),
                "forms.ftl has no hint-field-* for {hint:?}"
            );
            seen += 1;
        }
    }
    assert!(seen > 50, "the scan found only {seen} hints");
}
