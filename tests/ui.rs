//! The real window, driven by its labels: open a plan, edit it, see the charts and
//! headlines follow, undo, add and remove, switch locality view, and a load error.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use placeplan::app::{Mode, PlaceplanApp, Preferences, Section};
use placeplan::engine::{View, compute};
use placeplan::format::{money_k, money_m};

mod common;

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-plans")
        .join(name)
}

fn harness(app: PlaceplanApp) -> Harness<'static, PlaceplanApp> {
    common::window(app, 1600.0, 1000.0)
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
        app.document().plan(),
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
    harness.get_by_label(&money_m(before));
    harness
        .get_by_label("Savings 2017/18 CHC Optimisation")
        .set_value_accesskit(1_399.0);
    harness.run();
    let app = harness.state();
    assert_eq!(app.document().plan().schemes[0].savings[0], 1_399.0);
    assert!(app.document().is_dirty());
    let after = engine_still_to_find(app);
    assert!(after < before, "more savings leave less to find");
    let shown = app.outcome().expect("computed").finance[1].unidentified_savings;
    assert_eq!(shown, after, "the cached result is the engine's");
    harness.get_by_label(&money_m(after));
}

#[test]
fn switching_a_scheme_off_and_undo_restores_it() {
    let mut harness = open("bedfordshire-2017-19.ron");
    let before = engine_still_to_find(harness.state());
    harness.get_by_label("Include CHC Optimisation").click();
    harness.run();
    assert!(!harness.state().document().plan().schemes[0].active);
    let off = engine_still_to_find(harness.state());
    assert!(off > before, "without the scheme there is more to find");
    harness.get_by_label(&money_m(off));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(harness.state().document().plan().schemes[0].active);
    harness.get_by_label(&money_m(before));
}

#[test]
fn add_and_remove_an_investment() {
    let mut harness = open("bedfordshire-2017-19.ron");
    let count = harness.state().document().plan().investments.len();
    harness.get_by_label_contains("Investments").click();
    harness.run();
    assert_eq!(harness.state().view().section, Section::Investments);
    harness.get_by_label("+ Add investment").click();
    harness.run();
    assert_eq!(
        harness.state().document().plan().investments.len(),
        count + 1
    );
    harness
        .get_by_label("Investment 2017/18 New investment")
        .set_value_accesskit(250.0);
    harness.run();
    let with = harness.state().outcome().expect("computed").finance[1].investment;
    assert_eq!(with, 9_654.0 + 250.0);
    harness.get_by_label("Remove New investment").click();
    harness.run();
    assert_eq!(harness.state().document().plan().investments.len(), count);
    let without = harness.state().outcome().expect("computed").finance[1].investment;
    assert_eq!(without, 9_654.0);
}

#[test]
fn switching_locality_view_follows_in_headlines() {
    let mut harness = open("bedfordshire-2017-19.ron");
    let plan = harness.state().document().plan().clone();
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
    harness.get_by_label(&money_m(o.finance[1].gap_do_nothing));
}

