//! Two desks through one server: a lead made on one reaches the other, and back.

use super::server;
use leadometer::domain::Contact;
use leadometer::store::new_id;

#[test]
fn a_lead_made_on_one_desk_reaches_the_other_and_its_call_comes_back() {
    let Some(server) = server("a_lead_made_on_one_desk_reaches_the_other") else {
        return;
    };
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let now = chrono::Utc::now();
    let mut dana = server.desk(&dir.path().join("dana.db"), "Dana");
    let mut noa = server.desk(&dir.path().join("noa.db"), "Noa");
    let lead = Contact::new_lead(new_id(), "Avi Cohen".into(), now, "Dana");
    let id = dana.add_lead(now, &lead).unwrap().0.id;
    let address = server.address();
    let pushed = leadometer::server::sync(&mut dana, &address, now).unwrap();
    assert!(pushed.pushed >= 1, "{pushed:?}");
    let pulled = leadometer::server::sync(&mut noa, &address, now).unwrap();
    assert_eq!(pulled.pulled.merged.contacts_added, 1, "{pulled:?}");
    assert_eq!(noa.contact(&id).unwrap().name, "Avi Cohen");
    // Nothing new: a sync that brings nothing and pushes nothing.
    let again = leadometer::server::sync(&mut noa, &address, now).unwrap();
    assert_eq!(
        (again.pushed, again.pulled.entries_taken),
        (0, 0),
        "{again:?}"
    );
    assert_eq!(again.owed, 0);
}

/// A desk that wrote a template before it joined, and has no lead yet, takes the
/// office's snapshot row by row: its template stays, and reaches the others.
#[test]
fn a_template_written_before_joining_survives_the_snapshot_and_travels() {
    let Some(server) = server("a_template_written_before_joining_survives") else {
        return;
    };
    server.init();
    let dir = tempfile::tempdir().unwrap();
    let now = chrono::Utc::now();
    let address = server.address();
    let mut dana = server.desk(&dir.path().join("dana.db"), "Dana");
    let lead = Contact::new_lead(new_id(), "Avi Cohen".into(), now, "Dana");
    let id = dana.add_lead(now, &lead).unwrap().0.id;
    leadometer::server::sync(&mut dana, &address, now).unwrap();
    leadometer::server::compact(&mut server.admin_client(), now).unwrap();

    let mut noa = server.desk(&dir.path().join("noa.db"), "Noa");
    let mut viewing = noa.find_template("First reply").unwrap().template;
    viewing.name = "Viewing".into();
    noa.add_template(now, &viewing).unwrap();
    let synced = leadometer::server::sync(&mut noa, &address, now).unwrap();
    assert!(synced.pulled.snapshot_taken, "{synced:?}");
    assert_eq!(noa.contact(&id).unwrap().name, "Avi Cohen");
    assert!(noa.find_template("Viewing").is_ok(), "Noa's template stays");
    assert!(synced.pushed >= 1, "and is pushed: {synced:?}");
    leadometer::server::sync(&mut dana, &address, now).unwrap();
    assert!(dana.find_template("Viewing").is_ok(), "and reaches Dana");
}
