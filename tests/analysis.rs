//! The analyses on top of the engine: the risk range, goal seek, sensitivity, value for
//! money and options compared. Each is checked against the engine itself.

use std::path::Path;

use placeplan::engine::{
    DriverKind, Figure, Steps, View, compare, compute, goal_seek, moved_rule, risk_range,
    risk_range_on, tornado, value_for_money,
};
use placeplan::generate::{Size, generate};
use placeplan::io::load_path;
use placeplan::model::{Investment, Plan, RiskSettings, Scenario, Scheme, Stage};

fn sample(name: &str) -> Plan {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-plans")
        .join(name);
    load_path(&path).unwrap_or_else(|e| panic!("{e}"))
}

fn base() -> View<'static> {
    View::default()
}

fn gaps(plan: &Plan, view: &View) -> Vec<f64> {
    compute(plan, view)
        .expect("computes")
        .finance
        .iter()
        .map(|r| r.gap_do_something)
        .collect()
}

fn settings(runs: u32, seed: u64, growth_sd: f64) -> RiskSettings {
    RiskSettings {
        runs,
        seed,
        growth_sd,
    }
}

#[test]
fn the_mean_of_the_runs_converges_to_the_risk_adjusted_gap() {
    let plan = sample("bedfordshire-2017-19.ron");
    let outcome = compute(&plan, &base()).expect("computes");
    let runs = 40_000;
    let range = risk_range(&plan, &base(), &settings(runs, 7, 0.0)).expect("runs");
    for (t, row) in outcome.finance.iter().enumerate() {
        // Standard error of the mean from the schemes' Bernoulli variances.
        let variance: f64 = plan
            .schemes
            .iter()
            .enumerate()
            .filter(|(i, _)| outcome.scheme_active[*i])
            .map(|(i, s)| {
                let c = outcome.scheme_confidence[i];
                let v = if t == 0 { 0.0 } else { s.savings[t - 1] };
                c * (1.0 - c) * v * v
            })
            .sum();
        let tolerance = 4.0 * (variance / f64::from(runs)).sqrt() + 1e-6;
        let mean = range.years[t].mean;
        assert!(
            (mean - row.gap_do_something).abs() <= tolerance,
            "{}: mean {mean} vs risk-adjusted {} (tolerance {tolerance})",
            row.year,
            row.gap_do_something
        );
    }
}

#[test]
fn the_same_seed_gives_the_same_numbers() {
    let plan = generate(&Size::S);
    let s = settings(3_000, 99, 1.5);
    let a = risk_range(&plan, &base(), &s).expect("runs");
    let b = risk_range(&plan, &base(), &s).expect("runs");
    assert_eq!(a, b);
    let c = risk_range(&plan, &base(), &settings(3_000, 100, 1.5)).expect("runs");
    assert_ne!(a.years, c.years, "another seed draws other runs");
    for threads in [1, 3, 8] {
        let d = risk_range_on(&plan, &base(), &s, threads).expect("runs");
        assert_eq!(a, d, "the same numbers on {threads} threads");
    }
}

#[test]
fn percentiles_are_in_order_and_chances_are_probabilities() {
    let plan = generate(&Size::S);
    let range = risk_range(&plan, &base(), &settings(2_000, 5, 2.0)).expect("runs");
    assert_eq!(range.years.len(), plan.horizon + 1);
    for (t, y) in range.years.iter().enumerate() {
        assert!(y.p10 <= y.p50 && y.p50 <= y.p90, "{y:?}");
        assert!((0.0..=1.0).contains(&y.p_break_even));
        assert_eq!(range.sorted(t).len(), 2_000);
        assert!(range.sorted(t).is_sorted_by(|a, b| a <= b));
        assert_eq!(y.p_break_even, range.chance_at_most(t, 0.0));
    }
}

#[test]
fn growth_uncertainty_widens_the_range() {
    let plan = generate(&Size::S);
    let last = plan.horizon;
    let narrow = risk_range(&plan, &base(), &settings(2_000, 5, 0.0)).expect("runs");
    let wide = risk_range(&plan, &base(), &settings(2_000, 5, 3.0)).expect("runs");
    let spread = |r: &placeplan::engine::RiskRange| r.years[last].p90 - r.years[last].p10;
    assert!(spread(&wide) > spread(&narrow));
}

#[test]
fn certain_plans_have_no_spread() {
    let mut plan = sample("bedfordshire-2017-19.ron");
    for s in &mut plan.schemes {
        s.confidence = Some(1.0);
    }
    let range = risk_range(&plan, &base(), &settings(500, 1, 0.0)).expect("runs");
    let outcome = compute(&plan, &base()).expect("computes");
    for (y, row) in range.years.iter().zip(&outcome.finance) {
        assert!((y.p10 - row.gap_do_something_face).abs() < 1e-6);
        assert!((y.p90 - row.gap_do_something_face).abs() < 1e-6);
    }
}

