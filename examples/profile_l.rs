//! Times the per-edit work of the window on the generated L plan: engine, validation,
//! plan comparison and cloning. For finding where a frame's time goes.

use std::time::Instant;

use placeplan::engine::{View, compute};
use placeplan::generate::{Size, generate};
use placeplan::model::validate;

fn time(label: &str, runs: u32, mut f: impl FnMut()) {
    let start = Instant::now();
    for _ in 0..runs {
        f();
    }
    let per = start.elapsed() / runs;
    eprintln!("{label:<12} {per:?}");
}

fn main() {
    let plan = generate(&Size::L);
    let copy = plan.clone();
    time("compute", 200, || {
        std::hint::black_box(compute(&plan, &View::default()).is_ok());
    });
    time("validate", 200, || {
        std::hint::black_box(validate(&plan).len());
    });
    time("compare", 200, || {
        std::hint::black_box(plan == copy);
    });
    time("clone", 200, || {
        std::hint::black_box(plan.clone());
    });
}
