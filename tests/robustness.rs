//! Any input at all gets an answer, never a panic or a hang: random bytes, damaged
//! copies of a real plan, huge and deeply nested files. And a valid plan never makes
//! the engine produce a number that is not finite.

use placeplan::engine::{View, compute};
use placeplan::io::{LoadError, MAX_FILE_BYTES, Notation, parse_plan};
use proptest::prelude::*;

const SAMPLE: &str = include_str!("../sample-plans/bedfordshire-2012-15.ron");

fn answer(bytes: &[u8], notation: Notation) {
    match parse_plan(bytes, "input", notation) {
        Ok(plan) => {
            let o = compute(&plan, &View::default()).expect("a valid plan computes");
            for row in &o.finance {
                assert!(row.gap_do_something.is_finite());
            }
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_get_an_answer(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        answer(&bytes, Notation::Ron);
        answer(&bytes, Notation::Json);
    }

    #[test]
    fn a_damaged_plan_gets_an_answer(cut in 0usize..SAMPLE.len(), at in 0usize..SAMPLE.len(), byte in any::<u8>()) {
        answer(&SAMPLE.as_bytes()[..cut], Notation::Ron);
        let mut flipped = SAMPLE.as_bytes().to_vec();
        flipped[at] = byte;
        answer(&flipped, Notation::Ron);
    }
}

#[test]
fn a_huge_input_is_refused_at_once() {
    let bytes = vec![b' '; MAX_FILE_BYTES as usize + 1];
    let err = parse_plan(&bytes, "huge.ron", Notation::Ron).expect_err("too large");
    assert!(matches!(err, LoadError::NotAPlan { .. }), "{err}");
    assert!(err.to_string().contains("at most"));
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for open in ["[", "(", "{"] {
        let text = open.repeat(200_000);
        answer(text.as_bytes(), Notation::Ron);
        answer(text.as_bytes(), Notation::Json);
    }
}

#[test]
fn json_in_a_ron_file_is_read_as_json() {
    let plan = parse_plan(SAMPLE.as_bytes(), "plan.ron", Notation::Ron).expect("valid");
    let json = placeplan::io::to_json(&plan).expect("json");
    let back = parse_plan(json.as_bytes(), "plan.ron", Notation::Ron).expect("read as JSON");
    assert_eq!(back, plan);
}
