//! The keymap: one table of bindings in layers (everywhere, each screen, dialogs,
//! pickers, the search box, the history filter, the help, the import), each with a
//! name (for the config) and a description (for the help). The status bar, the
//! dialogs' footers and the help are generated from it; `[keys]` in the config
//! rebinds actions by name (see `overrides`).
//!
//! A key goes to the innermost open layer: an overlay's, or else the screen's. A
//! layer with a text field takes printable keys (no Ctrl, no Alt) as text before any
//! of its bindings. A screen's layer falls through to the global one; an overlay's
//! layer falls through to nothing, so a dialog swallows the keys it does not know.
//! The one exception is the help, which the key that opened it also closes.
//! Ctrl-C is the one key wired by hand: it always means quit (which a dialog ignores,
//! so that typed text is not lost to it).

mod keys;
mod overrides;
mod table;

pub use keys::{key_name, parse_key};

use super::app::{Action, Overlay, State, Tab};
use super::forms::FormKind;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Global,
    Inbox,
    Timeline,
    Deals,
    Score,
    /// A dialog with fields to type into (its ↑/↓ step through a field's choices).
    Form,
    /// A dialog with nothing to type, only a choice to make (the ways to reach).
    Picker,
    Search,
    HistoryFilter,
    Help,
    /// An import's progress bar and its summary.
    Import,
    /// A timeline entry open in full.
    Entry,
    /// A dialog's field of several lines (a contact's notes): its own keys first
    /// (Enter breaks the line, ↑/↓ move between lines), then the dialog's.
    Notes,
    Tasks,
    Contacts,
    Accounts,
    Reports,
    Campaigns,
    /// A deal's page.
    Deal,
}

impl Layer {
    pub const ALL: [Layer; 19] = [
        Layer::Global,
        Layer::Inbox,
        Layer::Timeline,
        Layer::Deals,
        Layer::Score,
        Layer::Form,
        Layer::Picker,
        Layer::Search,
        Layer::HistoryFilter,
        Layer::Help,
        Layer::Import,
        Layer::Entry,
        Layer::Notes,
        Layer::Tasks,
        Layer::Contacts,
        Layer::Accounts,
        Layer::Reports,
        Layer::Campaigns,
        Layer::Deal,
    ];

