//! Snapshot images of a few screens, rendered on the CPU (wgpu with a software Vulkan
//! driver). Only built with `--features snapshots`; the images live in tests/snapshots.

#![cfg(feature = "snapshots")]

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use placeplan::app::{ChartKind, PlaceplanApp, Preferences, Section};

mod common;

fn window(dark: bool) -> Harness<'static, PlaceplanApp> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2017-19.ron");
    let prefs = Preferences {
        dark,
        ..Preferences::default()
    };
    let plan = placeplan::io::load_path(&path).expect("valid");
    // A relative file name, so the status bar reads the same wherever the tests run.
    let app = PlaceplanApp::new(plan, Some(PathBuf::from("bedfordshire-2017-19.ron")), prefs);
    let harness = common::window(app, 1280.0, 720.0);
    // The risk range is drawn on the gap chart once it arrives; wait, so every image
    // has it.
    with_analysis(harness)
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

#[test]
fn activity_with_bridge() {
    let mut harness = window(false);
    harness.state_mut().view_mut().section = Section::Trajectories;
    harness.run();
    harness.snapshot("activity_bridge");
}

#[test]
fn localities_with_priorities_chart() {
    let mut harness = window(false);
    harness.state_mut().view_mut().section = Section::Localities;
    harness.state_mut().view_mut().chart = ChartKind::Priorities;
    harness.run();
    harness.snapshot("localities_priorities");
}

#[test]
fn risks_with_risk_range() {
    let mut harness = window(false);
    harness.state_mut().view_mut().section = Section::Risks;
    harness.state_mut().view_mut().chart = ChartKind::Risk;
    harness.run();
    harness.snapshot("risks_risk_range");
}

#[test]
fn investments_with_bridge() {
    let mut harness = window(false);
    harness.state_mut().view_mut().section = Section::Investments;
    harness.run();
    harness.snapshot("investments_bridge");
}

/// The window with its analyses in: the worker's result has arrived.
fn with_analysis(mut harness: Harness<'static, PlaceplanApp>) -> Harness<'static, PlaceplanApp> {
    assert!(
        harness
            .state_mut()
            .wait_for_analysis(std::time::Duration::from_secs(60))
    );
    harness.run();
    harness
}

#[test]
fn risk_range_with_options() {
    let mut harness = window(false);
    harness.state_mut().view_mut().section = Section::Options;
    harness.state_mut().view_mut().selected = Some("downside".into());
    harness.state_mut().view_mut().chart = ChartKind::Risk;
    let mut harness = with_analysis(harness);
    harness.snapshot("options_risk");
}

#[test]
fn compare_with_sensitivity() {
    let mut harness = window(false);
    harness.state_mut().view_mut().comparing = true;
    harness.state_mut().view_mut().chart = ChartKind::Sensitivity;
    let mut harness = with_analysis(harness);
    harness.get_by_label("Options compared");
    harness.snapshot("compare_sensitivity");
}

#[test]
fn value_for_money_dark() {
    let plan = placeplan::generate::generate(&placeplan::generate::Size::S);
    let prefs = Preferences {
        dark: true,
        ..Preferences::default()
    };
    let mut app = PlaceplanApp::new(plan, Some(PathBuf::from("generated-s.ron")), prefs);
    app.view_mut().section = Section::Investments;
    app.view_mut().chart = ChartKind::Value;
    let mut harness = with_analysis(common::window(app, 1280.0, 720.0));
    harness.snapshot("investments_value_dark");
}

#[test]
fn compare_at_double_zoom() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2017-19.ron");
    let plan = placeplan::io::load_path(&path).expect("valid");
    let prefs = Preferences {
        zoom: 2.0,
        ..Preferences::default()
    };
    let mut app = PlaceplanApp::new(plan, Some(PathBuf::from("bedfordshire-2017-19.ron")), prefs);
    app.view_mut().chart = ChartKind::Risk;
    let mut harness = with_analysis(common::window(app, 2560.0, 1440.0));
    harness.snapshot("zoom_200_risk");
}

