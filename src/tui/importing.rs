//! Importing from the desk: a dialog asks for the file, a bar shows how far the
//! import got while it runs beside the desk, and the summary the command line
//! prints closes it. Esc stops a running import, and then nothing is written; Enter
//! hides the bar, so that calls can be logged meanwhile (they wait for the import,
//! see `pending`), and the summary comes to the status line. A chat whose dates read
//! day first and month first alike brings the dialog back to ask which.

use super::app::{Action, Effect, Overlay, State};
use super::draw::{Chrome, wrapped_sentence};
use super::field_words::choice_word;
use super::forms::{Field, Form, FormKind};
use super::keymap::Layer;
use crate::domain::text::clean_line;
use crate::import::{DateOrderNeeded, ImportReport, ImportRequest, Stage};
use crate::io::whatsapp::{AmbiguousDates, DateOrder};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Gauge, Paragraph};

/// An import started from the desk, as its dialog shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportView {
    pub file: String,
    pub dry_run: bool,
    pub stage: Stage,
    /// Esc was pressed: the import is being stopped.
    pub stopping: bool,
    /// Set when it ended: what it did, or why it failed.
    pub outcome: Option<Result<ImportReport, String>>,
}

/// Why an import from the desk ended without a summary.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportFailure {
    /// Nothing was imported, for this reason (as the command line says it).
    Failed(String),
    /// A chat's dates read either way: the dialog comes back with what was asked.
    DateOrder {
        needed: DateOrderNeeded,
        asked: ImportRequest,
    },
}

/// How an import's error reaches the desk: a chat's ambiguous dates recognised,
/// anything else as the command line words it.
pub(crate) fn failure(error: anyhow::Error, asked: ImportRequest) -> ImportFailure {
    match error.downcast::<DateOrderNeeded>() {
        Ok(needed) => ImportFailure::DateOrder { needed, asked },
        Err(error) => ImportFailure::Failed(format!("{error:#}")),
    }
}

const YES_NO: &[&str] = &["no", "yes"];
const BAD_ROWS: &[&str] = &["import nothing", "skip them"];
/// The Dates field's choices, and the order each one means.
const DATES: &[(&str, Option<DateOrder>)] = &[
    ("from the file", None),
    ("day first", Some(DateOrder::Dmy)),
    ("month first", Some(DateOrder::Mdy)),
    ("year first", Some(DateOrder::Ymd)),
];

/// The import dialog. A chat needs its contact, so the one on screen is offered.
pub fn form(chat_with: &str) -> Form {
    filled(&ImportRequest {
        contact: Some(chat_with.to_string()),
        ..ImportRequest::default()
    })
}

/// The dialog holding `request`: a new one, or one that comes back to ask.
fn filled(request: &ImportRequest) -> Form {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    let dates = DATES.iter().find(|(_, order)| *order == request.date_order);
    Form {
        kind: FormKind::Import,
        contact_id: None,
        deal_id: None,
        contact_name: String::new(),
        fields: vec![
            Field::new(
                "File",
                &request.file.display().to_string(),
                "a CSV, vCard (.vcf) or WhatsApp chat (.txt)",
            ),
            Field::new(
                "Chat with",
                &text(&request.contact),
                "for a WhatsApp chat: who it is with",
            ),
            Field::new(
                "Sender",
                &text(&request.sender),
                "for a group chat: which sender is the contact (blank: told from the names)",
            ),
            Field::new(
                "Dates",
                dates.map_or(DATES[0].0, |(label, _)| label),
                "↑/↓: a chat's day/month order",
            )
            .with_words(DATES.iter().map(|(label, _)| choice_word(label)).collect())
            .choices_only(),
            Field::new(
                "Encoding",
                &text(&request.encoding),
                "blank for UTF-8; windows-1255, windows-1250",
            ),
            Field::new(
                "Bad rows",
                BAD_ROWS[usize::from(request.skip_bad_rows)],
                "↑/↓: import nothing, or skip them",
            )
            .with_words(BAD_ROWS.iter().map(|word| choice_word(word)).collect())
            .choices_only(),
            Field::new(
                "Dry run",
                YES_NO[usize::from(request.dry_run)],
                "↑/↓: yes only reports, writes nothing",
            )
            .with_words(YES_NO.iter().map(|word| choice_word(word)).collect())
            .choices_only(),
        ],
        focus: 0,
        error: None,
        confirm_discard: false,
        shown: None,
        draft: None,
    }
}

