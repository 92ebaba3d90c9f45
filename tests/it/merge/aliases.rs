//! Aliases between copies: merged as flags are, the whole list by its clock, the
//! losing list recorded as a conflict, and found by search on both machines.

use super::{Copy, dump, start};
use chrono::{DateTime, Duration, Utc};

impl Copy {
    fn add_alias(&self, id: &str, alias: &str, at: DateTime<Utc>) {
        self.store()
            .edit_contact(at, id, |_, c| {
                c.aliases.push(alias.into());
                Ok(())
            })
            .unwrap();
    }
}

/// Dana's copy with Noa, and Avi's, which has merged it.
fn two_copies_with_noa(dir: &std::path::Path) -> (Copy, Copy, String) {
    let dana = Copy::new(dir, "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi = Copy::new(dir, "Avi").with_merged(&dana, start());
    (dana, avi, noa)
}

#[test]
fn an_alias_added_on_one_machine_arrives_and_is_found_on_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let (dana, avi, noa) = two_copies_with_noa(dir.path());
    dana.add_alias(&noa, "נועה לוי", start() + Duration::minutes(1));

    avi.merge(&dana, start() + Duration::minutes(2));
    assert_eq!(avi.contact(&noa).unwrap().aliases, ["נועה לוי"]);
    let found = avi.store().search("נועה", None).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].contact.name, "Noa Levi");
    assert!(avi.store().check().unwrap().is_empty());
}

#[test]
fn aliases_added_on_two_machines_end_as_the_later_list_with_the_other_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let (dana, avi, noa) = two_copies_with_noa(dir.path());
    dana.add_alias(&noa, "נועה לוי", start() + Duration::minutes(5));
    avi.add_alias(&noa, "N. Levi", start() + Duration::minutes(7));

    let report = dana.merge(&avi, start() + Duration::minutes(10));
    avi.merge(&dana, start() + Duration::minutes(11));
    for copy in [&dana, &avi] {
        assert_eq!(copy.contact(&noa).unwrap().aliases, ["N. Levi"]);
        assert_eq!(copy.store().search("n. levi", None).unwrap().len(), 1);
        assert!(copy.store().search("נועה", None).unwrap().is_empty());
    }
    let conflict = report
        .conflicts
        .iter()
        .find(|c| c.field == "aliases")
        .unwrap_or_else(|| panic!("{:?}", report.conflicts));
    assert_eq!(conflict.lost, "[\"נועה לוי\"]", "nothing vanishes unseen");
    assert_eq!(dump(&dana.path), dump(&avi.path));
}

#[test]
fn an_alias_holding_an_escape_sequence_arrives_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let (dana, avi, noa) = two_copies_with_noa(dir.path());
    avi.add_alias(&noa, "placeholder", start() + Duration::minutes(1));
    let conn = rusqlite::Connection::open(&avi.path).unwrap();
    // JSON escapes let a control character through json_valid: ESC ] 52 … BEL.
    conn.execute(
        r#"UPDATE contacts SET aliases = '["\u001b]52;c;eA==\u0007Noa L."]' WHERE id = ?1"#,
        [&noa],
    )
    .unwrap();
    drop(conn);
    dana.merge(&avi, start() + Duration::minutes(2));
    assert_eq!(dana.contact(&noa).unwrap().aliases, ["Noa L."]);
    assert_eq!(dana.store().search("noa l.", None).unwrap().len(), 1);
}
