//! The CSV reader on text in memory.

use super::*;
use chrono::{Local, TimeZone};
use fields::{NotKept, field_of, not_kept};

fn region() -> Region {
    crate::domain::phone::parse_region("IL").unwrap()
}

fn names(parsed: &Parsed) -> Vec<&str> {
    parsed
        .records
        .iter()
        .map(|r| r.contact.name.as_str())
        .collect()
}

#[test]
fn an_unclosed_quote_is_found_where_it_opens() {
    let on = |line, line_start| Some(Unclosed { line, line_start });
    assert_eq!(unclosed_quote("a,b\n1,\"2\n3,4\n", b','), on(2, 4));
    assert_eq!(
        unclosed_quote("a,b\n1,\"say \"\"hi\"\"\"\n", b','),
        None,
        "escaped quotes"
    );
    assert_eq!(unclosed_quote("a,b\n1,\"two\nlines\"\n", b','), None);
    assert_eq!(
        unclosed_quote("a,b\nTV,55\" screen\n", b','),
        None,
        "a quote inside a field"
    );
    assert_eq!(unclosed_quote("a,b\r\n1,\"2\r\n", b','), on(2, 5));
    assert_eq!(
        unclosed_quote("a,b\r1,2\r3,\"4\r", b','),
        on(3, 8),
        "bare CR endings"
    );
}

#[test]
fn headers_are_matched_in_three_languages_and_googles_numbered_columns() {
    assert_eq!(field_of("Név"), Some(Field::Name));
    assert_eq!(field_of("טלפון נייד"), Some(Field::Phone));
    assert_eq!(field_of(" E-mail cím "), Some(Field::Email));
    assert_eq!(field_of("Phone 3 - Value"), Some(Field::Phone));
    assert_eq!(field_of("Phone 3 - Label"), None);
    assert_eq!(field_of("Favourite colour"), None);
    let headers: Vec<String> = ["Record ID", "First Name", "Lifecycle Stage"]
        .map(String::from)
        .to_vec();
    assert_eq!(Flavor::detect(&headers), Flavor::Hubspot);
}

#[test]
fn every_phone_and_email_column_of_outlook_and_thunderbird_in_any_language() {
    for header in [
        "Business Phone",
        "Business Phone 2",
        "Home Fax",
        "Company Main Phone",
        "Assistant's Phone",
        "TTY/TDD Phone",
        "Pager",
        "Work Phone",
        "Mobile Number",
        "Fax Number",
        "Telefon geschäftlich",
        "Mobiltelefon",
        "Tel. dienstlich",
        "Mobil-Tel.-Nr.",
        "Tél. professionnel",
        "Portable",
        "Teléfono móvil",
        "Telefono cellulare",
        "Telefoon werk",
        "Munkahelyi telefon",
        "טלפון עבודה",
    ] {
        assert_eq!(field_of(header), Some(Field::Phone), "{header}");
    }
    for header in [
        "E-mail Address",
        "E-mail 2 Address",
        "Primary Email",
        "Secondary Email",
        "E-Mail-Adresse",
        "E-Mail 2: Adresse",
        "Adresse de messagerie",
        "Adresse électronique principale",
        "Dirección de correo electrónico",
        "E-mailadres",
        "כתובת דואר אלקטרוני",
    ] {
        assert_eq!(field_of(header), Some(Field::Email), "{header}");
    }
    for (header, field) in [
        ("first_name", Field::First),
        ("LastName", Field::Last),
        ("Display Name", Field::Name),
        ("Vorname", Field::First),
        ("Nachname", Field::Last),
        ("org", Field::Company),
        ("Organization", Field::Company),
        ("Firma", Field::Company),
        ("Job Title", Field::Title),
        ("Categories", Field::Labels),
    ] {
        assert_eq!(field_of(header), Some(field), "{header}");
    }
    // Words around a phone or an email that hold no number or address.
    for header in [
        "Phonetic First Name",
        "E-mail Type",
        "E-mail Display Name",
        "Phone 1 - Type",
        "Email Opt Out",
        "Email Domain",
        "Hotel",
        "MobileRelType",
    ] {
        assert_eq!(field_of(header), None, "{header}");
    }
}

