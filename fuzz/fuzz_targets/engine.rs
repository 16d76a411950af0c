//! The engine on plans that validate: every calculation answers with numbers, never a
//! panic, a NaN in the finance rows, or an error for a view the plan has.
//!
//! The input's first byte chooses a starting point: one of the bundled sample plans,
//! edited by the rest of the input (numbers, switches, stages, horizon, items removed
//! or copied), or the rest of the input read as plan text. Plans that do not validate
//! are skipped, so most inputs reach the engine.

#![no_main]

use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use placeplan::engine::{
    Steps, View, compare, compute, goal_seek, risk_range, tornado, value_for_money,
};
use placeplan::io::{Notation, parse_plan, to_ron};
use placeplan::model::{Growth, Plan, RuleValue, Stage, validate};

const SAMPLES: [&str; 5] = [
    include_str!("../../sample-plans/bedfordshire-2012-15.ron"),
    include_str!("../../sample-plans/bedfordshire-2017-19.ron"),
    include_str!("../../sample-plans/bedfordshire-2018-19.ron"),
    include_str!("../../sample-plans/blmk-2016-21.ron"),
    include_str!("../../sample-plans/central-bedfordshire-2018-19.ron"),
];

/// Most edits made to one sample plan.
const MAX_EDITS: usize = 24;
/// Most schemes or investments a plan may grow to by copying.
const MAX_ITEMS: usize = 80;
/// Most Monte Carlo runs per risk range.
const MAX_RUNS: u32 = 64;

fn samples() -> &'static [Plan] {
    static PLANS: OnceLock<Vec<Plan>> = OnceLock::new();
    PLANS.get_or_init(|| {
        SAMPLES
            .iter()
            .map(|text| parse_plan(text.as_bytes(), "sample.ron", Notation::Ron).expect("sample"))
            .collect()
    })
}

fn print_plan() -> bool {
    static PRINT: OnceLock<bool> = OnceLock::new();
    *PRINT.get_or_init(|| std::env::var_os("PLACEPLAN_FUZZ_PRINT").is_some())
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(start) = u.int_in_range(0..=SAMPLES.len()) else {
        return;
    };
    let mut plan = if start == SAMPLES.len() {
        match parse_plan(u.take_rest(), "fuzz.ron", Notation::Ron) {
            Ok(plan) => plan,
            Err(_) => return,
        }
    } else {
        let mut plan = samples()[start].clone();
        // Running out of input just ends the edits.
        let _ = edit(&mut plan, &mut u);
        if !validate(&plan).is_empty() {
            return;
        }
        plan
    };
    plan.risk.runs = plan.risk.runs.clamp(1, MAX_RUNS);
    assert!(
        validate(&plan).is_empty(),
        "fewer runs made the plan invalid"
    );
    if print_plan() {
        // To see the plan behind a crashing input: PLACEPLAN_FUZZ_PRINT=1.
        eprintln!("{}", to_ron(&plan).expect("a valid plan saves as RON"));
    }
    exercise(&plan);
});

/// Runs every calculation the screens and reports use, on every option and locality.
fn exercise(plan: &Plan) {
    let scenarios: Vec<Option<&str>> = std::iter::once(None)
        .chain(plan.scenarios.iter().map(|s| Some(s.id.as_str())))
        .collect();
    let localities: Vec<Option<&str>> = std::iter::once(None)
        .chain(plan.localities.iter().map(|l| Some(l.id.as_str())))
        .collect();

    for &scenario in &scenarios {
        for &locality in &localities {
            let view = View { scenario, locality };
            let outcome = compute(plan, &view)
                .unwrap_or_else(|e| panic!("compute {view:?} on a valid plan: {e}"));
            assert_eq!(outcome.finance.len(), plan.horizon + 1, "{view:?}");
            for row in &outcome.finance {
                let figures = [
                    ("income", row.income),
                    ("spend", row.spend),
                    ("held_back", row.held_back),
                    ("gap_do_nothing", row.gap_do_nothing),
                    ("new_savings_required", row.new_savings_required),
                    ("savings_face", row.savings_face),
                    ("savings_risk_adjusted", row.savings_risk_adjusted),
                    ("stretch", row.stretch),
                    ("investment", row.investment),
                    ("gap_do_something", row.gap_do_something),
                    ("gap_do_something_face", row.gap_do_something_face),
                    ("unidentified_savings", row.unidentified_savings),
                ];
                for (name, value) in figures {
                    assert!(value.is_finite(), "{view:?} {} {name} = {value}", row.year);
                }
            }
            for bridge in &outcome.bridges {
                for step in &bridge.steps {
                    assert!(
                        step.value.is_finite(),
                        "{view:?} bridge {} {} = {}",
                        bridge.year,
                        step.label,
                        step.value
                    );
                }
            }
        }
    }

    // The analyses: every option for the whole plan, and the base plan in each locality.
    let views = scenarios
        .iter()
        .map(|&scenario| View {
            scenario,
            locality: None,
        })
        .chain(localities.iter().skip(1).map(|&locality| View {
            scenario: None,
            locality,
        }));
    for view in views {
        analyses(plan, &view);
    }

    let ids: Vec<&str> = if (2..=4).contains(&plan.compare.len()) {
        plan.compare.iter().map(String::as_str).collect()
    } else {
        std::iter::once("base")
            .chain(plan.scenarios.iter().take(3).map(|s| s.id.as_str()))
            .collect()
    };
    for &locality in &localities {
        let c = compare(plan, &ids, locality)
            .unwrap_or_else(|e| panic!("compare {ids:?} in {locality:?}: {e}"));
        assert_eq!(c.options.len(), ids.len());
    }
}

