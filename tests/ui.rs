//! The real window, driven by its labels: open a plan, edit it, see the charts and
//! headlines follow, undo, add and remove, switch locality view, and a load error.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use placeplan::app::{Mode, PlaceplanApp, Preferences, Section};
use placeplan::engine::{View, compute};
use placeplan::format::money;

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-plans")
        .join(name)
}

fn harness(app: PlaceplanApp) -> Harness<'static, PlaceplanApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut PlaceplanApp| app.show(ui), app);
    harness.run();
    harness
}

fn open(name: &str) -> Harness<'static, PlaceplanApp> {
    harness(PlaceplanApp::open(
        Some(&sample(name)),
        Preferences::default(),
    ))
}

/// The headline "Still to find" for the first planning year, as the engine computes it
/// for the plan currently in the window.
fn engine_still_to_find(app: &PlaceplanApp) -> f64 {
    let view = app.view();
    let o = compute(
        &app.document().plan,
        &View {
            scenario: view.scenario.as_deref(),
            locality: view.locality.as_deref(),
        },
    )
    .expect("computes");
    o.finance[1].unidentified_savings
}

#[test]
fn opens_a_sample_plan() {
    let harness = open("bedfordshire-2017-19.ron");
    harness.get_by_label("Bedfordshire CCG Operational Plan 2017-19");
    harness.get_by_label("Include CHC Optimisation");
    assert!(!harness.state().document().is_dirty());
    assert!(harness.state().notice().is_none());
}

#[test]
fn editing_a_saving_moves_the_headline_to_the_engines_figure() {
    let mut harness = open("bedfordshire-2017-19.ron");
    let before = engine_still_to_find(harness.state());
    harness.get_by_label(&money(before));
    harness
        .get_by_label("Savings 2017/18 CHC Optimisation")
        .set_value_accesskit(1_399.0);
    harness.run();
    let app = harness.state();
    assert_eq!(app.document().plan.schemes[0].savings[0], 1_399.0);
    assert!(app.document().is_dirty());
    let after = engine_still_to_find(app);
    assert!(after < before, "more savings leave less to find");
    let shown = app.outcome().expect("computed").finance[1].unidentified_savings;
    assert_eq!(shown, after, "the cached result is the engine's");
    harness.get_by_label(&money(after));
}

#[test]
fn switching_a_scheme_off_and_undo_restores_it() {
    let mut harness = open("bedfordshire-2017-19.ron");
    let before = engine_still_to_find(harness.state());
    harness.get_by_label("Include CHC Optimisation").click();
    harness.run();
    assert!(!harness.state().document().plan.schemes[0].active);
    let off = engine_still_to_find(harness.state());
    assert!(off > before, "without the scheme there is more to find");
    harness.get_by_label(&money(off));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(harness.state().document().plan.schemes[0].active);
    harness.get_by_label(&money(before));
}

#[test]
fn add_and_remove_an_investment() {
    let mut harness = open("bedfordshire-2017-19.ron");
    let count = harness.state().document().plan.investments.len();
    harness.get_by_label_contains("Investments").click();
    harness.run();
    assert_eq!(harness.state().view().section, Section::Investments);
    harness.get_by_label("+ Add investment").click();
    harness.run();
    assert_eq!(harness.state().document().plan.investments.len(), count + 1);
    harness
        .get_by_label("Investment 2017/18 New investment")
        .set_value_accesskit(250.0);
    harness.run();
    let with = harness.state().outcome().expect("computed").finance[1].investment;
    assert_eq!(with, 9_654.0 + 250.0);
    harness.get_by_label("Remove New investment").click();
    harness.run();
    assert_eq!(harness.state().document().plan.investments.len(), count);
    let without = harness.state().outcome().expect("computed").finance[1].investment;
    assert_eq!(without, 9_654.0);
}

#[test]
fn switching_locality_view_follows_in_headlines() {
    let mut harness = open("bedfordshire-2017-19.ron");
    let plan = harness.state().document().plan.clone();
    let locality = plan.localities[0].clone();
    harness.get_by_label("Locality view").click();
    harness.run();
    harness
        .get_by_label_contains(&format!("{} (", locality.name))
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.view().locality.as_deref(), Some(locality.id.as_str()));
    let o = app.outcome().expect("computed");
    assert_eq!(o.locality.as_deref(), Some(locality.id.as_str()));
    let whole = compute(&plan, &View::default()).expect("whole plan");
    assert!((o.finance[1].gap_do_nothing - whole.finance[1].gap_do_nothing * o.share).abs() < 1e-6);
    harness.get_by_label(&money(o.finance[1].gap_do_nothing));
}

#[test]
fn review_mode_is_read_only() {
    let mut harness = open("bedfordshire-2017-19.ron");
    harness.get_by_label("Review").click();
    harness.run();
    assert_eq!(harness.state().view().mode, Mode::Review);
    harness.get_by_label("Include CHC Optimisation").click();
    harness.run();
    assert!(harness.state().document().plan.schemes[0].active);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn picking_an_option_recomputes() {
    let mut harness = open("bedfordshire-2017-19.ron");
    harness.get_by_label("Stretch delivered").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.view().scenario.as_deref(), Some("stretch"));
    let o = app.outcome().expect("computed");
    assert_eq!(o.scenario, "stretch");
    assert_eq!(o.finance[1].savings_face, 19_235.0 + 2_750.0);
}

#[test]
fn a_broken_file_is_explained_in_the_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, "(\n    format: 1,\n    title: \"x\" oops\n)\n").expect("write");
    let harness = harness(PlaceplanApp::open(Some(&path), Preferences::default()));
    harness.get_by_label("The plan could not be opened");
    harness.get_by_label_contains("broken.ron:3:");
    let notice = harness.state().notice().expect("a notice");
    assert!(notice.lines[0].contains("broken.ron:3:"));
}
