//! What each changed item alone does to the gap, on a sample plan: grouped by item,
//! measured by the engine against the first version, options measured on themselves,
//! and the bridge steps of the base plan in both versions.

use std::path::Path;

use placeplan::engine::{FinanceRow, StepKind, View, compute};
use placeplan::format::change_k;
use placeplan::model::{Plan, Points, validate};
use placeplan::report::{
    EffectView, GAP_TOLERANCE_K, ItemChange, ItemKind, PlanDiff, diff_json, diff_markdown,
    diff_text,
};

fn sample() -> Plan {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample-plans/bedfordshire-2017-19.ron"
    );
    placeplan::io::load_path(Path::new(path)).expect("the sample plan loads")
}

fn diff(before: &Plan, after: &Plan) -> PlanDiff {
    PlanDiff::between(before, after).expect("both versions compute")
}

fn item<'a>(diff: &'a PlanDiff, path: &str) -> &'a ItemChange {
    diff.items
        .iter()
        .find(|i| i.path == path)
        .unwrap_or_else(|| panic!("no item {path} in {:#?}", diff.items))
}

fn base_rows(plan: &Plan, view: &View) -> Vec<FinanceRow> {
    compute(plan, view).expect("computes").finance
}

/// The index of a scheme with savings that no other part of the plan refers to, so
/// that the plan stays valid without it.
fn removable_scheme(plan: &Plan) -> usize {
    (0..plan.schemes.len())
        .find(|&i| {
            let mut without = plan.clone();
            let gone = without.schemes.remove(i);
            gone.savings.iter().any(|s| *s > 100.0) && validate(&without).is_empty()
        })
        .expect("a scheme that can go")
}

#[test]
fn a_changed_saving_moves_the_gap_by_what_the_engine_says() {
    let before = sample();
    let mut after = before.clone();
    after.schemes[0].savings[1] += 200.0;
    let (id, name) = (after.schemes[0].id.clone(), after.schemes[0].name.clone());
    let d = diff(&before, &after);

    let scheme = item(&d, &format!("schemes[id={id}]"));
    assert_eq!(scheme.kind, ItemKind::Changed);
    assert_eq!(
        (scheme.field.as_str(), scheme.id.as_deref()),
        ("schemes", Some(id.as_str()))
    );
    assert_eq!(
        (scheme.noun, scheme.name.as_str()),
        ("scheme", name.as_str())
    );
    assert!(scheme.moves_gap && scheme.moves_base_gap());
    assert_eq!(scheme.changes.len(), 1);
    assert_eq!(
        d.changes[scheme.changes[0]].path,
        format!("schemes[id={id}].savings[1]")
    );

    // The only change, so its effect is the difference between the two versions.
    let effect = scheme.effect.as_ref().expect("an effect");
    assert_eq!(effect.view, EffectView::BasePlan);
    let (old, new) = (
        base_rows(&before, &View::default()),
        base_rows(&after, &View::default()),
    );
    assert_eq!(effect.years.len(), old.len());
    for ((y, a), b) in effect.years.iter().zip(&old).zip(&new) {
        assert_eq!(y.year, a.year);
        assert_eq!(y.still_to_find.before, Some(a.unidentified_savings));
        assert_eq!(y.still_to_find.after, Some(b.unidentified_savings));
        assert_eq!(y.gap_do_nothing.before, Some(a.gap_do_nothing));
        assert_eq!(y.gap_do_nothing.after, Some(b.gap_do_nothing));
    }
    let moved = b_minus_a(&old, &new, 2);
    assert!(moved.abs() > GAP_TOLERANCE_K && moved < 0.0, "{moved}");

    // Said in £k, signed, with the project's formatting.
    let line = format!(
        "Changed scheme \"{name}\": moves still to find in {} by {}",
        new[2].year,
        change_k(moved)
    );
    assert!(diff_text(&d).contains(&line), "{}", diff_text(&d));
    assert!(diff_markdown(&d).contains(&format!("## Changed scheme \"{name}\"")));
}

fn b_minus_a(old: &[FinanceRow], new: &[FinanceRow], year: usize) -> f64 {
    new[year].unidentified_savings - old[year].unidentified_savings
}

