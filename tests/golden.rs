//! Golden figures: each sample plan reproduces the tables of the source document it was
//! built from, within the tolerance the plan model sets.

use std::path::Path;

use placeplan::engine::{Outcome, Rag, View, compute};
use placeplan::io::load_path;
use placeplan::model::Plan;

fn load(name: &str) -> (Plan, Outcome) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-plans")
        .join(name);
    let plan = load_path(&path).unwrap_or_else(|e| panic!("{e}"));
    let outcome = compute(&plan, &View::default()).expect("base plan computes");
    (plan, outcome)
}

fn within(what: &str, actual: f64, expected: f64, tolerance: f64) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "{what}: {actual} is not within {tolerance} of {expected}"
    );
}

fn exact(what: &str, actual: f64, expected: f64) {
    within(what, actual, expected, 1e-6);
}

fn year_index(o: &Outcome, label: &str) -> usize {
    o.years
        .iter()
        .position(|y| y == label)
        .unwrap_or_else(|| panic!("no year {label} in {:?}", o.years))
}

#[test]
fn seed_001_table_7_financial_challenge() {
    let (_, o) = load("bedfordshire-2012-15.ron");
    let new = |label: &str| o.finance[year_index(&o, label)].new_savings_required;
    within("QIPP challenge 2012/13", new("2012/13"), 13_680.0, 10.0);
    within("QIPP challenge 2013/14", new("2013/14"), 2_740.0, 10.0);
    within("QIPP challenge 2014/15", new("2014/15"), 2_350.0, 10.0);
    within(
        "do-nothing gap 2014/15",
        o.finance[year_index(&o, "2014/15")].gap_do_nothing,
        18_770.0,
        10.0,
    );
    within(
        "do-nothing gap 2011/12",
        o.finance[0].gap_do_nothing,
        0.0,
        10.0,
    );
}

/// Activity forecast (seed 000, section 7.2.3): for each point of delivery, the seed's
/// 2017/18 do nothing and do something, then 2018/19 do nothing and do something.
const ACTIVITY: [(&str, [f64; 4]); 8] = [
    ("ae", [133_574.0, 129_893.0, 136_254.0, 132_754.0]),
    ("gp_referrals", [82_953.0, 82_953.0, 83_285.0, 83_285.0]),
    ("other_referrals", [65_143.0, 60_643.0, 64_478.0, 59_978.0]),
    (
        "total_referrals",
        [157_378.0, 152_878.0, 162_136.0, 157_636.0],
    ),
    ("op_first", [120_879.0, 116_379.0, 117_285.0, 112_785.0]),
    ("op_followup", [233_373.0, 225_870.0, 233_940.0, 226_940.0]),
    ("elective", [50_659.0, 49_480.0, 50_133.0, 48_933.0]),
    ("non_elective", [45_310.0, 43_248.0, 45_077.0, 43_077.0]),
];

#[test]
fn seed_000_activity_forecast_by_point_of_delivery() {
    let (_, o) = load("bedfordshire-2017-19.ron");
    for (id, [dn1, ds1, dn2, ds2]) in ACTIVITY {
        let t = o
            .trajectories
            .iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("no trajectory {id}"));
        let pct = |x: f64| x * 0.001;
        let r = &t.rows;
        within(
            &format!("{id} do nothing 2017/18"),
            r[1].do_nothing_from_prior,
            dn1,
            pct(dn1),
        );
        within(
            &format!("{id} do something 2017/18"),
            r[1].do_something,
            ds1,
            pct(ds1),
        );
        within(
            &format!("{id} do nothing 2018/19"),
            r[2].do_nothing_from_prior,
            dn2,
            pct(dn2),
        );
        within(
            &format!("{id} do something 2018/19"),
            r[2].do_something,
            ds2,
            pct(ds2),
        );
    }
}

#[test]
fn seed_000_qipp_2017_18_by_programme() {
    let (_, o) = load("bedfordshire-2017-19.ron");
    let t = year_index(&o, "2017/18");
    exact("QIPP 2017/18", o.finance[t].savings_face, 19_235.0);
    exact("stretch 2017/18", o.finance[t].stretch, 2_750.0);
    let expected = [
        ("CHC", 399.0),
        ("Children, Young People & Maternity", 506.0),
        ("Medicines Management", 1_848.0),
        ("Finance & Contracting", 3_915.0),
        ("Primary Care", 1_003.0),
        ("Community Services", 400.0),
        ("Mental Health & Learning Disability", 1_146.0),
        ("Planned Care", 8_601.0),
        ("Unplanned Care", 1_417.0),
    ];
    assert_eq!(o.savings_by_programme.len(), expected.len());
    for (programme, value) in expected {
        let g = o
            .savings_by_programme
            .iter()
            .find(|g| g.key == programme)
            .unwrap_or_else(|| panic!("no programme {programme}"));
        exact(programme, g.face[t], value);
    }
}

