//! The desk in Hebrew and Hungarian: the same screens, every label, key and word of
//! a list in the user's language (the keys themselves stay the same).

use super::Desk;
use leadometer::domain::InteractionKind;
use leadometer::i18n::{Lang, scoped};
use leadometer::tui::app::{Action, Tab};

fn in_each_language(name: &str, build: impl Fn() -> Desk) {
    for lang in [Lang::He, Lang::Hu] {
        let _speaking = scoped(lang);
        build().snapshot(&format!("{name}_{}", lang.code()));
    }
}

#[test]
fn inbox_in_hebrew_and_hungarian() {
    in_each_language("inbox", Desk::demo);
}

#[test]
fn help_in_hebrew_and_hungarian() {
    in_each_language("help", || {
        let mut desk = Desk::demo();
        desk.act(Action::ToggleHelp);
        desk
    });
}

#[test]
fn log_call_dialog_in_hebrew_and_hungarian() {
    in_each_language("log_call_dialog", || {
        let mut desk = Desk::demo();
        desk.open_noa().act(Action::Log(InteractionKind::Call));
        desk
    });
}

#[test]
fn timeline_and_score_in_hebrew_and_hungarian() {
    in_each_language("entry", || {
        let mut desk = Desk::demo();
        desk.open_noa().act(Action::Open);
        desk
    });
    in_each_language("deal_page", || {
        let mut desk = Desk::demo();
        desk.act(Action::GoTo(Tab::Deals)).act(Action::Open);
        desk
    });
    in_each_language("timeline", || {
        let mut desk = Desk::demo();
        desk.open_noa();
        desk
    });
    in_each_language("score", || {
        let mut desk = Desk::demo();
        desk.open_noa().act(Action::GoTo(Tab::Score));
        desk
    });
}

#[test]
fn lists_in_hebrew_and_hungarian() {
    for tab in [Tab::Deals, Tab::Tasks, Tab::Contacts, Tab::Accounts] {
        in_each_language(&format!("tab_{tab:?}").to_lowercase(), || {
            let mut desk = Desk::demo();
            desk.act(Action::GoTo(tab));
            desk
        });
    }
}

/// The Hebrew words of the desk's messages, as typed (three letters or more, and not
/// the same read backwards, so that drawn in visual order they can be told apart).
fn hebrew_words() -> Vec<String> {
    let mut words = std::collections::BTreeSet::new();
    for area in [
        "common", "keys", "desk", "forms", "errors", "cli", "reports", "help",
    ] {
        let path = format!("{}/assets/i18n/he/{area}.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        for word in text.split(|c: char| !('\u{05D0}'..='\u{05EA}').contains(&c)) {
            let backwards: String = word.chars().rev().collect();
            if word.chars().count() >= 3 && backwards != word {
                words.insert(word.to_string());
            }
        }
    }
    // A word whose reversal is another word of the files ("אבל", "לבא") reads the
    // same either way round: it proves nothing.
    let reversal = |word: &String| word.chars().rev().collect::<String>();
    let ambiguous: Vec<String> = words
        .iter()
        .filter(|word| words.contains(&reversal(word)))
        .cloned()
        .collect();
    words
        .into_iter()
        .filter(|w| !ambiguous.contains(w))
        .collect()
}

/// No Hebrew label, title, column, hint or key of the desk reaches the screen in the
/// order it was typed: each is laid out like outside text, so a terminal that draws
/// cells as given shows it reading right to left.
#[test]
fn hebrew_labels_are_drawn_in_visual_order() {
    let _speaking = scoped(Lang::He);
    let words = hebrew_words();
    assert!(words.len() > 200, "{}", words.len());
    let mut screens: Vec<(String, Desk)> = Vec::new();
    for tab in [
        Tab::Inbox,
        Tab::Deals,
        Tab::Tasks,
        Tab::Contacts,
        Tab::Accounts,
        Tab::Reports,
    ] {
        let mut desk = Desk::demo();
        desk.act(Action::GoTo(tab));
        screens.push((format!("{tab:?}"), desk));
    }
    let mut desk = Desk::demo();
    desk.open_noa();
    screens.push(("timeline".into(), desk));
    let mut desk = Desk::demo();
    desk.open_noa().act(Action::GoTo(Tab::Score));
    screens.push(("score".into(), desk));
    let mut desk = Desk::demo();
    desk.act(Action::ToggleHelp);
    screens.push(("help".into(), desk));
    let mut desk = Desk::demo();
    desk.open_noa().act(Action::Log(InteractionKind::Call));
    screens.push(("log a call".into(), desk));
    let mut desk = Desk::empty();
    desk.act(Action::NextView);
    screens.push(("empty".into(), desk));
    for (name, action) in [
        ("search", Action::OpenSearch),
        ("new lead", Action::AddLead),
        ("edit contact", Action::EditContact),
        ("new deal", Action::NewDeal),
        ("nurture", Action::Nurture),
        ("drop", Action::Drop),
        ("import", Action::OpenImport),
    ] {
        let mut desk = Desk::demo();
        desk.open_noa().act(action);
        screens.push((name.into(), desk));
    }
    let mut desk = Desk::demo();
    desk.open_noa().act(Action::Open);
    screens.push(("an entry".into(), desk));
    let mut desk = Desk::demo();
    desk.act(Action::GoTo(Tab::Deals)).act(Action::Open);
    screens.push(("a deal".into(), desk));
    for page in 0..6 {
        let mut desk = Desk::demo();
        desk.act(Action::GoTo(Tab::Reports));
        for _ in 0..page {
            desk.act(Action::Right);
        }
        desk.act(Action::CyclePeriod)
            .act(Action::CyclePeriod)
            .act(Action::CyclePeriod);
        screens.push((format!("report {page}"), desk));
    }
    let mut typed = Vec::new();
    for (name, desk) in &screens {
        let screen = desk.rendered(120, 40);
        for line in screen.lines() {
            let hebrew = |c: char| ('\u{05D0}'..='\u{05EA}').contains(&c);
            let as_typed = line
                .split(|c: char| !hebrew(c))
                .find(|word| words.binary_search(&word.to_string()).is_ok());
            if let Some(word) = as_typed {
                typed.push(format!("{name}: {word:?} in {line:?}"));
            }
        }
    }
    assert!(
        typed.is_empty(),
        "Hebrew drawn as typed:\n{}",
        typed.join("\n")
    );
}

#[test]
fn reports_in_hebrew_and_hungarian() {
    in_each_language("reports_funnel", || {
        let mut desk = Desk::demo();
        desk.act(Action::GoTo(Tab::Reports));
        desk
    });
    in_each_language("reports_pipeline", || {
        let mut desk = Desk::demo();
        desk.act(Action::GoTo(Tab::Reports))
            .act(Action::Right)
            .act(Action::Right);
        desk
    });
}

#[test]
fn campaigns_a_checklist_and_the_send_dialog_in_hebrew_and_hungarian() {
    in_each_language("campaign_checklist", || {
        let mut desk = Desk::demo();
        desk.act(Action::GoTo(Tab::Campaigns)).act(Action::Open);
        desk
    });
    in_each_language("send_dialog", || {
        let mut desk = Desk::demo();
        desk.open_noa().act(Action::SendMessage);
        desk
    });
}
