//! `[keys]` in the config: per action, one key, a list of keys, or "none".
//!
//! ```toml
//! [keys]
//! quit = "ctrl-q"            # a name alone: that action on the screens
//! log_call = ["c", "f2"]
//! [keys.form]
//! save = ["ctrl-s", "f2"]    # a table per layer, for the dialogs' keys too
//! [keys.deals]
//! won = "none"
//! ```
//!
//! A bad entry (unknown layer or action, a key that cannot be read) is reported,
//! naming it, and skipped. A key taken from another action of the same layer is
//! the rebound action's now, and that is reported too.

use super::{Keymap, Layer, key_name, parse_key};
use crossterm::event::KeyEvent;
use std::collections::BTreeMap;
use toml::Value;

impl Keymap {
    /// The default keymap with `[keys]` applied, and the problems found.
    pub fn with_overrides(overrides: &BTreeMap<String, Value>) -> (Keymap, Vec<String>) {
        let mut keymap = Keymap::default();
        let mut problems = Vec::new();
        for (name, value) in overrides {
            match value {
                Value::Table(table) => {
                    let Some(layer) = Layer::ALL.into_iter().find(|l| l.config_name() == name)
                    else {
                        let layers: Vec<&str> =
                            Layer::ALL.iter().map(|l| l.config_name()).collect();
                        problems.push(format!(
                            "[keys.{name}]: no such layer (there are {})",
                            layers.join(", ")
                        ));
                        continue;
                    };
                    for (action, value) in table {
                        let entry = format!("[keys.{name}] {action}");
                        keymap.rebind(Some(layer), action, value, &entry, &mut problems);
                    }
                }
                value => {
                    let entry = format!("[keys] {name}");
                    keymap.rebind(None, name, value, &entry, &mut problems);
                }
            }
        }
        (keymap, problems)
    }

    /// Gives the action `name` of `layer` (or, for the flat form, of the global
    /// layer or the one screen that has it) the keys `value` says.
    fn rebind(
        &mut self,
        layer: Option<Layer>,
        name: &str,
        value: &Value,
        entry: &str,
        problems: &mut Vec<String>,
    ) {
        let shown = value.to_string();
        let keys = match read_keys(value) {
            Ok(keys) => keys,
            Err(bad) => {
                problems.push(format!(
                    "{entry} = {shown}: {bad} is not a key (try \"x\", \"ctrl-s\", \"f2\", \"enter\", a list of them, or \"none\")"
                ));
                return;
            }
        };
        let Some(index) = self.bindings.iter().position(|b| {
            b.name == name && layer.map_or(b.layer.is_screen_or_global(), |l| b.layer == l)
        }) else {
            let place = layer.map_or("on the screens".to_string(), |l| {
                format!("in {}", l.config_name())
            });
            problems.push(format!(
                "{entry}: no such action {place} (the help screen, ?, lists them)"
            ));
            return;
        };
        let layer = self.bindings[index].layer;
        for key in &keys {
            let holder = self
                .bindings
                .iter_mut()
                .enumerate()
                .find(|(i, b)| *i != index && b.layer == layer && b.has(*key));
            if let Some((_, other)) = holder {
                let wanted = super::keys::normalize(*key);
                other.keys.retain(|k| super::keys::normalize(*k) != wanted);
                let left = if other.keys.is_empty() {
                    ", which has no key left".to_string()
                } else {
                    String::new()
                };
                problems.push(format!(
                    "{entry} = {shown}: {} was {}'s key in {}; it is {name}'s now{left}",
                    key_name(*key),
                    other.name,
                    layer.config_name()
                ));
            }
        }
        for key in &keys {
            self.report_shadowing(layer, *key, entry, &shown, problems);
        }
        self.bindings[index].keys = keys;
    }

    /// A screen's key hides the same global key on that screen: both keep it, and
    /// the config is told which wins where.
    fn report_shadowing(
        &self,
        layer: Layer,
        key: KeyEvent,
        entry: &str,
        shown: &str,
        problems: &mut Vec<String>,
    ) {
        let name = entry.rsplit(' ').next().unwrap_or(entry);
        for other in self.bindings.iter().filter(|b| b.has(key)) {
            let (screen, winner, loser) =
                if layer == Layer::Global && other.layer.parent() == Some(layer) {
                    (other.layer, other.name, name)
                } else if layer.parent() == Some(other.layer) {
                    (layer, name, other.name)
                } else {
                    continue;
                };
            problems.push(format!(
                "{entry} = {shown}: on {}, {} does {winner}, not {loser}",
                screen.config_name(),
                key_name(key),
            ));
        }
    }
}

/// The keys a value names: a string, a list of strings, or "none" for no key.
/// Err is the part that is not a key.
fn read_keys(value: &Value) -> Result<Vec<KeyEvent>, String> {
    let one = |value: &Value| match value {
        Value::String(text) => parse_key(text).ok_or_else(|| format!("\"{text}\"")),
        other => Err(other.to_string()),
    };
    match value {
        Value::String(text) if text.trim().eq_ignore_ascii_case("none") => Ok(Vec::new()),
        Value::Array(list) => list.iter().map(one).collect(),
        value => one(value).map(|key| vec![key]),
    }
}