fn analyses(plan: &Plan, view: &View) {
    let risk =
        risk_range(plan, view, &plan.risk).unwrap_or_else(|e| panic!("risk_range {view:?}: {e}"));
    for y in &risk.years {
        for (name, v) in [
            ("mean", y.mean),
            ("p10", y.p10),
            ("p50", y.p50),
            ("p90", y.p90),
        ] {
            assert!(!v.is_nan(), "risk range {view:?} {} {name} is NaN", y.year);
        }
        assert!(
            (0.0..=1.0).contains(&y.p_break_even),
            "risk range {view:?} {} chance of breaking even {}",
            y.year,
            y.p_break_even
        );
        assert!(y.p10 <= y.p50 && y.p50 <= y.p90, "{view:?} {y:?}");
    }

    let goal = goal_seek(plan, view).unwrap_or_else(|e| panic!("goal_seek {view:?}: {e}"));
    for v in &goal.extra_savings {
        assert!(!v.is_nan(), "goal seek {view:?}: extra savings NaN");
    }
    if let Some(cut) = goal.spend_growth_cut_pp {
        assert!(!cut.is_nan(), "goal seek {view:?}: spend growth cut NaN");
    }

    let t =
        tornado(plan, view, &Steps::default()).unwrap_or_else(|e| panic!("tornado {view:?}: {e}"));
    assert!(!t.gap.is_nan(), "tornado {view:?}: gap NaN");
    for d in &t.drivers {
        assert!(
            !d.down.is_nan() && !d.up.is_nan(),
            "tornado {view:?}: driver {} {d:?}",
            d.id
        );
    }

    let vfm =
        value_for_money(plan, view).unwrap_or_else(|e| panic!("value_for_money {view:?}: {e}"));
    for v in &vfm.headroom {
        assert!(!v.is_nan(), "value for money {view:?}: headroom NaN");
    }
    assert!(
        !vfm.package.cost.is_nan() && !vfm.package.benefit.is_nan(),
        "value for money {view:?}: package {:?}",
        vfm.package
    );
    for item in &vfm.ranked {
        assert!(
            !item.cost.is_nan() && !item.benefit_per_million.is_nan(),
            "value for money {view:?}: {item:?}"
        );
    }
}

/// A number for a field: often a plausible one, sometimes an extreme.
fn number(u: &mut Unstructured, old: f64) -> Result<f64> {
    Ok(match u.int_in_range(0..=9u8)? {
        0 => old * f64::from(u.int_in_range(-4..=4i8)?) / 2.0,
        1 => f64::from(u.int_in_range(-1000..=1000i16)?),
        2 => f64::from(u.int_in_range(0..=1000u16)?) / 1000.0,
        3 => f64::from(u.int_in_range(-100..=1000i16)?),
        4 => *u.choose(&[
            0.0,
            -0.0,
            1.0,
            -1.0,
            100.0,
            -100.0,
            1000.0,
            1e12,
            -1e12,
            1e10,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            1e-300,
            5e-324,
        ])?,
        5 => f64::from(u.arbitrary::<i32>()?),
        6 => old + f64::from(u.int_in_range(-50..=50i8)?),
        7 => old * (1.0 + f64::from(u.int_in_range(-100..=100i8)?) / 100.0),
        _ => u.arbitrary::<f64>()?,
    })
}

