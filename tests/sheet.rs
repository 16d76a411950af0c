//! The savings schemes sheet, driven as a person would: type into a cell, drag a number,
//! Tab to the next cell, pick a stage from its menu, use a row's context menu, and set
//! values the way assistive technology does.

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use placeplan::app::{Mode, PlaceplanApp, Preferences};
use placeplan::model::Stage;

mod common;

/// The 2017-19 plan; its first scheme is "CHC Optimisation" (Delivery, £399k a year).
fn open() -> Harness<'static, PlaceplanApp> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-plans")
        .join("bedfordshire-2017-19.ron");
    common::window(
        PlaceplanApp::open(Some(&path), Preferences::default()),
        1600.0,
        1000.0,
    )
}

const FIRST_YEAR: &str = "Savings 2017/18 CHC Optimisation";

fn first_scheme(harness: &Harness<'_, PlaceplanApp>) -> placeplan::model::Scheme {
    harness.state().document().plan().schemes[0].clone()
}

#[test]
fn a_saving_is_typed_into_its_cell() {
    let mut harness = open();
    harness.get_by_label(FIRST_YEAR).click();
    harness.run();
    let input = harness.get_by_label(FIRST_YEAR);
    assert!(input.is_focused(), "the cell opens with the keyboard in it");
    // Its text is selected: what is typed replaces it.
    harness.get_by_label(FIRST_YEAR).type_text("1,500");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(first_scheme(&harness).savings[0], 1_500.0);
    assert!(harness.state().document().is_dirty());
    // Enter closes the cell and leaves the keyboard on it, so the arrows go on.
    assert!(harness.get_by_label(FIRST_YEAR).is_focused());
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(
        harness
            .get_by_label("Savings 2017/18 Children's AQP")
            .is_focused()
    );
    assert_eq!(
        harness.state().document().plan().schemes[1].savings[0],
        378.0
    );
    assert_eq!(
        harness.state().view().selected.as_deref(),
        Some("chc_optimisation"),
        "the row being edited is the selected one, with its details below"
    );
}

#[test]
fn tab_moves_on_to_the_next_cell() {
    let mut harness = open();
    harness.get_by_label(FIRST_YEAR).click();
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    let next = harness.get_by_label("Savings 2018/19 CHC Optimisation");
    assert!(next.is_focused(), "Tab opens the next cell for typing");
    harness
        .get_by_label("Savings 2018/19 CHC Optimisation")
        .type_text("420");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(first_scheme(&harness).savings, vec![399.0, 420.0]);
}

#[test]
fn a_saving_is_dragged_sideways_with_ctrl_held() {
    let mut harness = open();
    let start = harness.get_by_label(FIRST_YEAR).rect().center();
    harness.hover_at(start);
    harness.run();
    // Money moves by dragging only while Ctrl is held (a plain drag is a slip).
    harness.event(egui::Event::ModifiersChanged(egui::Modifiers::COMMAND));
    harness.event(egui::Event::PointerButton {
        pos: start,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::COMMAND,
    });
    harness.run();
    harness.hover_at(start + egui::vec2(40.0, 0.0));
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: start + egui::vec2(40.0, 0.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::COMMAND,
    });
    harness.event(egui::Event::ModifiersChanged(egui::Modifiers::NONE));
    harness.run();
    // A drag moves the value by a two-hundredth of where it started (at least £1k) per
    // point: 399 + 40 × 1.995 = 478.8, shown and kept whole.
    assert_eq!(first_scheme(&harness).savings[0], 479.0);
    assert!(
        !harness.get_by_label(FIRST_YEAR).is_focused(),
        "a drag does not open the cell for typing"
    );
}

#[test]
fn a_stage_is_picked_from_its_menu() {
    let mut harness = open();
    assert_eq!(first_scheme(&harness).stage, Stage::Delivery);
    harness.get_by_label("Stage of CHC Optimisation").click();
    harness.run();
    harness.get_by_label("Pipeline").click();
    harness.run();
    assert_eq!(first_scheme(&harness).stage, Stage::Pipeline);
    let value = harness.get_by_label("Stage of CHC Optimisation").value();
    assert_eq!(
        value.as_deref(),
        Some("Pipeline"),
        "the cell shows the new stage"
    );
}

