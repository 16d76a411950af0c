//! Any bytes as a plan file: loading and validating must answer, never panic or hang.
//!
//! Both notations are tried (the text's first character can override either). A plan
//! that parses is validated; a valid plan must survive a save in both notations and
//! open again unchanged.

#![no_main]

use libfuzzer_sys::fuzz_target;
use placeplan::io::{Notation, parse_plan, parse_plan_unchecked, to_json, to_ron};
use placeplan::model::validate;

fuzz_target!(|data: &[u8]| {
    for (name, notation) in [("fuzz.ron", Notation::Ron), ("fuzz.json", Notation::Json)] {
        match parse_plan_unchecked(data, name, notation) {
            Ok(plan) => {
                let problems = validate(&plan);
                for p in &problems {
                    assert!(!p.to_string().is_empty(), "a problem without a message");
                }
                let checked = parse_plan(data, name, notation);
                assert_eq!(
                    checked.is_ok(),
                    problems.is_empty(),
                    "parse_plan and validate disagree: {checked:?}"
                );
                if problems.is_empty() {
                    round_trip(&plan);
                }
            }
            Err(e) => assert!(!e.to_string().is_empty(), "an error without a message"),
        }
    }
});

/// A valid plan saved in either notation opens again as the same plan.
fn round_trip(plan: &placeplan::model::Plan) {
    let ron = to_ron(plan).expect("a valid plan saves as RON");
    let back = parse_plan(ron.as_bytes(), "saved.ron", Notation::Ron)
        .unwrap_or_else(|e| panic!("a saved RON plan does not open again: {e}\n{ron}"));
    assert_eq!(&back, plan, "RON round trip changed the plan\n{ron}");
    let json = to_json(plan).expect("a valid plan saves as JSON");
    let back = parse_plan(json.as_bytes(), "saved.json", Notation::Json)
        .unwrap_or_else(|e| panic!("a saved JSON plan does not open again: {e}\n{json}"));
    assert_eq!(&back, plan, "JSON round trip changed the plan\n{json}");
}
