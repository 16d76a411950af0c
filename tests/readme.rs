//! The README's example plan is a real, valid plan.

use placeplan::engine::{View, compute};
use placeplan::io::{Notation, parse_plan};

#[test]
fn the_readme_example_plan_is_valid() {
    let readme = include_str!("../README.md");
    let start = readme
        .find("```ron\n")
        .expect("the README has a RON example")
        + 7;
    let len = readme[start..].find("```").expect("the example ends");
    let plan = parse_plan(
        &readme.as_bytes()[start..start + len],
        "README.md",
        Notation::Ron,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let o = compute(&plan, &View::default()).expect("computes");
    assert_eq!(o.finance.len(), 3);
    compute(
        &plan,
        &View {
            scenario: Some("downside"),
            locality: None,
        },
    )
    .expect("the example's option computes");
}
