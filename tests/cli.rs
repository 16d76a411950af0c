//! The real binary on temporary files: exit codes, messages and outputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_placeplan");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

fn generated(dir: &Path) -> PathBuf {
    let path = dir.join("plan.ron");
    let o = run(&[
        "generate",
        "--schemes",
        "20",
        "--years",
        "2",
        "--seed",
        "7",
        "--output",
        path.to_str().expect("utf-8 path"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    path
}

#[test]
fn check_says_ok_for_a_valid_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = generated(dir.path());
    let o = run(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("ok: "));
}

#[test]
fn syntax_errors_name_the_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(
        dir.path(),
        "broken.ron",
        "(\n    format: 1,\n    title: \"x\" oops\n)\n",
    );
    let o = run(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("broken.ron:3:"), "{err}");
}

#[test]
fn invalid_plans_list_every_problem_with_its_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut plan = placeplan::generate::generate(&placeplan::generate::Size {
        years: 2,
        ..placeplan::generate::Size::S
    });
    plan.schemes[0].savings.push(1.0);
    plan.schemes[0].priority = Some("ghost".into());
    let text = placeplan::io::to_ron(&plan).expect("ron");
    let bad = write(dir.path(), "bad.ron", &text);
    let o = run(&["check", bad.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("schemes[id=s1].savings: expected 2 values (horizon), found 3"),
        "{err}"
    );
    assert!(
        err.contains("schemes[id=s1].priority: refers to priority `ghost`, which does not exist"),
        "{err}"
    );
}

#[test]
fn missing_files_and_bad_usage_exit_2() {
    let o = run(&["check", "/no/such/plan.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/plan.ron"));
    let o = run(&["report"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["frobnicate", "x"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn report_json_follows_the_contract() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = generated(dir.path());
    let o = run(&["report", path.to_str().expect("utf-8"), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    for key in [
        "title",
        "scenario",
        "locality",
        "years",
        "finance",
        "bridge",
        "trajectories",
        "localities",
        "priorities",
        "kpis",
        "risks",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["scenario"], "base");
    assert_eq!(v["years"][0], "2016/17");
    let row = &v["finance"][0];
    for key in [
        "year",
        "income",
        "spend",
        "held_back",
        "gap_do_nothing",
        "new_savings_required",
        "savings_face",
        "savings_risk_adjusted",
        "investment",
        "gap_do_something",
        "unidentified_savings",
    ] {
        assert!(row.get(key).is_some(), "finance row lacks {key}");
    }
    assert_eq!(v["finance"].as_array().map(Vec::len), Some(3));
    assert_eq!(v["bridge"][0]["year"], "2017/18");
    assert!(v["bridge"][0]["steps"][0]["label"].is_string());
    assert!(v["trajectories"][0]["rows"][0]["do_nothing_from_prior"].is_number());
    assert!(v["localities"][0]["share"].is_number());
    assert!(v["priorities"][0]["rank"].is_number());
}

#[test]
fn report_for_an_option_and_a_locality() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = generated(dir.path());
    let p = path.to_str().expect("utf-8");
    let o = run(&[
        "report",
        p,
        "--scenario",
        "downside",
        "--locality",
        "loc1",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["scenario"], "downside");
    assert_eq!(v["locality"], "loc1");
    let o = run(&["report", p, "--scenario", "nope"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope"));
}

#[test]
fn report_text_csv_and_markdown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = generated(dir.path());
    let p = path.to_str().expect("utf-8");
    let text = stdout(&run(&["report", p]));
    assert!(text.contains("Do-nothing gap"));
    let csv = stdout(&run(&["report", p, "--format", "csv"]));
    assert!(csv.starts_with("section,item,year,measure,value\n"));
    assert!(csv.contains("finance,,2017/18,gap_do_nothing,"));
    let md = stdout(&run(&["report", p, "--format", "md"]));
    assert!(md.starts_with("# "));
    assert!(md.contains("| --- |"));
}

#[test]
fn convert_round_trips_between_ron_and_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = generated(dir.path());
    let original = std::fs::read_to_string(&path).expect("read");
    let json = run(&["convert", path.to_str().expect("utf-8"), "--to", "json"]);
    assert!(json.status.success(), "{}", stderr(&json));
    let json_path = write(dir.path(), "plan.json", &stdout(&json));
    let back = run(&["convert", json_path.to_str().expect("utf-8"), "--to", "ron"]);
    assert!(back.status.success(), "{}", stderr(&back));
    assert_eq!(stdout(&back), original);
}

#[test]
fn generate_writes_the_same_bytes_for_the_same_seed() {
    let args = ["generate", "--schemes", "30", "--seed", "42"];
    let a = run(&args);
    let b = run(&args);
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
    let c = run(&["generate", "--schemes", "30", "--seed", "43"]);
    assert_ne!(a.stdout, c.stdout);
}
