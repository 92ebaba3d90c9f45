//! `leadometer report` on a small office whose every answer is worked out by hand:
//! five leads in March 2024 (one more in February), with their first answers and
//! lifecycle moves logged at known times.

use crate::common::Desk;
use serde_json::Value;

const CONFIG: &str = r#"
user = "Dana"
region = "IL"
currency = "ILS"
[scoring]
rules = []
[sla]
first_response_minutes = 15
[sla.by_source]
WhatsApp = 5
"#;

/// The end of March, when the reports are read.
const MARCH_31: &str = "2024-03-31T12:00:00Z";

fn add(desk: &Desk, at: &str, name: &str, phone: &str, source: &str, origin: &str) {
    desk.json_at(
        at,
        &[
            "add", "--name", name, "--phone", phone, "--source", source, "--origin", origin,
            "--owner", "Dana",
        ],
    );
}

fn at(desk: &Desk, when: &str, args: &[&str]) {
    desk.json_at(when, args);
}

/// Avi: web, answered in 10 min, lead → MQL after a day, → SQL two days later.
/// Bella: web, answered in 30 min (a miss), stays a lead.
/// Chen: WhatsApp (SLA 5 min), answered in 3 min, a deal two days later (opportunity),
///       won on the 20th (customer).
/// Dov: ads, outbound, never answered; its SLA ran out long ago (a miss).
/// Fay: web, created five minutes before the report, unanswered, SLA still running.
/// Eli: created in February, outside March's cohort.
fn office() -> Desk {
    let desk = Desk::with_config(CONFIG);
    add(
        &desk,
        "2024-02-20T09:00:00Z",
        "Eli Feb",
        "052-000-0001",
        "web",
        "inbound",
    );
    add(
        &desk,
        "2024-03-01T09:00:00Z",
        "Avi Web",
        "052-000-0002",
        "web",
        "inbound",
    );
    at(
        &desk,
        "2024-03-01T09:10:00Z",
        &["log", "call", "Avi Web", "--direction", "out"],
    );
    at(
        &desk,
        "2024-03-02T09:00:00Z",
        &["edit", "Avi Web", "--lifecycle", "mql"],
    );
    at(
        &desk,
        "2024-03-04T09:00:00Z",
        &["edit", "Avi Web", "--lifecycle", "sql"],
    );
    add(
        &desk,
        "2024-03-05T09:00:00Z",
        "Bella Web",
        "052-000-0003",
        "web",
        "inbound",
    );
    at(
        &desk,
        "2024-03-05T09:30:00Z",
        &["log", "call", "Bella Web", "--direction", "out"],
    );
    add(
        &desk,
        "2024-03-10T09:00:00Z",
        "Chen Chat",
        "052-000-0004",
        "WhatsApp",
        "inbound",
    );
    at(
        &desk,
        "2024-03-10T09:03:00Z",
        &[
            "log",
            "whatsapp",
            "Chen Chat",
            "--direction",
            "out",
            "--text",
            "Hi Chen",
        ],
    );
    at(
        &desk,
        "2024-03-12T09:00:00Z",
        &[
            "deal",
            "add",
            "Chen Chat",
            "--title",
            "Kitchen",
            "--amount",
            "1000",
        ],
    );
    at(&desk, "2024-03-20T09:00:00Z", &["deal", "won", "Kitchen"]);
    add(
        &desk,
        "2024-03-30T09:00:00Z",
        "Dov Ads",
        "052-000-0005",
        "ads",
        "outbound",
    );
    add(
        &desk,
        "2024-03-31T11:55:00Z",
        "Fay Web",
        "052-000-0006",
        "web",
        "inbound",
    );
    desk
}

fn report(desk: &Desk, args: &[&str]) -> Value {
    desk.json_at(MARCH_31, &[&["report"], args].concat())
}

/// What a report printed for a person, read at the end of March.
fn printed(desk: &Desk, args: &[&str]) -> String {
    let out = desk
        .cmd()
        .env("LEADOMETER_NOW", MARCH_31)
        .arg("report")
        .args(args)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// The names of a split report's groups, biggest first.
fn group_keys(report: &Value) -> Vec<&str> {
    report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["key"].as_str().unwrap())
        .collect()
}

fn reached(funnel: &Value) -> Vec<u64> {
    funnel["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reached"].as_u64().unwrap())
        .collect()
}