#[test]
fn a_changed_note_does_not_move_the_gap() {
    let before = sample();
    let mut after = before.clone();
    after.schemes[2].notes = "Reviewed at the March board.".into();
    after.title.push_str(" (draft)");
    let d = diff(&before, &after);
    assert_eq!(d.items.len(), 2, "{:#?}", d.items);
    let scheme = item(&d, &format!("schemes[id={}]", after.schemes[2].id));
    assert!(!scheme.moves_gap);
    assert!(scheme.effect.is_some() && scheme.effect_unknown.is_none());
    let title = item(&d, "title");
    assert_eq!((title.noun, title.name.as_str()), ("", "Title"));
    assert!(!title.moves_gap);
    assert_eq!(d.items_moving_gap().count(), 0);
    assert!(diff_text(&d).contains(&format!(
        "Changed scheme \"{}\": does not move the gap",
        after.schemes[2].name
    )));
    assert!(
        d.bridges
            .iter()
            .all(|b| b.steps.iter().all(|s| !s.value.moves()))
    );
}

#[test]
fn added_and_removed_schemes_are_named_so() {
    let before = sample();
    let mut after = before.clone();
    let gone = after.schemes.remove(removable_scheme(&before));
    let mut added = after.schemes[0].clone();
    added.id = "new_scheme".into();
    added.name = "New scheme".into();
    after.schemes.push(added);
    let d = diff(&before, &after);

    let new = item(&d, "schemes[id=new_scheme]");
    assert_eq!(new.kind, ItemKind::Added);
    assert_eq!(new.name, "New scheme");
    assert!(new.moves_gap, "{new:#?}");
    let old = item(&d, &format!("schemes[id={}]", gone.id));
    assert_eq!(old.kind, ItemKind::Removed);
    assert_eq!(old.name, gone.name);
    assert!(old.moves_gap && old.effect.is_some(), "{old:#?}");
    // Removing savings leaves more to find.
    let effect = old.effect.as_ref().expect("an effect");
    assert!(
        effect
            .years
            .iter()
            .any(|y| y.still_to_find.change().is_some_and(|c| c > 0.0))
    );
    let text = diff_text(&d);
    assert!(
        text.contains("Added scheme \"New scheme\": moves still to find"),
        "{text}"
    );
    assert!(
        text.contains(&format!("Removed scheme \"{}\"", gone.name)),
        "{text}"
    );
}

#[test]
fn a_changed_option_is_measured_on_that_option_and_leaves_the_base_plan() {
    let before = sample();
    let mut after = before.clone();
    let option = after
        .scenarios
        .iter_mut()
        .find(|s| s.id == "downside")
        .expect("the Downside option");
    option.income_growth_pp = Points::Every(-0.5);
    let d = diff(&before, &after);

    let changed = item(&d, "scenarios[id=downside]");
    assert!(changed.is_option());
    assert_eq!(changed.noun, "option");
    assert!(changed.moves_gap && !changed.moves_base_gap());
    let effect = changed.effect.as_ref().expect("an effect");
    assert_eq!(
        effect.view,
        EffectView::Scenario {
            id: "downside".into(),
            name: "Downside".into()
        }
    );
    let view = View {
        scenario: Some("downside"),
        locality: None,
    };
    let (old, new) = (base_rows(&before, &view), base_rows(&after, &view));
    for ((y, a), b) in effect.years.iter().zip(&old).zip(&new) {
        assert_eq!(y.gap_do_nothing.before, Some(a.gap_do_nothing));
        assert_eq!(y.gap_do_nothing.after, Some(b.gap_do_nothing));
        assert_eq!(y.still_to_find.after, Some(b.unidentified_savings));
    }
    // The base plan's figures and bridges are as they were.
    assert!(
        d.figures
            .iter()
            .all(|y| !y.gap_do_nothing.differs() && !y.still_to_find.differs())
    );
    assert!(
        d.bridges
            .iter()
            .all(|b| b.steps.iter().all(|s| !s.value.differs()))
    );
    assert!(
        diff_text(&d).contains("Changed option \"Downside\": moves this option's do-nothing gap")
    );
}

