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