#[test]
fn a_row_is_duplicated_and_removed_from_its_context_menu() {
    let mut harness = open();
    let count = harness.state().document().plan().schemes.len();
    harness
        .get_by_label("Name of CHC Optimisation")
        .click_secondary();
    harness.run();
    harness.get_by_label("Duplicate").click();
    harness.run();
    assert_eq!(harness.state().document().plan().schemes.len(), count + 1);
    harness
        .get_by_label("Name of CHC Optimisation")
        .click_secondary();
    harness.run();
    harness.get_by_label("Remove").click();
    harness.run();
    let plan = harness.state().document().plan();
    assert_eq!(plan.schemes.len(), count);
    assert!(plan.schemes.iter().all(|s| s.id != "chc_optimisation"));
}

#[test]
fn a_chance_is_set_and_returned_to_the_stage_default() {
    let mut harness = open();
    let name = "Chance of delivery CHC Optimisation";
    harness.get_by_label(name).set_value_accesskit(55.0);
    harness.run();
    assert_eq!(first_scheme(&harness).confidence, Some(0.55));
    harness.get_by_label(name).click_secondary();
    harness.run();
    harness.get_by_label("Use the stage default").click();
    harness.run();
    assert_eq!(first_scheme(&harness).confidence, None);
}

#[test]
fn names_are_typed_and_checks_toggled_by_keyboard() {
    let mut harness = open();
    harness
        .get_by_label("Name of CHC Optimisation")
        .set_text_value_accesskit("CHC review");
    harness.run();
    assert_eq!(first_scheme(&harness).name, "CHC review");
    let include = harness.get_by_role_and_label(Role::CheckBox, "Include CHC review");
    include.focus();
    harness.run();
    harness.key_press(egui::Key::Space);
    harness.run();
    assert!(!first_scheme(&harness).active);
}

#[test]
fn nothing_opens_or_moves_in_review_mode() {
    let mut harness = open();
    harness.get_by_label("Review").click();
    harness.run();
    assert_eq!(harness.state().view().mode, Mode::Review);
    harness.get_by_label(FIRST_YEAR).click();
    harness.run();
    assert!(!harness.get_by_label(FIRST_YEAR).is_focused());
    harness.get_by_label(FIRST_YEAR).set_value_accesskit(1.0);
    harness.get_by_label("Stage of CHC Optimisation").click();
    harness.run();
    assert!(
        harness.query_by_label("Pipeline").is_none(),
        "no stage menu"
    );
    assert_eq!(first_scheme(&harness).savings[0], 399.0);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_scheme_added_to_a_long_list_is_scrolled_into_view() {
    use placeplan::generate::{Size, generate};
    let plan = generate(&Size::M);
    let count = plan.schemes.len();
    let mut harness = common::window(
        PlaceplanApp::new(plan, None, Preferences::default()),
        1600.0,
        1000.0,
    );
    assert!(
        harness.query_by_label("Include New scheme").is_none(),
        "only the rows in view are drawn"
    );
    harness.get_by_label("+ Add scheme").click();
    harness.run();
    assert_eq!(harness.state().document().plan().schemes.len(), count + 1);
    harness.get_by_label("Include New scheme");
    harness.get_by_label("Name of New scheme").click();
    harness.run();
    // An opened cell has its text selected, so typing replaces it; End goes to its end.
    harness.key_press(egui::Key::End);
    harness
        .get_by_label("Name of New scheme")
        .type_text(" for frailty");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let plan = harness.state().document().plan();
    assert_eq!(plan.schemes[count].name, "New scheme for frailty");
}

#[test]
fn an_investment_is_scored_in_its_sheet() {
    let mut harness = open();
    harness.get_by_label_contains("Investments").click();
    harness.run();
    let name = harness.state().document().plan().investments[0]
        .name
        .clone();
    assert_eq!(
        harness.state().document().plan().investments[0].benefit,
        None
    );
    let cell = format!("Benefit score {name}");
    harness.get_by_label(&cell).set_value_accesskit(72.5);
    harness.run();
    assert_eq!(
        harness.state().document().plan().investments[0].benefit,
        Some(72.5)
    );
    harness.get_by_label(&cell).click_secondary();
    harness.run();
    harness.get_by_label("Clear the score").click();
    harness.run();
    assert_eq!(
        harness.state().document().plan().investments[0].benefit,
        None
    );
}

#[test]
fn an_invalid_value_is_marked_in_its_cell_with_the_reason() {
    use egui_kittest::kittest::NodeT;
    let mut harness = open();
    let cell = "Programme of CHC Optimisation";
    assert_eq!(
        harness.get_by_label(cell).accesskit_node().description(),
        None
    );
    harness.get_by_label(cell).set_text_value_accesskit("  ");
    harness.run();
    let reason = harness.get_by_label(cell).accesskit_node().description();
    assert!(
        reason
            .as_deref()
            .is_some_and(|r| r.contains("programme is empty")),
        "the cell says what is wrong: {reason:?}"
    );
    let row = harness
        .get_by_label("Name of CHC Optimisation")
        .accesskit_node()
        .description();
    assert!(row.is_some(), "and the row is marked by its name");
    harness.get_by_label(cell).set_text_value_accesskit("CHC");
    harness.run();
    assert_eq!(
        harness.get_by_label(cell).accesskit_node().description(),
        None
    );
}

#[test]
fn arrow_keys_move_between_cells() {
    let mut harness = open();
    harness
        .get_by_role_and_label(Role::CheckBox, "Include CHC Optimisation")
        .focus();
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::CheckBox, "Include Children's AQP")
            .is_focused(),
        "Down moves to the cell below"
    );
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert!(harness.get_by_label("Name of Children's AQP").is_focused());
    // The name was reached, not opened: the next arrow goes on to the programme.
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert!(
        harness
            .get_by_label("Programme of Children's AQP")
            .is_focused()
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Programme of Children's AQP")
        .type_text("Maternity");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().document().plan().schemes[1].programme,
        "Maternity"
    );
}

