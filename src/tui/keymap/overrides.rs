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
//! naming it, and skipped. Once every entry is in, a key still held by another
//! action of the same layer is taken from it (two rebound actions given one key:
//! the first in the table keeps it), and a screen's key that hides a global one
//! there is named; each of these is reported too.

use super::{Keymap, Layer, key_name, parse_key};
use crossterm::event::KeyEvent;
use std::collections::BTreeMap;
use toml::Value;

impl Keymap {
    /// The default keymap with `[keys]` applied, and the problems found.
    pub fn with_overrides(overrides: &BTreeMap<String, Value>) -> (Keymap, Vec<String>) {
        let mut keymap = Keymap::default();
        let mut problems = Vec::new();
        let mut rebound: Vec<Rebound> = Vec::new();
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
                        let entry = format!("[keys.{name}] {action} = {value}");
                        rebound.extend(keymap.rebind(
                            Some(layer),
                            action,
                            value,
                            entry,
                            &mut problems,
                        ));
                    }
                }
                value => {
                    let entry = format!("[keys] {name} = {value}");
                    rebound.extend(keymap.rebind(None, name, value, entry, &mut problems));
                }
            }
        }
        for change in &rebound {
            keymap.settle(change, &rebound, &mut problems);
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
        entry: String,
        problems: &mut Vec<String>,
    ) -> Option<Rebound> {
        let keys = match read_keys(value) {
            Ok(keys) => keys,
            Err(bad) => {
                problems.push(format!(
                    "{entry}: {bad} is not a key (try \"x\", \"ctrl-s\", \"f2\", \"enter\", a list of them, or \"none\")"
                ));
                return None;
            }
        };
        let Some(index) = self.bindings.iter().position(|b| {
            b.name == name && layer.map_or(b.layer.is_screen_or_global(), |l| b.layer == l)
        }) else {
            let place = layer.map_or("on the screens".to_string(), |l| {
                format!("in {}", l.config_name())
            });
            let entry = entry.split(" = ").next().unwrap_or(&entry);
            problems.push(format!(
                "{entry}: no such action {place} (the help screen, ?, lists them)"
            ));
            return None;
        };
        self.bindings[index].keys = keys;
        Some(Rebound { index, entry })
    }

    /// After every entry is in: a rebound key still held by another action of its
    /// layer is taken from it, unless that one was rebound too (then the first in
    /// the table keeps it); a screen's key hiding a global one there is named.
    fn settle(&mut self, change: &Rebound, rebound: &[Rebound], problems: &mut Vec<String>) {
        let (layer, name) = (
            self.bindings[change.index].layer,
            self.bindings[change.index].name,
        );
        for key in self.bindings[change.index].keys.clone() {
            let shown = key_name(key);
            for other in 0..self.bindings.len() {
                let holder = &self.bindings[other];
                if other == change.index || !holder.has(key) {
                    continue;
                }
                let other_name = holder.name;
                if holder.layer == layer {
                    if rebound.iter().all(|r| r.index != other) {
                        let wanted = super::keys::normalize(key);
                        let holder = &mut self.bindings[other];
                        holder.keys.retain(|k| super::keys::normalize(*k) != wanted);
                        let left = if holder.keys.is_empty() {
                            ", which has no key left"
                        } else {
                            ""
                        };
                        problems.push(format!(
                            "{}: {shown} was {other_name}'s key in {}; it is {name}'s now{left}",
                            change.entry,
                            layer.config_name()
                        ));
                    } else if other > change.index {
                        problems.push(format!(
                            "{}: {shown} is given to {other_name} in {} too; {name} keeps it",
                            change.entry,
                            layer.config_name()
                        ));
                    }
                } else if layer.parent() == Some(holder.layer) {
                    problems.push(format!(
                        "{}: on {}, {shown} does {name}, not {other_name}",
                        change.entry,
                        layer.config_name()
                    ));
                } else if holder.layer.parent() == Some(layer) {
                    problems.push(format!(
                        "{}: on {}, {shown} does {other_name}, not {name}",
                        change.entry,
                        holder.layer.config_name()
                    ));
                }
            }
        }
    }
}

/// An action the config gave keys to, and its entry as written, for reports.
struct Rebound {
    index: usize,
    entry: String,
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