/// What the dialog asks for. A path pasted with quotes around it (as terminals
/// paste a dragged file) is taken without them; `~/` is left for the runtime.
pub fn request(form: &Form) -> Result<ImportRequest, String> {
    let file = form.value("File").trim_matches(['"', '\'']).trim();
    if file.is_empty() {
        return Err("File: say which file to import".into());
    }
    let optional = |label| Some(form.value(label).to_string()).filter(|v| !v.is_empty());
    Ok(ImportRequest {
        file: file.into(),
        encoding: optional("Encoding"),
        contact: optional("Chat with"),
        sender: optional("Sender"),
        date_order: DATES
            .iter()
            .find(|(label, _)| *label == form.value("Dates"))
            .and_then(|(_, order)| *order),
        skip_bad_rows: form.value("Bad rows") == BAD_ROWS[1],
        dry_run: form.value("Dry run") == YES_NO[1],
        ..ImportRequest::default()
    })
}

/// The question the dialog asks about a chat whose dates read either way, in the
/// desk's words: "chat.txt, line 3: is 01/02/2024 the 1st of February (day first)
/// or January 2nd (month first)? Choose Dates, then Enter."
pub fn question(needed: &DateOrderNeeded) -> String {
    let AmbiguousDates {
        line,
        date,
        numbers: [first, second],
    } = &needed.dates;
    let file = crate::import::file_name(std::path::Path::new(&needed.file));
    let readings = match (
        read_as(*first, *second, true),
        read_as(*second, *first, false),
    ) {
        (Some(day_first), Some(month_first)) => {
            crate::t!(
                "import-dates-readings",
                day_first = day_first,
                month_first = month_first
            )
        }
        _ => crate::t!("import-dates-either"),
    };
    crate::t!(
        "import-dates-question",
        file = file,
        line = *line,
        date = date.as_str(),
        readings = readings
    )
}

/// The day `day` of the month `month` in the user's words: "the 1st of February"
/// (as English says a date read day first) or "February 1st", "február 1.",
/// "1 בפברואר"; `None` when it is no day.
fn read_as(day: u32, month: u32, day_first: bool) -> Option<String> {
    if day == 0 || day > 31 {
        return None;
    }
    if !(1..=12).contains(&month) {
        return None;
    }
    let lang = crate::i18n::lang();
    if lang == crate::i18n::Lang::En {
        let name = chrono::Month::try_from(u8::try_from(month).ok()?)
            .ok()?
            .name();
        return Some(match day_first {
            true => format!("the {} of {name}", ordinal(day)),
            false => format!("{name} {}", ordinal(day)),
        });
    }
    let name = crate::i18n::names::month_name(lang, month);
    Some(crate::t!("import-dates-day", day = day, month = name))
}

/// 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The dialog comes back as it was sent, its focus on Dates and the question below.
/// Hidden behind another dialog meanwhile, the import only says why it stopped.
fn ask_date_order(state: &mut State, needed: &DateOrderNeeded, asked: &ImportRequest) {
    if let None | Some(Overlay::Import(_)) = state.overlay {
        let mut form = filled(asked);
        form.focus = form
            .fields
            .iter()
            .position(|f| f.label == "Dates")
            .unwrap_or(0);
        form.error = Some(question(needed));
        state.overlay = Some(Overlay::Form(form));
        // The dialog asks; an older message below it would only contradict it.
        state.message = None;
    } else {
        let file = crate::import::file_name(std::path::Path::new(&needed.file));
        state.message = Some(crate::t!("desk-import-dates-unread", file = file));
    }
}

/// Ctrl-S or Enter on the dialog: the import starts and the bar replaces the form.
pub(crate) fn start(state: &mut State, form: &Form) -> Vec<Effect> {
    match request(form) {
        Ok(request) => {
            state.overlay = Some(Overlay::Import(ImportView {
                file: crate::import::file_name(&request.file),
                dry_run: request.dry_run,
                stage: Stage::Reading,
                stopping: false,
                outcome: None,
            }));
            vec![Effect::Import(request)]
        }
        Err(message) => {
            if let Some(Overlay::Form(form)) = &mut state.overlay {
                form.error = Some(message);
            }
            Vec::new()
        }
    }
}

/// Keys while the bar or the summary is up: Esc stops a running import, Enter hides
/// its bar; Esc or Enter closes the summary.
pub(crate) fn on_key(state: &mut State, action: &Action) -> Vec<Effect> {
    let Some(Overlay::Import(view)) = &mut state.overlay else {
        return Vec::new();
    };
    match (action, view.outcome.is_some()) {
        (Action::Back | Action::Open | Action::Quit, true) => state.overlay = None,
        (Action::Open, false) if !view.stopping => {
            let file = view.file.clone();
            state.overlay = None;
            state.message = Some(crate::t!("desk-import-beside", file = file));
        }
        (Action::Back, false) if !view.stopping => {
            view.stopping = true;
            return vec![Effect::CancelImport];
        }
        _ => {}
    }
    Vec::new()
}

pub(crate) fn on_progress(state: &mut State, stage: Stage) {
    if let Some(Overlay::Import(view)) = &mut state.overlay
        && view.outcome.is_none()
    {
        view.stage = stage;
    }
}

