use super::*;
use crate::domain::InteractionKind;
use crate::tui::app::SearchBox;
use crate::tui::fixtures::{board, state};
use crate::tui::forms::Form;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn on(tab: Tab) -> State {
    let mut s = state();
    s.tab = tab;
    s
}

fn with(overlay: Overlay) -> State {
    let mut s = state();
    s.overlay = Some(overlay);
    s
}

fn overrides(toml: &str) -> (Keymap, Vec<String>) {
    let config = crate::config::Config::parse(toml).unwrap();
    Keymap::with_overrides(&config.keys)
}

#[test]
fn a_screens_keys_come_before_the_global_ones_and_shift_is_folded() {
    let keymap = Keymap::default();
    let inbox = on(Tab::Inbox);
    assert_eq!(
        keymap.route(&inbox, ch('c')),
        Some(Action::Log(InteractionKind::Call))
    );
    assert_eq!(
        keymap.route(&on(Tab::Timeline), ch('f')),
        Some(Action::CycleChannel)
    );
    assert_eq!(keymap.route(&inbox, ch('f')), None);
    assert_eq!(keymap.route(&inbox, key(KeyCode::Esc)), None);
    let shifted_d = KeyEvent::new(KeyCode::Char('D'), KeyModifiers::SHIFT);
    assert_eq!(keymap.route(&inbox, shifted_d), Some(Action::Drop));
    assert_eq!(keymap.route(&inbox, ch('k')), Some(Action::Up));
    assert_eq!(keymap.route(&on(Tab::Deals), ch('h')), Some(Action::Left));
}

#[test]
fn the_innermost_open_layer_takes_the_key_and_swallows_what_it_does_not_know() {
    let keymap = Keymap::default();
    let help = with(Overlay::Help(0));
    assert_eq!(keymap.route(&help, ch('j')), Some(Action::Down));
    assert_eq!(keymap.route(&help, ch('q')), Some(Action::Back));
    assert_eq!(
        keymap.route(&help, ch('c')),
        None,
        "no call behind the help"
    );
    let reach = with(Overlay::Form(Form::reach("a", "Noa", vec!["x".into()])));
    assert_eq!(Layer::innermost(&reach), Layer::Picker);
    assert_eq!(keymap.route(&reach, ch('j')), Some(Action::Down));
    assert_eq!(
        keymap.route(&reach, ch('c')),
        None,
        "a picker takes no text"
    );
    let search = with(Overlay::Search(SearchBox::default()));
    assert_eq!(
        keymap.route(&search, key(KeyCode::Down)),
        Some(Action::Down)
    );
    assert_eq!(keymap.route(&search, key(KeyCode::Esc)), Some(Action::Back));
    assert_eq!(
        keymap.route(&search, key(KeyCode::Tab)),
        None,
        "not the next screen"
    );
    let filter = with(Overlay::HistoryFilter(Default::default()));
    assert_eq!(
        keymap.route(&filter, key(KeyCode::Enter)),
        Some(Action::Open)
    );
    assert_eq!(keymap.route(&filter, key(KeyCode::PageDown)), None);
}

#[test]
fn a_text_field_takes_printable_keys_before_any_binding() {
    let keymap = Keymap::default();
    let form = with(Overlay::Form(Form::new_lead("")));
    assert_eq!(keymap.route(&form, ch('q')), Some(Action::Input('q')));
    assert_eq!(keymap.route(&form, ch('?')), Some(Action::Input('?')));
    let shifted = KeyEvent::new(KeyCode::Char('A'), KeyModifiers::SHIFT);
    assert_eq!(keymap.route(&form, shifted), Some(Action::Input('A')));
    let alt = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT);
    assert_eq!(keymap.route(&form, alt), None);
    assert_eq!(keymap.route(&form, ctrl('s')), Some(Action::Save));
    assert_eq!(keymap.route(&form, key(KeyCode::Enter)), Some(Action::Save));
    assert_eq!(
        keymap.route(&form, key(KeyCode::Tab)),
        Some(Action::NextField)
    );
    assert_eq!(
        keymap.route(&form, key(KeyCode::Backspace)),
        Some(Action::Erase)
    );
    let search = with(Overlay::Search(SearchBox::default()));
    assert_eq!(keymap.route(&search, ch('/')), Some(Action::Input('/')));
}

#[test]
fn ctrl_c_quits_from_every_layer_even_when_quit_is_rebound() {
    let (keymap, problems) = overrides("[keys]\nquit = \"none\"\n");
    assert!(problems.is_empty(), "{problems:?}");
    let overlays = [
        Overlay::Help(0),
        Overlay::Search(SearchBox::default()),
        Overlay::HistoryFilter(Default::default()),
        Overlay::Form(Form::new_lead("")),
    ];
    for overlay in overlays {
        assert_eq!(keymap.route(&with(overlay), ctrl('c')), Some(Action::Quit));
    }
    assert_eq!(keymap.route(&on(Tab::Score), ctrl('c')), Some(Action::Quit));
    assert_eq!(keymap.route(&on(Tab::Score), ch('q')), None);
}

