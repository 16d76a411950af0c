//! Recomputes the generated L plan many times, for profiling the engine.

use placeplan::engine::{View, compute};
use placeplan::generate::{Size, generate};

fn main() {
    let plan = generate(&Size::L);
    let mut gap = 0.0;
    for _ in 0..500 {
        if let Ok(o) = compute(&plan, &View::default()) {
            gap += o.finance[plan.horizon].gap_do_something;
        }
    }
    std::hint::black_box(gap);
}
