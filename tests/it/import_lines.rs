//! Line numbers through the binary: a CSV names the same lines in its warnings,
//! errors and timeline notes whatever its line endings.

use crate::common;
use common::Desk;

#[test]
fn lf_crlf_and_cr_files_name_the_same_lines() {
    // Row 3's note runs onto line 4, a blank line follows, and row 6 is broken.
    let lf = "Name,Phone,Notes\n\
              Noa,054-490-0148,\n\
              Dana,not a phone,\"first\nsecond\"\n\
              \n\
              Broken,row\n\
              Emma,also not a phone,\n";
    let mut seen = Vec::new();
    for (ending, name) in [("\n", "lf.csv"), ("\r\n", "crlf.csv"), ("\r", "cr.csv")] {
        let desk = Desk::new();
        let file = desk.dir.path().join(name);
        std::fs::write(&file, lf.replace('\n', ending)).unwrap();
        let summary = desk.json(&["import", file.to_str().unwrap(), "--skip-bad-rows"]);
        let emma = desk.json(&["show", "Emma"])["timeline"][0]["text"].clone();
        seen.push((
            summary["errors"].clone(),
            summary["warnings"].clone(),
            emma.as_str().unwrap().replace(name, "FILE"),
        ));
    }
    assert_eq!(seen[0].0[0]["line"], 6, "{seen:?}");
    assert_eq!(
        seen[0].1,
        serde_json::json!([
            "line 3, column \"Phone\": \"not a phone\" has no digits, so it is no phone number; kept as a custom field",
            "line 7, column \"Phone\": \"also not a phone\" has no digits, so it is no phone number; kept as a custom field"
        ])
    );
    assert_eq!(seen[0].2, "imported from FILE, line 7");
    assert_eq!(seen[1], seen[0], "CRLF");
    assert_eq!(seen[2], seen[0], "CR");
}
