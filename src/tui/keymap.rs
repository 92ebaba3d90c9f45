//! The keymap: one table of bindings, each with a name (for the config) and a
//! description (for the help and the status bar, which are generated from it).
//! `[keys]` in the config rebinds actions by name; bad entries are reported and skipped.

use super::app::{Action, Tab};
use crate::domain::InteractionKind;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;

/// Where a binding applies; Global ones work on every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Global,
    Inbox,
    Timeline,
    Deals,
    Score,
}

impl Scope {
    pub fn of(tab: Tab) -> Scope {
        match tab {
            Tab::Inbox => Scope::Inbox,
            Tab::Timeline => Scope::Timeline,
            Tab::Deals => Scope::Deals,
            Tab::Score => Scope::Score,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub name: &'static str,
    pub key: KeyEvent,
    pub action: Action,
    pub scope: Scope,
    pub desc: &'static str,
    /// Short label for the status bar; None keeps it to the help screen.
    pub status: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

impl Default for Keymap {
    // One binding a line, so the table reads as a table.
    #[rustfmt::skip]
    fn default() -> Keymap {
        use Scope::*;
        let b = |name, key, action, scope, desc, status| Binding { name, key, action, scope, desc, status };
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        Keymap {
            bindings: vec![
                b("search", ch('/'), Action::OpenSearch, Global, "find anyone by phone, email, name or company", Some("search")),
                b("log_call", ch('c'), Action::Log(InteractionKind::Call), Global, "log a call on the current contact", Some("call")),
                b("log_whatsapp", ch('w'), Action::Log(InteractionKind::Whatsapp), Global, "log a WhatsApp message", Some("whatsapp")),
                b("log_email", ch('e'), Action::Log(InteractionKind::Email), Global, "log an email", None),
                b("log_meeting", ch('m'), Action::Log(InteractionKind::Meeting), Global, "log a meeting", None),
                b("log_note", ch('n'), Action::Log(InteractionKind::Note), Global, "add a note", Some("note")),
                b("add_task", ch('t'), Action::AddTask, Global, "add a follow-up task", Some("task")),
                b("add_lead", ch('a'), Action::AddLead, Global, "add a lead by hand", None),
                b("import", ch('I'), Action::OpenImport, Global, "import contacts (CSV, vCard) or a WhatsApp chat", None),
                b("reach", ch('o'), Action::Reach, Global, "open a WhatsApp chat, the dialler or an email", None),
                b("copy", ch('y'), Action::Copy, Global, "copy the phone (or email)", None),
                b("inbox", ch('1'), Action::GoTo(Tab::Inbox), Global, "go to the Inbox", None),
                b("timeline", ch('2'), Action::GoTo(Tab::Timeline), Global, "go to the Timeline", None),
                b("deals", ch('3'), Action::GoTo(Tab::Deals), Global, "go to the Deals board", None),
                b("score", ch('4'), Action::GoTo(Tab::Score), Global, "go to the Score", None),
                b("next_tab", key(KeyCode::Tab), Action::NextTab, Global, "next screen", None),
                b("prev_tab", key(KeyCode::BackTab), Action::PrevTab, Global, "previous screen", None),
                b("up", key(KeyCode::Up), Action::Up, Global, "move up", None),
                b("down", key(KeyCode::Down), Action::Down, Global, "move down", None),
                b("up_vi", ch('k'), Action::Up, Global, "move up", None),
                b("down_vi", ch('j'), Action::Down, Global, "move down", None),
                b("page_up", key(KeyCode::PageUp), Action::PageUp, Global, "page up", None),
                b("page_down", key(KeyCode::PageDown), Action::PageDown, Global, "page down", None),
                b("refresh", ch('r'), Action::Refresh, Global, "reload from the file", None),
                b("help", ch('?'), Action::ToggleHelp, Global, "show every key", Some("help")),
                b("quit", ch('q'), Action::Quit, Global, "quit", Some("quit")),
                b("quit_ctrl_c", ctrl('c'), Action::Quit, Global, "quit", None),
                b("assign", ch('A'), Action::Assign, Global, "assign an owner", Some("assign")),
                b("nurture", ch('N'), Action::Nurture, Global, "nurture: keep in touch for later", Some("nurture")),
                b("drop", ch('D'), Action::Drop, Global, "drop the lead, with a reason", Some("drop")),
                b("convert", ch('C'), Action::Convert, Global, "convert to a deal", Some("convert")),
                b("open", key(KeyCode::Enter), Action::Open, Inbox, "open the lead's timeline", Some("open")),
                b("next_view", ch('v'), Action::NextView, Inbox, "next view: All, New, Today, Mine, Hot, then yours", Some("view")),
                b("prev_view", ch('V'), Action::PrevView, Inbox, "previous view", None),
                b("filter_channel", ch('f'), Action::CycleChannel, Timeline, "show one channel (cycles)", Some("channel")),
                b("filter_history", ch('F'), Action::FilterHistory, Timeline, "find text in the history", Some("find")),
                b("clear_filters", key(KeyCode::Esc), Action::Back, Timeline, "clear the filters", None),
                b("open_deal_contact", key(KeyCode::Enter), Action::Open, Deals, "open the deal's contact", Some("open")),
                b("column_left", key(KeyCode::Left), Action::Left, Deals, "previous column", Some("column")),
                b("column_right", key(KeyCode::Right), Action::Right, Deals, "next column", None),
                b("column_left_vi", ch('h'), Action::Left, Deals, "previous column", None),
                b("column_right_vi", ch('l'), Action::Right, Deals, "next column", None),
                b("stage_back", ch('<'), Action::StageBack, Deals, "move the deal to the previous stage", Some("back")),
                b("stage_forward", ch('>'), Action::StageForward, Deals, "move the deal to the next stage", Some("forward")),
                b("won", ch('W'), Action::Won, Deals, "mark the deal won", Some("won")),
                b("lost", ch('X'), Action::Lost, Deals, "mark the deal lost, with a reason", Some("lost")),
            ],
        }
    }
}

impl Keymap {
    /// The default keymap with `[keys]` overrides (action name → key) applied.
    /// Returns the problems found, each naming the entry; those entries are skipped.
    pub fn with_overrides(overrides: &BTreeMap<String, String>) -> (Keymap, Vec<String>) {
        let mut keymap = Keymap::default();
        let mut problems = Vec::new();
        for (name, key_text) in overrides {
            let Some(key) = parse_key(key_text) else {
                problems.push(format!("[keys] {name} = \"{key_text}\": not a key (try \"x\", \"ctrl-s\", \"f2\", \"enter\")"));
                continue;
            };
            match keymap.bindings.iter_mut().find(|b| b.name == name) {
                Some(binding) => binding.key = key,
                None => problems.push(format!(
                    "[keys] {name}: no such action (see the help screen, ?)"
                )),
            }
        }
        (keymap, problems)
    }

    /// The action for a key on a screen: that screen's bindings first, then global ones.
    pub fn action(&self, key: KeyEvent, tab: Tab) -> Option<Action> {
        let scope = Scope::of(tab);
        let wanted = normalize(key);
        [scope, Scope::Global]
            .iter()
            .find_map(|s| {
                self.bindings
                    .iter()
                    .find(|b| b.scope == *s && normalize(b.key) == wanted)
            })
            .map(|b| b.action.clone())
    }

    /// The keys worth showing in the status bar for a screen.
    pub fn status_items(&self, tab: Tab) -> Vec<(String, &'static str)> {
        let scope = Scope::of(tab);
        // This screen's keys first: the bar is cut at the right on narrow terminals.
        let here = self.bindings.iter().filter(|b| b.scope == scope);
        let everywhere = self
            .bindings
            .iter()
            .filter(|b| b.scope == Scope::Global && b.action != Action::ToggleHelp);
        here.chain(everywhere)
            .filter_map(|b| b.status.map(|label| (key_name(b.key), label)))
            .collect()
    }

    /// The key that opens the help, pinned to the right of the status bar.
    pub fn help_key(&self) -> String {
        self.bindings
            .iter()
            .find(|b| b.action == Action::ToggleHelp)
            .map_or_else(|| "?".into(), |b| key_name(b.key))
    }
}

/// Shift arrives both as a modifier and as an upper-case letter; compare without it.
fn normalize(key: KeyEvent) -> (KeyCode, KeyModifiers) {
    let modifiers = match key.code {
        KeyCode::Char(_) | KeyCode::BackTab => key.modifiers - KeyModifiers::SHIFT,
        _ => key.modifiers,
    };
    (key.code, modifiers)
}

pub fn parse_key(text: &str) -> Option<KeyEvent> {
    let text = text.trim();
    let (modifiers, rest) = if let Some(rest) = text.strip_prefix("ctrl-") {
        (KeyModifiers::CONTROL, rest)
    } else if let Some(rest) = text.strip_prefix("alt-") {
        (KeyModifiers::ALT, rest)
    } else {
        (KeyModifiers::NONE, text)
    };
    let code = match rest.to_ascii_lowercase().as_str() {
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "shift-tab" | "backtab" => KeyCode::BackTab,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pageup" => KeyCode::PageUp,
        "pagedown" => KeyCode::PageDown,
        "space" => KeyCode::Char(' '),
        f if f.len() > 1 && f.starts_with('f') => {
            KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
        }
        _ => {
            let mut chars = rest.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            KeyCode::Char(c)
        }
    };
    Some(KeyEvent::new(code, modifiers))
}

/// How a key is written in the help and the status bar.
pub fn key_name(key: KeyEvent) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else if key.modifiers.contains(KeyModifiers::ALT) {
        format!("Alt-{base}")
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_keys_win_over_global_ones_and_shift_is_folded() {
        let keymap = Keymap::default();
        assert_eq!(
            keymap.action(ch('c'), Tab::Inbox),
            Some(Action::Log(InteractionKind::Call))
        );
        assert_eq!(
            keymap.action(ch('f'), Tab::Timeline),
            Some(Action::CycleChannel)
        );
        assert_eq!(keymap.action(ch('f'), Tab::Inbox), None);
        let shifted_d = KeyEvent::new(KeyCode::Char('D'), KeyModifiers::SHIFT);
        assert_eq!(keymap.action(shifted_d, Tab::Inbox), Some(Action::Drop));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(keymap.action(ctrl_c, Tab::Inbox), Some(Action::Quit));
    }

    #[test]
    fn overrides_rebind_by_name_and_report_bad_entries() {
        let overrides: BTreeMap<String, String> = [
            ("quit", "ctrl-q"),
            ("log_call", "F2"),
            ("frobnicate", "x"),
            ("search", "ctrl-alt-zz"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let (keymap, problems) = Keymap::with_overrides(&overrides);
        let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(keymap.action(ctrl_q, Tab::Inbox), Some(Action::Quit));
        assert_eq!(keymap.action(ch('q'), Tab::Inbox), None);
        assert_eq!(
            keymap.action(key(KeyCode::F(2)), Tab::Timeline),
            Some(Action::Log(InteractionKind::Call))
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("frobnicate") && problems[1].contains("search"));
        assert_eq!(
            keymap.action(ch('/'), Tab::Inbox),
            Some(Action::OpenSearch),
            "a bad entry keeps the default"
        );
    }

    #[test]
    fn the_readme_key_table_lists_every_binding() {
        let readme = include_str!("../../README.md");
        let start = readme.find("### Keys").expect("README has a Keys section");
        let table = &readme[start..start + readme[start..].find("Every binding").unwrap()];
        for binding in Keymap::default().bindings {
            let name = key_name(binding.key);
            let written = if name.chars().count() == 1 {
                format!("`{name}`")
            } else {
                name.clone()
            };
            assert!(
                table.contains(&written),
                "the README's key table lacks {written} ({})",
                binding.desc
            );
        }
    }

    #[test]
    fn the_status_bar_comes_from_the_table() {
        let items = Keymap::default().status_items(Tab::Timeline);
        assert_eq!(
            items[0],
            ("f".to_string(), "channel"),
            "this screen's keys come first"
        );
        assert!(items.contains(&("/".to_string(), "search")));
        assert!(items.contains(&("f".to_string(), "channel")));
        assert!(
            !items.iter().any(|(_, label)| *label == "view"),
            "inbox-only keys stay off the Timeline"
        );
    }
}