#[test]
fn ids_and_the_kinds_of_other_columns_are_not_kept_and_the_rest_is() {
    assert_eq!(not_kept("Record ID"), Some(NotKept::ForeignId));
    assert_eq!(not_kept("ID"), Some(NotKept::ForeignId));
    for header in [
        "E-mail 1 - Label",
        "Address 2 - Type",
        "E-mail Display Name",
        "MobileRelType",
    ] {
        assert_eq!(
            not_kept(header),
            Some(NotKept::DescribesAnother),
            "{header}"
        );
    }
    for header in [
        "Department",
        "Email Opt Out",
        "Phonetic First Name",
        "Nickname",
    ] {
        assert_eq!(not_kept(header), None, "{header}");
    }
}

#[test]
fn unmapped_columns_become_custom_fields_and_the_summary_names_them() {
    let text = "Name,Department,Record ID,Empty,,Department\nNoa,Sales,17,,x,Support\n";
    let parsed = parse(text, None, region(), "Dana");
    let custom = &parsed.records[0].contact.custom;
    assert_eq!(custom.get("Department").map(String::as_str), Some("Sales"));
    assert_eq!(
        custom.get("Department (2)").map(String::as_str),
        Some("Support")
    );
    assert_eq!(custom.get("column 5").map(String::as_str), Some("x"));
    assert!(!custom.contains_key("Record ID"), "{custom:?}");
    assert!(!custom.contains_key("Empty"), "{custom:?}");
    assert_eq!(
        parsed.warnings,
        [
            "3 columns not mapped to a contact field, kept as custom fields: \"Department\", \"column 5\", \"Department (2)\"",
            "1 column not imported, as they hold the exporting system's own record id: \"Record ID\"",
        ]
    );
}

#[test]
fn a_semicolon_sheet_after_excels_sep_line_counts_that_line() {
    let text = "sep=;\nNév;Telefon\nSzabó Ödön;06 30 123 4567\nKiss;\"1\n";
    let parsed = parse(text, None, region(), "Dana");
    assert_eq!(names(&parsed), ["Szabó Ödön"]);
    assert_eq!(parsed.records[0].line, 3);
    assert_eq!(parsed.errors[0].line, 4, "{:?}", parsed.errors);
}

#[test]
fn a_cell_of_several_addresses_gives_each_and_a_bad_one_stays_whole() {
    let text = "Name,Email\nNoa,\"noa@levi.example; noa.l@mail.example\"\nDana,\"dana@x.example, not one\"\n";
    let parsed = parse(text, None, region(), "Dana");
    assert_eq!(
        parsed.records[0].contact.emails,
        ["noa@levi.example", "noa.l@mail.example"]
    );
    assert!(parsed.records[1].contact.emails.is_empty());
    assert_eq!(
        parsed.records[1].contact.notes.as_deref(),
        Some("dana@x.example, not one")
    );
}

#[test]
fn a_row_of_the_wrong_length_is_named_with_what_it_holds() {
    for ending in ["\n", "\r\n", "\r"] {
        let text = "Name,Phone\nNoa,1\nDana,2,extra\nEmma,3\n".replace('\n', ending);
        let parsed = parse(&text, None, region(), "Dana");
        assert_eq!(
            parsed.errors[0].message,
            "3 fields where the header has 2: the row reads \"Dana,2,extra\"",
            "{ending:?}"
        );
        assert_eq!(parsed.errors[0].line, 3, "{ending:?}");
    }
}

