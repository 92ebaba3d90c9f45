//! Colours by role, from the config's `[theme]`. `NO_COLOR` (any value) turns them
//! all off; emphasis that carries meaning (overdue) stays bold so it still stands out.

use crate::config::ThemeConfig;
use crate::domain::InteractionKind;
use crate::domain::scoring::Temperature;
use crate::domain::sla::SlaState;
use ratatui::style::{Color, Modifier, Style};
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// None when colour is off.
    colors: Option<Palette>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Palette {
    accent: Color,
    dim: Color,
    overdue: Color,
    due_soon: Color,
    on_time: Color,
    hot: Color,
    warm: Color,
    cold: Color,
}

/// Reads a colour as the config writes it; the problem names the key.
fn color(key: &str, value: &str) -> Result<Color, String> {
    let normalized = value
        .trim()
        .to_ascii_lowercase()
        .replace(['-', '_', ' '], "");
    Color::from_str(&normalized).map_err(|_| {
        format!(
            "[theme] {key} = \"{value}\": not a colour (try red, light-blue, dark-gray or #ff8800)"
        )
    })
}

impl Theme {
    /// The configured colours, unless `NO_COLOR` is set. A colour that cannot be read
    /// keeps its default and is reported.
    pub fn from_config(config: &ThemeConfig) -> (Theme, Vec<String>) {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return (Theme::plain(), Vec::new());
        }
        let defaults = ThemeConfig::default();
        let mut problems = Vec::new();
        let mut pick = |key: &str, value: &str, default: &str| {
            color(key, value).unwrap_or_else(|problem| {
                problems.push(problem);
                color(key, default).unwrap_or(Color::Reset)
            })
        };
        let palette = Palette {
            accent: pick("accent", &config.accent, &defaults.accent),
            dim: pick("dim", &config.dim, &defaults.dim),
            overdue: pick("overdue", &config.overdue, &defaults.overdue),
            due_soon: pick("due_soon", &config.due_soon, &defaults.due_soon),
            on_time: pick("on_time", &config.on_time, &defaults.on_time),
            hot: pick("hot", &config.hot, &defaults.hot),
            warm: pick("warm", &config.warm, &defaults.warm),
            cold: pick("cold", &config.cold, &defaults.cold),
        };
        (
            Theme {
                colors: Some(palette),
            },
            problems,
        )
    }

    pub fn plain() -> Theme {
        Theme { colors: None }
    }

    fn fg(&self, pick: impl Fn(&Palette) -> Color) -> Style {
        match &self.colors {
            Some(palette) => Style::default().fg(pick(palette)),
            None => Style::default(),
        }
    }

    pub fn title(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        self.fg(|p| p.dim)
    }

    /// A key that cannot act now: dim, and faint even without colours.
    pub fn unavailable(&self) -> Style {
        self.dim().add_modifier(Modifier::DIM)
    }

    pub fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }

    pub fn key(&self) -> Style {
        self.fg(|p| p.accent).add_modifier(Modifier::BOLD)
    }

    pub fn error(&self) -> Style {
        self.fg(|p| p.overdue).add_modifier(Modifier::BOLD)
    }

    pub fn sla(&self, state: SlaState) -> Style {
        match state {
            SlaState::Overdue => self.fg(|p| p.overdue).add_modifier(Modifier::BOLD),
            SlaState::DueSoon => self.fg(|p| p.due_soon),
            SlaState::OnTime => self.fg(|p| p.on_time),
            SlaState::Answered => self.dim(),
        }
    }

    pub fn temperature(&self, temperature: Temperature) -> Style {
        match temperature {
            Temperature::Hot => self.fg(|p| p.hot),
            Temperature::Warm => self.fg(|p| p.warm),
            Temperature::Cold => self.fg(|p| p.cold),
        }
    }

    /// Channels keep fixed colours: they are a visual code, not a preference.
    pub fn channel(&self, kind: InteractionKind) -> Style {
        let color = match kind {
            InteractionKind::Call => Color::Cyan,
            InteractionKind::Whatsapp => Color::Green,
            InteractionKind::Email => Color::Blue,
            InteractionKind::Meeting => Color::Magenta,
            InteractionKind::Sms => Color::LightCyan,
            InteractionKind::Note => Color::Yellow,
            InteractionKind::Event | InteractionKind::Retracted => return self.dim(),
        };
        self.fg(|_| color)
    }
}

/// A one-character mark per channel, so the timeline reads without colour too.
pub fn channel_mark(kind: InteractionKind) -> &'static str {
    match kind {
        InteractionKind::Call => "☎",
        InteractionKind::Whatsapp => "✆",
        InteractionKind::Email => "✉",
        InteractionKind::Meeting => "◆",
        InteractionKind::Sms => "✎",
        InteractionKind::Note => "•",
        InteractionKind::Event => "·",
        InteractionKind::Retracted => "×",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_by_name_or_hex_and_bad_ones_are_reported() {
        assert_eq!(color("hot", "light-red"), Ok(Color::LightRed));
        assert_eq!(color("dim", "Dark Gray"), Ok(Color::DarkGray));
        assert_eq!(color("accent", "#ff8800"), Ok(Color::Rgb(255, 136, 0)));
        let config = ThemeConfig {
            hot: "fuchsia-ish".into(),
            ..ThemeConfig::default()
        };
        let (theme, problems) = Theme::from_config(&config);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("[theme] hot") && problems[0].contains("fuchsia-ish"));
        assert_ne!(theme, Theme::plain());
    }
}
