//! What the golden tests share: loading a sample plan, and comparing with a tolerance.

use std::path::Path;

use placeplan::engine::{Outcome, View, compute};
use placeplan::io::load_path;
use placeplan::model::Plan;

/// A sample plan and its base plan's outcome.
pub fn load(name: &str) -> (Plan, Outcome) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-plans")
        .join(name);
    let plan = load_path(&path).unwrap_or_else(|e| panic!("{e}"));
    let outcome = compute(&plan, &View::default()).expect("base plan computes");
    (plan, outcome)
}

/// The outcome of one option of a plan.
pub fn option(plan: &Plan, id: &str) -> Outcome {
    compute(
        plan,
        &View {
            scenario: Some(id),
            locality: None,
        },
    )
    .unwrap_or_else(|e| panic!("option {id}: {e}"))
}

/// `actual` is within `tolerance` of `expected`.
pub fn within(what: &str, actual: f64, expected: f64, tolerance: f64) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "{what}: {actual} is not within {tolerance} of {expected}"
    );
}

/// `actual` is `expected`, to the rounding of f64.
pub fn exact(what: &str, actual: f64, expected: f64) {
    within(what, actual, expected, 1e-6);
}

/// The position of a year in the outcome (base year first).
pub fn year_index(o: &Outcome, label: &str) -> usize {
    o.years
        .iter()
        .position(|y| y == label)
        .unwrap_or_else(|| panic!("no year {label} in {:?}", o.years))
}

/// Total spend in year `t` (base year first) on every spend line but `except`: the
/// service lines as a paper prints them, without the QIPP a plan adds back.
pub fn spend_without(o: &Outcome, except: &str, t: usize) -> f64 {
    o.spend_lines
        .iter()
        .filter(|l| l.id != except)
        .map(|l| l.values[t])
        .sum()
}
