//! Bracketed paste: pasted text goes into the focused text field as text, at its
//! cursor, never as keys. A line break in it must not save a form, nor a letter run
//! a command.

use super::app::{Effect, Overlay, State};
use super::keymap::Layer;
use super::typing::{Edit, apply};
use crate::domain::text::{clean_field, clean_line};

/// The most a one-line field (a name, a phone, the search box) holds after a paste.
pub const LINE_BYTES: usize = 1024;
/// The most a field of several lines (notes) holds after a paste: what an import
/// takes in one field.
pub const TEXT_BYTES: usize = crate::io::MAX_FIELD_BYTES;

pub const NO_FIELD: &str = "Paste into a field: open a dialog or / first";

/// Puts pasted text into the focused text field: line breaks and tabs become
/// spaces in a one-line field and stay in notes; control characters and escape
/// sequences are removed. With no text field open, nothing happens but a word.
pub(crate) fn on_paste(state: &mut State, pasted: &str) -> Vec<Effect> {
    // The keymap's own rule for which boxes take typed text: a picker does not.
    if !Layer::innermost(state).takes_text() {
        return refuse(state);
    }
    let (filled, multiline) = match &mut state.overlay {
        Some(Overlay::Form(form)) => {
            form.confirm_discard = false;
            let multiline = form.focus_is_multiline();
            match form.fields.get(form.focus) {
                Some(field) => (field.value.len(), multiline),
                None => return refuse(state),
            }
        }
        Some(Overlay::Search(search)) => (search.query.len(), false),
        Some(Overlay::HistoryFilter(line)) => (line.text.len(), false),
        _ => return refuse(state),
    };
    // Notes keep the paste's line breaks, those at its edges too (`clean_field` is
    // `clean_text` untrimmed): the field's own text may end where the paste begins.
    let text = if multiline {
        clean_field(pasted)
    } else {
        one_line(pasted)
    };
    if text.trim().is_empty() {
        state.message = Some("Nothing to paste: the text held no letters".into());
        return Vec::new();
    }
    let limit = if multiline { TEXT_BYTES } else { LINE_BYTES };
    let kept = cut_at(&text, limit.saturating_sub(filled));
    state.message = (kept.len() < text.len()).then(|| {
        crate::t!(
            "desk-pasted-part",
            kept = kept.chars().count(),
            total = text.chars().count(),
            kb = limit / 1024
        )
    });
    match &mut state.overlay {
        Some(Overlay::Form(form)) => {
            form.type_text(kept);
            Vec::new()
        }
        Some(Overlay::Search(search)) => {
            apply(
                &mut search.query,
                &mut search.after_cursor,
                false,
                Edit::Insert(kept),
            );
            vec![Effect::Search(search.query.clone())]
        }
        Some(Overlay::HistoryFilter(line)) => {
            line.apply(Edit::Insert(kept));
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// A paste for a one-line field: `clean_line` (each run of spaces, tabs and line
/// breaks one space), but a copied line's own line break at its end goes and a space
/// at either edge stays, so that "hello" followed by a pasted " world" reads
/// "hello world".
fn one_line(pasted: &str) -> String {
    let cleaned = clean_field(pasted);
    let kept = cleaned.trim_end_matches(['\r', '\n']);
    let space_if = |edge: bool| if edge { " " } else { "" };
    format!(
        "{}{}{}",
        space_if(kept.starts_with(char::is_whitespace)),
        clean_line(kept),
        space_if(kept.ends_with(char::is_whitespace))
    )
}

fn refuse(state: &mut State) -> Vec<Effect> {
    state.message = Some(NO_FIELD.into());
    Vec::new()
}

/// The longest start of `text` within `bytes`, ending between two characters.
fn cut_at(text: &str, bytes: usize) -> &str {
    if text.len() <= bytes {
        return text;
    }
    let mut end = bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
#[path = "paste_tests.rs"]
mod tests;
