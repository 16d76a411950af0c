//! Where edits go and what looking changes: viewing any section of any plan, with any
//! option in view, never edits it; an edit with an option in view changes that option;
//! undo names what it undoes; a click that slips on a money cell changes nothing.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use placeplan::app::{PlaceplanApp, Preferences, Section};
use placeplan::engine::{View, compute};
use placeplan::format::money_m;
use placeplan::generate::{Size, generate};
use placeplan::model::{Plan, edit, limits, validate};

mod common;

fn sample_plans() -> Vec<(String, Plan)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
    let mut plans: Vec<(String, Plan)> = std::fs::read_dir(&dir)
        .expect("the sample plans")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|p| {
            let plan = placeplan::io::load_path(&p).expect("a sample plan loads");
            (p.display().to_string(), plan)
        })
        .collect();
    plans.sort_by(|a, b| a.0.cmp(&b.0));
    plans
}

/// A valid plan of 30 planning years: longer than any input used to allow.
fn thirty_years() -> Plan {
    generate(&Size {
        years: 30,
        schemes: 40,
        investments: 15,
        ..Size::S
    })
}

/// A valid plan whose values sit at the edges of what a plan may hold.
fn at_the_limits() -> Plan {
    let mut plan = generate(&Size::S);
    edit::set_horizon(&mut plan, limits::MAX_HORIZON);
    plan.base_year = *limits::BASE_YEAR.end() - limits::MAX_HORIZON as i32;
    plan.localities[0].practices = 5_000;
    plan.localities[1].population = limits::POPULATION.max;
    if let Some(c) = plan.criteria.first_mut() {
        c.weight = limits::WEIGHT.max;
    }
    plan.schemes[0].confidence = Some(limits::CHANCE.max);
    plan.schemes[1].confidence = Some(limits::CHANCE.min);
    plan.schemes[2].savings[0] = limits::MONEY.max;
    plan.investments[0].benefit = Some(limits::BENEFIT.max);
    plan.risk.runs = *limits::RISK_RUNS.end();
    plan.risk.growth_sd = limits::GROWTH_SD_PP.max;
    plan.settings.kpi_tolerance_pct = limits::KPI_TOLERANCE_PCT.max;
    if let Some(line) = plan.spend.first_mut() {
        for g in line.growth.values_mut() {
            *g = limits::GROWTH_PCT.max;
        }
    }
    if let Some(r) = plan.risks.first_mut() {
        r.likelihood = *limits::RISK_RATING.end();
        r.impact = *limits::RISK_RATING.start();
    }
    let problems = validate(&plan);
    assert!(
        problems.is_empty(),
        "the plan at the limits is valid: {problems:?}"
    );
    plan
}

/// Every section, with the base plan and then each option in view, and the first item
/// of each list selected so its details show too, on `plan` saved to a file and opened
/// from it: the plan stays as it was and clean.
fn look_everywhere(name: &str, plan: Plan) {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, placeplan::io::to_ron(&plan).expect("writes")).expect("saved");
    let options: Vec<Option<String>> = std::iter::once(None)
        .chain(plan.scenarios.iter().map(|s| Some(s.id.clone())))
        .collect();
    let first_items = [
        (Section::Schemes, plan.schemes.first().map(|s| s.id.clone())),
        (
            Section::Investments,
            plan.investments.first().map(|v| v.id.clone()),
        ),
        (
            Section::Options,
            plan.scenarios.first().map(|s| s.id.clone()),
        ),
    ];
    let app = PlaceplanApp::open(Some(&path), Preferences::default());
    let mut harness = common::window(app, 1280.0, 720.0);
    let revision = harness.state().document().revision();
    for option in &options {
        for section in Section::ALL {
            let view = harness.state_mut().view_mut();
            view.section = section;
            view.scenario = option.clone();
            view.selected = first_items
                .iter()
                .find(|(s, _)| *s == section)
                .and_then(|(_, id)| id.clone());
            harness.run_steps(3);
            let doc = harness.state().document();
            assert!(
                doc.plan() == &plan && doc.revision() == revision && !doc.is_dirty(),
                "{name}: looking at {section:?} with {option:?} in view changed the plan"
            );
        }
    }
}

#[test]
fn looking_at_every_section_of_every_sample_plan_changes_nothing() {
    for (name, plan) in sample_plans() {
        look_everywhere(&name, plan);
    }
}

#[test]
fn looking_at_a_thirty_year_plan_changes_nothing() {
    look_everywhere("30 years", thirty_years());
}