    /// The layer's table in the config: `[keys.form]`.
    pub fn config_name(self) -> &'static str {
        match self {
            Layer::Global => "global",
            Layer::Inbox => "inbox",
            Layer::Timeline => "timeline",
            Layer::Deals => "deals",
            Layer::Score => "score",
            Layer::Form => "form",
            Layer::Picker => "picker",
            Layer::Search => "search",
            Layer::HistoryFilter => "history_filter",
            Layer::Help => "help",
            Layer::Import => "import",
            Layer::Entry => "entry",
            Layer::Notes => "notes",
            Layer::Tasks => "tasks",
            Layer::Contacts => "contacts",
            Layer::Accounts => "accounts",
            Layer::Campaigns => "campaigns",
            Layer::Reports => "reports",
            Layer::Deal => "deal",
        }
    }

    /// The layer's heading in the help.
    pub fn title(self) -> String {
        crate::i18n::message(&format!("layer-{}", self.config_name()).replace('_', "-"))
    }

    pub fn of_screen(tab: Tab) -> Layer {
        match tab {
            Tab::Inbox => Layer::Inbox,
            Tab::Timeline => Layer::Timeline,
            Tab::Deals => Layer::Deals,
            Tab::Score => Layer::Score,
            Tab::Tasks => Layer::Tasks,
            Tab::Contacts => Layer::Contacts,
            Tab::Accounts => Layer::Accounts,
            Tab::Reports => Layer::Reports,
            Tab::Campaigns => Layer::Campaigns,
        }
    }

    /// Whether the config's flat form (`[keys] quit = "ctrl-q"`) reaches this layer.
    pub fn is_screen_or_global(self) -> bool {
        matches!(
            self,
            Layer::Global
                | Layer::Inbox
                | Layer::Timeline
                | Layer::Deals
                | Layer::Score
                | Layer::Tasks
                | Layer::Contacts
                | Layer::Accounts
                | Layer::Reports
                | Layer::Campaigns
        )
    }

    /// Where keys this layer does not bind go: a screen's to the global layer; a
    /// field of several lines to its dialog's; an overlay's nowhere, so that a key
    /// meant for the screen below does not act behind an open dialog.
    pub fn parent(self) -> Option<Layer> {
        match self {
            Layer::Inbox
            | Layer::Timeline
            | Layer::Deals
            | Layer::Score
            | Layer::Tasks
            | Layer::Contacts
            | Layer::Accounts
            | Layer::Reports
            | Layer::Campaigns => Some(Layer::Global),
            Layer::Notes => Some(Layer::Form),
            _ => None,
        }
    }

    /// Whether the layer has a text field, which takes printable keys first.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Layer::Form | Layer::Notes | Layer::Search | Layer::HistoryFilter
        )
    }

    /// The innermost open layer: the overlay's, or else the screen's.
    pub fn innermost(state: &State) -> Layer {
        match &state.overlay {
            None => Layer::of_screen(state.tab),
            Some(Overlay::Form(form)) if form.kind == FormKind::Reach => Layer::Picker,
            Some(Overlay::Form(form)) if form.focus_is_multiline() => Layer::Notes,
            Some(Overlay::Form(_)) => Layer::Form,
            Some(Overlay::Search(_)) => Layer::Search,
            Some(Overlay::HistoryFilter(_)) => Layer::HistoryFilter,
            Some(Overlay::Help(_)) => Layer::Help,
            Some(Overlay::Import(_)) => Layer::Import,
            Some(Overlay::Entry(_)) => Layer::Entry,
            Some(Overlay::Deal(_)) => Layer::Deal,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub layer: Layer,
    /// The action's name in the config, unique within its layer.
    pub name: &'static str,
    /// The first is the one the status bar shows; none when unbound ("none").
    pub keys: Vec<KeyEvent>,
    pub action: Action,
    /// The id of what it does in `keys.ftl`; its `.status` is the status bar's label.
    pub message: String,
    /// Whether the status bar shows it; otherwise only the help does.
    pub in_status_bar: bool,
}

impl Binding {
    /// What the binding does, in the user's language, for the help.
    pub fn desc(&self) -> String {
        crate::i18n::message(&self.message)
    }

    /// Its short label in the status bar, if it has a place there.
    pub fn status_label(&self) -> Option<String> {
        self.in_status_bar
            .then(|| crate::i18n::message(&format!("{}.status", self.message)))
    }

    fn has(&self, key: KeyEvent) -> bool {
        let wanted = keys::normalize(key);
        self.keys.iter().any(|k| keys::normalize(*k) == wanted)
    }

    /// Every key, as the help lists them.
    pub fn key_names(&self) -> String {
        match self.keys.as_slice() {
            [] => crate::t!("key-unbound"),
            keys => keys
                .iter()
                .map(|k| key_name(*k))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

/// One key in the status bar or a dialog's footer: shown dimmed when its action
/// cannot act now (`Action::available`).
#[derive(Debug, Clone, PartialEq)]
pub struct Hint {
    pub keys: String,
    pub label: String,
    pub enabled: bool,
    /// What a click on the hint does (`hits`): its first key's action.
    pub action: Action,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            bindings: table::bindings(),
        }
    }
}

impl Keymap {
    /// The action a key means now: Ctrl-C always means quit; a text field takes printable
    /// keys; then the innermost layer's bindings, and the layers it falls through to.
    pub fn route(&self, state: &State, key: KeyEvent) -> Option<Action> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            return Some(Action::Quit);
        }
        let innermost = Layer::innermost(state);
        if innermost.takes_text()
            && let KeyCode::Char(c) = key.code
            && !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return Some(Action::Input(c));
        }
        let mut layer = Some(innermost);
        while let Some(here) = layer {
            if let Some(binding) = self.in_layer(here).find(|b| b.has(key)) {
                return Some(binding.action.clone());
            }
            layer = here.parent();
        }
        // The help inherits one global key: the one that opened it closes it.
        let opens_help = || {
            self.in_layer(Layer::Global)
                .any(|b| b.action == Action::ToggleHelp && b.has(key))
        };
        (innermost == Layer::Help && opens_help()).then_some(Action::Back)
    }

    pub fn in_layer(&self, layer: Layer) -> impl Iterator<Item = &Binding> {
        self.bindings.iter().filter(move |b| b.layer == layer)
    }

    /// The key that does `action` in `layer`, as shown in a sentence ("Esc again
    /// discards"); "no key" when it was unbound.
    pub fn key_for(&self, layer: Layer, action: &Action) -> String {
        self.in_layer(layer)
            .find(|b| b.action == *action)
            .and_then(|b| b.keys.first())
            .map_or_else(|| crate::t!("key-unbound-in-sentence"), |k| key_name(*k))
    }

    /// The key that opens the help, pinned to the right of the status bar.
    pub fn help_key(&self) -> Option<String> {
        self.in_layer(Layer::Global)
            .find(|b| b.action == Action::ToggleHelp)
            .and_then(|b| b.keys.first())
            .map(|k| key_name(*k))
    }

    /// The keys worth showing for the innermost layer: its own first (the bar is cut
    /// at the right on narrow terminals), then those of the layers it falls through
    /// to. Neighbours with one label share it ("↑↓ choose").
    pub fn hints(&self, state: &State) -> Vec<Hint> {
        let mut layers = vec![Layer::innermost(state)];
        while let Some(parent) = layers.last().and_then(|l| l.parent()) {
            layers.push(parent);
        }
        let mut hints: Vec<Hint> = Vec::new();
        let mut last_keys: Vec<KeyEvent> = Vec::new();
        let bindings = layers
            .iter()
            .enumerate()
            .flat_map(|(depth, layer)| self.in_layer(*layer).map(move |b| (depth, b)));
        for (depth, binding) in bindings {
            let (Some(label), Some(key)) = (self.label(binding, state), binding.keys.first())
            else {
                continue;
            };
            let hidden = || {
                layers[..depth]
                    .iter()
                    .any(|l| self.in_layer(*l).any(|b| b.has(*key)))
            };
            // The help's key is pinned to the right; a key a screen took does not
            // do the global action there.
            if binding.action == Action::ToggleHelp || hidden() {
                continue;
            }
            let enabled = binding.action.available(state).is_ok();
            match hints.last_mut() {
                Some(last) if last.label == label && last.enabled == enabled => {
                    last_keys.push(*key);
                    let join = if last_keys.iter().all(|k| keys::is_arrow(*k)) {
                        ""
                    } else {
                        "/"
                    };
                    last.keys = last_keys
                        .iter()
                        .map(|k| key_name(*k))
                        .collect::<Vec<_>>()
                        .join(join);
                }
                _ => {
                    last_keys = vec![*key];
                    hints.push(Hint {
                        keys: key_name(*key),
                        label,
                        enabled,
                        action: binding.action.clone(),
                    });
                }
            }
        }
        hints
    }

    /// A binding's label now: an import's keys say what they do in its phase, and
    /// saving the import dialog imports.
    fn label(&self, binding: &Binding, state: &State) -> Option<String> {
        match &state.overlay {
            Some(Overlay::Import(view)) if view.outcome.is_some() => Some(crate::t!("hint-close")),
            Some(Overlay::Form(form))
                if form.kind == FormKind::Import && binding.action == Action::Save =>
            {
                Some(crate::t!("hint-import"))
            }
            _ => binding.status_label(),
        }
    }
}

#[cfg(test)]
mod tests;
