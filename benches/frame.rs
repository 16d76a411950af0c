//! Frame time of the whole workspace in a headless harness, on the generated L plan
//! (5,000 schemes): a frame after an edit (engine recalculation included) and a frame
//! when nothing changed.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use placeplan::app::{PlaceplanApp, Preferences};
use placeplan::generate::{Size, generate};

fn workspace(c: &mut Criterion) {
    let app = PlaceplanApp::new(generate(&Size::L), None, Preferences::default());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut PlaceplanApp| app.show(ui), app);
    harness.run();
    let mut group = c.benchmark_group("frame");
    group.sample_size(30);
    group.bench_function("L idle", |b| b.iter(|| harness.step()));
    let mut saving = 100.0;
    group.bench_function("L after an edit", |b| {
        b.iter(|| {
            saving += 1.0;
            harness
                .state_mut()
                .edit_plan(|plan| plan.schemes[0].savings[0] = saving);
            harness.step();
        })
    });
    group.finish();
}

criterion_group!(benches, workspace);
criterion_main!(benches);