/// The import ended: its summary goes in the dialog and the status bar, and the
/// screens reload when something was written.
pub(crate) fn on_finished(state: &mut State, outcome: Result<ImportReport, ImportFailure>) -> bool {
    let outcome = match outcome {
        Ok(report) => Ok(report),
        Err(ImportFailure::Failed(message)) => Err(message),
        Err(ImportFailure::DateOrder { needed, asked }) => {
            ask_date_order(state, &needed, &asked);
            return false;
        }
    };
    let Some(Overlay::Import(view)) = &mut state.overlay else {
        state.message = Some(match &outcome {
            Ok(report) => report.counts.to_string(),
            Err(e) => e.clone(),
        });
        return outcome.is_ok();
    };
    view.outcome = Some(outcome);
    state.message = Some(headline(view));
    matches!(&view.outcome, Some(Ok(report)) if !report.refused && !view.dry_run)
}

/// One line for the status bar and the top of the summary.
pub fn headline(view: &ImportView) -> String {
    let file = &view.file;
    match &view.outcome {
        None if view.stopping => crate::t!("import-stopping", file = file),
        None => match view.stage {
            Stage::Reading => crate::t!("import-reading", file = file),
            Stage::Storing { done, total } => {
                crate::t!("import-storing", file = file, done = done, total = total)
            }
        },
        Some(Err(message)) => crate::t!("import-failed", message = message),
        Some(Ok(report)) if report.refused => {
            crate::t!("import-refused", file = file, count = report.errors.len())
        }
        Some(Ok(report)) => report.summary(file, view.dry_run),
    }
}

/// What the summary lists under its errors: for a chat, each sender and where their
/// messages went (as the command line prints them), then the warnings.
pub(crate) fn notes(report: &ImportReport) -> Vec<String> {
    let mut notes = report.sender_lines();
    notes.extend(
        (report.warnings.iter()).map(|warning| crate::i18n::notices::shown(warning).into_owned()),
    );
    notes
}

/// The bar while the import runs; the summary, its errors and warnings after.
pub fn draw(frame: &mut Frame<'_>, area: Rect, view: &ImportView, chrome: &Chrome<'_>) {
    let theme = &chrome.theme;
    let key = |action| chrome.keymap.key_for(Layer::Import, action);
    let rect = super::draw::popup(area, 76, 16);
    frame.render_widget(Clear, rect);
    let block = Block::default().borders(Borders::ALL).title(format!(
        " {} ",
        crate::t!("import-title", file = clean_line(&view.file))
    ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width).max(1);
    let style = match &view.outcome {
        Some(Err(_)) => theme.error(),
        Some(Ok(report)) if report.refused => theme.error(),
        _ => theme.title(),
    };
    let headline = wrapped_sentence(&clean_line(&headline(view)), width, style);
    // The headline whole (a refusal's reason can be long), and a line below it.
    let [top, body, footer] = Layout::vertical([
        Constraint::Length(headline.len() as u16 + 1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(headline), top);
    let Some(outcome) = &view.outcome else {
        let ratio = match view.stage {
            Stage::Storing { done, total } if total > 0 => done as f64 / total as f64,
            _ => 0.0,
        };
        frame.render_widget(
            Gauge::default()
                .gauge_style(theme.key())
                .ratio(ratio.clamp(0.0, 1.0)),
            Rect { height: 1, ..body },
        );
        let hint = crate::t!(
            "import-running-hint",
            stop = key(&Action::Back),
            hide = key(&Action::Open)
        );
        frame.render_widget(Paragraph::new(Line::styled(hint, theme.dim())), footer);
        return;
    };
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut add =
        |text: &str, style| lines.extend(wrapped_sentence(&clean_line(text), width, style));
    if let Ok(report) = outcome {
        for error in &report.errors {
            add(
                &crate::t!(
                    "import-line",
                    line = error.line,
                    message = crate::i18n::notices::shown(&error.message).into_owned()
                ),
                theme.error(),
            );
        }
        if report.refused {
            add(&crate::t!("import-fix-them"), theme.dim());
        }
        for note in notes(report) {
            add(&note, theme.dim());
        }
    }
    let shown = (body.height as usize).max(1);
    if lines.len() > shown {
        let more = lines.len() - shown + 1;
        lines.truncate(shown - 1);
        lines.push(Line::styled(
            crate::t!("import-and-more", more = more),
            theme.dim(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), body);
    frame.render_widget(
        Paragraph::new(Line::styled(
            crate::t!(
                "import-closes",
                open = key(&Action::Open),
                back = key(&Action::Back)
            ),
            theme.dim(),
        )),
        footer,
    );
}

#[cfg(test)]
#[path = "importing_tests.rs"]
mod tests;
