//! `[display]`: how the desk draws what the terminal may draw differently.

use serde::Deserialize;

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Display {
    pub bidi: Bidi,
}

/// Who lays right-to-left text out: the desk (in visual order, after telling the
/// terminal with BDSM that it does), or the terminal (given text in typing order).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bidi {
    /// The desk, unless the terminal is known to reorder on its own and ignore BDSM.
    #[default]
    Auto,
    Desk,
    Terminal,
}
