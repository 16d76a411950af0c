//! Frame time of the whole workspace, headless, on the generated L plan (5,000 schemes):
//! a frame after an edit (validation and engine recalculation included) and a frame
//! when nothing changed, each also while a risk range is being run beside the window (as
//! the window's worker does after every change, on all but one core); then idle frames
//! of the investments sheet and the option editor; then present mode (a slide
//! stepped to, a what-if asked). Each frame runs
//! the UI and tessellates it, as the window does before handing triangles to the GPU.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Context, Pos2, RawInput, Rect, vec2};
use placeplan::app::{Command, PlaceplanApp, Preferences, Section};
use placeplan::engine::{View, risk_range_on};
use placeplan::generate::{Size, generate};
use placeplan::session::WhatIf;

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1600.0, 1000.0))),
        ..Default::default()
    }
}

fn frame(ctx: &Context, app: &mut PlaceplanApp) -> usize {
    let output = ctx.run_ui(input(), |ui| app.show(ui));
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn workspace(c: &mut Criterion) {
    let ctx = Context::default();
    let mut app = PlaceplanApp::new(generate(&Size::L), None, Preferences::default());
    for _ in 0..5 {
        frame(&ctx, &mut app);
    }
    let mut group = c.benchmark_group("frame");
    group.sample_size(30);
    group.bench_function("L idle", |b| b.iter(|| frame(&ctx, &mut app)));
    let mut saving = 100.0;
    group.bench_function("L after an edit", |b| {
        b.iter(|| {
            saving += 1.0;
            app.edit_plan(|plan| plan.schemes[0].savings[0] = saving);
            frame(&ctx, &mut app)
        })
    });
    // The same, while risk ranges of L run without a break on the worker's share of
    // the cores.
    let stop = Arc::new(AtomicBool::new(false));
    let worker = {
        let stop = Arc::clone(&stop);
        let plan = generate(&Size::L);
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let _ = risk_range_on(
                    &plan,
                    &View::default(),
                    &plan.risk,
                    cores.saturating_sub(1).max(1),
                );
            }
        })
    };
    group.bench_function("L idle, risk range running", |b| {
        b.iter(|| frame(&ctx, &mut app))
    });
    group.bench_function("L after an edit, risk range running", |b| {
        b.iter(|| {
            saving += 1.0;
            app.edit_plan(|plan| plan.schemes[0].savings[0] = saving);
            frame(&ctx, &mut app)
        })
    });
    stop.store(true, Ordering::Relaxed);
    let _ = worker.join();
    // The other long editors, idle: the investments sheet (1,000 rows) and the option
    // editor, whose switch lists hold every scheme and investment.
    let mut investments = PlaceplanApp::new(generate(&Size::L), None, Preferences::default());
    investments.view_mut().section = Section::Investments;
    let mut option = PlaceplanApp::new(generate(&Size::L), None, Preferences::default());
    option.view_mut().section = Section::Options;
    option.view_mut().selected = option
        .document()
        .plan()
        .scenarios
        .first()
        .map(|s| s.id.clone());
    // A section whose inputs are bound to the plan every frame: the end of the frame
    // compares what it may change (all but the schemes and investments).
    let mut assumptions = PlaceplanApp::new(generate(&Size::L), None, Preferences::default());
    assumptions.view_mut().section = Section::Assumptions;
    for app in [&mut investments, &mut option, &mut assumptions] {
        for _ in 0..5 {
            frame(&ctx, app);
        }
    }
    group.bench_function("L idle, investments", |b| {
        b.iter(|| frame(&ctx, &mut investments))
    });
    group.bench_function("L idle, option editor", |b| {
        b.iter(|| frame(&ctx, &mut option))
    });
    group.bench_function("L idle, assumptions", |b| {
        b.iter(|| frame(&ctx, &mut assumptions))
    });
    group.finish();
}

fn first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("first frame");
    group.sample_size(10);
    group.bench_function("open the example plan and draw it", |b| {
        b.iter(|| {
            let ctx = Context::default();
            let mut app = PlaceplanApp::open(None, Preferences::default());
            frame(&ctx, &mut app)
        })
    });
    group.finish();
}

/// Present mode on L: a frame that steps to the next slide, and a what-if (a scheme
/// switched in an option) from the command to the frame drawn with the new figures; the
/// same for a plan shown to the public with one scheme in ten marked sensitive, whose
/// public version is made again after every change.
fn present(c: &mut Criterion) {
    let ctx = Context::default();
    let mut group = c.benchmark_group("present");
    group.sample_size(30);
    for public in [false, true] {
        let mut plan = generate(&Size::L);
        if public {
            plan.settings.public = true;
            for s in plan.schemes.iter_mut().step_by(10) {
                s.sensitive = true;
            }
        }
        let option = plan.scenarios.first().map(|s| s.id.clone());
        let scheme = plan.schemes[1].id.clone();
        let mut app = PlaceplanApp::new(plan, None, Preferences::default());
        app.view_mut().scenario = option;
        app.queue(Command::Present);
        for _ in 0..5 {
            frame(&ctx, &mut app);
        }
        let label = if public { ", public" } else { "" };
        let mut slide = 0;
        group.bench_function(format!("L next slide{label}"), |b| {
            b.iter(|| {
                slide = (slide + 1) % 9;
                if let Some(p) = app.view_mut().present.as_mut() {
                    p.slide = slide;
                }
                frame(&ctx, &mut app)
            })
        });
        // The frame that asks (the edit, recorded as an undo step), then the frame
        // drawn with the new figures, each timed alone.
        let mut on = false;
        let mut ask = |app: &mut PlaceplanApp| {
            on = !on;
            app.queue(Command::WhatIf(WhatIf::Scheme {
                id: scheme.clone(),
                on,
            }));
        };
        for (name, drawn) in [("asked", false), ("new figures drawn", true)] {
            group.bench_function(format!("L what-if, frame {name}{label}"), |b| {
                b.iter_custom(|n| {
                    let mut total = std::time::Duration::ZERO;
                    for _ in 0..n {
                        ask(&mut app);
                        let start = std::time::Instant::now();
                        frame(&ctx, &mut app);
                        let asked = start.elapsed();
                        let start = std::time::Instant::now();
                        frame(&ctx, &mut app);
                        total += if drawn { start.elapsed() } else { asked };
                    }
                    total
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, workspace, first_frame, present);
criterion_main!(benches);
