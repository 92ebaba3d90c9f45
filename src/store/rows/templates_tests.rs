use super::*;
use crate::config::Config;
use chrono::TimeZone;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 9, minute, 0).unwrap()
}

fn desk() -> Store {
    Store::open_in_memory(&Config::default()).unwrap()
}

fn viewing() -> Template {
    Template {
        name: "Viewing".into(),
        language: "en".into(),
        channels: vec!["whatsapp".into()],
        personal: true,
        subject: None,
        body: "Hi {first_name}, see you at {due}.".into(),
    }
}

#[test]
fn a_new_file_holds_every_starter_template() {
    let store = desk();
    let names: Vec<String> = store
        .templates()
        .unwrap()
        .into_iter()
        .map(|t| t.template.name)
        .collect();
    assert_eq!(names.len(), starter().len());
    for template in starter() {
        assert!(names.contains(&template.name), "{}", template.name);
    }
}

#[test]
fn a_template_is_added_edited_and_deleted_and_its_name_is_found_folded() {
    let mut store = desk();
    let added = store.add_template(at(0), &viewing()).unwrap();
    assert_eq!(store.find_template("viewing").unwrap(), added);
    assert_eq!(store.find_template(&added.id).unwrap(), added);
    assert_eq!(
        store.find_template(&added.id[..13]).unwrap(),
        added,
        "its start"
    );
    let longer = Template {
        body: "Hi {first_name}, see you at {due}. {my_name}".into(),
        ..viewing()
    };
    let edited = store.edit_template(at(1), &added.id, &longer).unwrap();
    assert_eq!(edited.template.body, longer.body);
    assert!(
        store.edit_template(at(2), &added.id, &longer).is_err(),
        "nothing changes"
    );
    store.delete_template(at(3), "Viewing").unwrap();
    assert!(store.find_template("Viewing").is_err());
}

#[test]
fn a_template_that_cannot_be_sent_or_repeats_a_name_is_refused() {
    let mut store = desk();
    store.add_template(at(0), &viewing()).unwrap();
    let again = store
        .add_template(at(1), &viewing())
        .unwrap_err()
        .to_string();
    assert!(again.contains("exists already"), "{again}");
    let telegram = Template {
        name: "Other".into(),
        channels: vec!["telegram".into()],
        ..viewing()
    };
    let refused = store
        .add_template(at(2), &telegram)
        .unwrap_err()
        .to_string();
    assert!(refused.contains("telegram"), "{refused}");
    // The same name in another language is another template.
    let hebrew = Template {
        language: "he".into(),
        ..viewing()
    };
    store.add_template(at(3), &hebrew).unwrap();
    let which = store.find_template("viewing").unwrap_err().to_string();
    assert!(which.contains("(he)") && which.contains("(en)"), "{which}");
}

#[test]
fn text_that_could_drive_the_terminal_is_cleaned_before_it_is_stored() {
    let mut store = desk();
    let hostile = Template {
        name: "Evil\u{1b}[2J name".into(),
        body: "Hi\u{7} {first_name}\nbye\u{202e}".into(),
        ..viewing()
    };
    let added = store.add_template(at(0), &hostile).unwrap();
    assert_eq!(added.template.name, "Evil name");
    assert_eq!(added.template.body, "Hi {first_name}\nbye");
}

#[test]
fn config_templates_come_in_once_and_a_deleted_one_stays_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("office.db");
    let config = Config {
        templates: vec![viewing()],
        ..Config::default()
    };
    let mut store = Store::open(&path, &config).unwrap();
    let found = store.find_template("Viewing").unwrap();
    assert_eq!(found.id, config_id(&viewing()));
    store.delete_template(at(0), &found.id).unwrap();
    drop(store);
    let store = Store::open(&path, &config).unwrap();
    assert!(store.find_template("Viewing").is_err(), "not brought back");
}
