//! Which field of a contact a CSV column holds, from its header: HubSpot's and
//! Google's own names, and the synonyms people use in English, Hebrew and Hungarian.

use super::custom::{custom_keys_of, declared_custom_key};
use super::fillers::Fillers;
use crate::domain::text::fold;
use std::collections::HashMap;
use std::sync::OnceLock;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Name,
    Aliases,
    First,
    Middle,
    Last,
    Email,
    Phone,
    Company,
    Title,
    Owner,
    Lifecycle,
    Status,
    Reason,
    Created,
    Source,
    Campaign,
    Notes,
    Labels,
}

/// Header names for each field: HubSpot's, Google's, Outlook's and Thunderbird's own
/// first, then the synonyms people use in English, Hebrew, Hungarian and the languages
/// Outlook is localised in. They are compared as `squash` leaves them, so `first_name`,
/// `FirstName` and `First Name` are one name.
const SYNONYMS: &[(Field, &[&str])] = &[
    (
        Field::Name,
        &[
            "name",
            "full name",
            "contact",
            "contact name",
            "display name",
            "שם",
            "שם מלא",
            "איש קשר",
            "nev",
            "teljes nev",
            "anzeigename",
            "nom complet",
            "nombre completo",
            "nome completo",
            "naam",
            "nom a afficher",
            "nombre para mostrar",
            "weergavenaam",
        ],
    ),
    (
        Field::First,
        &[
            "first name",
            "given name",
            "first",
            "fname",
            "שם פרטי",
            "keresztnev",
            "utonev",
            "vorname",
            "prenom",
            "nombre",
            "nome",
            "voornaam",
            "primeiro nome",
        ],
    ),
    (
        Field::Middle,
        &[
            "middle name",
            "additional name",
            "middle",
            "weitere vornamen",
            "zweiter vorname",
            "deuxieme prenom",
            "segundo nombre",
            "secondo nome",
            "tussenvoegsel",
            "kozepso nev",
        ],
    ),
    (
        Field::Last,
        &[
            "last name",
            "family name",
            "surname",
            "last",
            "lname",
            "שם משפחה",
            "vezeteknev",
            "csaladnev",
            "nachname",
            "nom",
            "nom de famille",
            "apellidos",
            "apellido",
            "cognome",
            "achternaam",
            "sobrenome",
            "apelido",
        ],
    ),
    (
        Field::Email,
        &[
            "email",
            "emails",
            "email address",
            "mail",
            "primary email",
            "secondary email",
            "אימייל",
            "מייל",
            "דואל",
            "email cim",
        ],
    ),
    (
        Field::Phone,
        &[
            "phone",
            "phones",
            "phone number",
            "mobile",
            "mobile phone number",
            "mobile phone",
            "mobile number",
            "tel",
            "telephone",
            "cell",
            "טלפון",
            "נייד",
            "טלפון נייד",
            "telefon",
            "telefonszam",
            "mobil",
            "mobilszam",
            "portable",
        ],
    ),
    (
        Field::Company,
        &[
            "company",
            "company name",
            "organization",
            "organization name",
            "organisation",
            "organization 1 - name",
            "org",
            "account name",
            "חברה",
            "שם החברה",
            "ceg",
            "cegnev",
            "firma",
            "unternehmen",
            "societe",
            "entreprise",
            "organizacion",
            "empresa",
            "compania",
            "societa",
            "azienda",
            "bedrijf",
            "organisatie",
        ],
    ),
    (
        Field::Title,
        &[
            "job title",
            "title",
            "organization title",
            "organization 1 - title",
            "תפקיד",
            "beosztas",
            "position",
            "fonction",
            "puesto",
            "cargo",
            "posizione",
            "functie",
        ],
    ),
    (
        Field::Owner,
        &["owner", "contact owner", "בעלים", "אחראי", "felelos"],
    ),
    (
        Field::Lifecycle,
        &["lifecycle stage", "lifecycle", "שלב", "eletciklus"],
    ),
    (
        Field::Status,
        &["lead status", "status", "סטטוס", "statusz"],
    ),
    (
        Field::Reason,
        &[
            "disqualified reason",
            "reason",
            "disqualification reason",
            "סיבת פסילה",
            "elutasitas oka",
        ],
    ),
    (
        Field::Created,
        &[
            "create date",
            "created",
            "created at",
            "date created",
            "תאריך יצירה",
            "letrehozva",
        ],
    ),
    (
        Field::Source,
        &["original source", "source", "lead source", "מקור", "forras"],
    ),
    (Field::Campaign, &["campaign", "קמפיין", "kampany"]),
    (Field::Aliases, &["aliases", "also known as"]),
    (
        Field::Notes,
        &[
            "notes",
            "note",
            "הערות",
            "הערה",
            "megjegyzes",
            "comments",
            "comment",
            "notizen",
            "notas",
            "notities",
        ],
    ),
    (
        Field::Labels,
        &[
            "labels",
            "tags",
            "group membership",
            "categories",
            "תגיות",
            "cimkek",
            "kategorien",
            "categorias",
            "categorieen",
            "kategoriak",
        ],
    ),
];

