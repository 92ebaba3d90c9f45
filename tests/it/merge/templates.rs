//! Templates, campaigns and their ticks made on two machines merge like the other
//! rows: field by field, the same tick made on both is one row, a deletion carries,
//! and the two files end up the same whichever way they are merged.

use super::{Copy, dump, start};
use chrono::Duration;
use leadometer::domain::campaign::CampaignBy;
use leadometer::domain::template::Template;
use leadometer::store::CampaignSpec;

fn viewing(body: &str) -> Template {
    Template {
        name: "Viewing".into(),
        language: "en".into(),
        channels: vec!["whatsapp".into()],
        personal: true,
        subject: None,
        body: body.into(),
    }
}

#[test]
fn templates_campaigns_and_ticks_from_two_desks_end_up_the_same_on_both() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let avi_lead = dana.add("Avi Cohen", "052-381-7720", start());
    let spring = dana
        .store()
        .add_campaign(
            start(),
            &CampaignSpec {
                name: "Spring".into(),
                by: CampaignBy::Lifecycle,
                value: "lead".into(),
                template: Some("First reply".into()),
            },
        )
        .unwrap();
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());

    let later = |minutes| start() + Duration::minutes(minutes);
    // Each desk writes a template of its own and edits a starter one apart.
    dana.store()
        .add_template(later(1), &viewing("See you {due}."))
        .unwrap();
    let first_reply = dana.store().find_template("First reply").unwrap();
    let mut shorter = first_reply.template.clone();
    shorter.body = "Hi {first_name}!".into();
    dana.store()
        .edit_template(later(2), &first_reply.id, &shorter)
        .unwrap();
    let mut generic = first_reply.template.clone();
    generic.personal = false;
    avi.store()
        .edit_template(later(3), &first_reply.id, &generic)
        .unwrap();
    avi.store()
        .delete_template(later(3), "Missed your call")
        .unwrap();
    // Both tick Noa; Avi ticks Avi too.
    dana.store()
        .tick_campaign(later(4), &spring.id, &noa, true, None)
        .unwrap();
    avi.store()
        .tick_campaign(later(5), &spring.id, &noa, true, None)
        .unwrap();
    avi.store()
        .tick_campaign(later(5), &spring.id, &avi_lead, true, None)
        .unwrap();

    let report = dana.merge(&avi, later(10));
    // Each changed a starter row every desk wrote alike: no conflict with the seed.
    assert!(
        report.conflicts.iter().all(|c| c.table != "templates"),
        "{:?}",
        report.conflicts
    );
    avi.merge(&dana, later(11));
    let (on_dana, on_avi) = (dump(&dana.path), dump(&avi.path));
    for (table, rows) in &on_dana {
        let theirs = &on_avi[table];
        for (mine, other) in rows.iter().zip(theirs) {
            assert_eq!(mine, other, "{table}: both desks hold the same");
        }
        assert_eq!(rows.len(), theirs.len(), "{table}");
    }

    let store = dana.store();
    let merged = store.find_template("First reply").unwrap().template;
    assert_eq!(merged.body, "Hi {first_name}!", "Dana's edit of the text");
    assert!(!merged.personal, "Avi's edit of another field");
    assert!(
        store.find_template("Missed your call").is_err(),
        "the deletion carried"
    );
    assert!(store.find_template("Viewing").is_ok());
    let summary = &store.campaigns().unwrap()[0];
    assert_eq!((summary.progress.done, summary.progress.total), (2, 2));
    let ticks: i64 = rusqlite::Connection::open(&dana.path)
        .unwrap()
        .query_row("SELECT count(*) FROM campaign_ticks", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ticks, 2, "Noa ticked on both desks is one row");
}

#[test]
fn an_untick_after_a_tick_elsewhere_wins_by_its_later_clock() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let spring = dana
        .store()
        .add_campaign(
            start(),
            &CampaignSpec {
                name: "Spring".into(),
                by: CampaignBy::Lifecycle,
                value: "lead".into(),
                template: None,
            },
        )
        .unwrap();
    dana.store()
        .tick_campaign(start(), &spring.id, &noa, true, None)
        .unwrap();
    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    avi.store()
        .tick_campaign(
            start() + Duration::minutes(5),
            &spring.id,
            &noa,
            false,
            None,
        )
        .unwrap();
    dana.merge(&avi, start() + Duration::minutes(10));
    assert_eq!(dana.store().campaigns().unwrap()[0].progress.done, 0);
}

/// A machine with no lead yet but work of its own (a template written, a starter
/// edited, an account) joins row by row: taking the office's file whole, as a truly
/// new machine does, would have dropped that work without a word.
#[test]
fn a_machine_with_no_lead_but_its_own_templates_keeps_them_when_it_joins() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    let noa = dana.add("Noa Levi", "054-490-0148", start());
    let later = |minutes| start() + Duration::minutes(minutes);

    let avi = Copy::new(dir.path(), "Avi");
    avi.store()
        .add_template(later(1), &viewing("See you {due}."))
        .unwrap();
    let first_reply = avi.store().find_template("First reply").unwrap();
    let mut shorter = first_reply.template.clone();
    shorter.body = "Hi {first_name}!".into();
    avi.store()
        .edit_template(later(2), &first_reply.id, &shorter)
        .unwrap();
    let report = avi.merge(&dana, later(3));
    assert_eq!(report.contacts_added, 1, "{report:?}");

    let store = avi.store();
    assert!(store.contact(&noa).is_ok(), "the office's lead came in");
    assert!(store.find_template("Viewing").is_ok(), "Avi's own template");
    assert_eq!(
        store.find_template("First reply").unwrap().template.body,
        "Hi {first_name}!",
        "Avi's edit of a starter"
    );
    dana.merge(&avi, later(4));
    assert!(
        dana.store().find_template("Viewing").is_ok(),
        "and it travels"
    );
}

/// A new machine, holding only the starter templates every file begins with, ends up
/// with the office's file as it is, edits to the starters too.
#[test]
fn a_new_machine_ends_up_with_the_office_file_edits_to_starters_too() {
    let dir = tempfile::tempdir().unwrap();
    let dana = Copy::new(dir.path(), "Dana");
    dana.add("Noa Levi", "054-490-0148", start());
    let first_reply = dana.store().find_template("First reply").unwrap();
    let mut shorter = first_reply.template.clone();
    shorter.body = "Hi {first_name}!".into();
    dana.store()
        .edit_template(start(), &first_reply.id, &shorter)
        .unwrap();

    let avi = Copy::new(dir.path(), "Avi").with_merged(&dana, start());
    let (on_dana, on_avi) = (dump(&dana.path), dump(&avi.path));
    assert_eq!(on_dana, on_avi, "the whole file, edits to starters too");
}