#[test]
fn overrides_take_one_key_a_list_or_none_by_name_or_by_layer() {
    let (keymap, problems) = overrides(
        "[keys]\nquit = \"ctrl-q\"\nlog_call = [\"c\", \"f2\"]\n\
         [keys.form]\nsave = [\"ctrl-s\", \"f2\"]\n\
         [keys.deals]\nwon = \"none\"\n\
         [keys.global]\nrefresh = \"f5\"\n",
    );
    assert!(problems.is_empty(), "{problems:?}");
    let inbox = on(Tab::Inbox);
    assert_eq!(keymap.route(&inbox, ctrl('q')), Some(Action::Quit));
    assert_eq!(keymap.route(&inbox, ch('q')), None);
    let call = Some(Action::Log(InteractionKind::Call));
    assert_eq!(keymap.route(&inbox, ch('c')), call);
    assert_eq!(keymap.route(&inbox, key(KeyCode::F(2))), call);
    assert_eq!(
        keymap.route(&inbox, key(KeyCode::F(5))),
        Some(Action::Refresh)
    );
    let form = with(Overlay::Form(Form::new_lead("")));
    assert_eq!(keymap.route(&form, key(KeyCode::F(2))), Some(Action::Save));
    assert_eq!(
        keymap.route(&form, key(KeyCode::Enter)),
        None,
        "the list replaces"
    );
    assert_eq!(keymap.route(&on(Tab::Deals), ch('W')), None);
    assert!(keymap.hints(&form).iter().any(|h| h.keys == "Ctrl-S"));
}

#[test]
fn a_flat_name_is_the_screens_action_and_overlay_keys_need_their_layer() {
    let (keymap, problems) = overrides("[keys]\nopen = \"o\"\nerase = \"ctrl-h\"\n");
    assert_eq!(keymap.route(&on(Tab::Inbox), ch('o')), Some(Action::Open));
    let (shadowing, _) = overrides("[keys]\nnext_view = \"c\"\n");
    let hints = shadowing.hints(&on(Tab::Inbox));
    assert!(hints.iter().any(|h| h.keys == "c" && h.label == "view"));
    assert!(
        !hints.iter().any(|h| h.label == "call"),
        "c does not call here"
    );
    let search = with(Overlay::Search(SearchBox::default()));
    assert_eq!(
        keymap.route(&search, key(KeyCode::Enter)),
        Some(Action::Open)
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("[keys] erase") && problems[0].contains("no such action"));
    assert!(
        problems[1].contains("[keys] open = \"o\": on inbox, o does open, not reach"),
        "{problems:?}"
    );
}

#[test]
fn a_key_taken_from_another_action_of_the_layer_is_reported() {
    let (keymap, problems) = overrides("[keys]\nquit = \"c\"\n[keys.search]\nclose = \"down\"\n");
    let inbox = on(Tab::Inbox);
    assert_eq!(keymap.route(&inbox, ch('c')), Some(Action::Quit));
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].contains("c was log_call's key in global"),
        "{problems:?}"
    );
    assert!(problems[1].contains("[keys.search] close") && problems[1].contains("no key left"));
    let search = with(Overlay::Search(SearchBox::default()));
    assert_eq!(
        keymap.route(&search, key(KeyCode::Down)),
        Some(Action::Back)
    );
    assert_eq!(keymap.route(&search, key(KeyCode::Esc)), None);
}

#[test]
fn bad_entries_are_named_and_skipped() {
    let (keymap, problems) = overrides(
        "[keys]\nfrobnicate = \"x\"\nsearch = \"ctrl-alt-zz\"\nhelp = 7\nadd_task = [\"t\", \"nope\"]\n\
         [keys.dialogs]\nsave = \"f2\"\n[keys.form]\nsmash = \"f3\"\n",
    );
    assert_eq!(problems.len(), 6, "{problems:?}");
    let named = |entry: &str| problems.iter().any(|p| p.starts_with(entry));
    assert!(named(
        "[keys] add_task = [\"t\", \"nope\"]: \"nope\" is not a key"
    ));
    assert!(named("[keys.dialogs]: no such layer"));
    assert!(named("[keys] frobnicate: no such action"));
    assert!(named("[keys] help = 7: 7 is not a key"));
    assert!(named("[keys] search = \"ctrl-alt-zz\""));
    assert!(named("[keys.form] smash: no such action in form"));
    let inbox = on(Tab::Inbox);
    assert_eq!(
        keymap.route(&inbox, ch('/')),
        Some(Action::OpenSearch),
        "kept"
    );
    assert_eq!(keymap.route(&inbox, ch('t')), Some(Action::AddTask));
    assert_eq!(keymap.route(&inbox, ch('?')), Some(Action::ToggleHelp));
}

