//! The real binary on temporary files: exit codes, messages and outputs.

mod binary;

use std::path::{Path, PathBuf};

use binary::{run, stderr, stdout, write};

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

const BEDFORDSHIRE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/sample-plans/bedfordshire-2017-19.ron"
);

fn report_json(args: &[&str]) -> serde_json::Value {
    let o = run(args);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("json")
}

fn number(v: &serde_json::Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

#[test]
fn monte_carlo_repeats_for_a_seed_and_orders_its_percentiles() {
    let args = [
        "report",
        BEDFORDSHIRE,
        "--monte-carlo",
        "2000",
        "--seed",
        "5",
        "--format",
        "json",
    ];
    let a = run(&args);
    let b = run(&args);
    assert!(a.status.success(), "{}", stderr(&a));
    assert_eq!(a.stdout, b.stdout);
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).expect("json");
    // The base report is all there, with the risk range beside it.
    assert_eq!(v["scenario"], "base");
    assert!(v["finance"].is_array());
    assert!(v.get("sensitivity").is_none());
    assert!(v.get("goal_seek").is_none());
    let risk = &v["risk"];
    assert_eq!(risk["runs"], 2000);
    assert_eq!(risk["seed"], 5);
    assert!(risk["growth_sd"].is_number());
    let years = risk["years"].as_array().expect("risk years");
    assert_eq!(years.len(), 3);
    assert_eq!(years[0]["year"], "2016/17");
    for y in years {
        let (p10, p50, p90) = (number(&y["p10"]), number(&y["p50"]), number(&y["p90"]));
        assert!(p10 <= p50 && p50 <= p90, "{y}");
        let p = number(&y["p_break_even"]);
        assert!((0.0..=1.0).contains(&p), "{y}");
        assert!(y["mean"].is_number());
    }
    // Schemes that may or may not deliver spread the planning years.
    assert!(number(&years[1]["p10"]) < number(&years[1]["p90"]));

    let mut other = args;
    other[5] = "6";
    let c = report_json(&other);
    assert_eq!(c["risk"]["seed"], 6);
    assert_ne!(c["risk"]["years"], v["risk"]["years"]);
}

#[test]
fn a_seed_alone_runs_the_plans_number_of_runs() {
    let v = report_json(&["report", BEDFORDSHIRE, "--seed", "1", "--format", "json"]);
    assert_eq!(v["risk"]["runs"], 10_000);
    assert_eq!(v["risk"]["seed"], 1);
}

#[test]
fn sensitivity_lists_drivers_largest_first_with_the_goal_seek() {
    let v = report_json(&["report", BEDFORDSHIRE, "--sensitivity", "--format", "json"]);
    assert!(v.get("risk").is_none());
    let tornado = &v["sensitivity"];
    assert_eq!(tornado["year"], "2018/19");
    assert!(tornado["gap"].is_number());
    assert!(tornado["steps"]["growth_pp"].is_number());
    let drivers = tornado["drivers"].as_array().expect("drivers");
    assert!(drivers.len() > 3);
    let swings: Vec<f64> = drivers
        .iter()
        .map(|d| {
            for key in ["kind", "id", "label", "step"] {
                assert!(d[key].is_string(), "driver lacks {key}: {d}");
            }
            number(&d["down"]).abs().max(number(&d["up"]).abs())
        })
        .collect();
    assert!(swings.windows(2).all(|w| w[0] >= w[1]), "{swings:?}");
    assert!(swings[0] > 0.0);
    let goal = &v["goal_seek"];
    let extra = goal["extra_savings"].as_array().expect("extra savings");
    assert_eq!(extra.len(), 3);
    // The extra savings are the savings still to find.
    for (e, row) in extra.iter().zip(v["finance"].as_array().expect("finance")) {
        assert!((number(e) - number(&row["unidentified_savings"])).abs() < 1e-6);
    }
    assert!(goal["spend_growth_cut_pp"].is_number());
}