/// Google's numbered columns: "E-mail 1 - Value", "Phone 2 - Value".
pub(super) fn google_value(header: &str) -> Option<Field> {
    let folded = fold(header);
    let rest = folded.strip_suffix(" - value")?;
    let (kind, number) = rest.rsplit_once(' ')?;
    number.parse::<u32>().ok()?;
    match kind {
        "e-mail" | "email" => Some(Field::Email),
        "phone" => Some(Field::Phone),
        _ => None,
    }
}

/// A header reduced to what tells it apart: folded (lower case, no accents) and with
/// everything but letters and digits removed, so `E-mail`, `e_mail` and `Email` agree.
fn squash(header: &str) -> String {
    fold(header)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Every name of `SYNONYMS`, squashed, with its field (the first field that names it,
/// as the table is read in order): squashed once, not for each header, since folding
/// is slow and a row can have 10,000 columns.
fn squashed_synonyms() -> &'static HashMap<String, Field> {
    static SQUASHED: OnceLock<HashMap<String, Field>> = OnceLock::new();
    SQUASHED.get_or_init(|| {
        let mut squashed = HashMap::new();
        for (field, names) in SYNONYMS {
            for name in *names {
                squashed.entry(squash(name)).or_insert(*field);
            }
        }
        squashed
    })
}

/// The field a column holds, from its header: a known name first, then Google's
/// numbered columns, then the words that say a column holds phones or emails (every
/// such column of Outlook's, Thunderbird's and localised exports, numbered or not).
pub(super) fn field_of(header: &str) -> Option<Field> {
    let squashed = squash(header);
    squashed_synonyms()
        .get(&squashed)
        .copied()
        .or_else(|| google_value(header))
        .or_else(|| reachability_by_words(header, &squashed))
}

/// Words in a header that say its cells describe a phone or an email rather than
/// hold one: Google's `Phone 1 - Type`, Outlook's `E-mail Display Name`, Google's
/// `Phonetic First Name`, a CRM's `Email Opt Out`. Such columns are custom fields.
const DESCRIBES_NOT_HOLDS: &[&str] = &[
    "type",
    "label",
    "display",
    "anzeige",
    "phonetic",
    "yomi",
    "optout",
    "optin",
    "domain",
    "date",
    "opened",
    "clicked",
    "bounce",
    "status",
    "verified",
    "subscri",
    "consent",
    "extension",
    "country",
];

/// Stems found inside a header that holds phone numbers, in the languages Outlook and
/// Thunderbird are localised in: `Business Phone 2`, `Fax Number`, `Mobiltelefon`,
/// `Téléphone bureau`, `Telefono cellulare`, `פקס`.
const PHONE_STEMS: &[&str] = &[
    "phone",
    "telefon",
    "telephon",
    "telefoon",
    "fax",
    "pager",
    "mobil",
    "cellular",
    "cellulare",
    "celular",
    "movil",
    "handy",
    "isdn",
    "callback",
    "telex",
    "telecopie",
    "טלפון",
    "נייד",
    "פקס",
];

/// Stems found inside a header that holds email addresses: `E-mail 2 Address`,
/// `E-Mail-Adresse`, `Adresse de messagerie`, `Dirección de correo electrónico`,
/// `כתובת דואר אלקטרוני`.
const EMAIL_STEMS: &[&str] = &[
    "email",
    "messagerie",
    "courriel",
    "correo",
    "electroni",
    "elettronic",
    "eletroni",
    "אימייל",
    "דואל",
    "אלקטרוני",
];

/// Abbreviations that say a column holds phone numbers only as a word of their own
/// (inside a word they are other words: "hotel", "Intel"): Thunderbird's localised
/// `Tel. dienstlich`, `Tél. professionnel`, `Mobil-Tel.-Nr.`.
const PHONE_WORDS: &[&str] = &["tel", "cel", "cell", "mob", "gsm"];

fn reachability_by_words(header: &str, squashed: &str) -> Option<Field> {
    let has = |stems: &[&str]| stems.iter().any(|stem| squashed.contains(stem));
    let folded = fold(header);
    let has_word = |words: &[&str]| {
        folded
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| words.contains(&word))
    };
    if squashed.is_empty() || has(DESCRIBES_NOT_HOLDS) {
        None
    } else if has(EMAIL_STEMS) {
        Some(Field::Email)
    } else if has(PHONE_STEMS) || has_word(PHONE_WORDS) {
        Some(Field::Phone)
    } else {
        None
    }
}

/// Why a column's cells are not kept, though they hold something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NotKept {
    /// The record's key in the system that exported it (HubSpot's `Record ID`): it
    /// means nothing here, and a contact merged from two files would hold two.
    ForeignId,
    /// The kind of the value in another column (Google's `Phone 1 - Label`, Outlook's
    /// `E-mail Type`, `E-mail Display Name`): the value itself is kept where it belongs.
    DescribesAnother,
}

/// Headers of the exporting system's own record key.
const FOREIGN_IDS: &[&str] = &[
    "id",
    "record id",
    "contact id",
    "external id",
    "externalid",
    "api id",
    "uid",
    "guid",
    "object id",
];