#[test]
fn names_are_unique_in_a_layer_and_across_the_screens() {
    let keymap = Keymap::default();
    let mut screens: Vec<&str> = Vec::new();
    for layer in Layer::ALL {
        let mut names: Vec<&str> = keymap.in_layer(layer).map(|b| b.name).collect();
        if layer.is_screen_or_global() {
            screens.extend(&names);
        }
        names.sort();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count, "{layer:?} repeats a name");
        for binding in keymap.in_layer(layer) {
            for key in &binding.keys {
                let holders = keymap.in_layer(layer).filter(|b| b.has(*key)).count();
                assert_eq!(holders, 1, "{} is bound twice in {layer:?}", key_name(*key));
            }
        }
    }
    let count = screens.len();
    screens.sort();
    screens.dedup();
    assert_eq!(screens.len(), count, "a flat name would be ambiguous");
}

#[test]
fn the_readme_key_table_lists_every_binding() {
    let readme = include_str!("../../../README.md");
    let start = readme.find("### Keys").expect("README has a Keys section");
    let table = &readme[start..start + readme[start..].find("Every binding").unwrap()];
    for binding in Keymap::default().bindings {
        for key in &binding.keys {
            let name = key_name(*key);
            let written = if name.chars().count() == 1 {
                format!("`{name}`")
            } else {
                name.clone()
            };
            assert!(
                table.contains(&written),
                "the README's key table lacks {written} ({})",
                binding.desc()
            );
        }
    }
}

#[test]
fn the_status_bar_comes_from_the_table_and_dims_what_cannot_act() {
    let keymap = Keymap::default();
    let items = keymap.hints(&on(Tab::Timeline));
    assert_eq!(
        (items[0].keys.as_str(), items[0].label.as_str()),
        ("f", "channel")
    );
    assert!(!items[0].enabled, "no contact is open");
    assert!(
        items
            .iter()
            .any(|h| h.keys == "/" && h.label == "search" && h.enabled)
    );
    assert!(
        !items.iter().any(|h| h.label == "view"),
        "inbox-only keys stay off"
    );
    let mut deals = on(Tab::Deals);
    let enabled = |s: &State, label: &str| {
        keymap
            .hints(s)
            .iter()
            .find(|h| h.label == label)
            .map(|h| h.enabled)
    };
    assert_eq!(enabled(&deals, "won"), Some(false));
    crate::tui::app::update(&mut deals, Action::BoardLoaded(board()));
    assert_eq!(enabled(&deals, "won"), Some(true));
    assert_eq!(enabled(&deals, "back"), Some(false), "the first stage");
    assert_eq!(enabled(&deals, "forward"), Some(true));
    let form = with(Overlay::Form(Form::new_lead("")));
    let footer: Vec<String> = keymap
        .hints(&form)
        .iter()
        .map(|h| format!("{} {}", h.keys, h.label))
        .collect();
    assert_eq!(
        footer,
        ["Tab next field", "↑↓ choices", "Ctrl-S save", "Esc cancel"]
    );
}

#[test]
fn a_config_that_moves_keys_around_consistently_is_not_reported() {
    let (keymap, problems) = overrides("[keys.deals]\nwon = \"none\"\nstage_forward = \"W\"\n");
    assert!(problems.is_empty(), "{problems:?}");
    let deals = on(Tab::Deals);
    assert_eq!(keymap.route(&deals, ch('W')), Some(Action::StageForward));
    assert_eq!(keymap.route(&deals, ch('>')), None);
    let (keymap, problems) = overrides("[keys.deals]\nwon = \"x\"\nlost = \"x\"\n");
    assert_eq!(
        problems,
        ["[keys.deals] won = \"x\": x is given to lost in deals too; won keeps it"]
    );
    assert_eq!(keymap.route(&deals, ch('x')), Some(Action::Won));
}

/// The keymap's texts are looked up by ids made from names, which the scan for
/// `t!` cannot see: each must be in every language's keys.ftl.
#[test]
fn every_binding_and_layer_has_its_text_in_every_language() {
    use crate::i18n::{Lang, scoped};
    for lang in Lang::ALL {
        let _speaking = scoped(lang);
        for binding in Keymap::default().bindings {
            assert_ne!(binding.desc(), binding.message, "{lang:?}");
            if let Some(label) = binding.status_label() {
                assert!(!label.ends_with(".status"), "{lang:?}: {label}");
            }
        }
        for layer in Layer::ALL {
            assert!(!layer.title().starts_with("layer-"), "{lang:?} {layer:?}");
        }
    }
}
