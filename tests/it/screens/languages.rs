//! The desk in Hebrew and Hungarian: the same screens, every label, key and word of
//! a list in the user's language (the keys themselves stay the same).

use super::Desk;
use leadometer::domain::InteractionKind;
use leadometer::i18n::{Lang, scoped};
use leadometer::tui::app::Action;

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
