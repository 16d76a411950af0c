//! Invariants of the engine that hold for every valid plan: bridges add up, localities
//! add up to the plan, an option never changes the base plan, conversion round-trips.

use placeplan::engine::{Outcome, StepKind, View, compute};
use placeplan::generate::{Size, generate};
use placeplan::io::{Notation, parse_plan, to_json, to_ron};
use placeplan::model::{Plan, validate};
use proptest::prelude::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

fn assert_bridges_add_up(o: &Outcome) {
    for bridge in &o.bridges {
        let mut running = 0.0;
        for step in &bridge.steps {
            match step.kind {
                StepKind::Start => running = step.value,
                StepKind::Change => running += step.value,
                StepKind::Subtotal | StepKind::Total => assert!(
                    close(running, step.value),
                    "bridge {} step {}: bars add to {running}, bar says {}",
                    bridge.year,
                    step.label,
                    step.value
                ),
            }
        }
        let last = bridge.steps.last().expect("a bridge has steps");
        assert_eq!(last.kind, StepKind::Total);
    }
}

fn assert_localities_add_up(o: &Outcome) {
    if o.localities.is_empty() {
        return;
    }
    for (t, row) in o.finance.iter().enumerate() {
        let sum = |f: fn(&placeplan::engine::LocalityRow) -> f64| -> f64 {
            o.localities.iter().map(|l| f(&l.rows[t])).sum()
        };
        assert!(close(sum(|r| r.gap_do_nothing), row.gap_do_nothing));
        assert!(close(
            sum(|r| r.savings_risk_adjusted),
            row.savings_risk_adjusted
        ));
        assert!(close(sum(|r| r.investment), row.investment));
        assert!(close(sum(|r| r.gap_do_something), row.gap_do_something));
    }
}

fn assert_views_match_locality_rows(plan: &Plan, o: &Outcome) {
    for l in &o.localities {
        let view = compute(
            plan,
            &View {
                scenario: Some(&o.scenario),
                locality: Some(&l.id),
            },
        )
        .expect("locality view computes");
        for (row, f) in l.rows.iter().zip(&view.finance) {
            assert!(close(row.gap_do_nothing, f.gap_do_nothing));
            assert!(close(row.gap_do_something, f.gap_do_something));
        }
    }
}

fn check_all(plan: &Plan) {
    let mut ids = vec![None];
    ids.extend(plan.scenarios.iter().map(|s| Some(s.id.as_str())));
    for scenario in ids {
        let o = compute(
            plan,
            &View {
                scenario,
                locality: None,
            },
        )
        .expect("computes");
        assert_bridges_add_up(&o);
        assert_localities_add_up(&o);
        assert_views_match_locality_rows(plan, &o);
        for f in &o.finance {
            for v in [f.income, f.spend, f.gap_do_nothing, f.gap_do_something] {
                assert!(v.is_finite(), "non-finite figure in {}", f.year);
            }
            assert!(f.unidentified_savings >= 0.0);
        }
    }
}

#[test]
fn generated_plans_hold_every_invariant() {
    for size in [Size::S, Size::M] {
        let plan = generate(&size);
        assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
        check_all(&plan);
    }
}

#[test]
fn an_option_never_changes_the_base_plan() {
    let plan = generate(&Size::S);
    let before = plan.clone();
    let base = compute(&plan, &View::default()).expect("base");
    let option = compute(
        &plan,
        &View {
            scenario: Some("downside"),
            locality: None,
        },
    )
    .expect("option");
    assert_eq!(plan, before);
    assert_ne!(
        base.finance, option.finance,
        "the option changes the figures"
    );
    let again = compute(&plan, &View::default()).expect("base again");
    assert_eq!(base, again);
}

#[test]
fn unknown_option_and_locality_are_errors() {
    let plan = generate(&Size::S);
    let err = compute(
        &plan,
        &View {
            scenario: Some("nope"),
            locality: None,
        },
    )
    .expect_err("unknown option");
    assert!(err.to_string().contains("nope"));
    let err = compute(
        &plan,
        &View {
            scenario: None,
            locality: Some("nowhere"),
        },
    )
    .expect_err("unknown locality");
    assert!(err.to_string().contains("nowhere"));
}

#[test]
fn switching_a_scheme_off_raises_the_gap_by_its_risk_adjusted_value() {
    let mut plan = generate(&Size::S);
    let before = compute(&plan, &View::default()).expect("base");
    let scheme = plan.schemes[0].clone();
    let c = scheme
        .confidence
        .unwrap_or(plan.stage_confidence.get(scheme.stage));
    plan.schemes[0].active = false;
    let after = compute(&plan, &View::default()).expect("after");
    for t in 1..=plan.horizon {
        let moved = after.finance[t].gap_do_something - before.finance[t].gap_do_something;
        assert!(close(moved, c * scheme.savings[t - 1]), "year {t}: {moved}");
    }
}

fn round_trip(plan: &Plan) {
    let ron_text = to_ron(plan).expect("ron");
    let from_ron = parse_plan(ron_text.as_bytes(), "plan.ron", Notation::Ron).expect("parse ron");
    assert_eq!(&from_ron, plan);
    let json_text = to_json(plan).expect("json");
    let from_json =
        parse_plan(json_text.as_bytes(), "plan.json", Notation::Json).expect("parse json");
    assert_eq!(&from_json, plan);
}

#[test]
fn generated_plans_round_trip_through_ron_and_json() {
    round_trip(&generate(&Size::S));
}

#[test]
fn generate_is_deterministic() {
    let a = to_ron(&generate(&Size::M)).expect("ron");
    let b = to_ron(&generate(&Size::M)).expect("ron");
    assert_eq!(a, b);
    let other = Size {
        seed: 99,
        ..Size::M
    };
    assert_ne!(a, to_ron(&generate(&other)).expect("ron"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_generated_plan_is_valid_and_consistent(
        localities in 0usize..6,
        years in 1usize..8,
        schemes in 0usize..60,
        investments in 0usize..20,
        trajectories in 0usize..6,
        seed in any::<u64>(),
    ) {
        let plan = generate(&Size { localities, years, schemes, investments, trajectories, seed });
        prop_assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
        check_all(&plan);
        round_trip(&plan);
    }
}

#[test]
fn sample_plans_hold_every_invariant_and_round_trip() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
    for entry in std::fs::read_dir(dir).expect("sample-plans exists") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let plan = placeplan::io::load_path(&path).unwrap_or_else(|e| panic!("{e}"));
        check_all(&plan);
        round_trip(&plan);
    }
}
