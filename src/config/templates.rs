//! The config's `[[templates]]`, checked once the file is read, where each table's
//! line is known.

use crate::domain::template::Template;
use serde::Deserialize;

/// Each `[[templates]]` table that cannot be sent (a channel or a language not
/// known, an empty body) is refused, naming its line and the key at fault: serde's
/// own error would point at the first table of the array whichever is wrong.
pub(super) fn check(text: &str, templates: &[Template]) -> Result<(), String> {
    #[derive(Deserialize)]
    struct Tables {
        #[serde(default)]
        templates: Vec<toml::Spanned<toml::Table>>,
    }
    let Some((index, problem)) = templates
        .iter()
        .enumerate()
        .find_map(|(i, t)| t.problem().map(|p| (i, p)))
    else {
        return Ok(());
    };
    let spans: Tables = toml::from_str(text).map_err(|e| e.to_string())?;
    let table = spans.templates.get(index);
    // The line of the key at fault when the problem names one, else the table's.
    let key = ["channels", "language", "body", "name"]
        .into_iter()
        .find(|key| problem.contains(key.trim_end_matches('s')));
    let at = table.map_or(0, |table| {
        let start = table.span().start;
        key.and_then(|key| {
            // The table runs to the next table's header (its span may be the header's).
            let rest = &text[start.min(text.len())..];
            let end = (rest.char_indices().nth(1))
                .and_then(|(second, _)| rest[second..].find("\n[").map(|end| end + second))
                .unwrap_or(rest.len());
            let rest = &rest[..end];
            rest.find(&format!("\n{key} "))
                .or_else(|| rest.find(&format!("\n{key}=")))
                .map(|offset| offset + 1)
        })
        .map_or(start, |offset| start + offset)
    });
    let line = text[..at.min(text.len())].matches('\n').count() + 1;
    Err(format!(
        "line {line}: [[templates]] number {}{}: {problem}",
        index + 1,
        key.map(|k| format!(", key {k}")).unwrap_or_default()
    ))
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    #[test]
    fn a_template_that_cannot_be_sent_is_named_by_its_line_and_key() {
        let text = "user = \"Dana\"\n\n[[templates]]\nname = \"Good\"\nlanguage = \"en\"\nchannels = [\"sms\"]\nbody = \"hi\"\n\n[[templates]]\nname = \"Fax\"\nlanguage = \"en\"\nchannels = [\"fax\"]\nbody = \"x\"\n";
        let problem = Config::parse(text).unwrap_err();
        assert!(
            problem.starts_with("line 12: [[templates]] number 2, key channels:"),
            "{problem}"
        );
        assert!(problem.contains("\"fax\""), "{problem}");
        let hebrew = text.replace(
            "language = \"en\"\nchannels = [\"fax\"]",
            "language = \"עב\"\nchannels = [\"sms\"]",
        );
        let problem = Config::parse(&hebrew).unwrap_err();
        assert!(
            problem.starts_with("line 11: [[templates]] number 2, key language:"),
            "{problem}"
        );
        assert_eq!(
            Config::parse(&text.replace("fax", "email"))
                .unwrap()
                .templates
                .len(),
            2
        );
    }
}