#[test]
fn compare_lists_each_option_against_the_base_and_what_differs() {
    let v = report_json(&[
        "report",
        BEDFORDSHIRE,
        "--compare",
        "base,downside",
        "--format",
        "json",
    ]);
    for key in ["title", "locality", "years", "options", "differences"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert!(v.get("finance").is_none());
    let options = v["options"].as_array().expect("options");
    assert_eq!(options.len(), 2);
    assert_eq!(options[0]["scenario"], "base");
    assert_eq!(options[1]["scenario"], "downside");
    assert_eq!(options[1]["name"], "Downside");
    for o in options {
        assert_eq!(o["finance"].as_array().map(Vec::len), Some(3));
        assert_eq!(o["bridge"]["year"], "2018/19");
        assert!(o.get("risk").is_none());
    }
    let keys = [
        "gap_do_nothing",
        "savings",
        "investment",
        "gap_do_something",
        "still_to_find",
    ];
    for row in options[0]["difference_from_base"].as_array().expect("rows") {
        for key in keys {
            assert_eq!(number(&row[key]), 0.0, "{row}");
        }
    }
    let downside = options[1]["difference_from_base"].as_array().expect("rows");
    assert_eq!(downside.len(), 3);
    assert_eq!(downside[0]["year"], "2016/17");
    // Faster acute growth and less likely schemes widen the gap.
    assert!(number(&downside[2]["gap_do_something"]) > 0.0);
    let base_gap = number(&options[0]["finance"][2]["gap_do_something"]);
    let down_gap = number(&options[1]["finance"][2]["gap_do_something"]);
    assert!((down_gap - base_gap - number(&downside[2]["gap_do_something"])).abs() < 1e-6);
    let differences = v["differences"].as_array().expect("differences");
    let acute = differences
        .iter()
        .find(|d| d["input"] == "Spend growth: Acute")
        .expect("acute growth differs");
    assert_eq!(acute["values"], serde_json::json!(["0 pp", "+1 pp"]));
}

#[test]
fn compare_gives_each_option_its_own_analyses() {
    let v = report_json(&[
        "report",
        BEDFORDSHIRE,
        "--compare",
        "base,downside,stretch",
        "--monte-carlo",
        "300",
        "--sensitivity",
        "--format",
        "json",
    ]);
    let options = v["options"].as_array().expect("options");
    assert_eq!(options.len(), 3);
    for o in options {
        assert_eq!(o["risk"]["runs"], 300);
        assert!(o["sensitivity"]["drivers"].is_array());
        assert!(o["goal_seek"]["extra_savings"].is_array());
    }
    assert_ne!(options[0]["risk"]["years"], options[1]["risk"]["years"]);
}

#[test]
fn compare_takes_two_to_four_different_known_options() {
    for list in ["base", "base,downside,stretch,upside,other", "base,base"] {
        let o = run(&["report", BEDFORDSHIRE, "--compare", list]);
        assert_eq!(o.status.code(), Some(2), "{list}");
        assert!(stderr(&o).contains("--compare"), "{}", stderr(&o));
        assert!(o.stdout.is_empty());
    }
    let o = run(&["report", BEDFORDSHIRE, "--compare", "base,nope"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("nope"), "{err}");
    assert!(err.contains("bedfordshire-2017-19.ron"), "{err}");
    let o = run(&[
        "report",
        BEDFORDSHIRE,
        "--compare",
        "base,downside",
        "--scenario",
        "downside",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["report", BEDFORDSHIRE, "--monte-carlo", "0"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn analyses_in_text_csv_and_markdown() {
    let base = [
        "report",
        BEDFORDSHIRE,
        "--monte-carlo",
        "200",
        "--sensitivity",
    ];
    let with = |format: &str| {
        let mut args = base.to_vec();
        args.extend(["--format", format]);
        let o = run(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let text = with("text");
    for title in [
        "Financial position (£000)",
        "Risk range of the do-something gap",
        "Chance of breaking even",
        "Sensitivity of the 2018/19 gap",
        "Goal seek",
    ] {
        assert!(text.contains(title), "text lacks {title}");
    }
    let md = with("md");
    assert!(md.contains("## Risk range of the do-something gap"));
    assert!(md.contains("## Sensitivity of the 2018/19 gap"));
    assert!(md.contains("## Goal seek"));
    let csv = with("csv");
    assert!(csv.starts_with("section,item,year,measure,value\n"));
    assert!(csv.contains("\nrisk,,,runs,200\n"));
    assert!(csv.contains("\nrisk,,2018/19,p_break_even,"));
    assert!(csv.contains("\nsensitivity,Income growth,2018/19,down,"));
    assert!(csv.contains("\ngoal_seek,,2018/19,extra_savings,"));

    let compared = |format: &str| {
        stdout(&run(&[
            "report",
            BEDFORDSHIRE,
            "--compare",
            "base,downside",
            "--sensitivity",
            "--format",
            format,
        ]))
    };
    let text = compared("text");
    assert!(text.contains("Options compared (£000)"));
    assert!(text.contains("Downside vs base"));
    assert!(text.contains("What differs"));
    assert!(text.contains("Downside: Sensitivity of the 2018/19 gap"));
    let md = compared("md");
    assert!(md.contains("## Options compared (£000)"));
    assert!(md.contains("## What differs"));
    let csv = compared("csv");
    assert!(csv.contains("\nfinance,Downside,2017/18,gap_do_something,"));
    assert!(csv.contains("\ndifference_from_base,Base plan,2018/19,gap_do_something,0\n"));
    assert!(csv.contains("\ndifferences,Spend growth: Acute,,Downside,'+1 pp\n"));
    assert!(csv.contains("\nsensitivity,Downside / Income growth,2018/19,up,"));
}

#[test]
fn reports_without_the_new_flags_have_no_analyses() {
    let v = report_json(&["report", BEDFORDSHIRE, "--format", "json"]);
    for key in ["risk", "sensitivity", "goal_seek", "options", "differences"] {
        assert!(v.get(key).is_none(), "unexpected {key}");
    }
    let text = stdout(&run(&["report", BEDFORDSHIRE]));
    assert!(!text.contains("Risk range"));
    assert!(!text.contains("Goal seek"));
}

/// `diff` exits as diff(1) does: 0 the same, 1 different, 2 trouble.
#[test]
fn diff_names_each_change_and_exits_as_diff_does() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = generated(dir.path());
    let p = |path: &Path| path.to_str().expect("utf-8 path").to_string();
    let same = run(&["diff", &p(&old), &p(&old)]);
    assert_eq!(same.status.code(), Some(0), "{}", stderr(&same));
    assert_eq!(stdout(&same), "No differences.\n");

    // One value changed, one item added and one removed.
    let mut plan = placeplan::io::load_path(&old).expect("loads");
    let changed_id = plan.schemes[0].id.clone();
    plan.schemes[0].savings[0] += 250.0;
    let removed = plan.investments.remove(0);
    let mut added = plan.risks[0].clone();
    added.id = "new_risk".into();
    added.name = "A new risk".into();
    plan.risks.push(added);
    let new = dir.path().join("new.ron");
    std::fs::write(&new, placeplan::io::to_ron(&plan).expect("writes")).expect("saved");
    let o = run(&["diff", &p(&old), &p(&new)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains(&format!("schemes[id={changed_id}].savings[0]")),
        "{text}"
    );
    assert!(text.contains("(£k)"), "{text}");
    assert!(
        text.contains(&format!("investments[id={}]", removed.id)),
        "{text}"
    );
    assert!(
        text.contains("risks[id=new_risk]: absent → \"A new risk\""),
        "{text}"
    );
    assert!(text.contains("Still to find"), "{text}");

    let json = run(&["diff", &p(&old), &p(&new), "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    assert_eq!(value["total"], 3);
    let saving = value["changes"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|c| c["path"].as_str().is_some_and(|p| p.contains(".savings")))
        .expect("the changed saving");
    assert_eq!(saving["unit"], "£k");
    let md = run(&["diff", &p(&old), &p(&new), "--format", "md"]);
    assert!(stdout(&md).contains("| Field | Before | After | Unit |"));

    // Trouble: an invalid plan and a missing file are 2, never "different".
    let broken = write(dir.path(), "broken.ron", "(format: 1, title: ");
    let o = run(&["diff", &p(&old), &p(&broken)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("broken.ron"), "{}", stderr(&o));
    let o = run(&["diff", &p(&old), &p(&dir.path().join("missing.ron"))]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("missing.ron"), "{}", stderr(&o));
}

/// `diff` says what each changed item alone does to the gap, and which bridge steps moved.
#[test]
fn diff_says_what_each_change_does_to_the_gap() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut plan = placeplan::io::load_path(Path::new(BEDFORDSHIRE)).expect("loads");
    plan.schemes[0].savings[1] += 200.0;
    plan.schemes[1].notes = "Reviewed".into();
    let (moved, still) = (plan.schemes[0].name.clone(), plan.schemes[1].name.clone());
    let new = write(
        dir.path(),
        "new.ron",
        &placeplan::io::to_ron(&plan).expect("writes"),
    );
    let new = new.to_str().expect("utf-8 path");
    let o = run(&["diff", BEDFORDSHIRE, new]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains(&format!(
            "Changed scheme \"{moved}\": moves still to find in 2018/19 by -£190k"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "Changed scheme \"{still}\": does not move the gap"
        )),
        "{text}"
    );
    assert!(
        text.contains("Bridge steps of the base plan that moved"),
        "{text}"
    );
    let json = run(&["diff", BEDFORDSHIRE, new, "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    let moving: Vec<bool> = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["moves_gap"].as_bool().expect("a flag"))
        .collect();
    assert_eq!(moving, [true, false]);
    assert!(v["bridges"].as_array().is_some_and(|b| !b.is_empty()));
}
