//! Engine benchmarks: full recalculation of every sample plan and of generated plans
//! S, M and L; loading and saving L.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use placeplan::engine::{View, compute};
use placeplan::generate::{Size, generate};
use placeplan::io::{Notation, load_path, parse_plan, to_ron};

fn recalculation(c: &mut Criterion) {
    let mut group = c.benchmark_group("recalculate");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
    let mut samples: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default();
    samples.sort();
    for path in samples {
        let Ok(plan) = load_path(&path) else {
            continue;
        };
        let name = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        group.bench_function(name, |b| {
            b.iter(|| compute(black_box(&plan), &View::default()))
        });
    }
    for (name, size) in [("S", Size::S), ("M", Size::M), ("L", Size::L)] {
        let plan = generate(&size);
        group.bench_function(format!("generated {name}"), |b| {
            b.iter(|| compute(black_box(&plan), &View::default()))
        });
    }
    group.finish();
}

fn files(c: &mut Criterion) {
    let plan = generate(&Size::L);
    let Ok(text) = to_ron(&plan) else {
        return;
    };
    let mut group = c.benchmark_group("files");
    group.sample_size(20);
    group.bench_function("load L", |b| {
        b.iter(|| parse_plan(black_box(text.as_bytes()), "L.ron", Notation::Ron))
    });
    group.bench_function("save L", |b| b.iter(|| to_ron(black_box(&plan))));
    group.finish();
}

criterion_group!(benches, recalculation, files);
criterion_main!(benches);
