//! Values an export writes into fields nobody filled: Outlook's `Unspecified` gender,
//! `Normal` priority and sensitivity, `False` for private and `0/0/00` for dates, in
//! English and its localised exports; Google's and Outlook's `My Contacts` group.
//! Kept, they would be custom fields on every contact, hiding the real ones.

use crate::domain::text::fold;

/// Outlook's columns that it fills when empty, by their header in each language it
/// is localised in, with the values it fills them with (as `fold` leaves them).
const OUTLOOK_FILLERS: &[(&[&str], &[&str])] = &[
    (
        &["gender", "geschlecht", "sexe", "sexo", "sesso", "geslacht"],
        &[
            "unspecified",
            "nicht angegeben",
            "non specifie",
            "sin especificar",
            "non specificato",
            "niet opgegeven",
            "nao especificado",
        ],
    ),
    (
        &[
            "priority",
            "prioritat",
            "priorite",
            "prioridad",
            "priorita",
            "prioriteit",
            "prioridade",
        ],
        &["normal", "normale", "normaal"],
    ),
    (
        &[
            "sensitivity",
            "vertraulichkeit",
            "critere de diffusion",
            "confidencialidad",
            "riservatezza",
            "gevoeligheid",
            "sensibilidade",
        ],
        &["normal", "normale", "normaal"],
    ),
    (
        &["private", "privat", "prive", "privado", "privato"],
        &["false", "aus", "faux", "falso", "onwaar"],
    ),
];

/// The group every Google and Outlook contact is in: it says nothing of anyone.
pub(super) fn is_everyones_group(label: &str) -> bool {
    fold(label).replace(' ', "") == "mycontacts"
}

/// A date of zeros (`0/0/00`, `0.0.00`, `00-00-0000`): Outlook's empty birthday and
/// anniversary, in any column, since it is no date anywhere.
fn is_zero_date(value: &str) -> bool {
    let Some(separator) = value.chars().find(|c| matches!(c, '/' | '.' | '-')) else {
        return false;
    };
    let parts: Vec<&str> = value.split(separator).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|part| !part.is_empty() && part.chars().all(|c| c == '0'))
}

/// Which columns of a file hold fillers, and how many each held.
pub(super) struct Fillers {
    /// For each column, the values Outlook fills it with, when the file is Outlook's.
    outlook: Vec<Option<&'static [&'static str]>>,
    /// Whether a column's values are the file's own (a `custom:KEY` column of our
    /// export): those are never fillers.
    own: Vec<bool>,
    /// For each column, how many fillers were left out, and the first as written.
    left_out: Vec<(usize, Option<String>)>,
}

impl Fillers {
    /// Outlook's fillers count only in a file with two or more of its filled columns:
    /// a CRM's lone `Priority` column holds real priorities, `Normal` among them.
    pub fn of(headers: &[String], own: Vec<bool>) -> Fillers {
        let mut outlook: Vec<Option<&'static [&'static str]>> = headers
            .iter()
            .zip(&own)
            .map(|(header, own)| {
                let folded = fold(header);
                let folded = folded.trim();
                OUTLOOK_FILLERS
                    .iter()
                    .find(|(names, _)| !own && names.contains(&folded))
                    .map(|(_, values)| *values)
            })
            .collect();
        if outlook.iter().flatten().count() < 2 {
            outlook.iter_mut().for_each(|column| *column = None);
        }
        Fillers {
            left_out: vec![(0, None); headers.len()],
            outlook,
            own,
        }
    }

    /// True, and counted, when `value` in column `at` is a filler to leave out.
    pub fn leave_out(&mut self, at: usize, value: &str) -> bool {
        if self.own.get(at) != Some(&false) {
            return false;
        }
        let folded = fold(value);
        let filler = is_zero_date(value.trim())
            || self.outlook[at].is_some_and(|values| values.contains(&folded.trim()));
        if filler {
            self.count(at, value);
        }
        filler
    }

    /// Counts a filler that column `at` held, left out by its reader (a label).
    pub fn count(&mut self, at: usize, value: &str) {
        if let Some((count, first)) = self.left_out.get_mut(at) {
            *count += 1;
            first.get_or_insert_with(|| crate::domain::text::clean_line(value));
        }
    }

    /// The summary's one line on the fillers left out, naming each column's; None
    /// when there were none.
    pub fn summary(&self, headers: &[String]) -> Option<String> {
        let total: usize = self.left_out.iter().map(|(count, _)| count).sum();
        let each: Vec<String> = headers
            .iter()
            .zip(&self.left_out)
            .filter_map(|(header, (count, first))| {
                let first = first.as_deref()?;
                let header = crate::domain::text::clean_line(header);
                Some(format!("\"{first}\" in \"{header}\" ({count})"))
            })
            .collect();
        let values = crate::domain::text::counted(total, "filler value", "filler values");
        (total > 0).then(|| {
            format!(
                "{values} that exports write into empty fields left out: {}",
                each.join(", ")
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn outlooks_fillers_count_beside_another_filled_column_only() {
        let outlook = headers(&["Name", "Gender", "Priority", "custom:Gender"]);
        let mut fillers = Fillers::of(&outlook, vec![false, false, false, true]);
        assert!(fillers.leave_out(1, "Unspecified"));
        assert!(fillers.leave_out(2, "Normal"));
        assert!(!fillers.leave_out(2, "High"));
        assert!(
            !fillers.leave_out(3, "Unspecified"),
            "our own export's value"
        );
        assert!(!fillers.leave_out(0, "Normal"));
        let crm = headers(&["Name", "Priority"]);
        let mut fillers = Fillers::of(&crm, vec![false, false]);
        assert!(!fillers.leave_out(1, "Normal"), "a CRM's own priority");
    }

    #[test]
    fn german_fillers_and_dates_of_zeros() {
        let outlook = headers(&["Geschlecht", "Privat", "Geburtstag", "Notes"]);
        let mut fillers = Fillers::of(&outlook, vec![false; 4]);
        assert!(fillers.leave_out(0, "Nicht angegeben"));
        assert!(fillers.leave_out(1, "Aus"));
        assert!(fillers.leave_out(2, "0.0.00"));
        assert!(fillers.leave_out(2, "0/0/00"));
        assert!(!fillers.leave_out(2, "1.2.80"));
        assert!(!fillers.leave_out(3, "0.0"), "no date");
        assert_eq!(
            fillers.summary(&outlook).unwrap(),
            "4 filler values that exports write into empty fields left out: \
             \"Nicht angegeben\" in \"Geschlecht\" (1), \"Aus\" in \"Privat\" (1), \
             \"0.0.00\" in \"Geburtstag\" (2)"
        );
    }
}
