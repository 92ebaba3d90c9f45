//! Colours, in one place. `NO_COLOR` (any value) turns them all off; emphasis that
//! carries meaning (overdue) stays bold so it still stands out.

use crate::domain::InteractionKind;
use crate::domain::scoring::Temperature;
use crate::domain::sla::SlaState;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    pub fn plain() -> Theme {
        Theme { color: false }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::default().fg(color)
        } else {
            Style::default()
        }
    }

    pub fn title(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::default().fg(Color::DarkGray)
        } else {
            Style::default()
        }
    }

    pub fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn sla(&self, state: SlaState) -> Style {
        match state {
            SlaState::Overdue => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            SlaState::DueSoon => self.fg(Color::Yellow),
            SlaState::OnTime => self.fg(Color::Green),
            SlaState::Answered => self.dim(),
        }
    }

    pub fn temperature(&self, temperature: Temperature) -> Style {
        match temperature {
            Temperature::Hot => self.fg(Color::Red),
            Temperature::Warm => self.fg(Color::Yellow),
            Temperature::Cold => self.fg(Color::Blue),
        }
    }

    pub fn channel(&self, kind: InteractionKind) -> Style {
        match kind {
            InteractionKind::Call => self.fg(Color::Cyan),
            InteractionKind::Whatsapp => self.fg(Color::Green),
            InteractionKind::Email => self.fg(Color::Blue),
            InteractionKind::Meeting => self.fg(Color::Magenta),
            InteractionKind::Sms => self.fg(Color::LightCyan),
            InteractionKind::Note => self.fg(Color::Yellow),
            InteractionKind::Event => self.dim(),
        }
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
    }
}