#[test]
fn hubspot_words_become_ours() {
    assert_eq!(lifecycle("marketingqualifiedlead"), Some(Lifecycle::Mql));
    assert_eq!(lifecycle("Sales Qualified Lead"), Some(Lifecycle::Sql));
    assert_eq!(lifecycle("evangelist"), Some(Lifecycle::Evangelist));
    assert_eq!(lifecycle("prospect"), None);
    assert_eq!(
        lead_status("ATTEMPTED_TO_CONTACT", Flavor::Hubspot),
        Some((LeadStatus::Attempting, None))
    );
    assert_eq!(
        lead_status("BAD_TIMING", Flavor::Hubspot),
        Some((LeadStatus::Nurturing, None))
    );
    assert_eq!(lead_status("maybe", Flavor::Csv), None);
}

#[test]
fn both_date_layouts_of_an_export_are_read() {
    // Export times carry no zone: they are read in the machine's.
    let local = |y, m, d, h, min| {
        Local
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .unwrap()
            .with_timezone(&Utc)
    };
    assert_eq!(created("2024-03-12 09:14"), Some(local(2024, 3, 12, 9, 14)));
    assert_eq!(
        created("3/15/2024 2:30 PM"),
        Some(local(2024, 3, 15, 14, 30))
    );
    assert_eq!(
        created("3/15/2024 2:30 pm"),
        Some(local(2024, 3, 15, 14, 30))
    );
    assert_eq!(created("2024-03-12"), Some(local(2024, 3, 12, 0, 0)));
    assert_eq!(created("yesterday-ish"), None);
}

#[test]
fn a_row_without_a_name_takes_its_email_and_an_empty_one_is_skipped() {
    let parsed = parse(
        "Name,Email,Phone\n,dana@example.com,\n,,\nNoa,,054-490-0148\n",
        None,
        region(),
        "Dana",
    );
    assert_eq!(names(&parsed), ["dana@example.com", "Noa"]);
    assert!(parsed.errors.is_empty());
    assert_eq!(parsed.records[1].line, 4, "lines count the header");
}

#[test]
fn a_sheet_with_no_contact_column_is_refused_by_name() {
    let parsed = parse("Colour,Size\nred,L\n", None, region(), "Dana");
    assert_eq!(parsed.errors.len(), 1);
    assert!(
        parsed.errors[0]
            .message
            .contains("\"Colour\", \"Size\" but none is a name, company, phone or email"),
        "{:?}",
        parsed.errors
    );
}

/// The warnings of `lf_text` once its line breaks are made `ending`.
fn warnings_with_endings(lf_text: &str, ending: &str) -> (Vec<String>, Vec<usize>) {
    let text = lf_text.replace('\n', ending);
    let parsed = parse(&text, None, region(), "Dana");
    let lines = parsed.records.iter().map(|r| r.line).collect();
    (parsed.warnings, lines)
}

#[test]
fn line_numbers_are_the_same_whatever_the_line_endings() {
    // Line 3's note runs over two lines, so the row after it starts on line 5.
    let lf = "Name,Phone,Notes\n\
              Noa,12,\n\
              Dana,054-490-0148,\"first\nsecond\"\n\
              Ödön,345,\n\
              \n\
              Emma,6,\n";
    let (warnings, lines) = warnings_with_endings(lf, "\n");
    assert_eq!(lines, [2, 3, 5, 7], "{warnings:?}");
    assert!(warnings[0].starts_with("line 2:"), "{warnings:?}");
    assert!(warnings[1].starts_with("line 5:"), "{warnings:?}");
    assert!(warnings[2].starts_with("line 7:"), "{warnings:?}");
    for ending in ["\r\n", "\r"] {
        assert_eq!(
            warnings_with_endings(lf, ending),
            (warnings.clone(), lines.clone()),
            "{ending:?}"
        );
    }
}

#[test]
fn bad_rows_are_named_by_the_same_line_whatever_the_line_endings() {
    let lf = "Name,Phone\nNoa,054-490-0148\n\nDana,1,2\nEmma,\"3\n";
    for ending in ["\n", "\r\n", "\r"] {
        let parsed = parse(&lf.replace('\n', ending), None, region(), "Dana");
        let lines: Vec<usize> = parsed.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [5, 4], "{ending:?}: {:?}", parsed.errors);
        assert_eq!(names(&parsed), ["Noa"], "{ending:?}");
    }
}