/// Every number in the plan, to pick one to change.
fn numbers(plan: &mut Plan) -> Vec<&mut f64> {
    let mut n: Vec<&mut f64> = Vec::new();
    n.push(&mut plan.income.base);
    n.extend(plan.income.growth.values_mut().iter_mut());
    for s in &mut plan.spend {
        n.push(&mut s.base);
        n.extend(s.growth.values_mut().iter_mut());
    }
    for o in &mut plan.one_offs {
        n.extend(o.amounts.iter_mut());
    }
    for r in &mut plan.rules {
        match &mut r.value {
            RuleValue::Percent(v) | RuleValue::Amount(v) => n.push(v),
        }
        n.extend(r.base.iter_mut());
    }
    for l in &mut plan.localities {
        n.push(&mut l.population);
        n.extend(l.weight.iter_mut());
    }
    for c in &mut plan.criteria {
        n.push(&mut c.weight);
    }
    for p in &mut plan.priorities {
        n.extend(p.scores.values_mut());
    }
    for s in &mut plan.schemes {
        n.extend(s.savings.iter_mut());
        n.extend(s.confidence.iter_mut());
        n.extend(s.stretch.iter_mut().flatten());
        for a in &mut s.activity {
            n.extend(a.change.iter_mut());
        }
    }
    let sc = &mut plan.stage_confidence;
    n.extend([
        &mut sc.pipeline,
        &mut sc.pre_project,
        &mut sc.initiation,
        &mut sc.implementation,
        &mut sc.delivery,
    ]);
    for v in &mut plan.investments {
        n.extend(v.amounts.iter_mut());
        n.extend(v.benefit.iter_mut());
    }
    for t in &mut plan.trajectories {
        n.push(&mut t.base);
        n.extend(t.growth.iter_mut());
        n.extend(t.mitigation.iter_mut().flatten());
        n.extend(t.unit_cost.iter_mut());
    }
    for k in &mut plan.kpis {
        n.extend(k.target.iter_mut());
        n.extend(k.baseline.iter_mut());
        n.extend(k.plan.iter_mut());
        n.extend(k.actual.iter_mut());
    }
    for r in &mut plan.risks {
        n.push(&mut r.exposure);
    }
    for s in &mut plan.scenarios {
        n.extend(s.income_growth_pp.values_mut());
        n.extend(s.spend_growth_pp.values_mut());
        n.extend(s.spend_line_growth_pp.values_mut().flat_map(|p| p.values_mut()));
        for r in &mut s.rules {
            match &mut r.value {
                RuleValue::Percent(v) | RuleValue::Amount(v) => n.push(v),
            }
            n.extend(r.base.iter_mut());
        }
        n.extend(s.confidence.values_mut());
        n.extend(s.trajectory_growth_pp.values_mut().flat_map(|p| p.values_mut()));
    }
    n.push(&mut plan.risk.growth_sd);
    n.push(&mut plan.settings.kpi_tolerance_pct);
    n
}

/// Every list with one value per planning year.
fn per_year_lists(plan: &mut Plan) -> Vec<&mut Vec<f64>> {
    let mut l: Vec<&mut Vec<f64>> = vec![plan.income.growth.values_mut()];
    l.extend(plan.spend.iter_mut().map(|s| s.growth.values_mut()));
    l.extend(plan.one_offs.iter_mut().map(|o| &mut o.amounts));
    for s in &mut plan.schemes {
        l.push(&mut s.savings);
        l.extend(s.stretch.iter_mut());
        l.extend(s.activity.iter_mut().map(|a| &mut a.change));
    }
    l.extend(plan.investments.iter_mut().map(|v| &mut v.amounts));
    for t in &mut plan.trajectories {
        l.push(&mut t.growth);
        l.extend(t.mitigation.iter_mut());
    }
    l
}

/// Index into a list of `len` items, or `None` when it is empty.
fn pick(u: &mut Unstructured, len: usize) -> Result<Option<usize>> {
    if len == 0 {
        return Ok(None);
    }
    Ok(Some(u.choose_index(len)?))
}

