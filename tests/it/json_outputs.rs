//! Every `--json` output, run for real and held two ways by one table: each is
//! pinned as a snapshot, and each is validated against its schema from
//! `leadometer schema`, so a type and what the command prints cannot part.
//!
//! The run starts from the demo file with the clock frozen (common::NOW), so the
//! data is the same on every run. Only what is random is masked: ids (new UUIDs,
//! numbered by first appearance so that links between records stay visible), the
//! file's id in a backup's name, the desk's temporary folder and seconds taken.

use crate::common::{Desk, NOW};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// One command of the run: the output it prints (its name in `leadometer schema`),
/// the snapshot it is pinned as, its arguments, and what to keep from its output for
/// a later step (`{name}` in a later argument, the value at a JSON pointer).
struct Step {
    output: &'static str,
    snapshot: &'static str,
    args: &'static [&'static str],
    keep: Option<(&'static str, &'static str)>,
}

const fn step(output: &'static str, snapshot: &'static str, args: &'static [&'static str]) -> Step {
    Step {
        output,
        snapshot,
        args,
        keep: None,
    }
}

const fn keeping(
    output: &'static str,
    snapshot: &'static str,
    args: &'static [&'static str],
    keep: (&'static str, &'static str),
) -> Step {
    Step {
        output,
        snapshot,
        args,
        keep: Some(keep),
    }
}

