//! Snapshot images of a few screens, rendered on the CPU (wgpu with a software Vulkan
//! driver). Only built with `--features snapshots`; the images live in tests/snapshots.

#![cfg(feature = "snapshots")]

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use placeplan::app::{ChartKind, PlaceplanApp, Preferences, Section};

fn window(dark: bool) -> Harness<'static, PlaceplanApp> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2017-19.ron");
    let prefs = Preferences {
        dark,
        ..Preferences::default()
    };
    let plan = placeplan::io::load_path(&path).expect("valid");
    // A relative file name, so the status bar reads the same wherever the tests run.
    let app = PlaceplanApp::new(plan, Some(PathBuf::from("bedfordshire-2017-19.ron")), prefs);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_ui_state(|ui, app: &mut PlaceplanApp| app.show(ui), app);
    harness.run();
    harness
}

#[test]
fn workshop_window_schemes_and_bridge() {
    let mut harness = window(false);
    harness.snapshot("schemes_bridge");
}

#[test]
fn assumptions_and_savings_chart_dark() {
    let mut harness = window(true);
    harness.state_mut().view_mut().section = Section::Assumptions;
    harness.state_mut().view_mut().chart = ChartKind::Savings;
    harness.run();
    harness.get_by_label("Income base");
    harness.snapshot("assumptions_savings_dark");
}

#[test]
fn priorities_with_activity_chart() {
    let mut harness = window(false);
    harness.state_mut().view_mut().section = Section::Priorities;
    harness.state_mut().view_mut().chart = ChartKind::Activity;
    harness.run();
    harness.snapshot("priorities_activity");
}

#[test]
fn kpis_with_spend_mix() {
    let mut harness = window(false);
    harness.state_mut().view_mut().section = Section::Kpis;
    harness.state_mut().view_mut().chart = ChartKind::Spend;
    harness.run();
    harness.snapshot("kpis_spend");
}
