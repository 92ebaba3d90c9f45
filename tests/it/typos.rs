//! Search forgives one typo in a word of four letters or more (issue 19), through the
//! binary: the examples, and such matches after exact ones.

use crate::common::{Desk, names};

#[test]
fn search_forgives_one_typo_and_ranks_it_last() {
    let desk = Desk::new();
    desk.noa();
    desk.json(&["add", "--name", "Szabó Ödön", "--company", "Duna Bau Zrt."]);
    desk.json(&["add", "--name", "מיכל כהן", "--phone", "03-555-1234"]);
    desk.json(&["add", "--name", "Avi Levy", "--phone", "054-100-2000"]);
    for (query, name) in [
        ("Noah Levi", "Noa Levi"),
        ("Szabo Oden", "Szabó Ödön"),
        ("מיכאל כהן", "מיכל כהן"),
    ] {
        assert_eq!(names(&desk, query), [name], "{query}");
    }
    assert_eq!(
        names(&desk, "noa levy"),
        ["Noa Levi"],
        "every word must match: Avi Levy has no Noa"
    );
    assert_eq!(
        names(&desk, "levy"),
        ["Avi Levy", "Noa Levi"],
        "the exact match first"
    );
    let hits = desk.json(&["search", "levy"]);
    assert_eq!(hits[1]["matched_on"], "name");
    assert_eq!(hits[1]["exact"], false);
    assert!(
        names(&desk, "5551235").is_empty(),
        "digits are never forgiven"
    );
}