/// The run, in order: the reading commands on the demo's story first, then a lead
/// worked from its first call to a won deal, then the file's own commands.
const STEPS: &[Step] = &[
    step("overview", "overview", &[]),
    step("search", "search", &["search", "Noa"]),
    step("show", "show", &["show", "Noa Levi"]),
    step("score", "score", &["score", "Noa Levi"]),
    step("inbox", "inbox", &["inbox"]),
    step("deal list", "deal_list", &["deal", "list"]),
    step("task list", "task_list", &["task", "list"]),
    step("campaign list", "campaign_list_demo", &["campaign", "list"]),
    step("template list", "template_list_demo", &["template", "list"]),
    step("report", "report_funnel", &["report", "funnel"]),
    step(
        "report",
        "report_funnel_previous",
        &["report", "funnel", "--previous"],
    ),
    step("report", "report_speed", &["report", "speed"]),
    step("report", "report_pipeline", &["report", "pipeline"]),
    step("report", "report_reasons", &["report", "reasons"]),
    step("report", "report_targets", &["report", "targets"]),
    step("report", "report_sources", &["report", "sources"]),
    step(
        "add",
        "add",
        &[
            "add",
            "--name",
            "Dov Katz",
            "--phone",
            "052-555-0101",
            "--source",
            "Facebook ad",
        ],
    ),
    step(
        "add",
        "add_same_number",
        &["add", "--name", "Dov K", "--phone", "0525550101"],
    ),
    step(
        "edit",
        "edit",
        &["edit", "Dov Katz", "--quality", "4", "--flag", "vip"],
    ),
    keeping(
        "log",
        "log",
        &[
            "log",
            "call",
            "Dov Katz",
            "--outcome",
            "answered",
            "--text",
            "Wants a quote",
            "--at",
            "2024-03-12T08:30:00Z",
        ],
        ("entry", "/id"),
    ),
    keeping(
        "log edit",
        "log_edit",
        &["log", "edit", "{entry}", "--text", "Wants a quote for oak"],
        ("corrected", "/id"),
    ),
    step(
        "log versions",
        "log_versions",
        &["log", "versions", "{entry}"],
    ),
    step("log rm", "log_rm", &["log", "rm", "{corrected}"]),
    step(
        "deal add",
        "deal_add",
        &[
            "deal",
            "add",
            "Dov Katz",
            "--title",
            "Dov kitchen",
            "--amount",
            "12000",
            "--close-date",
            "2024-04-30",
        ],
    ),
    step(
        "deal move",
        "deal_move",
        &["deal", "move", "Dov kitchen", "Quote"],
    ),
    step(
        "deal edit",
        "deal_edit",
        &["deal", "edit", "Dov kitchen", "--notes", "Oak"],
    ),
    step(
        "deal won",
        "deal_won",
        &["deal", "won", "Dov kitchen", "--reason", "price"],
    ),
    step(
        "deal add",
        "deal_add_second",
        &["deal", "add", "Dov Katz", "--title", "Dov closet"],
    ),
    step(
        "deal lost",
        "deal_lost",
        &["deal", "lost", "Dov closet", "--reason", "budget"],
    ),
    step(
        "deal add",
        "deal_add_third",
        &["deal", "add", "Dov Katz", "--title", "Dov shelf"],
    ),
    step("deal rm", "deal_rm", &["deal", "rm", "Dov shelf"]),
    step(
        "task add",
        "task_add",
        &[
            "task",
            "add",
            "Dov Katz",
            "--title",
            "Call back",
            "--due",
            "tomorrow 10:00",
        ],
    ),
    step(
        "task snooze",
        "task_snooze",
        &["task", "snooze", "Call back", "--to", "friday 10:00"],
    ),
    step("task done", "task_done", &["task", "done", "Call back"]),
    step(
        "template add",
        "template_add",
        &[
            "template",
            "add",
            "--name",
            "Hello",
            "--language",
            "en",
            "--channel",
            "whatsapp",
            "--body",
            "Hi {first_name}",
        ],
    ),
    step(
        "template show",
        "template_show",
        &["template", "show", "Hello"],
    ),
    step(
        "template edit",
        "template_edit",
        &["template", "edit", "Hello", "--body", "Hello {first_name}"],
    ),
    step("template list", "template_list", &["template", "list"]),
    keeping(
        "send",
        "send",
        &[
            "send",
            "whatsapp",
            "Dov Katz",
            "--template",
            "Hello",
            "--print",
        ],
        ("message", "/entry"),
    ),
    step("sent", "sent", &["sent", "{message}"]),
    step(
        "campaign add",
        "campaign_add",
        &[
            "campaign",
            "add",
            "Spring",
            "--source",
            "Facebook ad",
            "--template",
            "Hello",
        ],
    ),
    step(
        "campaign done",
        "campaign_done",
        &["campaign", "done", "Spring", "Dov Katz"],
    ),
    step(
        "campaign show",
        "campaign_show",
        &["campaign", "show", "Spring"],
    ),
    step(
        "campaign edit",
        "campaign_edit",
        &["campaign", "edit", "Spring", "--name", "Spring ads"],
    ),
    step("campaign list", "campaign_list", &["campaign", "list"]),
    step(
        "campaign rm",
        "campaign_rm",
        &["campaign", "rm", "Spring ads"],
    ),
    step("template rm", "template_rm", &["template", "rm", "Hello"]),
    step(
        "triage",
        "triage_nurture",
        &[
            "triage",
            "Avi Peretz",
            "nurture",
            "--reason",
            "budget",
            "--back-on",
            "in 3 weeks",
        ],
    ),
    step(
        "triage",
        "triage_convert",
        &["triage", "Emma Clarke", "convert"],
    ),
    step("rescore", "rescore", &["rescore"]),
    step("check", "check", &["check"]),
    keeping("backup", "backup", &["backup"], ("backup", "/path")),
    step("export", "export", &["export", "--format", "json"]),
    step(
        "export --out",
        "export_out",
        &["export", "--format", "json", "--out", "{desk}/out.json"],
    ),
    step(
        "import",
        "import",
        &["import", "{repo}/tests/fixtures/hubspot.csv"],
    ),
    step("delete", "delete", &["delete", "Dov Katz"]),
    step("merge", "merge", &["merge", "{backup}"]),
    step("restore", "restore", &["restore", "{backup}", "--yes"]),
];

/// Outputs that need a PostgreSQL server to print anything: not run here.
const NEEDS_A_SERVER: &[&str] = &[
    "server init",
    "server status",
    "server invite",
    "server compact",
];

/// One command as it ran: the output it printed, under its name and snapshot.
struct Ran {
    output: &'static str,
    snapshot: &'static str,
    args: Vec<String>,
    value: Value,
}