#[test]
fn the_funnel_counts_march_s_cohort_by_hand() {
    let desk = office();
    let funnel = report(&desk, &["funnel", "--period", "month"]);
    assert_eq!(funnel["period"]["label"], "2024-03");
    let total = &funnel["total"];
    assert_eq!(total["cohort"], 5);
    // subscriber, lead, mql, sql, opportunity, customer, evangelist
    assert_eq!(reached(total), vec![5, 5, 2, 2, 1, 1, 0]);
    let stages = total["stages"].as_array().unwrap();
    assert_eq!(stages[1]["to_next"], 0.4);
    // Lead to MQL: Avi took a day, Chen two (jumping it for opportunity).
    assert_eq!(stages[1]["median_to_next_secs"], 36 * 3600);
    // MQL to SQL: only Avi stood on MQL, for two days.
    assert_eq!(stages[2]["median_to_next_secs"], 2 * 86_400);
    // SQL to opportunity: Avi stood on SQL and went no further; Chen never stood there.
    assert_eq!(stages[3]["median_to_next_secs"], Value::Null);
    // Avi and Chen moved on the timeline; the other three are dated by creation.
    assert_eq!(
        (
            total["from_events"].as_u64(),
            total["from_creation"].as_u64()
        ),
        (Some(2), Some(3))
    );
}

#[test]
fn the_funnel_splits_by_source_and_origin() {
    let desk = office();
    let by_source = report(&desk, &["funnel", "--by", "source"]);
    let groups = by_source["groups"].as_array().unwrap();
    assert_eq!(group_keys(&by_source), vec!["web", "WhatsApp", "ads"]);
    assert_eq!(groups[0]["leads"], 3);
    assert_eq!(reached(&groups[1]["report"]), vec![1, 1, 1, 1, 1, 1, 0]);
    let by_origin = report(&desk, &["funnel", "--by", "origin"]);
    assert_eq!(
        group_keys(&by_origin),
        vec!["pull (inbound)", "push (outbound)"]
    );
    // Speed-to-lead reads the origin too when split by it.
    let speed = report(&desk, &["speed", "--by", "origin"]);
    assert_eq!(
        group_keys(&speed),
        vec!["pull (inbound)", "push (outbound)"]
    );
}

#[test]
fn speed_to_lead_by_hand() {
    let desk = office();
    let speed = report(&desk, &["speed"]);
    let total = &speed["total"];
    assert_eq!(
        (total["leads"].as_u64(), total["answered"].as_u64()),
        (Some(5), Some(3))
    );
    // 3 min, 10 min, 30 min.
    assert_eq!(total["median_secs"], 600);
    assert_eq!(total["p90_secs"], 1800);
    // Avi (10 ≤ 15) and Chen (3 ≤ 5) in time; Bella and Dov missed; Fay still running.
    assert_eq!(total["within_sla"], 2);
    assert_eq!(total["within_sla_share"], 0.5);
    let owners = speed["by_owner"].as_array().unwrap();
    assert_eq!(owners[0]["key"], "Dana");
    assert_eq!(owners[0]["leads"], 5);
}

#[test]
fn the_previous_period_is_reported_beside() {
    let desk = office();
    let funnel = report(&desk, &["funnel", "--previous"]);
    assert_eq!(funnel["previous"]["period"]["label"], "2024-02");
    assert_eq!(funnel["previous"]["total"]["cohort"], 1);
    let typed = report(
        &desk,
        &["funnel", "--from", "2024-03-05", "--to", "2024-03-10"],
    );
    assert_eq!(typed["total"]["cohort"], 2);
}

#[test]
fn text_and_csv_read_without_colour() {
    let desk = office();
    let text = printed(&desk, &["funnel"]);
    assert!(text.contains("Funnel of the 5 leads created in"), "{text}");
    assert!(
        text.contains("Stage dates: 2 leads from lifecycle entries"),
        "{text}"
    );
    let csv = printed(&desk, &["speed", "--csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "period,group,leads,answered,median_secs,p90_secs,within_sla,within_sla_share,expired"
        )
    );
    assert_eq!(
        lines.next(),
        Some("2024-03,all,5,3,600,1800,2,0.5000,0"),
        "{csv}"
    );
}

#[test]
fn bad_options_are_refused_naming_them() {
    let desk = office();
    assert!(
        desk.refuses(&["report", "funnel", "--by", "colour"], 4)
            .contains("--by")
    );
    assert!(
        desk.refuses(&["report", "funnel", "--period", "decade"], 4)
            .contains("decade")
    );
    let backwards = desk.refuses(
        &[
            "report",
            "funnel",
            "--from",
            "2024-03-10",
            "--to",
            "2024-03-01",
        ],
        4,
    );
    assert!(backwards.contains("before --from"), "{backwards}");
    assert!(
        desk.refuses(&["report", "funnel", "--from", "10/03/2024"], 4)
            .contains("--from")
    );
    assert!(
        desk.refuses(&["report", "speed", "--csv", "--json"], 4)
            .contains("--csv")
    );
}