/// A 1280 × 720 window at 200%: 640 × 360 points, so the top bar wraps, the sheet's text
/// gives way to its money and the charts scroll.
#[test]
fn workspace_at_double_zoom_in_a_small_window() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2017-19.ron");
    let plan = placeplan::io::load_path(&path).expect("valid");
    let prefs = Preferences {
        zoom: 2.0,
        ..Preferences::default()
    };
    let app = PlaceplanApp::new(plan, Some(PathBuf::from("bedfordshire-2017-19.ron")), prefs);
    let mut harness = with_analysis(common::window(app, 1280.0, 720.0));
    // Every control of the top bar is on screen, Mode and Review included.
    let screen = harness.ctx.content_rect();
    for label in ["File", "Compared options", "Locality view", "Review"] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            screen.contains_rect(rect),
            "{label} at {rect:?} is off the window {screen:?}"
        );
    }
    harness.snapshot("zoom_200_workspace");
    // The charts fill the narrow window in place of the plan.
    harness.get_by_label("Charts").click();
    harness.run();
    harness.get_by_label("Still to find");
    harness.snapshot("zoom_200_charts");
}

/// Downside in view, with a scheme switched off in it: the sheet shows Downside's own
/// switches and chances, marked where they differ from the base plan, and the top bar
/// says what an edit changes.
#[test]
fn schemes_with_an_option_in_view() {
    let mut harness = window(false);
    harness.get_by_label("Downside").click();
    harness.run();
    harness.get_by_label("Include CHC Optimisation").click();
    harness.run();
    harness.get_by_label("Editing option Downside");
    let mut harness = with_analysis(harness);
    harness.snapshot("schemes_option_in_view");
}

/// Version 2 of the sample plan as a chair receives it: version 1 signed off, then one
/// scheme's first-year savings cut and a comment left on it.
fn review_window(zoom: f32) -> Harness<'static, PlaceplanApp> {
    use placeplan::model::edit::Collection;
    use placeplan::model::review::{self, Decision, Reviewer, Subject};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2017-19.ron");
    let mut plan = placeplan::io::load_path(&path).expect("valid");
    let chair = Reviewer {
        name: "Dr A Patel".into(),
        role: "Clinical Chair".into(),
    };
    let at = |time: &str| format!("2026-11-20T{time}:00Z");
    review::decide(
        &mut plan,
        &Subject::Plan,
        Decision::SignOff,
        &chair,
        "Version 1",
        &at("09:00"),
    );
    plan.schemes[0].savings[0] -= 99.0;
    let scheme = Subject::item(Collection::Schemes, &plan.schemes[0].id.clone());
    review::comment(
        &mut plan,
        &scheme,
        &chair,
        "Why a quarter less?",
        &at("09:30"),
    );
    let prefs = Preferences {
        reviewer: chair,
        zoom,
        ..Preferences::default()
    };
    let app = PlaceplanApp::new(plan, Some(PathBuf::from("plan-v2.ron")), prefs);
    let mut harness = with_analysis(common::window(app, 1280.0, 720.0));
    harness.get_by_label("Review").click();
    harness.run();
    harness.state_mut().view_mut().section = Section::Review;
    harness.run();
    harness
}

/// What changed since the chair's sign-off, read only: the key figures moved, the
/// changed scheme with its effect on the gap, and the scheme's comment mark in the outline.
#[test]
fn review_what_changed_since_sign_off() {
    let mut harness = review_window(1.0);
    harness.get_by_label_contains("Moves still to find in 2017/18 by");
    harness.snapshot("review_changes");
}

/// The sign-off tab at 200% in a small window: the tabs and the picker wrap and shrink
/// rather than run off the pane.
#[test]
fn review_sign_off_at_double_zoom() {
    let mut harness = review_window(2.0);
    harness.get_by_label("Sign-off and history").click();
    harness.run();
    let screen = harness.ctx.content_rect();
    // Below the fold is fine (the page scrolls); off the side is not.
    for label in ["Sign-off and history", "Sign off"] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            screen.x_range().contains(rect.min.x) && screen.x_range().contains(rect.max.x),
            "{label} at {rect:?} is off the side of the window {screen:?}"
        );
    }
    harness.snapshot("review_sign_off_zoom_200");
}

/// Every slide of the sample plan's story at 1280 × 720, high contrast (as presented)
/// and in the light look (H).
#[test]
fn every_slide_in_both_looks() {
    let harness = window(false);
    harness.key_press(egui::Key::F5);
    let mut harness = with_analysis(harness);
    for look in ["high_contrast", "light"] {
        for (i, kind) in placeplan::model::SlideKind::ALL.iter().enumerate() {
            let present = harness.state().view().present.clone().expect("presenting");
            assert_eq!(present.slide, i);
            harness.snapshot(format!("present_{}_{kind:?}_{look}", i + 1).to_lowercase());
            harness.key_press(egui::Key::ArrowRight);
            harness.run();
        }
        harness.key_press(egui::Key::H);
        harness.key_press(egui::Key::Home);
        harness.run();
    }
}