#[test]
fn every_json_output_is_pinned_and_matches_its_schema() {
    let desk = Desk::with_config("user = \"Dana\"\nregion = \"IL\"\ncurrency = \"ILS\"\n");
    start_from_the_demo(&desk);
    let schemas = schemas(&desk);
    let mut kept: HashMap<&str, String> = HashMap::new();
    kept.insert("desk", desk.dir.path().display().to_string());
    kept.insert("repo", env!("CARGO_MANIFEST_DIR").to_string());
    let mut runs = Vec::new();
    for step in STEPS {
        let args: Vec<String> = step.args.iter().map(|a| filled(a, &kept)).collect();
        let value = desk.json(&args.iter().map(String::as_str).collect::<Vec<_>>());
        if let Some((name, pointer)) = step.keep {
            let found = value.pointer(pointer).and_then(Value::as_str);
            let found = found.unwrap_or_else(|| panic!("{args:?}: no {pointer}"));
            kept.insert(name, found.into());
        }
        runs.push(Ran {
            output: step.output,
            snapshot: step.snapshot,
            args,
            value,
        });
    }
    runs.push(generated());
    runs.push(synced(&desk));

    // The schemas first: a field that drifted is named here, before any snapshot.
    let problems: Vec<String> = runs.iter().flat_map(|ran| invalid(&schemas, ran)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    for ran in &runs {
        pin(&desk, ran);
    }

    // Every output `schema --list` names is run here, but the server's, and nothing else.
    let run: BTreeSet<&str> = runs.iter().map(|ran| ran.output).collect();
    let listed: BTreeSet<&str> = schemas
        .keys()
        .map(String::as_str)
        .filter(|name| !NEEDS_A_SERVER.contains(name))
        .collect();
    assert_eq!(run, listed, "outputs run here, and outputs `schema` has");
}

/// `gen`, on an empty file of its own.
fn generated() -> Ran {
    let empty = Desk::new();
    let args = ["gen", "--contacts", "3", "--seed", "7"];
    Ran {
        output: "gen",
        snapshot: "gen",
        value: empty.json(&args),
        args: args.map(String::from).to_vec(),
    }
}

/// `sync`, with a shared folder in the config: the file is published there.
fn synced(desk: &Desk) -> Ran {
    let shared = desk.dir.path().join("shared").join("leads.db");
    std::fs::create_dir_all(shared.parent().unwrap()).unwrap();
    desk.set_config(&format!(
        "user = \"Dana\"\nregion = \"IL\"\ncurrency = \"ILS\"\nshared = {:?}\n",
        shared.display().to_string()
    ));
    Ran {
        output: "sync",
        snapshot: "sync",
        value: desk.json(&["sync"]),
        args: vec!["sync".into()],
    }
}

/// The demo's story (as `--demo` makes it, at the frozen time) as the desk's file.
fn start_from_the_demo(desk: &Desk) {
    desk.bare_cmd()
        .args(["--demo", "--json", "inbox"])
        .assert()
        .success();
    let demo = walk(&desk.dir.path().join("data"))
        .into_iter()
        .find(|p| p.file_name().is_some_and(|n| n == "demo.db"))
        .expect("--demo made its file");
    std::fs::copy(demo, &desk.db).unwrap();
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        match path.is_dir() {
            true => found.extend(walk(&path)),
            false => found.push(path),
        }
    }
    found
}

/// `leadometer schema`: each output's schema by its name.
fn schemas(desk: &Desk) -> HashMap<String, Value> {
    let out = desk
        .bare_cmd()
        .arg("schema")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let all: serde_json::Map<String, Value> = serde_json::from_slice(&out).unwrap();
    all.into_iter().collect()
}

/// What is wrong with `value` as the output `name`, against its schema made strict:
/// a field the schema does not name is refused too, so a field added to the output
/// and not to its type (or the other way round) fails here.
fn invalid(schemas: &HashMap<String, Value>, ran: &Ran) -> Vec<String> {
    let (name, value, args) = (ran.output, &ran.value, &ran.args);
    let Some(schema) = schemas.get(name) else {
        return vec![format!("{args:?}: `schema` has no output {name:?}")];
    };
    let validator = jsonschema::validator_for(&strict(schema)).unwrap();
    validator
        .iter_errors(value)
        .map(|e| {
            format!(
                "{args:?} as {name:?}: at {:?}: {e}",
                e.instance_path().to_string()
            )
        })
        .collect()
}

/// `schema` with no properties allowed beyond those it names: on the whole and on
/// each type it defines (a flattened part is judged with the object it is part of).
fn strict(schema: &Value) -> Value {
    let mut schema = schema.clone();
    let refuse_others = |s: &mut Value| {
        if let Some(object) = s.as_object_mut() {
            object.insert("unevaluatedProperties".into(), Value::Bool(false));
        }
    };
    refuse_others(&mut schema);
    if let Some(defs) = schema.get_mut("$defs").and_then(Value::as_object_mut) {
        defs.values_mut().for_each(refuse_others);
    }
    schema
}