#[test]
fn a_merged_office_file_counts_each_lead_once() {
    let desk = office();
    let colleague = desk.dir.path().join("colleague.db");
    std::fs::copy(&desk.db, &colleague).unwrap();
    let mut theirs = desk.bare_cmd();
    theirs
        .env("LEADOMETER_NOW", "2024-03-31T10:00:00Z")
        .arg("--db")
        .arg(&colleague);
    theirs
        .args(["edit", "Bella Web", "--lifecycle", "mql"])
        .assert()
        .success();
    desk.json_at(MARCH_31, &["merge", colleague.to_str().unwrap()]);
    let funnel = report(&desk, &["funnel"]);
    assert_eq!(funnel["total"]["cohort"], 5);
    assert_eq!(reached(&funnel["total"]), vec![5, 5, 3, 2, 1, 1, 0]);
}

/// The office, with two more deals in March: Avi's website (4000, closing in April)
/// still open, and Bella's logo (500) lost for "No budget"; Dov disqualified.
fn office_with_deals() -> Desk {
    let desk = office();
    at(
        &desk,
        "2024-03-25T09:00:00Z",
        &[
            "deal",
            "add",
            "Avi Web",
            "--title",
            "Website",
            "--amount",
            "4000",
            "--close-date",
            "2024-04-15",
        ],
    );
    at(
        &desk,
        "2024-03-26T09:00:00Z",
        &[
            "deal",
            "add",
            "Bella Web",
            "--title",
            "Logo",
            "--amount",
            "500",
        ],
    );
    at(
        &desk,
        "2024-03-28T09:00:00Z",
        &["deal", "lost", "Logo", "--reason", "No budget"],
    );
    at(
        &desk,
        "2024-03-29T09:00:00Z",
        &[
            "edit",
            "Dov Ads",
            "--status",
            "disqualified",
            "--reason",
            "wrong number",
        ],
    );
    desk
}