/// A scheme that delivers `savings` for certain.
fn certain_scheme(plan: &Plan, savings: Vec<f64>) -> Scheme {
    let mut s = plan.schemes[0].clone();
    s.id = "goal_seek".into();
    s.name = "Goal seek".into();
    s.savings = savings;
    s.stretch = None;
    s.confidence = Some(1.0);
    s.stage = Stage::Delivery;
    s.active = true;
    s.activity.clear();
    s
}

#[test]
fn goal_seeks_extra_savings_close_every_years_gap() {
    for name in ["bedfordshire-2012-15.ron", "blmk-2016-21.ron"] {
        let mut plan = sample(name);
        let goal = goal_seek(&plan, &base()).expect("seeks");
        let extra = goal.extra_savings[1..].to_vec();
        plan.schemes.push(certain_scheme(&plan, extra));
        for (t, g) in gaps(&plan, &base()).iter().enumerate().skip(1) {
            assert!(*g <= 1e-6, "{name} year {t}: gap {g} after goal seek");
        }
    }
}

#[test]
fn goal_seeks_spend_growth_cut_brings_the_final_gap_to_zero() {
    for name in [
        "bedfordshire-2012-15.ron",
        "blmk-2016-21.ron",
        "bedfordshire-2017-19.ron",
    ] {
        let mut plan = sample(name);
        let cut = goal_seek(&plan, &base())
            .expect("seeks")
            .spend_growth_cut_pp
            .expect("a cut within range");
        plan.scenarios.push(Scenario {
            id: "cut".into(),
            name: "Cut".into(),
            spend_growth_pp: (-cut).into(),
            ..Scenario::default()
        });
        let last = *gaps(
            &plan,
            &View {
                scenario: Some("cut"),
                locality: None,
            },
        )
        .last()
        .expect("years");
        assert!(
            last.abs() < 1e-3,
            "{name}: final gap {last} after a cut of {cut} pp"
        );
    }
}

#[test]
fn savings_for_a_chance_close_the_gap_in_that_share_of_runs() {
    let plan = sample("bedfordshire-2017-19.ron");
    let range = risk_range(&plan, &base(), &settings(10_000, 3, 0.0)).expect("runs");
    for t in 1..=plan.horizon {
        for chance in [0.5, 0.8, 0.95] {
            let extra = range.savings_for_chance(t, chance);
            assert!(range.chance_at_most(t, extra) >= chance);
            assert!(extra >= 0.0);
        }
    }
}

/// The final year's gap with `scenario` applied.
fn final_gap(plan: &Plan, scenario: Scenario) -> f64 {
    let mut plan = plan.clone();
    let id = scenario.id.clone();
    plan.scenarios.push(scenario);
    *gaps(
        &plan,
        &View {
            scenario: Some(&id),
            locality: None,
        },
    )
    .last()
    .expect("years")
}

#[test]
fn tornado_bars_equal_rerunning_the_engine_with_each_step() {
    let plan = sample("bedfordshire-2017-19.ron");
    let steps = Steps::default();
    let t = tornado(&plan, &base(), &steps).expect("runs");
    let gap = *gaps(&plan, &base()).last().expect("years");
    assert!((t.gap - gap).abs() < 1e-9);
    assert!(t.drivers.windows(2).all(|w| w[0].swing() >= w[1].swing()));
    assert!(t.drivers.iter().any(|d| d.kind == DriverKind::Rule));
    for d in &t.drivers {
        for (sign, bar) in [(-1.0, d.down), (1.0, d.up)] {
            let mut s = Scenario {
                id: "step".into(),
                name: "Step".into(),
                ..Scenario::default()
            };
            match d.kind {
                DriverKind::IncomeGrowth => s.income_growth_pp = (sign * steps.growth_pp).into(),
                DriverKind::SpendGrowth => {
                    s.spend_line_growth_pp
                        .insert(d.id.clone(), (sign * steps.growth_pp).into());
                }
                DriverKind::Confidence => {
                    let outcome = compute(&plan, &base()).expect("computes");
                    for (i, scheme) in plan.schemes.iter().enumerate() {
                        if scheme.programme == d.id {
                            let c = outcome.scheme_confidence[i] + sign * steps.confidence;
                            s.confidence.insert(scheme.id.clone(), c.clamp(0.0, 1.0));
                        }
                    }
                }
                DriverKind::Rule => {
                    let mut rule = plan
                        .rules
                        .iter()
                        .find(|r| r.id == d.id)
                        .expect("rule")
                        .clone();
                    rule.value = moved_rule(rule.value, sign, &steps);
                    s.rules.push(rule);
                }
            }
            let expected = final_gap(&plan, s) - gap;
            assert!(
                (bar - expected).abs() < 1e-6,
                "{}: bar {bar} vs engine {expected}",
                d.label
            );
        }
    }
}