/// `arg` with each `{name}` replaced by what was kept under it.
fn filled(arg: &str, kept: &HashMap<&str, String>) -> String {
    kept.iter().fold(arg.to_string(), |arg, (name, value)| {
        arg.replace(&format!("{{{name}}}"), value)
    })
}

/// Compares with the snapshot `name`: the command, then its JSON with what is random
/// masked.
fn pin(desk: &Desk, ran: &Ran) {
    let text = serde_json::to_string_pretty(&ran.value).unwrap();
    let text = masked(&text, &desk.dir.path().display().to_string());
    let shown_args: Vec<String> = ran
        .args
        .iter()
        .map(|a| masked(a, &desk.dir.path().display().to_string()))
        .collect();
    let transcript = format!("$ leadometer {} --json\n{text}\n", shown_args.join(" "));
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("snapshots/json");
    settings.set_description(format!("frozen at {NOW}"));
    settings.bind(|| insta::assert_snapshot!(ran.snapshot, transcript));
}

/// Ids numbered by first appearance, the desk's folder, a backup's file id and
/// seconds taken, masked.
fn masked(text: &str, desk: &str) -> String {
    let text = text
        .replace(desk, "[desk]")
        .replace(env!("CARGO_MANIFEST_DIR"), "[repo]");
    let uuid =
        regex::Regex::new(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").unwrap();
    let mut numbers: HashMap<String, usize> = HashMap::new();
    let text = uuid.replace_all(&text, |c: &regex::Captures<'_>| {
        let next = numbers.len() + 1;
        format!("[id-{}]", numbers.entry(c[0].to_string()).or_insert(next))
    });
    let file_id = regex::Regex::new(r"leads-[0-9a-f]{12}").unwrap();
    let text = file_id.replace_all(&text, "leads-[file-id]");
    let seconds = regex::Regex::new(r#""seconds": [0-9.e-]+"#).unwrap();
    seconds
        .replace_all(&text, r#""seconds": "[seconds]""#)
        .into_owned()
}

#[test]
fn schema_lists_names_one_output_and_refuses_an_unknown_one_without_touching_a_file() {
    let desk = Desk::new();
    let all = schemas(&desk);
    let list = desk
        .bare_cmd()
        .args(["schema", "--list"])
        .assert()
        .success();
    let names: Vec<String> = String::from_utf8(list.get_output().stdout.clone())
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(names.len(), all.len());
    assert!(names.iter().all(|name| all.contains_key(name)), "{names:?}");

    let one = desk
        .bare_cmd()
        .args(["schema", "deal list"])
        .assert()
        .success();
    let one: Value = serde_json::from_slice(&one.get_output().stdout).unwrap();
    assert_eq!(one, all["deal list"]);
    assert_eq!(one["title"], "DealListJson");

    let refused = desk
        .bare_cmd()
        .args(["schema", "deal lists"])
        .assert()
        .failure();
    let said = String::from_utf8(refused.get_output().stderr.clone()).unwrap();
    assert!(
        said.contains("\"deal lists\"") && said.contains("deal list,"),
        "{said}"
    );
    assert!(!desk.db.exists() && !desk.dir.path().join("data").exists());
}

#[test]
fn every_time_in_a_schema_is_written_with_its_offset() {
    // The one form of a moment: each schema that has times refers to the same
    // definition, whose pattern refuses `Z`.
    let desk = Desk::new();
    let all = schemas(&desk);
    let with_times: Vec<&String> = all
        .iter()
        .filter(|(_, schema)| schema.to_string().contains("date-time"))
        .map(|(name, _)| name)
        .collect();
    assert!(with_times.len() > 20, "{with_times:?}");
    for name in with_times {
        let moment = &all[name]["$defs"]["Rfc3339"];
        assert_eq!(moment["format"], "date-time", "{name}");
        let pattern = regex::Regex::new(moment["pattern"].as_str().unwrap()).unwrap();
        assert!(pattern.is_match("2024-03-12T09:00:00+00:00"), "{name}");
        assert!(!pattern.is_match("2024-03-12T09:00:00Z"), "{name}");
    }
}