#[test]
fn the_pipeline_by_hand() {
    let desk = office_with_deals();
    let pipeline = report(&desk, &["pipeline"]);
    let total = &pipeline["total"];
    assert_eq!(total["open_deals"], 1);
    // Amounts are kept per currency: {"ILS": 4000.0}.
    assert_eq!(total["open_amount"]["ILS"], 4000.0);
    // The first stage's probability is 10% in the default pipeline.
    assert_eq!(total["open_weighted"]["ILS"], 400.0);
    assert_eq!(
        (total["won"].as_u64(), total["lost"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(total["win_rate"], 0.5);
    assert_eq!(total["average_won"]["ILS"], 1000.0);
    // Chen's kitchen: opened on the 12th, won on the 20th.
    assert_eq!(total["average_cycle_secs"], 8 * 86_400);
    assert_eq!(total["lost_reasons"][0][0], "No budget");
    assert_eq!(total["forecast"][0]["month"], "2024-04");
    assert_eq!(total["forecast"][0]["weighted"]["ILS"], 400.0);
    let text = printed(&desk, &["pipeline"]);
    assert!(
        text.contains("Open pipeline: 1 deal; 0 stale.\n  ₪4,000 open, ₪400 weighted"),
        "{text}"
    );
    // February closed nothing.
    let before = report(
        &desk,
        &["pipeline", "--from", "2024-02-01", "--to", "2024-02-29"],
    );
    assert_eq!(before["total"]["won"], 0);
    assert_eq!(before["total"]["win_rate"], Value::Null);
}

#[test]
fn shekels_and_forints_are_two_sums_never_one() {
    let desk = office_with_deals();
    at(
        &desk,
        "2024-03-27T09:00:00Z",
        &[
            "deal",
            "add",
            "Bella Web",
            "--title",
            "Budapest site",
            "--amount",
            "1200000",
            "--currency",
            "HUF",
        ],
    );
    let total = &report(&desk, &["pipeline"])["total"];
    assert_eq!(total["open_deals"], 2);
    assert_eq!(total["open_amount"]["ILS"], 4000.0);
    assert_eq!(total["open_amount"]["HUF"], 1_200_000.0);
    let text = printed(&desk, &["pipeline"]);
    // One line per currency, in the codes' order; never 1,204,000 of anything.
    assert!(
        text.contains("  1,200,000\u{a0}HUF open, 120,000\u{a0}HUF weighted")
            && text.contains("  ₪4,000 open, ₪400 weighted"),
        "{text}"
    );
    assert!(
        !text.contains("1,204,000") && !text.contains("1204000"),
        "{text}"
    );
    let csv = desk
        .cmd()
        .env("LEADOMETER_NOW", MARCH_31)
        .args(["report", "pipeline", "--csv"])
        .assert()
        .success();
    let csv = String::from_utf8(csv.get_output().stdout.clone()).unwrap();
    assert!(csv.lines().next().unwrap().ends_with(",currency"), "{csv}");
    assert!(csv.contains(",Call,2,1200000.00,120000.00,0,HUF"), "{csv}");
    assert!(csv.contains(",Call,2,4000.00,400.00,0,ILS"), "{csv}");
}

#[test]
fn the_reasons_by_hand() {
    let desk = office_with_deals();
    let reasons = report(&desk, &["reasons", "--by", "source"]);
    assert_eq!(
        reasons["disqualified"]["total"][0],
        serde_json::json!(["wrong number", 1])
    );
    assert_eq!(reasons["disqualified"]["groups"][0]["key"], "ads");
    assert_eq!(
        reasons["lost"]["total"][0],
        serde_json::json!(["No budget", 1])
    );
    assert_eq!(reasons["lost"]["groups"][0]["key"], "web");
}

const GOALS: &str = r#"
[[targets]]
period = "month"
sales_amount = 5000
sales = 4
new_leads = 10
mqls = 2
[[targets]]
period = "quarter"
new_leads = 3
source = "web"
[[costs]]
source = "web"
month = "2024-03"
amount = 300
[[costs]]
source = "WhatsApp"
month = "2024-03"
amount = 100
[[costs]]
source = "web"
month = "2024-02"
amount = 999
"#;

#[test]
fn targets_by_hand_with_their_pace() {
    let desk = office_with_deals();
    desk.set_config(&format!("{CONFIG}{GOALS}"));
    // On the 15th of March: 15 of 31 days gone.
    let targets = desk.json_at("2024-03-15T12:00:00Z", &["report", "targets"]);
    let month = &targets["targets"][0];
    assert_eq!(month["period"], "2024-03");
    assert!((month["elapsed"].as_f64().unwrap() - 15.0 / 31.0).abs() < 1e-9);
    let goals: Vec<(String, f64, f64)> = month["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["what"].as_str().unwrap().to_string(),
                g["target"].as_f64().unwrap(),
                g["actual"].as_f64().unwrap(),
            )
        })
        .collect();
    // The report reads the file as it stands: Chen's kitchen, won on the 20th, counts
    // for March whenever March is asked about.
    assert_eq!(goals[0], ("sales amount".to_string(), 5000.0, 1000.0));
    assert_eq!(goals[1], ("sales".to_string(), 4.0, 1.0));
    assert_eq!(goals[2], ("new leads".to_string(), 10.0, 5.0));
    // Became MQL in March: Avi (on the 2nd), Chen and Bella (jumping it with a deal).
    assert_eq!(goals[3], ("MQLs".to_string(), 2.0, 3.0));
    let quarter = &targets["targets"][1];
    assert_eq!(quarter["period"], "2024-Q1");
    // Eli (February), Avi, Bella and Fay: from web in the quarter.
    assert_eq!(quarter["goals"][0]["actual"], 4.0);
    let text = printed(&desk, &["targets"]);
    assert!(text.contains("20% of target"), "{text}");
    assert!(
        text.contains("behind") && text.contains("reached"),
        "{text}"
    );
    assert!(
        desk.refuses(&["report", "targets", "--by", "source"], 4)
            .contains("--by")
    );
}

#[test]
fn sources_close_the_loop_with_their_costs() {
    let desk = office_with_deals();
    desk.set_config(&format!("{CONFIG}{GOALS}"));
    let sources = report(&desk, &["sources"]);
    let groups = sources["groups"].as_array().unwrap();
    let web = &groups[0];
    assert_eq!(web["key"], "web");
    assert_eq!(
        (web["leads"].as_u64(), web["customers"].as_u64()),
        (Some(3), Some(0))
    );
    // March's cost only: February's 999 belongs to February.
    assert_eq!(web["cost"], 300.0);
    assert_eq!(web["cost_per_lead"], 100.0);
    assert_eq!(web["cost_per_customer"], Value::Null);
    let whatsapp = &groups[1];
    assert_eq!(whatsapp["revenue_won"], 1000.0);
    assert_eq!(whatsapp["cost_per_customer"], 100.0);
    let ads = &groups[2];
    assert_eq!(ads["cost"], Value::Null);
    assert_eq!(ads["revenue_won"], 0.0);
    let text = printed(&desk, &["sources"]);
    assert!(!text.contains("-0.00"), "{text}");
}

#[test]
fn without_targets_the_report_says_how_to_set_them() {
    let desk = office();
    let text = printed(&desk, &["targets"]);
    assert!(text.contains("No targets are set"), "{text}");
}