#[test]
fn seed_000_summary_of_spend_by_service_area() {
    let (_, o) = load("bedfordshire-2017-19.ron");
    let expected = [
        ("acute", 299.80, 301.60),
        ("mental_health", 65.20, 70.00),
        ("community", 39.30, 42.60),
        ("continuing_care", 29.30, 32.70),
        ("primary_care", 10.60, 11.40),
        ("medicines", 62.90, 66.40),
        ("running_costs", 9.60, 9.70),
        ("other", 28.10, 29.10),
    ];
    for (id, y1, y2) in expected {
        let line = o
            .spend_lines
            .iter()
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("no spend line {id}"));
        within(
            &format!("{id} 2017/18 £m"),
            line.values[1] / 1000.0,
            y1,
            0.05,
        );
        within(
            &format!("{id} 2018/19 £m"),
            line.values[2] / 1000.0,
            y2,
            0.05,
        );
    }
    within(
        "total spend 2017/18 £m",
        o.finance[1].spend / 1000.0,
        544.80,
        0.05,
    );
    within(
        "total spend 2018/19 £m",
        o.finance[2].spend / 1000.0,
        563.50,
        0.05,
    );
}

#[test]
fn seed_000_planned_investment_2017_18() {
    let (_, o) = load("bedfordshire-2017-19.ron");
    let t = year_index(&o, "2017/18");
    let by = |name: &str| {
        o.investment_by_category
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.values[t])
            .unwrap_or_else(|| panic!("no category {name}"))
    };
    exact(
        "QIPP investments",
        by("Investments to deliver QIPP plan"),
        2_932.0,
    );
    exact(
        "commissioning intentions",
        by("Investments to deliver Commissioning Intentions"),
        3_980.0,
    );
    exact("transformational", by("Transformational costs"), 2_742.0);
    exact("total investment", o.finance[t].investment, 9_654.0);
}

#[test]
fn seed_002_qipp_2018_19_programme_and_provider_streams() {
    let (_, o) = load("bedfordshire-2018-19.ron");
    let t = year_index(&o, "2018/19");
    exact("indicative programme", o.finance[t].savings_face, 30_000.0);
    let tbd = |groups: &[placeplan::engine::SavingsGroup]| {
        groups
            .iter()
            .find(|g| g.key == "To be determined")
            .map(|g| g.face[t])
            .unwrap_or_else(|| panic!("no `To be determined` group"))
    };
    exact(
        "to be determined by programme",
        tbd(&o.savings_by_programme),
        10_838.0,
    );
    exact(
        "to be determined by provider stream",
        tbd(&o.savings_by_provider),
        12_630.0,
    );
}

#[test]
fn seed_003_place_based_allocation_and_gap() {
    let (_, o) = load("blmk-2016-21.ron");
    let first = year_index(&o, "2015/16");
    let last = year_index(&o, "2020/21");
    exact("allocation 2015/16", o.finance[first].income, 1_327_911.0);
    exact("allocation 2020/21", o.finance[last].income, 1_672_756.0);
    let growth = o.finance[last].income / o.finance[first].income - 1.0;
    within("allocation growth %", growth * 100.0, 26.0, 0.05);
    within(
        "do-nothing gap 2020/21",
        o.finance[last].gap_do_nothing,
        311_000.0,
        1_000.0,
    );
}

#[test]
fn seed_004_dashboard_rag() {
    let (plan, o) = load("central-bedfordshire-2018-19.ron");
    let rag = |id: &str| {
        let i = plan
            .kpis
            .iter()
            .position(|k| k.id == id)
            .unwrap_or_else(|| panic!("no KPI {id}"));
        (&plan.kpis[i], o.kpis[i].rag)
    };
    let (nel, nel_rag) = rag("nel-admissions");
    exact("non-elective target", nel.target, 28_100.0);
    assert_eq!(nel.actual.last().copied(), Some(29_814.0));
    assert_eq!(nel_rag, Some(Rag::Red));
    let (dtoc, dtoc_rag) = rag("dtoc-days");
    exact("delayed transfers target", dtoc.target, 5_737.0);
    assert_eq!(dtoc.actual.last().copied(), Some(5_058.0));
    assert!(!dtoc.higher_is_better);
    assert_eq!(dtoc_rag, Some(Rag::Green));
}

#[test]
fn every_sample_plan_is_valid_and_every_option_computes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("sample-plans exists") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let plan = load_path(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !plan.scenarios.is_empty(),
            "{} has no options",
            path.display()
        );
        for s in &plan.scenarios {
            compute(
                &plan,
                &View {
                    scenario: Some(&s.id),
                    locality: None,
                },
            )
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        count += 1;
    }
    assert_eq!(count, 5, "five sample plans");
}