#[test]
fn review_mode_is_read_only() {
    let mut harness = open("bedfordshire-2017-19.ron");
    harness.get_by_label("Review").click();
    harness.run();
    assert_eq!(harness.state().view().mode, Mode::Review);
    harness.get_by_label("Include CHC Optimisation").click();
    harness.run();
    assert!(harness.state().document().plan().schemes[0].active);
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

#[test]
fn an_option_made_in_the_window_changes_the_comparison_table() {
    use placeplan::app::{Collection, Command};
    use placeplan::engine::Figure;
    let mut harness = open("bedfordshire-2017-19.ron");
    harness
        .state_mut()
        .queue(Command::Add(Collection::Scenarios));
    harness.run();
    harness.run();
    let app = harness.state();
    assert_eq!(app.view().section, Section::Options);
    let id = app
        .view()
        .selected
        .clone()
        .expect("the new option is selected");
    let name = app
        .document()
        .plan()
        .scenario(&id)
        .expect("added")
        .name
        .clone();
    // Switch a scheme off in the new option only.
    harness.get_by_label("CHC Optimisation (CHC)").click();
    harness.run();
    let plan = harness.state().document().plan();
    assert_eq!(
        plan.scenario(&id).expect("option").schemes_off,
        ["chc_optimisation"]
    );
    assert!(plan.schemes[0].active, "the base plan is untouched");
    // Compare it with the base plan: the sample compares four options already, so take
    // one out first.
    harness.get_by_label("Compare").click();
    harness.run();
    let checkbox = egui::accesskit::Role::CheckBox;
    harness.get_by_role_and_label(checkbox, "Downside").click();
    harness.run();
    harness.get_by_role_and_label(checkbox, &name).click();
    harness.run();
    let app = harness.state();
    assert!(app.document().plan().compare.contains(&id));
    let c = app.comparison().expect("compared");
    let i = c
        .options
        .iter()
        .position(|o| o.id == id)
        .expect("in the comparison");
    let scheme = &app.document().plan().schemes[0];
    let expected = scheme.savings[0] * c.base.scheme_confidence[0];
    let moved = c.from_base(i, Figure::GapDoSomething, 1);
    assert!((moved - expected).abs() < 1e-6, "{moved} vs {expected}");
    // The table shows the difference under the option's figure.
    assert!(
        harness
            .get_all_by_label(&format!("+{}", money_k(moved)))
            .next()
            .is_some()
    );
    // Undo takes the choice of options back.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(!harness.state().document().plan().compare.contains(&id));
}

#[test]
fn the_risk_range_arrives_from_the_worker_and_follows_edits() {
    use placeplan::app::ChartKind;
    use std::time::Duration;
    let mut harness = open("bedfordshire-2017-19.ron");
    harness.state_mut().view_mut().chart = ChartKind::Risk;
    assert!(
        harness
            .state_mut()
            .wait_for_analysis(Duration::from_secs(60))
    );
    harness.run();
    let risk = harness
        .state()
        .analysis()
        .and_then(|a| a.risk.as_ref().ok())
        .expect("a risk range")
        .clone();
    // The S-curve starts on the final year.
    let chance = risk.years[2].p_break_even;
    harness.get_by_label(&format!(
        "Chance of closing the gap in 2018/19: {}%",
        (chance * 100.0).round()
    ));
    // An edit asks for a new range; the old one stays on screen until it arrives.
    harness.get_by_label("Include CHC Optimisation").click();
    harness.run_steps(2);
    assert!(
        harness
            .state_mut()
            .wait_for_analysis(Duration::from_secs(60))
    );
    harness.run();
    let after = harness
        .state()
        .analysis()
        .and_then(|a| a.risk.as_ref().ok())
        .expect("a risk range");
    assert!(
        after.years[1].p50 > risk.years[1].p50,
        "without the scheme the gap is wider"
    );
}

#[test]
fn a_kpi_gets_a_new_period_and_its_actual_moves_the_rag() {
    use placeplan::engine::Rag;
    let mut harness = open("central-bedfordshire-2018-19.ron");
    harness.state_mut().view_mut().section = Section::Kpis;
    harness.run();
    harness
        .get_by_label("Periods of Non-elective admissions")
        .click();
    harness.run();
    assert_eq!(
        harness.state().view().selected.as_deref(),
        Some("nel-admissions")
    );
    harness
        .get_by_label("Add a period to Non-elective admissions")
        .click();
    harness.run();
    harness
        .get_by_label("Report period 3 of Non-elective admissions")
        .click();
    harness.run();
    // The measure has its Q3 year-to-date and its year (004 l.525), then the new period.
    let kpi = harness.state().document().plan().kpis[0].clone();
    assert_eq!(kpi.periods.len(), 3);
    assert_eq!(kpi.actual.len(), 3);
    // A new actual starts at the target, so the measure is back on track.
    harness
        .get_by_label("Actual 3 of Non-elective admissions")
        .set_value_accesskit(27_000.0);
    harness.run();
    let app = harness.state();
    assert_eq!(app.document().plan().kpis[0].actual[2], 27_000.0);
    assert!(placeplan::model::validate(app.document().plan()).is_empty());
    assert_eq!(
        app.outcome().expect("computed").kpis[0].rag,
        Some(Rag::Green)
    );
}

#[test]
fn the_caveat_and_the_notes_behind_the_figures_are_on_screen_in_review_mode() {
    let mut harness = open("central-bedfordshire-2018-19.ron");
    let caveat = harness.state().document().plan().caveat.clone();
    assert!(!caveat.is_empty());
    harness.get_by_label(&caveat);
    harness.state_mut().view_mut().mode = Mode::Review;
    harness.state_mut().view_mut().section = Section::Assumptions;
    harness.run();
    // Still there in review mode, in every section.
    harness.get_by_label(&caveat);
    for name in [
        "income",
        "Acute commissioning",
        "Control total (surplus), CB share",
    ] {
        harness.get_by_label(&format!("Notes on {name}"));
    }
    harness.state_mut().view_mut().section = Section::Kpis;
    harness.run();
    harness.get_by_label(&caveat);
    harness.get_by_label("Notes on A&E attendances");
    assert!(
        !harness.state().document().is_dirty(),
        "reading changes nothing"
    );
}

/// A narrow window (1280 pixels at 200% zoom is 640 points) shows one pane at a time:
/// the plan with a section picker, or the charts.
#[test]
fn a_narrow_window_shows_the_plan_or_the_charts() {
    let mut harness = common::window(
        PlaceplanApp::open(
            Some(&sample("bedfordshire-2017-19.ron")),
            Preferences::default(),
        ),
        640.0,
        360.0,
    );
    harness.get_by_label("Include CHC Optimisation");
    assert!(harness.query_by_label("Still to find").is_none());
    harness.get_by_label("Section").click();
    harness.run();
    harness.get_by_label("Risks").click_accesskit();
    harness.run();
    assert_eq!(harness.state().view().section, Section::Risks);
    harness.get_by_label("Charts").click();
    harness.run();
    harness.get_by_label("Still to find");
    assert!(harness.query_by_label("Include CHC Optimisation").is_none());
}

/// Review mode reads the plan without changing it: no editing chrome, but finding,
/// selecting an item to read its details, and scrolling all work.
#[test]
fn review_mode_finds_and_selects_without_editing() {
    let mut harness = open("bedfordshire-2017-19.ron");
    harness.get_by_label("Review").click();
    harness.run();
    assert!(
        harness.query_by_label("+ Add scheme").is_none(),
        "no editing chrome"
    );
    harness.get_by_label("Find schemes").click();
    harness.run();
    harness.get_by_label("Find schemes").type_text("Pharmacy");
    harness.run();
    assert!(harness.query_by_label("Include CHC Optimisation").is_none());
    harness.get_by_label("Name of Care Home Pharmacy").click();
    harness.run();
    assert_eq!(
        harness.state().view().selected.as_deref(),
        Some("mm_care_home_pharmacy")
    );
    harness.get_by_label("Notes on Care Home Pharmacy");
    let doc = harness.state().document();
    assert!(!doc.is_dirty());
    assert!(!doc.can_undo());
}