/// Why the cells of the column headed `header` are not kept; None when they are.
pub(super) fn not_kept(header: &str) -> Option<NotKept> {
    let squashed = squash(header);
    // The ids are plain lower-case ASCII: squashed, they only lose their spaces.
    if FOREIGN_IDS.iter().any(|id| id.replace(' ', "") == squashed) {
        return Some(NotKept::ForeignId);
    }
    // Google numbers each value and its label alike: `Address 2 - Type`.
    let folded = fold(header);
    let google_label = folded.rsplit_once(" - ").is_some_and(|(value, kind)| {
        matches!(kind, "type" | "label")
            && value
                .rsplit_once(' ')
                .is_some_and(|(_, n)| n.parse::<u32>().is_ok())
    });
    let of_reachability = EMAIL_STEMS
        .iter()
        .chain(PHONE_STEMS)
        .any(|stem| squashed.contains(stem));
    let describes = ["type", "label", "displayname"]
        .iter()
        .any(|word| squashed.ends_with(word));
    (google_label || (of_reachability && describes)).then_some(NotKept::DescribesAnother)
}

/// What each column of a file holds, and the name its cells are kept under when no
/// field of ours holds them (a custom field of the contact, so nothing is dropped).
pub(super) struct Columns {
    pub headers: Vec<String>,
    pub fields: Vec<Option<Field>>,
    /// Columns whose cells are not kept, and why: the summary names them.
    pub not_kept: Vec<Option<NotKept>>,
    /// For each column: the custom field its cells go to when `fields` has none.
    pub custom_keys: Vec<String>,
    /// Whether an unmapped column held anything in some row: the summary names those.
    held_data: Vec<bool>,
    /// Whether the header declares the column a custom field (`custom:KEY`).
    declared: Vec<bool>,
    /// The values an export fills empty fields with, left out and counted.
    pub fillers: Fillers,
}

impl Columns {
    pub fn of(headers: &[String]) -> Columns {
        let declared: Vec<Option<String>> =
            headers.iter().map(|h| declared_custom_key(h)).collect();
        let mut fields: Vec<Option<Field>> = headers
            .iter()
            .zip(&declared)
            .map(|(h, key)| key.is_none().then(|| field_of(h)).flatten())
            .collect();
        // Outlook has both `Title` (Mr., Dr.) and `Job Title`: beside a job title, a
        // bare title is the honorific, which is no job title.
        let job_titles = fields.iter().filter(|f| **f == Some(Field::Title)).count();
        if job_titles > 1 {
            for (field, header) in fields.iter_mut().zip(headers) {
                if *field == Some(Field::Title) && squash(header) == "title" {
                    *field = None;
                }
            }
        }
        let custom_keys = custom_keys_of(headers, &declared);
        Columns {
            not_kept: headers
                .iter()
                .zip(&fields)
                .zip(&declared)
                .map(|((header, field), key)| {
                    (field.is_none() && key.is_none())
                        .then(|| not_kept(header))
                        .flatten()
                })
                .collect(),
            declared: declared.iter().map(Option::is_some).collect(),
            fillers: Fillers::of(headers, declared.iter().map(Option::is_some).collect()),
            headers: headers.to_vec(),
            held_data: vec![false; fields.len()],
            fields,
            custom_keys,
        }
    }

    /// Notes that the unmapped column `at` held a value in some row; a column the
    /// header declares custom (`custom:KEY`) is mapped, so it is not noted.
    pub fn saw_unmapped_data(&mut self, at: usize) {
        if self.declared.get(at) == Some(&true) {
            return;
        }
        if let Some(held) = self.held_data.get_mut(at) {
            *held = true;
        }
    }

    /// The summary's lines naming the columns no field of ours holds that held data:
    /// those kept as custom fields, and those not kept, with why.
    pub fn unmapped_summary(&self) -> Vec<String> {
        let named = |keep: &dyn Fn(usize) -> bool| -> Vec<String> {
            (0..self.fields.len())
                .filter(|at| self.held_data[*at] && keep(*at))
                .map(|at| format!("\"{}\"", self.custom_keys[at]))
                .collect()
        };
        let columns = |n: usize| crate::domain::text::counted(n, "column", "columns");
        let mut lines = Vec::new();
        let kept = named(&|at| self.not_kept[at].is_none());
        if !kept.is_empty() {
            lines.push(format!(
                "{} not mapped to a contact field, kept as custom fields: {}",
                columns(kept.len()),
                kept.join(", ")
            ));
        }
        for (why, says) in [
            (NotKept::ForeignId, "the exporting system's own record id"),
            (
                NotKept::DescribesAnother,
                "the kind of a phone, email or address kept from another column",
            ),
        ] {
            let dropped = named(&|at| self.not_kept[at] == Some(why));
            if !dropped.is_empty() {
                lines.push(format!(
                    "{} not imported, as they hold {says}: {}",
                    columns(dropped.len()),
                    dropped.join(", ")
                ));
            }
        }
        lines
    }
}