/// Small edits of a valid plan, as a workshop would make them.
fn edit(plan: &mut Plan, u: &mut Unstructured) -> Result<()> {
    for _ in 0..MAX_EDITS {
        if u.is_empty() {
            break;
        }
        match u.int_in_range(0..=13u8)? {
            // A number anywhere (the most common edit).
            0..=4 => {
                let mut all = numbers(plan);
                if let Some(i) = pick(u, all.len())? {
                    let old = *all[i];
                    *all[i] = number(u, old)?;
                }
            }
            // A scheme or investment switched on or off, or made one-off.
            5 => {
                if u.arbitrary()? {
                    if let Some(i) = pick(u, plan.schemes.len())? {
                        let s = &mut plan.schemes[i];
                        if u.arbitrary()? {
                            s.active = !s.active;
                        } else {
                            s.recurrent = !s.recurrent;
                        }
                    }
                } else if let Some(i) = pick(u, plan.investments.len())? {
                    let v = &mut plan.investments[i];
                    if u.arbitrary()? {
                        v.active = !v.active;
                    } else {
                        v.recurrent = !v.recurrent;
                    }
                }
            }
            // A scheme's stage, or its own chance of delivery set or cleared.
            6 => {
                if let Some(i) = pick(u, plan.schemes.len())? {
                    let s = &mut plan.schemes[i];
                    match u.int_in_range(0..=2u8)? {
                        0 => s.stage = *u.choose(&Stage::ALL)?,
                        1 => s.confidence = None,
                        _ => s.confidence = Some(f64::from(u.int_in_range(0..=100u8)?) / 100.0),
                    }
                }
            }
            // A different number of planning years: every per-year list follows.
            7 => {
                let horizon = u.int_in_range(1..=12usize)?;
                plan.horizon = horizon;
                for list in per_year_lists(plan) {
                    let last = list.last().copied().unwrap_or(0.0);
                    list.resize(horizon, last);
                }
            }
            // An item removed (references to it make the plan invalid, and it is skipped).
            8 => match u.int_in_range(0..=7u8)? {
                0 => remove(u, &mut plan.schemes)?,
                1 => remove(u, &mut plan.investments)?,
                2 => remove(u, &mut plan.spend)?,
                3 => remove(u, &mut plan.rules)?,
                4 => remove(u, &mut plan.one_offs)?,
                5 => remove(u, &mut plan.scenarios)?,
                6 => remove(u, &mut plan.trajectories)?,
                _ => remove(u, &mut plan.localities)?,
            },
            // A scheme or investment copied under a new id.
            9 => {
                let n = plan.schemes.len() + plan.investments.len();
                if n < MAX_ITEMS {
                    if u.arbitrary()? {
                        if let Some(i) = pick(u, plan.schemes.len())? {
                            let mut s = plan.schemes[i].clone();
                            s.id = format!("{}-copy-{n}", s.id);
                            plan.schemes.push(s);
                        }
                    } else if let Some(i) = pick(u, plan.investments.len())? {
                        let mut v = plan.investments[i].clone();
                        v.id = format!("{}-copy-{n}", v.id);
                        v.benefit = Some(f64::from(u.int_in_range(0..=100u8)?));
                        plan.investments.push(v);
                    }
                }
            }
            // A growth or business rule of the other kind.
            10 => {
                if u.arbitrary()? {
                    let growth = match pick(u, plan.spend.len() + 1)? {
                        Some(i) if i < plan.spend.len() => &mut plan.spend[i].growth,
                        _ => &mut plan.income.growth,
                    };
                    *growth = match growth {
                        Growth::Percent(v) => Growth::Amount(v.clone()),
                        Growth::Amount(v) => Growth::Percent(v.clone()),
                    };
                } else if let Some(i) = pick(u, plan.rules.len())? {
                    let r = &mut plan.rules[i];
                    r.value = match r.value {
                        RuleValue::Percent(v) => RuleValue::Amount(v),
                        RuleValue::Amount(v) => RuleValue::Percent(v),
                    };
                }
            }
            // An option switches a scheme or investment off or on, or counts stretch.
            11 => {
                if let Some(i) = pick(u, plan.scenarios.len())? {
                    match u.int_in_range(0..=4u8)? {
                        0 => {
                            if let Some(j) = pick(u, plan.schemes.len())? {
                                let id = plan.schemes[j].id.clone();
                                plan.scenarios[i].schemes_off.push(id);
                            }
                        }
                        1 => {
                            if let Some(j) = pick(u, plan.schemes.len())? {
                                let id = plan.schemes[j].id.clone();
                                plan.scenarios[i].schemes_on.push(id);
                            }
                        }
                        2 => {
                            if let Some(j) = pick(u, plan.investments.len())? {
                                let id = plan.investments[j].id.clone();
                                plan.scenarios[i].investments_off.push(id);
                            }
                        }
                        3 => {
                            if let Some(j) = pick(u, plan.investments.len())? {
                                let id = plan.investments[j].id.clone();
                                plan.scenarios[i].investments_on.push(id);
                            }
                        }
                        _ => {
                            let s = &mut plan.scenarios[i];
                            s.count_stretch = !s.count_stretch;
                        }
                    }
                }
            }
            // Localities weighted by share instead of population, or the other way.
            12 => {
                let n = plan.localities.len();
                if n > 0 {
                    let by_weight = plan.localities[0].weight.is_none();
                    for l in &mut plan.localities {
                        l.weight = by_weight.then_some(1.0 / n as f64);
                    }
                }
            }
            // The risk range's settings.
            _ => {
                plan.risk.seed = u.arbitrary()?;
                plan.risk.runs = u.int_in_range(1..=MAX_RUNS)?;
                plan.risk.growth_sd = f64::from(u.int_in_range(0..=50u8)?);
            }
        }
    }
    Ok(())
}

fn remove<T>(u: &mut Unstructured, items: &mut Vec<T>) -> Result<()> {
    if let Some(i) = pick(u, items.len())? {
        items.remove(i);
    }
    Ok(())
}