#[test]
fn a_row_of_thousands_of_phone_columns_keeps_each_number_once_in_file_order() {
    // Each number twice, local and international, then one that cannot be read, twice.
    let numbers: Vec<String> = (0..2_000).map(|i| format!("054-4{i:06}")).collect();
    let mut cells: Vec<String> = Vec::new();
    for local in &numbers {
        cells.push(local.clone());
        cells.push(format!("+972 {}", &local[1..]));
    }
    cells.extend(["12".to_string(), "12".to_string()]);
    let text = format!(
        "Name,{}\nNoa,{}\n",
        vec!["Phone"; cells.len()].join(","),
        cells.join(",")
    );
    let parsed = parse(&text, None, region(), "Dana");
    let phones: Vec<&str> = parsed.records[0]
        .contact
        .phones
        .iter()
        .map(|p| p.display())
        .collect();
    assert_eq!(phones.len(), numbers.len() + 1);
    assert_eq!(phones[0], "+972544000000");
    assert_eq!(phones[1_999], "+972544001999");
    assert_eq!(phones[2_000], "12");
}

#[test]
fn a_creation_date_outside_1900_to_2099_is_named_and_the_import_time_used() {
    let text = "Name,Created\nNoa,0000-01-01\nDana,9999-12-31 23:59\nEmma,1900-01-02\n";
    let parsed = parse(text, None, region(), "Dana");
    assert_eq!(
        parsed.warnings,
        [
            "line 2: the date \"0000-01-01\" is not from 1900 to 2099; the import time is used",
            "line 3: the date \"9999-12-31 23:59\" is not from 1900 to 2099; the import time is used",
        ]
    );
    let years: Vec<i32> = parsed
        .records
        .iter()
        .map(|r| r.contact.created_at.year())
        .collect();
    let this_year = Utc::now().year();
    assert_eq!(years[2], 1900);
    assert!(
        years[..2]
            .iter()
            .all(|y| (this_year - 1..=this_year).contains(y)),
        "{years:?}"
    );
}

#[test]
fn a_sheet_of_thousands_of_columns_naming_no_contact_quotes_the_first_few() {
    let headers: Vec<String> = (0..10_000).map(|i| format!("Col{i}")).collect();
    let text = format!("{}\n{}\n", headers.join(","), headers.join(","));
    let parsed = parse(&text, None, region(), "Dana");
    let [error] = &parsed.errors[..] else {
        panic!("{:?}", parsed.errors)
    };
    assert_eq!(error.line, 1);
    assert!(
        error
            .message
            .contains("\"Col19\", … (10000 columns in all) but none"),
        "{}",
        &error.message[..error.message.len().min(300)]
    );
    assert!(error.message.len() < 1000, "{} bytes", error.message.len());
}

#[test]
fn a_header_of_delimiters_alone_is_named_as_such_not_as_an_empty_file() {
    let messages = |text: &str| -> Vec<(usize, String)> {
        let parsed = parse(text, None, region(), "Dana");
        parsed
            .errors
            .into_iter()
            .map(|e| (e.line, e.message))
            .collect()
    };
    let delimiters = messages(&",".repeat(10_000));
    assert_eq!(delimiters.len(), 1, "{delimiters:?}");
    assert!(
        delimiters[0]
            .1
            .starts_with("the header row names no column"),
        "{delimiters:?}"
    );
    assert!(messages("\r\n")[0].1.starts_with("the file is empty"));
    // A quote left open in the header is the one error, not an empty file too.
    let open = messages("\"Name,Email\nNoa,n@x.example\n");
    assert_eq!(open.len(), 1, "{open:?}");
    assert!(open[0].1.starts_with("a quote opened here"), "{open:?}");
}