#[test]
fn a_change_that_only_holds_with_others_is_said_to_be_unknown() {
    let before = sample();
    let mut after = before.clone();
    let mut added = after.schemes[0].clone();
    added.id = "new_scheme".into();
    after.schemes.push(added);
    // The option refers to a scheme only the second version has.
    after.scenarios[0].schemes_off.push("new_scheme".into());
    let d = diff(&before, &after);
    let option = item(&d, &format!("scenarios[id={}]", after.scenarios[0].id));
    assert!(option.effect.is_none());
    let why = option.effect_unknown.as_deref().expect("a reason");
    assert!(why.contains("new_scheme"), "{why}");
    assert!(option.moves_gap, "unknown counts as moving");
    assert!(item(&d, "schemes[id=new_scheme]").effect.is_some());
    assert!(diff_text(&d).contains("effect on the gap not worked out"));
}

#[test]
fn a_changed_saving_moves_its_bridge_step() {
    let before = sample();
    let mut after = before.clone();
    after.schemes[0].savings[0] += 300.0;
    let programme = format!("Savings: {}", after.schemes[0].programme);
    let d = diff(&before, &after);
    let first = &d.bridges[0];
    assert_eq!(
        first.year,
        after.year_label(placeplan::model::years::Planning(0))
    );
    let step = first
        .steps
        .iter()
        .find(|s| s.label == programme)
        .expect("the programme's step");
    assert_eq!(step.kind, StepKind::Change);
    assert!(step.value.moves());
    assert!(
        step.value.change().is_some_and(|c| c < 0.0),
        "more savings close the gap"
    );
    let total = first.steps.last().expect("a total");
    assert_eq!(total.kind, StepKind::Total);
    assert!(total.value.moves());
    let start = &first.steps[0];
    assert!(!start.value.differs());
    let text = diff_text(&d);
    let bridges = text
        .split("Bridge steps of the base plan that moved")
        .nth(1)
        .expect("the bridge section");
    assert!(bridges.contains(&programme), "{text}");
    assert!(!bridges.contains("Income growth"), "{text}");
}

#[test]
fn a_whole_field_is_one_item_and_every_change_is_in_one_item() {
    let before = sample();
    let mut after = before.clone();
    after.income.base += 1000.0;
    after.notes.push("A new note.".into());
    after.schemes[0].savings[0] += 50.0;
    after.schemes[0].notes = "Changed".into();
    let d = diff(&before, &after);
    let income = item(&d, "income");
    assert_eq!(
        (income.name.as_str(), income.id.as_deref()),
        ("Income", None)
    );
    assert!(income.moves_gap);
    assert!(!item(&d, "notes").moves_gap);
    assert_eq!(
        item(&d, &format!("schemes[id={}]", after.schemes[0].id))
            .changes
            .len(),
        2
    );
    let mut seen: Vec<usize> = d.items.iter().flat_map(|i| i.changes.clone()).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..d.changes.len()).collect::<Vec<_>>());
}

#[test]
fn the_json_keeps_its_fields_and_adds_items_and_bridges() {
    let before = sample();
    let mut after = before.clone();
    after.schemes[0].savings[1] += 200.0;
    let d = diff(&before, &after);
    let v: serde_json::Value = serde_json::from_str(&diff_json(&d).expect("writes")).expect("JSON");
    for key in ["changes", "total", "figures", "items", "bridges"] {
        assert!(v.get(key).is_some(), "no {key}");
    }
    let item = &v["items"][0];
    assert_eq!(item["kind"], "changed");
    assert_eq!(item["moves_gap"], true);
    assert_eq!(item["changes"][0], 0);
    assert_eq!(item["effect"]["view"]["of"], "base_plan");
    assert!(item["effect"]["years"][2]["still_to_find"]["after"].is_number());
    assert!(v["bridges"][0]["steps"][0]["value"]["before"].is_number());
}

#[test]
fn the_same_plan_has_no_items() {
    let plan = sample();
    let d = diff(&plan, &plan);
    assert!(d.is_empty() && d.items.is_empty());
    assert!(
        d.bridges
            .iter()
            .all(|b| b.steps.iter().all(|s| !s.value.differs()))
    );
}
