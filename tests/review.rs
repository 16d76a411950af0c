//! The clinical chair's journey in the window: a plan signed off at version 1 and
//! changed since arrives as one file; the chair opens it read-only, sees what changed
//! since their sign-off, comments on a scheme, signs off, saves, and the file reopens
//! with the comment, the sign-off and an unchanged fingerprint.

mod common;

use std::path::Path;

use egui_kittest::kittest::Queryable;
use placeplan::app::PlaceplanApp;
use placeplan::model::review::{self, Decision, Fingerprint, Reviewer, SignOffState, Subject};
use placeplan::session::{Command, Mode, Preferences};

fn chair() -> Reviewer {
    Reviewer {
        name: "Dr A Patel".into(),
        role: "Clinical Chair".into(),
    }
}

/// Brings the button named `label` into view and clicks it.
fn press(harness: &mut egui_kittest::Harness<'_, PlaceplanApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Puts the keyboard in the field named `label` and types `text`.
fn type_into(harness: &mut egui_kittest::Harness<'_, PlaceplanApp>, label: &str, text: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Version 2 of the plan, written to `dir`: version 1 signed off by the chair, then
/// one scheme's first-year savings changed.
fn version_2(dir: &Path) -> std::path::PathBuf {
    let sample =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2017-19.ron");
    let mut plan = placeplan::io::load_path(&sample).expect("the sample plan reads");
    review::decide(
        &mut plan,
        &Subject::Plan,
        Decision::SignOff,
        &chair(),
        "Version 1",
        "2026-11-20T09:00:00Z",
    );
    plan.schemes[0].savings[0] -= 99.0;
    let path = dir.join("plan-v2.ron");
    let text = placeplan::io::to_ron(&plan).expect("writes");
    std::fs::write(&path, text).expect("the plan is written");
    path
}

#[test]
fn a_chair_reviews_comments_signs_off_and_the_record_travels_with_the_file() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = version_2(dir.path());
    let prefs = Preferences {
        reviewer: chair(),
        ..Preferences::default()
    };
    let mut harness = common::window(PlaceplanApp::open(Some(&path), prefs), 1280.0, 720.0);

    // Read only, and the banner says the plan has changed since the chair signed it off.
    harness.get_by_label("Review").click();
    harness.run();
    assert_eq!(harness.state().view().mode, Mode::Review);
    assert!(
        harness
            .get_all_by_label_contains("1 change since sign-off by Dr A Patel (Clinical Chair)")
            .next()
            .is_some(),
        "the banner and status bar say the plan changed since sign-off"
    );

    // What changed since the sign-off: the scheme's savings, and the still-to-find moved.
    harness.get_by_label("Review and sign-off").click();
    harness.run();
    harness.get_by_label("What changed").click();
    harness.run();
    let scheme = harness.state().document().plan().schemes[0].name.clone();
    harness.get_by_label_contains("The base plan's figures now");
    harness.get_by_label(&format!("Changed scheme \"{scheme}\""));
    harness.get_by_label_contains("Moves still to find in 2017/18 by +£");

    // Comment on the scheme, from its details, in review mode.
    harness.get_by_label("Savings schemes  (57)").click();
    harness.run();
    harness.get_by_label(&format!("Name of {scheme}")).click();
    harness.run();
    type_into(
        &mut harness,
        "Comment",
        "Is the first-year saving still realistic?",
    );
    press(&mut harness, "Add comment");
    let plan = harness.state().document().plan();
    assert_eq!(plan.comments.len(), 1);
    assert_eq!(plan.comments[0].author, "Dr A Patel");
    let on_scheme = Subject::item(
        placeplan::model::edit::Collection::Schemes,
        &plan.schemes[0].id,
    );
    assert!(plan.comments[0].is_on(&on_scheme, plan));
    let figures_before = placeplan::model::review::content_of(plan);

    // Sign off the plan; with a comment open, the window asks first.
    harness.get_by_label_contains("Review and sign-off").click();
    harness.run();
    harness.get_by_label("Sign-off and history").click();
    harness.run();
    press(&mut harness, "Sign off");
    harness.get_by_label("Sign off anyway").click();
    harness.run();
    let plan = harness.state().document().plan();
    assert_eq!(
        placeplan::model::review::content_of(plan),
        figures_before,
        "no figure changed"
    );
    assert_eq!(SignOffState::of(plan), SignOffState::Unchanged);
    assert!(
        harness
            .get_all_by_label_contains("Signed off by Dr A Patel (Clinical Chair) on")
            .next()
            .is_some(),
        "the banner says who signed off and when"
    );
    let fingerprint = Fingerprint::of(plan);

    // Save and reopen: the comment, the sign-off and the fingerprint are there.
    harness.state_mut().queue(Command::Save);
    harness.run();
    assert!(!harness.state().document().is_dirty(), "saved");
    let reopened = placeplan::io::load_path(&path).expect("the saved plan reads");
    assert_eq!(reopened.comments.len(), 1);
    let signed = reopened
        .signed_off
        .as_ref()
        .expect("the sign-off travels with the plan");
    assert_eq!(signed.who, "Dr A Patel");
    assert_eq!(signed.fingerprint, fingerprint);
    assert_eq!(Fingerprint::of(&reopened), fingerprint);
    assert_eq!(SignOffState::of(&reopened), SignOffState::Unchanged);
    let decisions = reopened
        .audit
        .iter()
        .filter(|a| a.action == placeplan::model::AuditAction::SignedOff && a.who == "Dr A Patel")
        .count();
    assert_eq!(decisions, 2, "both sign-offs are in the audit trail");
}

#[test]
fn a_send_back_needs_a_reason_and_is_recorded_against_the_item() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = version_2(dir.path());
    let prefs = Preferences {
        reviewer: chair(),
        ..Preferences::default()
    };
    let mut harness = common::window(PlaceplanApp::open(Some(&path), prefs), 1280.0, 720.0);
    harness.get_by_label("Review").click();
    harness.run();
    let scheme = harness.state().document().plan().schemes[0].name.clone();
    harness.get_by_label(&format!("Name of {scheme}")).click();
    harness.run();
    type_into(
        &mut harness,
        "Decision note",
        "Please show how the saving is phased.",
    );
    press(&mut harness, "Send back");
    let plan = harness.state().document().plan();
    let last = plan.audit.last().expect("recorded");
    assert_eq!(last.action, placeplan::model::AuditAction::SentBack);
    assert_eq!(last.item, format!("schemes[id={}]", plan.schemes[0].id));
    assert_eq!(last.note, "Please show how the saving is phased.");
    assert!(
        plan.signed_off.is_some(),
        "an item's send-back leaves the plan's sign-off"
    );
}
