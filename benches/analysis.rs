//! Analysis benchmarks on generated plans M (500 schemes) and L (5,000 schemes over ten
//! years): the risk range at 10,000 runs, goal seek, the tornado and value for money.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use placeplan::engine::{Steps, View, goal_seek, risk_range, tornado, value_for_money};
use placeplan::generate::{Size, generate};
use placeplan::model::RiskSettings;

fn analyses(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis");
    group.sample_size(20);
    let view = View::default();
    for (name, size) in [("M", Size::M), ("L", Size::L)] {
        let plan = generate(&size);
        for growth_sd in [0.0, 1.0] {
            let settings = RiskSettings {
                runs: 10_000,
                seed: 1,
                growth_sd,
            };
            group.bench_function(
                format!("risk range 10,000 runs {name} growth_sd {growth_sd}"),
                |b| b.iter(|| risk_range(black_box(&plan), &view, &settings)),
            );
        }
        group.bench_function(format!("goal seek {name}"), |b| {
            b.iter(|| goal_seek(black_box(&plan), &view))
        });
        group.bench_function(format!("tornado {name}"), |b| {
            b.iter(|| tornado(black_box(&plan), &view, &Steps::default()))
        });
        group.bench_function(format!("value for money {name}"), |b| {
            b.iter(|| value_for_money(black_box(&plan), &view))
        });
    }
    group.finish();
}

criterion_group!(benches, analyses);
criterion_main!(benches);