fn investment(id: &str, amounts: Vec<f64>, benefit: f64) -> Investment {
    Investment {
        sensitive: false,
        id: id.into(),
        name: id.into(),
        category: "Test".into(),
        priority: None,
        locality: None,
        amounts,
        recurrent: false,
        benefit: Some(benefit),
        active: true,
        notes: String::new(),
    }
}

#[test]
fn value_for_money_ranks_by_benefit_per_pound_and_the_package_fits_the_headroom() {
    let mut plan = sample("bedfordshire-2012-15.ron");
    // Give the plan headroom: schemes that save more than the gap.
    let goal = goal_seek(&plan, &base()).expect("seeks");
    let extra: Vec<f64> = goal.extra_savings[1..]
        .iter()
        .map(|x| x + 5_000.0)
        .collect();
    plan.schemes.push(certain_scheme(&plan, extra));
    let h = plan.horizon;
    plan.investments = vec![
        investment("a", vec![3_000.0; h], 90.0),
        investment("b", vec![1_000.0; h], 40.0),
        investment("c", vec![2_500.0; h], 30.0),
        investment("d", vec![500.0; h], 5.0),
    ];
    plan.investments[3].benefit = None;
    let v = value_for_money(&plan, &base()).expect("runs");
    assert_eq!(v.unranked, vec!["d".to_string()]);
    let order: Vec<&str> = v.ranked.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(order, ["b", "a", "c"]);
    let last = v.ranked.last().expect("ranked");
    assert!((last.cumulative_benefit - 160.0).abs() < 1e-9);
    assert!((v.headroom[1] - 5_000.0).abs() < 1e-6, "{:?}", v.headroom);
    // 5,000 a year fits a + b (4,000, benefit 130) but not all three.
    assert_eq!(v.package.ids, vec!["b".to_string(), "a".to_string()]);
    assert!((v.package.benefit - 130.0).abs() < 1e-9);
    assert!(v.package.exact);
}

#[test]
fn compare_reports_each_options_figures_and_what_differs() {
    let plan = sample("bedfordshire-2017-19.ron");
    let c = compare(&plan, &["base", "downside", "dependent_schemes_off"], None).expect("runs");
    assert_eq!(c.options.len(), 3);
    for (i, o) in c.options.iter().enumerate() {
        let view = View {
            scenario: Some(&o.id),
            locality: None,
        };
        let expected = compute(&plan, &view).expect("computes");
        for t in 0..=plan.horizon {
            for f in Figure::ALL {
                assert_eq!(c.figure(i, f, t), f.of(&expected.finance[t]));
            }
        }
    }
    assert_eq!(c.from_base(0, Figure::GapDoSomething, 1), 0.0);
    assert!(c.from_base(2, Figure::GapDoSomething, 1) > 0.0);
    let inputs: Vec<&str> = c.differences.iter().map(|d| d.input.as_str()).collect();
    assert!(inputs.iter().any(|i| i.starts_with("Spend growth: ")));
    let off = c
        .differences
        .iter()
        .find(|d| d.input.starts_with("Scheme: Discharge to assess"))
        .unwrap_or_else(|| panic!("a switched-off scheme is listed: {inputs:?}"));
    assert_eq!(off.values[2], "off");
    assert!(c.differences.iter().all(|d| d.values.len() == 3));
}

#[test]
fn analyses_name_an_unknown_option_or_locality() {
    let plan = sample("bedfordshire-2017-19.ron");
    let view = View {
        scenario: Some("nope"),
        locality: None,
    };
    assert!(risk_range(&plan, &view, &plan.risk).is_err());
    assert!(goal_seek(&plan, &view).is_err());
    assert!(tornado(&plan, &view, &Steps::default()).is_err());
    assert!(value_for_money(&plan, &view).is_err());
    assert!(compare(&plan, &["base", "nope"], None).is_err());
    assert!(compare(&plan, &["base"], Some("atlantis")).is_err());
}

#[test]
fn a_locality_view_runs_on_the_localitys_share() {
    let plan = sample("bedfordshire-2017-19.ron");
    let view = View {
        scenario: None,
        locality: Some("bedford"),
    };
    let range = risk_range(&plan, &view, &settings(20_000, 11, 0.0)).expect("runs");
    let expected = gaps(&plan, &view);
    let last = plan.horizon;
    let relative = (range.years[last].mean - expected[last]).abs() / expected[last].abs().max(1.0);
    assert!(
        relative < 0.02,
        "{} vs {}",
        range.years[last].mean,
        expected[last]
    );
}
