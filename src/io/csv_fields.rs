//! Which field of a contact a CSV column holds, from its header: HubSpot's and
//! Google's own names, and the synonyms people use in English, Hebrew and Hungarian.

use crate::domain::text::fold;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Name,
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

/// Header names, folded, for each field: HubSpot's and Google's own first, then the
/// synonyms people use in English, Hebrew and Hungarian sheets.
const SYNONYMS: &[(Field, &[&str])] = &[
    (
        Field::Name,
        &[
            "name",
            "full name",
            "contact",
            "contact name",
            "שם",
            "שם מלא",
            "איש קשר",
            "nev",
            "teljes nev",
        ],
    ),
    (
        Field::First,
        &[
            "first name",
            "given name",
            "firstname",
            "שם פרטי",
            "keresztnev",
            "utonev",
        ],
    ),
    (Field::Middle, &["middle name", "additional name"]),
    (
        Field::Last,
        &[
            "last name",
            "family name",
            "surname",
            "lastname",
            "שם משפחה",
            "vezeteknev",
            "csaladnev",
        ],
    ),
    (
        Field::Email,
        &[
            "email",
            "emails",
            "e-mail",
            "email address",
            "e-mail address",
            "mail",
            "אימייל",
            "מייל",
            "דואל",
            "דוא\"ל",
            "e-mail cim",
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
            "חברה",
            "שם החברה",
            "ceg",
            "cegnev",
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
    (
        Field::Notes,
        &["notes", "note", "הערות", "הערה", "megjegyzes"],
    ),
    (
        Field::Labels,
        &["labels", "tags", "group membership", "תגיות", "cimkek"],
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

pub(super) fn field_of(header: &str) -> Option<Field> {
    let folded = fold(header);
    let folded = folded.trim();
    google_value(folded).or_else(|| {
        SYNONYMS
            .iter()
            .find(|(_, names)| names.contains(&folded))
            .map(|(field, _)| *field)
    })
}
