//! `[display]`: how the desk draws what the terminal may draw differently.

use serde::Deserialize;

#[derive(Debug, Clone, Default, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Display {
    pub bidi: Bidi,
}

/// Who lays right-to-left text out: the desk (in visual order, after telling the
/// terminal with BDSM that it does), or the terminal (given text in typing order).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bidi {
    /// The desk, unless the terminal is known to reorder on its own and ignore BDSM.
    #[default]
    Auto,
    Desk,
    Terminal,
}

impl Bidi {
    /// Whether the program lays text out: `desk`, `terminal`, or for `auto` the desk
    /// unless the terminal reorders on its own and ignores BDSM (Konsole, mlterm),
    /// where text in visual order would be reversed a second time. `env` reads the
    /// environment, by name.
    pub fn program_lays_out(self, env: impl Fn(&str) -> Option<String>) -> bool {
        match self {
            Bidi::Desk => true,
            Bidi::Terminal => false,
            Bidi::Auto => !["KONSOLE_VERSION", "MLTERM"]
                .iter()
                .any(|name| env(name).is_some_and(|v| !v.is_empty())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Bidi;

    #[test]
    fn auto_leaves_text_to_terminals_that_reorder_it_themselves() {
        let none = |_: &str| None;
        let konsole = |name: &str| (name == "KONSOLE_VERSION").then(|| "230800".to_string());
        assert!(Bidi::Auto.program_lays_out(none));
        assert!(!Bidi::Auto.program_lays_out(konsole));
        assert!(Bidi::Desk.program_lays_out(konsole));
        assert!(!Bidi::Terminal.program_lays_out(none));
    }
}