#[test]
fn a_cell_low_in_the_sheet_opens_though_the_details_take_room() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-plans")
        .join("bedfordshire-2017-19.ron");
    let app = PlaceplanApp::open(Some(&path), Preferences::default());
    let mut harness = common::window(app, 1280.0, 720.0);
    // The lowest row drawn whole: opening it selects the scheme, and its details then
    // take the bottom of the middle panel.
    let plan = harness.state().document().plan().clone();
    let low = plan
        .schemes
        .iter()
        .rev()
        .map(|s| format!("Savings 2017/18 {}", s.name))
        .find(|label| {
            harness
                .query_by_label(label)
                .is_some_and(|n| n.rect().max.y < 700.0)
        })
        .expect("a row in view");
    harness.get_by_label(&low).click();
    harness.run();
    assert!(harness.state().view().selected.is_some());
    assert!(
        harness.get_by_label(&low).is_focused(),
        "the cell is scrolled back into view and open"
    );
}

#[test]
fn shift_tab_opens_the_cell_before() {
    let mut harness = open();
    harness
        .get_by_label("Savings 2018/19 CHC Optimisation")
        .click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
    harness.run();
    assert!(harness.get_by_label(FIRST_YEAR).is_focused());
    harness.get_by_label(FIRST_YEAR).type_text("500");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(first_scheme(&harness).savings, vec![500.0, 399.0]);
}

#[test]
fn renaming_a_scheme_out_of_the_filter_keeps_it_while_it_is_edited() {
    let mut harness = open();
    harness.get_by_label("Find schemes").focus();
    harness.run();
    harness.get_by_label("Find schemes").type_text("CHC");
    harness.run();
    harness.get_by_label("Name of CHC Optimisation").click();
    harness.run();
    harness
        .get_by_label("Name of CHC Optimisation")
        .type_text("Continuing care review");
    harness.run();
    let renamed = harness.get_by_label("Name of Continuing care review");
    assert!(renamed.is_focused(), "still open while typing");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(first_scheme(&harness).name, "Continuing care review");
    // A new search lets it go (its id still has "chc" in it, so search on).
    harness.get_by_label("Find schemes").focus();
    harness.run();
    harness.key_press(egui::Key::End);
    harness.get_by_label("Find schemes").type_text(" review");
    harness.run();
    assert!(harness.state().view().selected.is_none());
    assert!(
        harness
            .query_by_label("Name of Continuing care review")
            .is_none()
    );
}

#[test]
fn investments_are_found_by_category() {
    let mut harness = open();
    harness.get_by_label_contains("Investments").click();
    harness.run();
    let plan = harness.state().document().plan().clone();
    let category = plan.investments[0].category.clone();
    let shown = plan
        .investments
        .iter()
        .filter(|v| v.category == category)
        .count();
    assert!(
        shown < plan.investments.len(),
        "the sample has more than one category"
    );
    harness.get_by_label("Category filter").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, &category)
        .click();
    harness.run();
    harness.get_by_label_contains(&format!(
        "{shown} of {} investments shown",
        plan.investments.len()
    ));
    for v in &plan.investments {
        let label = format!("Include {}", v.name);
        let shown = harness.query_by_label(&label).is_some();
        assert_eq!(shown, v.category == category, "{}", v.name);
    }
}