#[test]
fn looking_at_a_plan_at_the_limits_changes_nothing() {
    look_everywhere("at the limits", at_the_limits());
}

fn open_example() -> Harness<'static, PlaceplanApp> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2017-19.ron");
    common::window(
        PlaceplanApp::open(Some(&path), Preferences::default()),
        1600.0,
        1000.0,
    )
}

fn still_to_find(app: &PlaceplanApp) -> f64 {
    let view = app.view();
    compute(
        app.document().plan(),
        &View {
            scenario: view.scenario.as_deref(),
            locality: view.locality.as_deref(),
        },
    )
    .expect("computes")
    .finance[1]
        .unidentified_savings
}

/// The journey "switch a scheme off in an option and read the new gap": pick the option,
/// untick the scheme in the sheet, read the headline. Two clicks.
#[test]
fn a_scheme_switched_off_with_an_option_in_view_is_off_in_that_option_only() {
    let mut harness = open_example();
    let base_before = still_to_find(harness.state());
    // 1: put Downside in view.
    harness.get_by_label("Downside").click();
    harness.run();
    assert_eq!(harness.state().view().scenario.as_deref(), Some("downside"));
    harness.get_by_label("Editing option Downside");
    let downside_before = still_to_find(harness.state());
    // 2: untick the scheme in the sheet.
    harness.get_by_label("Include CHC Optimisation").click();
    harness.run();
    let app = harness.state();
    let plan = app.document().plan();
    let downside = plan.scenario("downside").expect("Downside");
    let chc = plan
        .schemes
        .iter()
        .find(|s| s.name == "CHC Optimisation")
        .expect("the scheme");
    assert!(chc.active, "still on in the base plan");
    assert!(!downside.scheme_counts(chc), "off in Downside");
    // 3: read the new gap, the engine's figure for Downside.
    let downside_after = still_to_find(app);
    assert!(downside_after > downside_before);
    harness.get_by_label(&money_m(downside_after));
    assert_eq!(
        harness.state().document().undo_name(),
        Some("CHC Optimisation off in Downside")
    );
    // The base plan is as it was.
    harness.state_mut().view_mut().scenario = None;
    harness.run();
    assert_eq!(still_to_find(harness.state()), base_before);
}

#[test]
fn undo_names_the_change_and_steps_back_one_gesture() {
    let mut harness = open_example();
    harness.get_by_label("Downside").click();
    harness.run();
    harness.get_by_label("Include CHC Optimisation").click();
    harness.run();
    harness.get_by_label("Include CHC Optimisation").click();
    harness.run();
    let doc = harness.state().document();
    assert_eq!(doc.undo_name(), Some("CHC Optimisation on in Downside"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let doc = harness.state().document();
    assert_eq!(doc.undo_name(), Some("CHC Optimisation off in Downside"));
    assert_eq!(doc.redo_name(), Some("CHC Optimisation on in Downside"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let doc = harness.state().document();
    assert!(!doc.can_undo());
    assert!(!doc.is_dirty(), "back where it was opened");
}

#[test]
fn a_click_that_slips_on_a_money_cell_changes_nothing() {
    let mut harness = open_example();
    let before = harness.state().document().plan().schemes[0].savings[0];
    let cell = harness
        .get_by_label("Savings 2017/18 CHC Optimisation")
        .rect()
        .center();
    harness.hover_at(cell);
    harness.run();
    harness.drag_at(cell);
    harness.run();
    for step in 1..=8 {
        harness.hover_at(cell + egui::vec2(5.0 * step as f32, 0.0));
        harness.run();
    }
    harness.drop_at(cell + egui::vec2(40.0, 0.0));
    harness.run();
    let doc = harness.state().document();
    assert_eq!(doc.plan().schemes[0].savings[0], before);
    assert!(!doc.is_dirty());
}

#[test]
fn typing_a_new_name_is_one_undo_step_named_after_the_old_name() {
    let mut harness = open_example();
    harness.get_by_label("Name of CHC Optimisation").click();
    harness.run();
    // Its text is selected, so what is typed replaces it, a letter a frame.
    for letter in "Continuing care review".chars() {
        harness.event(egui::Event::Text(letter.to_string()));
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    let doc = harness.state().document();
    assert_eq!(doc.plan().schemes[0].name, "Continuing care review");
    assert_eq!(doc.undo_name(), Some("CHC Optimisation: name"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let doc = harness.state().document();
    assert_eq!(doc.plan().schemes[0].name, "CHC Optimisation");
    assert!(!doc.can_undo(), "the whole name was one step");
}
